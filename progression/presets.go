package progression

import "github.com/repkit/repkit"

// The presets below describe a typical commercial gym in kilograms or
// pounds. Each call returns fresh values, so changing one never changes
// another; override any field, or write a literal for the lifter's own
// equipment. Their values are typical of commercial equipment, not one
// maker's catalogue: each doc comment lists them and says why, and the
// tests check that each preset is ascending with no gap wider than the
// comment states. [KilogramGym] and [PoundGym] assemble them into a [Gym].
//
// A unit other than [repkit.UnitKilogram] or [repkit.UnitPound], the zero
// Unit included, is a [*FieldError] with Field "unit" wrapping
// [repkit.ErrUnit]: in a server the unit comes from user data.

// checkGymUnit returns nil for kilograms and pounds, else the preset error.
func checkGymUnit(u repkit.Unit) error {
	if u == repkit.UnitKilogram || u == repkit.UnitPound {
		return nil
	}
	return &FieldError{Field: "unit", Value: u.String(), Err: repkit.ErrUnit, Hint: "give kg or lb"}
}

// pick returns kgV for kilograms and lbV for pounds, or the unit error.
func pick[T any](u repkit.Unit, kgV, lbV func() T) (T, error) {
	if err := checkGymUnit(u); err != nil {
		var zero T
		return zero, err
	}
	if u == repkit.UnitKilogram {
		return kgV(), nil
	}
	return lbV(), nil
}

