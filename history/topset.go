package history

import "github.com/repkit/repkit"

// TopSet returns the index in sets of the top set: the hardest load that
// counts as work (every kind but warm-ups, with at least one rep), the
// most reps at that load, and the first of equals. Which load is hardest
// is kind's: the heaviest for external and body-weight loads, the least
// assistance for [repkit.LoadAssisted] (an assisted pull-up at 30, 40 and
// 50 lb of help tops out at the 30 lb set, and more help is never a new
// best; see [repkit.LoadKind.Harder]). It reports false when no set
// counts.
func TopSet(kind repkit.LoadKind, sets []Set) (int, bool) {
	top := -1
	for i := range sets {
		s := &sets[i]
		if !s.Kind.Counts() || s.Reps <= 0 {
			continue
		}
		if top < 0 || kind.Harder(s.Load, sets[top].Load) || s.Load == sets[top].Load && s.Reps > sets[top].Reps {
			top = i
		}
	}
	return top, top >= 0
}

// TopSet returns [TopSet] of the exercise's sets for its LoadKind.
func (e ExerciseLog) TopSet() (int, bool) { return TopSet(e.LoadKind, e.Sets) }
