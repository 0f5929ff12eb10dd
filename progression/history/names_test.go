package history

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
	h, _, err := importFile(t, "strong_rpe.csv", Options{Unit: exercise.Kilograms})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range MapNames(catalog, h) {
		got = append(got, m.Name+" | "+m.Status.String()+" | "+m.Via+" | "+m.Exercise.ID)
	}
	want := []string{
		"Bench Press (Barbell) | exact | Bench Press (Barbell) | barbell-bench-press",
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
