package repkit_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

// This is the README's code example: a Myo-reps set on a cable lateral
// raise, ended by the Myo-rep rule (the first mini-set that falls one rep
// short of the first mini-set: 5-5-4 stops at the 4).
func Example() {
	ex, _ := exercise.Lookup("cable lateral raise")
	fmt.Println(ex.Name, "->", exercise.Classify(ex).Verdict)

	s, err := restpause.NewSession(restpause.MyoReps(), restpause.Start{
		Date:     time.Date(2026, 11, 28, 18, 0, 0, 0, time.UTC), // the app's clock
		Exercise: ex.Name,
		Load:     10 * repkit.Kilogram,
	})
	if err != nil {
		panic(err)
	}
	_ = s.LogActivation(restpause.Burst{Reps: 15, Effort: repkit.AtRPE(8.5)})
	for _, reps := range []int{5, 5, 4, 4} {
		if s.Ended() {
			break
		}
		_ = s.LogBurst(restpause.Burst{Reps: reps, Rest: 25 * time.Second})
	}
	rec := s.Record()
	fmt.Println(rec.TotalReps(), "reps,", rec.VolumeLoad(), "moved")
	fmt.Println(rec.Stop)
	// Output:
	// Cable Lateral Raise -> suitable
	// 29 reps, 290kg moved
	// burst 3: 4 reps, short of the first mini-set's 5
}

// This is the README's custom stop rule: stop when a burst's mean bar speed
// falls more than 25% below the start of the set (the activation set's, as
// velocity-loss studies measure it), composed with the technique guard and
// checked against the StopPolicy contract.
func Example_customStopPolicy() {
	speedLoss := restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
		if len(r.Bursts) == 0 || r.Activation.MeanVelocity == 0 {
			return restpause.Decision{}
		}
		last := r.Bursts[len(r.Bursts)-1]
		if last.MeanVelocity < 0.75*r.Activation.MeanVelocity {
			return restpause.Decision{Reason: restpause.StopCustom, Burst: len(r.Bursts), Note: "bar speed fell more than 25%"}
		}
		return restpause.Decision{}
	})
	policy := restpause.Any(speedLoss, restpause.TechniqueGuard())
	fmt.Println("contract:", restpausetest.TestPolicy(policy))

	rec := &restpause.Record{
		// 0.75 x 0.46 = 0.345 m/s: burst 2's 0.35 is inside it, burst 3's 0.28 is not.
		Activation: restpause.Burst{Reps: 12, MeanVelocity: 0.46},
		Bursts:     []restpause.Burst{{Reps: 5, MeanVelocity: 0.40}, {Reps: 4, MeanVelocity: 0.35}, {Reps: 4, MeanVelocity: 0.28}},
	}
	fmt.Println(policy.Decide(rec))
	// Output:
	// contract: <nil>
	// burst 3: bar speed fell more than 25%
}
