package fatigue

import (
	"errors"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/errtest"
)

// TestErrorMessages: each error names the field and the value and says what
// to give instead; the expected texts are written by hand.
func TestErrorMessages(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	check := func(m Monitor, h TrainingLog) error { _, err := m.Check(day(30), h); return err }
	status := func(bc BlastCruise, notes []Note) error { _, err := bc.Status(day(30), notes); return err }
	errtest.Check(t, []errtest.Case{
		errtest.C("sleep", CheckIn{Sleep: 30 * time.Hour}.Validate(), nil,
			`fatigue: sleep "30h0m0s": out of range; give 0 to 24 hours`),
		errtest.C("missed lifts", CheckIn{MissedLifts: -1}.Validate(), nil,
			`fatigue: missed_lifts "-1": out of range; give 0 or more`),
		errtest.C("dip above drop", check(Monitor{Dip: 0.06}, TrainingLog{}), nil,
			`fatigue: monitor.dip "0.06": out of range; give at most drop (0.05): a dip is the smaller fall`),
		errtest.C("drop of 1", check(Monitor{Drop: 1}, TrainingLog{}), nil,
			`fatigue: monitor.drop "1": out of range; give a fraction from 0 to below 1, such as 0.05 for 5%; 0 is the default`),
		errtest.C("e1rm zero", check(Monitor{}, TrainingLog{Measures: []Measure{{Date: day(1), Lift: "bench", E1RM: 100 * repkit.Kilogram}, {Date: day(2), Lift: "bench"}}}), nil,
			`fatigue: measures[1].e1rm "0kg": out of range; give an estimated one-rep max above zero, such as 100kg`),
		errtest.C("notes out of order", status(BlastCruise{}, []Note{{Date: day(5)}, {Date: day(3)}}), nil,
			`fatigue: notes[1].date "2026-03-03": out of order; it is before the note above it (2026-03-05); give notes oldest first`),
		errtest.C("blast min above max", status(BlastCruise{BlastMin: 100 * 24 * time.Hour}, nil), nil,
			`fatigue: blast_cruise.blast_min "2400h0m0s": out of range; give at most blast_max (2016h0m0s)`),
		errtest.C("negative cruise", status(BlastCruise{CruiseMax: -time.Hour}, nil), nil,
			`fatigue: blast_cruise.cruise_max "-1h0m0s": out of range; give a duration of zero (the default) or more`),
	})
}

// A fieldCase is an error that must be a *FieldError for field, matching
// the sentinel is.
type fieldCase struct {
	name  string
	err   error
	field string
	is    error
}

// TestRejectsBadInput: check-ins, lifters and the monitor refuse bad values
// with a *FieldError naming the field, and Assess gives no readiness then.
func TestRejectsBadInput(t *testing.T) {
	assess := func(l Lifter, c CheckIn) error {
		a, err := Assess(l, c)
		if a != (Readiness{}) {
			t.Errorf("Assess(%+v, %+v): assessment %+v with error", l, c, a)
		}
		return err
	}
	check := func(m Monitor, h TrainingLog) error { _, err := m.Check(asOf, h); return err }
	for _, tc := range []fieldCase{
		{"negative sleep", assess(seasoned, CheckIn{Sleep: -time.Hour}), "sleep", repkit.ErrRange},
		{"sleep over a day", assess(seasoned, CheckIn{Sleep: 25 * time.Hour}), "sleep", repkit.ErrRange},
		{"negative missed", assess(seasoned, CheckIn{MissedLifts: -1}), "missed_lifts", repkit.ErrRange},
		{"bad concern", assess(seasoned, CheckIn{Joints: 9}), "joints", repkit.ErrUnknownName},
		{"bad experience", assess(Lifter{Experience: 7}, CheckIn{}), "experience", repkit.ErrUnknownName},
		{"bad condition bits", assess(Lifter{Conditions: 1 << 15}, CheckIn{}), "conditions", repkit.ErrUnknownName},
		{"zero e1rm", check(Monitor{}, TrainingLog{Measures: []Measure{{Date: asOf, E1RM: 0}}}), "measures[0].e1rm", repkit.ErrRange},
		{"negative e1rm", check(Monitor{}, TrainingLog{Measures: []Measure{{Date: asOf, E1RM: 100 * kg}, {Date: asOf, E1RM: -kg}}}), "measures[1].e1rm", repkit.ErrRange},
		{"bad note concern", check(Monitor{}, TrainingLog{Notes: []Note{{Date: asOf, Joints: 8}}}), "notes[0].joints", repkit.ErrUnknownName},
		{"negative window", check(Monitor{Recent: -1}, TrainingLog{}), "monitor.recent", repkit.ErrRange},
		{"dip above drop", check(Monitor{Dip: 0.2}, TrainingLog{}), "monitor.dip", repkit.ErrRange},
	} {
		var fe *FieldError
		if !errors.As(tc.err, &fe) || fe.Field != tc.field || !errors.Is(tc.err, tc.is) {
			t.Errorf("%s: err = %v, want field %q wrapping %v", tc.name, tc.err, tc.field, tc.is)
		}
	}
}
