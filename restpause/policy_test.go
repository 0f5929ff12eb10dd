package restpause_test

import (
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

// set builds a record from activation reps and burst reps.
func set(act int, bursts ...int) *restpause.Record {
	r := &restpause.Record{Activation: restpause.Burst{Reps: act}}
	for _, n := range bursts {
		r.Bursts = append(r.Bursts, restpause.Burst{Reps: n, Rest: 20 * time.Second})
	}
	return r
}

func TestBuiltinPolicies(t *testing.T) {
	stop := func(reason restpause.StopReason, burst int, value, limit int64) restpause.Decision {
		return restpause.Decision{Reason: reason, Burst: burst, Value: value, Limit: limit}
	}
	floorRec := set(10, 4, 3)
	floorRec.Bursts[0].Effort = repkit.AtRPE(8.5) // 1-2 RIR: fine at floor 1
	floorRec.Bursts[1].Effort = repkit.AtRPE(9.5) // 0 RIR: "no further rep"
	unrated := set(10, 4, 3)
	tech := set(10, 4, 3)
	tech.Bursts[1].Signals.Momentum = true
	tech.Bursts[1].Signals.RangeShortened = true // named first: range before momentum
	rising := set(10, 4, 3)
	rising.Activation.Signals.Discomfort = 2
	rising.Bursts[0].Signals.Discomfort = 2
	rising.Bursts[1].Signals.Discomfort = 3
	swingFirst := set(10, 4)
	swingFirst.Activation.Signals.Momentum = true
	for _, tc := range []struct {
		name string
		p    restpause.StopPolicy
		r    *restpause.Record
		want restpause.Decision
	}{
		// The Myo-reps examples: 4-3, 4-4-3 and 3-3-3-2 stop at the
		// short mini-set; 4-4-4 goes on.
		{"myo 4-3", restpause.MyoRep(), set(15, 4, 3), stop(restpause.StopMyoRep, 2, 3, 4)},
		{"myo 4-4-3", restpause.MyoRep(), set(15, 4, 4, 3), stop(restpause.StopMyoRep, 3, 3, 4)},
		{"myo 3-3-3-2", restpause.MyoRep(), set(15, 3, 3, 3, 2), stop(restpause.StopMyoRep, 4, 2, 3)},
		{"myo 4-4-4", restpause.MyoRep(), set(15, 4, 4, 4), restpause.Decision{}},
		{"myo 4-5", restpause.MyoRep(), set(15, 4, 5), restpause.Decision{}},
		{"myo activation only", restpause.MyoRep(), set(15), restpause.Decision{}},
		{"min reps", restpause.MinBurstReps(3), set(10, 4, 3, 2), stop(restpause.StopMinReps, 3, 2, 3)},
		{"min reps ignores activation", restpause.MinBurstReps(3), set(2, 3), restpause.Decision{}},
		// Drop-off 50% from a first burst of 6: 4 is 33% (goes on), 3 is
		// exactly 50% (at least the percent: stops), 2 is 66%.
		{"drop-off below limit", restpause.DropOff(50), set(12, 6, 4), restpause.Decision{}},
		{"drop-off at limit", restpause.DropOff(50), set(12, 6, 3), stop(restpause.StopDropOff, 2, 50, 50)},
		{"drop-off past limit", restpause.DropOff(50), set(12, 6, 4, 2), stop(restpause.StopDropOff, 3, 66, 50)},
		{"drop-off zero first", restpause.DropOff(50), set(12, 0, 0), restpause.Decision{}},
		{"max bursts below", restpause.MaxBursts(3), set(10, 4, 4), restpause.Decision{}},
		{"max bursts at", restpause.MaxBursts(3), set(10, 4, 4, 4), stop(restpause.StopMaxBursts, 0, 3, 3)},
		{"total below", restpause.TotalReps(20), set(12, 4, 3), restpause.Decision{}},
		{"total reached", restpause.TotalReps(20), set(12, 4, 4), stop(restpause.StopTotalReps, 0, 20, 20)},
		{"match below", restpause.MatchActivation(), set(12, 4, 4, 3), restpause.Decision{}},
		{"match reached", restpause.MatchActivation(), set(12, 4, 4, 3, 2), stop(restpause.StopMatchActivation, 0, 13, 12)},
		{"match activation only", restpause.MatchActivation(), set(12), restpause.Decision{}},
		// 10 reps x 3 s, 20 s rest, 4 x 3 s, 20 s rest, 3 x 3 s: 30+20+12+20+9 = 91 s.
		{"time cap below", restpause.TimeCap(92 * time.Second), set(10, 4, 3), restpause.Decision{}},
		{"time cap reached", restpause.TimeCap(91 * time.Second), set(10, 4, 3), stop(restpause.StopTimeCap, 0, int64(91*time.Second), int64(91*time.Second))},
		{"rir floor", restpause.RIRFloor(1), floorRec, stop(restpause.StopRIRFloor, 2, 0, 1)},
		{"rir floor unrated", restpause.RIRFloor(1), unrated, restpause.Decision{}},
		{"technique", restpause.TechniqueGuard(), tech, restpause.Decision{Reason: restpause.StopTechnique, Burst: 2, Signal: restpause.SignalRangeShortened}},
		{"discomfort level rising", restpause.TechniqueGuard(), rising, restpause.Decision{Reason: restpause.StopTechnique, Burst: 2, Signal: restpause.SignalDiscomfortRising}},
		{"technique clean", restpause.TechniqueGuard(), set(10, 4, 3), restpause.Decision{}},
		// A signal on the activation set names it, not the whole set.
		{"technique on activation", restpause.TechniqueGuard(), swingFirst,
			restpause.Decision{Reason: restpause.StopTechnique, Burst: restpause.ActivationSet, Signal: restpause.SignalMomentum}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.Decide(tc.r); got != tc.want {
				t.Errorf("Decide = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestGuard(t *testing.T) {
	pain := set(10, 4)
	pain.Bursts[0].Signals.PainOrNerve = true
	want := restpause.Decision{Reason: restpause.StopPain, Burst: 1, Signal: restpause.SignalPainOrNerve}
	if got := restpause.Guard(restpause.Never()).Decide(pain); got != want {
		t.Errorf("Guard(Never) on pain = %+v, want %+v", got, want)
	}
	if got := restpause.Guard(nil).Decide(set(10, 0)); got.Reason != restpause.StopMinReps || got.Burst != 1 {
		t.Errorf("Guard on a zero-rep burst = %+v, want min_reps at burst 1", got)
	}
	if got := restpause.Guard(nil).Decide(set(10, 4)); got.Stop() {
		t.Errorf("Guard(nil) on a clean set = %+v, want continue", got)
	}
	// On the activation set, Burst is ActivationSet (-1), never the 0 of
	// a rule about the whole set.
	if got, want := restpause.Guard(nil).Decide(set(0)), (restpause.Decision{Reason: restpause.StopMinReps, Burst: -1, Limit: 1}); got != want {
		t.Errorf("Guard on a zero-rep activation set = %#v, want %#v", got, want)
	}
	painFirst := set(10)
	painFirst.Activation.Signals.PainOrNerve = true
	if got, want := restpause.Guard(nil).Decide(painFirst), (restpause.Decision{Reason: restpause.StopPain, Burst: -1, Signal: restpause.SignalPainOrNerve}); got != want {
		t.Errorf("Guard on pain in the activation set = %#v, want %#v", got, want)
	}
}

func TestConstructorPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"MaxBursts(-1)":   func() { restpause.MaxBursts(-1) },
		"MaxBursts(0)":    func() { restpause.MaxBursts(0) },
		"MinBurstReps(0)": func() { restpause.MinBurstReps(0) },
		"DropOff(100)":    func() { restpause.DropOff(100) },
		"TotalReps(0)":    func() { restpause.TotalReps(0) },
		"TimeCap(0)":      func() { restpause.TimeCap(0) },
		"RIRFloor(11)":    func() { restpause.RIRFloor(11) },
		"All()":           func() { restpause.All() },
	} {
		func() {
			defer func() {
				v := recover()
				if s, ok := v.(string); !ok || !strings.HasPrefix(s, "restpause: ") {
					t.Errorf("%s: panic %v, want a message starting with restpause:", name, v)
				}
			}()
			f()
		}()
	}
}

// genPolicy draws one built-in policy with valid arguments.
func genPolicy() *rapid.Generator[restpause.StopPolicy] {
	return rapid.Custom(func(t *rapid.T) restpause.StopPolicy {
		switch rapid.IntRange(0, 9).Draw(t, "kind") {
		case 0:
			return restpause.MinBurstReps(rapid.IntRange(1, 6).Draw(t, "min"))
		case 1:
			return restpause.DropOff(rapid.IntRange(1, 99).Draw(t, "percent"))
		case 2:
			return restpause.MaxBursts(rapid.IntRange(1, 6).Draw(t, "max"))
		case 3:
			return restpause.TotalReps(rapid.IntRange(1, 60).Draw(t, "target"))
		case 4:
			return restpause.MyoRep()
		case 5:
			return restpause.MatchActivation()
		case 6:
			return restpause.TechniqueGuard()
		case 7:
			return restpause.TimeCap(time.Duration(rapid.IntRange(1, 600).Draw(t, "cap s")) * time.Second)
		case 8:
			return restpause.RIRFloor(repkit.RIR(rapid.IntRange(1, 4).Draw(t, "floor")))
		}
		return restpause.Never()
	})
}

func TestAnyAll(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ps := rapid.SliceOfN(genPolicy(), 1, 5).Draw(t, "policies")
		r := genRecord(6).Draw(t, "record")
		var firstStop restpause.Decision
		some, all := false, true
		for _, p := range ps {
			d := p.Decide(&r)
			if d.Stop() && !some {
				firstStop = d
			}
			some = some || d.Stop()
			all = all && d.Stop()
		}
		anyD := restpause.Any(ps...).Decide(&r)
		if anyD.Stop() != some || (some && anyD != firstStop) {
			t.Fatalf("Any = %+v; members stop: %v, first stop %+v", anyD, some, firstStop)
		}
		allD := restpause.All(ps...).Decide(&r)
		first := ps[0].Decide(&r)
		if allD.Stop() != all || (all && allD != first) {
			t.Fatalf("All = %+v; all stop: %v, first member %+v", allD, all, first)
		}
	})
}

// A nil policy means Never in Any, All and Guard alike: Any skips it, All
// with it never stops, Guard(nil) keeps only Guard's own rules. None panics.
func TestNilPolicyIsNever(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ps := rapid.SliceOfN(genPolicy(), 0, 4).Draw(t, "policies")
		withNil := append([]restpause.StopPolicy(nil), ps...)
		at := rapid.IntRange(0, len(ps)).Draw(t, "nil at")
		withNil = append(withNil[:at], append([]restpause.StopPolicy{nil}, withNil[at:]...)...)
		r := genRecord(6).Draw(t, "record")
		if got, want := restpause.Any(withNil...).Decide(&r), restpause.Any(ps...).Decide(&r); got != want {
			t.Fatalf("Any with nil at %d = %+v, without it %+v", at, got, want)
		}
		if got := restpause.All(withNil...).Decide(&r); got.Stop() {
			t.Fatalf("All with nil at %d = %+v, want continue: a nil member never stops", at, got)
		}
		if got, want := restpause.Guard(nil).Decide(&r), restpause.Guard(restpause.Never()).Decide(&r); got != want {
			t.Fatalf("Guard(nil) = %+v, Guard(Never()) = %+v", got, want)
		}
	})
}

