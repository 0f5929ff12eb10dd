package progression

import (
	"math/bits"
	"strconv"

	"github.com/repkit/repkit"
)

// A Plate is one size of plate in an inventory and how many pairs of it
// there are. Bars are loaded symmetrically, so plates count in pairs.
type Plate struct {
	Weight repkit.Load `json:"weight"` // one plate, heavier than zero
	Pairs  int         `json:"pairs"`  // pairs available; zero means none
}

// A BarAndPlates is a bar and the plates that load it in pairs: an Olympic bar,
// an EZ bar, a trap bar or a Smith machine differ only in Bar, the load of
// the empty bar (for a counterbalanced Smith machine, its effective load).
// The achievable loads are Bar plus twice the sum of any choice of plates
// from the inventory.
//
// Build one as a literal, or start from [StandardBarbell], [EZCurlBar],
// [TrapBar] or [SmithBar] and change its fields. The zero BarAndPlates is an
// empty bar that weighs nothing with no plates: only 0 is achievable.
//
// BarAndPlates works out its achievable loads on every call, exactly, in integer
// steps of the greatest common divisor of the plate weights, with no
// allocation and a bounded search: an inventory with more than 16,384
// distinct per-side totals (for example kilogram and pound plates mixed, so
// the common step is tiny) fails [BarAndPlates.Validate] with [ErrEquipment].
// A call costs about a microsecond; where that matters, build a [Ladder]
// once with [BarAndPlates.Ladder]. A BarAndPlates is safe for concurrent use as long
// as nobody modifies its Plates.
//
// JSON: {"bar":"20kg","plates":[{"weight":"25kg","pairs":8}]}.
type BarAndPlates struct {
	Bar    repkit.Load `json:"bar"`
	Plates []Plate     `json:"plates"`
}

// maxBarbellSteps bounds the per-side totals a Barbell searches, and so the
// stack memory and time of every call.
const maxBarbellSteps = 1 << 14

// maxPairs bounds the pairs of one plate size, far beyond any gym.
const maxPairs = 1000

type plateBits [maxBarbellSteps / 64]uint64

// Validate reports a bar or plate that is negative, zero-weight or absurdly
// heavy, a negative pair count, or an inventory too fine to search, with an
// error wrapping [ErrEquipment].
func (b BarAndPlates) Validate() error {
	_, _, err := b.shape()
	return err
}

// shape returns the per-side step (the gcd of the plate weights in use) and
// the number of steps up to the heaviest per-side total.
func (b BarAndPlates) shape() (step repkit.Load, steps int64, err error) {
	if err := checkEquipmentLoad("bar", b.Bar, false); err != nil {
		return 0, 0, err
	}
	var total repkit.Load
	for i, p := range b.Plates {
		if err := checkEquipmentLoad("plate weight", p.Weight, true); err != nil {
			return 0, 0, errAt(err, "plates["+strconv.Itoa(i)+"].weight")
		}
		if p.Pairs < 0 || p.Pairs > maxPairs {
			return 0, 0, errInt("plates["+strconv.Itoa(i)+"].pairs", p.Pairs, ErrEquipment, "give 0 to 1000 pairs")
		}
		if p.Pairs == 0 {
			continue
		}
		step = gcd(step, p.Weight)
		total += p.Weight * repkit.Load(p.Pairs)
		if total > maxEquipmentLoad {
			return 0, 0, errLoad("plates", total, ErrEquipment, "give at most 10000kg a side")
		}
	}
	if step == 0 {
		return 0, 0, nil
	}
	steps = int64(total / step)
	if steps >= maxBarbellSteps {
		return 0, 0, &FieldError{Field: "plates", Value: strconv.FormatInt(steps, 10) + " steps of " + step.String(),
			Err: ErrEquipment, Hint: "more than 16384 distinct per-side totals; give plates of one unit system, kg or lb"}
	}
	return step, steps, nil
}

// A plateTable is a BarAndPlates worked out once: bit i of set is on when
// i*step can be loaded on each side, up to steps. The lookups of
// BarAndPlates build one per call; [DoubleProgression] builds one per call
// for all its lookups.
type plateTable struct {
	set   plateBits
	bar   repkit.Load
	step  repkit.Load // zero: no plates, only the bar
	steps int64
}

