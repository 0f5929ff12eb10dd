package restpause_test

import (
	"github.com/repkit/repkit/internal/benchcpu"
	"testing"
	"time"

	"github.com/repkit/repkit/restpause"
)

// The default protocol stops at 3 bursts, so on a 4-burst set its composed
// policy scans every entry for pain and technique signals and then stops at
// max bursts. The no-stop case is a clean 2-burst set, where every rule runs
// to the end and none fires.

// BenchmarkStopPolicyDecide runs the default protocol's composed policy,
// behind Guard as a Session runs it, on a 4-burst set (12 reps, then
// 5-4-4-4 after 20 s rests).
func BenchmarkStopPolicyDecide(b *testing.B) {
	benchDecide(b, set(12, 5, 4, 4, 4), restpause.StopMaxBursts)
}

// BenchmarkStopPolicyDecideNoStop is the default policy on a clean 2-burst
// set: every rule runs and none stops, the most work per call.
func BenchmarkStopPolicyDecideNoStop(b *testing.B) {
	benchDecide(b, set(12, 5, 4), restpause.Continue)
}

func benchDecide(b *testing.B, r *restpause.Record, want restpause.StopReason) {
	p, err := restpause.DefaultProtocol().Policy()
	if err != nil {
		b.Fatal(err)
	}
	g := restpause.Guard(p)
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		if g.Decide(r).Reason != want {
			b.Fatal("unexpected decision")
		}
	}
}

// BenchmarkStopPolicyDecideInline is the honest baseline for both: the
// same Decision the default protocol's guarded policy returns, worked out
// by hand in one function with no interfaces (TestHandDecideMatches checks
// they agree), on the 4-burst set.
func BenchmarkStopPolicyDecideInline(b *testing.B) {
	benchHand(b, set(12, 5, 4, 4, 4), restpause.StopMaxBursts)
}

// BenchmarkStopPolicyDecideInlineNoStop is the hand baseline on the clean
// 2-burst set.
func BenchmarkStopPolicyDecideInlineNoStop(b *testing.B) {
	benchHand(b, set(12, 5, 4), restpause.Continue)
}

func benchHand(b *testing.B, r *restpause.Record, want restpause.StopReason) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		if handDefaultDecide(r).Reason != want {
			b.Fatal("unexpected decision")
		}
	}
}

// handDefaultDecide is Guard(DefaultProtocol's policy) written out by hand:
// pain in any entry, then an entry with no reps, then the technique signals
// entry by entry, then bursts under 2 reps, a 40% drop from the first
// burst, a burst at 0 RIR, and 3 bursts done.
func handDefaultDecide(r *restpause.Record) restpause.Decision {
	act := &r.Activation
	if act.Signals.PainOrNerve {
		return restpause.Decision{Reason: restpause.StopPain, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve}
	}
	for i := range r.Bursts {
		if r.Bursts[i].Signals.PainOrNerve {
			return restpause.Decision{Reason: restpause.StopPain, Burst: i + 1, Signal: restpause.SignalPainOrNerve}
		}
	}
	if act.Reps <= 0 {
		return restpause.Decision{Reason: restpause.StopMinReps, Burst: restpause.ActivationSet, Value: int64(act.Reps), Limit: 1}
	}
	for i := range r.Bursts {
		if reps := r.Bursts[i].Reps; reps <= 0 {
			return restpause.Decision{Reason: restpause.StopMinReps, Burst: i + 1, Value: int64(reps), Limit: 1}
		}
	}
	technique := func(s *restpause.Signals, prev int) restpause.Signal {
		switch {
		case s.TechniqueLost:
			return restpause.SignalTechniqueLost
		case s.TargetNotLimiting:
			return restpause.SignalTargetNotLimiting
		case s.RangeShortened:
			return restpause.SignalRangeShortened
		case s.Momentum:
			return restpause.SignalMomentum
		case s.DiscomfortRising || prev >= 0 && s.Discomfort > prev:
			return restpause.SignalDiscomfortRising
		case s.Discomfort >= restpause.HighDiscomfort:
			return restpause.SignalDiscomfortHigh
		}
		return restpause.SignalNone
	}
	if sig := technique(&act.Signals, -1); sig != restpause.SignalNone {
		return restpause.Decision{Reason: restpause.StopTechnique, Burst: restpause.ActivationSet, Signal: sig}
	}
	prev := act.Signals.Discomfort
	for i := range r.Bursts {
		s := &r.Bursts[i].Signals
		if sig := technique(s, prev); sig != restpause.SignalNone {
			return restpause.Decision{Reason: restpause.StopTechnique, Burst: i + 1, Signal: sig}
		}
		prev = s.Discomfort
	}
	for i := range r.Bursts {
		if reps := r.Bursts[i].Reps; reps < 2 {
			return restpause.Decision{Reason: restpause.StopMinReps, Burst: i + 1, Value: int64(reps), Limit: 2}
		}
	}
	if len(r.Bursts) >= 2 {
		first := int64(r.Bursts[0].Reps)
		for i := 1; i < len(r.Bursts); i++ {
			if drop := first - int64(r.Bursts[i].Reps); drop*100 >= 40*first {
				return restpause.Decision{Reason: restpause.StopDropOff, Burst: i + 1, Value: drop * 100 / first, Limit: 40}
			}
		}
	}
	for i := range r.Bursts {
		if rr, ok := r.Bursts[i].Effort.RIR(); ok && rr.Min < 1 {
			return restpause.Decision{Reason: restpause.StopRIRFloor, Burst: i + 1, Value: int64(rr.Min), Limit: 1}
		}
	}
	if n := len(r.Bursts); n >= 3 {
		return restpause.Decision{Reason: restpause.StopMaxBursts, Value: int64(n), Limit: 3}
	}
	return restpause.Decision{}
}

