package repkit

import (
	"encoding/json"
	"strconv"
)

// maxRangeReps bounds a rep range: far beyond any set or rest-pause total.
const maxRangeReps = 1000

// A RepRange is an inclusive range of reps, such as 8-12 reps a set, 3-5
// reps a mini-set or 11-15 total reps in a rest-pause set. The zero RepRange
// means "not prescribed": a protocol that leaves a range zero lets the
// lifter use their usual reps, and a progression that needs a range says so
// when it is zero. A prescribed range has 1 <= Min <= Max <= 1000 (see
// [RepRange.Validate]). RepRange is a plain value, comparable with ==, and
// safe for concurrent use.
//
// JSON carries a range as {"min":8,"max":12}, the zero range as
// {"min":0,"max":0}; reading validates it (see [RepRange.UnmarshalJSON]).
type RepRange struct {
	Min int `json:"min"` // the fewest reps, from 1; 0 in the zero range
	Max int `json:"max"` // the most reps, at least Min and at most 1000; 0 in the zero range
}

// repRangeJSON is RepRange without its methods, so that UnmarshalJSON can
// decode into it.
type repRangeJSON RepRange

// UnmarshalJSON reads {"min":8,"max":12}, as encoding/json writes a
// RepRange, and checks it with [RepRange.Validate]: an empty, reversed or
// out-of-range range is that *[FieldError]. On error r is unchanged.
func (r *RepRange) UnmarshalJSON(data []byte) error {
	var j repRangeJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if err := RepRange(j).Validate(); err != nil {
		return err
	}
	*r = RepRange(j)
	return nil
}

// IsZero reports whether the range is not prescribed.
func (r RepRange) IsZero() bool { return r == RepRange{} }

// Contains reports whether n reps fall inside the range. The zero range
// contains nothing.
func (r RepRange) Contains(n int) bool { return !r.IsZero() && r.Min <= n && n <= r.Max }

// String returns the range as "8-12", "8" when Min == Max, or "" when it is
// not prescribed.
func (r RepRange) String() string {
	switch {
	case r.IsZero():
		return ""
	case r.Min == r.Max:
		return strconv.Itoa(r.Min)
	}
	return strconv.Itoa(r.Min) + "-" + strconv.Itoa(r.Max)
}

// Validate reports a prescribed range that is empty, starts below 1 or ends
// above 1000: a [*FieldError] with Field "reps" wrapping [ErrInvalid], which
// packages re-label with their own field name. The zero range is valid.
func (r RepRange) Validate() error {
	if r.IsZero() || (1 <= r.Min && r.Min <= r.Max && r.Max <= maxRangeReps) {
		return nil
	}
	return &FieldError{Field: "reps", Value: strconv.Itoa(r.Min) + "-" + strconv.Itoa(r.Max), Err: ErrInvalid,
		Hint: "give the fewest reps first, from 1 to 1000, such as 8-12"}
}
