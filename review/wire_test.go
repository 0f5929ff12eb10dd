package review

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/volume"
)

var wireOpts = []cmp.Option{
	cmp.Comparer(func(a, b time.Time) bool {
		return a.Equal(b) && a.Format(time.RFC3339Nano) == b.Format(time.RFC3339Nano)
	}),
	cmp.Comparer(func(a, b repkit.Effort) bool { return a == b }),
	cmpopts.EquateEmpty(),
	cmpopts.IgnoreFields(Next{}, "Decision"), // not on the wire
}

// TestReviewGoldenJSON: a small review and its JSON, written by hand from
// the wire rules: snake_case keys in field order (Trends as "tolerance"),
// the week with its ISO year and number (2025-03-03 is the Monday of
// 2025-W10), checkpoints and statuses by name, the volume load as text,
// zero optional values (the jump, empty says and evidence, zero counts)
// left out, and no decision beside each sentence.
func TestReviewGoldenJSON(t *testing.T) {
	week := volume.Week{Start: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), Year: 2025, Number: 10}
	rv := Review{
		Week: week, Unit: repkit.UnitKilogram,
		Ledger: volume.WeekTally{Week: week, All: volume.Tally{
			StraightSets: 2, StraightReps: 10, RestPause: 1, Bursts: 1, Activation: 15, BurstReps: 5, Volume: 2000 * repkit.Kilogram,
		}},
		Items: []Item{
			{Checkpoint: CheckSetup, Status: StatusOK, Says: []string{"Keep the setup."}},
			{Checkpoint: CheckRecovery, Status: StatusAttention, Evidence: []string{"Squat: worse by 5.7%."}},
		},
		Trends: []Trend{{Exercise: "Leg Extension", ExerciseID: "leg-extension", Weeks: []ToleranceWeek{{Week: week, Records: 1, Friction: 3}}}},
		Next:   []Next{{Exercise: "Leg Extension", Decision: progression.NextTime{Reps: 20}, Sentence: "Next time: 52.5kg."}},
	}
	const w = `{"start":"2025-03-03T00:00:00Z","iso_year":2025,"iso_week":10}`
	const want = `{"week":` + w + `,"unit":"kg",` +
		`"ledger":{"week":` + w + `,"all":{"straight_sets":2,"straight_reps":10,"rest_pause_sets":1,"bursts":1,"activation_reps":15,"burst_reps":5,"volume":"2000kg"}},` +
		`"items":[{"checkpoint":"setup","status":"ok","says":["Keep the setup."]},` +
		`{"checkpoint":"recovery","status":"attention","evidence":["Squat: worse by 5.7%."]}],` +
		`"tolerance":[{"exercise":"Leg Extension","exercise_id":"leg-extension","weeks":[{"week":` + w + `,"records":1,"setup_friction":3}]}],` +
		`"next":[{"exercise":"Leg Extension","sentence":"Next time: 52.5kg."}]}`
	data, err := json.Marshal(rv)
	if err != nil || string(data) != want {
		t.Errorf("Marshal:\n got %s, %v\nwant %s", data, err, want)
	}
	var back Review
	if err := json.Unmarshal([]byte(want), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rv, back, wireOpts...); diff != "" {
		t.Errorf("Unmarshal golden (-want +got):\n%s", diff)
	}
	if back.Next[0].Decision != (progression.NextTime{}) {
		t.Errorf("a read Next has decision %+v, want the zero one", back.Next[0].Decision)
	}
	// The zero Review marshals.
	if _, err := json.Marshal(Review{}); err != nil {
		t.Errorf("Marshal(Review{}) = %v", err)
	}
}

func genWeek(t *rapid.T) volume.Week {
	return volume.Week{Start: gen.Time(true).Draw(t, "start"), Year: rapid.IntRange(0, 9999).Draw(t, "iso year"), Number: rapid.IntRange(0, 53).Draw(t, "iso week")}
}

func genStrings(t *rapid.T, label string) []string {
	return rapid.SliceOfN(rapid.StringN(0, 30, -1), 0, 3).Draw(t, label)
}

