package sim

import (
	"fmt"
	"io"

	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
)

// A Table summarises runs of the same length.
type Table struct {
	Lifters, Weeks int
	// Increases is load increases per lifter per 10 weeks, over both
	// exercises, and MinIncreases the fewest of any lifter.
	Increases, MinIncreases float64
	// Stalls counts decisions led by a stall, and Resolved those passed
	// later (see [Resolves]).
	Stalls, Resolved int
	// Changes counts decisions to change the exercise after a deload that
	// did not lead past the old best, and NoRoom those made while the
	// lifter was not getting stronger on that exercise: capacity up less
	// than 3% over its last 6 sessions (see [Rising]).
	Changes, NoRoom int
	// Returns counts decisions led by a return after a gap.
	Returns int
	// Pains counts sessions that stopped on pain, and PainThenIncrease
	// those whose next decision raised the load (must be 0).
	Pains, PainThenIncrease int
	// NoDose counts rest-pause sets followed by a day with no dose (the
	// main lift dropped), and NoDoseOther those whose decision changed
	// more than taking rest-pause out (must be 0; a pain stop's step down
	// and a return's cut aside).
	NoDose, NoDoseOther int
	// Disagree counts decisions that contradict themselves (see
	// [Disagrees]; must be 0).
	Disagree int
}

// Rising reports whether the lifter's capacity on the exercise of
// events[i] was at least rise (a share: 0.03 is 3%) higher than it was
// sessions sessions of that exercise before: a lifter visibly getting
// stronger on it. It is false when there are not that many sessions yet.
func Rising(events []Event, i, sessions int, rise float64) bool {
	e, k := events[i], 0
	for j := i - 1; j >= 0; j-- {
		if f := events[j]; f.Exercise == e.Exercise {
			if k++; k == sessions {
				return e.Capacity >= f.Capacity*(1+rise)
			}
		}
	}
	return false
}

// Disagrees reports whether a decision contradicts itself: an action
// whose load or target goes the other way, a lead missing from its
// reasons, or rest-pause kept after pain or on a day with no dose.
func Disagrees(e Event) bool {
	d := e.Next
	switch {
	case d.Action == progression.ActionUnknown, d.Lead == progression.ReasonUnknown, !d.Why.Has(d.Lead):
		return true
	case d.Action == progression.ActionAddLoad && d.Load <= d.From,
		d.Action == progression.ActionReduceLoad && d.Load >= d.From,
		(d.Action == progression.ActionHold || d.Action == progression.ActionAddReps) && d.Load != d.From,
		d.Action == progression.ActionAddReps && d.Reps <= d.Got:
		return true
	case d.RestPause && (e.Pain || e.Dose == fatigue.DoseNone):
		return true
	}
	return false
}

// Resolves reports whether the stall decided in events[i] is later passed
// by a session of the same exercise heavier than the best at the stall, or
// at that load with more reps in all (the coach's own notion of a best),
// before the exercise is changed.
func Resolves(events []Event, i int) bool { return passes(events, i, false) }

// Regains reports whether the stall decided in events[i] is later matched
// or passed: a session as heavy as the best at the stall with at least as
// many reps in all, or heavier.
func Regains(events []Event, i int) bool { return passes(events, i, true) }

func passes(events []Event, i int, orEqual bool) bool {
	e := events[i]
	d := e.Next
	best := 0
	for _, f := range events[:i+1] {
		if f.Exercise == e.Exercise && f.Next.From == d.Best {
			best = max(best, volume(f.Outing))
		}
	}
	for _, f := range events[i+1:] {
		if f.Exercise != e.Exercise {
			continue
		}
		if l, v := f.Next.From, volume(f.Outing); l > d.Best || l == d.Best && (v > best || orEqual && v == best) {
			return true
		}
		if f.Next.Action == progression.ActionChangeExercise {
			return false // what follows is a variation
		}
	}
	return false
}

// volume is the reps of an outing's straight sets, or its last rest-pause
// set's total.
func volume(o progression.Outing) int {
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].TotalReps()
	}
	v := 0
	for _, s := range o.Sets {
		v += s.Reps
	}
	return v
}

// Summarize tabulates runs.
func Summarize(runs []Run) Table {
	t := Table{Lifters: len(runs), MinIncreases: -1}
	for _, r := range runs {
		weeks := 0
		if n := len(r.Events); n > 0 {
			weeks = r.Events[n-1].Week + 1
		}
		t.Weeks = max(t.Weeks, weeks)
		ups := 0
		for i, e := range r.Events {
			d := e.Next
			if d.Action == progression.ActionAddLoad {
				ups++
			}
			if Disagrees(e) {
				t.Disagree++
			}
			if e.Pain {
				t.Pains++
				if d.Load > d.From {
					t.PainThenIncrease++
				}
			}
			if e.Exercise == RestPause && e.Dose == fatigue.DoseNone && len(e.Outing.RestPause) > 0 {
				t.NoDose++
				safety := d.Lead == progression.ReasonPainStop || d.Lead == progression.ReasonReturnAfterGap
				if d.RestPause || !safety && (d.Action != progression.ActionHold || d.Load != d.From) {
					t.NoDoseOther++
				}
			}
			switch d.Lead {
			case progression.ReasonReturnAfterGap:
				t.Returns++
			case progression.ReasonStalledAfterDeload:
				t.Changes++
				if !Rising(r.Events, i, 6, 0.03) {
					t.NoRoom++
				}
			case progression.ReasonStalled:
				t.Stalls++
				if Resolves(r.Events, i) {
					t.Resolved++
				}
			}
		}
		per := float64(ups) / float64(max(weeks, 1)) * 10
		t.Increases += per
		if t.MinIncreases < 0 || per < t.MinIncreases {
			t.MinIncreases = per
		}
	}
	if t.Lifters > 0 {
		t.Increases /= float64(t.Lifters)
	}
	return t
}

// Write prints the table.
func (t Table) Write(w io.Writer) {
	fmt.Fprintf(w, "%-44s %8d\n", "lifters", t.Lifters)
	fmt.Fprintf(w, "%-44s %8d\n", "weeks", t.Weeks)
	fmt.Fprintf(w, "%-44s %8.2f\n", "load increases per lifter per 10 weeks", t.Increases)
	fmt.Fprintf(w, "%-44s %8.2f\n", "  fewest of any lifter", t.MinIncreases)
	fmt.Fprintf(w, "%-44s %8d\n", "stalls found (deload advised)", t.Stalls)
	fmt.Fprintf(w, "%-44s %8d\n", "stalls resolved (later past the old best)", t.Resolved)
	fmt.Fprintf(w, "%-44s %8d\n", "  not resolved: exercise changed", t.Changes)
	fmt.Fprintf(w, "%-44s %8d\n", "    of them while the lifter was not growing", t.NoRoom)
	fmt.Fprintf(w, "%-44s %8d\n", "returns after a gap", t.Returns)
	fmt.Fprintf(w, "%-44s %8d\n", "pain stops", t.Pains)
	fmt.Fprintf(w, "%-44s %8d\n", "pain stops followed by an increase", t.PainThenIncrease)
	fmt.Fprintf(w, "%-44s %8d\n", "rest-pause sets before a day with no dose", t.NoDose)
	fmt.Fprintf(w, "%-44s %8d\n", "  changed more than taking rest-pause out", t.NoDoseOther)
	fmt.Fprintf(w, "%-44s %8d\n", "advice pairs that disagree", t.Disagree)
}
