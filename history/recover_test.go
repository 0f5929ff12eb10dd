package history

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

type recoveredView struct {
	Exercise string
	First    int
	Reps     []int
	Rests    []time.Duration
	Evidence string
}

func view(rs []Recovered) []recoveredView {
	var out []recoveredView
	for _, r := range rs {
		v := recoveredView{Exercise: r.Record.Exercise, First: r.First, Reps: []int{r.Record.Activation.Reps}}
		var ev []string
		for i, b := range r.Record.Bursts {
			v.Reps = append(v.Reps, b.Reps)
			v.Rests = append(v.Rests, b.Rest)
			var kinds []string
			for _, e := range r.Evidence[i] {
				kinds = append(kinds, e.String())
			}
			ev = append(ev, strings.Join(kinds, "+"))
		}
		v.Evidence = strings.Join(ev, ",")
		out = append(out, v)
	}
	return out
}

func TestRecoverFixtures(t *testing.T) {
	tests := []struct {
		file string
		unit repkit.Unit
		want []recoveredView
	}{
		// Rest timer rows of 20 s and a "rest pause" note on the lateral raises;
		// straight bench and pulldown sets at one load are left alone; the
		// pushdown drop set is at a lower load, so it is not rest-pause.
		{"strong_rpe.csv", repkit.UnitKilogram, []recoveredView{{
			Exercise: "Lateral Raise (Cable)", First: 0, Reps: []int{15, 6, 4},
			Rests: []time.Duration{20 * time.Second, 20 * time.Second}, Evidence: "rest-timer+exercise-note,rest-timer+exercise-note",
		}}},
		// An "rp" note, and each later set smaller than the first.
		{"strong_old.csv", repkit.UnitPound, []recoveredView{{
			Exercise: "Leg Extension (Machine)", First: 0, Reps: []int{12, 5, 3},
			Rests: []time.Duration{0, 0}, Evidence: "exercise-note,exercise-note",
		}}},
		// Hevy dropsets at the same 50 kg; the squat drop to 80 kg is a real drop set.
		{"hevy_kg.csv", repkit.UnitUnknown, []recoveredView{{
			Exercise: "Leg Extension (Machine)", First: 0, Reps: []int{14, 5, 3},
			Rests: []time.Duration{0, 0}, Evidence: "same-load-drop,same-load-drop",
		}}},
		{"fitnotes_android.csv", repkit.UnitUnknown, nil},
		{"liftosaur.csv", repkit.UnitUnknown, nil},
	}
	for _, tt := range tests {
		h, _, err := importFile(t, tt.file, Options{Unit: tt.unit})
		if err != nil {
			t.Fatal(err)
		}
		got := Recover(h, RecoverOptions{})
		if diff := cmp.Diff(tt.want, view(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.file, diff)
		}
		for _, r := range got {
			if err := r.Record.Validate(); err != nil {
				t.Errorf("%s: invalid record: %v", tt.file, err)
			}
			if r.Record.Stop.Reason != restpause.StopLifter || r.Record.Stop.Note != RecoverNote {
				t.Errorf("%s: stop %+v", tt.file, r.Record.Stop)
			}
			if !r.Record.Date.Equal(h.Workouts[r.Workout].Start) {
				t.Errorf("%s: date %v", tt.file, r.Record.Date)
			}
		}
	}
}

