package restpause_test

import (
	"fmt"
	"testing"

	"github.com/repkit/repkit/internal/enum/enumtest"
	"github.com/repkit/repkit/restpause"
)

// TestEnumContract runs the shared enum contract on every enum of the
// package, with the names of the JSON format written out.
func TestEnumContract(t *testing.T) {
	enumtest.Run[restpause.StopReason](t, "StopReason", "stop reason",
		"continue", "pain", "technique", "min-reps", "drop-off", "max-bursts", "total-reps",
		"myo-rep", "match-activation", "time-cap", "rir-floor", "lifter", "custom", "burst-limit")
	enumtest.Run[restpause.Signal](t, "Signal", "signal", "none", "pain-or-nerve", "technique-lost",
		"target-not-limiting", "range-shortened", "momentum", "discomfort-rising", "discomfort-high")
	enumtest.Run[restpause.StepKind](t, "StepKind", "step kind", "none", "activation", "burst", "done")
	enumtest.Run[restpause.Slot](t, "Slot", "slot", "unknown", "main", "accessory")
	enumtest.Run[restpause.Choice](t, "Choice", "choice", "unknown", "straight-sets", "rest-pause")
	enumtest.Run[restpause.PlanReason](t, "PlanReason", "plan reason",
		"unknown", "replaces", "screened", "no-dose", "main-lift", "slot-unknown", "unsuitable",
		"caution", "nothing-to-replace", "session-limit", "short-rest", "beginner", "repeated", "little-saving")
	enumtest.Run[restpause.Mistake](t, "Mistake", "mistake",
		"unknown", "high-skill", "everywhere", "all-failure", "churn", "while-dropping")
}

// Valid holds exactly for the named reasons and signals.
func TestValid(t *testing.T) {
	for r := restpause.Continue; r <= restpause.StopBurstLimit; r++ {
		if !r.Valid() {
			t.Errorf("%v: Valid = false, want true", r)
		}
	}
	if r := restpause.StopBurstLimit + 1; r.Valid() {
		t.Errorf("%v: Valid = true, want false", r)
	}
	for s := restpause.SignalNone; s <= restpause.SignalDiscomfortHigh; s++ {
		if !s.Valid() {
			t.Errorf("%v: Valid = false, want true", s)
		}
	}
	if s := restpause.SignalDiscomfortHigh + 1; s.Valid() {
		t.Errorf("%v: Valid = true, want false", s)
	}
}

func TestDecisionString(t *testing.T) {
	for _, tc := range []struct {
		d    restpause.Decision
		want string
	}{
		{restpause.Decision{}, "keep going"},
		{restpause.Decision{Reason: restpause.StopMinReps, Burst: 3, Value: 2, Limit: 3}, "burst 3: 2 reps, below the minimum of 3"},
		{restpause.Decision{Reason: restpause.StopMyoRep, Burst: 2, Value: 3, Limit: 4}, "burst 2: 3 reps, short of the first mini-set's 4"},
		{restpause.Decision{Reason: restpause.StopTechnique, Burst: 1, Signal: restpause.SignalMomentum}, "burst 1: momentum took over, so the set ended there"},
		{restpause.Decision{Reason: restpause.StopMaxBursts, Value: 3, Limit: 3}, "3 bursts done, the planned maximum of 3"},
		{restpause.Decision{Reason: restpause.StopTimeCap, Value: int64(125e9), Limit: int64(120e9)}, "the set has run 2m5s, reaching the cap of 2m0s"},
		{restpause.Decision{Reason: restpause.StopCustom, Burst: 2, Note: "bar speed fell 30%"}, "burst 2: bar speed fell 30%"},
		{restpause.Decision{Reason: restpause.StopLifter}, "you ended the set"},
		// The activation set and the whole set are told apart by Burst.
		{restpause.Decision{Reason: restpause.StopMinReps, Burst: restpause.ActivationSet, Limit: 1}, "the activation set: 0 reps, below the minimum of 1"},
		{restpause.Decision{Reason: restpause.StopPain, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve},
			"the activation set: pain or nerve symptoms; end the set now and get qualified advice if it persists"},
		{restpause.Decision{Reason: restpause.StopCustom, Burst: restpause.ActivationSet, Note: "grip gave out"}, "the activation set: grip gave out"},
		{restpause.Decision{Reason: restpause.StopCustom, Note: "bar speed fell 30%"}, "the set: bar speed fell 30%"},
		{restpause.Decision{Reason: restpause.StopMatchActivation, Value: 16, Limit: 15}, "16 reps in the bursts, matching the activation set's 15"},
		{restpause.Decision{Reason: restpause.StopBurstLimit, Value: 100, Limit: 100}, "100 bursts done, the most one set can record; no stop rule ended the set sooner"},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%+v: String = %q, want %q", tc.d, got, tc.want)
		}
		if got := fmt.Sprint(tc.d); got != tc.want {
			t.Errorf("%+v: fmt.Sprint = %q, want the sentence %q", tc.d, got, tc.want)
		}
	}
}
