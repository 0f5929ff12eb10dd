package progression

import "github.com/repkit/repkit"

// The presets below are starting points for a typical commercial gym in
// kilograms or pounds. Each call returns fresh values, so changing one never
// changes another; override any field with a literal. They panic for a unit
// other than repkit.UnitKilogram or repkit.UnitPound: the unit is a constant in
// the caller's code, so that is a programming mistake.

func gymUnit(fn string, u repkit.Unit) bool {
	switch u {
	case repkit.UnitKilogram:
		return true
	case repkit.UnitPound:
		return false
	}
	panic("progression: " + fn + ": unit must be repkit.Kilograms or repkit.Pounds, not " + u.String())
}

// barbell returns a bar weighing kgBar, or lbBar in pounds, with [Plates];
// fn names the preset when u is neither unit.
func barbell(fn string, u repkit.Unit, kgBar, lbBar repkit.Load) BarAndPlates {
	bar := lbBar
	if gymUnit(fn, u) {
		bar = kgBar
	}
	return BarAndPlates{Bar: bar, Plates: Plates(u)}
}

// steps returns first, first+step, ... up to and including last.
func steps(first, step, last repkit.Load) []repkit.Load {
	var out []repkit.Load
	for l := first; l <= last; l += step {
		out = append(out, l)
	}
	return out
}

const (
	kg = repkit.Kilogram
	g  = repkit.Gram
	lb = repkit.Pound
)

// Plates returns a gym's plate inventory in pairs. Kilograms: 8 pairs of
// 25 kg, and 2 pairs each of 20, 15, 10, 5, 2.5 and 1.25 kg. Pounds: 8 pairs
// of 45 lb, and 2 pairs each of 35, 25, 10, 5 and 2.5 lb.
func Plates(u repkit.Unit) []Plate {
	if gymUnit("Plates", u) {
		return []Plate{{25 * kg, 8}, {20 * kg, 2}, {15 * kg, 2}, {10 * kg, 2}, {5 * kg, 2}, {2500 * g, 2}, {1250 * g, 2}}
	}
	return []Plate{{45 * lb, 8}, {35 * lb, 2}, {25 * lb, 2}, {10 * lb, 2}, {5 * lb, 2}, {5 * lb / 2, 2}}
}

// Microplates returns fractional plates to append to [Plates], one pair of
// each size. Kilograms: 1, 0.5 and 0.25 kg, which with 1.25 kg plates make
// every multiple of 0.5 kg on the bar. Pounds: 1.25, 1, 0.5 and 0.25 lb.
func Microplates(u repkit.Unit) []Plate {
	if gymUnit("Microplates", u) {
		return []Plate{{1 * kg, 1}, {500 * g, 1}, {250 * g, 1}}
	}
	return []Plate{{5 * lb / 4, 1}, {1 * lb, 1}, {lb / 2, 1}, {lb / 4, 1}}
}

// StandardBarbell returns an Olympic bar (20 kg, or 45 lb) with [Plates].
func StandardBarbell(u repkit.Unit) BarAndPlates { return barbell("StandardBarbell", u, 20*kg, 45*lb) }

// EZCurlBar returns an EZ curl bar (10 kg, or 25 lb) with [Plates]. EZ bars vary
// from about 7 to 12 kg: weigh yours and set Bar.
func EZCurlBar(u repkit.Unit) BarAndPlates { return barbell("EZBar", u, 10*kg, 25*lb) }

// TrapBar returns a trap (hex) bar (25 kg, or 55 lb) with [Plates]. Trap bars
// vary from about 20 to 35 kg: weigh yours and set Bar.
func TrapBar(u repkit.Unit) BarAndPlates { return barbell("TrapBar", u, 25*kg, 55*lb) }

// SmithBar returns a Smith machine with an effective bar load of 15 kg
// (or 35 lb) and [Plates]. Smith bars are often counterbalanced and vary
// widely, from near 0 to 25 kg: set Bar to what yours really is.
func SmithBar(u repkit.Unit) BarAndPlates { return barbell("SmithMachine", u, 15*kg, 35*lb) }

// Dumbbells returns a dumbbell rack. Kilograms: 1 to 10 kg in 1 kg steps,
// then 12.5 to 50 kg in 2.5 kg steps. Pounds: 5 to 100 lb in 5 lb steps.
func Dumbbells(u repkit.Unit) FixedWeights {
	if gymUnit("Dumbbells", u) {
		return FixedWeights{Loads: append(steps(1*kg, 1*kg, 10*kg), steps(12500*g, 2500*g, 50*kg)...)}
	}
	return FixedWeights{Loads: steps(5*lb, 5*lb, 100*lb)}
}

// Kettlebells returns a kettlebell row. Kilograms: 4 to 28 kg in 2 kg steps,
// then 32 to 48 kg in 4 kg steps. Pounds: 10 to 50 lb in 5 lb steps, then
// 53, 60, 70, 80, 90 and 100 lb.
func Kettlebells(u repkit.Unit) FixedWeights {
	if gymUnit("Kettlebells", u) {
		return FixedWeights{Loads: append(steps(4*kg, 2*kg, 28*kg), steps(32*kg, 4*kg, 48*kg)...)}
	}
	return FixedWeights{Loads: append(steps(10*lb, 5*lb, 50*lb), 53*lb, 60*lb, 70*lb, 80*lb, 90*lb, 100*lb)}
}

// SelectorStack returns a pin-loaded machine stack: 5 to 100 kg in 5 kg
// steps, or 10 to 200 lb in 10 lb steps.
func SelectorStack(u repkit.Unit) Stack {
	if gymUnit("SelectorStack", u) {
		return Stack{Pins: steps(5*kg, 5*kg, 100*kg)}
	}
	return Stack{Pins: steps(10*lb, 10*lb, 200*lb)}
}

// CableColumn returns a cable column: pins from 2.5 to 50 kg in 2.5 kg
// steps with a 1.25 kg add-on, or 5 to 100 lb in 5 lb steps with a 2.5 lb
// add-on.
func CableColumn(u repkit.Unit) CableStack {
	if gymUnit("CableColumn", u) {
		return CableStack{Pins: steps(2500*g, 2500*g, 50*kg), AddOns: []repkit.Load{1250 * g}}
	}
	return CableStack{Pins: steps(5*lb, 5*lb, 100*lb), AddOns: []repkit.Load{5 * lb / 2}}
}
