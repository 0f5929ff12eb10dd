package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
	"github.com/repkit/repkit/internal/jsontime"
)

// The longest durations the JSON carries. Durations are JSON numbers of
// seconds; before that, repkit wrote them as integer nanoseconds, and the
// two cannot be told apart by type: 90 s of rest in nanoseconds,
// 90000000000, read as seconds is almost 3000 years. Anything longer than
// these limits is therefore refused, on writing and on reading, as a
// [*FieldError] that says durations are seconds, so an old file fails
// loudly instead of being misread.
const (
	maxSetDuration     = 24 * time.Hour     // a timed set: a day
	maxRest            = 24 * time.Hour     // the rest after a set: a day
	maxWorkoutDuration = 7 * 24 * time.Hour // a workout: a week
)

// durationProblem returns the error for a duration field longer than
// limit, or nil. what names it for the lifter ("rest", "set duration").
func durationProblem(field, what string, d, limit time.Duration) *FieldError {
	if d <= limit {
		return nil
	}
	most := strconv.FormatInt(int64(limit/time.Second), 10)
	return &FieldError{Field: field, Value: string(jsontime.AppendSeconds(nil, d)), Err: repkit.ErrRange,
		Hint: "durations are seconds: give the " + what + " in seconds, at most " + most +
			", such as 90; a file that wrote durations as integer nanoseconds (repkit before durations were seconds) must have each one divided by 1000000000"}
}

// decodeStrict decodes data into v refusing unknown keys, as [ReadJSON]
// does for the whole document: the methods below decode their own part of
// it, which the outer decoder's setting does not reach.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// workoutWire is a [Workout] on the wire: its fields and keys, with the
// duration in seconds.
type workoutWire struct {
	Start     time.Time        `json:"start"`
	End       time.Time        `json:"end,omitzero"`
	Duration  jsontime.Seconds `json:"duration,omitzero"`
	Name      string           `json:"name,omitempty"`
	Notes     string           `json:"notes,omitempty"`
	Exercises []ExerciseLog    `json:"exercises,omitempty"`
}

// MarshalJSON writes w with the keys of its tags, Duration as a JSON
// number of seconds (omitted when zero), such as
//
//	{"start":"2024-03-04T18:00:00Z","duration":3600,"name":"Push","exercises":[...]}
//
// A Duration of more than 7 days is a [*FieldError] naming duration, since
// it could not be read back (see [Workout.UnmarshalJSON]).
func (w Workout) MarshalJSON() ([]byte, error) {
	if err := durationProblem("duration", "workout duration", w.Duration, maxWorkoutDuration); err != nil {
		return nil, err
	}
	return json.Marshal(workoutWire{
		Start: w.Start, End: w.End, Duration: jsontime.Seconds(w.Duration),
		Name: w.Name, Notes: w.Notes, Exercises: w.Exercises,
	})
}

// UnmarshalJSON reads what [Workout.MarshalJSON] writes; a duration may
// also be Go's duration text ("1h5m"), as older files may hold. Unknown
// keys are an error, as in [ReadJSON]. A duration of more than 7 days
// (604800 seconds) is a [*FieldError] naming duration and saying that
// durations are seconds: it is most likely a file that wrote nanoseconds.
// On error w is unchanged.
func (w *Workout) UnmarshalJSON(data []byte) error {
	var x struct {
		Start     time.Time       `json:"start"`
		End       time.Time       `json:"end,omitzero"`
		Duration  json.RawMessage `json:"duration,omitzero"` // read by readSeconds, which names the field
		Name      string          `json:"name,omitempty"`
		Notes     string          `json:"notes,omitempty"`
		Exercises []ExerciseLog   `json:"exercises,omitempty"`
	}
	if err := decodeStrict(data, &x); err != nil {
		return err
	}
	d, err := readSeconds("duration", "workout duration", x.Duration, maxWorkoutDuration)
	if err != nil {
		return err
	}
	*w = Workout{Start: x.Start, End: x.End, Duration: d, Name: x.Name, Notes: x.Notes, Exercises: x.Exercises}
	return nil
}