// Built-ins consider the whole set, so appending bursts to a stopped set
// never makes it continue (the time cap and totals only grow, and the other
// rules report the first entry that broke them).
func TestBuiltinsStayStopped(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := genPolicy().Draw(t, "policy")
		r := genRecord(6).Draw(t, "record")
		d := p.Decide(&r)
		more := r.Clone()
		more.Bursts = append(more.Bursts, rapid.SliceOfN(genBurst(false), 1, 4).Draw(t, "more")...)
		if d.Stop() {
			if d2 := p.Decide(&more); !d2.Stop() {
				t.Fatalf("stopped with %+v, then continued after more bursts", d)
			}
		}
	})
}

func TestPainAlwaysStops(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ps := rapid.SliceOfN(genPolicy(), 1, 4).Draw(t, "policies")
		var p restpause.StopPolicy
		if rapid.Bool().Draw(t, "all") {
			p = restpause.All(ps...)
		} else {
			p = restpause.Any(ps...)
		}
		r := genRecord(6).Draw(t, "record")
		at := rapid.IntRange(0, len(r.Bursts)).Draw(t, "pain at")
		if at == 0 {
			r.Activation.Signals.PainOrNerve = true
		} else {
			r.Bursts[at-1].Signals.PainOrNerve = true
		}
		if d := restpause.Guard(p).Decide(&r); d.Reason != restpause.StopPain {
			t.Fatalf("Guard(policy) with pain at entry %d = %+v, want pain", at, d)
		}
	})
}

