// Command custompolicy shows a stop rule written outside repkit: a bar-speed
// sensor reports each entry's mean concentric velocity, and the set stops
// when a burst's mean velocity falls more than 25% below the start of the
// set (the activation set's).
// The rule is composed with repkit's technique guard and run in a Session;
// the example's test checks it with restpausetest.
//
//	go run ./examples/custompolicy
package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custompolicy:", err)
		os.Exit(1)
	}
}

// BarSpeedLoss stops a set when a burst's mean velocity falls more than
// MaxLossPercent below the start of the set, compared in whole millimetres
// per second. The velocity-loss literature measures loss from the start of
// the set, its fastest (usually first) rep (Sánchez-Medina and
// González-Badillo 2011; Pareja-Blanco et al. 2017), not from a later,
// already slowed effort; the closest reading a Record holds is the
// activation set's mean velocity, so that is the reference. With no activation reading there is nothing to
// compare with and the rule does not stop the set. Bursts without a
// velocity reading are skipped. The decision is StopCustom with Value the
// loss in whole percent (rounded down) and Limit MaxLossPercent.
//
// It keeps the StopPolicy contract: it reads only its input and its own
// field, never changes or keeps the input, and allocates nothing (the note
// is a constant).
type BarSpeedLoss struct {
	MaxLossPercent int
}

// Decide implements restpause.StopPolicy.
func (p BarSpeedLoss) Decide(r *restpause.Record) restpause.Decision {
	start := millimetres(r.Activation.MeanVelocity)
	if start <= 0 {
		return restpause.Decision{} // no reading to compare with
	}
	for i := range r.Bursts {
		v := millimetres(r.Bursts[i].MeanVelocity)
		if v <= 0 {
			continue
		}
		if loss := start - v; loss*100 > int64(p.MaxLossPercent)*start {
			return restpause.Decision{
				Reason: restpause.StopCustom, Burst: i + 1,
				Value: loss * 100 / start, Limit: int64(p.MaxLossPercent),
				Note: "bar speed fell too far below the start of the set",
			}
		}
	}
	return restpause.Decision{}
}

// millimetres rounds a velocity in m/s to whole mm/s, finer than bar-speed
// sensors resolve, so that "exactly 25%" is not decided by float rounding.
// A reading that is not a finite positive number counts as none.
func millimetres(v float64) int64 {
	if !(v > 0) || v > restpause.VelocityLimit {
		return 0
	}
	return int64(math.Round(v * 1000))
}

// Policy is the example's composed rule: technique first, then bar speed.
func Policy() restpause.StopPolicy {
	return restpause.Any(restpause.TechniqueGuard(), BarSpeedLoss{MaxLossPercent: 25})
}

func run(w io.Writer) error {
	p := restpause.Protocol{
		Name:      "bar-speed rest-pause",
		Source:    "custom: stop at more than 25% mean velocity loss",
		Rest:      restpause.Rest{Min: 20 * time.Second, Max: 30 * time.Second},
		MaxBursts: 6,
		Extra:     Policy(),
	}
	s, err := restpause.NewSession(p, restpause.Start{
		Date:     time.Date(2025, 3, 5, 7, 30, 0, 0, time.UTC),
		Exercise: "smith machine incline press", Load: 50 * repkit.Kilogram,
	})
	if err != nil {
		return err
	}
	// The sensor's readings for each entry, in metres per second.
	if err := s.LogActivation(restpause.Burst{Reps: 10, MeanVelocity: 0.52}); err != nil {
		return err
	}
	fmt.Fprintln(w, "smith machine incline press, 50kg: activation 10 reps at 0.52 m/s")
	for _, b := range []restpause.Burst{
		{Reps: 4, Rest: 25 * time.Second, MeanVelocity: 0.44},
		{Reps: 4, Rest: 25 * time.Second, MeanVelocity: 0.38},
		{Reps: 3, Rest: 25 * time.Second, MeanVelocity: 0.31},
		{Reps: 3, Rest: 25 * time.Second, MeanVelocity: 0.27},
	} {
		if s.Ended() {
			break
		}
		next := s.Next()
		if err := s.LogBurst(b); err != nil {
			return err
		}
		fmt.Fprintf(w, "burst %d after %s: %d reps at %.2f m/s\n", next.Burst, b.Rest, b.Reps, b.MeanVelocity)
	}
	r := s.Record()
	fmt.Fprintf(w, "set ended (%s): %s\n", r.Stop.Reason, r.Stop)
	fmt.Fprintf(w, "velocity loss %d%% against a limit of %d%%\n", r.Stop.Value, r.Stop.Limit)
	return nil
}
