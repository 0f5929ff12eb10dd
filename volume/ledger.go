package volume

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// Limits on one [Work] item, the same as a rest-pause record's.
const (
	WorkRepsLimit   = 1000                    // reps in one set, activation or burst
	WorkBurstsLimit = 100                     // bursts after one activation set
	WorkLoadLimit   = 10000 * repkit.Kilogram // the heaviest load of one set
)

// A Work is one logged set as the ledger counts it: a straight set, or one
// whole rest-pause set (its activation set and its bursts, one parent set).
// restpause.Record.Work turns a rest-pause record into one; the review
// package turns an imported history into them.
//
// The zero Work is a straight set of no reps on no date, which counts in
// no week's sets (see [Count]). Its JSON has the keys of its tags, the date
// in RFC 3339, the load as text and the effort as "rpe 8" or "rir 2":
//
//	{"date":"2024-03-04T18:00:00Z","exercise":"Leg Extension","exercise_id":"leg-extension",
//	 "rest_pause":true,"load":"50kg","reps":12,"bursts":[4,3],"effort":"rir 0"}
//
// [Work.UnmarshalJSON] validates what it reads.
type Work struct {
	Date       time.Time       `json:"date"`
	Exercise   string          `json:"exercise"`              // name as logged or shown
	ExerciseID string          `json:"exercise_id,omitempty"` // catalog id, if known
	RestPause  bool            `json:"rest_pause,omitzero"`   // a rest-pause set: Reps is its activation set, Bursts its follow-ups
	Load       repkit.Load     `json:"load"`                  // its meaning is LoadKind's
	LoadKind   repkit.LoadKind `json:"load_kind,omitzero"`    // external (the zero value), body weight plus Load, or assistance
	Reps       int             `json:"reps"`                  // a straight set's reps, or a rest-pause set's activation reps
	Bursts     []int           `json:"bursts,omitempty"`      // the reps of each burst of a rest-pause set, in order
	Effort     repkit.Effort   `json:"effort,omitzero"`       // a straight set's effort, or the activation set's; zero when not recorded
}

// Validate checks w: reps and burst reps from 0 to [WorkRepsLimit], at most
// [WorkBurstsLimit] bursts and only on a rest-pause set, a load from 0 to
// [WorkLoadLimit], a named load kind and a valid effort. Errors are
// [*FieldError] values naming the field.
func (w Work) Validate() error {
	if w.Reps < 0 || w.Reps > WorkRepsLimit {
		return invalidInt("reps", w.Reps, 0, WorkRepsLimit)
	}
	if len(w.Bursts) > 0 && !w.RestPause {
		return invalid("bursts", strconv.Itoa(len(w.Bursts)), "give bursts only for a rest-pause set (rest_pause true)")
	}
	if len(w.Bursts) > WorkBurstsLimit {
		return invalidInt("bursts", len(w.Bursts), 0, WorkBurstsLimit)
	}
	for i, r := range w.Bursts {
		if r < 0 || r > WorkRepsLimit {
			return invalidInt("bursts["+strconv.Itoa(i)+"]", r, 0, WorkRepsLimit)
		}
	}
	if w.Load < 0 || w.Load > WorkLoadLimit {
		return invalid("load", w.Load.String(), "give a load from 0kg to 10000kg")
	}
	if w.LoadKind > repkit.LoadAssisted {
		return invalid("load_kind", w.LoadKind.String(), "give external, bodyweight or assisted")
	}
	if err := w.Effort.Validate(); err != nil {
		return invalid("effort", w.Effort.String(), "give an RPE from 1 to 10 or an RIR from 0 to 10, or leave it out")
	}
	return nil
}

// UnmarshalJSON reads the JSON a Work marshals to (its tags) and checks it
// with [Work.Validate]; on error w is unchanged.
func (w *Work) UnmarshalJSON(data []byte) error {
	type plain Work // no methods: the default decoding of the tags
	var x plain
	if err := json.Unmarshal(data, &x); err != nil {
		return err
	}
	if err := Work(x).Validate(); err != nil {
		return err
	}
	*w = Work(x)
	return nil
}

// burstReps returns the reps of all bursts.
func (w *Work) burstReps() int {
	n := 0
	for _, r := range w.Bursts {
		n += r
	}
	return n
}

// EasyRIR is the fewest reps in reserve that make a straight set easy, not
// hard: 5. A straight set counts as a hard set unless its recorded effort
// says at least 5 reps were left (RPE 5 or less); an unrecorded effort
// counts as hard, since apps log working sets, and an absent rating is
// never read as anything. The guide asks for hard sets but names no
// figure; this is repkit's choice, the point past the RPE scale's "4-6
// reps left" band where a set is plainly not close to failure (Refalo et
// al. 2023 found hypertrophy similar close to and at failure, so the
// ledger does not count sets at failure apart).
const EasyRIR = 5

// hard reports whether a straight set counts as a hard set.
func (w *Work) hard() bool {
	if w.Reps < 1 {
		return false
	}
	r, ok := w.Effort.RIR()
	return !ok || r.Min < EasyRIR
}

