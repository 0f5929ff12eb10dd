package exercise_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// TestCatalogLoadKinds checks the catalog's load kinds against the rule its
// doc comment states: body-only equipment is body weight, the two
// assistance machines are assisted, and a band or any implement is
// external.
func TestCatalogLoadKinds(t *testing.T) {
	bodyweightOther := map[string]bool{"back-extension": true, "stability-ball-crunch": true, "bosu-ball-squat": true}
	assistedIDs := map[string]bool{"assisted-pull-up": true, "assisted-dip-machine": true}
	for ex := range exercise.Builtin() {
		want := repkit.LoadExternal
		switch {
		case assistedIDs[ex.ID]:
			want = repkit.LoadAssisted
		case ex.Equipment == exercise.Bodyweight || bodyweightOther[ex.ID]:
			want = repkit.LoadBodyweight
		}
		if ex.LoadKind != want {
			t.Errorf("%s: LoadKind %v, want %v", ex.ID, ex.LoadKind, want)
		}
	}
	for _, name := range []string{"Push-Up", "Crunch", "Leg Raise", "Pull Up", "Dips", "Chin-Up", "Hanging Leg Raise"} {
		if ex, ok := exercise.Lookup(name); !ok || ex.LoadKind != repkit.LoadBodyweight {
			t.Errorf("Lookup(%q) = %s %v, want a body-weight exercise", name, ex.ID, ex.LoadKind)
		}
	}
	for _, name := range []string{"Pull Up (Assisted)", "Chest Dip (Assisted)", "Assisted Pull-Up"} {
		if ex, ok := exercise.Lookup(name); !ok || ex.LoadKind != repkit.LoadAssisted {
			t.Errorf("Lookup(%q) = %s %v, want an assisted exercise", name, ex.ID, ex.LoadKind)
		}
	}
	// Strong's "Dip Machine" is a seated dip press, loaded like any stack:
	// a real export logs 70-80 kg for 10-12 reps and 60 kg for 20.
	for _, name := range []string{"Chest Fly (Band)", "Bench Press (Barbell)", "Lat Pulldown (Cable)", "Dip Machine", "Seated Dip"} {
		if ex, ok := exercise.Lookup(name); !ok || ex.LoadKind != repkit.LoadExternal {
			t.Errorf("Lookup(%q) = %s %v, want an external load", name, ex.ID, ex.LoadKind)
		}
	}
}

func TestLoggedLoadKind(t *testing.T) {
	get := func(id string) exercise.Exercise {
		ex, ok := exercise.ByID(id)
		if !ok {
			t.Fatalf("no catalog exercise %s", id)
		}
		return ex
	}
	pullUp, dip, pushUp, crunch := get("pull-up"), get("chest-dip"), get("push-up"), get("crunch")
	fly, squat, machine := get("band-chest-fly"), get("back-squat"), get("assisted-pull-up")
	ext, bw, as := repkit.LoadExternal, repkit.LoadBodyweight, repkit.LoadAssisted
	for _, c := range []struct {
		name    string
		matched exercise.Exercise
		want    repkit.LoadKind
	}{
		{"Pull Up", pullUp, bw},
		{"Pull Up (Band)", pullUp, as}, // the catalog's own alias: the band is help
		{"Chin Up (Band)", pullUp, as},
		{"Band-Assisted Chin-Up", pullUp, as},
		{"Banded Dip", dip, as},
		{"Dips (Bands)", dip, as},
		{"Pull Up (Assisted)", pullUp, as},
		{"Assisted Dip", dip, as},
		{"Pull Up (Assisted)", exercise.Exercise{}, as}, // no match: the name alone says it
		{"Assist Chin Up", exercise.Exercise{}, as},
		{"Pull Up (Unassisted)", pullUp, bw},
		{"Pull Up (Weighted)", pullUp, bw},
		{"Weighted Dips", dip, bw},
		{"Weighted Dips", exercise.Exercise{}, bw},
		{"Band Resisted Push-Up", pushUp, bw},
		{"Weighted Sit-Ups - With Bands", crunch, bw},
		{"Push Up", pushUp, bw},
		{"Crunch", crunch, bw},
		{"Squat (Bodyweight)", exercise.Exercise{}, bw},
		{"Chest Fly (Band)", fly, ext}, // the band is the resistance
		{"Band Pull-Apart", exercise.Exercise{}, ext},
		{"Squat with Bands", squat, ext},
		{"Squat (Barbell)", squat, ext},
		{"Lat Pulldown", exercise.Exercise{}, ext},
		{"Assisted Pull-Up Machine", machine, as},
		{"Assisted Pull-Up Machine (Weighted)", machine, as}, // an assistance machine stays one
		{"", exercise.Exercise{}, ext},
	} {
		if got := exercise.LoggedLoadKind(c.name, c.matched); got != c.want {
			t.Errorf("LoggedLoadKind(%q, %s) = %v, want %v", c.name, c.matched.ID, got, c.want)
		}
	}
}

