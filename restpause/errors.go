package restpause

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
)

// Errors that this package's errors wrap; test for them with [errors.Is].
//
// ErrInvalid is bad data: negative reps, a negative rest, an invalid effort,
// a discomfort level off the scale. ErrOrder is a call that comes too early
// or twice, such as a burst before the activation set. ErrEnded is a log
// after the set has ended. ErrUnknownName is enum text that names nothing.
var (
	ErrEnded = errors.New("set already ended")
)

// A FieldError reports a value that was rejected: the field it was given
// for (such as "burst 2 reps" or "load"), the value as text, and the
// sentinel it unwraps to.
type FieldError struct {
	Field string
	Value string
	Err   error
}

// Error returns the message, naming the field and value.
func (e *FieldError) Error() string {
	return "restpause: " + e.Field + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// unknownName is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
func unknownName(field, value string) error {
	return &FieldError{Field: field, Value: value, Err: repkit.ErrUnknownName}
}

func invalid(field, value string) error {
	return &FieldError{Field: field, Value: value, Err: repkit.ErrInvalid}
}

func invalidInt(field string, v int) error { return invalid(field, strconv.Itoa(v)) }
