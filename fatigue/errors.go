package fatigue

import (
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// A FieldError records one bad input value: the field it was given for, by
// its JSON name (such as "sleep", "missed_lifts" or "measures[3].e1rm"), the
// value as text, the sentinel it wraps ([repkit.ErrRange],
// [repkit.ErrNotFinite], [repkit.ErrUnknownName] or [repkit.ErrOrder]; this
// package has no sentinels of its own), and a hint saying what to give
// instead. Its message reads
//
//	fatigue: sleep "30h0m0s": out of range; give 0 to 24 hours
//
// Check-ins, screens, the trend monitor, blast/cruise and the enum types
// return it.
type FieldError struct {
	Field string // the JSON name of the field, with an index for list items
	Value string // the value as text
	Err   error  // one of the shared sentinels
	Hint  string // what to give instead; may be empty
}

// Error returns `fatigue: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("fatigue", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *FieldError) Unwrap() error { return e.Err }

func indexed(field string, i int, sub string) string {
	return field + "[" + strconv.Itoa(i) + "]." + sub
}

// hintConcern is the hint for a Concern outside the constants.
const hintConcern = "give none, mild or marked, or leave it unknown"

// unknownName is the error for a field holding text (or a value) that is
// not one of its enum's names; the enum codecs build their errors with it.
var unknownName = fielderr.Builder[FieldError](repkit.ErrUnknownName)
