package progression_test

import (
	"fmt"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// A lifter's plan says 101 kg; the gym's plates make 100 or 102.5 kg.
func ExampleRound() {
	bar, err := progression.StandardBarbell(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, mode := range []progression.RoundMode{progression.RoundDown, progression.RoundNearest, progression.RoundUp} {
		l, _ := progression.Round(bar, 101*repkit.Kilogram, mode)
		fmt.Println(mode, l)
	}
	next, _ := bar.Next(100 * repkit.Kilogram)
	fmt.Println("next up from 100kg:", next)
	// Output:
	// down 100kg
	// nearest 100kg
	// up 102.5kg
	// next up from 100kg: 102.5kg
}

// A selectorised stack counts pins, whatever the numbers on it say; a cable
// column's add-on fills the gap between pins.
func ExampleCableStack() {
	cable, err := progression.CableColumn(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	loads := []any{5 * repkit.Kilogram}
	for range 3 {
		next, _ := cable.Next(loads[len(loads)-1].(repkit.Load))
		loads = append(loads, next)
	}
	fmt.Println(loads...)
	stack := progression.Stack{Pins: []repkit.Load{40 * repkit.Kilogram, 45 * repkit.Kilogram, 50 * repkit.Kilogram}}
	pin, _ := stack.Index(45 * repkit.Kilogram)
	up, _ := stack.Next(45 * repkit.Kilogram)
	fmt.Println("pin", pin+1, "of", len(stack.Pins), "next", up)
	// Output:
	// 5kg 6.25kg 7.5kg 8.75kg
	// pin 2 of 3 next 50kg
}

// Microplates turn 2.5 kg jumps on the bar into 0.5 kg ones.
func ExampleMicroplates() {
	bar, err := progression.StandardBarbell(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	micro, err := progression.Microplates(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	bar.Plates = append(bar.Plates, micro...)
	next, _ := bar.Next(100 * repkit.Kilogram)
	fmt.Println(next)
	// Output: 100.5kg
}
