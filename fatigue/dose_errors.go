package fatigue

import (
	"strconv"

	"github.com/repkit/repkit"
)

// Errors that check-ins, screens, the trend monitor and the enum types wrap,
// beside [repkit.ErrRange] and [repkit.ErrNotFinite]; test for them with [errors.Is].
var ()

// A FieldError records one bad input value: the field it was given for
// (such as "sleep", "missed_lifts" or "measures[3].e1rm"), the value as
// text, and the sentinel it wraps ([repkit.ErrRange], [repkit.ErrNotFinite],
// [repkit.ErrUnknownName] or [repkit.ErrOrder]).
type FieldError struct {
	Field string
	Value string
	Err   error
}

// Error returns the message, naming the field and value.
func (e *FieldError) Error() string {
	return "fatigue: " + e.Field + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }

func indexed(field string, i int, sub string) string {
	return field + "[" + strconv.Itoa(i) + "]." + sub
}

// unknownName is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
func unknownName(field, value string) error {
	return &FieldError{Field: field, Value: value, Err: repkit.ErrUnknownName}
}
