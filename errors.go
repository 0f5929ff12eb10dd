package repkit

import "errors"

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
	// ErrUnit: a load whose unit is missing or is not kg, lb or g.
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
