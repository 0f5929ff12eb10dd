// Command busylifter is the rest-pause guide's busy lifter: three straight
// sets of lateral raises are replaced by one hard set plus a few short
// bursts. It prints the plan with the time it saves and the total reps,
// then runs the set, which ends when the traps take over a burst.
//
//	go run ./examples/busylifter
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/restpause"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "busylifter:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	raise, ok := exercise.ByID("cable-lateral-raise")
	if !ok {
		return fmt.Errorf("catalog lacks cable-lateral-raise")
	}
	lifter := fatigue.Lifter{Experience: fatigue.Intermediate}
	today, err := fatigue.Assess(lifter, fatigue.CheckIn{Sleep: 7*time.Hour + 30*time.Minute})
	if err != nil {
		return err
	}
	straight := restpause.StraightSets{Sets: 3, Reps: 12, Rest: 90 * time.Second}
	plan, err := restpause.Planner{}.Plan(lifter, today.Dose, []restpause.PlanEntry{
		{Exercise: raise, Slot: restpause.SlotAccessory, Sets: straight},
	})
	if err != nil {
		return err
	}
	item := plan.Items[0]
	if item.Choice != restpause.ChoiceRestPause {
		return fmt.Errorf("planner kept straight sets: %v", item.Reasons)
	}
	rp := item.Replacement
	fmt.Fprintf(w, "dose today: %s\n", today.Dose)
	for s := range item.Sentences() {
		fmt.Fprintln(w, s)
	}
	fmt.Fprintf(w, "plan: %d reps in place of %d; estimated %v instead of %v, saving %v\n",
		rp.TotalReps, rp.Replaced, rp.Time, rp.Straight, rp.Saved())

	// Run the set. The lifter logs what happened; the session decides.
	s, err := restpause.NewSession(rp.Protocol(), restpause.Start{
		Date:       time.Date(2026, 4, 14, 7, 0, 0, 0, time.UTC),
		ExerciseID: raise.ID, Exercise: raise.Name, Load: 10 * repkit.Kilogram,
	})
	if err != nil {
		return err
	}
	if err := s.LogActivation(restpause.Burst{Reps: 12, Effort: repkit.AtRIR(2)}); err != nil {
		return err
	}
	bursts := []restpause.Burst{
		{Reps: 5, Rest: 20 * time.Second},
		{Reps: 5, Rest: 20 * time.Second},
		// The traps take over the third burst: the target muscle no longer
		// limits the set, so it ends here.
		{Reps: 4, Rest: 20 * time.Second, Signals: restpause.Signals{TargetNotLimiting: true}},
		{Reps: 4, Rest: 20 * time.Second},
	}
	for _, b := range bursts {
		if s.Ended() {
			break
		}
		if err := s.LogBurst(b); err != nil {
			return err
		}
	}
	r := s.Record()
	fmt.Fprintf(w, "done: %d + %d reps = %d total at %s\n", r.ActivationReps(), r.BurstReps(), r.TotalReps(), r.Load.Display(r.Unit))
	fmt.Fprintf(w, "why it ended: %s\n", r.Stop)
	fmt.Fprintf(w, "set time, rests included: %v for %d reps; the straight sets were %d reps in about %v\n",
		r.Elapsed(), r.TotalReps(), rp.Replaced, rp.Straight)
	if short := rp.Replaced - r.TotalReps(); short > 0 {
		fmt.Fprintf(w, "%d reps short of the straight sets: track total reps and let them climb at this load; do not add sets on top.\n", short)
	}
	// DESIGN.md section 7: no claim beyond the evidence. Enes et al. 2021
	// found volume-matched rest-pause and traditional sets gave similar
	// gains, in trained men doing lower-body work (leg press, knee
	// extension): no evidence of more growth, for raises or anything else.
	fmt.Fprintln(w, "rest-pause here buys time and density; it is not a proven upgrade for growth (Enes et al. 2021 found similar gains to straight sets, in lower-body training).")
	return nil
}
