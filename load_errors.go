package repkit

import (
	"strconv"
)

// A LoadError records a load that could not be parsed or converted: the
// text as given and the reason, one of the sentinels above.
type LoadError struct {
	Text string // the input, verbatim
	Err  error  // the sentinel
}

// Error returns the message, naming the field and value.
func (e *LoadError) Error() string {
	return "repkit: load " + strconv.Quote(e.Text) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *LoadError) Unwrap() error { return e.Err }
