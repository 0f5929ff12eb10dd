package restpause_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// run drives a whole set of protocol p through a Session: the activation
// set, then bursts until the session ends or the bursts run out.
func run(t *testing.T, p restpause.Protocol, act restpause.Burst, bursts ...restpause.Burst) (restpause.Decision, []restpause.Remark) {
	t.Helper()
	s, err := restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.LogActivation(act))
	for _, b := range bursts {
		if s.Ended() {
			break
		}
		if b.Rest == 0 {
			b.Rest = 20 * time.Second
		}
		must(t, s.LogBurst(b))
	}
	return s.Record().Stop, s.Remarks()
}

func reps(ns ...int) []restpause.Burst {
	var bs []restpause.Burst
	for _, n := range ns {
		bs = append(bs, restpause.Burst{Reps: n})
	}
	return bs
}

// TestProtocolRules is one row per protocol rule, each citing its source.
// The expected decisions are worked by hand from the rule as the source
// states it.
func TestProtocolRules(t *testing.T) {
	flat6 := func(n int) restpause.Burst {
		return restpause.Burst{Reps: n, Signals: restpause.Signals{Discomfort: 6}}
	}
	flat5 := func(n int) restpause.Burst {
		return restpause.Burst{Reps: n, Signals: restpause.Signals{Discomfort: 5}}
	}
	for _, tc := range []struct {
		name, source string
		p            restpause.Protocol
		act          restpause.Burst
		bursts       []restpause.Burst
		want         restpause.Decision
	}{
		{"default: 6-3 is reps collapsing", "guide: stop when reps collapse; repkit: a drop of 40% or more",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12}, reps(6, 3),
			restpause.Decision{Reason: restpause.StopDropOff, Burst: 2, Value: 50, Limit: 40}},
		{"default: 5-4-3 collapses at the third burst", "guide: stop when reps collapse; 5 to 3 is 40% fewer",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12}, reps(5, 4, 3),
			restpause.Decision{Reason: restpause.StopDropOff, Burst: 3, Value: 40, Limit: 40}},
		{"default: 6-4-4 runs to the burst cap", "guide: a small number of bursts; 6 to 4 is 33%, not a collapse",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12}, reps(6, 4, 4),
			restpause.Decision{Reason: restpause.StopMaxBursts, Value: 3, Limit: 3}},
		{"default: a burst under 2 reps", "guide: stop when reps collapse; repkit: fewer than 2",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 3}, reps(2, 1),
			restpause.Decision{Reason: restpause.StopMinReps, Burst: 2, Value: 1, Limit: 2}},
		{"default: a burst at RPE 9.5 is failure", "guide: not every burst to ugly failure; Zourdos 2016: 9.5 is no further rep",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12}, []restpause.Burst{{Reps: 5, Effort: repkit.AtRPE(9.5)}},
			restpause.Decision{Reason: restpause.StopRIRFloor, Burst: 1, Value: 0, Limit: 1}},
		{"default: flat 6/10 discomfort stops at the first set", "guide: joint discomfort; repkit: 6/10 after Silbernagel 2007",
			restpause.DefaultProtocol(), flat6(12), []restpause.Burst{flat6(5)},
			restpause.Decision{Reason: restpause.StopTechnique, Burst: restpause.ActivationSet, Signal: restpause.SignalDiscomfortHigh}},
		{"default: flat 5/10 discomfort goes on", "Silbernagel 2007: up to 5/10 is acceptable",
			restpause.DefaultProtocol(), flat5(12), []restpause.Burst{flat5(5), flat5(5), flat5(5)},
			restpause.Decision{Reason: restpause.StopMaxBursts, Value: 3, Limit: 3}},
		{"myo-reps: a 2-rep mini-set is under the floor", "Fagerli: mini-sets of 3-5 reps",
			restpause.MyoReps(), restpause.Burst{Reps: 15}, reps(2, 2, 2, 2, 2),
			restpause.Decision{Reason: restpause.StopMinReps, Burst: 1, Value: 2, Limit: 3}},
		{"myo-reps: stop at the first mini-set short of the first", "Fagerli: stop when you cannot match the first mini-set",
			restpause.MyoReps(), restpause.Burst{Reps: 15}, reps(4, 4, 3),
			restpause.Decision{Reason: restpause.StopMyoRep, Burst: 3, Value: 3, Limit: 4}},
		{"myo-rep match: 1-rep mini-sets stop at the first", "RP myorep match, with Fagerli's 3-rep mini-set floor",
			restpause.MyoRepMatch(), restpause.Burst{Reps: 12}, reps(1, 1, 1, 1, 1, 1, 1, 1),
			restpause.Decision{Reason: restpause.StopMinReps, Burst: 1, Value: 1, Limit: 3}},
		{"myo-rep match: mini-sets reach the activation reps", "RP myorep match: mini-sets until the first set's reps are matched",
			restpause.MyoRepMatch(), restpause.Burst{Reps: 12}, reps(5, 4, 3),
			restpause.Decision{Reason: restpause.StopMatchActivation, Value: 12, Limit: 12}},
		{"dc: three mini-sets to failure", "Trudel: activation set and two rest-paused mini-sets, each to failure",
			restpause.DC(), restpause.Burst{Reps: 8, Effort: repkit.AtRIR(0)}, []restpause.Burst{{Reps: 4, Effort: repkit.AtRIR(0)}, {Reps: 2, Effort: repkit.AtRIR(0)}},
			restpause.Decision{Reason: restpause.StopMaxBursts, Value: 2, Limit: 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := run(t, tc.p, tc.act, tc.bursts...)
			if got != tc.want {
				t.Errorf("stop = %v (%+v), want %+v\nsource: %s", got, got, tc.want, tc.source)
			}
		})
	}
}

