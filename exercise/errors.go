package exercise

import (
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// ErrDuplicate: a second exercise with an id already seen. It is a kind of
// [repkit.ErrInvalid], and [errors.Is] matches both. The other errors of this
// package wrap the shared sentinels: [repkit.ErrEmpty] for a missing id or
// name, [repkit.ErrSyntax] for input that is not the expected shape (JSON
// that does not parse, a number where a string belongs), and
// [repkit.ErrUnknownName] for a trait name that names nothing.
var ErrDuplicate = fielderr.Sentinel("duplicate id", repkit.ErrInvalid)

// A FieldError records a bad value for one field of an [Exercise], of one of
// its traits, or of a decoded entry: the field's JSON name, the value as
// given, the sentinel it wraps, and a hint saying what to write instead. Its
// message reads
//
//	exercise: name "": empty value; give the exercise a name, such as Leg Extension
//
// Validate and the trait codecs return it; [DecodeFreeExerciseDB] returns it
// inside an [*EntryError], which adds the entry's position.
type FieldError struct {
	Field string // the JSON field, such as "equipment", "id" or "aliases[2]"
	Value string // the value as given
	Err   error  // a sentinel: [repkit.ErrEmpty], [repkit.ErrSyntax], [repkit.ErrUnknownName], [ErrDuplicate]
	Hint  string // what to write instead; may be empty
}

// Error returns `exercise: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("exercise", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }

// unknownTrait is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
var unknownTrait = fielderr.Builder[FieldError](repkit.ErrUnknownName)
