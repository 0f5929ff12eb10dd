package repkit

import (
	"errors"
	"strconv"
	"testing"
)

// RepRange's bounds, checked at each edge: 1 <= Min <= Max <= 1000, or zero.
func TestRepRangeValidateEdges(t *testing.T) {
	for _, tt := range []struct {
		r  RepRange
		ok bool
	}{
		{RepRange{}, true},           // not prescribed
		{RepRange{1, 1}, true},       // the lowest range; Min == Max
		{RepRange{8, 12}, true},      //
		{RepRange{1000, 1000}, true}, // the highest range
		{RepRange{1, 1000}, true},    //
		{RepRange{0, 5}, false},      // Min below 1
		{RepRange{0, 1}, false},      // Min 0 with Max 1
		{RepRange{6, 5}, false},      // empty
		{RepRange{1, 1001}, false},   // Max above 1000
		{RepRange{-3, -1}, false},
	} {
		err := tt.r.Validate()
		if tt.ok != (err == nil) {
			t.Errorf("%+v.Validate() = %v, want ok %v", tt.r, err, tt.ok)
			continue
		}
		if err == nil {
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
			t.Fatalf("%+v: %v is not a FieldError wrapping ErrInvalid", tt.r, err)
		}
		want := FieldError{Field: "reps", Value: strconv.Itoa(tt.r.Min) + "-" + strconv.Itoa(tt.r.Max), Err: ErrInvalid,
			Hint: "give the fewest reps first, from 1 to 1000, such as 8-12"}
		if *fe != want {
			t.Errorf("%+v: error %+v, want %+v", tt.r, *fe, want)
		}
	}
}

func TestRepRangeContainsAndString(t *testing.T) {
	r := RepRange{Min: 8, Max: 12}
	for n, want := range map[int]bool{7: false, 8: true, 10: true, 12: true, 13: false} {
		if got := r.Contains(n); got != want {
			t.Errorf("8-12 contains %d: %v, want %v", n, got, want)
		}
	}
	if (RepRange{}).Contains(0) {
		t.Error("the zero range contains 0")
	}
	for r, want := range map[RepRange]string{{}: "", {5, 5}: "5", {8, 12}: "8-12", {1, 1000}: "1-1000"} {
		if got := r.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", r, got, want)
		}
	}
	if !(RepRange{}).IsZero() || (RepRange{Max: 1}).IsZero() {
		t.Error("IsZero: only RepRange{} is zero")
	}
}