// TestProtocolRemarks: entries outside a protocol's targets are remarked
// on after the set, not silently passed.
func TestProtocolRemarks(t *testing.T) {
	for _, tc := range []struct {
		name, source string
		p            restpause.Protocol
		act          restpause.Burst
		bursts       []restpause.Burst
		want         []string
	}{
		{"default: an RPE 10 first set", "guide: a small rep buffer is usually the better default",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12, Effort: repkit.AtRPE(10)}, reps(5),
			[]string{"the activation set: rated rpe 10, harder than the target of rpe 8-9; keep a small rep buffer next time"}},
		{"default: an RPE 9.5 first set", "Zourdos 2016: 9.5 is no further rep, so no buffer",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12, Effort: repkit.AtRPE(9.5)}, reps(5),
			[]string{"the activation set: rated rpe 9.5, harder than the target of rpe 8-9; keep a small rep buffer next time"}},
		{"default: an RPE 8.5 first set is on target", "guide: hard, with a small rep buffer",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12, Effort: repkit.AtRPE(8.5)}, reps(5), nil},
		{"default: an easy first set", "guide: the first set should be close enough to failure",
			restpause.DefaultProtocol(), restpause.Burst{Reps: 12, Effort: repkit.AtRIR(4)}, reps(5),
			[]string{"the activation set: rated rir 4, easier than the target of rpe 8-9"}},
		{"myo-reps: a 6-rep activation set", "Fagerli: activation set of 12-20 reps",
			restpause.MyoReps(), restpause.Burst{Reps: 6}, reps(3),
			[]string{"the activation set: 6 reps, fewer than the target of 12-20"}},
		{"myo-reps: over-long mini-sets", "Fagerli: mini-sets of 3-5 reps",
			restpause.MyoReps(), restpause.Burst{Reps: 15}, reps(8, 8, 7),
			[]string{"burst 1: 8 reps, more than the target of 3-5", "burst 2: 8 reps, more than the target of 3-5",
				"burst 3: 7 reps, more than the target of 3-5"}},
		{"dc: failure is the target", "Trudel: every mini-set to failure",
			restpause.DC(), restpause.Burst{Reps: 8, Effort: repkit.AtRIR(0)}, reps(4), nil},
		{"dc: a first set short of failure", "Trudel: every mini-set to failure",
			restpause.DC(), restpause.Burst{Reps: 8, Effort: repkit.AtRPE(9)}, reps(4),
			[]string{"the activation set: rated rpe 9, easier than the target of rpe 10"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, rs := run(t, tc.p, tc.act, tc.bursts...)
			var got []string
			for _, r := range rs {
				got = append(got, r.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("remarks (-want +got):\n%s\nsource: %s", diff, tc.source)
			}
		})
	}
}

// TestPresetRests: each preset's rest reads as its source states it, with
// no breath-to-seconds equivalence claimed.
func TestPresetRests(t *testing.T) {
	for _, tc := range []struct {
		p    restpause.Protocol
		want string
	}{
		{restpause.DefaultProtocol(), "15s-30s"},  // repkit's reading of the guide's "a short rest"
		{restpause.MyoReps(), "3-5 deep breaths"}, // Fagerli
		{restpause.MyoRepMatch(), "3-5 deep breaths"},
		{restpause.DC(), "10-15 deep breaths"}, // Trudel
	} {
		if got := tc.p.Rest.String(); got != tc.want {
			t.Errorf("%s rest = %q, want %q", tc.p.Name, got, tc.want)
		}
	}
}

// TestDCTotals: Trudel's two total-rep ranges, 11-15 and 15-20, chosen by
// muscle.
func TestDCTotals(t *testing.T) {
	if got := restpause.DC().TotalRepRange; got != (repkit.RepRange{Min: 11, Max: 15}) {
		t.Errorf("DC total %v, want 11-15", got)
	}
	if got := restpause.DCHigh().TotalRepRange; got != (repkit.RepRange{Min: 15, Max: 20}) {
		t.Errorf("DCHigh total %v, want 15-20", got)
	}
	if !restpause.DC().PrescribesFailure() || restpause.DefaultProtocol().PrescribesFailure() {
		t.Error("only DC prescribes failure among DC and the default")
	}
	// Each preset has its own name, so a stored record finds its
	// protocol again (Protocols.Lookup).
	names := []string{restpause.DC().Name, restpause.DCHigh().Name}
	if !slices.Equal(names, []string{"dc", "dc-high"}) {
		t.Errorf("DC names %v; want dc and dc-high", names)
	}
}

// A single rep reads "1 rep", not "1 reps".
func TestDecisionOneRep(t *testing.T) {
	got, _ := run(t, restpause.MyoRepMatch(), restpause.Burst{Reps: 12}, reps(1)...)
	if want := "burst 1: 1 rep, below the minimum of 3"; got.String() != want {
		t.Errorf("got %q, want %q", got.String(), want)
	}
}