func TestRecoverExplain(t *testing.T) {
	h, _, err := importFile(t, "hevy_kg.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Recover(h, RecoverOptions{})[0].Explain()
	want := "Leg Extension (Machine) on 2026-03-13: sets 1-3 at 50kg (14+5+3 reps) read as one rest-pause set because " +
		"burst 1: it is logged as a drop set at the same load; burst 2: it is logged as a drop set at the same load"
	if got != want {
		t.Errorf("Explain:\n got %s\nwant %s", got, want)
	}
}

func TestRecoverLongRestSeparates(t *testing.T) {
	sets := []Set{
		{Kind: KindWorking, Load: 20 * repkit.Kilogram, Reps: 12, Rest: 20 * time.Second},
		{Kind: KindWorking, Load: 20 * repkit.Kilogram, Reps: 5, Rest: 90 * time.Second},
		{Kind: KindRestPause, Load: 20 * repkit.Kilogram, Reps: 3},
	}
	h := &History{Workouts: []Workout{{Exercises: []ExerciseLog{{Name: "Curl", Notes: "myo reps", Sets: sets}}}}}
	got := view(Recover(h, RecoverOptions{}))
	want := []recoveredView{{Exercise: "Curl", First: 0, Reps: []int{12, 5}, Rests: []time.Duration{20 * time.Second}, Evidence: "rest-timer+exercise-note"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// With a longer MaxRest the 90 s rest counts, and the marked burst joins.
	got = view(Recover(h, RecoverOptions{MaxRest: 2 * time.Minute}))
	if len(got) != 1 || len(got[0].Reps) != 3 || got[0].Evidence != "rest-timer+exercise-note,marked+rest-timer+exercise-note" {
		t.Errorf("MaxRest 2m: %+v", got)
	}
}

// Without evidence, Recover never joins sets: straight sets at one load with
// no notes, no rest timer, and no drop or rest-pause kinds stay straight sets.
func TestRecoverNeedsEvidence(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 8).Draw(t, "sets")
		var sets []Set
		for range n {
			sets = append(sets, Set{
				Kind: rapid.SampledFrom([]SetKind{KindWorking, KindFailure, KindUnknown, KindWarmup}).Draw(t, "kind"),
				Load: repkit.Load(rapid.IntRange(0, 3).Draw(t, "load")) * 5 * repkit.Kilogram,
				Reps: rapid.IntRange(0, 15).Draw(t, "reps"),
			})
		}
		h := &History{Workouts: []Workout{{Exercises: []ExerciseLog{{Name: "Curl", Sets: sets}}}}}
		if got := Recover(h, RecoverOptions{}); len(got) != 0 {
			t.Fatalf("recovered %v from sets with no evidence", view(got))
		}
	})
}

// Every recovered set is one load, covers consecutive sets, has evidence for
// every burst, validates as a restpause.Record, and recovery never overlaps.
func TestRecoverInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ws := genWorkouts().Draw(t, "workouts")
		h := &History{Workouts: ws}
		before := summary(h)
		last := map[[2]int]int{}
		for _, r := range Recover(h, RecoverOptions{}) {
			ex := h.Workouts[r.Workout].Exercises[r.Exercise]
			if r.Count < 2 || r.First+r.Count > len(ex.Sets) || len(r.Evidence) != r.Count-1 {
				t.Fatalf("bad span %+v", r)
			}
			k := [2]int{r.Workout, r.Exercise}
			if end, ok := last[k]; ok && r.First < end {
				t.Fatalf("overlapping recoveries at %v", k)
			}
			last[k] = r.First + r.Count
			for i := r.First; i < r.First+r.Count; i++ {
				if ex.Sets[i].Load != r.Record.Load || ex.Sets[i].Kind == KindWarmup {
					t.Fatalf("set %d does not belong: %+v", i, ex.Sets[i])
				}
			}
			for _, ev := range r.Evidence {
				if len(ev) == 0 {
					t.Fatal("burst without evidence")
				}
			}
			if err := r.Record.Validate(); err != nil {
				t.Fatalf("invalid record: %v", err)
			}
		}
		if diff := cmp.Diff(before, summary(h)); diff != "" {
			t.Fatalf("Recover modified the history:\n%s", diff)
		}
	})
}

func TestMentionsRestPause(t *testing.T) {
	yes := []string{"rest pause", "Rest-Pause x3", "RP", "did rp today", "myo reps", "restpause", "Myo-reps", "MYOREPS",
		"last set: rest-pause", "(rp)", "rp."}
	no := []string{"", "grip", "sharp pain", "warmup", "rpe 8", "myology", "felt it in the myofascial line", "Smyo",
		"rpé", "rp2", "rest, pause", "rest  pause", "rest\npause", "restpauses", "rest pauses", "arrest pause", "rest pausing"}
	for _, s := range yes {
		if !mentionsRestPause(s) {
			t.Errorf("%q should mention rest-pause", s)
		}
	}
	for _, s := range no {
		if mentionsRestPause(s) {
			t.Errorf("%q should not mention rest-pause", s)
		}
	}
}

