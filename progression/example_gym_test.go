package progression_test

import (
	"encoding/json"
	"fmt"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
)

// A lifter in a kilogram gym: each exercise's equipment gives the loads to
// round to, and body weight has none.
func ExampleKilogramGym() {
	gym := progression.KilogramGym()
	for _, ex := range []struct {
		eq   exercise.Equipment
		load repkit.Load
	}{
		{exercise.Dumbbell, 21 * repkit.Kilogram},   // between the rack's 20 and 22
		{exercise.Machine, 26 * repkit.Kilogram},    // 5 kg pins with a 2.5 kg add-on
		{exercise.Cable, 57 * repkit.Kilogram},      // 2.5 kg pins with a 1.25 kg add-on
		{exercise.Barbell, 101 * repkit.Kilogram},   // 20 kg bar, 1.25 kg plates
		{exercise.Bodyweight, 10 * repkit.Kilogram}, // no load to round
	} {
		w, err := gym.Weights(ex.eq)
		if err != nil {
			fmt.Println(ex.eq, err)
			continue
		}
		down, _ := progression.Round(w, ex.load, progression.RoundDown)
		up, _ := w.Next(down)
		fmt.Printf("%s: %v rounds down to %v; next up %v\n", ex.eq, ex.load, down, up)
	}
	// Output:
	// dumbbell: 21kg rounds down to 20kg; next up 22kg
	// machine: 26kg rounds down to 25kg; next up 27.5kg
	// cable: 57kg rounds down to 56.25kg; next up 57.5kg
	// barbell: 101kg rounds down to 100kg; next up 102.5kg
	// bodyweight progression: equipment "bodyweight": equipment whose resistance is not a load; its resistance is not a load to round; progress it by reps, or give the equipment that carries the load
}

// A lifter in a pound gym stores a profile: its own rack, read back from
// JSON with loads in pounds.
func ExamplePoundGym() {
	gym := progression.PoundGym()
	gym.Dumbbells = []repkit.Load{5 * repkit.Pound, 10 * repkit.Pound, 15 * repkit.Pound, 20 * repkit.Pound, 25 * repkit.Pound}
	gym.Bars = gym.Bars[:1] // the barbell only
	gym.Plates = gym.Plates[:2]
	gym.Kettlebells, gym.Machine, gym.Cable = nil, progression.CableStack{}, progression.CableStack{}
	b, _ := json.Marshal(gym)
	fmt.Println(string(b))

	var stored progression.Gym
	if err := json.Unmarshal(b, &stored); err != nil {
		fmt.Println(err)
		return
	}
	if err := stored.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	w, _ := stored.Weights(exercise.Dumbbell)
	l, _ := progression.Round(w, 22*repkit.Pound, progression.RoundDown)
	fmt.Println("22lb on the rack:", l.Format(stored.Unit))
	bar, _ := stored.Weights(exercise.Barbell)
	l, _ = progression.Round(bar, 140*repkit.Pound, progression.RoundDown)
	fmt.Println("140lb on the bar:", l.Format(stored.Unit))
	_, err := stored.Weights(exercise.Cable)
	fmt.Println(err)
	// Output:
	// {"unit":"lb","plates":[{"weight":"45lb","pairs":8},{"weight":"35lb","pairs":2}],"bars":[{"kind":"barbell","weight":"45lb"}],"dumbbells":["5lb","10lb","15lb","20lb","25lb"]}
	// 22lb on the rack: 20lb
	// 140lb on the bar: 135lb
	// progression: cable.pins "none": invalid equipment; list the stack's numbers, lightest first
}
