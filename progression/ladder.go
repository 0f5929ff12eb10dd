package progression

import (
	"slices"
	"strconv"

	"github.com/repkit/repkit"
)

// A Ladder is a precomputed set of achievable loads, kept sorted so that
// every lookup is a binary search with no allocation. Build one from any
// list with [NewLadder], or from a [BarAndPlates] with [BarAndPlates.Ladder] to avoid
// its per-call search in a hot loop. The zero Ladder has no loads. A Ladder
// is immutable and safe for concurrent use.
type Ladder struct {
	loads []repkit.Load // strictly ascending, each >= 0
}

// NewLadder returns a Ladder of the given loads in any order; duplicates are
// dropped. A negative load is an error wrapping [ErrEquipment]. The loads are
// copied, so the caller may reuse the slice.
func NewLadder(loads ...repkit.Load) (Ladder, error) {
	for i, l := range loads {
		if err := checkEquipmentLoad("load", l, false); err != nil {
			return Ladder{}, errAt(err, "loads["+strconv.Itoa(i)+"]")
		}
	}
	s := slices.Clone(loads)
	slices.Sort(s)
	return Ladder{loads: slices.Compact(s)}, nil
}

// Loads returns a copy of the achievable loads in ascending order.
func (d Ladder) Loads() []repkit.Load { return slices.Clone(d.loads) }

// Len returns the number of achievable loads.
func (d Ladder) Len() int { return len(d.loads) }

// Achievable reports whether l is one of the ladder's loads.
func (d Ladder) Achievable(l repkit.Load) bool {
	_, found := slices.BinarySearch(d.loads, l)
	return found
}

// Next returns the lightest load on the ladder heavier than l.
func (d Ladder) Next(l repkit.Load) (repkit.Load, bool) {
	i, found := slices.BinarySearch(d.loads, l)
	if found {
		i++
	}
	if i >= len(d.loads) {
		return 0, false
	}
	return d.loads[i], true
}

// Prev returns the heaviest load on the ladder lighter than l.
func (d Ladder) Prev(l repkit.Load) (repkit.Load, bool) {
	i, _ := slices.BinarySearch(d.loads, l)
	if i == 0 {
		return 0, false
	}
	return d.loads[i-1], true
}
