package mobile_test

import (
	"strings"
	"testing"

	"github.com/repkit/repkit/mobile"
)

// TestDecideNextTimeDefaultsAndCoach: DecideNextTime's documented
// defaults: a coach of "" is the same as "{}" (the Coach's defaults) and a
// dose of "" the same as "unknown" (not assessed); and a coach given is
// read: two sets of 10 at 20 kg on a cable are the top of a range of 8-10
// in every set, so double progression adds the smallest cable step (the
// common kilogram gym's 1.25 kg: 21.25 kg), and below the bottom of 12-15,
// so the load holds at 20 kg.
func TestDecideNextTimeDefaultsAndCoach(t *testing.T) {
	outings := `[{"date":"2026-03-02T18:00:00Z","load":"20kg","sets":[{"reps":10},{"reps":10}]}]`
	decide := func(coach, dose string) string {
		t.Helper()
		return get(mobile.DecideNextTime(outings, coach, "", "cable", "2026-03-09T18:00:00Z", dose)).ok(t)
	}
	base := decide("{}", "unknown")
	if got := decide("", ""); got != base {
		t.Errorf("coach and dose \"\":\n%s\nwant the defaults' \n%s", got, base)
	}
	if got := decide("", "unknown"); got != base {
		t.Errorf("coach \"\": %s", got)
	}
	if got := decide("{}", ""); got != base {
		t.Errorf("dose \"\": %s", got)
	}
	up := decide(`{"range":{"min":8,"max":10}}`, "")
	if a, l := field(t, up, "action"), field(t, up, "load"); a != "add-load" || l != "21.25kg" {
		t.Errorf("range 8-10: action %v, load %v; want add-load, 21.25kg", a, l)
	}
	hold := decide(`{"range":{"min":12,"max":15}}`, "")
	if a, l := field(t, hold, "action"), field(t, hold, "load"); a != "hold" || l != "20kg" {
		t.Errorf("range 12-15: action %v, load %v; want hold, 20kg", a, l)
	}
}

// TestTypeErrorsNameTheField: a value of the wrong JSON type is an error
// naming where it is (the field below the argument, when there is one)
// and what was wanted.
func TestTypeErrorsNameTheField(t *testing.T) {
	_, err := mobile.ClassifyExercise(`{"name":5}`)
	if err == nil || !strings.HasPrefix(err.Error(), "mobile: exercise.") || !strings.HasSuffix(err.Error(), "name: got a JSON number, want string") {
		t.Errorf("field: %v", err)
	}
	_, err = mobile.ClassifyExercise(`5`)
	if err == nil || err.Error() != "mobile: exercise: got a JSON number, want object" {
		t.Errorf("top level: %v", err)
	}
}
