package restpause_test

import (
	"testing"

	"github.com/repkit/repkit/internal/enum/enumtest"
	"github.com/repkit/repkit/restpause"
)

// TestEnumContract runs the shared enum contract on every enum of the
// package, with the names of the JSON format written out.
func TestEnumContract(t *testing.T) {
	enumtest.Run[restpause.StopReason](t, "StopReason", "stop reason",
		"continue", "pain", "technique", "min_reps", "drop_off", "max_bursts", "total_reps",
		"myo_rep", "match", "time_cap", "rir_floor", "lifter", "custom")
	enumtest.Run[restpause.Signal](t, "Signal", "signal", "none", "pain_or_nerve", "technique_lost",
		"target_not_limiting", "range_shortened", "momentum", "discomfort_rising")
	enumtest.Run[restpause.StepKind](t, "StepKind", "step kind", "none", "activation", "burst", "done")
	enumtest.Run[restpause.Slot](t, "Slot", "slot", "unknown", "main", "accessory")
	enumtest.Run[restpause.Choice](t, "Choice", "choice", "unknown", "straight-sets", "rest-pause")
	enumtest.Run[restpause.PlanReason](t, "PlanReason", "plan reason",
		"unknown", "replaces", "screened", "no_dose", "main_lift", "slot_unknown", "unsuitable",
		"caution", "nothing_to_replace", "session_limit", "short_rest", "beginner")
	enumtest.Run[restpause.Mistake](t, "Mistake", "mistake",
		"unknown", "high_skill", "everywhere", "all_failure", "churn", "while_dropping")
}

func TestDecisionExplain(t *testing.T) {
	for _, tc := range []struct {
		d    restpause.Decision
		want string
	}{
		{restpause.Decision{}, "keep going"},
		{restpause.Decision{Reason: restpause.StopMinReps, Burst: 3, Value: 2, Limit: 3}, "burst 3: 2 reps, below the minimum of 3"},
		{restpause.Decision{Reason: restpause.StopMyoRep, Burst: 2, Value: 3, Limit: 4}, "burst 2: 3 reps, short of the first mini-set's 4"},
		{restpause.Decision{Reason: restpause.StopTechnique, Burst: 1, Signal: restpause.SignalMomentum}, "burst 1: momentum took over; end the set while the reps are still clean"},
		{restpause.Decision{Reason: restpause.StopMaxBursts, Value: 3, Limit: 3}, "3 bursts done, the planned maximum of 3"},
		{restpause.Decision{Reason: restpause.StopTimeCap, Value: int64(125e9), Limit: int64(120e9)}, "the set has run 2m5s, reaching the cap of 2m0s"},
		{restpause.Decision{Reason: restpause.StopCustom, Burst: 2, Note: "bar speed fell 30%"}, "burst 2: bar speed fell 30%"},
		{restpause.Decision{Reason: restpause.StopLifter}, "you ended the set"},
	} {
		if got := tc.d.Explain(); got != tc.want {
			t.Errorf("%+v: Explain = %q, want %q", tc.d, got, tc.want)
		}
	}
}
