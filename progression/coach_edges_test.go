package progression_test

import (
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// On a day with no dose a rest-pause set's one change is taking rest-pause
// out. What the sum of reps said waits: a step down as much as an
// increase, and only a hold at the load with no new best is a stall.
func TestCoachNoDoseRestPause(t *testing.T) {
	c := progression.Coach{Weights: steps(t)}
	top := restpause.Decision{Reason: restpause.StopTotalReps, Value: 15, Limit: 15}
	var tops []progression.Outing
	for i := range 7 {
		tops = append(tops, rpOut(3*i, 40*kg, top, 10, 3, 2)) // 15 total, the top of 11-15
	}
	tests := []struct {
		name    string
		h       []progression.Outing
		lead    progression.Reason
		stalled bool
		text    string // the whole sentence
	}{
		// 12 in 11-15 holds the load: the sum's own lead stays.
		{"in range", []progression.Outing{rpOut(0, 40*kg, restpause.Decision{Reason: restpause.StopLifter}, 8, 2, 2)},
			progression.ReasonTotalInRange, false,
			"The set totalled 12 reps, inside 11-15: stay at 40kg and aim for your usual straight sets. Straight sets with normal rest: no rest-pause today."},
		// Seven sets at the top of the range, load never added: the sum says
		// add load, which is not a stall; no dose holds it.
		{"an increase waits, not a stall", tops, progression.ReasonDoseNone, false, ""},
		// An activation of 4, under the default 5: a step down, which waits.
		{"a step down waits", []progression.Outing{rpOut(0, 40*kg, restpause.Decision{Reason: restpause.StopLifter}, 4, 2, 2)},
			progression.ReasonDoseNone, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decide(t, c, tt.h, time.Time{}, fatigue.DoseNone)
			if d.Action != progression.ActionHold || d.Load != 40*kg || d.Lead != tt.lead || d.RestPause || d.Steps != 0 || d.Cut != 0 {
				t.Errorf("got %v %v %v steps %d cut %d rest-pause %v, want hold 40kg led by %v without rest-pause\n%s",
					d.Action, d.Lead, d.Load, d.Steps, d.Cut, d.RestPause, tt.lead, d)
			}
			if d.Why.Has(progression.ReasonStalled) != tt.stalled {
				t.Errorf("Why %v: stalled %v, want %v", d.Why, !tt.stalled, tt.stalled)
			}
			if tt.text != "" && d.String() != tt.text {
				t.Errorf("got  %s\nwant %s", d, tt.text)
			}
		})
	}
}

// A technique signal holds an added rep as much as added load: 10s in 8-12
// would aim for 11, but a shortened range holds at 10.
func TestCoachTechniqueHoldsAddedReps(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}}
	o := out(0, 100*kg, 10, 10, 10)
	if d := decide(t, c, []progression.Outing{o}, time.Time{}, fatigue.DoseFull); d.Action != progression.ActionAddReps || d.Reps != 11 {
		t.Fatalf("without the signal: got %v x %d, want add reps to 11", d.Action, d.Reps)
	}
	o.Signals.RangeShortened = true
	d := decide(t, c, []progression.Outing{o}, time.Time{}, fatigue.DoseFull)
	if d.Action != progression.ActionHold || d.Lead != progression.ReasonTechniqueHeld || d.Load != 100*kg || d.Reps != 10 ||
		!d.Why.Has(progression.ReasonTargetsMet) || !d.Again {
		t.Errorf("got %v %v %v x %d again %v (why %v), want a technique hold at 100kg x 10 again that keeps targets-met among its reasons\n%s",
			d.Action, d.Lead, d.Load, d.Reps, d.Again, d.Why, d)
	}
	// Pain holds the target in force too: 12 prescribed at 100 kg and 10s
	// done keeps 12, never done at the load, so not "again".
	o.Signals = restpause.Signals{PainOrNerve: true}
	o.Want = progression.Prescription{Load: 100 * kg, Reps: 12}
	d = decide(t, c, []progression.Outing{o}, time.Time{}, fatigue.DoseFull)
	if d.Lead != progression.ReasonPainStop || d.Reps != 12 || d.Again {
		t.Errorf("pain with 12 prescribed: got %v %v x %d again %v, want a pain stop aiming for 12, not again\n%s", d.Action, d.Lead, d.Reps, d.Again, d)
	}
}

