package history

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
	"github.com/repkit/repkit/internal/jsontime"
)

// WriteJSON writes h as indented JSON: field names in snake case, loads as
// exact text ("102.5kg"), efforts as "rpe 8" or "rir 2" (absent when not
// recorded), set kinds and formats by name, times in RFC 3339, durations as
// JSON numbers of seconds (90, 2.5), exact to the nanosecond. A workout's
// duration of more than 7 days, or a set's duration or rest of more than a
// day, is a [*FieldError] naming where it is, since [ReadJSON] refuses
// such values (they are how a file that wrote nanoseconds looks). For
// example, one set:
//
//	{"kind":"working","load":"100kg","reps":8,"effort":"rpe 8","rest":90,"line":2}
//
// [ReadJSON] reads it back to an equal History (times compare equal with
// [time.Time.Equal]; text must be valid UTF-8, as every export this package
// reads is).
func WriteJSON(w io.Writer, h *History) error {
	if err := h.Validate(); err != nil {
		return err
	}
	if err := h.checkJSON(); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(h)
}

// ReadJSON reads a History written by [WriteJSON] and validates it.
// Durations may also be Go's duration text ("1m30s"); a duration longer
// than WriteJSON writes (see there) is an error that says durations are
// seconds, so a file that wrote integer nanoseconds is refused, never
// misread as years. The
// input must be exactly one JSON document, white space around it aside:
// empty input is an error wrapping [repkit.ErrEmpty], and anything after the
// document (a second history) an error wrapping [repkit.ErrSyntax]. A
// JSON error says the byte offset where reading failed and wraps the
// encoding/json error.
func ReadJSON(r io.Reader) (*History, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var x historyIn
	if err := dec.Decode(&x); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &FieldError{Field: "json", Value: "", Err: repkit.ErrEmpty, Hint: "give the JSON WriteJSON wrote"}
		}
		return nil, &jsonError{offset: jsonOffset(err, dec), err: err}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, &jsonError{offset: dec.InputOffset(), err: errTrailing}
	}
	h, err := x.history()
	if err != nil {
		return nil, err
	}
	if err := h.Validate(); err != nil {
		return nil, err
	}
	return h, nil
}

var errTrailing = fielderr.Sentinel("data after the history's JSON document; give one history per input", repkit.ErrSyntax)

// jsonOffset returns where err happened: the offset the error carries,
// else where the decoder stopped.
func jsonOffset(err error, dec *json.Decoder) int64 {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset
	case errors.As(err, &te):
		return te.Offset
	}
	return dec.InputOffset()
}

// A jsonError is a JSON document that cannot be read, with the byte
// offset where reading failed.
type jsonError struct {
	offset int64
	err    error
}

func (e *jsonError) Error() string {
	msg := e.err.Error()
	var te *json.UnmarshalTypeError
	if errors.As(e.err, &te) && te.Field != "" && te.Type != nil {
		// encoding/json names the Go struct (an unexported one of
		// ReadJSON's); name the JSON path and the types instead.
		msg = te.Field + ": a JSON " + te.Value + " where " + te.Type.String() + " belongs"
	}
	return "history: JSON at byte offset " + strconv.FormatInt(e.offset, 10) + ": " + msg
}
func (e *jsonError) Unwrap() error { return e.err }

// Validate reports the first value in h that no export could hold: a
// negative count, duration or load, reps past [MaxReps], a load times reps
// past [repkit.MaxLoad], an undefined kind or load kind, NegativeLoad on a
// set that is not assistance (an exercise whose LoadKind is not
// [repkit.LoadAssisted], or a zero load), an invalid effort, text that is
// not UTF-8, or a time JSON cannot carry exactly (a year outside 0000-9999,
// a UTC offset of ±24:00 or more, or one with seconds, such as local mean
// time before 1937: RFC 3339 would drop the seconds and move the instant).
// The readers refuse the same values, and [WriteJSON] and [WriteCSV] write
// only a History that passes, so what one writes the other reads. The error
// is a *FieldError naming where it is.
func (h *History) Validate() error {
	for wi := range h.Workouts {
		if err := h.Workouts[wi].validate(); err != nil {
			err.Field = "workouts[" + strconv.Itoa(wi) + "]." + err.Field
			return err
		}
	}
	return nil
}