// Sets a restpause.Record cannot hold are never joined, so every recovered
// record validates and an audit of them is not refused: a 5000-rep typo, a
// rest longer than restpause.DurationLimit even when MaxRest allows it, and
// a run longer than restpause.BurstsLimit bursts.
func TestRecoverOnlyValidRecords(t *testing.T) {
	day := time.Date(2024, 1, 1, 18, 0, 0, 0, time.UTC)
	kg20 := 20 * repkit.Kilogram
	long := make([]Set, restpause.BurstsLimit+5)
	for i := range long {
		long[i] = Set{Kind: KindRestPause, Load: kg20, Reps: 3, Rest: 20 * time.Second}
	}
	for _, tc := range []struct {
		name   string
		sets   []Set
		opts   RecoverOptions
		bursts []int // burst count of each recovered set
	}{
		{"typo reps", []Set{{Kind: KindWorking, Load: kg20, Reps: 5000}, {Kind: KindDrop, Load: kg20, Reps: 3}}, RecoverOptions{}, nil},
		{"typo burst", []Set{{Kind: KindWorking, Load: kg20, Reps: 10}, {Kind: KindDrop, Load: kg20, Reps: 3000}}, RecoverOptions{}, nil},
		{"rest too long", []Set{{Kind: KindWorking, Load: kg20, Reps: 10, Rest: 2 * time.Hour}, {Kind: KindRestPause, Load: kg20, Reps: 3}},
			RecoverOptions{MaxRest: 3 * time.Hour}, nil},
		{"very long run", long, RecoverOptions{}, []int{restpause.BurstsLimit, 3}},
	} {
		h := &History{Workouts: []Workout{{Start: day, Exercises: []ExerciseLog{{Name: "Curl", Sets: tc.sets}}}}}
		var got []int
		for _, r := range Recover(h, tc.opts) {
			got = append(got, len(r.Record.Bursts))
			if err := r.Record.Validate(); err != nil {
				t.Errorf("%s: invalid record: %v", tc.name, err)
			}
		}
		if diff := cmp.Diff(tc.bursts, got); diff != "" {
			t.Errorf("%s: bursts (-want +got):\n%s", tc.name, diff)
		}
	}
}

