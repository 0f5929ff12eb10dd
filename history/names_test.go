package history

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

func TestNameCandidates(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Lateral Raise (Cable)", []string{"Lateral Raise (Cable)", "Cable Lateral Raise", "Lateral Raise"}},
		{"Bench Press - Close Grip (Barbell)", []string{"Bench Press - Close Grip (Barbell)", "Close Grip Barbell Bench Press", "Close Grip Bench Press", "Bench Press"}},
		{"Preacher Curl - Star Trac", []string{"Preacher Curl - Star Trac", "Preacher Curl"}},
		{"  Plank  ", []string{"Plank"}},
		{"Triceps Pushdown (Cable - Straight Bar)", []string{"Triceps Pushdown (Cable - Straight Bar)", "Cable - Straight Bar Triceps Pushdown", "Triceps Pushdown"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, NameCandidates(tt.name)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestMapNames(t *testing.T) {
	catalog := CatalogFunc(func(name string) (exercise.Exercise, bool) {
		switch strings.ToLower(name) {
		case "cable lateral raise":
			return exercise.Exercise{ID: "cable-lateral-raise", Name: "Cable Lateral Raise"}, true
		case "bench press (barbell)":
			return exercise.Exercise{ID: "barbell-bench-press", Name: "Barbell Bench Press"}, true
		}
		return exercise.Exercise{}, false
	})
	h, _, err := importFile(t, "strong_rpe.csv", Options{Unit: repkit.UnitKilogram})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range MapNames(catalog, h) {
		got = append(got, m.Name+" | "+m.Status.String()+" | "+m.Via+" | "+m.Exercise.ID)
	}
	want := []string{
		"Bench Press (Barbell) | alias | Bench Press (Barbell) | barbell-bench-press", // an alias: the catalog names it "Barbell Bench Press"
		"Lateral Raise (Cable) | rewritten | Cable Lateral Raise | cable-lateral-raise",
		"Triceps Pushdown (Cable - Straight Bar) | unclassified |  | ",
		"Plank | unclassified |  | ",
		"Lat Pulldown (Cable) | unclassified |  | ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if m := MapName(nil, "Curl"); m.Status != Unclassified || m.Name != "Curl" {
		t.Errorf("nil catalog: %+v", m)
	}
}

// appCatalog knows each movement under one equipment only, so a name whose
// qualifier says other equipment can only reach it by dropping the
// qualifier.
var appCatalog = CatalogFunc(func(name string) (exercise.Exercise, bool) {
	for _, ex := range []exercise.Exercise{
		{ID: "barbell-bench-press", Name: "Bench Press", Equipment: exercise.Barbell},
		{ID: "dumbbell-bench-press", Name: "Dumbbell Bench Press", Equipment: exercise.Dumbbell},
		{ID: "lat-pulldown", Name: "Lat Pulldown", Equipment: exercise.Cable},
		{ID: "back-squat", Name: "Squat", Equipment: exercise.Barbell},
		{ID: "leg-extension", Name: "Leg Extension", Equipment: exercise.Machine},
		{ID: "dumbbell-lateral-raise", Name: "Lateral Raise", Equipment: exercise.Dumbbell},
		{ID: "dip", Name: "Dips", Equipment: exercise.Bodyweight},
		{ID: "plank", Name: "Plank"}, // equipment not stated
		{ID: "romanian-deadlift", Name: "Romanian Deadlift (Dumbbell)", Equipment: exercise.Barbell},
	} {
		if strings.EqualFold(ex.Name, name) {
			return ex, true
		}
	}
	return exercise.Exercise{}, false
})

// App-style names (Strong, Hevy) keep their equipment: a qualifier naming
// other equipment than the entry found refuses the match. Each row is
// worked by hand from NameCandidates' order.
func TestMapNameKeepsEquipment(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Bench Press (Dumbbell)", "rewritten Dumbbell Bench Press dumbbell-bench-press"},
		// "Smith Machine Bench Press" is not in this catalog and the barbell
		// "Bench Press" is other equipment: unclassified, text kept.
		{"Bench Press (Smith Machine)", "unclassified  "},
		{"Bench Press (Barbell)", "rewritten Bench Press barbell-bench-press"},
		{"Lat Pulldown (Cable)", "rewritten Lat Pulldown lat-pulldown"},
		{"Squat (Barbell)", "rewritten Squat back-squat"},
		{"Squat (Smith Machine)", "unclassified  "},
		{"Leg Extension (Machine)", "rewritten Leg Extension leg-extension"},
		{"Leg Extension (Plate Loaded)", "rewritten Leg Extension leg-extension"},
		{"Lateral Raise (Cable)", "unclassified  "},
		{"Lateral Raise (Band)", "unclassified  "},
		// Qualifiers that name no equipment, and entries of unknown
		// equipment, do not refuse.
		{"Dips (Assisted)", "rewritten Dips dip"},
		{"Plank (Bodyweight)", "rewritten Plank plank"},
		// The name as written is the catalog's own word.
		{"Romanian Deadlift (Dumbbell)", "exact Romanian Deadlift (Dumbbell) romanian-deadlift"},
	} {
		m := MapName(appCatalog, tc.name)
		if got := m.Status.String() + " " + m.Via + " " + m.Exercise.ID; got != tc.want {
			t.Errorf("MapName(%q) = %q, want %q", tc.name, got, tc.want)
		}
		if m.Name != tc.name {
			t.Errorf("MapName(%q) kept name %q", tc.name, m.Name)
		}
	}
	// With the qualified form in the catalog, the Smith machine name finds it.
	smith := CatalogFunc(func(name string) (exercise.Exercise, bool) {
		if name == "Smith Machine Bench Press" {
			return exercise.Exercise{ID: "smith-machine-bench-press", Equipment: exercise.SmithMachine}, true
		}
		return appCatalog.Lookup(name)
	})
	if m := MapName(smith, "Bench Press (Smith Machine)"); m.Exercise.ID != "smith-machine-bench-press" || m.Status != MatchRewritten {
		t.Errorf("with the qualified form: %+v", m)
	}
}

// The built-in catalog maps the app names of the review to entries of the
// named equipment (checked by hand against exercise/catalog.go).
func TestMapNameBuiltinCatalog(t *testing.T) {
	for _, tc := range []struct {
		name string
		id   string
		eq   exercise.Equipment
	}{
		{"Bench Press (Dumbbell)", "dumbbell-bench-press", exercise.Dumbbell},
		{"Bench Press (Smith Machine)", "smith-machine-bench-press", exercise.SmithMachine},
		{"Lat Pulldown (Cable)", "lat-pulldown", exercise.Cable},
		{"Squat (Barbell)", "back-squat", exercise.Barbell},
		{"Leg Extension (Machine)", "leg-extension", exercise.Machine},
	} {
		m := MapName(CatalogFunc(exercise.Lookup), tc.name)
		if m.Exercise.ID != tc.id || m.Exercise.Equipment != tc.eq {
			t.Errorf("MapName(%q) = %s (%v), want %s (%v)", tc.name, m.Exercise.ID, m.Exercise.Equipment, tc.id, tc.eq)
		}
	}
}

func TestQualifierEquipment(t *testing.T) {
	for q, want := range map[string]exercise.Equipment{
		"Barbell": exercise.Barbell, "dumbbell": exercise.Dumbbell, "Cable - Straight Bar": exercise.Cable,
		"Machine": exercise.Machine, "Plate Loaded": exercise.Machine, "Pec Deck": exercise.Machine,
		"Smith Machine": exercise.SmithMachine, " smith  machine ": exercise.SmithMachine, "Band": exercise.Band,
		"Kettlebell": exercise.Kettlebell, "Bodyweight": exercise.Bodyweight, "EZ Bar": exercise.EZBar,
		"EZ-Bar": exercise.EZBar, "Trap bar": exercise.OtherEquipment, "Assisted": exercise.EquipmentUnknown,
		"Weighted": exercise.EquipmentUnknown, "V-grip": exercise.EquipmentUnknown, "Panatta": exercise.EquipmentUnknown,
		"": exercise.EquipmentUnknown,
	} {
		if got := QualifierEquipment(q); got != want {
			t.Errorf("QualifierEquipment(%q) = %v, want %v", q, got, want)
		}
	}
}
