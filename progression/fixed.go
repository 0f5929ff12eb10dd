package progression

import (
	"strconv"

	"github.com/repkit/repkit"
)

// FixedWeights is equipment that comes in fixed loads: a rack of dumbbells,
// a row of kettlebells, fixed barbells. Loads may be listed in any order and
// may repeat. A dumbbell exercise's load is the load of one dumbbell, as gym
// logs record it. The zero FixedWeights has nothing achievable.
//
// Lookups scan the list, which is fast for a gym's worth of weights and never
// allocates. Start from [Dumbbells] or [Kettlebells], or write a literal.
// Safe for concurrent use as long as nobody modifies Loads.
//
// JSON: {"loads":["10kg","12kg"]}.
type FixedWeights struct {
	Loads []repkit.Load `json:"loads"`
}

// Validate reports a negative or absurdly heavy load with an error wrapping
// [ErrEquipment].
func (f FixedWeights) Validate() error {
	for i, l := range f.Loads {
		if err := checkEquipmentLoad("load", l, false); err != nil {
			return errAt(err, "loads["+strconv.Itoa(i)+"]")
		}
	}
	return nil
}

// Achievable reports whether l is one of the weights.
func (f FixedWeights) Achievable(l repkit.Load) bool {
	for _, x := range f.Loads {
		if x == l && x >= 0 {
			return true
		}
	}
	return false
}

// Next returns the lightest weight heavier than l.
func (f FixedWeights) Next(l repkit.Load) (repkit.Load, bool) {
	best, ok := repkit.Load(0), false
	for _, x := range f.Loads {
		if x > l && x >= 0 && (!ok || x < best) {
			best, ok = x, true
		}
	}
	return best, ok
}

// Prev returns the heaviest weight lighter than l.
func (f FixedWeights) Prev(l repkit.Load) (repkit.Load, bool) {
	best, ok := repkit.Load(0), false
	for _, x := range f.Loads {
		if x < l && x >= 0 && (!ok || x > best) {
			best, ok = x, true
		}
	}
	return best, ok
}
