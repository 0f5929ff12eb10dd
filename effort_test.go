package repkit

import (
	"errors"
	"strings"
	"testing"

	"github.com/repkit/repkit/internal/errtest"
)

var effortSentinels = []error{ErrSyntax, ErrRange, ErrNotFinite}

// TestScaleTable checks every row of the Zourdos/Helms table as DESIGN.md
// section 2 gives it.
func TestScaleTable(t *testing.T) {
	tests := []struct {
		rpe      RPE
		min, max RIR
	}{
		// 9.5: "no further rep" is 0 RIR (Zourdos et al. 2016, Table 1).
		{10, 0, 0}, {9.5, 0, 0}, {9, 1, 1}, {8.5, 1, 2}, {8, 2, 2},
		{7.5, 2, 3}, {7, 3, 3},
		// 6.5 lies between the 7 row (3) and the 5-6 row (4-6).
		{6.5, 3, 6},
		// The 5-6 row: "four to six more reps".
		{6, 4, 6}, {5.5, 4, 6}, {5, 4, 6},
		// 4.5 lies between the 5-6 row and the light-effort rows.
		{4.5, 4, 10},
		// 3-4 light, 1-2 little to no effort: more than six in reserve.
		{4, 7, 10}, {3, 7, 10}, {2, 7, 10}, {1.5, 7, 10}, {1, 7, 10},
	}
	for _, tt := range tests {
		if got := tt.rpe.RIR(); got != (RIRRange{tt.min, tt.max}) {
			t.Errorf("RPE %v .RIR() = %+v, want %d-%d", tt.rpe, got, tt.min, tt.max)
		}
	}
	for rir, rpe := range map[RIR]RPE{0: 10, 1: 9, 2: 8, 3: 7, 4: 6, 5: 5, 6: 5, 7: 3, 8: 2, 9: 1, 10: 1} {
		if got := rir.RPE(); got != rpe {
			t.Errorf("RIR %d .RPE() = %v, want %v", rir, got, rpe)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, p := range []RPE{0, 0.5, 10.5, 8.3, -1, 11} {
		if err := p.Validate(); !errors.Is(err, ErrRange) {
			t.Errorf("RPE(%v).Validate() = %v, want ErrRange", p, err)
		}
	}
	for _, r := range []RIR{-1, 11, 127} {
		if err := r.Validate(); !errors.Is(err, ErrRange) {
			t.Errorf("RIR(%d).Validate() = %v, want ErrRange", r, err)
		}
	}
	if err := AtRPE(8.3).Validate(); !errors.Is(err, ErrRange) || !strings.Contains(err.Error(), `"8.3"`) {
		t.Errorf("AtRPE(8.3).Validate() = %v, want ErrRange naming 8.3", err)
	}
	if err := AtRIR(11).Validate(); !errors.Is(err, ErrRange) {
		t.Errorf("AtRIR(11).Validate() = %v", err)
	}
	if err := (Effort{}).Validate(); err != nil {
		t.Errorf("zero Effort.Validate() = %v, want nil: not recorded is valid", err)
	}
}

func TestNotRecordedIsNotFailure(t *testing.T) {
	var e Effort
	if e.Recorded() {
		t.Error("zero Effort is recorded")
	}
	if _, ok := e.RIR(); ok {
		t.Error("zero Effort has an RIR")
	}
	if _, ok := e.RPE(); ok {
		t.Error("zero Effort has an RPE")
	}
	if e == AtRIR(0) {
		t.Error("zero Effort equals RIR 0 (failure)")
	}
	failure := AtRIR(0)
	if r, ok := failure.RIR(); !ok || r != (RIRRange{0, 0}) {
		t.Errorf("AtRIR(0).RIR() = %+v, %v", r, ok)
	}
}

func TestParseEffort(t *testing.T) {
	tests := []struct {
		in   string
		want Effort
	}{
		{"", Effort{}},
		{"  ", Effort{}},
		{"rir 2", AtRIR(2)},
		{"RIR2", AtRIR(2)},
		{"2 rir", AtRIR(2)},
		{"rir 0", AtRIR(0)},
		{"RPE 8.5", AtRPE(8.5)},
		{"8.5 rpe", AtRPE(8.5)},
		{"@9", AtRPE(9)},
		{"@ 9.5", AtRPE(9.5)},
		{"rpe 8,5", AtRPE(8.5)},
		{"rpe 10", AtRPE(10)},
	}
	for _, tt := range tests {
		if got, err := ParseEffort(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseEffort(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	errTests := []struct {
		in   string
		want error
	}{
		{"8", ErrSyntax},
		{"hard", ErrSyntax},
		{"rir", ErrSyntax},
		{"rir two", ErrSyntax},
		{"rir 2.5", ErrSyntax},
		{"rir 11", ErrRange},
		{"rir -1", ErrRange},
		{"rir 99999999999999999999", ErrRange},
		{"rpe 11", ErrRange},
		{"rpe 0", ErrRange},
		{"rpe 8.3", ErrRange},
		{"rpe 8.5.5", ErrSyntax},
		{"rpe nan", ErrNotFinite},
		{"rpe +inf", ErrNotFinite},
		{"rpe 1e1", ErrSyntax},
	}
	for _, tt := range errTests {
		_, err := ParseEffort(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseEffort(%q) error = %v, want %v", tt.in, err, tt.want)
			continue
		}
		var ee *FieldError
		if !errors.As(err, &ee) || ee.Field != "effort" || ee.Value != tt.in {
			t.Errorf("ParseEffort(%q) error %#v does not name the field and value", tt.in, err)
		}
		if !strings.HasPrefix(err.Error(), "repkit: effort ") {
			t.Errorf("error %q lacks the package prefix", err)
		}
	}
}

func TestParseRIRAndRPE(t *testing.T) {
	if r, err := ParseRIR("3"); err != nil || r != 3 {
		t.Errorf("ParseRIR(3) = %v, %v", r, err)
	}
	if p, err := ParseRPE("7.5"); err != nil || p != 7.5 {
		t.Errorf("ParseRPE(7.5) = %v, %v", p, err)
	}
	if _, err := ParseRPE(""); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseRPE(\"\") = %v", err)
	}
	if _, err := ParseRIR(""); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseRIR(\"\") = %v", err)
	}
}

func TestMarshalInvalid(t *testing.T) {
	if _, err := RIR(11).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("RIR(11).MarshalText() err = %v", err)
	}
	if _, err := RPE(8.3).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("RPE(8.3).MarshalText() err = %v", err)
	}
	if _, err := AtRPE(12).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("AtRPE(12).MarshalText() err = %v", err)
	}
	e := AtRIR(2)
	if err := e.UnmarshalText([]byte("rir 12")); err == nil || e != AtRIR(2) {
		t.Errorf("failed UnmarshalText changed the value to %v (err %v)", e, err)
	}
}

// FuzzParseEffort: arbitrary text never panics; errors are *FieldError
// values wrapping one sentinel; successes validate and round-trip.
func FuzzParseEffort(f *testing.F) {
	for _, s := range []string{"rir 2", "RPE 8.5", "@9", "", "8", "rpe nan", "rir 128", "rpe 8,5", "rpe ,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseEffort(s)
		if err != nil {
			var ee *FieldError
			if !errors.As(err, &ee) {
				t.Fatalf("ParseEffort(%q) error %v is not an *FieldError", s, err)
			}
			if n := errtest.Matches(err, effortSentinels); n != 1 {
				t.Fatalf("ParseEffort(%q) error %v wraps %d sentinels", s, err, n)
			}
			return
		}
		if err := e.Validate(); err != nil {
			t.Fatalf("ParseEffort(%q) = %v, which does not validate: %v", s, e, err)
		}
		back, err := ParseEffort(e.String())
		if err != nil || back != e {
			t.Fatalf("ParseEffort(%q) = %v; its String %q parses to %v, %v", s, e, e.String(), back, err)
		}
	})
}
