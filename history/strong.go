package history

import (
	"strings"

	"github.com/repkit/repkit"
)

// Strong's CSV export comes in several variants, all read here:
//
//	Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
//	Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
//	Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes
//
// and the older comma export without RPE. Set Order is the set's number for
// a working set, "W" (warm-up), "D" (drop set) or "F" (failure), or "Rest
// Timer" for a row that records the rest after the set before it (its
// Seconds column). A plain "Weight" column carries no unit: the caller
// states it in Options.Unit. Strong writes the help of an assisted
// exercise as a positive weight, as it does any other (a real export logs
// "Pull Up (Assisted)" and "Pull Up (Band)" at 20.0 and "Chest Dip
// (Assisted)" at 20.0 down to 0.0); the exercise's name says it is help
// (see [ExerciseLog.LoadKind]).

func (r *Reader) bindStrong(idx map[string]int) error {
	r.format = FormatStrong
	c := noColumns()
	c.date = col(idx, "date")
	c.workoutName = col(idx, "workout name")
	c.workoutDuration = col(idx, "duration", "workout duration")
	c.durationSeconds = col(idx, "duration (sec)", "duration (seconds)")
	c.exercise = col(idx, "exercise name")
	c.setOrder = col(idx, "set order")
	c.reps = col(idx, "reps")
	c.rpe = col(idx, "rpe")
	c.distance = col(idx, "distance", "distance (meters)", "distance (km)", "distance (miles)")
	c.distanceUnit = col(idx, "distance unit")
	c.seconds = col(idx, "seconds")
	c.exerciseNotes = col(idx, "notes")
	c.workoutNotes = col(idx, "workout notes")
	for _, req := range []struct {
		i    int
		name string
	}{{c.date, "Date"}, {c.exercise, "Exercise Name"}, {c.setOrder, "Set Order"}, {c.reps, "Reps"}} {
		if err := r.require(req.i, req.name); err != nil {
			return err
		}
	}
	switch {
	case col(idx, "weight (kg)", "weight (kgs)") >= 0:
		c.weight, r.unit = col(idx, "weight (kg)", "weight (kgs)"), repkit.UnitKilogram
	case col(idx, "weight (lbs)", "weight (lb)") >= 0:
		c.weight, r.unit = col(idx, "weight (lbs)", "weight (lb)"), repkit.UnitPound
	case col(idx, "weight") >= 0 && col(idx, "weight unit") >= 0:
		c.weight, c.weightUnit = col(idx, "weight"), col(idx, "weight unit")
	case col(idx, "weight") >= 0:
		c.weight = col(idx, "weight")
		if err := r.fileUnit(); err != nil {
			return err
		}
	default:
		return r.require(-1, "Weight")
	}
	if c.distanceUnit < 0 && c.distance >= 0 {
		switch strings.ToLower(r.header[c.distance]) {
		case "distance (meters)":
			r.distanceSuffix = "m"
		case "distance (km)":
			r.distanceSuffix = "km"
		case "distance (miles)":
			r.distanceSuffix = "mi"
		}
	}
	r.cols = c
	r.dates.layouts, r.dates.loc = strongLayouts, r.opts.location()
	r.parse = (*Reader).parseStrong
	return nil
}

var errSetOrder = &problem{repkit.ErrSyntax, `write a set number, "W", "D", "F" or "Rest Timer"`}

func (r *Reader) parseStrong(rec []string, row *Row) *RowError {
	c := &r.cols
	var e *RowError
	if row.WorkoutStart, e = r.dateCell(rec, c.date, &r.dates); e != nil {
		return e
	}
	row.WorkoutName = cell(rec, c.workoutName)
	row.WorkoutNotes = cell(rec, c.workoutNotes)
	row.Exercise = rec[c.exercise]
	row.ExerciseNotes = cell(rec, c.exerciseNotes)
	if c.durationSeconds >= 0 {
		if row.WorkoutDuration, e = r.secondsCell(rec, c.durationSeconds); e != nil {
			return e
		}
	} else if row.WorkoutDuration, e = r.appDurationCell(rec, c.workoutDuration); e != nil {
		return e
	}
	set := &row.Set
	order := strings.TrimSpace(rec[c.setOrder])
	switch {
	case strings.EqualFold(order, "rest timer"):
		row.RestOnly = true
		set.Rest, e = r.secondsCell(rec, c.seconds)
		return e
	case order == "W" || order == "w":
		set.Kind = KindWarmup
	case order == "D" || order == "d":
		set.Kind = KindDrop
	case order == "F" || order == "f":
		set.Kind = KindFailure
	default:
		if n, err := parseCount(order); err != nil || n == 0 && order != "0" {
			return r.cellError(rec, c.setOrder, errSetOrder)
		}
		set.Kind = KindWorking
	}
	u := r.unit
	if c.weightUnit >= 0 && strings.TrimSpace(rec[c.weight]) != "" {
		if u, e = r.unitCell(rec, c.weightUnit); e != nil {
			return e
		}
	}
	if e = r.setCells(rec, set, c.weight, u, c.reps, c.rpe, c.seconds); e != nil {
		return e
	}
	set.Distance = r.distance(rec, c.distance, c.distanceUnit)
	return nil
}

// distance returns the distance text of a row, with its unit from the unit
// column or the header.
func (r *Reader) distance(rec []string, vi, ui int) string {
	if vi < 0 {
		return ""
	}
	unit := cell(rec, ui)
	if ui < 0 {
		unit = r.distanceSuffix
	}
	return distanceText(rec[vi], unit)
}
