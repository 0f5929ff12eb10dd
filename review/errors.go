package review

import (
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// A FieldError reports one bad input value: the field (such as "as_of",
// "straight[3].reps" or "records[2].load"), the value as text, the
// sentinel it wraps ([repkit.ErrInvalid] or [repkit.ErrUnknownName]) and
// a hint saying what to give instead. Its message reads
//
//	review: as_of "0001-01-01 00:00:00 +0000 UTC": invalid value; give the date of the review
type FieldError struct {
	Field string // the field, with an index for list items
	Value string // the value as text
	Err   error  // a sentinel: repkit.ErrInvalid, repkit.ErrUnknownName
	Hint  string // what to give instead
}

// Error returns `review: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("review", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }

func invalid(field, value, hint string) error {
	return &FieldError{Field: field, Value: value, Err: repkit.ErrInvalid, Hint: hint}
}

var unknownName = fielderr.Builder[FieldError](repkit.ErrUnknownName)