// barbell returns a bar weighing kgBar, or lbBar in pounds, with [Plates].
func barbell(u repkit.Unit, kgBar, lbBar repkit.Load) (BarAndPlates, error) {
	plates, err := Plates(u)
	if err != nil {
		return BarAndPlates{}, err
	}
	bar := lbBar
	if u == repkit.UnitKilogram {
		bar = kgBar
	}
	return BarAndPlates{Bar: bar, Plates: plates}, nil
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
// 25 kg, and 2 pairs each of 20, 15, 10, 5, 2.5 and 1.25 kg (1.25 kg
// change plates make 2.5 kg steps on the bar).
// Pounds: 8 pairs of 45 lb, and 2 pairs each of 35, 25, 10, 5 and 2.5 lb
// (5 lb steps on the bar). An error for a unit other than kg or lb.
func Plates(u repkit.Unit) ([]Plate, error) {
	return pick(u, func() []Plate {
		return []Plate{{25 * kg, 8}, {20 * kg, 2}, {15 * kg, 2}, {10 * kg, 2}, {5 * kg, 2}, {2500 * g, 2}, {1250 * g, 2}}
	}, func() []Plate {
		return []Plate{{45 * lb, 8}, {35 * lb, 2}, {25 * lb, 2}, {10 * lb, 2}, {5 * lb, 2}, {5 * lb / 2, 2}}
	})
}

// Microplates returns fractional plates to append to [Plates], one pair of
// each size. Kilograms: 1, 0.5 and 0.25 kg, which with 1.25 kg plates make
// every multiple of 0.5 kg on the bar. Pounds: 1.25, 1, 0.5 and 0.25 lb.
// An error for a unit other than kg or lb.
func Microplates(u repkit.Unit) ([]Plate, error) {
	return pick(u, func() []Plate {
		return []Plate{{1 * kg, 1}, {500 * g, 1}, {250 * g, 1}}
	}, func() []Plate {
		return []Plate{{5 * lb / 4, 1}, {1 * lb, 1}, {lb / 2, 1}, {lb / 4, 1}}
	})
}

// StandardBarbell returns an Olympic bar (20 kg, or 45 lb) with [Plates]:
// loads from the empty bar up in 2.5 kg (or 5 lb) steps. An error for a
// unit other than kg or lb.
func StandardBarbell(u repkit.Unit) (BarAndPlates, error) { return barbell(u, 20*kg, 45*lb) }

// EZCurlBar returns an EZ curl bar (10 kg, or 25 lb) with [Plates]. EZ bars
// vary from about 7 to 12 kg: weigh yours and set Bar. An error for a unit
// other than kg or lb.
func EZCurlBar(u repkit.Unit) (BarAndPlates, error) { return barbell(u, 10*kg, 25*lb) }

// TrapBar returns a trap (hex) bar (25 kg, or 55 lb) with [Plates]. Trap
// bars vary from about 20 to 35 kg: weigh yours and set Bar. An error for
// a unit other than kg or lb.
func TrapBar(u repkit.Unit) (BarAndPlates, error) { return barbell(u, 25*kg, 55*lb) }

// SmithBar returns a Smith machine with an effective bar load of 15 kg
// (or 35 lb) and [Plates]. Smith bars are often counterbalanced and vary
// widely, from near 0 to 25 kg: set Bar to what yours really is. An error
// for a unit other than kg or lb.
func SmithBar(u repkit.Unit) (BarAndPlates, error) { return barbell(u, 15*kg, 35*lb) }

// Dumbbells returns a dumbbell rack; a load is one dumbbell. Kilograms:
// 1 to 10 kg in 1 kg steps, then 12 to 50 kg in 2 kg steps (12, 14, ...,
// 22, ..., 50), the spacing of the fixed rubber-hex and urethane racks
// common in kilogram gyms, so no gap is wider than 2 kg and 22 kg is
// there. Racks in 2.5 kg steps (12.5, 15, 17.5, ...) are the other common
// kind: write a literal or use [NewLadder] for those. Pounds: 5 to 100 lb in
// 5 lb steps, the usual commercial rack (no gap wider than 5 lb); heavier
// racks to 120 or 150 lb extend it. An error for a unit other than kg or
// lb.
func Dumbbells(u repkit.Unit) (FixedWeights, error) {
	return pick(u, func() FixedWeights {
		return FixedWeights{Loads: append(steps(1*kg, 1*kg, 10*kg), steps(12*kg, 2*kg, 50*kg)...)}
	}, func() FixedWeights {
		return FixedWeights{Loads: steps(5*lb, 5*lb, 100*lb)}
	})
}

// Kettlebells returns a kettlebell row. Kilograms: 4 to 28 kg in 2 kg
// steps, then 32 to 48 kg in 4 kg steps (the traditional 8, 12, 16, 20,
// 24, 32 and 48 kg bells with the 2 kg sizes between that commercial
// makers fill in). Pounds: 10 to 50 lb in 5 lb steps, then 53 (the 24 kg
// "pood and a half" sold as 53 lb), 60, 70, 80, 90 and 100 lb. No gap is
// wider than 4 kg or 10 lb. An error for a unit other than kg or lb.
func Kettlebells(u repkit.Unit) (FixedWeights, error) {
	return pick(u, func() FixedWeights {
		return FixedWeights{Loads: append(steps(4*kg, 2*kg, 28*kg), steps(32*kg, 4*kg, 48*kg)...)}
	}, func() FixedWeights {
		return FixedWeights{Loads: append(steps(10*lb, 5*lb, 50*lb), 53*lb, 60*lb, 70*lb, 80*lb, 90*lb, 100*lb)}
	})
}

// SelectorStack returns a pin-loaded machine (a leg extension, a machine
// curl or press): a stack of 5 kg plates, pins 5 to 100 kg, with a 2.5 kg
// add-on weight; or 10 lb plates, pins 10 to 200 lb, with a 5 lb add-on.
// Every load from 5 to 102.5 kg in 2.5 kg steps (10 to 205 lb in 5 lb
// steps) is achievable.
//
// Why the add-on: a bare 5 kg stack moves a machine curl from 25 to 30 kg,
// +20% in one step, more than a double progression should ask of an
// isolation exercise; the half-plate add-on that most commercial stacks
// carry (a small weight slid or flipped onto the top plate) halves that
// step, to 27.5 kg. A machine without one: use the Pins alone, as a
// [Stack]. Heavier stacks (a leg press or a lat pulldown to 120 kg and
// more) extend Pins. An error for a unit other than kg or lb.
func SelectorStack(u repkit.Unit) (CableStack, error) {
	return pick(u, func() CableStack {
		return CableStack{Pins: steps(5*kg, 5*kg, 100*kg), AddOns: []repkit.Load{2500 * g}}
	}, func() CableStack {
		return CableStack{Pins: steps(10*lb, 10*lb, 200*lb), AddOns: []repkit.Load{5 * lb}}
	})
}

// CableColumn returns a cable column (a pulley for pushdowns, lateral
// raises, flyes): pins 2.5 to 100 kg in 2.5 kg steps with a 1.25 kg
// add-on, so every load from 2.5 to 101.25 kg in 1.25 kg steps; or pins 5
// to 200 lb in 5 lb steps with a 2.5 lb add-on, every load from 5 to
// 202.5 lb in 2.5 lb steps.
//
// Why: commercial cable stacks go to about 80-100 kg (200-250 lb), and
// the fine steps suit the small muscles cables are used for, where a 5 kg
// jump on a lateral raise is half the load. Stacks in 5 kg (10 lb) plates
// with a 2.5 kg (5 lb) add-on are as common: use [SelectorStack] for those.
// An error for a unit other than kg or lb.
func CableColumn(u repkit.Unit) (CableStack, error) {
	return pick(u, func() CableStack {
		return CableStack{Pins: steps(2500*g, 2500*g, 100*kg), AddOns: []repkit.Load{1250 * g}}
	}, func() CableStack {
		return CableStack{Pins: steps(5*lb, 5*lb, 200*lb), AddOns: []repkit.Load{5 * lb / 2}}
	})
}
