package exercise

import (
	"errors"
	"strconv"
)

// Errors that load parsing and conversion wrap; test for them with
// [errors.Is].
var (
	ErrEmpty     = errors.New("empty load")
	ErrSyntax    = errors.New("invalid number")
	ErrUnit      = errors.New("missing or unknown unit")
	ErrNotFinite = errors.New("not a finite number")
	ErrNegative  = errors.New("negative load")
	ErrOverflow  = errors.New("load out of range")
)

// A LoadError records a load that could not be parsed or converted: the
// text as given and the reason, one of the sentinels above.
type LoadError struct {
	Text string // the input, verbatim
	Err  error  // the sentinel
}

// Error returns the message, naming the field and value.
func (e *LoadError) Error() string {
	return "exercise: load " + strconv.Quote(e.Text) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *LoadError) Unwrap() error { return e.Err }
