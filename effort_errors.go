package repkit

import (
	"strconv"
)

// An EffortError records an effort value that is invalid: which field
// ("rir", "rpe" or "effort"), the value as given, and the sentinel.
type EffortError struct {
	Field string
	Value string
	Err   error
}

// Error returns the message, naming the field and value.
func (e *EffortError) Error() string {
	return "repkit: " + e.Field + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *EffortError) Unwrap() error { return e.Err }
