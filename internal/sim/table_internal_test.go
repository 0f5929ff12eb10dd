package sim

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

var kg = repkit.Kilogram

// decided is a decision with its lead among its reasons.
func decided(a progression.Action, lead progression.Reason, from, load repkit.Load) progression.NextTime {
	var why progression.Reasons
	return progression.NextTime{Action: a, Lead: lead, Why: why.With(lead), From: from, Load: load}
}

// straight is an outing of straight sets with these reps.
func straight(reps ...int) progression.Outing {
	o := progression.Outing{Load: 100 * kg}
	for _, r := range reps {
		o.Sets = append(o.Sets, progression.WorkSet{Reps: r})
	}
	return o
}

// rpOuting is an outing of rest-pause sets with these totals (activation
// only).
func rpOuting(totals ...int) progression.Outing {
	o := progression.Outing{Load: 50 * kg}
	for _, n := range totals {
		o.RestPause = append(o.RestPause, restpause.Record{Load: 50 * kg, Activation: restpause.Burst{Reps: n}})
	}
	return o
}

// TestVolume: an outing's volume is its straight sets' reps summed, or the
// total of its last rest-pause set.
func TestVolume(t *testing.T) {
	rp := rpOuting(9, 14)
	rp.RestPause[1].Bursts = []restpause.Burst{{Reps: 3}, {Reps: 2}}
	for _, c := range []struct {
		name string
		o    progression.Outing
		want int
	}{
		{"nothing", progression.Outing{}, 0},
		{"straight sets 10+9+8", straight(10, 9, 8), 27},
		{"one rest-pause set", rpOuting(12), 12},
		{"the last of two rest-pause sets, 14+3+2", rp, 19},
	} {
		if got := volume(c.o); got != c.want {
			t.Errorf("%s: volume %d, want %d", c.name, got, c.want)
		}
	}
}

// TestRising: capacity on the exercise of events[i] at least rise above the
// session of that exercise sessions before (the other exercise's events
// skipped), false with fewer sessions.
func TestRising(t *testing.T) {
	// ex 0 at 100, 101, 102, 103; ex 1 in between at 1000
	var ev []Event
	for k, c := range []float64{100, 101, 102, 103} {
		ev = append(ev, Event{Exercise: Straight, Capacity: c}, Event{Exercise: RestPause, Capacity: 1000 + float64(k)})
	}
	last := len(ev) - 2 // ex 0 at 103
	for _, c := range []struct {
		i, sessions int
		rise        float64
		want        bool
	}{
		{last, 3, 0.03, true},          // 103 >= 100 x 1.03 = 103: exactly at the bound
		{last, 3, 0.031, false},        // 103 < 103.1
		{last, 2, 0.0098, true},        // 103 >= 101 x 1.0098 = 101.99 (ex 1's 1002 not counted)
		{last, 1, 0.01, false},         // 103 < 102 x 1.01 = 103.02
		{last, 4, 0, false},            // only three sessions before
		{0, 1, 0, false},               // the first event: none before
		{len(ev) - 1, 3, 0.002, true},  // ex 1: 1003 >= 1000 x 1.002 = 1002
		{len(ev) - 1, 3, 0.004, false}, // 1003 < 1004
	} {
		if got := Rising(ev, c.i, c.sessions, c.rise); got != c.want {
			t.Errorf("Rising(event %d, %d sessions, %v) = %v, want %v", c.i, c.sessions, c.rise, got, c.want)
		}
	}
}

