package repkit

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// The tests in this file pin the edges of load parsing and formatting: the
// exact values where a comparison flips, worked out by hand.

func TestParseLoadSignEdges(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"-", ErrSyntax},       // a lone sign is not a number
		{"-kg", ErrSyntax},     // a sign before the unit is not a negative number
		{"-x", ErrSyntax},      // nor before anything else
		{"-.5kg", ErrNegative}, // a negative number that starts with its point
		{"- 5kg", ErrSyntax},   // the sign must touch the number
		{"-0kg", ErrNegative},  // a sign is refused even on zero
		{"+.5kg", ErrSyntax},   // plus signs are not accepted at all
		{"-9.5 lbs", ErrNegative},
	}
	for _, tt := range tests {
		if got, err := ParseLoad(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("ParseLoad(%q) = %d, %v; want error wrapping %v", tt.in, got, err, tt.want)
		}
	}
}

// TestParseLoadDigitLimit: the number may have exactly maxDigits (100)
// digits, leading and fraction zeros included; one more is a syntax error.
func TestParseLoadDigitLimit(t *testing.T) {
	// "0." then 11 zeros and a 1 is one nanogram (1e-12 kg); pad the
	// fraction with zeros to 100 digits in all.
	oneNg := "0.000000000001" + strings.Repeat("0", 100-13)
	if n := len(oneNg) - 1; n != 100 { // bytes less the point
		t.Fatalf("test input has %d digits, want 100", n)
	}
	if got, err := ParseLoad(oneNg + "kg"); err != nil || got != Nanogram {
		t.Errorf("ParseLoad(100 digits) = %d, %v; want 1 ng", got, err)
	}
	if got, err := ParseLoad(oneNg + "0kg"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseLoad(101 digits) = %d, %v; want ErrSyntax", got, err)
	}
}

// TestParseLoadProductOverflow: 20,000,000 kg is 2e19 ng, past 2^64
// (about 1.8447e19), so the product of the digits and the unit overflows
// 64 bits; that is a range error, not a crash.
func TestParseLoadProductOverflow(t *testing.T) {
	for _, in := range []string{"20000000kg", "36893488kg", "40000000000000lb", "18446745kg"} {
		if got, err := ParseLoad(in); !errors.Is(err, ErrOverflow) {
			t.Errorf("ParseLoad(%q) = %d, %v; want ErrOverflow", in, got, err)
		}
	}
	// Just below: 18,446,744 kg is 1.8446744e19 ng, under 2^64 but over
	// MaxLoad, still out of range.
	if _, err := ParseLoad("18446744kg"); !errors.Is(err, ErrOverflow) {
		t.Errorf("ParseLoad(18446744kg) err = %v, want ErrOverflow", err)
	}
}

