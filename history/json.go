package history

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/repkit/repkit"
)

// WriteJSON writes h as indented JSON: field names in snake case, loads as
// exact text ("102.5kg"), efforts as "rpe 8" or "rir 2" (absent when not
// recorded), set kinds and formats by name, times in RFC 3339, durations as
// integer nanoseconds (the encoding of [time.Duration]). [ReadJSON] reads
// it back to an equal History (times compare equal with [time.Time.Equal];
// text must be valid UTF-8, as every export this package reads is).
func WriteJSON(w io.Writer, h *History) error {
	if err := h.Validate(); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(h)
}

// ReadJSON reads a History written by [WriteJSON] and validates it.
func ReadJSON(r io.Reader) (*History, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var h History
	if err := dec.Decode(&h); err != nil {
		return nil, err
	}
	if err := h.Validate(); err != nil {
		return nil, err
	}
	return &h, nil
}

// Validate reports the first value in h that no export could hold: a
// negative count, duration or load, an undefined kind, or an invalid
// effort. The error is a *FieldError naming where it is.
func (h *History) Validate() error {
	for wi := range h.Workouts {
		w := &h.Workouts[wi]
		if w.Duration < 0 {
			return &FieldError{Field: "workouts[" + strconv.Itoa(wi) + "].duration", Value: w.Duration.String(), Err: repkit.ErrNegative, Hint: hintNotNegative}
		}
		for ei := range w.Exercises {
			for si, s := range w.Exercises[ei].Sets {
				if err := s.validate(); err != nil {
					err.Field = "workouts[" + strconv.Itoa(wi) + "].exercises[" + strconv.Itoa(ei) + "].sets[" + strconv.Itoa(si) + "]." + err.Field
					return err
				}
			}
		}
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
	case s.TargetReps < 0:
		return &FieldError{Field: "target_reps", Value: strconv.Itoa(s.TargetReps), Err: repkit.ErrNegative, Hint: hintNotNegative}
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
