package history

import (
	"strings"

	"github.com/repkit/repkit"
)

// Hevy's CSV export:
//
//	"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
//
// with weight_lbs and distance_miles in place of weight_kg and distance_km
// for imperial users. Dates read like "13 Mar 2026, 15:22". set_type is
// normal, warmup, dropset or failure. Exercises in a superset share a
// superset_id. An empty weight is a bodyweight set (zero load). Assisted
// exercises ("Pull Up (Assisted)") carry the help in the weight column as
// a positive number; the name says it is help (see
// [ExerciseLog.LoadKind]). Hevy writes a line break in a description or
// an exercise note as the two characters \n (a backslash and n); they are
// read back as the line break.

func (r *Reader) bindHevy(idx map[string]int) error {
	r.format = FormatHevy
	c := noColumns()
	c.workoutName = col(idx, "title")
	c.date = col(idx, "start_time")
	c.end = col(idx, "end_time")
	c.workoutNotes = col(idx, "description")
	c.exercise = col(idx, "exercise_title")
	c.superset = col(idx, "superset_id")
	c.exerciseNotes = col(idx, "exercise_notes")
	c.setIndex = col(idx, "set_index")
	c.setType = col(idx, "set_type")
	c.reps = col(idx, "reps")
	c.rpe = col(idx, "rpe")
	c.seconds = col(idx, "duration_seconds")
	switch {
	case col(idx, "distance_km") >= 0:
		c.distance, r.distanceSuffix = col(idx, "distance_km"), "km"
	case col(idx, "distance_miles") >= 0:
		c.distance, r.distanceSuffix = col(idx, "distance_miles"), "mi"
	case col(idx, "distance_meters") >= 0:
		c.distance, r.distanceSuffix = col(idx, "distance_meters"), "m"
	}
	c.weightKg = col(idx, "weight_kg")
	c.weightLb = col(idx, "weight_lbs", "weight_lb")
	switch {
	case c.weightKg >= 0 && c.weightLb < 0:
		r.unit = repkit.UnitKilogram
	case c.weightLb >= 0 && c.weightKg < 0:
		r.unit = repkit.UnitPound
	case c.weightKg < 0 && c.weightLb < 0:
		return r.require(-1, "weight_kg")
	}
	for _, req := range []struct {
		i    int
		name string
	}{{c.exercise, "exercise_title"}, {c.date, "start_time"}, {c.reps, "reps"}} {
		if err := r.require(req.i, req.name); err != nil {
			return err
		}
	}
	r.cols = c
	r.dates.layouts, r.dates.loc = hevyLayouts, r.opts.location()
	r.ends.layouts, r.ends.loc = hevyLayouts, r.opts.location()
	r.parse = (*Reader).parseHevy
	return nil
}

var errSetType = &problem{repkit.ErrUnknownName, "write normal, warmup, dropset or failure"}

func (r *Reader) parseHevy(rec []string, row *Row) *RowError {
	c := &r.cols
	var e *RowError
	if row.WorkoutStart, e = r.dateCell(rec, c.date, &r.dates); e != nil {
		return e
	}
	if row.WorkoutEnd, e = r.dateCell(rec, c.end, &r.ends); e != nil {
		return e
	}
	if !row.WorkoutEnd.IsZero() && row.WorkoutEnd.After(row.WorkoutStart) {
		row.WorkoutDuration = row.WorkoutEnd.Sub(row.WorkoutStart)
	}
	row.WorkoutName = cell(rec, c.workoutName)
	row.WorkoutNotes = hevyNewlines(cell(rec, c.workoutNotes))
	row.Exercise = rec[c.exercise]
	row.ExerciseNotes = hevyNewlines(cell(rec, c.exerciseNotes))
	row.Superset = strings.TrimSpace(cell(rec, c.superset))
	set := &row.Set
	switch t := strings.TrimSpace(cell(rec, c.setType)); {
	case t == "" || strings.EqualFold(t, "normal"):
		set.Kind = KindWorking
	case strings.EqualFold(t, "warmup"):
		set.Kind = KindWarmup
	case strings.EqualFold(t, "dropset"):
		set.Kind = KindDrop
	case strings.EqualFold(t, "failure"):
		set.Kind = KindFailure
	default:
		return r.cellError(rec, c.setType, errSetType)
	}
	wi, u := c.weightKg, repkit.UnitKilogram
	if c.weightKg < 0 || (c.weightLb >= 0 && strings.TrimSpace(rec[c.weightKg]) == "") {
		wi, u = c.weightLb, repkit.UnitPound
	}
	if e = r.setCells(rec, set, wi, u, c.reps, c.rpe, c.seconds); e != nil {
		return e
	}
	set.Distance = r.distance(rec, c.distance, -1)
	return nil
}

// hevyNewlines turns the literal \n Hevy writes for a line break in a note
// back into a line break, and \r\n into one too.
func hevyNewlines(s string) string {
	if !strings.Contains(s, `\n`) {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, `\r\n`, "\n"), `\n`, "\n")
}
