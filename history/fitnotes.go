package history

import "github.com/repkit/repkit"

// FitNotes' CSV exports, all read here:
//
//	Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment   (Android; or Weight (lbs))
//	Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment   (Android, newer: unit per row)
//	Date,Exercise,Category,Weight (kg),Weight (lbs),Reps,Distance,Distance Unit,Time,Notes,Kind   (iOS "FitNotes 2")
//
// FitNotes writes a date without a time and no workout name, so one day's
// rows form one workout. It marks no set kinds, so its sets read as
// working sets; its Category column (a muscle group) is not kept.

func (r *Reader) bindFitNotes(idx map[string]int) error {
	r.format = FormatFitNotes
	c := noColumns()
	c.date = col(idx, "date")
	c.exercise = col(idx, "exercise")
	c.reps = col(idx, "reps")
	c.distance = col(idx, "distance")
	c.distanceUnit = col(idx, "distance unit")
	c.seconds = col(idx, "time")
	c.setNotes = col(idx, "comment", "notes")
	c.weightKg = col(idx, "weight (kgs)", "weight (kg)")
	c.weightLb = col(idx, "weight (lbs)", "weight (lb)")
	c.weight = col(idx, "weight")
	c.weightUnit = col(idx, "weight unit")
	switch {
	case c.weight >= 0 && c.weightUnit >= 0:
	case c.weight >= 0:
		if err := r.fileUnit(); err != nil {
			return err
		}
	case c.weightKg >= 0 && c.weightLb < 0:
		r.unit = repkit.UnitKilogram
	case c.weightLb >= 0 && c.weightKg < 0:
		r.unit = repkit.UnitPound
	case c.weightKg < 0 && c.weightLb < 0:
		return r.require(-1, "Weight (kgs)")
	}
	if err := r.require(c.reps, "Reps"); err != nil {
		return err
	}
	r.cols = c
	r.dates.layouts, r.dates.loc = fitnotesLayouts, r.opts.location()
	r.parse = (*Reader).parseFitNotes
	return nil
}

func (r *Reader) parseFitNotes(rec []string, row *Row) *RowError {
	c := &r.cols
	var e *RowError
	if row.WorkoutStart, e = r.dateCell(rec, c.date, &r.dates); e != nil {
		return e
	}
	row.Exercise = rec[c.exercise]
	set := &row.Set
	set.Kind = KindWorking
	set.Notes = cell(rec, c.setNotes)
	switch {
	case c.weight >= 0:
		u := r.unit
		if c.weightUnit >= 0 && (cell(rec, c.weight) != "" || cell(rec, c.weightUnit) != "") {
			if u, e = r.unitCell(rec, c.weightUnit); e != nil {
				return e
			}
		}
		if set.Load, e = r.weightCell(rec, c.weight, u); e != nil {
			return e
		}
	case c.weightKg >= 0 && c.weightLb >= 0 && cell(rec, c.weightKg) == "":
		if set.Load, e = r.weightCell(rec, c.weightLb, repkit.UnitPound); e != nil {
			return e
		}
	case c.weightKg >= 0:
		if set.Load, e = r.weightCell(rec, c.weightKg, repkit.UnitKilogram); e != nil {
			return e
		}
	default:
		if set.Load, e = r.weightCell(rec, c.weightLb, repkit.UnitPound); e != nil {
			return e
		}
	}
	if set.Reps, e = r.countCell(rec, c.reps); e != nil {
		return e
	}
	if c.seconds >= 0 {
		if set.Duration, e = r.appDurationCell(rec, c.seconds); e != nil {
			return e
		}
	}
	set.Distance = r.distance(rec, c.distance, c.distanceUnit)
	return nil
}
