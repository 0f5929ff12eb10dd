package review

import (
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/volume"
)

// A Log is what the review reads: a lifter's rest-pause records and the
// straight sets logged beside them, with the lifter's unit. Apps that log
// with restpause.Session fill Records; [FromHistory] fills both from an
// imported export. A Log is a plain value.
type Log struct {
	Unit     repkit.Unit        `json:"unit,omitzero"`      // the lifter's unit; zero shows kilograms
	Records  []restpause.Record `json:"records,omitempty"`  // rest-pause sets, in any order
	Straight []volume.Work      `json:"straight,omitempty"` // straight sets (RestPause false), in any order
}

// FromHistory builds a Log from an imported history: the rest-pause sets
// [history.Recover] finds (with opts) become Records, and every other
// counted set with at least one rep becomes a straight set (warm-ups and
// timed or distance sets without reps are left out, and so is a set no
// [volume.Work] can hold, past [volume.WorkRepsLimit] or
// [volume.WorkLoadLimit]). Each exercise name is
// mapped to the catalog by [history.MapName], so that both carry the
// catalog id and the ledger finds their muscles; an unmapped name is kept
// as written. The Log's unit is the history's ([history.History.Unit]).
// FromHistory does not modify h.
func FromHistory(h *history.History, opts history.RecoverOptions) Log {
	log := Log{Unit: h.Unit}
	if log.Unit > repkit.UnitGram {
		log.Unit = repkit.UnitUnknown
	}
	ids := map[string]string{}
	idOf := func(name string) string {
		id, ok := ids[name]
		if !ok {
			m := history.MapName(history.CatalogFunc(exercise.Lookup), name)
			if m.Status != history.Unclassified {
				id = m.Exercise.ID
			}
			ids[name] = id
		}
		return id
	}
	used := map[[3]int]bool{}
	for _, rc := range history.Recover(h, opts) {
		r := rc.Record.Clone()
		r.ExerciseID = idOf(r.Exercise)
		log.Records = append(log.Records, r)
		for i := rc.First; i < rc.First+rc.Count; i++ {
			used[[3]int{rc.Workout, rc.Exercise, i}] = true
		}
	}
	for wi := range h.Workouts {
		w := &h.Workouts[wi]
		for ei := range w.Exercises {
			ex := &w.Exercises[ei]
			for si, s := range ex.Sets {
				if used[[3]int{wi, ei, si}] || !s.Kind.Counts() || s.Reps < 1 {
					continue
				}
				wk := volume.Work{
					Date: w.Start, Exercise: ex.Name, ExerciseID: idOf(ex.Name),
					Load: s.Load, LoadKind: ex.LoadKind, Reps: s.Reps, Effort: s.Effort,
				}
				if wk.Validate() == nil {
					log.Straight = append(log.Straight, wk)
				}
			}
		}
	}
	return log
}

// name returns how the review writes an exercise: its name, or its id.
func name(exerciseName, id string) string {
	if strings.TrimSpace(exerciseName) != "" {
		return exerciseName
	}
	return id
}
