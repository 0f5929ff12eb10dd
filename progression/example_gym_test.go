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

// A first myo-reps set: the lifter's last leg curls were 40 kg for 15, 13
// and 12 reps at 2, 1 and 0 reps in reserve. An activation of 20 reps at 1
// RIR stands for 21 reps to failure; the first set stood for 17, so 40 x
// 47/51 = 36.9 kg, rounded down on the machine to 35 kg. A DC first
// mini-set of 7 to failure from the same set: 40 x 81.1% x 47/28.56 =
// 53.4 kg, so 52.5 kg.
func ExampleFirstLoad() {
	curl, err := progression.KilogramGym().Weights(exercise.Machine)
	if err != nil {
		fmt.Println(err)
		return
	}
	history := []progression.Performance{{Load: 40 * repkit.Kilogram, Sets: []progression.WorkSet{
		{Reps: 15, Effort: repkit.AtRIR(2)}, {Reps: 13, Effort: repkit.AtRIR(1)}, {Reps: 12, Effort: repkit.AtRIR(0)},
	}}}
	for _, target := range []struct {
		reps int
		rir  repkit.RIR
	}{{20, 1}, {15, 2}, {7, 0}, {25, 2}} {
		l, err := progression.FirstLoad(history, target.reps, target.rir, curl)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%d reps at %d RIR: %v\n", target.reps, target.rir, l)
	}
	// Output:
	// 20 reps at 1 RIR: 35kg
	// 15 reps at 2 RIR: 40kg
	// 7 reps at 0 RIR: 52.5kg
	// progression: reps "25": out of range; give 1 to 23 reps at RIR 2: reps + RIR of at most 25
}

// A pound-gym lifter's dumbbell curls: 30 lb for 12 at RPE 8 (2 RIR, so
// 14 reps to failure) and 11 at RPE 9 (12). A myo-reps activation of 15 at
// 1 RIR (16 to failure): 30 x 44/46 = 28.7 lb from the first set, and the
// rack has 25 and 30 lb, so 25 lb.
func ExampleFirstLoad_pounds() {
	gym := progression.PoundGym()
	dumbbells, err := gym.Weights(exercise.Dumbbell)
	if err != nil {
		fmt.Println(err)
		return
	}
	history := []progression.Performance{{Load: 30 * repkit.Pound, Sets: []progression.WorkSet{
		{Reps: 12, Effort: repkit.AtRPE(8)}, {Reps: 11, Effort: repkit.AtRPE(9)},
	}}}
	l, err := progression.FirstLoad(history, 15, 1, dumbbells)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Format(gym.Unit))
	// Output: 25lb
}

// From an e1RM of 100 kg: the RTS chart covers 8 reps at 2 RIR (73.9%);
// 15 at 2 RIR is past the chart (LoadForRTS refuses it), and the first
// load continues the chart along Epley's curve for up to 5 reps: 100 x
// 68.0% x 42/47 = 60.8 kg, 60 kg on the bar. 20 at 2 RIR is too far from a
// single to say.
func ExampleFirstLoadFromE1RM() {
	bar, err := progression.KilogramGym().Weights(exercise.Barbell)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, reps := range []int{8, 15, 20} {
		l, err := progression.FirstLoadFromE1RM(100*repkit.Kilogram, reps, 2, bar)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%d reps at 2 RIR: %v\n", reps, l)
	}
	// Output:
	// 8 reps at 2 RIR: 72.5kg
	// 15 reps at 2 RIR: 60kg
	// progression: reps "20": out of range; give 1 to 15 reps at RIR 2: reps + RIR of at most 17 from an e1RM; for longer sets give FirstLoad straight sets near the target
}
