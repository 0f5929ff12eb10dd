package progression_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
)

// A lifter on a pound gym's bench press: every set of the last session
// reached the top of 8-12, so the next load is the bar's next step, in
// pounds (45 lb bar, 2.5 lb plates in pairs: 135 to 140 lb).
func ExampleCoach_pounds() {
	gym := progression.PoundGym()
	bar, err := gym.Weights(exercise.Barbell)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := progression.Coach{Weights: bar, Unit: repkit.UnitPound, Range: repkit.RepRange{Min: 8, Max: 12}}
	sets := []progression.WorkSet{{Reps: 12}, {Reps: 12}, {Reps: 12}}
	d, err := c.Decide([]progression.Outing{{Load: 135 * repkit.Pound, Sets: sets}}, time.Time{}, fatigue.DoseFull)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d)
	// Output:
	// Every set reached 12 reps or more, the top of 8-12: add 5lb, to 140lb, and aim for 8 reps a set.
}

// Pull-ups at body weight: reps build first (the range at body weight
// alone is at least 6-10), and at the top of the range the added load
// comes from the gym's dumbbells, held or hung from a belt.
func ExampleCoach_bodyweight() {
	added, err := progression.KilogramGym().WeightsFor(exercise.Bodyweight, repkit.LoadBodyweight)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := progression.Coach{Weights: added, Kind: repkit.LoadBodyweight}
	day := time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC)
	sixes := progression.Outing{Date: day, Sets: []progression.WorkSet{{Reps: 6}, {Reps: 6}, {Reps: 6}}}
	tens := progression.Outing{Date: day.AddDate(0, 0, 3), Sets: []progression.WorkSet{{Reps: 10}, {Reps: 10}, {Reps: 10}}}
	for _, h := range [][]progression.Outing{{sixes}, {sixes, tens}} {
		d, err := c.Decide(h, time.Time{}, fatigue.DoseFull)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(d)
	}
	// Output:
	// Every set reached at least 6 reps, meeting the target of 6: stay at body weight and aim for 7 reps a set. (Range 6-10 inferred from your sets.)
	// Every set reached 10 reps or more, the top of 6-10: add 1kg to body weight (a plate held, a vest or a belt), and aim for 6 reps a set. (Range 6-10 inferred from your sets.)
}

// An assisted pull-up machine: the load logged is the help, so progress
// takes help off, and a stall adds it back (one step of the stack when the
// lifter's body weight is not known).
func ExampleCoach_assisted() {
	stack, err := progression.KilogramGym().WeightsFor(exercise.Machine, repkit.LoadAssisted)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := progression.Coach{Weights: stack, Kind: repkit.LoadAssisted, Range: repkit.RepRange{Min: 8, Max: 12}}
	top := []progression.WorkSet{{Reps: 12}, {Reps: 12}, {Reps: 12}}
	d, err := c.Decide([]progression.Outing{{Load: 30 * repkit.Kilogram, Sets: top}}, time.Time{}, fatigue.DoseFull)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d)
	// Output:
	// Every set reached 12 reps or more, the top of 8-12: take 2.5kg of assistance off, to 27.5kg of assistance, and aim for 8 reps a set.
}
