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
	// rec's first velocity is the activation set's, the rest the bursts'.
	rec := func(start float64, v ...float64) *restpause.Record {
		r := &restpause.Record{Activation: restpause.Burst{Reps: 10, MeanVelocity: start}}
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
		{[]float64{0.40, 0.30}, false},       // exactly 25% below the activation: not more than 25%
		{[]float64{0.40, 0.35, 0.29}, true},  // 27.5%
		{[]float64{0.40, 0.29}, true},        // the first burst is judged too: 27.5%
		{[]float64{0.40, 0, 0.20}, true},     // a missing reading is skipped
		{[]float64{0, 0.1, 0.05}, false},     // no activation reading: nothing to compare with
		{[]float64{0.40}, false},             // no burst yet
		{[]float64{0.52, 0.44, 0.38}, true},  // 26.9% against the set's start; only 13.6% against the first burst
		{[]float64{0.52, 0.44, 0.40}, false}, // 23.1% against the start
	} {
		if got := p.Decide(rec(tc.v[0], tc.v[1:]...)).Stop(); got != tc.stop {
			t.Errorf("velocities %v: stop %v, want %v", tc.v, got, tc.stop)
		}
	}
}

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	// The set starts at 0.52 m/s: 0.44 is a 15.4% loss, 0.38 a 26.9%
	// loss (140/520), over the 25% limit, so the set ends at burst 2.
	exampletest.Contains(t, out,
		"burst 1 after 25s: 4 reps at 0.44 m/s\n",
		"burst 2 after 25s: 4 reps at 0.38 m/s\n",
		"set ended (custom): burst 2: bar speed fell too far below the start of the set\n",
		"velocity loss 26% against a limit of 25%\n",
	)
	exampletest.Lacks(t, out, "burst 3")
}
