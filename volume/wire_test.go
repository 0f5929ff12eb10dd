package volume_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/volume"
)

// sameTime compares instants and the offset they were written with, what
// RFC 3339 carries (not the zone's name).
var sameTime = cmp.Comparer(func(a, b time.Time) bool {
	return a.Equal(b) && a.Format(time.RFC3339Nano) == b.Format(time.RFC3339Nano)
})

var wireOpts = []cmp.Option{sameTime, cmpopts.EquateEmpty(), cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })}

// TestLedgerGoldenJSON: one week's ledger, written by hand from the wire
// rules: snake_case keys in field order, the week's start in RFC 3339 with
// its ISO year and number, the muscle by name, the volume load as text.
// Two straight sets of 10 at 50 kg on the leg extension, a quadriceps
// exercise: 20 straight reps, 1000 kg of volume load.
func TestLedgerGoldenJSON(t *testing.T) {
	day := time.Date(2024, 1, 31, 18, 0, 0, 0, time.UTC) // a Wednesday of ISO week 2024-W05
	work := []volume.Work{
		{Date: day, Exercise: "Leg Extension", ExerciseID: "leg-extension", Load: 50 * repkit.Kilogram, Reps: 10},
		{Date: day, Exercise: "Leg Extension", ExerciseID: "leg-extension", Load: 50 * repkit.Kilogram, Reps: 10},
	}
	l, err := volume.Count(work, volume.Counting{Unit: repkit.UnitKilogram})
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"unit":"kg","weeks":[{"week":{"start":"2024-01-29T00:00:00Z","iso_year":2024,"iso_week":5},` +
		`"all":{"straight_sets":2,"straight_reps":20,"rest_pause_sets":0,"bursts":0,"activation_reps":0,"burst_reps":0,"volume":"1000kg"},` +
		`"muscles":[{"muscle":"quadriceps","primary":{"straight_sets":2,"straight_reps":20,"rest_pause_sets":0,"bursts":0,"activation_reps":0,"burst_reps":0,"volume":"1000kg"}}]}]}`
	data, err := json.Marshal(l)
	if err != nil || string(data) != want {
		t.Errorf("Marshal:\n got %s, %v\nwant %s", data, err, want)
	}
	var back volume.Ledger
	if err := json.Unmarshal([]byte(want), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, back, wireOpts...); diff != "" {
		t.Errorf("Unmarshal golden (-want +got):\n%s", diff)
	}
}

func TestWorkGoldenJSON(t *testing.T) {
	w := volume.Work{
		Date: time.Date(2024, 3, 4, 18, 0, 0, 0, time.FixedZone("", 3600)), Exercise: "Leg Extension", ExerciseID: "leg-extension",
		RestPause: true, Load: 50 * repkit.Kilogram, Reps: 12, Bursts: []int{4, 3}, Effort: repkit.AtRIR(0),
	}
	const want = `{"date":"2024-03-04T18:00:00+01:00","exercise":"Leg Extension","exercise_id":"leg-extension",` +
		`"rest_pause":true,"load":"50kg","reps":12,"bursts":[4,3],"effort":"rir 0"}`
	data, err := json.Marshal(w)
	if err != nil || string(data) != want {
		t.Errorf("Marshal:\n got %s, %v\nwant %s", data, err, want)
	}
	// A Work that does not validate is refused and leaves the receiver.
	got := w
	err = json.Unmarshal([]byte(`{"exercise":"x","reps":5,"bursts":[3]}`), &got)
	var fe *volume.FieldError
	if !errors.As(err, &fe) || fe.Field != "bursts" {
		t.Errorf("bursts on a straight set: %v, want a FieldError on bursts", err)
	}
	if diff := cmp.Diff(w, got, wireOpts...); diff != "" {
		t.Errorf("refused Unmarshal changed the receiver (-want +got):\n%s", diff)
	}
}

func TestChangeGoldenJSON(t *testing.T) {
	c := volume.Change{Muscle: exercise.LowerBack, Entered: volume.Week{Start: time.Date(2024, 1, 29, 0, 0, 0, 0, time.UTC), Year: 2024, Number: 5},
		WeeksBefore: 0, WeeksAfter: 1, Shift: volume.ShiftNoBaseline}
	const want = `{"muscle":"lower-back","entered":{"start":"2024-01-29T00:00:00Z","iso_year":2024,"iso_week":5},` +
		`"before":{"straight_sets":0,"straight_reps":0,"rest_pause_sets":0,"bursts":0,"activation_reps":0,"burst_reps":0,"volume":"0kg"},` +
		`"after":{"straight_sets":0,"straight_reps":0,"rest_pause_sets":0,"bursts":0,"activation_reps":0,"burst_reps":0,"volume":"0kg"},` +
		`"weeks_before":0,"weeks_after":1,"shift":"no-baseline"}`
	if data, err := json.Marshal(c); err != nil || string(data) != want {
		t.Errorf("Marshal:\n got %s, %v\nwant %s", data, err, want)
	}
}

func genTally(t *rapid.T) volume.Tally {
	n := func(label string) int { return rapid.IntRange(0, 500).Draw(t, label) }
	return volume.Tally{
		StraightSets: n("straight sets"), EasySets: n("easy"), StraightReps: n("straight reps"), RestPause: n("rp"),
		Bursts: n("bursts"), Activation: n("activation"), BurstReps: n("burst reps"), Unweighed: n("unweighed"),
		Volume: gen.Load(0, repkit.MaxLoad).Draw(t, "volume"),
	}
}

// TestWireRoundTrip: the ledger of any work, its jump and every part of
// them survive encoding/json, and so does any Work, Tally and Change.
func TestWireRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ws := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) volume.Work { return genWork(t, "w") }), 0, 20).Draw(t, "work")
		for _, w := range ws {
			roundTrip(t, w)
		}
		l, err := volume.Count(ws, volume.Counting{Unit: gen.Enum(repkit.UnitUnknown, repkit.UnitGram).Draw(t, "unit")})
		if err != nil {
			t.Fatal(err)
		}
		roundTrip(t, l)
		if j, ok, err := l.Jump(rapid.IntRange(1, 4).Draw(t, "window")); err == nil && ok {
			roundTrip(t, j)
		}
		roundTrip(t, genTally(t))
		roundTrip(t, volume.Change{
			Muscle: gen.Enum(exercise.MuscleUnknown, exercise.Triceps).Draw(t, "muscle"),
			Before: genTally(t), After: genTally(t),
			WeeksBefore: rapid.IntRange(0, 8).Draw(t, "wb"), WeeksAfter: rapid.IntRange(0, 8).Draw(t, "wa"),
			Shift:   gen.Enum(volume.ShiftUnknown, volume.ShiftNoBaseline).Draw(t, "shift"),
			Entered: volume.Week{Start: gen.Time(true).Draw(t, "start"), Year: rapid.IntRange(0, 9999).Draw(t, "y"), Number: rapid.IntRange(0, 53).Draw(t, "n")},
		})
	})
}

func roundTrip[T any](t *rapid.T, v T) {
	t.Helper()
	back, data := gen.JSONRoundTrip(t, v)
	if diff := cmp.Diff(v, back, wireOpts...); diff != "" {
		t.Fatalf("%T %s (-in +out):\n%s", v, data, diff)
	}
}

// FuzzWireJSON decodes arbitrary bytes into each wire type of the package;
// whatever decodes re-encodes and decodes again to the same value.
func FuzzWireJSON(f *testing.F) {
	f.Add([]byte(`{"date":"2024-03-04T18:00:00+01:00","exercise":"Leg Extension","rest_pause":true,"load":"50kg","reps":12,"bursts":[4,3],"effort":"rir 0"}`))
	f.Add([]byte(`{"unit":"kg","weeks":[{"week":{"start":"2024-01-29T00:00:00Z","iso_year":2024,"iso_week":5},"all":{"straight_sets":2,"volume":"1000kg"},"muscles":[{"muscle":"quadriceps"}]}]}`))
	f.Add([]byte(`{"entered":{"start":"2024-01-29T00:00:00Z"},"changes":[{"muscle":"lats","shift":"added","weeks_before":2}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[volume.Work](t, data, wireOpts...)
		gen.WireFixpoint[volume.Tally](t, data, wireOpts...)
		gen.WireFixpoint[volume.Week](t, data, wireOpts...)
		gen.WireFixpoint[volume.WeekTally](t, data, wireOpts...)
		gen.WireFixpoint[volume.Ledger](t, data, wireOpts...)
		gen.WireFixpoint[volume.Change](t, data, wireOpts...)
		gen.WireFixpoint[volume.Jump](t, data, wireOpts...)
	})
}