func TestFreeExerciseDBLoadKinds(t *testing.T) {
	const doc = `[
{"id":"a","name":"Pushups","equipment":"body only","category":"strength","primaryMuscles":["chest"]},
{"id":"b","name":"Band Assisted Pull-Up","equipment":"other","category":"strength","primaryMuscles":["lats"]},
{"id":"c","name":"Weighted Pull Ups","equipment":"other","category":"strength","primaryMuscles":["lats"]},
{"id":"d","name":"Barbell Curl","equipment":"barbell","category":"strength","primaryMuscles":["biceps"]},
{"id":"e","name":"Inverted Row","equipment":null,"category":"strength","primaryMuscles":["middle back"]},
{"id":"f","name":"Band Pull Apart","equipment":"bands","category":"strength","primaryMuscles":["shoulders"]}
]`
	exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(doc))
	if err != nil || len(warns) != 0 {
		t.Fatalf("decode: %v %v", err, warns)
	}
	want := map[string]repkit.LoadKind{"a": repkit.LoadBodyweight, "b": repkit.LoadAssisted, "c": repkit.LoadBodyweight,
		"d": repkit.LoadExternal, "e": repkit.LoadBodyweight, "f": repkit.LoadExternal}
	for _, ex := range exs {
		if ex.LoadKind != want[ex.ID] {
			t.Errorf("%s %q: LoadKind %v, want %v", ex.ID, ex.Name, ex.LoadKind, want[ex.ID])
		}
	}
}

func TestExerciseLoadKindJSON(t *testing.T) {
	pull, _ := exercise.ByID("pull-up")
	data, err := json.Marshal(pull)
	if err != nil || !strings.Contains(string(data), `"load_kind":"bodyweight"`) {
		t.Fatalf("pull-up JSON %s, %v: want load_kind bodyweight", data, err)
	}
	var back exercise.Exercise
	if err := json.Unmarshal(data, &back); err != nil || back.LoadKind != repkit.LoadBodyweight {
		t.Fatalf("decoded %v, %v", back.LoadKind, err)
	}
	curl, _ := exercise.ByID("barbell-curl")
	data, _ = json.Marshal(curl)
	if strings.Contains(string(data), "load_kind") {
		t.Errorf("external exercise JSON %s names a load_kind; it should be omitted", data)
	}
	// An older document with no load_kind decodes as external.
	var old exercise.Exercise
	if err := json.Unmarshal([]byte(`{"id":"x","name":"X"}`), &old); err != nil || old.LoadKind != repkit.LoadExternal {
		t.Errorf("old document: %v, %v", old.LoadKind, err)
	}
	bad := curl
	bad.LoadKind = repkit.LoadKind(7)
	err = bad.Validate()
	var fe *exercise.FieldError
	if !errors.As(err, &fe) || fe.Field != "load_kind" || !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Validate of LoadKind(7) = %v, want a FieldError on load_kind wrapping ErrUnknownName", err)
	}
}
