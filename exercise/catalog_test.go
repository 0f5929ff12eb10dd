package exercise_test

import (
	"github.com/repkit/repkit/internal/benchcpu"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/repkit/repkit/exercise"
)

// TestGuideNamedExercises checks the verdict of every exercise the guide
// (and DESIGN section 3) names as a good or poor rest-pause candidate. The
// expected verdicts are read from the guide, not from Classify.
func TestGuideNamedExercises(t *testing.T) {
	tests := []struct {
		name string
		want exercise.Verdict
	}{
		// "Good candidates ...: machine presses, pulldowns, chest-supported
		// rows, leg extensions, leg curls, cable lateral raises, curls,
		// pressdowns, and similar accessories"; "a machine chest press or
		// cable fly for one final chest exercise".
		{"Machine Chest Press", exercise.Suitable},
		{"Machine Shoulder Press", exercise.Suitable},
		{"Lat Pulldown", exercise.Suitable},
		{"Chest-Supported Dumbbell Row", exercise.Suitable},
		{"Machine Row", exercise.Suitable},
		{"Leg Extension", exercise.Suitable},
		{"Lying Leg Curl", exercise.Suitable},
		{"Seated Leg Curl", exercise.Suitable},
		{"Cable Lateral Raise", exercise.Suitable},
		{"Dumbbell Curl", exercise.Suitable},
		{"Barbell Curl", exercise.Suitable},
		{"Cable Curl", exercise.Suitable},
		{"Triceps Pushdown", exercise.Suitable},
		{"Cable Fly", exercise.Suitable},
		{"Pec Deck", exercise.Suitable},
		// DC practice: machines and Smith machines preferred.
		{"Smith Machine Bench Press", exercise.Suitable},
		{"Leg Press", exercise.Suitable},
		// "Poor candidates are heavy compounds, Olympic lifts, technical
		// hinges, unstable movements, and anything where a tired rep
		// changes the exercise"; DC: no rows, T-bar rows, deadlifts, hinges.
		{"Barbell Back Squat", exercise.Unsuitable},
		{"Barbell Front Squat", exercise.Unsuitable},
		{"Barbell Deadlift", exercise.Unsuitable},
		{"Romanian Deadlift", exercise.Unsuitable},
		{"Good Morning", exercise.Unsuitable},
		{"Power Clean", exercise.Unsuitable},
		{"Power Snatch", exercise.Unsuitable},
		{"Clean and Jerk", exercise.Unsuitable},
		{"Push Jerk", exercise.Unsuitable},
		{"Dumbbell Lunge", exercise.Unsuitable},
		{"Barbell Lunge", exercise.Unsuitable},
		{"BOSU Ball Squat", exercise.Unsuitable},
		{"Stability Ball Dumbbell Press", exercise.Unsuitable},
		{"Barbell Bent-Over Row", exercise.Unsuitable},
		{"T-Bar Row", exercise.Unsuitable},
		{"Kettlebell Swing", exercise.Unsuitable},
		{"Box Jump", exercise.Unsuitable},
		{"Overhead Press", exercise.Unsuitable},
		{"Barbell Bench Press", exercise.Unsuitable}, // "main bench work still uses normal rest"
		{"Farmer's Walk", exercise.Unsuitable},
		// In between: workable with care, a better candidate exists.
		{"Dumbbell Bench Press", exercise.Caution},
		{"Pull-Up", exercise.Caution},
		{"Smith Machine Squat", exercise.Caution},
		{"Seated Cable Row", exercise.Caution},
	}
	for _, tt := range tests {
		ex, ok := exercise.Lookup(tt.name)
		if !ok {
			t.Errorf("Lookup(%q): not in the catalog", tt.name)
			continue
		}
		if got := exercise.Classify(ex); got.Verdict != tt.want {
			t.Errorf("%s: %v (%v), want %v", tt.name, got.Verdict, got.Reasons, tt.want)
		}
	}
}

