package exercise_test

import (
	"fmt"
	"strings"

	"github.com/repkit/repkit/exercise"
)

// An app asks whether a catalog exercise suits rest-pause, and why not.
func ExampleClassify() {
	for _, name := range []string{"Lateral Raise (Cable)", "Bench Press (Dumbbell)", "Squat (Barbell)"} {
		ex, ok := exercise.Lookup(name)
		if !ok {
			continue
		}
		a := exercise.Classify(ex)
		fmt.Printf("%s: %v\n", ex.Name, a.Verdict)
		for r := range a.Reasons.All() {
			fmt.Printf("  %s: %s\n", r.Code(), r.Sentence())
		}
		if advice := a.Advice(); advice != "" {
			fmt.Printf("  instead: %s\n", advice)
		}
	}
	// Output:
	// Cable Lateral Raise: suitable
	// Dumbbell Bench Press: caution
	//   moderate-skill: Technique matters here and fades as fatigue builds during short rests.
	//   careful-stop: A rep that does not come up needs a controlled exit, such as safeties, a spotter or lowering heavy dumbbells.
	//   instead: Prefer a machine or cable version for rest-pause, or keep a rep buffer and stop as soon as technique changes.
	// Barbell Back Squat: unsuitable
	//   high-skill: Technique is most of this exercise; with short rests it degrades before the target muscle is worked hard.
	//   self-stabilised-compound: You hold both the load and your body on their path, so fatigue spreads beyond the target muscle.
	//   bracing-limited: Holding your trunk braced limits the set, so short rests wear down bracing, not the target muscle.
	//   hard-stop: A rep that does not come up leaves the load on your back, over your head or in motion, with no simple way out.
	//   spinal-load: The spine carries a heavy load, and short rests add fatigue to the trunk that holds it.
	//   form-drift: Body English (sagging, twisting, swinging) tends to creep into tired reps.
	//   instead: Use straight sets with normal rest (more than 60 s, longer for heavy work) so every rep stays practice of good technique; use rest-pause on a machine or cable accessory for the same muscles.
}

// An app describes its own exercise by its traits; no catalog needed.
func ExampleClassify_ownExercise() {
	ex := exercise.Exercise{
		ID: "landmine-press", Name: "Half-Kneeling Landmine Press",
		Equipment: exercise.OtherEquipment, Mechanics: exercise.Compound,
		Skill: exercise.SkillModerate, Stability: exercise.SelfStabilised,
		Limiter: exercise.TargetMuscle, StopSafety: exercise.StopEasy,
		SpinalLoad: exercise.SpinalLight, FormDrift: exercise.DriftLow,
	}
	a := exercise.Classify(ex)
	fmt.Println(a.Verdict, a.Reasons)
	// Output: caution moderate-skill,self-stabilised-compound
}

// A history importer maps app exercise names to catalog entries.
func ExampleLookup() {
	for _, logged := range []string{"Lat Pulldown (Cable)", "Bent Over Row (Barbell)", "Zercher Carry (Sandbag)"} {
		ex, ok := exercise.Lookup(logged)
		if !ok {
			fmt.Printf("%s -> not in the catalog\n", logged)
			continue
		}
		fmt.Printf("%s -> %s (%v)\n", logged, ex.ID, exercise.Classify(ex).Verdict)
	}
	// Output:
	// Lat Pulldown (Cable) -> lat-pulldown (suitable)
	// Bent Over Row (Barbell) -> barbell-bent-over-row (unsuitable)
	// Zercher Carry (Sandbag) -> not in the catalog
}

// A planner lists the catalog's suitable exercises for a muscle.
func ExampleAll() {
	for ex := range exercise.Builtin() {
		if ex.PrimaryMuscles.Has(exercise.Triceps) && exercise.Classify(ex).Verdict == exercise.Suitable {
			fmt.Println(ex.ID)
		}
	}
	// Output:
	// assisted-dip-machine
	// overhead-cable-triceps-extension
	// seated-dip-machine
	// triceps-pushdown
}

// Decoding a free-exercise-db file: traits are inferred from the entry.
func ExampleDecodeFreeExerciseDB() {
	in := `[{"id":"Leg_Extensions","name":"Leg Extensions","force":"push","level":"beginner",
	  "mechanic":"isolation","equipment":"machine","primaryMuscles":["quadriceps"],
	  "secondaryMuscles":[],"instructions":[],"category":"strength","images":[]},
	 {"id":"Lunge","name":"Dumbbell Lunges","force":"push","level":"beginner",
	  "mechanic":"compound","equipment":"dumbbell","primaryMuscles":["quadriceps"],
	  "secondaryMuscles":[],"instructions":[],"category":"strength","images":[]}]`
	exs, warnings, err := exercise.DecodeFreeExerciseDB(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ex := range exs {
		a := exercise.Classify(ex)
		fmt.Println(strings.TrimSpace(fmt.Sprint(ex.ID, " ", a.Verdict, " ", a.Reasons)))
	}
	fmt.Println(len(warnings), "warnings")
	// Output:
	// Leg_Extensions suitable
	// Lunge unsuitable moderate-skill,self-stabilised-compound,balance-limited,form-drift
	// 0 warnings
}
