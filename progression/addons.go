package progression

import (
	"strconv"

	"github.com/repkit/repkit"
)

// maxAddOns bounds the add-on weights, so a lookup tries at most 64 subsets.
const maxAddOns = 6

// AddOns is equipment with extra weights that can be added to any load of
// its Base: magnetic microplates on a dumbbell, add-on plates on a cable
// stack, a chain on a bar. Each weight is used at most once, alone or with
// the others, so the achievable loads are every Base load plus the sum of
// any subset of Weights. It is a Weights combinator in the way
// slog handlers wrap other handlers; E is the base's type, so wrapping a
// struct such as [Stack] costs no allocation.
//
// At most 6 weights are allowed (64 combinations per lookup).
//
// JSON: {"base":{"pins":["5kg","10kg"]},"weights":["2.5kg"]}, the base in
// its own JSON.
type AddOns[E Weights] struct {
	Base    E             `json:"base"`
	Weights []repkit.Load `json:"weights"`
}

// Validate reports a bad base (if it has a Validate method), more than 6
// weights, or a weight that is not heavier than zero, with an error wrapping
// [ErrEquipment].
func (a AddOns[E]) Validate() error {
	if err := validateBase(a.Base); err != nil {
		return err
	}
	return validateAddOns(a.Weights)
}

// validateBase is validateEquipment for a base of a known type without
// boxing it in an interface, which would allocate on every call: AddOns and
// CableStack are validated on every progression step.
func validateBase[E Weights](base E) error {
	switch b := any(base).(type) {
	case Stack:
		return b.Validate()
	case FixedWeights:
		return b.Validate()
	case BarAndPlates:
		return b.Validate()
	case Ladder:
		return nil
	}
	return validateEquipment(base)
}

// validateAddOns checks add-on weights: at most 6, each heavier than zero.
func validateAddOns(weights []repkit.Load) error {
	if len(weights) > maxAddOns {
		return errInt("addons", len(weights), ErrEquipment, "give at most 6 add-on weights")
	}
	for i, w := range weights {
		if err := checkEquipmentLoad("addon", w, true); err != nil {
			return errAt(err, "addons["+strconv.Itoa(i)+"]")
		}
	}
	return nil
}

func (a AddOns[E]) valid() bool {
	if len(a.Weights) > maxAddOns {
		return false
	}
	for _, w := range a.Weights {
		if w <= 0 || w > maxEquipmentLoad {
			return false
		}
	}
	return true
}

// subsetSum returns the total of the weights whose bits are set in mask.
func (a AddOns[E]) subsetSum(mask int) repkit.Load {
	var sum repkit.Load
	for i, w := range a.Weights {
		if mask&(1<<i) != 0 {
			sum += w
		}
	}
	return sum
}

// Achievable reports whether l is a Base load plus some of the weights.
func (a AddOns[E]) Achievable(l repkit.Load) bool {
	if !a.valid() || l < 0 {
		return false
	}
	for mask := range 1 << len(a.Weights) {
		if rest := l - a.subsetSum(mask); rest >= 0 && a.Base.Achievable(rest) {
			return true
		}
	}
	return false
}

// Next returns the lightest Base-plus-weights load heavier than l.
func (a AddOns[E]) Next(l repkit.Load) (repkit.Load, bool) { return a.nearest(l, false) }

// Prev returns the heaviest Base-plus-weights load lighter than l.
func (a AddOns[E]) Prev(l repkit.Load) (repkit.Load, bool) { return a.nearest(l, true) }

// nearest tries every subset of the weights on top of Base: the lightest
// load heavier than l, or with down the heaviest lighter than l.
func (a AddOns[E]) nearest(l repkit.Load, down bool) (repkit.Load, bool) {
	if !a.valid() {
		return 0, false
	}
	l = clampBelowZero(l)
	best, found := repkit.Load(0), false
	for mask := range 1 << len(a.Weights) {
		sum := a.subsetSum(mask)
		var b repkit.Load
		var ok bool
		if down {
			if sum >= l {
				continue
			}
			b, ok = a.Base.Prev(l - sum)
		} else {
			b, ok = a.Base.Next(l - sum)
		}
		if ok && (!found || down && b+sum > best || !down && b+sum < best) {
			best, found = b+sum, true
		}
	}
	return best, found
}