func TestCatalogShape(t *testing.T) {
	all := slices.Collect(exercise.Builtin())
	if len(all) < 60 || len(all) != exercise.Len() {
		t.Fatalf("catalog has %d exercises (Len %d), want at least 60", len(all), exercise.Len())
	}
	if !slices.IsSortedFunc(all, func(a, b exercise.Exercise) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("All is not sorted by ID")
	}
	names := map[string]string{} // normalised name or alias -> id
	for _, ex := range all {
		if err := ex.Validate(); err != nil {
			t.Errorf("%s: %v", ex.ID, err)
		}
		if a := exercise.Classify(ex); a.Reasons.Has(exercise.ReasonUnknownTraits) {
			t.Errorf("%s: catalog entry with unknown traits", ex.ID)
		}
		if ex.PrimaryMuscles.Len() == 0 || ex.Category == exercise.CategoryUnknown || ex.Equipment == exercise.EquipmentUnknown {
			t.Errorf("%s: muscles, category or equipment missing", ex.ID)
		}
		for _, n := range append([]string{ex.ID, ex.Name}, ex.Aliases...) {
			key := normalise(n)
			if other, dup := names[key]; dup && other != ex.ID {
				t.Errorf("name %q of %s also names %s", n, ex.ID, other)
			}
			names[key] = ex.ID
		}
	}
	verdicts := map[exercise.Verdict]int{}
	for _, ex := range all {
		verdicts[exercise.Classify(ex).Verdict]++
	}
	for _, v := range []exercise.Verdict{exercise.Suitable, exercise.Caution, exercise.Unsuitable} {
		if verdicts[v] < 10 {
			t.Errorf("only %d %v exercises in the catalog: %v", verdicts[v], v, verdicts)
		}
	}
}

// normalise is an independent statement of Lookup's matching rule: lower
// case, runs of non-alphanumerics as one space, trimmed.
func normalise(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r >= 0x80)
	})
	return strings.Join(f, " ")
}

// TestLookupAppNames: every exercise name in the Strong and Hevy logs we
// studied that has a catalog counterpart is found by Lookup, to the entry a
// lifter would expect.
func TestLookupAppNames(t *testing.T) {
	want := map[string]string{
		"Bench Press (Barbell)":             "barbell-bench-press",
		"Bench Press (Dumbbell)":            "dumbbell-bench-press",
		"Bench Press (Smith Machine)":       "smith-machine-bench-press",
		"Bent Over Row (Barbell)":           "barbell-bent-over-row",
		"Bicep Curl (Cable)":                "cable-curl",
		"Bicep Curl (Dumbbell)":             "dumbbell-curl",
		"Bicep Curl (Machine)":              "machine-curl",
		"Bicep Curl (Barbell)":              "barbell-curl",
		"Butterfly (Pec Deck)":              "pec-deck",
		"Chest Dip":                         "chest-dip",
		"Chest Press (Machine)":             "machine-chest-press",
		"Crunch (Machine)":                  "machine-crunch",
		"Deadlift (Barbell)":                "deadlift",
		"Face Pull (Cable)":                 "face-pull",
		"Goblet Squat":                      "goblet-squat",
		"Hanging Leg Raise":                 "hanging-leg-raise",
		"Incline Bench Press (Barbell)":     "incline-barbell-bench-press",
		"Incline Bench Press (Dumbbell)":    "incline-dumbbell-press",
		"Lat Pulldown (Cable)":              "lat-pulldown",
		"Lat Pulldown (Machine)":            "lat-pulldown",
		"Lat Pulldown - Close Grip (Cable)": "close-grip-lat-pulldown",
		"Lateral Raise (Cable)":             "cable-lateral-raise",
		"Lateral Raise (Dumbbell)":          "dumbbell-lateral-raise",
		"Lateral Raise (Machine)":           "machine-lateral-raise",
		"Leg Extension (Machine)":           "leg-extension",
		"Leg Press":                         "leg-press",
		"Romanian Deadlift (Barbell)":       "romanian-deadlift",
		"Romanian Deadlift (Dumbbell)":      "dumbbell-romanian-deadlift",
		"Lunge (Barbell)":                   "barbell-lunge",
		"Lying Leg Curl (Machine)":          "lying-leg-curl",
		"Overhead Press (Barbell)":          "overhead-press",
		"Pull Up":                           "pull-up",
		"Seated Row (Cable)":                "seated-cable-row",
		"Skullcrusher (Barbell)":            "skullcrusher",
		"Squat (Barbell)":                   "back-squat",
		"T Bar Row":                         "t-bar-row",
		// A lying T-bar row puts the chest on a pad: the guide's
		// chest-supported row, not the hinged T-bar row.
		"Lying T-Bar Row":                         "machine-row",
		"Triceps Pushdown (Cable - Straight Bar)": "triceps-pushdown",
		"Seated Cable Row - V Grip (Cable)":       "seated-cable-row",
		"  lateral raise - CABLE ":                "cable-lateral-raise",
		"cable-lateral-raise":                     "cable-lateral-raise",
	}
	for _, name := range slices.Sorted(maps.Keys(want)) {
		ex, ok := exercise.Lookup(name)
		if !ok || ex.ID != want[name] {
			t.Errorf("Lookup(%q) = %q, %v; want %q", name, ex.ID, ok, want[name])
		}
	}
	for _, name := range []string{"", "   ", "Lateral Raises Cable", "Lateral Raise Cable Extra", "Underwater Basket Weaving"} {
		if ex, ok := exercise.Lookup(name); ok {
			t.Errorf("Lookup(%q) found %s", name, ex.ID)
		}
	}
}

