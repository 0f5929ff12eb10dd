package history

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit"
)

// repkitHeader is repkit's own history CSV: one row per set, comma
// separated, RFC 4180 quoting, UTF-8, header first. Columns:
//
//	workout         the workout's number in the file, from 1
//	start, end      RFC 3339 timestamps with zone; end may be empty
//	duration        the workout's reported length as a Go duration ("1h5m0s"); empty for none
//	workout_name    verbatim
//	workout_notes   verbatim
//	entry           the exercise's number within its workout, from 1; empty on a row for a workout with no exercises
//	exercise        the app's exercise name, verbatim
//	exercise_notes  verbatim
//	superset        the superset group id; empty for none
//	set             the set's number within its exercise, from 1; empty on a row for an exercise with no sets
//	kind            warmup, working, drop, failure, restpause or unknown
//	load            an exact load with its unit, such as "102.5kg"
//	reps            completed reps
//	target_reps     the program's target; empty for none
//	effort          "rpe 8.5", "rir 2", or empty when not recorded
//	set_duration    a Go duration for timed sets; empty for none
//	distance        verbatim
//	rest            the rest after the set, a Go duration; empty when not recorded
//	notes           set notes, verbatim
//	line            the line of the original export the set came from; empty for none
//	load_kind       external, bodyweight or assisted: what the exercise's loads mean
//
// [WriteCSV] writes loads in kilograms with every digit needed (225 lb is
// "102.05828325kg"); [WriteHistoryCSV] writes them in the history's unit
// ("225lb"), with every digit needed too. Either way reading back gives the
// exact same mass, and [Import] takes the history's unit from the loads'
// units (see [History]).
//
// A load the original file wrote as a negative assistance (Set.NegativeLoad)
// is written with its minus sign, "-20kg", and read back the same way.
//
// load_kind came later than the other columns: a file without it, or an
// empty cell, reads the kind from the exercise's name as the other formats
// do ([Options.Catalog]); the writer always writes it.
var repkitHeader = []string{"workout", "start", "end", "duration", "workout_name", "workout_notes",
	"entry", "exercise", "exercise_notes", "superset", "set", "kind", "load", "reps", "target_reps",
	"effort", "set_duration", "distance", "rest", "notes", "line"}

// repkitOptional are the columns after repkitHeader that WriteCSV writes
// and the reader takes when present.
var repkitOptional = []string{"load_kind"}

// WriteCSV writes workouts in repkit's history CSV (described at
// [FormatRepkit] and in the package documentation). Reading the output with
// [Import] gives back the same workouts, except that a carriage return
// immediately before a newline inside a text cell is dropped, as every CSV
// reader does. It returns the first error from w, or, before writing the
// workout, the *FieldError of a workout [History.Validate] refuses (the
// rule Import applies when reading), so it never writes what Import
// refuses.
func WriteCSV(w io.Writer, workouts []Workout) error {
	return writeCSV(w, workouts, repkit.UnitKilogram)
}

// WriteHistoryCSV writes h's workouts as [WriteCSV] does, with each load in
// h's [History.DisplayUnit] instead of kilograms: "225lb" rather than
// "102.05828325kg". The text is exact ([repkit.Load.Format]), so [Import]
// reads back the same masses, and, every load naming h's unit, a History
// with the same Unit (kilograms for a History with none).
func WriteHistoryCSV(w io.Writer, h *History) error {
	return writeCSV(w, h.Workouts, h.DisplayUnit())
}

