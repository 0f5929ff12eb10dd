package progression

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// ErrNotAchievable: a load the equipment cannot make, or no achievable load
// where one was asked for (nothing at or below a round-down target). Test
// for it with [errors.Is]. The package's other errors wrap the shared
// sentinels: a value outside the range where a formula or chart is valid
// (14 reps for Epley) wraps [repkit.ErrRange], and other bad input
// [repkit.ErrInvalid]: repkit refuses rather than invent a number.
var ErrNotAchievable = errors.New("not achievable on this equipment")

// ErrEquipment: equipment described inconsistently, such as a stack whose
// pins are not in ascending order or a plate inventory too fine to search.
// It is a kind of [repkit.ErrInvalid], and [errors.Is] matches both.
var ErrEquipment = fielderr.Sentinel("invalid equipment", repkit.ErrInvalid)

// A FieldError records a bad input: the field it was found in, the value as
// text, the sentinel it wraps, and a hint saying what to give instead. Its
// message reads
//
//	progression: reps "14": out of range; epley is valid for 1-10 reps
type FieldError struct {
	Field string // such as "reps", "load", "pins[3]"
	Value string // the offending value as text
	Err   error  // a sentinel: one of the above, repkit.ErrRange or repkit.ErrInvalid
	Hint  string // what to give instead; may be empty
}

// Error returns `progression: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("progression", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }

func errInt(field string, v int, sentinel error, hint string) error {
	return &FieldError{Field: field, Value: strconv.Itoa(v), Err: sentinel, Hint: hint}
}

func errLoad(field string, l loadStringer, sentinel error, hint string) error {
	return &FieldError{Field: field, Value: l.String(), Err: sentinel, Hint: hint}
}

type loadStringer interface{ String() string }

// errAt renames the field of a *FieldError; checks whose field name must be
// built with allocation use it only once they have failed.
func errAt(err error, field string) error {
	var e *FieldError
	if errors.As(err, &e) {
		e.Field = field
	}
	return err
}

// unknownName is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
var unknownName = fielderr.Builder[FieldError](repkit.ErrUnknownName)
