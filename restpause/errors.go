package restpause

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// Errors that this package's errors wrap; test for them with [errors.Is].
//
// ErrInvalid is bad data: negative reps, a negative rest, an invalid effort,
// a discomfort level off the scale. ErrOrder is a call that comes too early
// or twice, such as a burst before the activation set. ErrEnded is a log
// after the set has ended. ErrUnknownName is enum text that names nothing.
// ErrPolicy is a stop policy that panicked during a [Session] log: the
// policy broke its contract, and the entry was not logged.
var (
	ErrEnded  = errors.New("set already ended")
	ErrPolicy = errors.New("stop policy panicked")
)

// A FieldError reports a value that was rejected: the field it was given
// for, the value as text, the sentinel it unwraps to, and a hint saying what
// to give instead. A field of a [Record] is named by its JSON path, such as
// "load", "bursts[1].reps" or, in an audit, "history[3].load"; a field of a
// Protocol, Planner or Auditor by its name in words, such as "max bursts".
// Its message reads
//
//	restpause: bursts[1].reps "-1": invalid value; give a whole number from 0 to 1000
type FieldError struct {
	Field string // the field: a JSON path, or a setting in words
	Value string // the value as text
	Err   error  // a sentinel: repkit.ErrInvalid, repkit.ErrOrder, ErrEnded, repkit.ErrUnknownName
	Hint  string // what to give instead; may be empty
}

// Error returns `restpause: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("restpause", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// unknownName is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
var unknownName = fielderr.Builder[FieldError](repkit.ErrUnknownName)

func invalid(field, value, hint string) error {
	return &FieldError{Field: field, Value: value, Err: repkit.ErrInvalid, Hint: hint}
}

// invalidInt reports v outside lo to hi.
func invalidInt(field string, v, lo, hi int) error {
	return invalid(field, strconv.Itoa(v), "give a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
}

// invalidDuration reports d outside 0 to hi.
func invalidDuration(field string, d, hi time.Duration) error {
	return invalid(field, d.String(), "give a duration from 0s to "+hi.String())
}

// atField puts prefix before the field of a *FieldError in err, such as
// "history[3]." before "load"; other errors pass unchanged.
func atField(err error, prefix string) error {
	var fe *FieldError
	if errors.As(err, &fe) {
		c := *fe
		c.Field = prefix + c.Field
		return &c
	}
	return err
}

// panicPrefix is how much of a panic value's text an ErrPolicy error
// quotes: enough to recognise it, never a whole dump.
const panicPrefix = 64

// policyPanic is the error for a stop policy that panicked with v.
func policyPanic(v any) error {
	text := fmt.Sprint(v)
	if len(text) > panicPrefix {
		cut := panicPrefix
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut] + "..."
	}
	return &FieldError{Field: "stop policy", Value: text, Err: ErrPolicy,
		Hint: "the entry was not logged: log it again, or End the set; fix the policy, whose Decide must never panic"}
}