// The review's cases: a short rest timer alone, equal reps under a note,
// "myo" inside another word, and an exercise note spread over every set.
// Each expectation is worked by hand from the rules in Recover's doc.
func TestRecoverEvidenceRules(t *testing.T) {
	kg := func(n int) repkit.Load { return repkit.Load(n) * repkit.Kilogram }
	s := func(load, reps int, rest time.Duration) Set {
		return Set{Kind: KindWorking, Load: kg(load), Reps: reps, Rest: rest}
	}
	const r20, r30, r90 = 20 * time.Second, 30 * time.Second, 90 * time.Second
	for _, tc := range []struct {
		name  string
		notes string
		sets  []Set
		want  []recoveredView
	}{
		{"3x15 calf raises at 30s", "", []Set{s(60, 15, r30), s(60, 15, r30), s(60, 15, 0)}, nil},
		// Short-rest straight sets that tire: set 2 follows a 30 s rest at
		// the same load, so it is no fresh activation for 15+12.
		{"15, 15, 12 at 30s", "", []Set{s(60, 15, r30), s(60, 15, r30), s(60, 12, 0)}, nil},
		{"short rest, fresh hard set, small bursts", "", []Set{s(60, 15, r90), s(60, 12, r20), s(60, 5, r20), s(60, 3, 0)},
			[]recoveredView{{Exercise: "Calf Raise", First: 1, Reps: []int{12, 5, 3}, Rests: []time.Duration{r20, r20}, Evidence: "rest-timer,rest-timer"}}},
		{"exercise note over equal reps", "myo reps", []Set{s(20, 10, 0), s(20, 10, 0), s(20, 10, 0)}, nil},
		{"myo inside a word", "myofascial release after", []Set{s(20, 12, 0), s(20, 5, 0), s(20, 3, 0)}, nil},
		{"rp with an accent is another word", "rpé", []Set{s(20, 12, 0), s(20, 5, 0), s(20, 3, 0)}, nil},
		// "rp on the last set": the note covers the last run with the shape,
		// not the two straight sets before it.
		{"exercise note, last set", "rp on the last set", []Set{s(20, 12, 0), s(20, 12, 0), s(20, 12, 0), s(20, 5, 0), s(20, 3, 0)},
			[]recoveredView{{Exercise: "Calf Raise", First: 2, Reps: []int{12, 5, 3}, Rests: []time.Duration{0, 0}, Evidence: "exercise-note,exercise-note"}}},
		// Two runs with the shape: one exercise note vouches for the last.
		{"exercise note, one set only", "rest-pause", []Set{s(20, 12, 0), s(20, 5, 0), s(20, 12, 0), s(20, 4, 0)},
			[]recoveredView{{Exercise: "Calf Raise", First: 2, Reps: []int{12, 4}, Rests: []time.Duration{0}, Evidence: "exercise-note"}}},
		// A note on the second set marks it as the activation, not as a
		// burst of the first (it has as many reps as the first).
		{"set note on the activation", "", []Set{s(20, 12, 0), {Kind: KindWorking, Load: kg(20), Reps: 12, Notes: "RP"}, s(20, 5, 0)},
			[]recoveredView{{Exercise: "Calf Raise", First: 1, Reps: []int{12, 5}, Rests: []time.Duration{0}, Evidence: "note"}}},
	} {
		h := &History{Workouts: []Workout{{Exercises: []ExerciseLog{{Name: "Calf Raise", Notes: tc.notes, Sets: tc.sets}}}}}
		if diff := cmp.Diff(tc.want, view(Recover(h, RecoverOptions{}))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestRecoverExplainRestTimer(t *testing.T) {
	day := time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC)
	sets := []Set{
		{Kind: KindWorking, Load: 10 * repkit.Kilogram, Reps: 15, Rest: 20 * time.Second},
		{Kind: KindWorking, Load: 10 * repkit.Kilogram, Reps: 6, Rest: 25 * time.Second},
		{Kind: KindRestPause, Load: 10 * repkit.Kilogram, Reps: 4},
	}
	h := &History{Workouts: []Workout{{Start: day, Exercises: []ExerciseLog{{Name: "Lateral Raise", Sets: sets}}}}}
	got := Recover(h, RecoverOptions{})
	if len(got) != 1 {
		t.Fatalf("recovered %v", view(got))
	}
	want := "Lateral Raise on 2024-03-04: sets 1-3 at 10kg (15+6+4 reps) read as one rest-pause set because " +
		"burst 1: the rest timer before it was 20s and it fell well short of the first set's reps; " +
		"burst 2: the log marks the set as a rest-pause burst and the rest timer before it was 25s and it fell well short of the first set's reps"
	if s := got[0].Explain(); s != want {
		t.Errorf("Explain:\n got %s\nwant %s", s, want)
	}
}

// Equal-rep sets at short rests are straight sets: with no burst marked and
// no drop set, no rest timer and no note (not even one saying rest-pause)
// makes them a rest-pause set.
func TestRecoverEqualRepsNeverRestPause(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reps := rapid.IntRange(1, 30).Draw(t, "reps")
		notes := rapid.SampledFrom([]string{"", "", "rp", "myo reps", "rest-pause"})
		n := rapid.IntRange(2, 10).Draw(t, "sets")
		sets := make([]Set, n)
		for i := range sets {
			sets[i] = Set{
				Kind:  rapid.SampledFrom([]SetKind{KindWorking, KindFailure, KindUnknown}).Draw(t, "kind"),
				Load:  rapid.SampledFrom([]repkit.Load{20 * repkit.Kilogram, 45 * repkit.Pound}).Draw(t, "load"),
				Reps:  reps,
				Rest:  time.Duration(rapid.IntRange(0, 30).Draw(t, "rest")) * time.Second,
				Notes: notes.Draw(t, "set notes"),
			}
		}
		h := &History{Workouts: []Workout{{Exercises: []ExerciseLog{{Name: "Calf Raise", Notes: notes.Draw(t, "notes"), Sets: sets}}}}}
		if got := Recover(h, RecoverOptions{}); len(got) != 0 {
			t.Fatalf("equal-rep sets read as rest-pause: %v", view(got))
		}
	})
}