func (w *Workout) validate() *FieldError {
	if w.Duration < 0 {
		return &FieldError{Field: "duration", Value: w.Duration.String(), Err: repkit.ErrNegative, Hint: hintNotNegative}
	}
	for _, t := range [...]struct {
		field string
		t     time.Time
	}{{"start", w.Start}, {"end", w.End}} {
		if hint := jsontime.Problem(t.t); hint != "" && !(t.field == "end" && t.t.IsZero()) {
			return &FieldError{Field: t.field, Value: t.t.String(), Err: repkit.ErrRange, Hint: hint}
		}
	}
	if err := checkText("name", w.Name); err != nil {
		return err
	}
	if err := checkText("notes", w.Notes); err != nil {
		return err
	}
	for ei := range w.Exercises {
		e := &w.Exercises[ei]
		prefix := "exercises[" + strconv.Itoa(ei) + "]."
		for _, t := range [...]struct{ field, text string }{{"name", e.Name}, {"notes", e.Notes}, {"superset", e.Superset}} {
			if err := checkText(t.field, t.text); err != nil {
				err.Field = prefix + err.Field
				return err
			}
		}
		if e.LoadKind > repkit.LoadAssisted {
			return &FieldError{Field: prefix + "load_kind", Value: e.LoadKind.String(), Err: repkit.ErrUnknownName, Hint: hintLoadKind}
		}
		for si, s := range e.Sets {
			if err := s.validate(); err != nil {
				err.Field = prefix + "sets[" + strconv.Itoa(si) + "]." + err.Field
				return err
			}
			if s.NegativeLoad && (e.LoadKind != repkit.LoadAssisted || s.Load == 0) {
				return &FieldError{Field: prefix + "sets[" + strconv.Itoa(si) + "].negative_load", Value: "true", Err: repkit.ErrInvalid,
					Hint: "a load written below zero is assistance: give it only on a set of more than 0kg of an exercise whose load_kind is assisted"}
			}
		}
	}
	return nil
}

// checkText refuses text that is not UTF-8, which JSON would silently
// turn into U+FFFD.
func checkText(field, s string) *FieldError {
	if !utf8.ValidString(s) {
		return &FieldError{Field: field, Value: fielderr.Clip(s), Err: repkit.ErrSyntax, Hint: "give the text in UTF-8"}
	}
	return nil
}

func (s *Set) validate() *FieldError {
	switch {
	case int(s.Kind) >= len(kindNames):
		return &FieldError{Field: "kind", Value: s.Kind.String(), Err: repkit.ErrUnknownName, Hint: "give one of " + strings.Join(kindNames[:], ", ")}
	case s.Load < 0:
		return &FieldError{Field: "load", Value: s.Load.String(), Err: repkit.ErrNegative, Hint: "give a load of 0kg or more"}
	case s.Reps < 0:
		return &FieldError{Field: "reps", Value: strconv.Itoa(s.Reps), Err: repkit.ErrNegative, Hint: hintNotNegative}
	case s.Reps > MaxReps:
		return &FieldError{Field: "reps", Value: strconv.Itoa(s.Reps), Err: repkit.ErrRange, Hint: "give at most 10000"}
	case s.Reps > 0 && s.Load > repkit.MaxLoad/repkit.Load(s.Reps):
		return &FieldError{Field: "reps", Value: strconv.Itoa(s.Reps), Err: repkit.ErrOverflow, Hint: "the load times the reps is past 9223 tonnes; check the load and the reps"}
	case s.TargetReps < 0:
		return &FieldError{Field: "target_reps", Value: strconv.Itoa(s.TargetReps), Err: repkit.ErrNegative, Hint: hintNotNegative}
	case s.TargetReps > MaxReps:
		return &FieldError{Field: "target_reps", Value: strconv.Itoa(s.TargetReps), Err: repkit.ErrRange, Hint: "give at most 10000"}
	case !utf8.ValidString(s.Notes):
		return checkText("notes", s.Notes)
	case !utf8.ValidString(s.Distance):
		return checkText("distance", s.Distance)
	case s.Effort.Validate() != nil:
		return &FieldError{Field: "effort", Value: s.Effort.String(), Err: repkit.ErrInvalid, Hint: effortHint(s.Effort)}
	case s.Duration < 0:
		return &FieldError{Field: "duration", Value: s.Duration.String(), Err: repkit.ErrNegative, Hint: hintNotNegative}
	case s.Rest < 0:
		return &FieldError{Field: "rest", Value: s.Rest.String(), Err: repkit.ErrNegative, Hint: hintNotNegative}
	case s.Line < 0:
		return &FieldError{Field: "line", Value: strconv.Itoa(s.Line), Err: repkit.ErrNegative, Hint: hintNotNegative}
	}
	return nil
}

// hintLoadKind is the hint for a load kind that names none.
const hintLoadKind = "give external, bodyweight or assisted"

// hintNotNegative is the hint for a negative count or duration.
const hintNotNegative = "give 0 or more"

// effortHint is the hint of an invalid effort's own error.
func effortHint(e repkit.Effort) string {
	var fe *repkit.FieldError
	if errors.As(e.Validate(), &fe) {
		return fe.Hint
	}
	return ""
}
