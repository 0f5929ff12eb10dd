package exercise

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
)

// Errors that trait parsing, validation, the catalog and the decoders wrap;
// test for them with [errors.Is].
var (
	// ErrMissing: a required value (an id, a name) is absent or empty.
	ErrMissing = errors.New("missing value")
	// ErrMalformed: input that is not the expected shape, such as JSON that
	// does not parse or a number where a string belongs.
	ErrMalformed = errors.New("malformed input")
	// ErrDuplicate: a second exercise with an id already seen.
	ErrDuplicate = errors.New("duplicate id")
)

// A TraitError records a bad value for one field of an [Exercise] or of one
// of its traits: the field's JSON name, the value as given, and the sentinel
// it wraps.
type TraitError struct {
	Field string // such as "equipment" or "id"
	Value string // the value as given
	Err   error  // one of the sentinels above
}

// Error returns the message, naming the field and value.
func (e *TraitError) Error() string {
	return "exercise: " + e.Field + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *TraitError) Unwrap() error { return e.Err }

// unknownTrait is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
func unknownTrait(field, value string) error {
	return &TraitError{Field: field, Value: value, Err: repkit.ErrUnknownName}
}
