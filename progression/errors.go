package progression

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
)

// Errors that this package wraps; test for them with [errors.Is].
var (
	// ErrOutOfRange: a value outside the range where a formula or chart is
	// valid, such as 14 reps for Epley. repkit refuses rather than invent a
	// number.
	ErrOutOfRange = errors.New("outside the valid range")
	// ErrNotAchievable: a load the equipment cannot make, or no achievable
	// load where one was asked for (nothing at or below a round-down target).
	ErrNotAchievable = errors.New("not achievable on this equipment")
	// ErrEquipment: equipment described inconsistently, such as a stack whose
	// pins are not in ascending order or a plate inventory too fine to search.
	ErrEquipment = errors.New("invalid equipment")
)

// An Error records a bad input: the field it was found in, the value as
// text, the sentinel it wraps, and optionally a detail for people.
type Error struct {
	Field  string // such as "reps", "load", "equipment.pins[3]"
	Value  string // the offending value as text
	Err    error  // one of the sentinels above
	Detail string // optional: why, in a few words
}

// Error returns "progression: FIELD "VALUE": SENTINEL (DETAIL)".
func (e *Error) Error() string {
	s := "progression: " + e.Field + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap returns the sentinel, for [errors.Is].
func (e *Error) Unwrap() error { return e.Err }

func errInt(field string, v int, sentinel error, detail string) error {
	return &Error{Field: field, Value: strconv.Itoa(v), Err: sentinel, Detail: detail}
}

func errLoad(field string, l loadStringer, sentinel error, detail string) error {
	return &Error{Field: field, Value: l.String(), Err: sentinel, Detail: detail}
}

type loadStringer interface{ String() string }

// errAt renames the field of an *Error; checks whose field name must be
// built with allocation use it only once they have failed.
func errAt(err error, field string) error {
	var e *Error
	if errors.As(err, &e) {
		e.Field = field
	}
	return err
}

// unknownName is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
func unknownName(field, value string) error {
	return &Error{Field: field, Value: value, Err: repkit.ErrUnknownName}
}