// A Tally is the work of one week, on one muscle or in all, counted by the
// rule of [Count]: straight sets and rest-pause sets side by side, never
// converted into one another. The zero Tally is no work.
type Tally struct {
	StraightSets int `json:"straight_sets"`      // hard straight sets
	EasySets     int `json:"easy_sets,omitzero"` // straight sets with 5 or more reps in reserve recorded: in reps and volume, not in StraightSets
	StraightReps int `json:"straight_reps"`      // reps of all straight sets, hard and easy
	RestPause    int `json:"rest_pause_sets"`    // rest-pause sets, each one parent set: its activation set
	Bursts       int `json:"bursts"`             // follow-up bursts of those sets
	Activation   int `json:"activation_reps"`    // reps of their activation sets
	BurstReps    int `json:"burst_reps"`         // reps of their bursts
	Unweighed    int `json:"unweighed,omitzero"` // sets not in Volume: body-weight and assisted loads, whose mass moved is not logged
	// Volume is the volume load, load times reps, of the sets with an
	// external load; see Unweighed. It saturates at [repkit.MaxLoad]
	// rather than wrap.
	Volume repkit.Load `json:"volume"`
}

// Reps returns every rep counted: straight, activation and burst reps.
func (t Tally) Reps() int { return t.StraightReps + t.Activation + t.BurstReps }

// Sets returns the parent sets counted: hard straight sets, easy straight
// sets and rest-pause sets, each once. Bursts are not sets.
func (t Tally) Sets() int { return t.StraightSets + t.EasySets + t.RestPause }

// IsZero reports whether nothing was counted.
func (t Tally) IsZero() bool { return t == Tally{} }

// Add returns t plus u, the volume saturating at [repkit.MaxLoad].
func (t Tally) Add(u Tally) Tally {
	t.StraightSets += u.StraightSets
	t.EasySets += u.EasySets
	t.StraightReps += u.StraightReps
	t.RestPause += u.RestPause
	t.Bursts += u.Bursts
	t.Activation += u.Activation
	t.BurstReps += u.BurstReps
	t.Unweighed += u.Unweighed
	t.Volume = addLoad(t.Volume, u.Volume)
	return t
}

func addLoad(a, b repkit.Load) repkit.Load {
	if a > repkit.MaxLoad-b {
		return repkit.MaxLoad
	}
	return a + b
}

// tallyOf returns the tally of one work item.
func tallyOf(w *Work) Tally {
	var t Tally
	reps := w.Reps
	if w.RestPause {
		t.RestPause = 1
		t.Bursts = len(w.Bursts)
		t.Activation = w.Reps
		t.BurstReps = w.burstReps()
		reps += t.BurstReps
	} else {
		switch {
		case w.hard():
			t.StraightSets = 1
		case w.Reps > 0:
			t.EasySets = 1
		}
		t.StraightReps = w.Reps
	}
	if w.LoadKind == repkit.LoadExternal {
		t.Volume = w.Load * repkit.Load(reps) // at most 10 t x 101000 reps: no overflow
	} else {
		t.Unweighed = 1
	}
	return t
}

// A MuscleTally is one muscle's work in a week: the sets of exercises that
// train it first (Primary) and of those that train it second (Secondary),
// kept apart so neither is counted twice.
type MuscleTally struct {
	Muscle    exercise.Muscle `json:"muscle"`
	Primary   Tally           `json:"primary"`
	Secondary Tally           `json:"secondary,omitzero"`
}

// A WeekTally is one week of a [Ledger].
type WeekTally struct {
	Week Week `json:"week"`
	// All is every set of the week, each once, whatever its muscles;
	// the sets of exercises the ledger could not resolve are here and in
	// no muscle.
	All     Tally         `json:"all"`
	Muscles []MuscleTally `json:"muscles,omitempty"` // the muscles trained, in Muscle order
}

// Muscle returns the week's tally for m, and false when m was not trained.
func (w WeekTally) Muscle(m exercise.Muscle) (MuscleTally, bool) {
	i, ok := slices.BinarySearchFunc(w.Muscles, m, func(t MuscleTally, m exercise.Muscle) int { return cmp.Compare(t.Muscle, m) })
	if !ok {
		return MuscleTally{Muscle: m}, false
	}
	return w.Muscles[i], true
}

// A Ledger is a lifter's work week by week and muscle by muscle, as
// [Count] builds it.
type Ledger struct {
	Unit  repkit.Unit `json:"unit,omitzero"`   // the lifter's unit, to show Volume in ([repkit.Load.Display])
	Weeks []WeekTally `json:"weeks,omitempty"` // the weeks with any work, in date order
	// Unresolved lists, sorted, the exercise names the ledger found no
	// exercise for; their sets are in the weeks' All and in no muscle.
	Unresolved []string `json:"unresolved,omitempty"`
}

