package restpause_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// A Myo-reps set of cable lateral raises, driven step by step: the app asks
// what comes next, the lifter does it, the app logs it with the rest it
// timed.
func ExampleSession() {
	s, err := restpause.NewSession(restpause.MyoReps(), restpause.Start{
		Date:     time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC),
		Exercise: "cable lateral raise",
		Load:     7500 * repkit.Gram,
	})
	if err != nil {
		panic(err)
	}
	step := s.Next()
	fmt.Println(step.Kind, step.Reps, step.RPE)
	_ = s.LogActivation(restpause.Burst{Reps: 16, Effort: repkit.AtRPE(8.5)})
	for _, reps := range []int{4, 4, 3} {
		step = s.Next()
		fmt.Println(step.Kind, step.Burst, "after", step.Rest)
		_ = s.LogBurst(restpause.Burst{Reps: reps, Rest: 25 * time.Second})
	}
	r := s.Record()
	fmt.Printf("%s: %s\n", s.Next().Kind, r.Stop)
	fmt.Println(r.TotalReps(), "reps,", r.VolumeLoad(), "volume,", r.Elapsed(), "with rests")
	// Output:
	// activation 12-20 rpe 8-9
	// burst 1 after 3-5 deep breaths
	// burst 2 after 3-5 deep breaths
	// burst 3 after 3-5 deep breaths
	// done: burst 3: 3 reps, short of the first mini-set's 4
	// 27 reps, 202.5kg volume, 2m36s with rests
}

// Pain or nerve symptoms end the set whatever the protocol says, even one
// whose only rule never stops.
func ExampleGuard() {
	s, err := restpause.NewSession(restpause.Protocol{Extra: restpause.Never()}, restpause.Start{
		Date: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC), Exercise: "leg extension", Load: 40 * repkit.Kilogram})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = s.LogActivation(restpause.Burst{Reps: 12})
	_ = s.LogBurst(restpause.Burst{Reps: 5, Rest: 20 * time.Second, Signals: restpause.Signals{PainOrNerve: true}})
	fmt.Println(s.Record().Stop)
	err = s.LogBurst(restpause.Burst{Reps: 4, Rest: 20 * time.Second})
	fmt.Println(err)
	// Output:
	// burst 1: pain or nerve symptoms; end the set now and get qualified advice if it persists
	// restpause: stop.reason "pain": set already ended; burst 2 cannot be logged after the end; start a new Session for the next set
}

// Any stops at the first member that stops; All only when all agree.
func ExampleAny() {
	r := &restpause.Record{
		Activation: restpause.Burst{Reps: 12},
		Bursts:     []restpause.Burst{{Reps: 5, Rest: 20 * time.Second}, {Reps: 2, Rest: 20 * time.Second}},
	}
	anyOf := restpause.Any(restpause.MaxBursts(4), restpause.DropOff(50), restpause.MinBurstReps(3))
	allOf := restpause.All(restpause.MaxBursts(4), restpause.DropOff(50))
	fmt.Println(anyOf.Decide(r))
	fmt.Println(allOf.Decide(r))
	// Output:
	// burst 2: reps fell 60% below the first burst; a drop of 50% or more means the reps have collapsed
	// keep going
}

// A user-defined policy with PolicyFunc: stop once the set has had three
// bursts of 6 reps or more (a made-up rule, to show the shape).
func ExamplePolicyFunc() {
	three := restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
		n := 0
		for _, b := range r.Bursts {
			if b.Reps >= 6 {
				n++
			}
		}
		if n >= 3 {
			return restpause.Decision{Reason: restpause.StopCustom, Note: "three good bursts, call it a day"}
		}
		return restpause.Decision{}
	})
	r := &restpause.Record{Activation: restpause.Burst{Reps: 20}, Bursts: []restpause.Burst{{Reps: 7}, {Reps: 6}, {Reps: 6}}}
	fmt.Println(three.Decide(r))
	// Output: the set: three good bursts, call it a day
}

// Presets are plain values: copy one and adjust it.
func ExampleProtocol() {
	p := restpause.DCHigh() // DC's 15-20 range, for some muscles
	fmt.Println(p.Name, "rest", p.Rest, "target", p.TotalRepRange, "total reps")
	lo, hi := p.Rest.Range()
	fmt.Println("as time:", lo, "to", hi)
	r := &restpause.Record{Activation: restpause.Burst{Reps: 5}}
	fmt.Printf("5-rep first mini-set too heavy: %v, take %d%% off next time\n", p.TooHeavy(r), p.HeavyDropPercent)
	// Output:
	// dc-high rest 10-15 deep breaths target 15-20 total reps
	// as time: 20s to 30s
	// 5-rep first mini-set too heavy: true, take 10% off next time
}

// Records are JSON an app can store and read back.
func ExampleRecord() {
	r := restpause.Record{
		Date:       time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC),
		Exercise:   "machine chest press",
		Load:       60 * repkit.Kilogram,
		Activation: restpause.Burst{Reps: 12, Effort: repkit.AtRIR(1)},
		Bursts:     []restpause.Burst{{Reps: 4, Rest: 20 * time.Second}},
		Stop:       restpause.Decision{Reason: restpause.StopLifter},
	}
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	var back restpause.Record
	fmt.Println(json.Unmarshal(b, &back), back.TotalReps(), back.Stop)
	// Output:
	// {"date":"2025-03-01T18:00:00Z","exercise":"machine chest press","load":"60kg","activation":{"reps":12,"effort":"rir 1"},"bursts":[{"reps":4,"rest":20}],"stop":{"reason":"lifter"}}
	// <nil> 16 you ended the set
}