// setWire is a [Set] on the wire: its fields and keys, with the durations
// in seconds.
type setWire struct {
	Kind         SetKind          `json:"kind"`
	NegativeLoad bool             `json:"negative_load,omitzero"`
	Load         repkit.Load      `json:"load"`
	Reps         int              `json:"reps"`
	TargetReps   int              `json:"target_reps,omitzero"`
	Effort       repkit.Effort    `json:"effort,omitzero"`
	Duration     jsontime.Seconds `json:"duration,omitzero"`
	Distance     string           `json:"distance,omitempty"`
	Rest         jsontime.Seconds `json:"rest,omitzero"`
	Notes        string           `json:"notes,omitempty"`
	Line         int              `json:"line,omitzero"`
}

// check refuses a duration longer than the JSON carries.
func (s *Set) checkDurations() *FieldError {
	if err := durationProblem("duration", "set duration", s.Duration, maxSetDuration); err != nil {
		return err
	}
	return durationProblem("rest", "rest", s.Rest, maxRest)
}

// MarshalJSON writes s with the keys of its tags, Duration and Rest as
// JSON numbers of seconds (omitted when zero), such as
//
//	{"kind":"working","load":"100kg","reps":8,"effort":"rpe 8","rest":90}
//
// A Duration or Rest of more than a day is a [*FieldError] naming the
// field, since it could not be read back (see [Set.UnmarshalJSON]).
func (s Set) MarshalJSON() ([]byte, error) {
	if err := s.checkDurations(); err != nil {
		return nil, err
	}
	return json.Marshal(setWire{
		Kind: s.Kind, NegativeLoad: s.NegativeLoad, Load: s.Load, Reps: s.Reps, TargetReps: s.TargetReps,
		Effort: s.Effort, Duration: jsontime.Seconds(s.Duration), Distance: s.Distance,
		Rest: jsontime.Seconds(s.Rest), Notes: s.Notes, Line: s.Line,
	})
}

// UnmarshalJSON reads what [Set.MarshalJSON] writes; a duration may also
// be Go's duration text ("1m30s"), as older files may hold. Unknown keys
// are an error, as in [ReadJSON]. A duration or rest of more than a day
// (86400 seconds) is a [*FieldError] naming the field and saying that
// durations are seconds: it is most likely a file that wrote nanoseconds.
// On error s is unchanged.
func (s *Set) UnmarshalJSON(data []byte) error {
	var x setIn
	if err := decodeStrict(data, &x); err != nil {
		return err
	}
	y, err := x.set()
	if err != nil {
		return err
	}
	*s = y
	return nil
}

// setIn is a [Set] as read: setWire with the durations kept as raw JSON,
// for readSeconds to read and name. It has no embedded struct, so that an
// encoding/json type error's path names only wire keys.
type setIn struct {
	Kind         SetKind         `json:"kind"`
	NegativeLoad bool            `json:"negative_load,omitzero"`
	Load         repkit.Load     `json:"load"`
	Reps         int             `json:"reps"`
	TargetReps   int             `json:"target_reps,omitzero"`
	Effort       repkit.Effort   `json:"effort,omitzero"`
	Duration     json.RawMessage `json:"duration,omitzero"`
	Distance     string          `json:"distance,omitempty"`
	Rest         json.RawMessage `json:"rest,omitzero"`
	Notes        string          `json:"notes,omitempty"`
	Line         int             `json:"line,omitzero"`
}

func (x *setIn) set() (Set, *FieldError) {
	d, err := readSeconds("duration", "set duration", x.Duration, maxSetDuration)
	if err != nil {
		return Set{}, err
	}
	rest, err := readSeconds("rest", "rest", x.Rest, maxRest)
	if err != nil {
		return Set{}, err
	}
	return Set{
		Kind: x.Kind, NegativeLoad: x.NegativeLoad, Load: x.Load, Reps: x.Reps, TargetReps: x.TargetReps,
		Effort: x.Effort, Duration: d, Distance: x.Distance, Rest: rest, Notes: x.Notes, Line: x.Line,
	}, nil
}

// historyIn is the document [ReadJSON] decodes: a [History] with every
// workout and set in its as-read form, decoded by ReadJSON's own decoder
// (not by the types' UnmarshalJSON methods), so that a type error has its
// offset in the whole document and unknown keys are refused at any depth.
type historyIn struct {
	Source   Format      `json:"source"`
	Unit     repkit.Unit `json:"unit,omitzero"`
	Workouts []struct {
		Start     time.Time       `json:"start"`
		End       time.Time       `json:"end,omitzero"`
		Duration  json.RawMessage `json:"duration,omitzero"`
		Name      string          `json:"name,omitempty"`
		Notes     string          `json:"notes,omitempty"`
		Exercises []struct {
			Name     string          `json:"name"`
			LoadKind repkit.LoadKind `json:"load_kind,omitzero"`
			Notes    string          `json:"notes,omitempty"`
			Superset string          `json:"superset,omitempty"`
			Sets     []setIn         `json:"sets,omitempty"`
		} `json:"exercises,omitempty"`
	} `json:"workouts,omitempty"`
}