// TestDisagrees pins what counts as a decision contradicting itself.
func TestDisagrees(t *testing.T) {
	add, reduce, hold, reps := progression.ActionAddLoad, progression.ActionReduceLoad, progression.ActionHold, progression.ActionAddReps
	lead := progression.ReasonTargetsMet
	withReps := func(d progression.NextTime, got, reps int) progression.NextTime { d.Got, d.Reps = got, reps; return d }
	withRP := func(d progression.NextTime) progression.NextTime { d.RestPause = true; return d }
	noWhy := decided(add, lead, 100*kg, 105*kg)
	noWhy.Why = 0
	for _, c := range []struct {
		name string
		e    Event
		want bool
	}{
		{"add load, heavier", Event{Next: decided(add, lead, 100*kg, 105*kg)}, false},
		{"add load, same", Event{Next: decided(add, lead, 100*kg, 100*kg)}, true},
		{"add load, lighter", Event{Next: decided(add, lead, 100*kg, 95*kg)}, true},
		{"reduce, lighter", Event{Next: decided(reduce, lead, 100*kg, 95*kg)}, false},
		{"reduce, same", Event{Next: decided(reduce, lead, 100*kg, 100*kg)}, true},
		{"reduce, heavier", Event{Next: decided(reduce, lead, 100*kg, 105*kg)}, true},
		{"hold, same", Event{Next: decided(hold, lead, 100*kg, 100*kg)}, false},
		{"hold, heavier", Event{Next: decided(hold, lead, 100*kg, 105*kg)}, true},
		{"add reps, more", Event{Next: withReps(decided(reps, lead, 100*kg, 100*kg), 8, 9)}, false},
		{"add reps, the same reps", Event{Next: withReps(decided(reps, lead, 100*kg, 100*kg), 8, 8)}, true},
		{"add reps, heavier", Event{Next: withReps(decided(reps, lead, 100*kg, 105*kg), 8, 9)}, true},
		{"change exercise", Event{Next: decided(progression.ActionChangeExercise, progression.ReasonStalledAfterDeload, 100*kg, 80*kg)}, false},
		{"no action", Event{Next: decided(progression.ActionUnknown, lead, 100*kg, 100*kg)}, true},
		{"no lead", Event{Next: decided(hold, progression.ReasonUnknown, 100*kg, 100*kg)}, true},
		{"lead not among the reasons", Event{Next: noWhy}, true},
		{"rest-pause kept", Event{Next: withRP(decided(hold, lead, 100*kg, 100*kg)), Dose: fatigue.DoseReduced}, false},
		{"rest-pause kept after pain", Event{Next: withRP(decided(hold, lead, 100*kg, 100*kg)), Pain: true}, true},
		{"rest-pause kept with no dose", Event{Next: withRP(decided(hold, lead, 100*kg, 100*kg)), Dose: fatigue.DoseNone}, true},
		{"rest-pause out with no dose", Event{Next: decided(hold, lead, 100*kg, 100*kg), Dose: fatigue.DoseNone, Pain: true}, false},
	} {
		if got := Disagrees(c.e); got != c.want {
			t.Errorf("%s: Disagrees = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestResolvesRegains: a stall at best B with the most reps in all at B so
// far (here 27, the stalled session's own: not the 26 of an earlier one at
// B, the 24 at 95 kg, nor the other exercise's 60) is resolved by a later
// session of that exercise heavier than B or at B with more reps in all,
// regained also by one at B with as many; a change of exercise first ends
// the search.
func TestResolvesRegains(t *testing.T) {
	stall := decided(progression.ActionReduceLoad, progression.ReasonStalled, 100*kg, 90*kg)
	stall.Best = 100 * kg
	base := []Event{
		{Exercise: Straight, Outing: straight(9, 9, 8), Next: decided(progression.ActionHold, progression.ReasonTargetMissed, 100*kg, 100*kg)},
		{Exercise: RestPause, Outing: straight(20, 20, 20), Next: decided(progression.ActionHold, progression.ReasonTargetMissed, 100*kg, 100*kg)}, // 60 at 100 kg, the other exercise
		{Exercise: Straight, Outing: straight(8, 8, 8), Next: decided(progression.ActionHold, progression.ReasonTargetMissed, 95*kg, 100*kg)},
		{Exercise: Straight, Outing: straight(9, 9, 9), Next: stall},
	}
	const i = 3
	later := func(ex int, from repkit.Load, vol int, a progression.Action) Event {
		return Event{Exercise: ex, Outing: straight(vol), Next: decided(a, progression.ReasonTargetMissed, from, from)}
	}
	hold, change := progression.ActionHold, progression.ActionChangeExercise
	for _, c := range []struct {
		name              string
		after             []Event
		resolves, regains bool
	}{
		{"nothing after", nil, false, false},
		{"heavier", []Event{later(Straight, 102500*repkit.Gram, 10, hold)}, true, true},
		{"at the best, more reps", []Event{later(Straight, 100*kg, 28, hold)}, true, true},
		{"at the best, as many reps", []Event{later(Straight, 100*kg, 27, hold)}, false, true},
		{"at the best, fewer reps", []Event{later(Straight, 100*kg, 26, hold)}, false, false},
		{"lighter, more reps", []Event{later(Straight, 90*kg, 40, hold)}, false, false},
		{"the other exercise, heavier", []Event{later(RestPause, 200*kg, 40, hold)}, false, false},
		{"after a lighter session", []Event{later(Straight, 90*kg, 24, hold), later(Straight, 100*kg, 28, hold)}, true, true},
		{"past it in the session that changes", []Event{later(Straight, 100*kg, 28, change)}, true, true},
		{"after a change of exercise", []Event{later(Straight, 90*kg, 24, change), later(Straight, 100*kg, 28, hold)}, false, false},
		{"the other exercise changes", []Event{later(RestPause, 90*kg, 24, change), later(Straight, 100*kg, 28, hold)}, true, true},
	} {
		ev := append(append([]Event(nil), base...), c.after...)
		if got := Resolves(ev, i); got != c.resolves {
			t.Errorf("%s: Resolves = %v, want %v", c.name, got, c.resolves)
		}
		if got := Regains(ev, i); got != c.regains {
			t.Errorf("%s: Regains = %v, want %v", c.name, got, c.regains)
		}
	}
}

// TestSummarizeIncreases: load increases per lifter per 10 weeks, over
// both exercises, each lifter's weeks up to its last event's. Runs by
// hand: 3 increases in 10 weeks (3.0), none in a run without events
// (0.0), 1 in 5 weeks (2.0): mean 5/3, fewest 0, weeks 10.
func TestSummarizeIncreases(t *testing.T) {
	add, hold := progression.ActionAddLoad, progression.ActionHold
	ev := func(week, ex int, a progression.Action) Event {
		return Event{Week: week, Exercise: ex, Next: decided(a, progression.ReasonTargetsMet, 100*kg, map[bool]repkit.Load{true: 105 * kg, false: 100 * kg}[a == add])}
	}
	runs := []Run{
		{Events: []Event{ev(0, Straight, add), ev(0, RestPause, add), ev(4, Straight, hold), ev(9, RestPause, add)}},
		{},
		{Events: []Event{ev(1, Straight, hold), ev(4, RestPause, add)}},
	}
	want := Table{Lifters: 3, Weeks: 10, Increases: 5.0 / 3, MinIncreases: 0}
	if diff := cmp.Diff(want, Summarize(runs), cmp.Comparer(func(a, b float64) bool { return near(a, b) })); diff != "" {
		t.Errorf("Summarize (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Table{Lifters: 1, Weeks: 10, Increases: 3, MinIncreases: 3}, Summarize(runs[:1])); diff != "" {
		t.Errorf("one run: Summarize (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Table{MinIncreases: -1}, Summarize(nil)); diff != "" {
		t.Errorf("no run: Summarize (-want +got):\n%s", diff)
	}
	// the fewest is the lowest whichever comes first: 2.0 then 3.0
	if got := Summarize([]Run{runs[2], runs[0]}).MinIncreases; got != 2 {
		t.Errorf("runs of 2.0 then 3.0: fewest %v, want 2", got)
	}
}

// TestSummarizeCounts: each count of the table, on one run worked by hand
// (the comment on each event says what it adds).
func TestSummarizeCounts(t *testing.T) {
	hold, reduce, add := progression.ActionHold, progression.ActionReduceLoad, progression.ActionAddLoad
	stall := decided(reduce, progression.ReasonStalled, 100*kg, 90*kg)
	stall.Best = 100 * kg
	stall2 := stall
	stall2.Best = 110 * kg
	rpKept := decided(hold, progression.ReasonPainStop, 50*kg, 50*kg)
	rpKept.RestPause = true
	ev := []Event{
		// a pain stop followed by a step down: a pain
		{Exercise: Straight, Pain: true, Outing: straight(5), Next: decided(reduce, progression.ReasonPainStop, 100*kg, 95*kg)},
		// a pain stop at the same load: a pain, no increase
		{Exercise: Straight, Pain: true, Outing: straight(5), Next: decided(hold, progression.ReasonPainStop, 100*kg, 100*kg)},
		// a pain stop, then heavier: a pain with an increase
		{Exercise: Straight, Pain: true, Outing: straight(5), Next: decided(add, progression.ReasonTargetsMet, 100*kg, 105*kg)},
		// no dose after a rest-pause set, held: no dose
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: decided(hold, progression.ReasonDoseNone, 50*kg, 50*kg)},
		// no dose, a pain stop's step down: no dose (safety)
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: decided(reduce, progression.ReasonPainStop, 50*kg, 45*kg)},
		// no dose, a return's cut: no dose (safety)
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: decided(reduce, progression.ReasonReturnAfterGap, 50*kg, 45*kg)},
		// no dose, yet more load: no dose, changed more
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: decided(add, progression.ReasonTotalAboveRange, 50*kg, 55*kg)},
		// no dose, held at another load: no dose, changed more, disagrees (a hold that moves)
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: decided(hold, progression.ReasonDoseNone, 50*kg, 45*kg)},
		// no dose, rest-pause kept (a pain stop's lead): no dose, changed more, disagrees
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: rpKept},
		// no dose, but straight sets: not counted
		{Exercise: RestPause, Dose: fatigue.DoseNone, Outing: straight(10), Next: decided(add, progression.ReasonTargetsMet, 50*kg, 55*kg)},
		// no dose, the main lift: not counted
		{Exercise: Straight, Dose: fatigue.DoseNone, Outing: rpOuting(14), Next: decided(add, progression.ReasonTargetsMet, 100*kg, 105*kg)},
		// a return after a gap
		{Exercise: Straight, Outing: straight(8), Next: decided(reduce, progression.ReasonReturnAfterGap, 100*kg, 90*kg)},
		// a stall at 100 kg, passed later (102.5 kg below): a stall, resolved
		{Exercise: Straight, Outing: straight(8), Next: stall},
		// a stall at 110 kg, never passed: a stall
		{Exercise: Straight, Outing: straight(8), Next: stall2},
		// a change of exercise, not rising (capacity 100 as in every session so far): a change, no room
		{Exercise: RestPause, Outing: rpOuting(14), Next: decided(progression.ActionChangeExercise, progression.ReasonStalledAfterDeload, 50*kg, 40*kg)},
		{Exercise: Straight, Outing: straight(8), Next: decided(hold, progression.ReasonTargetMissed, 102500*repkit.Gram, 102500*repkit.Gram)},
	}
	for i := range ev {
		ev[i].Capacity = 100
	}
	// five more sessions of the rest-pause lift at capacity 100, then a
	// change at 103, up 3% on six sessions before (the one at 100 above,
	// then these): rising, so a change with room
	for range 5 {
		ev = append(ev, Event{Exercise: RestPause, Capacity: 100, Outing: rpOuting(14), Next: decided(hold, progression.ReasonTotalInRange, 40*kg, 40*kg)})
	}
	ev = append(ev, Event{Exercise: RestPause, Capacity: 103, Outing: rpOuting(14), Next: decided(progression.ActionChangeExercise, progression.ReasonStalledAfterDeload, 40*kg, 30*kg)})
	ev[len(ev)-1].Week = 19
	want := Table{
		Lifters: 1, Weeks: 20, Increases: 4.0 / 20 * 10, MinIncreases: 2, // 4 increases in 20 weeks
		Stalls: 2, Resolved: 1, Changes: 2, NoRoom: 1, Returns: 2,
		Pains: 3, PainThenIncrease: 1, NoDose: 6, NoDoseOther: 3, Disagree: 2,
	}
	if diff := cmp.Diff(want, Summarize([]Run{{Events: ev}})); diff != "" {
		t.Errorf("Summarize (-want +got):\n%s", diff)
	}
}