// Week returns the ledger's tally of week w (compared by [Week.Key]), and
// false when nothing was logged that week.
func (l Ledger) Week(w Week) (WeekTally, bool) {
	k := w.Key()
	i, ok := slices.BinarySearchFunc(l.Weeks, k, func(t WeekTally, k string) int { return cmp.Compare(t.Week.Key(), k) })
	if !ok {
		return WeekTally{Week: w}, false
	}
	return l.Weeks[i], true
}

// Counting says how [Count] reads work. The zero Counting uses ISO weeks in
// each date's own zone, kilograms for display, and the built-in catalog.
type Counting struct {
	Weeks Weeks       // how time is cut into weeks
	Unit  repkit.Unit // the lifter's unit, copied into the Ledger
	// Resolve finds a work item's exercise from its name and catalog id;
	// nil looks the id up with [exercise.ByID], then the name with
	// [exercise.Lookup]. Secondary muscles come from [exercise.Secondary].
	Resolve func(name, id string) (exercise.Exercise, bool)
}

// Resolve finds an exercise in the built-in catalog by id, then by name:
// what a zero [Counting] uses.
func Resolve(name, id string) (exercise.Exercise, bool) {
	if id != "" {
		if ex, ok := exercise.ByID(id); ok {
			return ex, true
		}
	}
	return exercise.Lookup(name)
}

// Count builds the ledger of work, given in any order.
//
// The counting rule, every item once:
//
//   - a work item belongs to the week of its Date by c.Weeks, and to no
//     other;
//   - a straight set with at least one rep counts as one hard set
//     (StraightSets), or as one easy set (EasySets) when its recorded
//     effort leaves [EasyRIR] or more reps in reserve; a straight set of
//     no reps counts in no sets;
//   - a rest-pause set counts as one rest-pause set (its activation set),
//     its follow-ups as Bursts, and its reps as activation and burst reps.
//     Sets and reps are reported side by side; a rest-pause set is not
//     said to equal any number of straight sets;
//   - volume load is load times reps for external loads only; body-weight
//     and assisted sets count in Unweighed instead;
//   - an exercise's work counts in Primary for each of its primary
//     muscles and in Secondary for each of its [exercise.Secondary]
//     muscles (never both for one muscle), and once in the week's All.
//
// An invalid item is a [*FieldError] naming its index ("work[3].reps").
func Count(work []Work, c Counting) (Ledger, error) {
	resolve := c.Resolve
	if resolve == nil {
		resolve = Resolve
	}
	for i := range work {
		if err := work[i].Validate(); err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				return Ledger{}, err
			}
			c := *fe
			c.Field = "work[" + strconv.Itoa(i) + "]." + c.Field
			return Ledger{}, &c
		}
	}
	type muscles struct {
		primary, secondary exercise.Muscles
		ok                 bool
	}
	known := map[[2]string]muscles{}
	var unresolved []string
	weeks := map[string]*WeekTally{}
	byMuscle := map[string]map[exercise.Muscle]*MuscleTally{}
	for i := range work {
		w := &work[i]
		key := [2]string{w.Exercise, w.ExerciseID}
		ms, seen := known[key]
		if !seen {
			if ex, ok := resolve(w.Exercise, w.ExerciseID); ok {
				ms = muscles{ex.PrimaryMuscles, exercise.Secondary(ex) &^ ex.PrimaryMuscles, true}
			} else if !slices.Contains(unresolved, w.Exercise) {
				unresolved = append(unresolved, w.Exercise)
			}
			known[key] = ms
		}
		wk := c.Weeks.Of(w.Date)
		k := wk.Key()
		wt := weeks[k]
		if wt == nil {
			wt = &WeekTally{Week: wk}
			weeks[k] = wt
			byMuscle[k] = map[exercise.Muscle]*MuscleTally{}
		}
		t := tallyOf(w)
		wt.All = wt.All.Add(t)
		for _, set := range []struct {
			ms      exercise.Muscles
			primary bool
		}{{ms.primary, true}, {ms.secondary, false}} {
			for m := range set.ms.All() {
				mt := byMuscle[k][m]
				if mt == nil {
					mt = &MuscleTally{Muscle: m}
					byMuscle[k][m] = mt
				}
				if set.primary {
					mt.Primary = mt.Primary.Add(t)
				} else {
					mt.Secondary = mt.Secondary.Add(t)
				}
			}
		}
	}
	l := Ledger{Unit: c.Unit}
	for k, wt := range weeks {
		for _, mt := range byMuscle[k] {
			wt.Muscles = append(wt.Muscles, *mt)
		}
		slices.SortFunc(wt.Muscles, func(a, b MuscleTally) int { return cmp.Compare(a.Muscle, b.Muscle) })
		l.Weeks = append(l.Weeks, *wt)
	}
	slices.SortFunc(l.Weeks, func(a, b WeekTally) int { return cmp.Compare(a.Week.Key(), b.Week.Key()) })
	slices.Sort(unresolved)
	l.Unresolved = unresolved
	return l, nil
}
