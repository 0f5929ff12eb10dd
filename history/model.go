package history

import (
	"time"

	"github.com/repkit/repkit"
)

// A History is a lifter's training log: workouts in the order the file gave
// them (see [History.Sorted] for date order), each with its exercises and
// sets. It is a plain value: safe to read from many goroutines, not to
// change from one while another reads.
//
// Unit is the lifter's display unit, the unit to write loads in when
// talking to them ([repkit.Load.Display]). [Import] sets it from the file,
// without the caller guessing:
//   - a file whose header names its unit (Strong's "Weight (kg)", Hevy's
//     weight_kg or weight_lbs, FitNotes' "Weight (lbs)") has that unit; a
//     file with a plain weight column has the [Options.Unit] it was read
//     with;
//   - a file that names the unit on every row (Strong's Weight Unit column
//     with "kgs" or "lbs", FitNotes' Weight Unit, Liftosaur, repkit's own
//     CSV, Hevy with both weight columns) has the unit every weighted row
//     agrees on;
//   - a mixed log, one where the lifter moved from kg to lb part-way (or
//     back), has the unit of its latest weighted row: the row of the latest
//     workout start, and of rows with one start the last in the file. That
//     is the unit the lifter uses now, and the one their gym's plates are in;
//   - a log with no weighted row at all (bodyweight work only) has
//     Options.Unit, which may be UnitUnknown.
//
// The zero Unit, UnitUnknown, means nobody said; [History.DisplayUnit]
// then shows kilograms.
type History struct {
	Source   Format      `json:"source"`             // the format it was read from
	Unit     repkit.Unit `json:"unit,omitzero"`      // the lifter's unit, to show loads in (see below); loads themselves are exact masses
	Workouts []Workout   `json:"workouts,omitempty"` // as the file ordered them

	// Skipped is the import's report of the rows the History lacks, the
	// same rows [Import] returns as skipped, in file order: each names its
	// line and why (see Import). Warnings are rows the History holds, but
	// only after [Import] repaired them (a FitNotes name with commas the app
	// did not quote), each wrapping [ErrRepaired] and saying what was read,
	// so an app can show the lifter both. Both are empty for a clean file
	// and for a History built in code. They describe one reading of one
	// file, not the training: [WriteJSON] and [WriteCSV] do not write them,
	// and [ReadJSON] leaves them empty.
	Skipped  []*RowError `json:"-"`
	Warnings []*RowError `json:"-"`

	// UTCAssumed reports that [Import] read times the file wrote without a
	// time zone (Strong and Hevy write the phone's local clock time) as
	// UTC, because [Options.Location] was nil: a workout at 00:30 local
	// time may then land on the day before, and a lifter east or west of
	// Greenwich sees other clock times than the app showed. Give
	// Options.Location, the lifter's zone, to read them as written. Like
	// Skipped it describes one reading of one file: [WriteJSON] does not
	// write it.
	UTCAssumed bool `json:"-"`
}

// A Workout is one training session.
type Workout struct {
	Start     time.Time     `json:"start"`               // when it began, as the app recorded it (see [Options.Location])
	End       time.Time     `json:"end,omitzero"`        // when it ended; zero when the app did not say
	Duration  time.Duration `json:"duration,omitzero"`   // the length the app reported, JSON seconds (see [Workout.MarshalJSON]); zero when not reported
	Name      string        `json:"name,omitempty"`      // the app's workout title, verbatim
	Notes     string        `json:"notes,omitempty"`     // workout notes or description, verbatim
	Exercises []ExerciseLog `json:"exercises,omitempty"` // in the order performed
}

// An ExerciseLog is one exercise within a workout: the app's name for it,
// verbatim, what its loads mean, and its sets in order.
type ExerciseLog struct {
	Name string `json:"name"` // exactly as the app wrote it, such as "Bench Press (Barbell)"
	// LoadKind says what the sets' loads mean: the weight lifted (the zero
	// value, [repkit.LoadExternal]), body weight plus the load added
	// ([repkit.LoadBodyweight]; zero is body weight alone), or a machine's
	// or band's help ([repkit.LoadAssisted]; less is harder). The readers
	// set it from the name by [MapName] through [Options.Catalog]; repkit's
	// CSV and JSON carry it. JSON "load_kind", omitted when external.
	LoadKind repkit.LoadKind `json:"load_kind,omitzero"`
	Notes    string          `json:"notes,omitempty"`    // exercise notes, verbatim
	Superset string          `json:"superset,omitempty"` // the app's superset group id; empty when not in a superset
	Sets     []Set           `json:"sets,omitempty"`
}

// A Set is one logged set.
//
// Reps counts completed repetitions. Load is the number the app logged,
// read as its exercise's [ExerciseLog.LoadKind] says: the weight lifted,
// the load added to body weight (zero for body weight alone), or the
// assistance, which is never negative: a file that writes assistance as
// a negative number (-20 for 20 kg of help) is read as its size, with
// NegativeLoad set to say so.
// Effort is the zero (not recorded) Effort unless the file gave an RPE or
// RIR: absence is never read as failure. Rest is the rest the lifter took
// after this set when the app recorded one (Strong's "Rest Timer" rows);
// zero means not recorded, not "no rest".
type Set struct {
	Kind SetKind `json:"kind"`
	// NegativeLoad records that the file wrote Load as a negative number,
	// as apps that log assistance below zero do; the readers accept that
	// only for an assisted exercise, and read it as that much help. JSON
	// "negative_load", omitted when false.
	NegativeLoad bool          `json:"negative_load,omitzero"`
	Load         repkit.Load   `json:"load"`
	Reps         int           `json:"reps"`
	TargetReps   int           `json:"target_reps,omitzero"` // the program's target (Liftosaur), 0 if none
	Effort       repkit.Effort `json:"effort,omitzero"`
	Duration     time.Duration `json:"duration,omitzero"`  // for timed sets (a plank), as logged; JSON seconds (see [Set.MarshalJSON])
	Distance     string        `json:"distance,omitempty"` // for distance sets, verbatim with its unit when the file named one
	Rest         time.Duration `json:"rest,omitzero"`      // rest after this set, JSON seconds; zero when not recorded
	Notes        string        `json:"notes,omitempty"`    // set notes, verbatim
	Line         int           `json:"line,omitzero"`      // the line of the source file it came from; 0 when not read from a file
}

// Volume returns the set's volume load, Load times Reps. It is exact for a
// set that passes [History.Validate] (every set a reader returns), which
// refuses a product past [repkit.MaxLoad]; for other sets it may overflow.
func (s Set) Volume() repkit.Load { return s.Load * repkit.Load(s.Reps) }

// Sorted returns the workouts in order of start time, earliest first,
// keeping file order for equal starts. It does not modify h.
func (h *History) Sorted() []Workout {
	out := make([]Workout, len(h.Workouts))
	copy(out, h.Workouts)
	sortWorkouts(out)
	return out
}

// DisplayUnit returns the unit to show h's loads in: [History.Unit], or
// kilograms when that is UnitUnknown (a history built in code, or one of
// bodyweight work only), as [repkit.Load.Format] and [repkit.Load.Display]
// do for UnitUnknown.
func (h *History) DisplayUnit() repkit.Unit {
	if h.Unit == repkit.UnitUnknown {
		return repkit.UnitKilogram
	}
	return h.Unit
}
