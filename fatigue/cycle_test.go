package fatigue

import (
	"errors"
	"testing"
	"time"

	"github.com/repkit/repkit"
)

// hardDays returns notes for rest-pause sessions every third day from
// from days ago to to days ago (inclusive), oldest first.
func hardDays(from, to int) []Note {
	var ns []Note
	for d := from; d >= to; d -= 3 {
		ns = append(ns, Note{Date: daysAgo(d), RestPause: true})
	}
	return ns
}

func TestBlastCruise(t *testing.T) {
	easy := func(d int) Note { return Note{Date: daysAgo(d)} }
	for _, tc := range []struct {
		name  string
		notes []Note
		phase Phase
		start int // days ago, -1 for none
	}{
		{"no hard days", []Note{easy(5), easy(2)}, PhaseFresh, -1},
		{"three weeks in", hardDays(21, 0), PhaseBlast, 21},
		{"seven weeks in", hardDays(49, 1), PhaseCruiseSoon, 49},
		{"thirteen weeks in", hardDays(91, 1), PhaseCruiseDue, 91},
		{"cruising after eight weeks", append(hardDays(60, 6), easy(3)), PhaseCruising, 60},
		{"cruise complete", append(hardDays(70, 12), easy(8), easy(4)), PhaseFresh, 70},
		{"failure sets count as hard", []Note{{Date: daysAgo(9), ToFailure: true}, {Date: daysAgo(2), ToFailure: true}}, PhaseBlast, 9},
		// a 12-day break restarts the blast count: the new blast began 20 days ago.
		{"new blast after a cruise", append(hardDays(80, 32), hardDays(20, 2)...), PhaseBlast, 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := BlastCruise{}.Status(asOf, tc.notes)
			if err != nil {
				t.Fatal(err)
			}
			if c.Phase != tc.phase {
				t.Errorf("phase = %v, want %v (%+v)", c.Phase, tc.phase, c)
			}
			if tc.start >= 0 && !c.BlastStart.Equal(daysAgo(tc.start)) {
				t.Errorf("blast start = %v, want %v", c.BlastStart, daysAgo(tc.start))
			}
			if c.Phase.Sentence() == "" {
				t.Error("no sentence")
			}
			if !c.LastHard.IsZero() && !c.CruiseFrom.Equal(c.LastHard.AddDate(0, 0, 10)) {
				t.Errorf("cruise from %v, want 10 days after %v", c.CruiseFrom, c.LastHard)
			}
			if got := c.AllowsRestPause(); got != (tc.phase == PhaseFresh || tc.phase == PhaseBlast || tc.phase == PhaseCruiseSoon) {
				t.Errorf("allows = %v", got)
			}
		})
	}
}

func TestBlastCruiseErrors(t *testing.T) {
	_, err := BlastCruise{}.Status(asOf, []Note{{Date: daysAgo(1)}, {Date: daysAgo(3)}})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "notes[1].date" || !errors.Is(err, repkit.ErrOrder) {
		t.Errorf("unordered notes: %v", err)
	}
	_, err = BlastCruise{CruiseMin: 20 * 24 * time.Hour}.Status(asOf, nil)
	if !errors.Is(err, repkit.ErrRange) {
		t.Errorf("cruise min above max: %v", err)
	}
	_, err = BlastCruise{BlastMax: -time.Hour}.Status(asOf, nil)
	if !errors.Is(err, repkit.ErrRange) {
		t.Errorf("negative blast max: %v", err)
	}
}
