package history

import (
	"bytes"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/shareddata"
)

// The counts below are from the files' SOURCE.md notes (2078 set rows and
// 129 workouts for Strong; 330 rows and 17 workouts for Hevy), not from
// this reader.
func TestRealStrong(t *testing.T) {
	data := shareddata.Read(t, "workout-logs/strong/strong.csv")
	if _, _, err := Import(bytes.NewReader(data), Options{}); err == nil {
		t.Error("the Strong file has no unit; import without Options.Unit must fail")
	}
	h := importAll(t, data, Options{Unit: repkit.UnitKilogram})
	sets, names := 0, map[string]bool{}
	for _, w := range h.Workouts {
		for _, e := range w.Exercises {
			sets += len(e.Sets)
			names[e.Name] = true
		}
	}
	if sets != 2078 || len(h.Workouts) != 129 || len(names) != 72 {
		t.Errorf("got %d sets, %d workouts, %d exercises; SOURCE.md says 2078, 129, 72", sets, len(h.Workouts), len(names))
	}
	// First row of the file, checked by eye: 2021-02-10 16:46:13, Mittwoch,
	// 2h 18m, Bench Press (Barbell), set 1, 75.0 x 8.
	w := h.Workouts[0]
	s := w.Exercises[0].Sets[0]
	if w.Name != "Mittwoch" || w.Duration.String() != "2h18m0s" || s.Load != 75*repkit.Kilogram || s.Reps != 8 || s.Effort.Recorded() {
		t.Errorf("first workout %q %v, first set %+v", w.Name, w.Duration, s)
	}
}

func TestRealHevy(t *testing.T) {
	h := importAll(t, shareddata.Read(t, "workout-logs/hevy/workout_data.csv"), Options{})
	sets, bodyweight, superset := 0, 0, 0
	names := map[string]bool{}
	for _, w := range h.Workouts {
		for _, e := range w.Exercises {
			names[e.Name] = true
			for _, s := range e.Sets {
				sets++
				if s.Load == 0 {
					bodyweight++
				}
				if e.Superset != "" {
					superset++
				}
				if s.Kind != KindWorking || s.Effort.Recorded() {
					t.Errorf("SOURCE.md says every row is normal with no RPE; got %+v", s)
				}
			}
		}
	}
	if sets != 330 || len(h.Workouts) != 17 || len(names) != 44 || bodyweight != 4 || superset != 54 {
		t.Errorf("got %d sets, %d workouts, %d exercises, %d bodyweight, %d in supersets; SOURCE.md says 330, 17, 44, 4, 54 (48+6)",
			sets, len(h.Workouts), len(names), bodyweight, superset)
	}
	if h.Unit != repkit.UnitKilogram {
		t.Errorf("unit %v, want kg from the weight_kg header", h.Unit)
	}
	// Straight sets only in this file: nothing may be read as rest-pause.
	if got := Recover(h, RecoverOptions{}); len(got) != 0 {
		t.Errorf("recovered %d rest-pause sets from a file with no evidence for any", len(got))
	}
}
