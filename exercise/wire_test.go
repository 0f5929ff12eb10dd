package exercise_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
)

// goldenExercise and goldenExerciseJSON are one exercise and its wire form,
// written by hand from the wire rules: snake_case keys in field order,
// enums by name, muscles as an array, load_kind present since it is not
// external.
var (
	goldenExercise = exercise.Exercise{
		ID: "assisted-pull-up", Name: "Assisted Pull-Up", Aliases: []string{"Pull Up (Assisted)"},
		PrimaryMuscles: exercise.MusclesOf(exercise.Lats, exercise.Biceps),
		Category:       exercise.Strength, Equipment: exercise.Machine, Mechanics: exercise.Compound,
		Skill: exercise.SkillLow, Stability: exercise.Guided, Limiter: exercise.TargetMuscle,
		StopSafety: exercise.StopEasy, SpinalLoad: exercise.SpinalNone, FormDrift: exercise.DriftModerate,
		LoadKind: repkit.LoadAssisted,
	}
	goldenExerciseJSON = `{"id":"assisted-pull-up","name":"Assisted Pull-Up","aliases":["Pull Up (Assisted)"],` +
		`"primary_muscles":["biceps","lats"],"category":"strength","equipment":"machine","mechanics":"compound",` +
		`"skill":"low","stability":"guided","limiter":"target-muscle","stop_safety":"easy","spinal_load":"none",` +
		`"form_drift":"moderate","ballistic":false,"load_kind":"assisted"}`
)

func TestExerciseGoldenJSON(t *testing.T) {
	data, err := json.Marshal(goldenExercise)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != goldenExerciseJSON {
		t.Errorf("Marshal:\n got %s\nwant %s", data, goldenExerciseJSON)
	}
	var back exercise.Exercise
	if err := json.Unmarshal([]byte(goldenExerciseJSON), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(goldenExercise, back); diff != "" {
		t.Errorf("Unmarshal golden (-want +got):\n%s", diff)
	}
}

// TestExerciseReadsCamelCase: a document an earlier version wrote, with
// camelCase keys, reads as the same exercise; where both spellings are
// given, the snake_case key wins.
func TestExerciseReadsCamelCase(t *testing.T) {
	old := `{"id":"assisted-pull-up","name":"Assisted Pull-Up","aliases":["Pull Up (Assisted)"],` +
		`"primaryMuscles":["lats","biceps"],"category":"strength","equipment":"machine","mechanics":"compound",` +
		`"skill":"low","stability":"guided","limiter":"target-muscle","stopSafety":"easy","spinalLoad":"none",` +
		`"formDrift":"moderate","ballistic":false,"loadKind":"assisted"}`
	var got exercise.Exercise
	if err := json.Unmarshal([]byte(old), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(goldenExercise, got); diff != "" {
		t.Errorf("camelCase document (-want +got):\n%s", diff)
	}
	both := `{"id":"a","name":"A","stopSafety":"hard","stop_safety":"careful","formDrift":"high","form_drift":"low"}`
	if err := json.Unmarshal([]byte(both), &got); err != nil {
		t.Fatal(err)
	}
	if got.StopSafety != exercise.StopCareful || got.FormDrift != exercise.DriftLow {
		t.Errorf("both spellings: stop %v, drift %v; want careful, low (the snake_case keys)", got.StopSafety, got.FormDrift)
	}
}

// TestExerciseUnmarshalLeavesReceiver: an invalid document (no name, or a
// bad trait) is an error naming the field, and the receiver is unchanged.
func TestExerciseUnmarshalLeavesReceiver(t *testing.T) {
	for doc, field := range map[string]string{
		`{"id":"a"}`:                            "name",
		`{"id":"a","name":"A","skill":"ninja"}`: "skill",
		`{"id":"a","name":"A","primary_muscles":["chest","unknown"]}`: "primary_muscles",
		`{"id":"a","name":"A","spinal_load":"crushing"}`:              "spinal_load",
	} {
		got := goldenExercise.Clone()
		err := json.Unmarshal([]byte(doc), &got)
		var fe *exercise.FieldError
		if !errors.As(err, &fe) || fe.Field != field {
			t.Errorf("Unmarshal %s: err = %v, want a FieldError on %s", doc, err, field)
		}
		if diff := cmp.Diff(goldenExercise, got); diff != "" {
			t.Errorf("Unmarshal %s changed the receiver (-want +got):\n%s", doc, diff)
		}
	}
}

func TestMusclesJSON(t *testing.T) {
	for _, tt := range []struct {
		set  exercise.Muscles
		json string
	}{
		{0, `[]`},
		{exercise.MusclesOf(exercise.Triceps, exercise.Chest), `["chest","triceps"]`},
		{exercise.MusclesOf(exercise.LowerBack), `["lower-back"]`},
	} {
		data, err := json.Marshal(tt.set)
		if err != nil || string(data) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.set, data, err, tt.json)
		}
	}
	// The comma string of Muscles.String also reads, and null is empty.
	for in, want := range map[string]exercise.Muscles{
		`"chest,triceps"`: exercise.MusclesOf(exercise.Chest, exercise.Triceps),
		`null`:            0,
	} {
		var s exercise.Muscles
		if err := json.Unmarshal([]byte(in), &s); err != nil || s != want {
			t.Errorf("Unmarshal %s = %v, %v; want %v", in, s, err, want)
		}
	}
	_, err := json.Marshal(exercise.Muscles(1 << 30))
	var fe *exercise.FieldError
	if !errors.As(err, &fe) || fe.Field != "primary_muscles" || !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Marshal of a bit past the muscles: %v, want a FieldError on primary_muscles", err)
	}
}

