package exercise

import (
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// wordsOracle is an independent statement of normaliseName's rule: lower
// case, words of letters a-z, digits and any rune from U+0080 up, one space
// between words and one at each end.
func wordsOracle(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r >= 0x80)
	})
	if len(words) == 0 {
		return " "
	}
	return " " + strings.Join(words, " ") + " "
}

func TestNormaliseNameExamples(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Push-Ups", " push ups "},
		{"Zottman Curl", " zottman curl "},
		{"90/90 Hamstring", " 90 90 hamstring "},
		{"Landmine 180's", " landmine 180 s "},
		{"Curl\u007fHold", " curl hold "},      // DEL, the last ASCII byte, separates
		{"Curl\u0080Hold", " curl\u0080hold "}, // U+0080, the first non-ASCII rune, is kept
		{"Café Curl", " café curl "},
		{"a:b@c[d`e{f/g", " a b c d e f g "},
		{"  --  ", " "},
		{"", " "},
	}
	for _, tt := range tests {
		if got := normaliseName(tt.in); got != tt.want {
			t.Errorf("normaliseName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// nameRunes are the runes at the edges of the classes normaliseName tells
// apart, and a few others.
var nameRunes = []rune{'/', '0', '5', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', '\x7f', '\u0080', 'é', 'É', ' ', '-', '\t'}

func testNormaliseNameMatchesOracle(t *rapid.T) {
	s := rapid.StringOf(rapid.SampledFrom(nameRunes)).Draw(t, "name")
	if got, want := normaliseName(s), wordsOracle(s); got != want {
		t.Fatalf("normaliseName(%q) = %q, want %q", s, got, want)
	}
}

func TestNormaliseNameMatchesOracle(t *testing.T) { rapid.Check(t, testNormaliseNameMatchesOracle) }

func FuzzNormaliseNameMatchesOracle(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(testNormaliseNameMatchesOracle))
}
