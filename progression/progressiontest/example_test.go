package progressiontest_test

import (
	"fmt"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/progression/progressiontest"
)

// everyFiveKilos is a custom machine: any multiple of 5 kg up to 100 kg. Its
// Next forgets the top of the range, so the checker reports it.
type everyFiveKilos struct{}

const step = 5 * repkit.Kilogram

func (everyFiveKilos) Achievable(l repkit.Load) bool {
	return l >= step && l <= 100*repkit.Kilogram && l%step == 0
}

func (everyFiveKilos) Next(l repkit.Load) (repkit.Load, bool) {
	if l < step {
		return step, true
	}
	return (l/step + 1) * step, true // bug: goes past 100 kg
}

func (everyFiveKilos) Prev(l repkit.Load) (repkit.Load, bool) {
	if l <= step {
		return 0, false
	}
	if l > 100*repkit.Kilogram {
		return 100 * repkit.Kilogram, true
	}
	return (l - 1) / step * step, true
}

func ExampleTestWeights() {
	stack, err := progression.SelectorStack(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("selector stack:", progressiontest.TestWeights(stack))

	fmt.Println(progressiontest.TestWeights(everyFiveKilos{}, 100*repkit.Kilogram))
	// Output:
	// selector stack: <nil>
	// progressiontest: next: Next(100kg) = 105kg, which Achievable rejects
}