// A stall with nothing lighter is one set fewer for now: not from one set
// to none, and not again when the last session already had fewer sets
// than the one before it, however short the block.
func TestCoachStallSetFewer(t *testing.T) {
	c := progression.Coach{Weights: mustLadder(t, 100*kg, 110*kg), Range: repkit.RepRange{Min: 8, Max: 12}, StallSessions: 1}
	tests := []struct {
		name string
		h    []progression.Outing
		sets int // 0: no change in sets
	}{
		// A window of 1: the last session is a stall when it is no new best.
		{"three sets again: two", []progression.Outing{out(0, 100*kg, 8, 8, 8), out(3, 100*kg, 8, 8, 8)}, 2},
		{"one set again: not none", []progression.Outing{out(0, 100*kg, 8), out(3, 100*kg, 8)}, 0},
		{"already one fewer: not again", []progression.Outing{out(0, 100*kg, 8, 8, 8), out(3, 100*kg, 8, 8)}, 0},
		{"one fewer, three back", []progression.Outing{out(0, 100*kg, 8, 8, 8), out(3, 100*kg, 8, 8, 8), out(7, 100*kg, 8, 8)}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decide(t, c, tt.h, time.Time{}, fatigue.DoseFull)
			if d.Lead != progression.ReasonStalled || d.Action != progression.ActionHold || d.Sets != tt.sets {
				t.Errorf("got %v %v sets %d, want a stalled hold with sets %d\n%s", d.Lead, d.Action, d.Sets, tt.sets, d)
			}
			if said := strings.Contains(d.String(), "the deload is one set fewer for now"); said != (tt.sets > 0) {
				t.Errorf("sentence says one set fewer: %v, want %v\n%s", said, tt.sets > 0, d)
			}
		})
	}
}

// A cut of exactly the rule's 10% is not past it; a return from 100 kg on
// 2.5 kg steps is that cut.
func TestCoachCutAtTheRule(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}}
	h := []progression.Outing{out(0, 100*kg, 10, 10, 10)}
	d := decide(t, c, h, h[0].Date.AddDate(0, 0, 30), fatigue.DoseFull)
	if d.Load != 90*kg || d.Cut != 100 || d.Why.Has(progression.ReasonCutRounded) {
		t.Errorf("got %v cut %d why %v, want 90kg, a 10.0%% cut, not rounded past the rule\n%s", d.Load, d.Cut, d.Why, d)
	}
	if s := d.String(); strings.Contains(s, "more than the rule") {
		t.Errorf("sentence %q says the cut is past the rule", s)
	}
}

// "Again" says the lifter has already done the target at this load: said
// when the best at the load equals the target, not when it is under it.
func TestCoachAgain(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}}
	four := out(0, 100*kg, 10, 10, 10)
	four.Want = progression.Prescription{Load: 100 * kg, Reps: 10, Sets: 4}
	tests := []struct {
		name string
		h    []progression.Outing
		text string // the end of the sentence
	}{
		// 10s done, 4 sets of 10 prescribed, 3 done: 10 again.
		{"missing sets", []progression.Outing{four}, "stay at 100kg and aim for 4 sets of 10 reps again."},
		// 10s at 100 kg, then 10, 9, 9: the 10 in force was done before.
		{"a target done before", []progression.Outing{out(0, 100*kg, 10, 10, 10), out(3, 100*kg, 10, 9, 9)},
			"stay at 100kg and aim for 10 reps a set again."},
		// 9, 9, 8 at a first load meets 8: one more, 9, never done as the
		// weakest set.
		{"a target not done before", []progression.Outing{out(0, 100*kg, 9, 9, 8)}, "stay at 100kg and aim for 9 reps a set."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if s := decide(t, c, tt.h, time.Time{}, fatigue.DoseFull).String(); !strings.HasSuffix(s, tt.text) {
				t.Errorf("got  %s\nwant it to end %q", s, tt.text)
			}
		})
	}
}