// TestParseLoadManyDigitsRoundsHalfUp: numbers of more than 19 digits take
// the exact big-number path, which must round to the nearest nanogram like
// the fast path, halves up, not truncate.
func TestParseLoadManyDigitsRoundsHalfUp(t *testing.T) {
	tests := []struct {
		in   string
		want Load
	}{
		{"0.00000000000050000000kg", Nanogram},               // 0.5 ng, 20 fraction digits
		{"0.00000000000049999999999kg", 0},                   // just under half
		{"0.00000000000150000000000kg", 2 * Nanogram},        // 1.5 ng
		{"1.00000000000099999999999kg", Kilogram + Nanogram}, // 1 kg + 0.99999999999 ng
		{"2.5000000000000000000000lb", 5 * Pound / 2},        // exact
		{"00000000000000000000102.5kg", 102*Kilogram + 500*Gram},
	}
	for _, tt := range tests {
		if got, err := ParseLoad(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseLoad(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

// TestParseLoadNineteenDigitsDoesNotAllocate: 19 significant digits and 19
// fraction digits still fit 64-bit arithmetic, so ParseLoad stays on its
// allocation-free path; 0.1234567890123456789 kg is 123,456,789,012.35 ng.
func TestParseLoadNineteenDigitsDoesNotAllocate(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are checked in the full run")
	}
	for _, tt := range []struct {
		in   string
		want Load
	}{
		{"0.1234567890123456789kg", 123_456_789_012}, // 19 significant, 19 fraction digits
		{"1.234567890123456789g", 1_234_567_890},     // 19 significant digits
		{"0.0000000000000000005g", 0},                // 19 fraction digits, 5e-10 ng
		{"0.0000000000015000000kg", 2 * Nanogram},    // 19 fraction digits, 1.5 ng
	} {
		got, err := ParseLoad(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseLoad(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
		allocs := testing.AllocsPerRun(20, func() { _, _ = ParseLoad(tt.in) })
		if allocs != 0 {
			t.Errorf("ParseLoad(%q) allocates %v times per call, want 0", tt.in, allocs)
		}
	}
}

// TestFromFloatEdges: the float conversions name the value as given, in
// full, and refuse the first float at or past 2^63 ng.
func TestFromFloatEdges(t *testing.T) {
	var le *FieldError
	if _, err := FromKilograms(-102.5); !errors.As(err, &le) || le.Value != "-102.5" {
		t.Errorf("FromKilograms(-102.5) error = %v, want Text -102.5", err)
	}
	if _, err := FromPounds(-0.0625); !errors.As(err, &le) || le.Value != "-0.0625" {
		t.Errorf("FromPounds(-0.0625) error = %v, want Text -0.0625", err)
	}
	if _, err := FromKilograms(math.NaN()); !errors.As(err, &le) || le.Value != "NaN" {
		t.Errorf("FromKilograms(NaN) error = %v, want Text NaN", err)
	}
	// 2^63 / 1e12 kg is a float whose product with 1e12 is exactly 2^63
	// ng, one past MaxLoad; the float just below it is 2^63 - 2048 ng.
	edge := math.Ldexp(1, 63) / 1e12
	if edge*1e12 != math.Ldexp(1, 63) {
		t.Fatalf("test premise: %v kg x 1e12 is not exactly 2^63", edge)
	}
	if got, err := FromKilograms(edge); !errors.Is(err, ErrOverflow) {
		t.Errorf("FromKilograms(%v) = %d, %v; want ErrOverflow", edge, got, err)
	}
	below := math.Nextafter(edge, 0)
	if got, err := FromKilograms(below); err != nil || got != MaxLoad-2047 {
		t.Errorf("FromKilograms(%v) = %d, %v; want %d", below, got, err, MaxLoad-2047)
	}
	lbEdge := math.Ldexp(1, 63) / float64(Pound)
	if got, err := FromPounds(lbEdge); !errors.Is(err, ErrOverflow) {
		t.Errorf("FromPounds(%v) = %d, %v; want ErrOverflow", lbEdge, got, err)
	}
}

// TestFormatPoundsHalfNanogram: 0.00005 lb is 453,592,370,000 x 5e-5 =
// 22,679,618.5 ng, which ParseLoad rounds up to 22,679,619 ng; that load
// must format back as the same short text, so the formatter's check rounds
// halves up too.
func TestFormatPoundsHalfNanogram(t *testing.T) {
	const l = Load(22_679_619)
	if got, err := ParseLoad("0.00005lb"); err != nil || got != l {
		t.Fatalf("ParseLoad(0.00005lb) = %d, %v; want %d", got, err, l)
	}
	if got := l.Format(UnitPound); got != "0.00005lb" {
		t.Errorf("Load(%d).Format(Pounds) = %q, want 0.00005lb", int64(l), got)
	}
	// One nanogram less is 0.0000499999989... lb: no shorter decimal than
	// 0.000049999999 (12 digits) reads back as it.
	if got := (l - 1).Format(UnitPound); got != "0.000049999999lb" {
		t.Errorf("Load(%d).Format(Pounds) = %q, want 0.000049999999lb", int64(l-1), got)
	}
}
