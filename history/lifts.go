package history

import (
	"slices"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// A Lift is one exercise of a history as [progression.Coach] reads it: the
// name as logged, what its loads mean, and one Outing for each workout
// that did it, oldest first. It is a plain value, safe to read from many
// goroutines. Its JSON has the keys name, load_kind (omitted when
// external) and outings (omitted when empty), each outing in
// [progression.Outing]'s own JSON.
type Lift struct {
	Name     string               `json:"name"`               // the exercise's name as logged
	LoadKind repkit.LoadKind      `json:"load_kind,omitzero"` // what its loads mean
	Outings  []progression.Outing `json:"outings,omitempty"`  // one per workout that did it, oldest first
}

// Lifts gathers h's exercises by their logged names into what the Coach
// reads, the glue every app would otherwise write. For each workout that
// did an exercise, its Outing holds the working sets (sets whose kind
// counts, with at least one rep) at the hardest load of that day (the
// heaviest, or the least assistance: [repkit.LoadKind.Harder]), since
// warm-ups and lighter back-off sets are not what double progression
// judges; and, when recovered (as [Recover] returns them for h) found a
// rest-pause set in it, the hardest such set as its RestPause, whose
// bursts are then left out of the sets. A workout with no working set of
// the exercise gives no Outing.
//
// Outings are in date order, as [History.Sorted] orders workouts; lifts
// with more outings come first, then in the order they first appear.
// Lifts does not change h or recovered; the Outings' sets are new slices.
func Lifts(h *History, recovered []Recovered) []Lift {
	type entry struct{ workout, exercise int }
	bursts := map[entry]map[int]bool{}
	records := map[entry]*restpause.Record{}
	for i := range recovered {
		r := &recovered[i]
		k := entry{r.Workout, r.Exercise}
		if bursts[k] == nil {
			bursts[k] = map[int]bool{}
		}
		for s := r.First + 1; s < r.First+r.Count; s++ {
			bursts[k][s] = true
		}
		if old := records[k]; r.Record.Ended() && (old == nil || r.Record.LoadKind.Harder(r.Record.Load, old.Load)) {
			records[k] = &r.Record
		}
	}
	order := make([]int, len(h.Workouts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return h.Workouts[a].Start.Compare(h.Workouts[b].Start) })

	byName := map[string]int{}
	var lifts []Lift
	for _, wi := range order {
		w := &h.Workouts[wi]
		for ei := range w.Exercises {
			e := &w.Exercises[ei]
			k := entry{wi, ei}
			o, ok := hardestSets(e, bursts[k])
			if !ok {
				continue
			}
			o.Date = w.Start
			if r := records[k]; r != nil {
				o.RestPause = []restpause.Record{r.Clone()}
			}
			i, seen := byName[e.Name]
			if !seen {
				i = len(lifts)
				byName[e.Name] = i
				lifts = append(lifts, Lift{Name: e.Name, LoadKind: e.LoadKind})
			}
			lifts[i].Outings = append(lifts[i].Outings, o)
		}
	}
	slices.SortStableFunc(lifts, func(a, b Lift) int { return len(b.Outings) - len(a.Outings) })
	return lifts
}

// hardestSets is the working sets of e at its top set's load ([TopSet]),
// leaving out the sets marked in bursts, and whether there was one. A
// burst is never alone at that load: Recover joins sets at one load only,
// so the activation set before it is there too.
func hardestSets(e *ExerciseLog, bursts map[int]bool) (progression.Outing, bool) {
	var o progression.Outing
	top, ok := e.TopSet()
	if !ok {
		return o, false
	}
	o.Load = e.Sets[top].Load
	for i, s := range e.Sets {
		if s.Kind.Counts() && s.Reps > 0 && s.Load == o.Load && !bursts[i] {
			o.Sets = append(o.Sets, progression.WorkSet{Reps: s.Reps, Effort: s.Effort})
		}
	}
	return o, len(o.Sets) > 0
}
