package history

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The word rules Suggest matches by, each answer worked by hand from the
// doc comments of oneEdit, singular, sameWord and words.
func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"press", "press", true},
		{"Press", "pRESS", true},  // case only
		{"PRESS", "prexs", true},  // one change, case differing before it
		{"abcde", "abxde", true},  // one change in the middle
		{"PRESS", "prss", true},   // one dropped, case differing before it
		{"press", "presss", true}, // one added
		{"press", "pxesx", false}, // two changes
		{"press", "pre", false},   // two dropped
		{"abcde", "abxdf", false}, // two changes
		{"abcd", "abdc", false},   // a swap is two changes
		{"ZEBRA", "zebrx", true},  // Z and A, the ends of the capitals
		{"ABCDE", "abcdx", true},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := oneEdit(tc.b, tc.a); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestSingular(t *testing.T) {
	for w, want := range map[string]string{
		"bus": "bus", "cats": "cat", "CURLS": "CURL", "press": "press", "PRESS": "PRESS",
		"PresS": "PresS", "rows": "row", "Rows": "Row", "ROWs": "ROW",
	} {
		if got := singular(w); got != want {
			t.Errorf("singular(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSameWord(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"lunge", "lung", true},   // 4 and 5 letters: one slip forgiven
		{"lunges", "Lunge", true}, // a plural, ignoring case
		{"rows", "rowz", false},   // no slip forgiven under five letters
		{"abcd", "abce", false},
		{"row", "rowsx", false}, // 3 letters: too short for a slip
		{"squat", "sqaut", false},
	} {
		if got := sameWord(tc.a, tc.b); got != tc.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// Words are runs of ASCII letters and digits and bytes of 0x80 and up;
// the bytes just outside each range separate them; at most cap(dst).
func TestWords(t *testing.T) {
	got := words(make([]string, 0, 16), "a`z{A@Z[0/9:\x80\x7fb")
	want := []string{"a", "z", "A", "Z", "0", "9", "\x80", "b"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("words (-want +got):\n%s", d)
	}
	if got := words(make([]string, 0, 2), "one two three"); !cmp.Equal(got, []string{"one", "two"}) {
		t.Errorf("words into cap 2 = %q, want [one two]", got)
	}
	// Asked for no suggestions, Suggest returns nil before it reads
	// entries (nil here, which it would call).
	if s := Suggest(nil, "squat", 0); s != nil {
		t.Errorf("Suggest(n 0) = %#v, want nil", s)
	}
}

// normaliseName writes names as exercise.Lookup compares them: the bytes
// just outside each ASCII letter and digit range separate words, capitals
// are lower-cased, no space leads or trails.
func TestNormaliseName(t *testing.T) {
	for name, want := range map[string]string{
		"a`z{A@Z[0/9:\x80\x7fb": "a z a z 0 9 \x80 b",
		"  Lat--Pulldown  ":     "lat pulldown",
		"BENCH PRESS":           "bench press",
	} {
		got, ok := normaliseName(make([]byte, 0, 64), name)
		if !ok || string(got) != want {
			t.Errorf("normaliseName(%q) = %q, %v; want %q, true", name, got, ok, want)
		}
	}
	if got, ok := normaliseName(make([]byte, 0, 4), "bench"); ok || len(got) != 0 {
		t.Errorf("normaliseName of 5 letters into 4 = %q, %v; want empty, false", got, ok)
	}
	if got, ok := normaliseName(make([]byte, 0, 5), "ab cd"); !ok || string(got) != "ab cd" {
		t.Errorf("normaliseName of 5 bytes into 5 = %q, %v; want ab cd, true", got, ok)
	}
	if got, ok := normaliseName(make([]byte, 0, 4), "ab cd"); ok || len(got) != 0 {
		t.Errorf("normaliseName of ab cd into 4 = %q, %v; want empty, false", got, ok)
	}
}

// equipmentWord finds a FitNotes equipment word only as a whole word,
// also at the end of the name, and nothing when it is the whole name;
// splitComma splits only with a movement before the comma.
func TestEquipmentWordAndComma(t *testing.T) {
	for name, want := range map[string][3]string{
		"Curl Barbell":           {"Curl", "Barbell", ""},
		"barbell Curl":           {"", "Barbell", "Curl"},
		"Incline Dumbbell Press": {"Incline", "Dumbbell", "Press"},
		"Barbell":                {"", "", ""},
		"Barbells Curl":          {"", "", ""},
		"Curl Xbarbell":          {"", "", ""},
	} {
		b, w, a := equipmentWord(name)
		if got := [3]string{b, w, a}; got != want {
			t.Errorf("equipmentWord(%q) = %q, want %q", name, got, want)
		}
	}
	if m, e, ok := splitComma(", Barbell"); m != ", Barbell" || e != "" || ok {
		t.Errorf("splitComma(, Barbell) = %q, %q, %v; want it whole", m, e, ok)
	}
	if m, e, ok := splitComma("Squat, Barbell"); m != "Squat" || e != "Barbell" || !ok {
		t.Errorf("splitComma(Squat, Barbell) = %q, %q, %v; want Squat and Barbell", m, e, ok)
	}
}

// balanced: every "(" closed by a later ")".
func TestBalanced(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "a(b)c": true, "(())": true, "()()": true,
		"(": false, ")(": false, "())": false, "(()": false, ")": false,
	} {
		if got := balanced(s); got != want {
			t.Errorf("balanced(%q) = %v, want %v", s, got, want)
		}
	}
}

// Joined words count once, from either side: "Push Down" against
// "Pushdown Down" shares push+down as pushdown (3 words) and no more, 3/4;
// "Pushdown" against "Push Down" is 3/3.
func TestSharedJoinedWords(t *testing.T) {
	for _, tc := range []struct {
		q, e string
		want int
	}{
		{"Push Down", "Pushdown Down", 3},
		{"Pushdown", "Push Down", 3},
		{"Rope Push Downs", "Rope Pushdown", 5},
	} {
		if got := shared(words(make([]string, 0, 16), tc.q), words(make([]string, 0, 16), tc.e)); got != tc.want {
			t.Errorf("shared(%q, %q) = %d, want %d", tc.q, tc.e, got, tc.want)
		}
	}
}