// goldenAssessment is Classify's answer for a free-weight exercise with a
// moderate skill and no way out of a failed rep; its JSON is written by
// hand: the verdict by name and the reasons as an array in constant order.
func TestAssessmentGoldenJSON(t *testing.T) {
	a := exercise.Assessment{
		Verdict: exercise.Unsuitable,
		Reasons: exercise.Reasons(0).With(exercise.ReasonHardStop).With(exercise.ReasonModerateSkill),
	}
	const want = `{"verdict":"unsuitable","reasons":["moderate-skill","hard-stop"]}`
	data, err := json.Marshal(a)
	if err != nil || string(data) != want {
		t.Errorf("Marshal = %s, %v; want %s", data, err, want)
	}
	var back exercise.Assessment
	if err := json.Unmarshal([]byte(want), &back); err != nil || back != a {
		t.Errorf("Unmarshal = %+v, %v; want %+v", back, err, a)
	}
	// The comma string earlier versions wrote still reads.
	if err := json.Unmarshal([]byte(`{"verdict":"unsuitable","reasons":"moderate-skill,hard-stop"}`), &back); err != nil || back != a {
		t.Errorf("Unmarshal of the old comma string = %+v, %v; want %+v", back, err, a)
	}
	// The zero Assessment marshals.
	data, err = json.Marshal(exercise.Assessment{})
	if err != nil || string(data) != `{"verdict":"unknown","reasons":[]}` {
		t.Errorf("Marshal(zero) = %s, %v", data, err)
	}
	// An unknown code names the key.
	err = json.Unmarshal([]byte(`{"verdict":"caution","reasons":["wobbly"]}`), &back)
	var fe *exercise.FieldError
	if !errors.As(err, &fe) || fe.Field != "reasons" || fe.Value != "wobbly" || !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("unknown reason: %v, want a FieldError on reasons naming wobbly", err)
	}
}

// reasonsGen draws any set of reasons that has codes.
func reasonsGen() *rapid.Generator[exercise.Reasons] {
	return rapid.Custom(func(t *rapid.T) exercise.Reasons {
		var s exercise.Reasons
		for _, r := range rapid.SliceOfN(rapid.IntRange(1, int(exercise.ReasonChangesExercise)), 0, 6).Draw(t, "reasons") {
			s = s.With(exercise.Reason(r))
		}
		return s
	})
}

func TestAssessmentJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := exercise.Assessment{
			Verdict: gen.Enum(exercise.VerdictUnknown, exercise.Unsuitable).Draw(t, "verdict"),
			Reasons: reasonsGen().Draw(t, "reasons"),
		}
		if back, data := gen.JSONRoundTrip(t, a); back != a {
			t.Fatalf("%+v -> %s -> %+v", a, data, back)
		}
	})
	rapid.Check(t, func(t *rapid.T) { // Classify's answers round-trip too
		a := exercise.Classify(exerciseGen(false).Draw(t, "ex"))
		if back, data := gen.JSONRoundTrip(t, a); back != a {
			t.Fatalf("%+v -> %s -> %+v", a, data, back)
		}
	})
}

// FuzzWireJSON decodes arbitrary bytes into each wire type of the package;
// whatever decodes re-encodes and decodes again to the same value.
func FuzzWireJSON(f *testing.F) {
	f.Add([]byte(goldenExerciseJSON))
	f.Add([]byte(`{"verdict":"caution","reasons":["grip-limited"]}`))
	f.Add([]byte(`{"verdict":"caution","reasons":"grip-limited,form-drift"}`))
	f.Add([]byte(`{"id":"a","name":"A","primaryMuscles":"chest,lats","loadKind":"bodyweight"}`))
	f.Add([]byte(`["chest","triceps"]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[exercise.Exercise](t, data, cmpopts.EquateEmpty())
		gen.WireFixpoint[exercise.Assessment](t, data)
		gen.WireFixpoint[exercise.Muscles](t, data)
		gen.WireFixpoint[exercise.Reasons](t, data)
	})
}