// The sum of reps at its edges (11-15, the default total): one step up is
// not "far above"; below the range twice running steps down from the
// second rest-pause set on, and a straight-set session before does not
// count as the first time.
func TestCoachSumEdges(t *testing.T) {
	c := progression.Coach{Weights: steps(t)}
	dc := restpause.Decision{Reason: restpause.StopLifter}
	tests := []struct {
		name   string
		h      []progression.Outing
		lead   progression.Reason
		action progression.Action
		load   repkit.Load
		far    bool
		reps   int
		again  bool
	}{
		// 16 total: 1 + (16-15)/5 = 1 step.
		{"one step up", []progression.Outing{rpOut(0, 40*kg, dc, 10, 4, 2)}, progression.ReasonTotalAboveRange, progression.ActionAddLoad, 42500 * g, false, 11, false},
		// 18 total: 1 + (18-15)/5 = 1 step, the range being 5 reps wide.
		{"18 is one step", []progression.Outing{rpOut(0, 40*kg, dc, 10, 5, 3)}, progression.ReasonTotalAboveRange, progression.ActionAddLoad, 42500 * g, false, 11, false},
		// 20 total: 1 + 5/5 = 2 steps.
		{"two steps up", []progression.Outing{rpOut(0, 40*kg, dc, 12, 5, 3)}, progression.ReasonTotalAboveRange, progression.ActionAddLoad, 45 * kg, true, 11, false},
		// 9 then 9 at 40 kg: below 11 twice, one step down.
		{"below twice", []progression.Outing{rpOut(0, 40*kg, dc, 6, 2, 1), rpOut(3, 40*kg, dc, 6, 2, 1)},
			progression.ReasonBelowRangeTwice, progression.ActionReduceLoad, 37500 * g, false, 11, false},
		// 11, the bottom, then 9: below once; 11 was done at 40 kg, so
		// "again".
		{"the bottom, then below", []progression.Outing{rpOut(0, 40*kg, dc, 7, 2, 2), rpOut(3, 40*kg, dc, 6, 2, 1)},
			progression.ReasonTotalBelowRange, progression.ActionHold, 40 * kg, false, 11, true},
		// 9 alone: below once, 11 never done.
		{"below once", []progression.Outing{rpOut(0, 40*kg, dc, 6, 2, 1)},
			progression.ReasonTotalBelowRange, progression.ActionHold, 40 * kg, false, 11, false},
		// 12 in range: one more, 13, never done.
		{"in range", []progression.Outing{rpOut(0, 40*kg, dc, 8, 2, 2)},
			progression.ReasonTotalInRange, progression.ActionHold, 40 * kg, false, 13, false},
		// 13, then 12: 13 again.
		{"in range after more", []progression.Outing{rpOut(0, 40*kg, dc, 8, 3, 2), rpOut(3, 40*kg, dc, 8, 2, 2)},
			progression.ReasonTotalInRange, progression.ActionHold, 40 * kg, false, 13, true},
		// Straight sets of 5 at 40 kg, then a rest-pause total of 9: below
		// once, as a rest-pause set.
		{"straight sets before", []progression.Outing{out(0, 40*kg, 5, 5, 5), rpOut(3, 40*kg, dc, 6, 2, 1)},
			progression.ReasonTotalBelowRange, progression.ActionHold, 40 * kg, false, 11, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decide(t, c, tt.h, time.Time{}, fatigue.DoseFull)
			if d.Lead != tt.lead || d.Action != tt.action || d.Load != tt.load || d.Why.Has(progression.ReasonFarAboveRange) != tt.far ||
				d.Reps != tt.reps || d.Again != tt.again {
				t.Errorf("got %v %v %v x %d again %v (why %v), want %v %v %v x %d again %v, far above %v\n%s",
					d.Lead, d.Action, d.Load, d.Reps, d.Again, d.Why, tt.lead, tt.action, tt.load, tt.reps, tt.again, tt.far, d)
			}
		})
	}
}

