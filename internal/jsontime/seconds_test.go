package jsontime

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"
)

func TestSecondsExamples(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		text string
	}{
		{0, "0"},
		{20 * time.Second, "20"},
		{2500 * time.Millisecond, "2.5"},
		{time.Nanosecond, "0.000000001"},
		{-90 * time.Second, "-90"},
		{-time.Nanosecond, "-0.000000001"},
		{math.MaxInt64, "9223372036.854775807"},
		{math.MinInt64, "-9223372036.854775808"},
	} {
		b, err := json.Marshal(Seconds(tt.d))
		if err != nil || string(b) != tt.text {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.d, b, err, tt.text)
		}
		var s Seconds
		if err := json.Unmarshal([]byte(tt.text), &s); err != nil || time.Duration(s) != tt.d {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.text, time.Duration(s), err, tt.d)
		}
	}
}

// A client's float with more decimals than a nanosecond reads rounded to
// the nearest one (half up), and rounding never passes the range.
func TestSecondsRoundsFloatsToTheNanosecond(t *testing.T) {
	for text, want := range map[string]time.Duration{
		"0.13911604999999996": 139116050,
		"6.666666666666667":   6666666667,
		"1.0000000001":        time.Second,
		"1.0000000005":        time.Second + 1,
		"0.9999999999":        time.Second,
		"-0.0000000015":       -2,
	} {
		d, err := ParseSeconds([]byte(text))
		if err != nil || d != want {
			t.Errorf("ParseSeconds(%s) = %d, %v; want %d", text, d, err, want)
		}
	}
	if _, err := ParseSeconds([]byte("9223372036.8547758075")); err == nil {
		t.Error("rounding up past the largest Duration is accepted")
	}
}

// Values written before the one duration encoding read back.
func TestSecondsReadsGoDurationText(t *testing.T) {
	for text, want := range map[string]time.Duration{`"20s"`: 20 * time.Second, `"2m30s"`: 150 * time.Second, `null`: 0, `"1.5s"`: 1500 * time.Millisecond} {
		d, err := ParseSeconds([]byte(text))
		if err != nil || d != want {
			t.Errorf("ParseSeconds(%s) = %v, %v; want %v", text, d, err, want)
		}
	}
}

func TestSecondsRejects(t *testing.T) {
	for _, text := range []string{`""`, `"soon"`, `1e3`, `1.`, `.5`, `01`, `-`, `9223372037`, `9223372036.854775808`, `-9223372036.854775809`, `99999999999999999999999`, `true`, `{}`, `[20]`, `20 `} {
		d, err := ParseSeconds([]byte(text))
		var de *DurationError
		if !errors.As(err, &de) || de.Hint == "" {
			t.Errorf("ParseSeconds(%s) = %v, %v; want a *DurationError", text, d, err)
		}
	}
	// found by FuzzSeconds: 40 control bytes quoted as \x16 each made a
	// 200-byte message
	if _, err := ParseSeconds([]byte("000000000\"" + strings.Repeat("\x16", 30) + "0")); err == nil || len(err.Error()) > 160 {
		t.Errorf("control bytes: %v (%d bytes), want a short error", err, len(err.Error()))
	}
	s := Seconds(7)
	if err := s.UnmarshalJSON([]byte(`"x"`)); err == nil || s != 7 {
		t.Errorf("failed UnmarshalJSON changed the value to %v or did not fail", s)
	}
}

// The text is the exact decimal value of d/1e9 (checked with big.Rat, an
// independent formula) and reads back to d.
func TestSecondsExactRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := time.Duration(rapid.Int64().Draw(t, "ns"))
		b := AppendSeconds(nil, d)
		r, ok := new(big.Rat).SetString(string(b))
		if !ok || r.Cmp(big.NewRat(int64(d), 1e9)) != 0 {
			t.Fatalf("AppendSeconds(%d) = %s, not the exact value", int64(d), b)
		}
		back, err := ParseSeconds(b)
		if err != nil || back != d {
			t.Fatalf("ParseSeconds(%s) = %v, %v; want %d", b, back, err, int64(d))
		}
	})
}

func FuzzSeconds(f *testing.F) {
	for _, s := range []string{"0", "20", "2.5", `"20s"`, "-0.000000001", "9223372036.854775807", "1e3"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseSeconds(data)
		if err != nil {
			var de *DurationError
			if !errors.As(err, &de) || len(err.Error()) > 200 {
				t.Fatalf("ParseSeconds(%q) error %v: not a short *DurationError", data, err)
			}
			return
		}
		if back, err := ParseSeconds(AppendSeconds(nil, d)); err != nil || back != d {
			t.Fatalf("%q read as %v does not round-trip: %v, %v", data, d, back, err)
		}
	})
}

// TestSecondsEmptyInput: empty input is no number: a *DurationError
// saying what to write, not a panic.
func TestSecondsEmptyInput(t *testing.T) {
	for _, data := range [][]byte{nil, {}} {
		d, err := ParseSeconds(data)
		var de *DurationError
		if !errors.As(err, &de) || de.Value != `""` || de.Hint != hintSeconds || d != 0 {
			t.Errorf("ParseSeconds(%q) = %v, %v; want 0 and a *DurationError for \"\" with hint %q", data, d, err, hintSeconds)
		}
	}
}

// TestSecondsDigitGuard: reading the whole seconds stops with "out of
// range" at a digit that follows a whole part above 9223372037 (MaxInt64
// is 9223372036.854775807 s), before the digits could overflow; up to
// there the digits are read on, so text that goes wrong after them is a
// syntax error.
func TestSecondsDigitGuard(t *testing.T) {
	for _, tc := range []struct{ text, hint string }{
		{"92233720370x", hintSeconds},                    // 9223372037 then a digit: read on, then x
		{"92233720360x", hintSeconds},                    // 9223372036 then a digit: read on, then x
		{"92233720380x", "out of range; " + hintSeconds}, // 9223372038 then a digit: stop
		{"92233720370", "out of range; " + hintSeconds},  // read whole, then too large
	} {
		_, err := ParseSeconds([]byte(tc.text))
		var de *DurationError
		if !errors.As(err, &de) || de.Hint != tc.hint {
			t.Errorf("ParseSeconds(%s) = %v; want a *DurationError with hint %q", tc.text, err, tc.hint)
		}
	}
}

// TestSecondsErrorQuotesUpTo24Bytes: an error quotes text of up to 24
// bytes whole, and longer text as its first 24 bytes and its length.
func TestSecondsErrorQuotesUpTo24Bytes(t *testing.T) {
	for _, tc := range []struct{ text, value string }{
		{strings.Repeat("x", 24), `"` + strings.Repeat("x", 24) + `"`},
		{strings.Repeat("x", 25), `"` + strings.Repeat("x", 24) + `"... (25 bytes)`},
	} {
		_, err := ParseSeconds([]byte(tc.text))
		var de *DurationError
		if !errors.As(err, &de) || de.Value != tc.value {
			t.Errorf("ParseSeconds(%d bytes) = %v; want a *DurationError quoting %s", len(tc.text), err, tc.value)
		}
	}
}
