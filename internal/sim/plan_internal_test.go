package sim

import (
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// loadDone is the load of an outing: its rest-pause set's, or its straight
// sets'.
func loadDone(o progression.Outing) repkit.Load {
	if len(o.RestPause) > 0 {
		return o.RestPause[0].Load
	}
	return o.Load
}

// TestLifterDoesTheDecision: each session is done at the load the decision
// before it (the Event of the exercise's previous session) chose, except
// after a change of exercise, where the variation starts a new record at
// the 2.5 kg step for about 10 reps (straight sets) or 8 (a rest-pause
// set) at that day's capacity, with nothing prescribed. Checked over
// Plateaued lifters with every kind of noise, who get changes of exercise
// (at least one is required, so that the test cannot pass by never
// meeting one).
func TestLifterDoesTheDecision(t *testing.T) {
	p := Plateaued()
	p.PainChance, p.TechniqueChance, p.MissChance, p.BreakChance, p.StressChance = 0.05, 0.05, 0.1, 0.02, 0.05
	changes, followed := 0, 0
	for seed := range uint64(6) {
		r := simulate(t, p, seed, 52)
		var prev [exercises]*Event
		for i := range r.Events {
			e := &r.Events[i]
			if q := prev[e.Exercise]; q != nil {
				switch got := loadDone(e.Outing); {
				case q.Next.Action == progression.ActionChangeExercise:
					changes++
					want := startLoad(e.Capacity, map[bool]int{true: 8, false: 10}[len(e.Outing.RestPause) > 0])
					if got != want || e.Outing.Want != (progression.Prescription{}) {
						t.Errorf("seed %d week %d ex %d: first session of a variation at %v prescribed %+v, want %v and nothing", seed, e.Week, e.Exercise, got, e.Outing.Want, want)
					}
				case got != q.Next.Load:
					t.Errorf("seed %d week %d ex %d: done at %v, decided %v", seed, e.Week, e.Exercise, got, q.Next.Load)
				default:
					followed++
				}
			}
			prev[e.Exercise] = e
		}
	}
	if changes == 0 || followed == 0 {
		t.Errorf("%d changes of exercise, %d sessions after a decision: want some of each", changes, followed)
	}
}
