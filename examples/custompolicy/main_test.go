package main

import (
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

func TestPolicyConforms(t *testing.T) {
	t.Run("BarSpeedLoss", func(t *testing.T) {
		restpausetest.Run(t, func(*testing.T) restpause.StopPolicy { return BarSpeedLoss{MaxLossPercent: 25} })
	})
	t.Run("Policy", func(t *testing.T) {
		restpausetest.Run(t, func(*testing.T) restpause.StopPolicy { return Policy() })
	})
}

func TestBarSpeedLoss(t *testing.T) {
	rec := func(v ...float64) *restpause.Record {
		r := &restpause.Record{Activation: restpause.Burst{Reps: 10}}
		for _, x := range v {
			r.Bursts = append(r.Bursts, restpause.Burst{Reps: 3, MeanVelocity: x})
		}
		return r
	}
	p := BarSpeedLoss{MaxLossPercent: 25}
	for _, tc := range []struct {
		v    []float64
		stop bool
	}{
		{[]float64{0.40, 0.30}, false},      // exactly 25%: not more than 25%
		{[]float64{0.40, 0.35, 0.29}, true}, // 27.5%
		{[]float64{0.40, 0, 0.20}, true},    // a missing reading is skipped
		{[]float64{0, 0.1}, false},          // no first reading
		{[]float64{0.40}, false},            // nothing to compare yet
	} {
		if got := p.Decide(rec(tc.v...)).Stop(); got != tc.stop {
			t.Errorf("velocities %v: stop %v, want %v", tc.v, got, tc.stop)
		}
	}
}

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	// First burst 0.44 m/s; 0.38 is a 13.6% loss, 0.31 a 29.5% loss.
	exampletest.Contains(t, out,
		"burst 2 after 25s: 4 reps at 0.38 m/s\n",
		"burst 3 after 25s: 3 reps at 0.31 m/s\n",
		"set ended (custom): burst 3: bar speed fell too far below the first burst's\n",
		"velocity loss 29% against a limit of 25%\n",
	)
	// The set has ended at burst 3: no burst runs after it.
	exampletest.Lacks(t, out, "burst 4")
}