// build fills t from b, or returns b's [BarAndPlates.Validate] error.
func (t *plateTable) build(b BarAndPlates) error {
	step, steps, err := b.shape()
	if err != nil {
		return err
	}
	t.bar, t.step, t.steps = b.Bar, step, steps
	t.set[0] = 1
	if step == 0 {
		return nil
	}
	reach := int64(0) // highest per-side total reached so far, in steps
	for _, p := range b.Plates {
		if p.Pairs == 0 {
			continue
		}
		w := int64(p.Weight / step)
		// Bounded multiplicity by binary splitting: chunks of 1, 2, 4, ...
		// pairs then the rest, each a single shift-or of the whole set.
		for left, chunk := int64(p.Pairs), int64(1); left > 0; chunk *= 2 {
			c := min(chunk, left)
			left -= c
			reach += w * c
			shiftOr(&t.set, w*c, reach)
		}
	}
	return nil
}

// shiftOr sets set |= set << by, for bits up to hi.
func shiftOr(set *plateBits, by, hi int64) {
	words, rem := by/64, uint(by%64)
	for i := hi / 64; i >= words; i-- {
		v := set[i-words] << rem
		if rem != 0 && i-words-1 >= 0 {
			v |= set[i-words-1] >> (64 - rem)
		}
		set[i] |= v
	}
}

func has(set *plateBits, i int64) bool { return set[i/64]&(1<<uint(i%64)) != 0 }

// Achievable reports whether l is the bar plus a pair-wise choice of plates.
func (b BarAndPlates) Achievable(l repkit.Load) bool {
	var t plateTable
	return t.build(b) == nil && t.achievable(l)
}

func (t *plateTable) achievable(l repkit.Load) bool {
	if l < t.bar {
		return false
	}
	d := l - t.bar
	if t.step == 0 {
		return d == 0
	}
	if d%(2*t.step) != 0 || int64(d/(2*t.step)) > t.steps {
		return false
	}
	return has(&t.set, int64(d/(2*t.step)))
}

// Next returns the lightest achievable load heavier than l.
func (b BarAndPlates) Next(l repkit.Load) (repkit.Load, bool) {
	var t plateTable
	if t.build(b) != nil {
		return 0, false
	}
	return t.next(l)
}

func (t *plateTable) next(l repkit.Load) (repkit.Load, bool) {
	l = clampBelowZero(l)
	if l < t.bar {
		return t.bar, true
	}
	if t.step == 0 {
		return 0, false
	}
	for i := int64((l-t.bar)/(2*t.step)) + 1; i <= t.steps; i++ {
		if has(&t.set, i) {
			return t.bar + 2*t.step*repkit.Load(i), true
		}
	}
	return 0, false
}

// Prev returns the heaviest achievable load lighter than l.
func (b BarAndPlates) Prev(l repkit.Load) (repkit.Load, bool) {
	var t plateTable
	if t.build(b) != nil {
		return 0, false
	}
	return t.prev(l)
}

func (t *plateTable) prev(l repkit.Load) (repkit.Load, bool) {
	if l <= t.bar {
		return 0, false
	}
	if t.step == 0 {
		return t.bar, true
	}
	i := t.steps
	if d := l - t.bar; d <= 2*t.step*repkit.Load(t.steps) {
		i = int64((d+2*t.step-1)/(2*t.step)) - 1 // the last step strictly below d
	}
	for ; i >= 0; i-- {
		if has(&t.set, i) {
			return t.bar + 2*t.step*repkit.Load(i), true
		}
	}
	return 0, false
}

// Ladder returns every load b can make, precomputed for fast lookups, or the
// error from [BarAndPlates.Validate].
func (b BarAndPlates) Ladder() (Ladder, error) {
	var t plateTable
	if err := t.build(b); err != nil {
		return Ladder{}, err
	}
	if t.step == 0 {
		return Ladder{loads: []repkit.Load{b.Bar}}, nil
	}
	n := 0
	for _, w := range t.set {
		n += bits.OnesCount64(w)
	}
	loads := make([]repkit.Load, 0, n)
	for i := int64(0); i <= t.steps; i++ {
		if has(&t.set, i) {
			loads = append(loads, b.Bar+2*t.step*repkit.Load(i))
		}
	}
	return Ladder{loads: loads}, nil
}

func gcd(a, b repkit.Load) repkit.Load {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
