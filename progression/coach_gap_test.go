package progression_test

import (
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
)

// The gap rules at their edges (DefaultReturnGap, 21 days, counted in whole
// days): a gap of exactly 21 days is not a return, 22 days is; a long gap
// before the last session marks it "returned"; a gap further back only
// starts the block. Each expected value is worked by hand from the Coach doc.
func TestCoachGapEdges(t *testing.T) {
	r812 := repkit.RepRange{Min: 8, Max: 12}
	c := progression.Coach{Weights: steps(t), Range: r812}
	h := []progression.Outing{out(0, 100*kg, 10, 10, 10)}
	last := h[0].Date

	// Today 21 days and 23 hours after: 21 whole days, not past the gap,
	// so 10s in 8-12 aim one rep higher at the same load.
	d := decide(t, c, h, last.Add(21*24*time.Hour+23*time.Hour), fatigue.DoseFull)
	if d.Lead == progression.ReasonReturnAfterGap || d.Action != progression.ActionAddReps || d.Reps != 11 {
		t.Errorf("21 days after: got %v %v x %d, want add reps to 11, not a return\n%s", d.Action, d.Lead, d.Reps, d)
	}
	// 22 days: a return. 10% off 100 kg is 90 kg on 2.5 kg steps, 4 steps;
	// the reps are the last session's, 10, clamped to 8-12.
	d = decide(t, c, h, last.AddDate(0, 0, 22), fatigue.DoseFull)
	if d.Lead != progression.ReasonReturnAfterGap || d.Action != progression.ActionReduceLoad || d.Load != 90*kg ||
		d.Steps != 4 || d.Reps != 10 || !d.Again || d.Away != 22*24*time.Hour {
		t.Errorf("22 days after: got %+v, want a return to 90kg x 10 after 22 days", d)
	}

	// Between sessions: 21 days apart is one block; 22 days apart starts a
	// new one, and the last session is then the first after the gap.
	for _, tt := range []struct {
		days     int
		returned bool
	}{{21, false}, {22, true}} {
		h := []progression.Outing{out(0, 100*kg, 10, 10, 10), out(tt.days, 100*kg, 10, 10, 10)}
		d := decide(t, c, h, time.Time{}, fatigue.DoseFull)
		if d.Why.Has(progression.ReasonReturned) != tt.returned {
			t.Errorf("sessions %d days apart: Why %v, returned %v, want %v", tt.days, d.Why, !tt.returned, tt.returned)
		}
		if want := time.Duration(0); tt.returned {
			want = time.Duration(tt.days) * 24 * time.Hour
			if d.Away != want {
				t.Errorf("sessions %d days apart: Away %v, want %v", tt.days, d.Away, want)
			}
			if s := d.String(); !strings.Contains(s, "First session back after 22 days away: earlier sessions do not count for stalls.") {
				t.Errorf("sessions %d days apart: sentence %q does not say it is the first back", tt.days, s)
			}
		} else if d.Away != want {
			t.Errorf("sessions %d days apart: Away %v, want 0", tt.days, d.Away)
		}
	}
	// A gap further back starts the block but the last session is not a
	// return: 30 days, then 3 more.
	h = []progression.Outing{out(0, 100*kg, 10, 10, 10), out(30, 100*kg, 10, 10, 10), out(33, 100*kg, 10, 10, 10)}
	if d := decide(t, c, h, time.Time{}, fatigue.DoseFull); d.Why.Has(progression.ReasonReturned) || d.Away != 0 {
		t.Errorf("a gap two sessions back: Why %v, Away %v; want neither returned nor away", d.Why, d.Away)
	}
}

// A return whose one step down is more than twice the cut comes back at
// the same load with the reps at the bottom of the range; exactly twice
// still steps down, and says its cut is past the rule's. With nothing lighter the load holds and the reps come
// down to the bottom of the range.
func TestCoachReturnStepTooBig(t *testing.T) {
	r812 := repkit.RepRange{Min: 8, Max: 12}
	h := []progression.Outing{out(0, 100*kg, 10, 10, 10)}
	today := h[0].Date.AddDate(0, 0, 30)
	tests := []struct {
		name   string
		loads  []repkit.Load
		action progression.Action
		load   repkit.Load
		steps  int
		reps   int
		capped bool // the cut taken is past the rule's, and said so
		text   string
	}{
		// 100 to 80 kg is a 20.0% cut, exactly twice the 10% rule: taken.
		{"twice the cut", []repkit.Load{80 * kg, 100 * kg}, progression.ActionReduceLoad, 80 * kg, 1, 10, true, "(20.0%)"},
		// 100 to 79 kg is 21.0%, more than twice: hold at 100 kg for 8s.
		{"more than twice", []repkit.Load{79 * kg, 100 * kg}, progression.ActionHold, 100 * kg, 0, 8, false, "would cut 21.0%, more than twice the rule's 10%, so the reps come down instead"},
		// Nothing under 100 kg: hold, reps down to 8.
		{"nothing lighter", []repkit.Load{100 * kg, 120 * kg}, progression.ActionHold, 100 * kg, 0, 8, false, "Nothing lighter than 100kg is available, so the reps come down instead"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := progression.Coach{Weights: mustLadder(t, tt.loads...), Range: r812}
			d := decide(t, c, h, today, fatigue.DoseFull)
			if d.Lead != progression.ReasonReturnAfterGap || d.Action != tt.action || d.Load != tt.load || d.Steps != tt.steps || d.Reps != tt.reps {
				t.Errorf("got %v %v %v steps %d x %d, want %v %v steps %d x %d\n%s",
					d.Lead, d.Action, d.Load, d.Steps, d.Reps, tt.action, tt.load, tt.steps, tt.reps, d)
			}
			if got := d.Why.Has(progression.ReasonCutRounded); got != tt.capped {
				t.Errorf("Why %v: ReasonCutRounded %v, want %v", d.Why, got, tt.capped)
			}
			if s := d.String(); !strings.Contains(s, tt.text) {
				t.Errorf("sentence %q lacks %q", s, tt.text)
			}
		})
	}
}

// A cut's steps are counted up to 1000: on a ladder of 1 g steps, a
// return's 10% off 100 kg is 10000 steps down to 90 kg, reported as 1000.
func TestCoachStepsCountUpTo1000(t *testing.T) {
	loads := make([]repkit.Load, 0, 100000)
	for l := g; l <= 100*kg; l += g {
		loads = append(loads, l)
	}
	c := progression.Coach{Weights: mustLadder(t, loads...), Range: repkit.RepRange{Min: 8, Max: 12}}
	h := []progression.Outing{out(0, 100*kg, 10, 10, 10)}
	d := decide(t, c, h, h[0].Date.AddDate(0, 0, 22), fatigue.DoseFull)
	if d.Action != progression.ActionReduceLoad || d.Load != 90*kg || d.Steps != 1000 {
		t.Errorf("a return on 1 g steps: %v to %v, %d steps; want reduce load to 90kg, 1000 steps\n%s", d.Action, d.Load, d.Steps, d)
	}
}