// TestLookupMatchesNormalise checks Lookup's matching against the
// independent normalise for every catalog name and a mangled variant.
func TestLookupMatchesNormalise(t *testing.T) {
	for ex := range exercise.Builtin() {
		for _, n := range append([]string{ex.Name}, ex.Aliases...) {
			mangled := "  " + strings.ToUpper(strings.ReplaceAll(n, " ", " -- ")) + "!"
			got, ok := exercise.Lookup(mangled)
			if !ok || got.ID != ex.ID {
				t.Errorf("Lookup(%q) = %q, %v; want %s", mangled, got.ID, ok, ex.ID)
			}
		}
	}
}

func TestCatalogCopiesAreIndependent(t *testing.T) {
	a, _ := exercise.ByID("lat-pulldown")
	a.Aliases[0] = "changed"
	a.Name = "changed"
	b, _ := exercise.ByID("lat-pulldown")
	if b.Aliases[0] == "changed" || b.Name == "changed" {
		t.Error("modifying a returned exercise changed the catalog")
	}
	for ex := range exercise.Builtin() {
		if len(ex.Aliases) > 0 {
			ex.Aliases[0] = "changed"
		}
	}
	c, _ := exercise.Lookup("Lat Pulldown (Cable)")
	if c.ID != "lat-pulldown" {
		t.Error("modifying All's exercises changed the catalog")
	}
	if _, ok := exercise.ByID("Lat Pulldown"); ok {
		t.Error("ByID matched a name; it matches IDs exactly")
	}
}

// lookupQuery is a long catalog alias written the way an app logs it.
const lookupQuery = "Triceps Pushdown (Cable - Straight Bar)"

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		ex, ok := exercise.Lookup(lookupQuery)
		if !ok {
			b.Fatal("not found")
		}
		sinkExercise = ex
	}
}

// handIndex is the honest baseline's index, built by hand: every catalog
// name and alias under its normalised key (the test's own normalise), the
// first entry winning.
func handIndex() map[string]exercise.Exercise {
	m := map[string]exercise.Exercise{}
	for ex := range exercise.Builtin() {
		for _, n := range append([]string{ex.Name}, ex.Aliases...) {
			if _, dup := m[normalise(n)]; !dup {
				m[normalise(n)] = ex
			}
		}
	}
	return m
}

// TestLookupMatchesHandIndex: Lookup returns the same exercise as the
// benchmark baseline's map for the benchmark's query and for every
// catalog name and alias, as given and padded past 64 bytes.
func TestLookupMatchesHandIndex(t *testing.T) {
	m := handIndex()
	queries := []string{lookupQuery}
	for ex := range exercise.Builtin() {
		queries = append(queries, ex.Name)
		queries = append(queries, ex.Aliases...)
		// Over the 64 bytes Lookup normalises on the stack.
		queries = append(queries, strings.Repeat("-", 64)+strings.ToUpper(ex.Name)+" ()")
	}
	for _, q := range queries {
		got, ok := exercise.Lookup(q)
		want, wantOK := m[normalise(q)]
		if ok != wantOK || !reflect.DeepEqual(got, want) {
			t.Errorf("Lookup(%q) = %v, %v; the hand index gives %v, %v", q, got.ID, ok, want.ID, wantOK)
		}
	}
}

// BenchmarkLookupBaseline is the honest baseline: a map lookup of the
// query's normalised key, normalised beforehand, returning a copy as
// Lookup does (TestLookupMatchesHandIndex checks they agree).
func BenchmarkLookupBaseline(b *testing.B) {
	m := handIndex()
	key := normalise(lookupQuery)
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		ex, ok := m[key]
		if !ok {
			b.Fatal("not found")
		}
		sinkExercise = ex.Clone()
	}
}

var sinkExercise exercise.Exercise
