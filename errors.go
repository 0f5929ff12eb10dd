package repkit

import (
	"errors"

	"github.com/repkit/repkit/internal/fielderr"
)

// The sentinel errors that every repkit package wraps, so that one
// [errors.Is] test works whichever package returned the error. Each package
// returns them inside its own field-carrying error type, which names the
// field and the value; the sentinel says what kind of problem it was.
var (
	// ErrEmpty: a value that must be written is empty, such as a load "".
	ErrEmpty = errors.New("empty value")
	// ErrSyntax: text that is not in the expected form, such as a load
	// "fifty kg" or an effort "hard".
	ErrSyntax = errors.New("invalid syntax")
	// ErrUnit: a load or a file whose unit is missing, or a unit that is
	// not kg, lb or g.
	ErrUnit = errors.New("missing or unknown unit")
	// ErrNotFinite: NaN or an infinity where a real number belongs.
	ErrNotFinite = errors.New("not a finite number")
	// ErrNegative: a negative number where none can be, such as a load of
	// -5kg or -3 reps.
	ErrNegative = errors.New("negative value")
	// ErrOverflow: a load heavier than [MaxLoad].
	ErrOverflow = errors.New("load out of range")
	// ErrRange: a number outside its scale, such as RIR 11 or RPE 0.
	ErrRange = errors.New("out of range")
	// ErrUnknownName: a name that is not one of an enum's names, such as
	// equipment "trampoline" or a stop reason "tired".
	ErrUnknownName = errors.New("unknown name")
	// ErrInvalid: a value that breaks a rule of the type it belongs to,
	// such as a rep range whose minimum is above its maximum.
	ErrInvalid = errors.New("invalid value")
	// ErrOrder: something out of order: a date before the one it follows,
	// or a call made before the one it needs (a burst logged before the
	// activation set).
	ErrOrder = errors.New("out of order")
)

// A FieldError reports one bad value: the field it was given for, the value
// as given, the sentinel above that says what kind of problem it is, and a
// hint saying what to write instead. Every repkit package has a FieldError
// of this same shape; this one is for loads, units and efforts. Its message
// is
//
//	repkit: load "50,5kg": invalid syntax; "," is a decimal comma: write 50.5kg
//
// The zero FieldError is not useful; functions return *FieldError.
type FieldError struct {
	Field string // the field as the user writes it: "load", "unit", "rir", "rpe" or "effort"
	Value string // the value as given, verbatim
	Err   error  // one of the sentinels above
	Hint  string // what to write instead, for people; may be empty
}

// Error returns `repkit: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("repkit", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }
