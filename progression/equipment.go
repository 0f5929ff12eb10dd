package progression

import "github.com/repkit/repkit"

// Weights says which loads a lifter can actually set up: a barbell with
// its plates, a rack of dumbbells, a pin-selected stack. Every load this
// package recommends is achievable on the Weights it was given.
//
// # Contract
//
// An implementation must be:
//   - consistent: Next(l), when it reports true, returns the lightest
//     achievable load strictly heavier than l, and Prev(l) the heaviest
//     achievable load strictly lighter than l; Achievable agrees with both.
//     No load below zero is achievable; Next of a negative load is the
//     lightest achievable load.
//   - pure: the same answers for the same arguments, no I/O, no clock.
//   - safe for concurrent use, and it must not retain or modify anything
//     passed to it.
//
// Implementations may report every load as not achievable when they are
// misconfigured; if they also have a Validate() error method, [Round] and
// the progressions report that error instead of a confusing "not
// achievable". The conformance checkers
// [github.com/repkit/repkit/progression/progressiontest.TestEquipment] and
// [github.com/repkit/repkit/progression/progressiontest.Run] test these
// rules for any implementation.
//
// Round is a package function, not a method, so that an implementation needs
// only the three lookups and every piece of equipment rounds by the same
// rules (ties down, an achievable load unchanged).
//
// The built-in implementations are [BarAndPlates], [FixedWeights], [Stack],
// [CableStack], [AddOns] and the precomputed [Ladder].
type Weights interface {
	// Achievable reports whether l can be set up exactly.
	Achievable(l repkit.Load) bool
	// Next returns the lightest achievable load strictly heavier than l,
	// and false if there is none.
	Next(l repkit.Load) (repkit.Load, bool)
	// Prev returns the heaviest achievable load strictly lighter than l,
	// and false if there is none.
	Prev(l repkit.Load) (repkit.Load, bool)
}

// validator is the optional method equipment uses to explain a bad setup.
type validator interface{ Validate() error }

// validateEquipment returns e's own Validate error, or an error for a nil e.
func validateEquipment(e Weights) error {
	if e == nil {
		return &FieldError{Field: "equipment", Value: "nil", Err: ErrEquipment, Hint: "give the equipment the loads come from, such as a Barbell or a Stack"}
	}
	if v, ok := e.(validator); ok {
		return v.Validate()
	}
	return nil
}

// Round returns the load e can make that is closest to target in the
// direction mode says; an achievable target is returned unchanged, so Round
// is idempotent. The zero mode is [RoundDown], the conservative choice.
//
// A negative target is an error wrapping [repkit.ErrInvalid]; no achievable load in
// the asked direction (a target below the empty bar, rounding down) is an
// error wrapping [ErrNotAchievable]; equipment whose Validate method fails
// returns that error. Round allocates only on error.
func Round(e Weights, target repkit.Load, mode RoundMode) (repkit.Load, error) {
	if err := validateEquipment(e); err != nil {
		return 0, err
	}
	if target < 0 {
		return 0, errLoad("target", target, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	if mode > RoundUp {
		return 0, errInt("mode", int(mode), repkit.ErrInvalid, "give RoundDown, RoundNearest or RoundUp")
	}
	if e.Achievable(target) {
		return target, nil
	}
	down, okDown := e.Prev(target)
	up, okUp := e.Next(target)
	switch {
	case mode == RoundDown && okDown, mode == RoundNearest && okDown && (!okUp || target-down <= up-target):
		return down, nil
	case mode != RoundDown && okUp:
		return up, nil
	case mode == RoundDown:
		return 0, errLoad("target", target, ErrNotAchievable, "the equipment makes nothing this light; give a heavier target")
	case mode == RoundUp:
		return 0, errLoad("target", target, ErrNotAchievable, "the equipment makes nothing this heavy; give a lighter target")
	}
	return 0, errLoad("target", target, ErrNotAchievable, "the equipment makes no load at all; check its description")
}

// checkAchievable returns nil if l is a load e can make, else an error
// naming field.
func checkAchievable(e Weights, field string, l repkit.Load) error {
	if l < 0 {
		return errLoad(field, l, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	if !e.Achievable(l) {
		return errLoad(field, l, ErrNotAchievable, hintNotAchievable)
	}
	return nil
}

// hintNotAchievable is the hint for a load the equipment cannot make.
const hintNotAchievable = "the equipment cannot make this load; round it to one it can make"

// clampBelowZero maps every negative load to -1, so equipment arithmetic on
// a hostile argument such as math.MinInt64 cannot overflow.
func clampBelowZero(l repkit.Load) repkit.Load {
	if l < 0 {
		return -1
	}
	return l
}

// maxEquipmentLoad bounds every load a piece of equipment is described with,
// so sums of plates and add-ons cannot overflow: ten tonnes is far beyond any
// gym and far below repkit.MaxLoad.
const maxEquipmentLoad = 10_000 * repkit.Kilogram

func checkEquipmentLoad(field string, l repkit.Load, positive bool) error {
	switch {
	case l < 0:
		return errLoad(field, l, ErrEquipment, "give a load of 0kg or more")
	case positive && l == 0:
		return errLoad(field, l, ErrEquipment, "give a load heavier than 0kg")
	case l > maxEquipmentLoad:
		return errLoad(field, l, ErrEquipment, "give at most 10000kg")
	}
	return nil
}