func genReview(t *rapid.T) Review {
	var items []Item
	for range rapid.IntRange(0, 5).Draw(t, "items") {
		items = append(items, Item{
			Checkpoint: gen.Enum(CheckpointUnknown, CheckSwitch).Draw(t, "checkpoint"),
			Status:     gen.Enum(StatusUnknown, StatusNoData).Draw(t, "status"),
			Says:       genStrings(t, "says"), Evidence: genStrings(t, "evidence"),
		})
	}
	var trends []Trend
	for range rapid.IntRange(0, 2).Draw(t, "trends") {
		tr := Trend{
			Exercise: rapid.String().Draw(t, "exercise"), ExerciseID: rapid.StringMatching(`[a-z-]{0,12}`).Draw(t, "id"),
			DiscomfortChange: rapid.IntRange(-10, 10).Draw(t, "dc"), FrictionChange: rapid.IntRange(-10, 10).Draw(t, "fc"),
			Switch: rapid.Bool().Draw(t, "switch"),
		}
		for range rapid.IntRange(0, 3).Draw(t, "weeks") {
			n := func(l string) int { return rapid.IntRange(0, 10).Draw(t, l) }
			tr.Weeks = append(tr.Weeks, ToleranceWeek{Week: genWeek(t), Records: n("records"), Discomfort: n("d"), Rising: n("r"),
				Pain: n("p"), Friction: n("f"), Technique: n("t"), Trouble: rapid.Bool().Draw(t, "trouble")})
		}
		if rapid.Bool().Draw(t, "alternatives") {
			ex, _ := exercise.ByID("leg-extension")
			tr.Alternatives = []exercise.Exercise{ex}
		}
		trends = append(trends, tr)
	}
	var next []Next
	for range rapid.IntRange(0, 2).Draw(t, "next") {
		next = append(next, Next{Exercise: rapid.String().Draw(t, "exercise"), Sentence: rapid.String().Draw(t, "sentence")})
	}
	wk := genWeek(t)
	rv := Review{
		Week: wk, Unit: gen.Enum(repkit.UnitUnknown, repkit.UnitGram).Draw(t, "unit"),
		Ledger: volume.WeekTally{Week: wk, All: volume.Tally{StraightSets: rapid.IntRange(0, 50).Draw(t, "sets"), Volume: gen.Load(0, repkit.MaxLoad).Draw(t, "volume")}},
		Items:  items, Trends: trends, Next: next,
	}
	if rapid.Bool().Draw(t, "jump") {
		rv.Jump = volume.Jump{Entered: genWeek(t), Changes: []volume.Change{{Muscle: exercise.Quadriceps, Shift: volume.ShiftAdded, WeeksBefore: 2, WeeksAfter: 1}}}
	}
	return rv
}

// TestWireRoundTrip: any review, and the reviews Weekly builds, survive
// encoding/json (the decisions aside, which are not on the wire).
func TestWireRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rv := genReview(t)
		back, data := gen.JSONRoundTrip(t, rv)
		if diff := cmp.Diff(rv, back, wireOpts...); diff != "" {
			t.Fatalf("%s (-in +out):\n%s", data, diff)
		}
	})
	asOf := time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC)
	for _, log := range []Log{squatWeek(3, 0), squatWeek(5, 7)} {
		rv, err := Weekly(log, asOf, Settings{})
		if err != nil {
			t.Fatal(err)
		}
		back, data := gen.JSONRoundTrip(t, rv)
		if diff := cmp.Diff(rv, back, wireOpts...); diff != "" {
			t.Errorf("Weekly's review %s (-in +out):\n%s", data, diff)
		}
		logBack, data := gen.JSONRoundTrip(t, log)
		if diff := cmp.Diff(log, logBack, wireOpts...); diff != "" {
			t.Errorf("log %s (-in +out):\n%s", data, diff)
		}
	}
}

// FuzzWireJSON decodes arbitrary bytes into each wire type of the package;
// whatever decodes re-encodes and decodes again to the same value.
func FuzzWireJSON(f *testing.F) {
	f.Add([]byte(`{"week":{"start":"2025-03-03T00:00:00Z","iso_year":2025,"iso_week":10},"unit":"kg","items":[{"checkpoint":"setup","status":"ok","says":["x"]}],"next":[{"exercise":"a","sentence":"b"}]}`))
	f.Add([]byte(`{"exercise":"Leg Extension","weeks":[{"week":{"start":"2025-03-03T00:00:00Z"},"records":1,"setup_friction":3,"trouble":true}],"switch":true}`))
	f.Add([]byte(`{"checkpoint":"common-mistakes","status":"attention","evidence":["e"]}`))
	f.Add([]byte(`{"unit":"lb","straight":[{"date":"2025-03-03T18:00:00Z","exercise":"Squat","load":"225lb","reps":5}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[Review](t, data, wireOpts...)
		gen.WireFixpoint[Item](t, data, wireOpts...)
		gen.WireFixpoint[Next](t, data, wireOpts...)
		gen.WireFixpoint[Trend](t, data, wireOpts...)
		gen.WireFixpoint[ToleranceWeek](t, data, wireOpts...)
		gen.WireFixpoint[Log](t, data, wireOpts...)
	})
}
