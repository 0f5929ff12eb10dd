package restpause_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/restpause"
)

// The guide's accessory finisher: bench keeps normal rest, the final chest
// exercise gets rest-pause in place of its straight sets.
func ExamplePlanner_Plan() {
	bench, _ := exercise.ByID("barbell-bench-press")
	fly, _ := exercise.ByID("cable-fly")
	lifter := fatigue.Lifter{Experience: fatigue.Intermediate}
	plan, err := restpause.Planner{}.Plan(lifter, fatigue.DoseFull, []restpause.PlanEntry{
		{Exercise: bench, Slot: restpause.SlotMain, Sets: restpause.StraightSets{Sets: 4, Reps: 6, Rest: 3 * time.Minute}},
		{Exercise: fly, Slot: restpause.SlotAccessory, Sets: restpause.StraightSets{Sets: 3, Reps: 15, Rest: 90 * time.Second}},
	})
	if err != nil {
		panic(err)
	}
	for _, it := range plan.Items {
		fmt.Println(it.Choice)
		for s := range it.Sentences() {
			fmt.Println(" ", s)
		}
	}
	// Output:
	// straight-sets
	//   Barbell Bench Press: main lifts keep normal rest, so load, bracing, range and performance stay easy to judge.
	// rest-pause
	//   Cable Fly: replace 3 x 15 at 1m30s rest (45 reps, about 5m15s) with one set of 15 at rpe 8-9 and 2 short bursts of 3-5 reps after 20s rests (at most 25 reps, about 1m55s): saves about 3m20s. That is at least 20 fewer reps than the straight sets; track total reps and do not add them back on top.
}

// Three weeks of every set and burst at failure on the pec deck.
func ExampleAuditor_Audit() {
	var history []restpause.Record
	for w := range 3 {
		history = append(history, restpause.Record{
			Date:       time.Date(2026, 3, 2+7*w, 18, 0, 0, 0, time.UTC),
			ExerciseID: "pec-deck", Exercise: "Pec Deck", Load: 40 * repkit.Kilogram,
			Activation: restpause.Burst{Reps: 11, Effort: repkit.AtRPE(10)},
			Bursts: []restpause.Burst{
				{Reps: 3, Rest: 20 * time.Second, Effort: repkit.AtRPE(10)},
				{Reps: 2, Rest: 20 * time.Second, Effort: repkit.AtRPE(10)},
			},
			Stop: restpause.Decision{Reason: restpause.StopLifter},
		})
	}
	rep, err := restpause.Auditor{}.Audit(history, nil)
	if err != nil {
		panic(err)
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Mistake, f.Records)
		fmt.Println(f.Explain(history))
	}
	// Output:
	// all-failure [0 1 2]
	// Every first set and every burst taken to failure: keep a small rep buffer; failure is not needed for growth and costs more fatigue. Sessions: 2026-03-02 2026-03-09 2026-03-16.
}
