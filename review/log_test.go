package review_test

import (
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/review"
)

func TestFromHistory(t *testing.T) {
	start := time.Date(2025, 6, 2, 18, 0, 0, 0, time.UTC)
	h := &history.History{Source: history.FormatStrong, Unit: repkit.UnitPound, Workouts: []history.Workout{{
		Start: start,
		Exercises: []history.ExerciseLog{
			{Name: "Bench Press (Barbell)", Sets: []history.Set{
				{Kind: history.KindWarmup, Load: 95 * repkit.Pound, Reps: 10},
				{Kind: history.KindWorking, Load: 185 * repkit.Pound, Reps: 6},
				{Kind: history.KindWorking, Load: 185 * repkit.Pound, Reps: 6},
			}},
			{Name: "Lateral Raise (Cable)", Sets: []history.Set{
				{Kind: history.KindWorking, Load: 15 * repkit.Pound, Reps: 12},
				{Kind: history.KindWorking, Load: 15 * repkit.Pound, Reps: 14},
				{Kind: history.KindRestPause, Load: 15 * repkit.Pound, Reps: 5},
				{Kind: history.KindRestPause, Load: 15 * repkit.Pound, Reps: 4},
			}},
			{Name: "Plank", Sets: []history.Set{{Kind: history.KindWorking, Duration: time.Minute}}},
		},
	}}}
	log := review.FromHistory(h, history.RecoverOptions{})
	if log.Unit != repkit.UnitPound {
		t.Fatalf("unit %v", log.Unit)
	}
	// One rest-pause set: 14+5+4 at 15 lb, mapped to the catalog.
	if len(log.Records) != 1 {
		t.Fatalf("records %+v", log.Records)
	}
	r := log.Records[0]
	if r.ExerciseID != "cable-lateral-raise" || r.Activation.Reps != 14 || len(r.Bursts) != 2 || r.Unit != repkit.UnitPound {
		t.Fatalf("record %+v", r)
	}
	// Straight: the two bench sets and the first raise set; not the
	// warm-up, not the sets in the record, not the timed plank.
	if len(log.Straight) != 3 {
		t.Fatalf("straight %+v", log.Straight)
	}
	for _, w := range log.Straight {
		if w.RestPause || w.Reps == 0 || (w.Exercise == "Bench Press (Barbell)" && w.ExerciseID != "barbell-bench-press") {
			t.Fatalf("straight set %+v", w)
		}
	}
	rv, err := review.Weekly(log, start, review.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	// 2 bench sets, 1 straight raise, 1 rest-pause raise.
	if all := rv.Ledger.All; all.StraightSets != 3 || all.RestPause != 1 || all.Reps() != 6+6+12+14+5+4 {
		t.Fatalf("ledger %+v", all)
	}
}
