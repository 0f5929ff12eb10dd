package history

import "strings"

// Liftosaur's history export ("Export history to CSV file"), 20 columns:
//
//	Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,Completed Reps,Is AMRAP?,Required RPE,Completed RPE,Log RPE?,Required Weight Value,Required Weight Unit,Completed Weight Value,Completed Weight Unit,Ask Weight?,Completed Reps Time,Target Muscles,Synergist Muscles,Notes
//
// (History_exportAsCSV in github.com/astashov/liftosaur, src/models/history.ts),
// and its older 15-column form with Weight Value, Weight Unit and RPE. The
// load is the completed weight when there is one, else the required
// weight; every weight carries its unit. A set with no completed reps was
// planned but not done and is skipped. The workout's name is the Day Name;
// Program, Is AMRAP?, Log RPE?, Ask Weight? and the muscle lists are not
// kept.

func (r *Reader) bindLiftosaur(idx map[string]int) error {
	r.format = FormatLiftosaur
	c := noColumns()
	c.date = col(idx, "workout datetime")
	c.workoutName = col(idx, "day name")
	c.exercise = col(idx, "exercise")
	c.warmup = col(idx, "is warmup set?")
	c.targetReps = col(idx, "required reps")
	c.reps = col(idx, "completed reps")
	c.rpe = col(idx, "completed rpe", "rpe")
	c.weight = col(idx, "completed weight value")
	c.weightUnit = col(idx, "completed weight unit")
	c.fallbackWeight = col(idx, "required weight value", "weight value")
	c.fallbackUnit = col(idx, "required weight unit", "weight unit")
	c.exerciseNotes = col(idx, "notes")
	if err := r.require(c.reps, "Completed Reps"); err != nil {
		return err
	}
	if c.weight < 0 && c.fallbackWeight < 0 {
		return r.require(-1, "Completed Weight Value")
	}
	r.cols = c
	r.dates.layouts, r.dates.loc = liftosaurLayouts, r.opts.location()
	r.parse = (*Reader).parseLiftosaur
	return nil
}

func (r *Reader) parseLiftosaur(rec []string, row *Row) *RowError {
	c := &r.cols
	if strings.TrimSpace(rec[c.reps]) == "" {
		return errSkipRow
	}
	var e *RowError
	if row.WorkoutStart, e = r.dateCell(rec, c.date, &r.dates); e != nil {
		return e
	}
	row.WorkoutName = cell(rec, c.workoutName)
	row.Exercise = rec[c.exercise]
	row.ExerciseNotes = cell(rec, c.exerciseNotes)
	set := &row.Set
	set.Kind = KindWorking
	if strings.TrimSpace(cell(rec, c.warmup)) == "1" {
		set.Kind = KindWarmup
	}
	if set.Reps, e = r.countCell(rec, c.reps); e != nil {
		return e
	}
	if set.TargetReps, e = r.countCell(rec, c.targetReps); e != nil {
		return e
	}
	if e = r.rpeCell(rec, c.rpe, set); e != nil {
		return e
	}
	wi, ui := c.weight, c.weightUnit
	if strings.TrimSpace(cell(rec, wi)) == "" {
		wi, ui = c.fallbackWeight, c.fallbackUnit
	}
	if strings.TrimSpace(cell(rec, wi)) == "" {
		return nil // no weight: bodyweight
	}
	u, e := r.unitCell(rec, ui)
	if e != nil {
		if e.Line == 0 {
			return r.cellError(rec, wi, ErrUnitRequired)
		}
		return e
	}
	set.Load, e = r.weightCell(rec, wi, u)
	return e
}
