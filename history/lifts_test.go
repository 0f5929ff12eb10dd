package history

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// TestLifts gathers strong_loadkinds.csv for the Coach. Worked by hand
// from its rows: the assisted pull-up on 04-01 (warm-up 70 lb; 50 x 10,
// 40 x 8, 30 x 6) is judged at the least help, 30 lb x 6; on 04-08 (40 x
// 10, a drop at 40 x 4, 45 x 10) at 40 lb, where the 10 and the drop are
// one rest-pause set, so the sets are the 10 alone and the record holds
// 10+4. The pull-up comes first (two workouts), then the others in the
// order they first appear.
func TestLifts(t *testing.T) {
	h, skipped, err := importFile(t, "strong_loadkinds.csv", Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("import: %v %v", err, skipped)
	}
	lifts := Lifts(h, Recover(h, RecoverOptions{}))
	var names []string
	for _, l := range lifts {
		names = append(names, l.Name)
	}
	want := []string{"Pull Up (Assisted)", "Pull Up (Band)", "Crunch", "Chest Dip (Weighted)", "Push Up", "Chest Fly (Band)"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Fatalf("lifts (-want +got):\n%s", diff)
	}
	pu := lifts[0]
	if pu.LoadKind != repkit.LoadAssisted || len(pu.Outings) != 2 {
		t.Fatalf("pull-up: %v, %d outings", pu.LoadKind, len(pu.Outings))
	}
	lb := repkit.Pound
	first, second := pu.Outings[0], pu.Outings[1]
	if first.Load != 30*lb || len(first.Sets) != 1 || first.Sets[0].Reps != 6 || len(first.RestPause) != 0 {
		t.Errorf("04-01: %v x %v, %d rest-pause sets; want 30lb x 6", first.Load, first.Sets, len(first.RestPause))
	}
	if second.Load != 40*lb || len(second.Sets) != 1 || second.Sets[0].Reps != 10 {
		t.Errorf("04-08 sets: %v x %v; want 40lb x 10", second.Load, second.Sets)
	}
	if len(second.RestPause) != 1 || second.RestPause[0].TotalReps() != 14 || second.RestPause[0].Load != 40*lb {
		t.Fatalf("04-08 rest-pause: %+v; want 10+4 at 40lb", second.RestPause)
	}
	if !first.Date.Before(second.Date) {
		t.Errorf("outings out of order: %v, %v", first.Date, second.Date)
	}
	// What Lifts gathers is what the Coach reads: 14 total reps at 40 lb
	// of help, under 15-20, holds there and aims for 15.
	var help []repkit.Load
	for l := 5 * lb; l <= 100*lb; l += 5 * lb {
		help = append(help, l)
	}
	w, err := progression.NewLadder(help...)
	if err != nil {
		t.Fatal(err)
	}
	d, err := progression.Coach{Weights: w, Kind: pu.LoadKind, Total: repkit.RepRange{Min: 15, Max: 20}}.Decide(pu.Outings, second.Date, 0)
	if err != nil {
		t.Fatal(err)
	}
	if d.Action != progression.ActionHold || d.Load != 40*lb || d.Reps != 15 {
		t.Errorf("the Coach on the gathered pull-up: %s", d)
	}
}

// Lifts orders by outings, most first, ties in the order the lifts first
// appear; a set of 0 reps at the top load is no working set. Worked by
// hand: A in workouts 1 and 2, B in 2, 3 and 4, C in 3, D in 4.
func TestLiftsOrderAndZeroReps(t *testing.T) {
	day := time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC)
	ex := func(name string, reps ...int) ExerciseLog {
		e := ExerciseLog{Name: name}
		for _, r := range reps {
			e.Sets = append(e.Sets, Set{Kind: KindWorking, Load: 50 * repkit.Kilogram, Reps: r})
		}
		return e
	}
	h := &History{Workouts: []Workout{
		{Start: day, Exercises: []ExerciseLog{ex("A", 8)}},
		{Start: day.AddDate(0, 0, 2), Exercises: []ExerciseLog{ex("A", 8), ex("B", 8)}},
		{Start: day.AddDate(0, 0, 4), Exercises: []ExerciseLog{ex("B", 8), ex("C", 8, 0)}},
		{Start: day.AddDate(0, 0, 6), Exercises: []ExerciseLog{ex("B", 8), ex("D", 8)}},
	}}
	var got []string
	for _, l := range Lifts(h, nil) {
		got = append(got, l.Name+":"+strconv.Itoa(len(l.Outings)))
		for _, o := range l.Outings {
			if len(o.Sets) != 1 {
				t.Errorf("%s on %v: sets %v, want the 8 alone", l.Name, o.Date, o.Sets)
			}
		}
	}
	if diff := cmp.Diff([]string{"B:3", "A:2", "C:1", "D:1"}, got); diff != "" {
		t.Errorf("lifts (-want +got):\n%s", diff)
	}
}
