package volume

import (
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// A FieldError reports one bad input value: the field, by its position and
// name (such as "work[3].reps"), the value as text, the sentinel it wraps
// ([repkit.ErrInvalid]) and a hint saying what to give instead. Its
// message reads
//
//	volume: work[3].reps "-1": invalid value; give a whole number from 0 to 1000
type FieldError struct {
	Field string // the field, with the index of the work item
	Value string // the value as text
	Err   error  // the sentinel: repkit.ErrInvalid
	Hint  string // what to give instead
}

// Error returns `volume: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("volume", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }

func invalid(field, value, hint string) error {
	return &FieldError{Field: field, Value: value, Err: repkit.ErrInvalid, Hint: hint}
}

func invalidInt(field string, v, lo, hi int) error {
	return invalid(field, strconv.Itoa(v), "give a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
}

// unknownName is the error the enum codecs build for text that names
// nothing.
var unknownName = fielderr.Builder[FieldError](repkit.ErrUnknownName)