func writeCSV(w io.Writer, workouts []Workout, u repkit.Unit) error {
	cw := csv.NewWriter(w)
	header := append(slices.Clip(repkitHeader), repkitOptional...)
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, len(header))
	kindCol := len(repkitHeader)
	for wi := range workouts {
		wk := &workouts[wi]
		if err := wk.validate(); err != nil {
			err.Field = "workouts[" + strconv.Itoa(wi) + "]." + err.Field
			return err
		}
		for i := range rec {
			rec[i] = ""
		}
		rec[0] = strconv.Itoa(wi + 1)
		rec[1] = formatTime(wk.Start)
		rec[2] = formatTime(wk.End)
		rec[3] = formatDuration(wk.Duration)
		rec[4], rec[5] = wk.Name, wk.Notes
		if len(wk.Exercises) == 0 {
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		for ei := range wk.Exercises {
			ex := &wk.Exercises[ei]
			rec[6] = strconv.Itoa(ei + 1)
			rec[7], rec[8], rec[9] = ex.Name, ex.Notes, ex.Superset
			for i := 10; i < len(rec); i++ {
				rec[i] = ""
			}
			kind, err := ex.LoadKind.MarshalText()
			if err != nil {
				return &FieldError{Field: "workouts[" + strconv.Itoa(wi) + "].exercises[" + strconv.Itoa(ei) + "].load_kind",
					Value: ex.LoadKind.String(), Err: repkit.ErrUnknownName, Hint: hintLoadKind}
			}
			rec[kindCol] = string(kind)
			if len(ex.Sets) == 0 {
				if err := cw.Write(rec); err != nil {
					return err
				}
			}
			for si, s := range ex.Sets {
				if err := setRecord(rec[10:], si, s, u); err != nil {
					return err
				}
				if err := cw.Write(rec); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func setRecord(rec []string, i int, s Set, u repkit.Unit) error {
	if err := s.validate(); err != nil {
		return err
	}
	rec[0] = strconv.Itoa(i + 1)
	rec[1] = s.Kind.String()
	rec[2] = s.Load.Format(u)
	if s.NegativeLoad {
		rec[2] = "-" + rec[2]
	}
	rec[3] = strconv.Itoa(s.Reps)
	rec[4] = optInt(s.TargetReps)
	rec[5] = s.Effort.String()
	rec[6] = formatDuration(s.Duration)
	rec[7] = s.Distance
	rec[8] = formatDuration(s.Rest)
	rec[9] = s.Notes
	rec[10] = optInt(s.Line)
	return nil
}

func optInt(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func formatDuration(d time.Duration) string {
	if d == 0 {
		return ""
	}
	return d.String()
}

func (r *Reader) bindRepkit(idx map[string]int) error {
	r.format = FormatRepkit
	for _, name := range repkitHeader {
		if err := r.require(col(idx, name), name); err != nil {
			return err
		}
	}
	c := noColumns()
	c.workoutIndex, c.date, c.end, c.workoutDuration = idx["workout"], idx["start"], idx["end"], idx["duration"]
	c.workoutName, c.workoutNotes = idx["workout_name"], idx["workout_notes"]
	c.entryIndex, c.exercise, c.exerciseNotes, c.superset = idx["entry"], idx["exercise"], idx["exercise_notes"], idx["superset"]
	c.setIndex, c.kind, c.load, c.reps, c.targetReps = idx["set"], idx["kind"], idx["load"], idx["reps"], idx["target_reps"]
	c.effort, c.seconds, c.distance, c.rest, c.setNotes, c.line = idx["effort"], idx["set_duration"], idx["distance"], idx["rest"], idx["notes"], idx["line"]
	c.loadKind = col(idx, "load_kind")
	r.cols = c
	r.parse = (*Reader).parseRepkit
	return nil
}

var errIndex = &problem{repkit.ErrSyntax, "write a whole number from 1"}

func (r *Reader) parseRepkit(rec []string, row *Row) *RowError {
	c := &r.cols
	var e *RowError
	index := func(i int, optional bool) (int, *RowError) {
		if rec[i] == "" && optional {
			return 0, nil
		}
		n, err := strconv.Atoi(rec[i])
		if err != nil || n < 1 {
			return 0, r.cellError(rec, i, errIndex)
		}
		return n, nil
	}
	if row.WorkoutIndex, e = index(c.workoutIndex, false); e != nil {
		return e
	}
	if row.WorkoutStart, e = r.rfc3339(rec, c.date); e != nil {
		return e
	}
	if row.WorkoutEnd, e = r.rfc3339(rec, c.end); e != nil {
		return e
	}
	if row.WorkoutDuration, e = r.goDuration(rec, c.workoutDuration); e != nil {
		return e
	}
	row.WorkoutName, row.WorkoutNotes = rec[c.workoutName], rec[c.workoutNotes]
	if row.EntryIndex, e = index(c.entryIndex, true); e != nil {
		return e
	}
	row.Exercise, row.ExerciseNotes, row.Superset = rec[c.exercise], rec[c.exerciseNotes], rec[c.superset]
	if k := cell(rec, c.loadKind); k != "" {
		if err := row.LoadKind.UnmarshalText([]byte(k)); err != nil {
			return r.cellError(rec, c.loadKind, &problem{repkit.ErrUnknownName, hintLoadKind})
		}
		r.kindStated = true
	}
	setNo, e := index(c.setIndex, true)
	if e != nil {
		return e
	}
	if row.EntryIndex == 0 || setNo == 0 {
		row.NoSet = true
		return nil
	}
	set := &row.Set
	if err := set.Kind.UnmarshalText([]byte(rec[c.kind])); err != nil {
		return r.cellError(rec, c.kind, &problem{repkit.ErrUnknownName, "write one of " + strings.Join(kindNames[:], ", ")})
	}
	text, negative := strings.CutPrefix(rec[c.load], "-")
	l, err := repkit.ParseLoad(text)
	if err != nil {
		return r.cellError(rec, c.load, err)
	}
	if negative && (l == 0 || r.rowKind() != repkit.LoadAssisted) {
		return r.cellError(rec, c.load, errNegativeWeight)
	}
	set.Load, set.NegativeLoad = l, negative
	row.Unit = loadUnit(rec[c.load])
	if set.Reps, e = r.countCell(rec, c.reps); e != nil {
		return e
	}
	if set.TargetReps, e = r.countCell(rec, c.targetReps); e != nil {
		return e
	}
	if set.Effort, err = repkit.ParseEffort(rec[c.effort]); err != nil {
		return r.cellError(rec, c.effort, err)
	}
	if set.Duration, e = r.goDuration(rec, c.seconds); e != nil {
		return e
	}
	if set.Rest, e = r.goDuration(rec, c.rest); e != nil {
		return e
	}
	set.Distance, set.Notes = rec[c.distance], rec[c.setNotes]
	if set.Line, e = r.wholeCell(rec, c.line); e != nil {
		return e
	}
	return nil
}

func (r *Reader) rfc3339(rec []string, i int) (time.Time, *RowError) {
	if rec[i] == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, rec[i])
	if err != nil {
		return time.Time{}, r.cellError(rec, i, errDate)
	}
	if _, off := t.Zone(); off == 0 && strings.HasSuffix(rec[i], "Z") {
		t = t.UTC()
	}
	return t, nil
}

func (r *Reader) goDuration(rec []string, i int) (time.Duration, *RowError) {
	if rec[i] == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(rec[i])
	if err != nil || d < 0 {
		return 0, r.cellError(rec, i, errDuration)
	}
	return d, nil
}

// loadUnit returns the unit that ends load text ParseLoad has read, such as
// the "lb" of "225lb", or UnitUnknown when it names none.
func loadUnit(s string) repkit.Unit {
	s = strings.TrimSpace(s)
	i := strings.LastIndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || r == '.' || r == ',' })
	u, err := repkit.ParseUnit(strings.TrimSpace(s[i+1:]))
	if err != nil {
		return repkit.UnitUnknown
	}
	return u
}