// The inferred range's t is the lower quartile by nearest rank, the
// ceil(n/4)-th fewest: with 3 sessions the fewest, with 7 the second.
func TestCoachRangeQuartile(t *testing.T) {
	c := progression.Coach{Weights: steps(t)}
	tests := []struct {
		name     string
		measures []int // each session's fewest reps, at 100 kg
		want     repkit.RepRange
	}{
		// 5, 8, 8: the 1st is 5, in 3-5.
		{"three sessions", []int{8, 5, 8}, repkit.RepRange{Min: 3, Max: 5}},
		// 3, 5, 8, 8, 8, 8, 8: the 2nd is 5, in 3-5.
		{"seven sessions", []int{8, 8, 3, 8, 5, 8, 8}, repkit.RepRange{Min: 3, Max: 5}},
		// 5, 6, 8, 8, 8, 8, 8: the 2nd is 6, in 6-10.
		{"seven sessions, a 6", []int{8, 8, 5, 8, 6, 8, 8}, repkit.RepRange{Min: 6, Max: 10}},
		// A session of no reps takes no part (the Coach doc: "made at
		// least one rep"): 10, 10 leave 10, in 8-12; counted, the 0 would
		// be the 1st and give 3-5.
		{"a session of no reps", []int{10, 0, 10}, repkit.RepRange{Min: 8, Max: 12}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h []progression.Outing
			for i, m := range tt.measures {
				h = append(h, out(3*i, 100*kg, m, m))
			}
			if d := decide(t, c, h, time.Time{}, fatigue.DoseFull); d.Range != tt.want || !d.Why.Has(progression.ReasonRangeInferred) {
				t.Errorf("Range %v (why %v), want %v inferred", d.Range, d.Why, tt.want)
			}
		})
	}
}

// At the best load, a session with fewer reps in all is no new best, even
// done with more reps in reserve; as many reps with more in reserve is.
func TestCoachBestNeedsTheReps(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}}
	first := progression.Outing{Date: day0, Load: 100 * kg, Sets: withEffort(withEffort(withEffort(reps(8, 8, 8), 0, repkit.AtRIR(1)), 1, repkit.AtRIR(1)), 2, repkit.AtRIR(1))}
	easier := func(rs ...int) progression.Outing {
		o := progression.Outing{Date: day0.AddDate(0, 0, 3), Load: 100 * kg, Sets: reps(rs...)}
		for i := range o.Sets {
			o.Sets[i].Effort = repkit.AtRIR(3)
		}
		return o
	}
	// 8, 8, 7 at 3 RIR after 8, 8, 8 at 1 RIR: 23 reps, not 24.
	if d := decide(t, c, []progression.Outing{first, easier(8, 8, 7)}, time.Time{}, fatigue.DoseFull); d.Since != 1 || d.BestReps != 8 {
		t.Errorf("fewer reps, more in reserve: Since %d, best reps %d; want 1 session since the best of 8s", d.Since, d.BestReps)
	}
	// 8, 8, 8 at 3 RIR: as many reps, more in reserve: a new best.
	if d := decide(t, c, []progression.Outing{first, easier(8, 8, 8)}, time.Time{}, fatigue.DoseFull); d.Since != 0 {
		t.Errorf("as many reps, more in reserve: Since %d, want 0 (a new best)", d.Since)
	}
}

// A lighter session after a stall is the deload the stall called for, and
// restarts the window, unless the session before it was the second below
// the range at one load: that one took a step off, so a lighter session
// after it is not a deload (see stallOf). 8-12, a window of 2, 2.5 kg
// steps: 100 kg x 8, 8, two more sessions at 100 kg, 90 kg x 8, 8 (10%
// off), then 100 kg x 8, 8 again.
func TestCoachDeloadAfterBelowTwice(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}, StallSessions: 2}
	tests := []struct {
		name       string
		mid1, mid2 int // the fewest reps of the two sessions after the best
		since      int
		action     progression.Action
		lead       progression.Reason
		load       repkit.Load
	}{
		// 7s twice: below the range twice at 100 kg, a step off; 90 kg is
		// not the deload, so four sessions without a best: a stall, 10% off.
		{"below twice", 7, 7, 4, progression.ActionReduceLoad, progression.ReasonStalled, 90 * kg},
		// 8s twice: a stall, deloaded at 90 kg; 100 kg x 8, 8 is one
		// session since, under the window: one more rep.
		{"at the bottom twice", 8, 8, 1, progression.ActionAddReps, progression.ReasonTargetsMet, 100 * kg},
		// 8s, then 7s: below once, a stall, deloaded.
		{"the bottom, then below", 8, 7, 1, progression.ActionAddReps, progression.ReasonTargetsMet, 100 * kg},
		// 7s, then 8s: below once, a stall, deloaded.
		{"below, then the bottom", 7, 8, 1, progression.ActionAddReps, progression.ReasonTargetsMet, 100 * kg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := []progression.Outing{out(0, 100*kg, 8, 8), out(3, 100*kg, tt.mid1, tt.mid1), out(7, 100*kg, tt.mid2, tt.mid2),
				out(10, 90*kg, 8, 8), out(14, 100*kg, 8, 8)}
			d := decide(t, c, h, time.Time{}, fatigue.DoseFull)
			if d.Since != tt.since || d.Action != tt.action || d.Lead != tt.lead || d.Load != tt.load {
				t.Errorf("got since %d, %v %v %v; want since %d, %v %v %v\n%s", d.Since, d.Lead, d.Action, d.Load, tt.since, tt.lead, tt.action, tt.load, d)
			}
		})
	}
}