func TestPoliciesConform(t *testing.T) {
	policies := map[string]restpause.StopPolicy{
		"MinBurstReps":    restpause.MinBurstReps(3),
		"DropOff":         restpause.DropOff(40),
		"MaxBursts":       restpause.MaxBursts(3),
		"TotalReps":       restpause.TotalReps(25),
		"MyoRep":          restpause.MyoRep(),
		"MatchActivation": restpause.MatchActivation(),
		"TechniqueGuard":  restpause.TechniqueGuard(),
		"TimeCap":         restpause.TimeCap(2 * time.Minute),
		"RIRFloor":        restpause.RIRFloor(1),
		"Never":           restpause.Never(),
		"Guard":           restpause.Guard(restpause.MyoRep()),
		"Any":             restpause.Any(restpause.MaxBursts(2), restpause.TechniqueGuard()),
		"All":             restpause.All(restpause.MaxBursts(2), restpause.DropOff(30)),
	}
	for _, p := range []restpause.Protocol{restpause.DefaultProtocol(), restpause.MyoReps(), restpause.MyoRepMatch(), restpause.DC()} {
		pol, err := p.Policy()
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		policies["protocol "+p.Name] = pol
	}
	for name, p := range policies {
		t.Run(name, func(t *testing.T) {
			restpausetest.Run(t, func(*testing.T) restpause.StopPolicy { return p })
		})
	}
	// A nil member reads as Never, so compositions with one conform too.
	if err := restpausetest.TestPolicy(restpause.Any(nil, restpause.MaxBursts(2))); err != nil {
		t.Errorf("Any(nil, MaxBursts(2)) fails the conformance check:\n%v", err)
	}
	if err := restpausetest.TestPolicy(restpause.Guard(nil)); err != nil {
		t.Errorf("Guard(nil) fails the conformance check:\n%v", err)
	}
}

func TestDecideDoesNotAllocate(t *testing.T) {
	p, err := restpause.DefaultProtocol().Policy()
	if err != nil {
		t.Fatal(err)
	}
	g := restpause.Guard(p)
	r := set(12, 5, 4, 4, 3)
	if n := testing.AllocsPerRun(100, func() { g.Decide(r) }); n != 0 {
		t.Errorf("Decide allocates %v times per call, want 0", n)
	}
}
