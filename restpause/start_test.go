package restpause_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/errtest"
	"github.com/repkit/repkit/restpause"
)

// TestStartAndRestRefusals: NewSession, Resume and LogBurst refuse what
// cannot be a set, naming the field and the value and saying what to
// write instead; the expected texts are written by hand.
func TestStartAndRestRefusals(t *testing.T) {
	newSession := func(st restpause.Start) error {
		_, err := restpause.NewSession(restpause.DefaultProtocol(), st)
		return err
	}
	noDate, noExercise, spaces, noLoad := start, start, start, start
	noDate.Date = time.Time{}
	noExercise.Exercise = ""
	spaces.Exercise, spaces.ExerciseID = "  ", "\t"
	noLoad.Load = 0
	state := restpause.SessionState{Record: restpause.Record{Date: start.Date, Protocol: "rest-pause", Load: 40 * repkit.Kilogram}}
	_, resumed := restpause.Resume(restpause.DefaultProtocol(), state)

	// burst logs the activation set, then bursts with these rests, on a
	// new session of p, and returns the error of the last.
	burst := func(p restpause.Protocol, rests ...time.Duration) error {
		s, err := restpause.NewSession(p, start)
		if err != nil {
			t.Fatal(err)
		}
		must(t, s.LogActivation(restpause.Burst{Reps: 12}))
		for _, d := range rests[:len(rests)-1] {
			must(t, s.LogBurst(restpause.Burst{Reps: 5, Rest: d}))
		}
		return s.LogBurst(restpause.Burst{Reps: 5, Rest: rests[len(rests)-1]})
	}
	var zero restpause.Session
	must(t, zero.LogActivation(restpause.Burst{Reps: 12}))

	const newSet = " means this entry is not a burst of this set: log it as a new set, or use a protocol with longer rests"
	errtest.Check(t, []errtest.Case{
		errtest.C("no date", newSession(noDate), repkit.ErrEmpty,
			`restpause: start.date "0001-01-01T00:00:00Z": empty value; give when the set starts, from the app's clock, such as 2026-03-02T18:30:00Z`),
		errtest.C("no exercise", newSession(noExercise), repkit.ErrEmpty,
			`restpause: start.exercise "": empty value; give the exercise's name as the lifter sees it, such as "cable fly", or its catalog id`),
		errtest.C("exercise of spaces", newSession(spaces), repkit.ErrEmpty,
			`restpause: start.exercise "  ": empty value; give the exercise's name as the lifter sees it, such as "cable fly", or its catalog id`),
		errtest.C("no external load", newSession(noLoad), repkit.ErrEmpty,
			`restpause: start.load "0kg": empty value; give the weight lifted, such as 60kg; for body-weight work set load_kind bodyweight (0kg is body weight alone); band work names its band, such as "Band Pull-Apart"`),
		errtest.C("zero Start", newSession(restpause.Start{}), repkit.ErrEmpty,
			`restpause: start.date "0001-01-01T00:00:00Z": empty value; give when the set starts, from the app's clock, such as 2026-03-02T18:30:00Z`),
		errtest.C("resumed with no exercise", resumed, repkit.ErrEmpty,
			`restpause: record.exercise "": empty value; give the exercise's name as the lifter sees it, such as "cable fly", or its catalog id`),
		// DefaultProtocol rests 15-30 s: twice 30 s is the 60 s floor.
		errtest.C("rest past the default's 60s", burst(restpause.DefaultProtocol(), 61*time.Second), repkit.ErrInvalid,
			`restpause: bursts[0].rest "1m1s": invalid value; a rest longer than 1m0s (twice the longest rest of 15s-30s, and never under 1m0s)`+newSet),
		// Myo-reps' 5 breaths are 10 s, twice that 20 s: the floor of 60 s.
		errtest.C("second rest past myo-reps' 60s", burst(restpause.MyoReps(), 20*time.Second, 90*time.Second), repkit.ErrInvalid,
			`restpause: bursts[1].rest "1m30s": invalid value; a rest longer than 1m0s (twice the longest rest of 3-5 deep breaths, and never under 1m0s)`+newSet),
		// 45-90 s: twice 90 s is 3 minutes.
		errtest.C("rest past twice 90s", burst(restpause.Protocol{Rest: restpause.Rest{Min: 45 * time.Second, Max: 90 * time.Second}}, 3*time.Minute+time.Second), repkit.ErrInvalid,
			`restpause: bursts[0].rest "3m1s": invalid value; a rest longer than 3m0s (twice the longest rest of 45s-1m30s, and never under 1m0s)`+newSet),
		errtest.C("zero Session's rest past 5m", zero.LogBurst(restpause.Burst{Reps: 5, Rest: 5*time.Minute + time.Second}), repkit.ErrInvalid,
			`restpause: bursts[0].rest "5m1s": invalid value; a rest longer than 5m0s (the limit for a protocol that prescribes no rest)`+newSet),
	})
}

