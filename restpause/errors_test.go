package restpause_test

import (
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/internal/errtest"
	"github.com/repkit/repkit/restpause"
)

// TestErrorMessages: each error names the field and the value and says what
// to give instead; the expected texts are written by hand.
func TestErrorMessages(t *testing.T) {
	newSession := func() *restpause.Session {
		s, err := restpause.NewSession(restpause.MyoReps(), start)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := newSession()
	burstFirst := s.LogBurst(restpause.Burst{Reps: 4})
	badReps := s.LogActivation(restpause.Burst{Reps: -1})
	if err := s.LogActivation(restpause.Burst{Reps: 15}); err != nil {
		t.Fatal(err)
	}
	twice := s.LogActivation(restpause.Burst{Reps: 14})
	longRest := s.LogBurst(restpause.Burst{Reps: 4, Rest: 2 * time.Hour})
	if err := s.End(); err != nil {
		t.Fatal(err)
	}
	afterEnd := s.LogBurst(restpause.Burst{Reps: 4, Rest: 20 * time.Second})
	rec := restpause.Record{Date: start.Date, Load: 20000 * repkit.Kilogram}
	_, audit := restpause.Auditor{}.Audit([]restpause.Record{{Date: start.Date}, rec}, nil)
	_, plan := restpause.Planner{MaxBursts: 101}.Plan(fatigue.Lifter{}, fatigue.DoseFull, nil)

	errtest.Check(t, []errtest.Case{
		errtest.C("burst before activation", burstFirst, nil,
			`restpause: bursts[0].reps "4": out of order; log the activation set first`),
		errtest.C("negative reps", badReps, nil,
			`restpause: activation.reps "-1": invalid value; give a whole number from 0 to 1000`),
		errtest.C("activation twice", twice, nil,
			`restpause: activation.reps "14": out of order; the activation set is already logged; log the sets after it as bursts`),
		errtest.C("rest too long", longRest, nil,
			`restpause: bursts[0].rest "2h0m0s": invalid value; give a duration from 0s to 1h0m0s`),
		errtest.C("after the end", afterEnd, nil,
			`restpause: stop.reason "lifter": set already ended; burst 1 cannot be logged after the end; start a new Session for the next set`),
		errtest.C("audit record", audit, nil,
			`restpause: history[1].load "20000kg": invalid value; give a load from 0kg to 10000kg`),
		errtest.C("planner", plan, nil,
			`restpause: planner max bursts "101": invalid value; give a whole number from 0 to 100`),
	})
}
