package review_test

import (
	"slices"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/review"
	"github.com/repkit/repkit/volume"
)

func legExtension(date time.Time, first, last int, pain bool, friction int) restpause.Record {
	return restpause.Record{
		Date: date, Exercise: "Leg Extension", Load: 50 * repkit.Kilogram,
		Activation: restpause.Burst{Reps: 15, Signals: restpause.Signals{Discomfort: first}},
		Bursts:     []restpause.Burst{{Reps: 5, Rest: 20 * time.Second, Signals: restpause.Signals{Discomfort: last, PainOrNerve: pain}}},
		Stop:       restpause.Decision{Reason: restpause.StopLifter},
		Tolerance:  restpause.Tolerance{SetupFriction: friction},
	}
}

func TestTolerancesByHand(t *testing.T) {
	w := time.Date(2025, 3, 4, 18, 0, 0, 0, time.UTC) // a Tuesday
	recs := []restpause.Record{
		legExtension(w, 2, 2, false, 1),                  // week 1: calm
		legExtension(w.AddDate(0, 0, 7), 2, 4, false, 3), // week 2: rising to 4: trouble
		legExtension(w.AddDate(0, 0, 14), 3, 6, true, 2), // week 3: pain and 6: trouble
	}
	trends := review.Tolerances(recs, volume.Weeks{})
	if len(trends) != 1 {
		t.Fatalf("trends %+v", trends)
	}
	tr := trends[0]
	if len(tr.Weeks) != 3 || !tr.Switch || tr.DiscomfortChange != 4 || tr.FrictionChange != 1 {
		t.Fatalf("trend %+v", tr)
	}
	if tr.Weeks[0].Trouble || !tr.Weeks[1].Trouble || !tr.Weeks[2].Trouble || tr.Weeks[2].Pain != 1 || tr.Weeks[1].Rising != 1 {
		t.Fatalf("weeks %+v", tr.Weeks)
	}
	if got := tr.Trouble(); got != (progression.Trouble{Weeks: 2, Window: 3, Switch: true}) {
		t.Fatalf("trouble %+v", got)
	}
	ex, _ := exercise.Lookup("Leg Extension")
	tr.Alternatives = review.Alternatives(ex, review.EquipmentOf(progression.KilogramGym()), nil)
	want := "Leg Extension: joint discomfort 2 to 6 of 10 over 3 weeks, rising in 2 sets, pain in 1; setup friction up to 3 of 10. Trouble in 2 of the last 3 weeks. Alternatives that train the same muscles first, suit rest-pause and fit your equipment: Machine Hack Squat."
	if got := tr.Sentence(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	// One troubled week of three is a bad day, not a switch.
	trends = review.Tolerances(recs[:2], volume.Weeks{})
	if trends[0].Switch {
		t.Fatal("switch after one troubled week")
	}
}

func TestAlternatives(t *testing.T) {
	ex, _ := exercise.Lookup("Cable Lateral Raise")
	// Dumbbells only (and body weight): the dumbbell lateral and front raises.
	got := review.Alternatives(ex, []exercise.Equipment{exercise.Dumbbell, exercise.Bodyweight}, nil)
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
		if a.PrimaryMuscles != ex.PrimaryMuscles || exercise.Classify(a).Verdict != exercise.Suitable || a.Equipment != exercise.Dumbbell {
			t.Errorf("alternative %s does not fit", a.ID)
		}
	}
	if !slices.Contains(ids, "dumbbell-lateral-raise") || slices.Contains(ids, "cable-lateral-raise") {
		t.Fatalf("alternatives %v", ids)
	}
	// Avoided exercises are left out.
	got = review.Alternatives(ex, []exercise.Equipment{exercise.Dumbbell}, []string{"dumbbell-lateral-raise"})
	if slices.ContainsFunc(got, func(e exercise.Exercise) bool { return e.ID == "dumbbell-lateral-raise" }) {
		t.Fatal("avoided exercise suggested")
	}
	// A gym with no dumbbells has no dumbbell equipment.
	g := progression.KilogramGym()
	g.Dumbbells = nil
	if slices.Contains(review.EquipmentOf(g), exercise.Dumbbell) || !slices.Contains(review.EquipmentOf(g), exercise.Machine) {
		t.Fatalf("equipment %v", review.EquipmentOf(g))
	}
}

// A set with nothing to report says so in words, not "0 of 10".
func TestToleranceSentenceOfNothing(t *testing.T) {
	w := time.Date(2025, 3, 4, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		recs []restpause.Record
		want string
	}{
		{[]restpause.Record{legExtension(w, 0, 0, false, 0), legExtension(w.AddDate(0, 0, 7), 0, 0, false, 0)},
			"Leg Extension: no joint discomfort over 2 weeks; no setup friction."},
		{[]restpause.Record{legExtension(w, 0, 0, false, 2)}, "Leg Extension: no joint discomfort in 1 week; setup friction up to 2 of 10."},
	} {
		trends := review.Tolerances(tc.recs, volume.Weeks{})
		if len(trends) != 1 {
			t.Fatalf("trends %+v", trends)
		}
		if got := trends[0].Sentence(); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}