// Two more readings of the best (8-12, a window of 2, 2.5 kg steps). The
// deload is recognised by the next session of the same kind, past a
// rest-pause set between; a session at the best's load after a pain stop
// is no step down, so it counts toward a stall.
func TestCoachBestAcrossKindsAndSignals(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}, StallSessions: 2}
	dc := restpause.Decision{Reason: restpause.StopLifter}
	// 100 kg x 8, 8 three times (a stall), 90 kg x 8, 8 (the deload), a
	// rest-pause set, 100 kg x 8, 8: one session since the deload.
	h := []progression.Outing{out(0, 100*kg, 8, 8), out(3, 100*kg, 8, 8), out(7, 100*kg, 8, 8), out(10, 90*kg, 8, 8),
		rpOut(12, 40*kg, dc, 8, 2, 2), out(14, 100*kg, 8, 8)}
	if d := decide(t, c, h, time.Time{}, fatigue.DoseFull); d.Since != 1 || d.Action != progression.ActionAddReps {
		t.Errorf("a rest-pause set between: since %d, %v; want since 1 and one more rep\n%s", d.Since, d.Action, d)
	}
	// 100 kg x 8, 8, then a pain stop at 100 kg (not counted), then
	// 100 kg x 8, 8 again: one session without a best.
	pain := out(3, 100*kg, 8, 8)
	pain.Signals.PainOrNerve = true
	h = []progression.Outing{out(0, 100*kg, 8, 8), pain, out(7, 100*kg, 8, 8)}
	if d := decide(t, c, h, time.Time{}, fatigue.DoseFull); d.Since != 1 {
		t.Errorf("the best's load after a pain stop: since %d, want 1\n%s", d.Since, d)
	}
}

// A step down after a pain stop is working back, not a deload; once the
// lifter is back at the best's load that run is over, and a later deload
// after a stall is a deload: a stall after it is a change of exercise.
// 8-12, a window of 2, 2.5 kg steps.
func TestCoachSignalRunEndsAtTheBest(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}, StallSessions: 2}
	pain := out(3, 100*kg, 8, 8)
	pain.Signals.PainOrNerve = true
	h := []progression.Outing{
		out(0, 100*kg, 8, 8),                         // the best
		pain,                                         // not counted
		out(7, 97500*g, 8, 8),                        // the step down after it
		out(10, 100*kg, 8, 8), out(14, 100*kg, 8, 8), // back at the best: a stall
		out(17, 90*kg, 8, 8), out(21, 90*kg, 8, 8), out(24, 90*kg, 8, 8), // the deload, then a stall
	}
	d := decide(t, c, h, time.Time{}, fatigue.DoseFull)
	if d.Action != progression.ActionChangeExercise || d.Lead != progression.ReasonStalledAfterDeload {
		t.Errorf("got %v %v, want a change of exercise after a stalled deload\n%s", d.Lead, d.Action, d)
	}
	// Working back further down (97.5 kg, then 95 kg) is still working
	// back: a stall at 95 kg is a deload, 10% off to the nearest load,
	// 85 kg, not a change of exercise.
	h = []progression.Outing{out(0, 100*kg, 8, 8), pain, out(7, 97500*g, 8, 8), out(10, 95*kg, 8, 8), out(14, 95*kg, 8, 8), out(17, 95*kg, 8, 8)}
	d = decide(t, c, h, time.Time{}, fatigue.DoseFull)
	if d.Action != progression.ActionReduceLoad || d.Lead != progression.ReasonStalled || d.Load != 85*kg {
		t.Errorf("working back further: got %v %v %v, want a stall's deload to 85kg\n%s", d.Lead, d.Action, d.Load, d)
	}
}
