package ascii

import (
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// lowerASCII lower-cases A-Z only, an independent oracle for the helpers.
func lowerASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

func TestEqualFoldAgainstLowerASCII(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`[a-zA-Z0-9 é\t]{0,8}`).Draw(t, "s")
		lower := lowerASCII(rapid.StringMatching(`[a-zA-Z0-9 é\t]{0,8}`).Draw(t, "word"))
		if rapid.Bool().Draw(t, "same") {
			lower = lowerASCII(s)
		}
		want := lowerASCII(s) == lower
		if got := EqualFold(s, lower); got != want {
			t.Fatalf("EqualFold(%q, %q) = %v, want %v", s, lower, got, want)
		}
		if got := EqualFold([]byte(s), lower); got != want {
			t.Fatalf("EqualFold([]byte(%q), %q) = %v, want %v", s, lower, got, want)
		}
		if got, want := HasFoldPrefix(s, lower), strings.HasPrefix(lowerASCII(s), lower); got != want {
			t.Fatalf("HasFoldPrefix(%q, %q) = %v, want %v", s, lower, got, want)
		}
		if got, want := HasFoldSuffix(s, lower), strings.HasSuffix(lowerASCII(s), lower); got != want {
			t.Fatalf("HasFoldSuffix(%q, %q) = %v, want %v", s, lower, got, want)
		}
		if got, want := TrimSpace(s), strings.Trim(s, " \t"); got != want {
			t.Fatalf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestEqualFoldNonASCIIIsExact(t *testing.T) {
	// Only A-Z fold: "É" is not "é", and the Kelvin sign is not "k".
	for _, s := range []string{"É", "\u212a"} {
		if EqualFold(s, strings.ToLower(s)) && s != strings.ToLower(s) {
			t.Errorf("EqualFold(%q, %q) folded a non-ASCII letter", s, strings.ToLower(s))
		}
	}
	if !EqualFold("KG", "kg") || EqualFold("kg", "KG") {
		t.Error("EqualFold must fold the text, not the lower-case word")
	}
}

// TestEqualFoldEdgesOfAZ: both ends of A-Z fold, and the bytes just
// outside them ('@' before A, '[' after Z) do not, whatever rapid draws.
func TestEqualFoldEdgesOfAZ(t *testing.T) {
	for _, tc := range []struct {
		s, lower string
		want     bool
	}{
		{"AZ", "az", true},
		{"zA", "za", true},
		{"@", "`", false}, // '@' + 32 is '`'
		{"[", "{", false}, // '[' + 32 is '{'
	} {
		if got := EqualFold(tc.s, tc.lower); got != tc.want {
			t.Errorf("EqualFold(%q, %q) = %v, want %v", tc.s, tc.lower, got, tc.want)
		}
	}
}
