package history

import (
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// FitNotes' CSV exports, all read here:
//
//	Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment   (Android; or Weight (lbs))
//	Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment   (Android, newer: unit per row)
//	Date,Exercise,Category,Weight (kg),Weight (lbs),Reps,Distance,Distance Unit,Time,Notes,Kind   (iOS "FitNotes 2")
//
// FitNotes writes a date without a time and no workout name, so one day's
// rows form one workout, and every row of one exercise name on one day is
// one exercise, however the lifter alternated it with others (FitNotes
// has no superset ids). It marks no set kinds, so its sets read as working
// sets; its Category column (a muscle group) is not kept. FitNotes does
// not quote its fields, so a name or comment with a comma gives the row
// too many fields; such a row is read from its fixed columns and kept,
// with a warning (see [Row.Warning]).

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

// repair reads a row with more fields than the header, which FitNotes
// writes when an exercise name or a comment holds a comma: FitNotes does
// not quote its fields, so "Shoulder Press (Seated, Dumbbells)" comes out
// as two fields. The columns before the name and those after its category
// are fixed, so the name is the fields between them less the last (the
// category; a split that leaves the name's parentheses unbalanced is
// passed over), joined with the commas they lost. A comment, FitNotes'
// last column, is the fields from its place to the end. Each reading is
// tried as the row (a name with an open parenthesis first, else the
// comment first); the first that parses is returned with a warning
// wrapping [ErrRepaired]. Rows of other formats, rows with too few
// fields, and rows no reading parses get the field count error, nil
// fields.
func (r *Reader) repair(rec []string, line int) ([]string, *RowError) {
	fail := rowError(line, fieldCountError{got: len(rec), want: len(r.header)})
	if r.format != FormatFitNotes || len(rec) < len(r.header) {
		return nil, fail
	}
	type reading struct {
		rec []string
		col int
	}
	var tries []reading
	if name, ok := r.nameReading(rec); ok {
		tries = append(tries, reading{name, r.cols.exercise})
	}
	if last := len(r.header) - 1; r.cols.setNotes == last {
		comment := append(rec[:last:last], strings.Join(rec[last:], ","))
		if len(tries) > 0 && !balanced(rec[r.cols.exercise]) {
			tries = append(tries, reading{comment, last})
		} else {
			tries = append([]reading{{comment, last}}, tries...)
		}
	}
	for _, t := range tries {
		r.row, r.kindStated = Row{Line: line}, false
		if r.parse(r, t.rec, &r.row) == nil && strings.TrimSpace(t.rec[r.cols.exercise]) != "" {
			hint := "FitNotes wrote the commas in this name without quotes; it was read from the columns around it: check it, or rename the exercise without commas"
			if t.col != r.cols.exercise {
				hint = "FitNotes wrote the commas in this comment without quotes; the fields from here to the end of the line were read as one comment"
			}
			return t.rec, &RowError{Line: line, Err: &FieldError{Field: r.header[t.col], Value: fielderr.Clip(t.rec[t.col]), Err: ErrRepaired, Hint: hint}}
		}
	}
	return nil, fail
}

// nameReading returns rec with the fields of an exercise name split by
// unquoted commas joined again, when the Category column follows the
// Exercise column (as in every FitNotes export).
func (r *Reader) nameReading(rec []string) ([]string, bool) {
	e := r.cols.exercise
	k := e + 1
	if k >= len(r.header) || !strings.EqualFold(r.header[k], "category") {
		return nil, false
	}
	tail := len(r.header) - k - 1 // fixed columns after the category
	mid := rec[e : len(rec)-tail] // the name's fields and the category
	split := len(mid) - 1         // the category is the last field
	if !balanced(strings.Join(mid[:split], ",")) {
		for s := 1; s < len(mid); s++ {
			if balanced(strings.Join(mid[:s], ",")) {
				split = s
				break
			}
		}
	}
	out := make([]string, 0, len(r.header))
	out = append(out, rec[:e]...)
	out = append(out, strings.Join(mid[:split], ","), strings.Join(mid[split:], ","))
	out = append(out, rec[len(rec)-tail:]...)
	return out, true
}

// balanced reports whether every "(" in s is closed by a later ")".
func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
