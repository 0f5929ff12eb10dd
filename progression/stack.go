package progression

import (
	"slices"
	"strconv"

	"github.com/repkit/repkit"
)

// A Stack is a selectorised weight stack: a pin picks one of its plates, so
// the achievable loads are the numbers on the stack, one per pin position,
// lightest first. Those numbers are often not the real load on the muscle
// (pulleys, cams and lever arms change it, and stacks of the same brand
// differ), so progression on a Stack counts steps: the next load is the next
// pin, whatever the numbers say. Log and prescribe the stack numbers.
//
// Pins must be strictly ascending; [Stack.Validate] says which one is not.
// Take the Pins of [SelectorStack] or write a literal. The zero Stack has
// no pins.
// Safe for concurrent use as long as nobody modifies Pins.
//
// JSON: {"pins":["5kg","10kg"]}.
type Stack struct {
	Pins []repkit.Load `json:"pins"`
}

// Validate reports a negative, absurd or out-of-order pin with an error
// wrapping [ErrEquipment].
func (s Stack) Validate() error {
	for i, l := range s.Pins {
		if err := checkEquipmentLoad("pin", l, false); err != nil {
			return errAt(err, "pins["+strconv.Itoa(i)+"]")
		}
		if i > 0 && l <= s.Pins[i-1] {
			return errLoad("pins["+strconv.Itoa(i)+"]", l, ErrEquipment, "give the pins lightest first, each heavier than the one before")
		}
	}
	return nil
}

// valid is Validate without building an error, for the lookups.
func (s Stack) valid() bool {
	for i, l := range s.Pins {
		if l < 0 || l > maxEquipmentLoad || i > 0 && l <= s.Pins[i-1] {
			return false
		}
	}
	return true
}

// Index returns the pin position of l, counting from 0 for the lightest,
// and false if l is not on the stack.
func (s Stack) Index(l repkit.Load) (int, bool) {
	if !s.valid() {
		return 0, false
	}
	return slices.BinarySearch(s.Pins, l)
}

// Achievable reports whether l is a number on the stack.
func (s Stack) Achievable(l repkit.Load) bool {
	_, ok := s.Index(l)
	return ok
}

// Next returns the next pin heavier than l: one step up the stack.
func (s Stack) Next(l repkit.Load) (repkit.Load, bool) {
	if !s.valid() {
		return 0, false
	}
	return Ladder{loads: s.Pins}.Next(l)
}

// Prev returns the next pin lighter than l: one step down the stack.
func (s Stack) Prev(l repkit.Load) (repkit.Load, bool) {
	if !s.valid() {
		return 0, false
	}
	return Ladder{loads: s.Pins}.Prev(l)
}

// A CableStack is a selectorised [Stack] with add-on weights: the small
// plates that hang on the stack's top, or a second pin, to make loads between
// pins. Each add-on can be used once, alone or with others. With no AddOns it
// is a plain Stack. Start from [SelectorStack] (a machine) or
// [CableColumn], or write a literal.
type CableStack struct {
	Pins   []repkit.Load `json:"pins,omitempty"`   // the stack numbers, strictly ascending
	AddOns []repkit.Load `json:"addons,omitempty"` // at most 6 add-on weights, each heavier than zero
}

// IsZero reports whether c has no pins and no add-ons: no such equipment.
// A [Gym] leaves such a stack out of its JSON (the omitzero of its tags).
func (c CableStack) IsZero() bool { return len(c.Pins) == 0 && len(c.AddOns) == 0 }

// Validate reports a bad pin or add-on, or more than 6 add-ons, with an
// error wrapping [ErrEquipment].
func (c CableStack) Validate() error {
	if err := (Stack{Pins: c.Pins}).Validate(); err != nil {
		return err
	}
	return validateAddOns(c.AddOns)
}

func (c CableStack) addOns() AddOns[Stack] {
	return AddOns[Stack]{Base: Stack{Pins: c.Pins}, Weights: c.AddOns}
}

// Achievable reports whether l is a pin plus some of the add-ons.
func (c CableStack) Achievable(l repkit.Load) bool { return c.addOns().Achievable(l) }

// Next returns the lightest pin-plus-add-ons load heavier than l.
func (c CableStack) Next(l repkit.Load) (repkit.Load, bool) { return c.addOns().Next(l) }

// Prev returns the heaviest pin-plus-add-ons load lighter than l.
func (c CableStack) Prev(l repkit.Load) (repkit.Load, bool) { return c.addOns().Prev(l) }