// BenchmarkSessionLog runs a whole default-protocol set through a Session:
// start, activation, three bursts (the third ends it), and the Record.
func BenchmarkSessionLog(b *testing.B) {
	p := restpause.DefaultProtocol()
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		s, err := restpause.NewSession(p, start)
		if err != nil {
			b.Fatal(err)
		}
		_ = s.LogActivation(restpause.Burst{Reps: 12})
		for _, reps := range []int{5, 4, 4} {
			_ = s.LogBurst(restpause.Burst{Reps: reps, Rest: 20 * time.Second})
		}
		if r := s.Record(); !r.Ended() {
			b.Fatal("not ended")
		}
	}
}

// BenchmarkSessionLogBaseline is the baseline: the same work by hand in
// one function, with no interfaces: the start's fields checked, each entry
// checked (reps, rest, work and effort in range, the rest within the
// protocol's limit) and appended, the default protocol's decision after
// each (handDefaultDecide), and the Record copied out
// (TestSessionLogMatchesHand checks the two Records agree). It leaves out
// the Session's Protocol.Validate, so the ratio it gives is an upper bound.
func BenchmarkSessionLogBaseline(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sink = handSessionRecord()
	}
}

func handSessionRecord() restpause.Record {
	if start.Date.IsZero() || start.Exercise == "" || start.Load <= 0 || start.Load > restpause.LoadLimit {
		panic("bad start")
	}
	ok := func(b *restpause.Burst) bool {
		return b.Reps >= 0 && b.Reps <= restpause.RepsLimit && b.Rest >= 0 && b.Rest <= time.Minute &&
			b.Work >= 0 && b.Work <= restpause.DurationLimit && b.Effort.Validate() == nil
	}
	r := restpause.Record{Date: start.Date, Exercise: start.Exercise, Protocol: "rest-pause", Load: start.Load,
		Bursts: make([]restpause.Burst, 0, 3)}
	r.Activation = restpause.Burst{Reps: 12}
	if !ok(&r.Activation) {
		panic("bad activation")
	}
	r.Stop = handDefaultDecide(&r)
	for _, reps := range []int{5, 4, 4} {
		if r.Stop.Reason != restpause.Continue {
			panic("logged after the end")
		}
		b := restpause.Burst{Reps: reps, Rest: 20 * time.Second}
		if !ok(&b) {
			panic("bad burst")
		}
		r.Bursts = append(r.Bursts, b)
		r.Stop = handDefaultDecide(&r)
	}
	return r.Clone()
}

var sink restpause.Record
