package exercise_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
)

// testExerciseJSONRoundTrip: any valid exercise, unknown traits included,
// survives encoding/json without loss (nil and empty aliases are equal).
func testExerciseJSONRoundTrip(t *rapid.T) {
	ex := exerciseGen(false).Draw(t, "ex")
	roundTrip(t, ex)
}

func roundTrip(t interface {
	Helper()
	Fatalf(format string, args ...any)
}, ex exercise.Exercise) {
	t.Helper()
	back, data := gen.JSONRoundTrip(t, ex)
	if diff := cmp.Diff(ex, back, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("JSON round trip of %s (-want +got):\n%s", data, diff)
	}
}

func TestExerciseJSONRoundTrip(t *testing.T) { rapid.Check(t, testExerciseJSONRoundTrip) }

func FuzzExerciseJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testExerciseJSONRoundTrip)) }

func TestCatalogJSONRoundTrip(t *testing.T) {
	for ex := range exercise.Builtin() {
		roundTrip(t, ex)
	}
}

func TestExerciseJSONShape(t *testing.T) {
	ex, _ := exercise.ByID("cable-lateral-raise")
	data, err := json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"id":"cable-lateral-raise"`, `"primary_muscles":["shoulders"]`, `"equipment":"cable"`,
		`"stability":"supported"`, `"limiter":"target-muscle"`, `"stop_safety":"easy"`, `"ballistic":false`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON %s lacks %s", data, want)
		}
	}
}

func TestExerciseUnmarshalRejectsUnknownNames(t *testing.T) {
	for field, value := range map[string]string{
		"equipment": `"trampoline"`, "skill": `"godlike"`, "limiter": `"ego"`, "primary_muscles": `["spleen"]`,
		"stop_safety": `"maybe"`, "category": `"yoga"`, "form_drift": `"none"`,
		"primaryMuscles": `["spleen"]`, "stopSafety": `"maybe"`, "formDrift": `"none"`, "loadKind": `"heavy"`,
	} {
		data := `{"id":"a","name":"A","` + field + `":` + value + `}`
		var ex exercise.Exercise
		err := json.Unmarshal([]byte(data), &ex)
		if !errors.Is(err, repkit.ErrUnknownName) {
			t.Errorf("Unmarshal %s: err = %v, want ErrUnknownName", data, err)
		}
	}
}

func TestFieldErrorNamesFieldAndValue(t *testing.T) {
	var eq exercise.Equipment
	err := eq.UnmarshalText([]byte("Trampoline"))
	var te *exercise.FieldError
	if !errors.As(err, &te) || te.Field != "equipment" || te.Value != "Trampoline" {
		t.Fatalf("err = %#v", err)
	}
	if got, want := err.Error(), `exercise: equipment "Trampoline": unknown name; give one of machine, smith-machine, cable, dumbbell, barbell, ez-bar, kettlebell, bodyweight, band, medicine-ball, stability-ball, foam-roller, other`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestValidate(t *testing.T) {
	good, _ := exercise.ByID("leg-extension")
	if err := good.Validate(); err != nil {
		t.Fatalf("catalog entry invalid: %v", err)
	}
	tests := []struct {
		name   string
		change func(*exercise.Exercise)
		field  string
		want   error
	}{
		{"no id", func(e *exercise.Exercise) { e.ID = "" }, "id", repkit.ErrEmpty},
		{"no name", func(e *exercise.Exercise) { e.Name = "" }, "name", repkit.ErrEmpty},
		{"empty alias", func(e *exercise.Exercise) { e.Aliases = append(e.Aliases, "") }, "aliases[", repkit.ErrEmpty},
		{"bad skill", func(e *exercise.Exercise) { e.Skill = 42 }, "skill", repkit.ErrUnknownName},
		{"bad muscle bit", func(e *exercise.Exercise) { e.PrimaryMuscles |= 1 << 30 }, "primary_muscles", repkit.ErrUnknownName},
	}
	for _, tt := range tests {
		ex := good.Clone()
		tt.change(&ex)
		err := ex.Validate()
		var te *exercise.FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &te) || !strings.HasPrefix(te.Field, tt.field) {
			t.Errorf("%s: Validate() = %v, want field %s wrapping %v", tt.name, err, tt.field, tt.want)
		}
	}
}

func TestMuscles(t *testing.T) {
	s := exercise.MusclesOf(exercise.Triceps, exercise.Chest, exercise.Chest)
	if s.Len() != 2 || !s.Has(exercise.Chest) || s.Has(exercise.Lats) || s.String() != "chest,triceps" {
		t.Errorf("MusclesOf = %v (len %d)", s, s.Len())
	}
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "exercise: ") {
			t.Errorf("MusclesOf(MuscleUnknown) panic = %v", r)
		}
	}()
	exercise.MusclesOf(exercise.MuscleUnknown)
}
