package restpause_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/restpause"
)

// drawEntry draws an activation set or burst: reps from 0, sometimes an
// effort, sometimes signals, discomfort anywhere on its scale.
func drawEntry(t *rapid.T, label string) restpause.Burst {
	b := restpause.Burst{Reps: rapid.IntRange(0, 15).Draw(t, label+" reps")}
	if rapid.Bool().Draw(t, label+" rated") {
		b.Effort = gen.Effort().Draw(t, label+" effort")
	}
	if rapid.IntRange(0, 3).Draw(t, label+" signals") == 0 {
		flag := func(name string) bool { return rapid.IntRange(0, 4).Draw(t, label+" "+name) == 0 }
		b.Signals = restpause.Signals{
			RangeShortened: flag("range"), Momentum: flag("momentum"), DiscomfortRising: flag("rising"),
			PainOrNerve: flag("pain"), TechniqueLost: flag("technique"), TargetNotLimiting: flag("target"),
			Discomfort: rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, label+" discomfort"),
		}
	}
	return b
}

// TestHandDecideMatches checks the stop-decision benchmarks' baseline: the
// hand-written decision equals the default protocol's guarded policy, and
// the policy behind the zero-value Any of the same rules, on drawn sets.
func TestHandDecideMatches(t *testing.T) {
	p, err := restpause.DefaultProtocol().Policy()
	if err != nil {
		t.Fatal(err)
	}
	guarded := restpause.Guard(p)
	composed := restpause.Guard(restpause.Any(restpause.TechniqueGuard(), restpause.MinBurstReps(2),
		restpause.DropOff(40), restpause.RIRFloor(1), restpause.MaxBursts(3)))
	rapid.Check(t, func(t *rapid.T) {
		r := &restpause.Record{Activation: drawEntry(t, "activation")}
		for i := range rapid.IntRange(0, 5).Draw(t, "bursts") {
			b := drawEntry(t, "burst")
			b.Rest = time.Duration(i+15) * time.Second
			r.Bursts = append(r.Bursts, b)
		}
		want := handDefaultDecide(r)
		if diff := cmp.Diff(want, guarded.Decide(r)); diff != "" {
			t.Fatalf("policy against hand (-hand +policy):\n%s", diff)
		}
		if diff := cmp.Diff(want, composed.Decide(r)); diff != "" {
			t.Fatalf("Any of the rules against hand (-hand +Any):\n%s", diff)
		}
	})
}

// sameEffort compares efforts, whose fields are unexported, with ==.
var sameEffort = cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })

// logSession runs the session benchmark's set: activation, three bursts.
func logSession(t testing.TB) restpause.Record {
	s, err := restpause.NewSession(restpause.DefaultProtocol(), start)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LogActivation(restpause.Burst{Reps: 12}); err != nil {
		t.Fatal(err)
	}
	for _, reps := range []int{5, 4, 4} {
		if err := s.LogBurst(restpause.Burst{Reps: reps, Rest: 20 * time.Second}); err != nil {
			t.Fatal(err)
		}
	}
	return s.Record()
}

// TestSessionLogMatchesHand: the Session benchmark's Record is the one its
// baseline builds by hand, and a session costs at most 2 allocations (the
// session and the returned copy) and a stop decision none.
func TestSessionLogMatchesHand(t *testing.T) {
	if diff := cmp.Diff(handSessionRecord(), logSession(t), sameEffort); diff != "" {
		t.Fatalf("session against hand (-hand +session):\n%s", diff)
	}
	if n := testing.AllocsPerRun(100, func() { logSession(t) }); n > 2 {
		t.Errorf("a session log allocates %v times, want at most 2", n)
	}
	p, _ := restpause.DefaultProtocol().Policy()
	g, r := restpause.Guard(p), set(12, 5, 4, 4, 4)
	if n := testing.AllocsPerRun(100, func() { g.Decide(r) }); n != 0 {
		t.Errorf("a stop decision allocates %v times", n)
	}
}
