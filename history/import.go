package history

import (
	"errors"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// Import reads a whole export into a History. It detects the format from
// the header (see [NewReader]) and groups rows into workouts (by start time
// and name, or by explicit numbers in repkit's own CSV) and exercises (the
// same name next to each other, or, within a superset, rows of one exercise
// interleaved with its partner's).
//
// In strict mode (the zero [Options]) the first malformed row ends the import
// with its *RowError. With Options.Lenient, malformed rows are skipped and
// returned, in file order, beside a History holding every good row; the error
// is then only for a header the reader cannot use, a read failure of r
// (returned as it came, wrapped with the line, once: r is not read again), or
// a file past a limit ([MaxLineBytes], [MaxFields], [MaxSkipped]; wrapping
// [ErrLimit]).
//
// The skipped rows account for every row the History lacks: each
// *RowError gives the line (and [RowError.EndLine] when a stray quote made
// the row swallow the lines after it) and why, as a *FieldError naming the
// column and value or an error wrapping [ErrRow]. Sets planned but not done
// (wrapping [ErrNotDone]) are listed in both modes, since they are left out
// by design, not by error. Only blank lines leave no entry. The History
// keeps the same report in [History.Skipped], and in [History.Warnings]
// the rows it holds only after a repair.
//
// FitNotes has one workout a day and no superset ids, so a lifter who
// alternates exercises (a superset or a circuit) logs each exercise in
// several runs of rows; Import joins every row of one name on one day into
// one [ExerciseLog], in the order the sets were logged.
func Import(r io.Reader, opts Options) (*History, []*RowError, error) {
	rd, err := NewReader(r, opts)
	if err != nil {
		return nil, nil, err
	}
	h := &History{Source: rd.Format(), Unit: rd.Unit()}
	var g grouper
	g.h = h
	var skipped []*RowError
	for {
		row, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err == nil {
			if row.Warning != nil {
				h.Warnings = append(h.Warnings, row.Warning)
			}
			err = g.add(&row)
		}
		if err != nil {
			var re *RowError
			if !errors.As(err, &re) || errors.Is(err, ErrLimit) {
				return nil, nil, err
			}
			if !opts.Lenient && !errors.Is(err, ErrNotDone) {
				return nil, nil, re
			}
			if len(skipped) == MaxSkipped && !errors.Is(err, ErrNotDone) {
				return nil, nil, &RowError{Line: re.Line, Err: &malformedRow{errSkipLimit}}
			}
			skipped = append(skipped, re)
		}
	}
	h.Unit = g.unit.pick(rd.Unit(), opts.Unit)
	h.Skipped = skipped
	f := rd.Format()
	h.UTCAssumed = opts.Location == nil && len(h.Workouts) > 0 && (f == FormatStrong || f == FormatHevy) // FitNotes writes dates alone
	return h, skipped, nil
}

// A unitVote gathers the units the rows of a file were written in, for
// [History.Unit]: whether they all agree, and the unit of the latest row.
type unitVote struct {
	first, latest repkit.Unit
	mixed         bool
	latestStart   time.Time
}

// add counts the unit of a row kept in the History; a row with no weight
// (UnitUnknown) says nothing. The latest row is the one of the latest
// workout start, and of two rows with the same start the later in the
// file.
func (v *unitVote) add(row *Row) {
	if row.Unit == repkit.UnitUnknown {
		return
	}
	switch {
	case v.first == repkit.UnitUnknown:
		v.first, v.latest, v.latestStart = row.Unit, row.Unit, row.WorkoutStart
		return
	case row.Unit != v.first:
		v.mixed = true
	}
	if !row.WorkoutStart.Before(v.latestStart) {
		v.latest, v.latestStart = row.Unit, row.WorkoutStart
	}
}

// pick returns the History's unit: the file's single unit when its header
// names one, else the one unit every row agrees on, else (a mixed log) the
// latest row's, else the unit the caller stated.
func (v *unitVote) pick(file, stated repkit.Unit) repkit.Unit {
	switch {
	case file != repkit.UnitUnknown:
		return file
	case v.first != repkit.UnitUnknown && !v.mixed:
		return v.first
	case v.latest != repkit.UnitUnknown:
		return v.latest
	}
	return stated
}

var errSkipLimit = fielderr.Sentinel("more than 1000 malformed rows (MaxSkipped); this does not look like an export", ErrLimit)

// A grouper builds workouts and exercises from rows.
type grouper struct {
	h        *History
	byKey    map[workoutKey]int
	byIndex  map[int]int
	entries  map[[2]int]int
	lastKey  workoutKey
	lastWork int
	names    map[string]string // interned exercise names and workout titles
	sets     setArena
	unit     unitVote
}

// intern returns s, kept once per distinct text: a name taken straight from
// a row would keep that row's whole line of the file in memory.
func (g *grouper) intern(s string) string {
	if n, ok := g.names[s]; ok {
		return n
	}
	if g.names == nil {
		g.names = make(map[string]string)
	}
	n := strings.Clone(s)
	g.names[n] = n
	return n
}

// A setArena hands out the Sets of exercises from shared blocks, so a
// history of many exercises costs a few large allocations instead of a
// growing slice for each. Rows of one exercise usually come together: the
// exercise whose sets end the current block grows in place; any other
// moves its sets to the end of the block first. Every Sets it returns has
// its capacity equal to its length, so appending to one never writes into
// another's sets.
type setArena struct {
	block []Set
	owner [2]int // workout and exercise index whose sets end block
	start int    // where the owner's sets begin in block
}

func (a *setArena) add(sets []Set, wi, ei int, s Set) []Set {
	if a.owner == [2]int{wi, ei} && len(sets) > 0 && len(a.block) < cap(a.block) && &a.block[len(a.block)-1] == &sets[len(sets)-1] {
		a.block = append(a.block, s)
		return a.block[a.start:len(a.block):len(a.block)]
	}
	if need := len(sets) + 1; cap(a.block)-len(a.block) < need {
		size := max(64, min(2*cap(a.block), 4096), 2*need)
		a.block = make([]Set, 0, size)
	}
	a.owner, a.start = [2]int{wi, ei}, len(a.block)
	a.block = append(a.block, sets...)
	a.block = append(a.block, s)
	return a.block[a.start:len(a.block):len(a.block)]
}

// A workoutKey is a workout's start instant, as whole seconds and
// nanoseconds (UnixNano would overflow outside 1678-2262), and its name.
type workoutKey struct {
	sec  int64
	nsec int
	name string
}

func keyOf(row *Row) workoutKey {
	return workoutKey{row.WorkoutStart.Unix(), row.WorkoutStart.Nanosecond(), row.WorkoutName}
}

func (g *grouper) workout(row *Row) int {
	if row.WorkoutIndex > 0 {
		if g.byIndex == nil {
			g.byIndex = make(map[int]int)
		}
		if wi, ok := g.byIndex[row.WorkoutIndex]; ok {
			return wi
		}
		g.byIndex[row.WorkoutIndex] = g.newWorkout(row)
		return len(g.h.Workouts) - 1
	}
	k := keyOf(row)
	if len(g.h.Workouts) > 0 && k == g.lastKey {
		return g.lastWork
	}
	if g.byKey == nil {
		g.byKey = make(map[workoutKey]int)
	}
	wi, ok := g.byKey[k]
	if !ok {
		wi = g.newWorkout(row)
		g.byKey[k] = wi
	}
	g.lastKey, g.lastWork = k, wi
	return wi
}

func (g *grouper) newWorkout(row *Row) int {
	g.h.Workouts = append(g.h.Workouts, Workout{
		Start:    row.WorkoutStart,
		End:      row.WorkoutEnd,
		Duration: row.WorkoutDuration,
		Name:     g.intern(row.WorkoutName),
		Notes:    row.WorkoutNotes,
	})
	return len(g.h.Workouts) - 1
}

func (g *grouper) entry(w *Workout, wi int, row *Row) int {
	if row.EntryIndex > 0 {
		if g.entries == nil {
			g.entries = make(map[[2]int]int)
		}
		k := [2]int{wi, row.EntryIndex}
		if ei, ok := g.entries[k]; ok {
			return ei
		}
		w.Exercises = append(w.Exercises, ExerciseLog{Name: g.intern(row.Exercise), LoadKind: row.LoadKind, Notes: row.ExerciseNotes, Superset: row.Superset})
		g.entries[k] = len(w.Exercises) - 1
		return len(w.Exercises) - 1
	}
	n := len(w.Exercises)
	if n > 0 && w.Exercises[n-1].Name == row.Exercise {
		return n - 1
	}
	if g.h.Source == FormatFitNotes { // one workout a day, no superset ids: a circuit interleaves A B A B
		for i := n - 2; i >= 0; i-- {
			if w.Exercises[i].Name == row.Exercise {
				return i
			}
		}
	}
	if row.Superset != "" { // supersets interleave: A1 B1 A2 B2
		for i := n - 1; i >= 0 && w.Exercises[i].Superset == row.Superset; i-- {
			if w.Exercises[i].Name == row.Exercise {
				return i
			}
		}
	}
	w.Exercises = append(w.Exercises, ExerciseLog{Name: g.intern(row.Exercise), LoadKind: row.LoadKind, Notes: row.ExerciseNotes, Superset: row.Superset})
	return n
}

func (g *grouper) add(row *Row) error {
	if row.RestOnly {
		return g.addRest(row)
	}
	wi := g.workout(row)
	w := &g.h.Workouts[wi]
	if w.Notes == "" {
		w.Notes = row.WorkoutNotes
	}
	if row.NoSet && row.Exercise == "" && row.EntryIndex == 0 {
		return nil // a workout with no exercises
	}
	ei := g.entry(w, wi, row)
	e := &w.Exercises[ei]
	if e.Notes == "" {
		e.Notes = row.ExerciseNotes
	}
	if !row.NoSet {
		e.Sets = g.sets.add(e.Sets, wi, ei, row.Set)
		g.unit.add(row)
	}
	return nil
}

// addRest stores a rest timer row as the rest after the latest set of its
// exercise. It looks the workout up without creating one, so a rest timer
// with no set before it is an error and leaves no empty workout behind.
func (g *grouper) addRest(row *Row) error {
	wi, ok := g.byKey[keyOf(row)]
	if row.WorkoutIndex > 0 {
		wi, ok = g.byIndex[row.WorkoutIndex]
	}
	if ok {
		w := &g.h.Workouts[wi]
		for i := len(w.Exercises) - 1; i >= 0; i-- {
			if e := &w.Exercises[i]; e.Name == row.Exercise && len(e.Sets) > 0 {
				e.Sets[len(e.Sets)-1].Rest = row.Set.Rest
				return nil
			}
		}
	}
	return &RowError{Line: row.Line, Err: &FieldError{Field: "Set Order", Value: "Rest Timer", Err: repkit.ErrOrder,
		Hint: "a rest timer row follows the set it rests after; this one has no set before it"}}
}

func sortWorkouts(ws []Workout) {
	slices.SortStableFunc(ws, func(a, b Workout) int { return a.Start.Compare(b.Start) })
}
