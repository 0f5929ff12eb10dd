package repkit

import (
	"errors"
	"strings"
	"testing"
)

// The hints of load and effort errors at the edges of the text that
// chooses them: a lone sign, a sign before a point, a comma with digits to
// the end of the text, a point with no digits, two points.
func TestParseHintEdges(t *testing.T) {
	load := func(s string) error { _, err := ParseLoad(s); return err }
	effort := func(s string) error { _, err := ParseEffort(s); return err }
	const bare = `a bare number could be either scale: write "rpe 8.5" or "rir 8.5"`
	const anyEffort = `write an RPE or reps in reserve, such as "rpe 8" or "rir 2"`
	for _, tt := range []struct {
		in   string
		err  error
		want error
		hint string
	}{
		{"+", load("+"), ErrSyntax, hintLoad},
		{"+x", load("+x"), ErrSyntax, hintLoad},
		{"+.5kg", load("+.5kg"), ErrSyntax, "write the load without a sign, such as .5kg"},
		{"+5kg", load("+5kg"), ErrSyntax, "write the load without a sign, such as 5kg"},
		// The digits after the comma run to the end: there is no unit, so
		// neither reading parses.
		{"1,250", load("1,250"), ErrSyntax, `"," is not read in a load: ` + hintLoad},
		{"1,5kg", load("1,5kg"), ErrSyntax, `"," is a decimal comma: write 1.5kg`},
		{"1,2,5kg", load("1,2,5kg"), ErrSyntax, `"," is not read in a load: ` + hintLoad},
		{"8.5", effort("8.5"), ErrSyntax, bare},
		{".", effort("."), ErrSyntax, anyEffort},         // a point is not a number
		{"1.2.3", effort("1.2.3"), ErrSyntax, anyEffort}, // nor is a number with two points
		{"8,5,", effort("8,5,"), ErrSyntax, anyEffort},
	} {
		var fe *FieldError
		if !errors.As(tt.err, &fe) || !errors.Is(tt.err, tt.want) {
			t.Errorf("%q: error %v, want a FieldError wrapping %v", tt.in, tt.err, tt.want)
			continue
		}
		if fe.Hint != tt.hint {
			t.Errorf("%q: hint %q, want %q", tt.in, fe.Hint, tt.hint)
		}
	}
}

// A load with many commas gets its hint in bounded work: the first comma's
// trial readings are not tried again for every later comma (which would
// take 2^16 parses here).
func TestParseLoadManyCommasBoundedWork(t *testing.T) {
	in := "1" + strings.Repeat(",1", 16) + "kg"
	allocs := testing.AllocsPerRun(3, func() {
		if _, err := ParseLoad(in); !errors.Is(err, ErrSyntax) {
			t.Fatalf("ParseLoad(%q) = %v, want ErrSyntax", in, err)
		}
	})
	if allocs > 20 {
		t.Errorf("ParseLoad with 16 commas allocates %v times, want a handful", allocs)
	}
}

// IsRIR and IsRPE name the scale an effort was recorded on, and neither
// holds for the not-recorded Effort.
func TestEffortScalePredicates(t *testing.T) {
	for _, tt := range []struct {
		e          Effort
		rir, isRPE bool
	}{
		{Effort{}, false, false},
		{AtRIR(0), true, false},
		{AtRIR(2), true, false},
		{AtRPE(8.5), false, true},
		{AtRPE(10), false, true},
	} {
		if got := tt.e.IsRIR(); got != tt.rir {
			t.Errorf("%q.IsRIR() = %v, want %v", tt.e, got, tt.rir)
		}
		if got := tt.e.IsRPE(); got != tt.isRPE {
			t.Errorf("%q.IsRPE() = %v, want %v", tt.e, got, tt.isRPE)
		}
	}
}