// history converts x, reading its durations; an error names its path.
func (x *historyIn) history() (*History, error) {
	h := &History{Source: x.Source, Unit: x.Unit}
	if len(x.Workouts) > 0 {
		h.Workouts = make([]Workout, len(x.Workouts))
	}
	for wi := range x.Workouts {
		xw := &x.Workouts[wi]
		prefix := "workouts[" + strconv.Itoa(wi) + "]."
		d, err := readSeconds("duration", "workout duration", xw.Duration, maxWorkoutDuration)
		if err != nil {
			err.Field = prefix + err.Field
			return nil, err
		}
		w := Workout{Start: xw.Start, End: xw.End, Duration: d, Name: xw.Name, Notes: xw.Notes}
		if len(xw.Exercises) > 0 {
			w.Exercises = make([]ExerciseLog, len(xw.Exercises))
		}
		for ei := range xw.Exercises {
			xe := &xw.Exercises[ei]
			e := ExerciseLog{Name: xe.Name, LoadKind: xe.LoadKind, Notes: xe.Notes, Superset: xe.Superset}
			if len(xe.Sets) > 0 {
				e.Sets = make([]Set, len(xe.Sets))
			}
			for si := range xe.Sets {
				s, err := xe.Sets[si].set()
				if err != nil {
					err.Field = prefix + "exercises[" + strconv.Itoa(ei) + "].sets[" + strconv.Itoa(si) + "]." + err.Field
					return nil, err
				}
				e.Sets[si] = s
			}
			w.Exercises[ei] = e
		}
		h.Workouts[wi] = w
	}
	return h, nil
}

// readSeconds reads the duration field raw as [jsontime.Seconds] reads it
// (absent or null is zero), refusing more than limit as durationProblem
// does, and a number too large for a Duration the same way: both are how
// integer nanoseconds look. Other text is a *FieldError naming the field.
func readSeconds(field, what string, raw json.RawMessage, limit time.Duration) (time.Duration, *FieldError) {
	if raw == nil {
		return 0, nil
	}
	d, err := jsontime.ParseSeconds(raw)
	if err != nil {
		if isNumber(raw) { // out of a Duration's range: surely nanoseconds
			fe := durationProblem(field, what, limit+1, limit)
			fe.Value = fielderr.Clip(string(raw))
			return 0, fe
		}
		var de *jsontime.DurationError
		hint := ""
		if errors.As(err, &de) {
			hint = de.Hint
		}
		return 0, &FieldError{Field: field, Value: fielderr.Clip(string(raw)), Err: repkit.ErrSyntax, Hint: hint}
	}
	if fe := durationProblem(field, what, d, limit); fe != nil {
		fe.Value = fielderr.Clip(string(raw))
		return 0, fe
	}
	return d, nil
}

// isNumber reports whether raw is a plain decimal number: an optional
// minus, digits and an optional fraction.
func isNumber(raw []byte) bool {
	i := 0
	if len(raw) > 0 && raw[0] == '-' {
		i++
	}
	digits, dot := 0, false
	for ; i < len(raw); i++ {
		switch c := raw[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// checkJSON refuses, with the path to it, a duration of h that the JSON
// cannot carry: what [WriteJSON] checks beyond [History.Validate].
func (h *History) checkJSON() error {
	for wi := range h.Workouts {
		w := &h.Workouts[wi]
		prefix := "workouts[" + strconv.Itoa(wi) + "]."
		if err := durationProblem("duration", "workout duration", w.Duration, maxWorkoutDuration); err != nil {
			err.Field = prefix + err.Field
			return err
		}
		for ei := range w.Exercises {
			for si := range w.Exercises[ei].Sets {
				if err := w.Exercises[ei].Sets[si].checkDurations(); err != nil {
					err.Field = prefix + "exercises[" + strconv.Itoa(ei) + "].sets[" + strconv.Itoa(si) + "]." + err.Field
					return err
				}
			}
		}
	}
	return nil
}
