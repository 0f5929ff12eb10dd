package repkit

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// The parsers quote at most a short prefix of what they were given: a
// 10 MB argument gives an error of a few hundred bytes that does not hold
// the argument (issue 15).
func TestParseHugeInputShortError(t *testing.T) {
	huge := strings.Repeat("9", 10<<20)
	parsers := map[string]func(string) error{
		"ParseLoad":   func(s string) error { _, err := ParseLoad(s); return err },
		"ParseEffort": func(s string) error { _, err := ParseEffort(s); return err },
		"ParseRPE":    func(s string) error { _, err := ParseRPE(s); return err },
		"ParseRIR":    func(s string) error { _, err := ParseRIR(s); return err },
		"ParseUnit":   func(s string) error { _, err := ParseUnit(s); return err },
	}
	for _, in := range []string{huge, "rpe " + huge, huge + "kg", "rir " + huge} {
		for name, parse := range parsers {
			err := parse(in)
			if err == nil {
				t.Errorf("%s(%d bytes) = nil error", name, len(in))
				continue
			}
			if n := len(err.Error()); n > 300 {
				t.Errorf("%s(%d bytes): message is %d bytes, want at most 300", name, len(in), n)
			}
			var fe *FieldError
			if errors.As(err, &fe) && len(fe.Value) > 100 {
				t.Errorf("%s(%d bytes): FieldError.Value holds %d bytes, want a clipped prefix", name, len(in), len(fe.Value))
			}
		}
	}
}

// An RPE is read exactly from its text: digits past the ones a half-point
// rating needs must be zeros, so 10.00000000000000000001 (which a float64
// rounds to 10) is out of range, and 8.50 is 8.5.
func TestParseRPEExact(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want RPE
		err  error
	}{
		{"10.00000000000000000001", 0, ErrRange},
		{"9.50000000000000000001", 0, ErrRange},
		{"8.4999999999999999999999", 0, ErrRange},
		{"8.50", 8.5, nil},
		{"08.5", 8.5, nil},
		{"10.000", 10, nil},
		{"1", 1, nil},
		{"0.5", 0, ErrRange},
		{"100", 0, ErrRange},
		{"8,5", 8.5, nil},
	} {
		got, err := ParseRPE(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("ParseRPE(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// FuzzParseRPEExact checks ParseRPE against an exact oracle: a plain
// decimal is accepted exactly when, read as a rational with math/big, it
// is a half point from 1 to 10, and then it is that value.
func FuzzParseRPEExact(f *testing.F) {
	for _, s := range []string{"8", "8.5", "10.00000000000000000001", "9.4999", "08.50", "0", "11", "1.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseRPE(s)
		if len(s) > MaxEffortText || !plainDot(s) {
			return
		}
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("oracle cannot read %q", s)
		}
		twice := new(big.Rat).Mul(r, big.NewRat(2, 1))
		want := twice.IsInt() && r.Cmp(big.NewRat(1, 1)) >= 0 && r.Cmp(big.NewRat(10, 1)) <= 0
		if want != (err == nil) {
			t.Fatalf("ParseRPE(%q) = %v, %v; the oracle says ok=%v", s, p, err, want)
		}
		if want {
			if got := new(big.Rat).SetFloat64(float64(p)); got.Cmp(r) != 0 {
				t.Fatalf("ParseRPE(%q) = %v, want %v", s, p, r)
			}
		}
	})
}

// plainDot reports whether s is digits with at most one '.', and a digit.
func plainDot(s string) bool {
	dots, digits := 0, 0
	for i := range len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1
}
