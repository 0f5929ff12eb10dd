package progression_test

import (
	"errors"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// Repeated trouble turns any decision into a change of exercise, with the
// Coach's own sentence; without it the decision is unchanged.
func TestCoachTrouble(t *testing.T) {
	w := mustLadder(t, 40*repkit.Kilogram, 45*repkit.Kilogram, 50*repkit.Kilogram)
	stop := restpause.Decision{Reason: restpause.StopLifter}
	h := []progression.Outing{rpOut(0, 40*repkit.Kilogram, stop, 12, 4, 3)} // 19 total, above 11-15
	c := progression.Coach{Weights: w}
	plain := decide(t, c, h, day0.AddDate(0, 0, 7), fatigue.DoseUnknown)
	if plain.Action != progression.ActionAddLoad {
		t.Fatalf("without trouble: %s", plain)
	}
	c.Trouble = progression.Trouble{Weeks: 2, Window: 3, Switch: true}
	d := decide(t, c, h, day0.AddDate(0, 0, 7), fatigue.DoseUnknown)
	if d.Action != progression.ActionChangeExercise || d.Lead != progression.ReasonRepeatedTrouble || d.Load != 40*repkit.Kilogram ||
		!d.Why.Has(progression.ReasonTotalAboveRange) {
		t.Fatalf("with trouble: %+v", d)
	}
	want := "Joint discomfort, pain or setup friction in 2 of the last 3 weeks, so tolerance is now the main story: " +
		"simplify or switch the exercise, to a variation that trains the same muscles, and build it up from a load you can do for 11-15 reps."
	if got := d.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	// Trouble not enough to switch changes nothing.
	c.Trouble = progression.Trouble{Weeks: 1, Window: 3}
	if got := decide(t, c, h, day0.AddDate(0, 0, 7), fatigue.DoseUnknown); got != plain {
		t.Fatalf("trouble without switch changed the decision: %s", got)
	}
	// Assisted loads take their own path through Decide: trouble turns
	// theirs into a change of exercise too, at the assistance last used.
	a := progression.Coach{Weights: assistSteps(t), Kind: repkit.LoadAssisted, Trouble: progression.Trouble{Weeks: 2, Window: 3, Switch: true}}
	ah := []progression.Outing{out(0, 30*repkit.Kilogram, 12, 12, 12)}
	if d := decide(t, a, ah, day0.AddDate(0, 0, 7), fatigue.DoseUnknown); d.Action != progression.ActionChangeExercise ||
		d.Lead != progression.ReasonRepeatedTrouble || d.Load != 30*repkit.Kilogram {
		t.Errorf("assisted, with trouble: %+v", d)
	}
	for _, bad := range []progression.Trouble{{Weeks: 4, Window: 3}, {Window: -1}, {Switch: true, Window: 3}} {
		c.Trouble = bad
		var fe *progression.FieldError
		if _, err := c.Decide(h, time.Time{}, fatigue.DoseUnknown); !errors.As(err, &fe) || !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}
