package mobile

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/internal/fielderr"
	"github.com/repkit/repkit/restpause"
)

// ErrNotFound is the error of a lookup that finds nothing.
var ErrNotFound = errors.New("mobile: not found")

// Version is the wire format's version these calls read and write: 1.
func Version() int64 { return 1 }

// LookupExercise returns the catalog exercise whose ID, name or alias is q
// (case and punctuation aside), as an "exercise" wire value. An unknown q
// is an error wrapping ErrNotFound.
func LookupExercise(q string) (string, error) {
	ex, ok := exercise.ByID(q)
	if !ok {
		ex, ok = exercise.Lookup(q)
	}
	if !ok {
		return "", &notFound{what: "exercise", q: q, hint: "give a catalog ID such as \"cable-fly\", or a name such as \"Cable Fly\""}
	}
	return encode(ex)
}

// ClassifyExercise returns whether the exercise (an "exercise" wire value) suits
// rest-pause, and every reason, as an "assessment" wire value.
func ClassifyExercise(exerciseJSON string) (string, error) {
	var ex exercise.Exercise
	if err := decode("exercise", exerciseJSON, &ex); err != nil {
		return "", err
	}
	return encode(exercise.Classify(ex))
}

// LookupProtocol returns the preset protocol named name ("rest-pause",
// "myo-reps", "myo-rep-match", "dc" or "dc-high"), as a "protocol" wire
// value.
func LookupProtocol(name string) (string, error) {
	var ps restpause.Protocols
	p, err := ps.Lookup(name)
	if err != nil {
		return "", err
	}
	return encode(p)
}

// PlanSession decides which exercises of a session get a rest-pause set.
// lifterJSON is a fatigue.Lifter ({"experience":"intermediate"}), dose a
// fatigue.Dose name ("full", "reduced", "none"; "" means full, while
// "unknown" plans no rest-pause, as restpause.Planner does), and
// entriesJSON a JSON array of restpause.PlanEntry values. It returns a
// "plan" wire value.
func PlanSession(lifterJSON, dose, entriesJSON string) (string, error) {
	var lifter fatigue.Lifter
	if err := decode("lifter", lifterJSON, &lifter); err != nil {
		return "", err
	}
	d := fatigue.DoseFull
	if dose != "" {
		if err := d.UnmarshalText([]byte(dose)); err != nil {
			return "", err
		}
	}
	var entries []restpause.PlanEntry
	if err := decode("entries", entriesJSON, &entries); err != nil {
		return "", err
	}
	plan, err := restpause.Planner{}.Plan(lifter, d, entries)
	if err != nil {
		return "", err
	}
	return encode(plan)
}

// encode writes v as wire JSON.
func encode(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// decode reads one JSON value of the wire type named what into v,
// refusing unknown keys (a misspelt key is an error, not a default) and
// anything after the value.
func decode(what, text string, v any) error {
	if path, hint := unknownKey([]byte(text), reflect.TypeOf(v)); path != "" {
		return &inputError{what: what, err: errors.New("unknown key " + strconv.Quote(path) + "; " + hint)}
	}
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(what, err)
	}
	if dec.More() {
		return &inputError{what: what, err: errors.New("more than one JSON value; give one")}
	}
	return nil
}

// parseDate reads an RFC 3339 time such as "2026-03-02T18:00:00+01:00".
func parseDate(field, text string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, text)
	if err != nil {
		return time.Time{}, &inputError{what: field, err: errors.New(strconv.Quote(fielderr.Clip(text)) + " is not an RFC 3339 time; give one such as \"2026-03-02T18:00:00+01:00\"")}
	}
	return t, nil
}