// Recovery never joins sets at different loads, whatever the evidence:
// sets marked as bursts, drop sets, short rests and notes at loads a gram
// apart.
func TestRecoverNeverJoinsLoads(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 12).Draw(t, "sets")
		sets := make([]Set, n)
		for i := range sets {
			sets[i] = Set{
				Kind:  rapid.SampledFrom([]SetKind{KindWorking, KindDrop, KindRestPause, KindFailure, KindWarmup}).Draw(t, "kind"),
				Load:  rapid.SampledFrom([]repkit.Load{20 * repkit.Kilogram, 20*repkit.Kilogram + repkit.Gram, 10 * repkit.Kilogram}).Draw(t, "load"),
				Reps:  rapid.IntRange(0, 15).Draw(t, "reps"),
				Rest:  time.Duration(rapid.IntRange(0, 40).Draw(t, "rest")) * time.Second,
				Notes: rapid.SampledFrom([]string{"", "rp"}).Draw(t, "set notes"),
			}
		}
		h := &History{Workouts: []Workout{{Exercises: []ExerciseLog{{Name: "Curl", Notes: "myo-reps", Sets: sets}}}}}
		for _, r := range Recover(h, RecoverOptions{}) {
			for i := r.First; i < r.First+r.Count; i++ {
				if sets[i].Load != r.Record.Load {
					t.Fatalf("set %d at %v joined a rest-pause set at %v: %v", i, sets[i].Load, r.Record.Load, view([]Recovered{r}))
				}
			}
		}
	})
}

// A recovered record carries the catalog ID of its exercise, through the
// built-in catalog by default or the caller's, so it meets the records an
// app logs by ID; a name no catalog knows keeps an empty ID.
func TestRecoverCarriesCatalogID(t *testing.T) {
	sets := []Set{
		{Kind: KindWorking, Load: 20 * repkit.Kilogram, Reps: 12, Rest: 20 * time.Second},
		{Kind: KindRestPause, Load: 20 * repkit.Kilogram, Reps: 5},
	}
	h := &History{Workouts: []Workout{{Exercises: []ExerciseLog{
		{Name: "Chest Fly (Cable)", Notes: "myo reps", Sets: sets},
		{Name: "Grandma's Secret Curl", Notes: "myo reps", Sets: sets},
		{Name: "Chest Fly (Cable)", Notes: "myo reps", Sets: sets},
	}}}}
	var ids []string
	for _, r := range Recover(h, RecoverOptions{}) {
		ids = append(ids, r.Record.ExerciseID)
	}
	if want := []string{"cable-fly", "", "cable-fly"}; !cmp.Equal(ids, want) {
		t.Errorf("built-in catalog: ids %q, want %q", ids, want)
	}
	aliases, err := NewAliasTable(nil, map[string]string{"Grandma's Secret Curl": "dumbbell-curl"})
	if err != nil {
		t.Fatal(err)
	}
	ids = ids[:0]
	for _, r := range Recover(h, RecoverOptions{Catalog: aliases}) {
		ids = append(ids, r.Record.ExerciseID)
	}
	if want := []string{"cable-fly", "dumbbell-curl", "cable-fly"}; !cmp.Equal(ids, want) {
		t.Errorf("alias table: ids %q, want %q", ids, want)
	}
}

// freshStart: a set begins a rest-pause set unless it follows, at the
// same load, a working set with reps and a recorded rest of at most
// maxRest; lastShapeRun finds none in sets with none usable.
func TestFreshStart(t *testing.T) {
	kg50 := 50 * repkit.Kilogram
	cur := Set{Kind: KindWorking, Load: kg50, Reps: 4}
	prev := Set{Kind: KindWorking, Load: kg50, Reps: 10, Rest: 30 * time.Second}
	for _, tc := range []struct {
		name string
		prev func(Set) Set
		want bool
	}{
		{"short rest, same load", func(s Set) Set { return s }, false},
		{"rest of exactly maxRest", func(s Set) Set { s.Rest = time.Minute; return s }, false},
		{"rest over maxRest", func(s Set) Set { s.Rest = time.Minute + time.Second; return s }, true},
		{"rest not recorded", func(s Set) Set { s.Rest = 0; return s }, true},
		{"another load", func(s Set) Set { s.Load = 60 * repkit.Kilogram; return s }, true},
		{"after a warm-up", func(s Set) Set { s.Kind = KindWarmup; return s }, true},
		{"after 0 reps", func(s Set) Set { s.Reps = 0; return s }, true},
	} {
		if got := freshStart([]Set{tc.prev(prev), cur}, 1, time.Minute); got != tc.want {
			t.Errorf("%s: freshStart = %v, want %v", tc.name, got, tc.want)
		}
	}
	if !freshStart([]Set{cur}, 0, time.Minute) {
		t.Error("the first set: not a fresh start")
	}
	if got := lastShapeRun([]Set{{Kind: KindWarmup, Load: kg50, Reps: 10}}, time.Minute); got != -1 {
		t.Errorf("lastShapeRun of a warm-up = %d, want -1", got)
	}
}
