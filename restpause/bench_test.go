package restpause_test

import (
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
	for b.Loop() {
		if g.Decide(r).Reason != want {
			b.Fatal("unexpected decision")
		}
	}
}

// BenchmarkStopPolicyDecideInline is the baseline for both: the same rules
// in the same order written out by hand in one function, with no interfaces
// and no decision detail, on the 4-burst set.
func BenchmarkStopPolicyDecideInline(b *testing.B) {
	r := set(12, 5, 4, 4, 4)
	b.ReportAllocs()
	for b.Loop() {
		if !inlineDefaultStop(r) {
			b.Fatal("did not stop")
		}
	}
}

// BenchmarkStopPolicyDecideInlineNoStop is the inline baseline on the clean
// 2-burst set.
func BenchmarkStopPolicyDecideInlineNoStop(b *testing.B) {
	r := set(12, 5, 4)
	b.ReportAllocs()
	for b.Loop() {
		if inlineDefaultStop(r) {
			b.Fatal("stopped")
		}
	}
}

func inlineDefaultStop(r *restpause.Record) bool {
	a := &r.Activation.Signals
	if a.PainOrNerve || r.Activation.Reps <= 0 {
		return true
	}
	for i := range r.Bursts {
		if r.Bursts[i].Signals.PainOrNerve || r.Bursts[i].Reps <= 0 {
			return true
		}
	}
	if a.TechniqueLost || a.TargetNotLimiting || a.RangeShortened || a.Momentum || a.DiscomfortRising || a.Discomfort >= restpause.HighDiscomfort {
		return true
	}
	prev := a.Discomfort
	for i := range r.Bursts {
		s := &r.Bursts[i].Signals
		if s.TechniqueLost || s.TargetNotLimiting || s.RangeShortened || s.Momentum || s.DiscomfortRising || s.Discomfort > prev || s.Discomfort >= restpause.HighDiscomfort {
			return true
		}
		prev = s.Discomfort
	}
	if len(r.Bursts) >= 3 {
		return true
	}
	for i := range r.Bursts {
		reps := r.Bursts[i].Reps
		if reps < 2 || (r.Bursts[0].Reps-reps)*100 >= 40*r.Bursts[0].Reps {
			return true
		}
		if rr, ok := r.Bursts[i].Effort.RIR(); ok && rr.Min < 1 {
			return true
		}
	}
	return false
}

// BenchmarkSessionLog runs a whole default-protocol set through a Session:
// start, activation, three bursts (the third ends it), and the Record.
func BenchmarkSessionLog(b *testing.B) {
	p := restpause.DefaultProtocol()
	b.ReportAllocs()
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

// BenchmarkSessionLogBaseline is the baseline: building the same Record by
// hand with no validation and no policy.
func BenchmarkSessionLogBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r := restpause.Record{Date: start.Date, Exercise: start.Exercise, Load: start.Load,
			Activation: restpause.Burst{Reps: 12}, Bursts: make([]restpause.Burst, 0, 3)}
		for _, reps := range []int{5, 4, 4} {
			r.Bursts = append(r.Bursts, restpause.Burst{Reps: reps, Rest: 20 * time.Second})
		}
		r.Stop = restpause.Decision{Reason: restpause.StopMaxBursts, Value: 3, Limit: 3}
		sink = r.Clone()
	}
}

var sink restpause.Record
