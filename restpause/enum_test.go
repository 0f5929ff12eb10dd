package restpause_test

import (
	"encoding"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// checkEnum checks every value from 0 to last: its name is lower case, it
// marshals to its name, and the name reads back in any case; the value after
// last fails to marshal; an unknown name fails with ErrUnknownName.
func checkEnum[T any, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, values []T, beyond T, wantNames []string) {
	t.Helper()
	for i, v := range values {
		m := any(v).(textEnum)
		name := m.String()
		if name != wantNames[i] {
			t.Errorf("value %d: String = %q, want %q", i, name, wantNames[i])
		}
		text, err := m.MarshalText()
		if err != nil || string(text) != name {
			t.Errorf("%s: MarshalText = %q, %v", name, text, err)
		}
		for _, in := range []string{name, strings.ToUpper(name)} {
			var got T
			if err := PT(&got).UnmarshalText([]byte(in)); err != nil || any(got) != any(v) {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, got, err, v)
			}
		}
	}
	if _, err := any(beyond).(textEnum).MarshalText(); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("MarshalText(%v) error %v, want ErrUnknownName", beyond, err)
	}
	got := values[1]
	if err := PT(&got).UnmarshalText([]byte("no such name")); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("UnmarshalText(unknown) error %v, want ErrUnknownName", err)
	}
	if any(got) != any(values[1]) {
		t.Errorf("failed UnmarshalText changed the value to %v", got)
	}
}

func TestStopReasonText(t *testing.T) {
	var vals []restpause.StopReason
	for r := restpause.Continue; r <= restpause.StopBurstLimit; r++ {
		vals = append(vals, r)
	}
	checkEnum(t, vals, restpause.StopBurstLimit+1, []string{"continue", "pain", "technique", "min_reps", "drop_off",
		"max_bursts", "total_reps", "myo_rep", "match_activation", "time_cap", "rir_floor", "lifter", "custom", "burst_limit"})
	for r := restpause.Continue; r <= restpause.StopBurstLimit; r++ {
		if !r.Valid() {
			t.Errorf("%v: Valid = false, want true", r)
		}
	}
	if r := restpause.StopBurstLimit + 1; r.Valid() {
		t.Errorf("%v: Valid = true, want false", r)
	}
}

func TestSignalText(t *testing.T) {
	var vals []restpause.Signal
	for s := restpause.SignalNone; s <= restpause.SignalDiscomfortRising; s++ {
		vals = append(vals, s)
	}
	checkEnum(t, vals, restpause.SignalDiscomfortRising+1, []string{"none", "pain_or_nerve", "technique_lost",
		"target_not_limiting", "range_shortened", "momentum", "discomfort_rising"})
}

func TestStepKindText(t *testing.T) {
	checkEnum(t, []restpause.StepKind{restpause.StepNone, restpause.StepActivation, restpause.StepBurst, restpause.StepDone},
		restpause.StepDone+1, []string{"none", "activation", "burst", "done"})
}

func TestDecisionString(t *testing.T) {
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
