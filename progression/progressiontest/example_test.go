package progressiontest_test

import (
	"fmt"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/progression/progressiontest"
)

// everyFiveKilos is a custom machine: any multiple of 5 kg up to 100 kg. Its
// Next forgets the top of the range, so the checker reports it.
type everyFiveKilos struct{}

const step = 5 * exercise.Kilogram

func (everyFiveKilos) Achievable(l exercise.Load) bool {
	return l >= step && l <= 100*exercise.Kilogram && l%step == 0
}

func (everyFiveKilos) Next(l exercise.Load) (exercise.Load, bool) {
	if l < step {
		return step, true
	}
	return (l/step + 1) * step, true // bug: goes past 100 kg
}

func (everyFiveKilos) Prev(l exercise.Load) (exercise.Load, bool) {
	if l <= step {
		return 0, false
	}
	if l > 100*exercise.Kilogram {
		return 100 * exercise.Kilogram, true
	}
	return (l - 1) / step * step, true
}

func ExampleCheck() {
	fmt.Println("selector stack:", progressiontest.Check(progression.SelectorStack(exercise.Kilograms)))

	fmt.Println(progressiontest.Check(everyFiveKilos{}, 100*exercise.Kilogram))
	// Output:
	// selector stack: <nil>
	// progressiontest: Next(100kg) = 105kg, which Achievable rejects
}