// A zero load is a set for body-weight work (body weight alone) and for
// assisted work (no assistance), and a set named by catalog id alone is
// named; a rest of zero (not timed) is a burst whatever the protocol.
func TestStartAccepts(t *testing.T) {
	for _, st := range []restpause.Start{
		{Date: start.Date, Exercise: "dip", LoadKind: repkit.LoadBodyweight},
		{Date: start.Date, Exercise: "assisted pull-up", LoadKind: repkit.LoadAssisted},
		{Date: start.Date, ExerciseID: "leg-extension", Load: 40 * repkit.Kilogram},
		// a band's pull is no weighed load: band work is logged at zero
		{Date: start.Date, ExerciseID: "band-chest-fly"},
		{Date: start.Date, Exercise: "Chest Fly (Band)"},
		{Date: start.Date, Exercise: "Band Pull-Apart"},
		{Date: start.Date, Exercise: "Banded Face Pull"},
	} {
		s, err := restpause.NewSession(restpause.MyoReps(), st)
		if err != nil {
			t.Errorf("NewSession(%+v): %v", st, err)
			continue
		}
		must(t, s.LogActivation(restpause.Burst{Reps: 15}))
		must(t, s.LogBurst(restpause.Burst{Reps: 5}))
	}
}

func TestLongestBurstRest(t *testing.T) {
	for _, tt := range []struct {
		name string
		p    restpause.Protocol
		want time.Duration
	}{
		{"default, 15-30s", restpause.DefaultProtocol(), time.Minute},
		{"myo-reps, 3-5 breaths (10s)", restpause.MyoReps(), time.Minute},
		{"myo-rep match", restpause.MyoRepMatch(), time.Minute},
		{"dc, 10-15 breaths (30s)", restpause.DC(), time.Minute},
		{"dc-high", restpause.DCHigh(), time.Minute},
		{"zero protocol", restpause.Protocol{}, 5 * time.Minute},
		{"45-90s", restpause.Protocol{Rest: restpause.Rest{Min: 45 * time.Second, Max: 90 * time.Second}}, 3 * time.Minute},
		{"40 breaths (80s)", restpause.Protocol{Rest: restpause.Rest{MaxBreaths: 40}}, 160 * time.Second},
		{"20s or 20 breaths (40s): the longer", restpause.Protocol{Rest: restpause.Rest{Max: 20 * time.Second, MaxBreaths: 20}}, 80 * time.Second},
		{"31s", restpause.Protocol{Rest: restpause.Rest{Max: 31 * time.Second}}, 62 * time.Second},
		{"30m: the hour", restpause.Protocol{Rest: restpause.Rest{Max: 30 * time.Minute}}, time.Hour},
		{"40m: no more than DurationLimit", restpause.Protocol{Rest: restpause.Rest{Max: 40 * time.Minute}}, time.Hour},
	} {
		if got := tt.p.LongestBurstRest(); got != tt.want {
			t.Errorf("%s: LongestBurstRest() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBurstRestAtLimit: for any rest a protocol prescribes, a burst after
// a rest of exactly LongestBurstRest is logged, one nanosecond more is
// refused as ErrInvalid naming the burst's rest and logs nothing, and a
// rest of zero is logged.
func TestBurstRestAtLimit(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := restpause.Protocol{Name: "rest only", Rest: genRest().Draw(t, "rest")}
		limit := p.LongestBurstRest()
		if limit < restpause.BurstRestFloor || limit > restpause.DurationLimit {
			t.Fatalf("rest %v: limit %v outside %v to %v", p.Rest, limit, restpause.BurstRestFloor, restpause.DurationLimit)
		}
		s, err := restpause.NewSession(p, start)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.LogActivation(restpause.Burst{Reps: 10}); err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			before := s.Record()
			err := s.LogBurst(restpause.Burst{Reps: 5, Rest: limit + 1})
			var fe *restpause.FieldError
			field := "bursts[" + strconv.Itoa(i) + "].rest"
			if !errors.Is(err, repkit.ErrInvalid) || !errors.As(err, &fe) || fe.Field != field {
				t.Fatalf("rest %v, one nanosecond past %v: %v; want ErrInvalid for %s", p.Rest, limit, err, field)
			}
			if got := s.Record(); len(got.Bursts) != len(before.Bursts) {
				t.Fatalf("a refused burst was logged: %d bursts, want %d", len(got.Bursts), len(before.Bursts))
			}
			rest := limit
			if i == 1 {
				rest = 0
			}
			if err := s.LogBurst(restpause.Burst{Reps: 5, Rest: rest}); err != nil {
				t.Fatalf("rest %v: a rest of %v (limit %v): %v", p.Rest, rest, limit, err)
			}
		}
	})
}

// TestStartRule: every Start genStart draws (a date, an exercise, a load)
// starts a session and resumes from a state with its record, and every
// Start missing one of them is refused by both, naming that field.
func TestStartRule(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		st := genStart().Draw(t, "start")
		p := restpause.Protocol{Name: "any", Rest: genRest().Draw(t, "rest")}
		state := func(st restpause.Start) restpause.SessionState {
			return restpause.SessionState{Record: restpause.Record{Date: st.Date, ExerciseID: st.ExerciseID, Exercise: st.Exercise,
				Protocol: p.Name, Load: st.Load, Unit: st.Unit, LoadKind: st.LoadKind}}
		}
		if _, err := restpause.NewSession(p, st); err != nil {
			t.Fatalf("NewSession(%+v): %v", st, err)
		}
		if _, err := restpause.Resume(p, state(st)); err != nil {
			t.Fatalf("Resume of %+v: %v", st, err)
		}

		bad := genStartWithout().Draw(t, "without")
		check := func(what string, err error, field string) {
			var fe *restpause.FieldError
			if !errors.Is(err, repkit.ErrEmpty) || !errors.As(err, &fe) || fe.Field != field {
				t.Fatalf("%s of %+v: %v; want ErrEmpty for %s", what, bad.Start, err, field)
			}
		}
		_, err := restpause.NewSession(p, bad.Start)
		check("NewSession", err, bad.Missing)
		_, err = restpause.Resume(p, state(bad.Start))
		check("Resume", err, "record."+strings.TrimPrefix(bad.Missing, "start."))
	})
}

// A name that only contains the letters of "band" is no band.
func TestStartBandNeedsTheWord(t *testing.T) {
	for _, name := range []string{"Husband Carry", "Bandit Row"} {
		if _, err := restpause.NewSession(restpause.MyoReps(), restpause.Start{Date: start.Date, Exercise: name}); !errors.Is(err, repkit.ErrEmpty) {
			t.Errorf("%s at 0kg: err %v, want the zero load refused", name, err)
		}
	}
}
