package mobile

import (
	"strconv"
	"strings"
)

// An inputError is wire text that does not decode, naming the argument.
type inputError struct {
	what string
	err  error
}

func (e *inputError) Error() string { return "mobile: " + e.what + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

type notFound struct{ what, q, hint string }

func (e *notFound) Error() string {
	return "mobile: " + e.what + " " + strconv.Quote(clip(e.q)) + ": not found; " + e.hint
}
func (e *notFound) Unwrap() error { return ErrNotFound }

func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "..."
	}
	return s
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
