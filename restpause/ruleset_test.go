package restpause

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
)

// TestRuleSetMatchesAny holds ruleSet.Decide, the rules written in place,
// to its definition: Any of the separate policies, in the order Protocol lists
// them (the technique signals, MinBurstReps, DropOff, MyoRep,
// MatchActivation, TotalReps, RIRFloor, MaxBursts, TimeCap), behind Guard
// unless unguarded, over drawn rule settings and drawn records, invalid
// entries included (negative reps, no reps, every signal).
func TestRuleSetMatchesAny(t *testing.T) {
	// Ten rounds of rapid's checks, one under -short: a rule's boundary is
	// reached only where the rules before it let the set go on. (Under
	// -rapid.seed the rounds repeat one another; use -rapid.checks to go
	// deeper then.)
	rounds := 10
	if testing.Short() {
		rounds = 1
	}
	for range rounds {
		rapid.Check(t, checkRuleSetMatchesAny)
	}
}

func checkRuleSetMatchesAny(t *rapid.T) {
	{
		rs := drawRuleSet(t)
		ps := []StopPolicy{TechniqueGuard()}
		if rs.minBurstReps > 0 {
			ps = append(ps, MinBurstReps(rs.minBurstReps))
		}
		if rs.dropOff > 0 {
			ps = append(ps, DropOff(rs.dropOff))
		}
		if rs.myoRep {
			ps = append(ps, MyoRep())
		}
		if rs.match {
			ps = append(ps, MatchActivation())
		}
		if rs.totalReps > 0 {
			ps = append(ps, TotalReps(rs.totalReps))
		}
		if rs.rirFloor > 0 {
			ps = append(ps, RIRFloor(rs.rirFloor))
		}
		if rs.maxBursts > 0 {
			ps = append(ps, MaxBursts(rs.maxBursts))
		}
		if rs.timeCap > 0 {
			ps = append(ps, TimeCap(rs.timeCap))
		}
		want := Any(ps...)
		if !rs.unguarded {
			want = guarded{want} // Guard's own checks, not its shortcut back to rs
		}
		r := &Record{Activation: drawRuleEntry(t, "activation")}
		for range rapid.IntRange(0, 5).Draw(t, "bursts") {
			r.Bursts = append(r.Bursts, drawRuleEntry(t, "burst"))
		}
		if diff := cmp.Diff(want.Decide(r), rs.Decide(r)); diff != "" {
			t.Fatalf("ruleSet %+v against Any of its rules (-Any +ruleSet):\n%s", rs, diff)
		}
	}
}

func drawRuleSet(t *rapid.T) ruleSet {
	off := func(label string, lo, hi int) int { // zero, the rule off, a third of the time
		if rapid.IntRange(0, 2).Draw(t, label+" off") == 0 {
			return 0
		}
		return rapid.IntRange(lo, hi).Draw(t, label)
	}
	return ruleSet{
		minBurstReps: off("min burst reps", 1, 6),
		dropOff:      rapid.SampledFrom([]int{0, 20, 25, 40, 50, 75, 1, 99}).Draw(t, "drop-off"), // round ones, so drops land on them
		myoRep:       rapid.Bool().Draw(t, "myo-rep"),
		match:        rapid.Bool().Draw(t, "match"),
		totalReps:    off("total reps", 1, 20),
		rirFloor:     repkit.RIR(off("rir floor", 1, int(repkit.MaxRIR))),
		maxBursts:    off("max bursts", 1, 8),
		timeCap:      time.Duration(off("time cap s", 1, 300)) * time.Second,
		unguarded:    rapid.Bool().Draw(t, "unguarded"),
	}
}

// drawRuleEntry draws an entry, valid or not: the rules must decide the
// same on any record a policy may be shown.
func drawRuleEntry(t *rapid.T, label string) Burst {
	b := Burst{
		Reps: rapid.IntRange(-1, 8).Draw(t, label+" reps"), // few values, so ties and exact drops come up
		Rest: time.Duration(rapid.IntRange(0, 90).Draw(t, label+" rest s")) * time.Second,
		Work: time.Duration(rapid.IntRange(0, 60).Draw(t, label+" work s")) * time.Second,
	}
	if rapid.Bool().Draw(t, label+" rated") {
		b.Effort = gen.Effort().Draw(t, label+" effort")
	}
	if rapid.IntRange(0, 2).Draw(t, label+" signals") == 0 {
		flag := func(name string) bool { return rapid.IntRange(0, 4).Draw(t, label+" "+name) == 0 }
		b.Signals = Signals{
			RangeShortened: flag("range"), Momentum: flag("momentum"), DiscomfortRising: flag("rising"),
			PainOrNerve: flag("pain"), TechniqueLost: flag("technique"), TargetNotLimiting: flag("target"),
			// mostly under HighDiscomfort, so rising and steady levels decide
			Discomfort: rapid.IntRange(0, HighDiscomfort+1).Draw(t, label+" discomfort"),
		}
	}
	return b
}

// TestRuleSetBoundaries: each rule of ruleSet.Decide at the boundary
// its policy's doc states, worked by hand, alone in its ruleSet so no
// other rule decides first.
func TestRuleSetBoundaries(t *testing.T) {
	set := func(act int, bursts ...int) *Record {
		r := &Record{Activation: Burst{Reps: act, Work: 10 * time.Second}}
		for _, n := range bursts {
			r.Bursts = append(r.Bursts, Burst{Reps: n, Rest: 20 * time.Second, Work: 10 * time.Second})
		}
		return r
	}
	discomfort := func(r *Record, levels ...int) *Record {
		r.Activation.Signals.Discomfort = levels[0]
		for i, l := range levels[1:] {
			r.Bursts[i].Signals.Discomfort = l
		}
		return r
	}
	rated := func(r *Record, i int, e repkit.Effort) *Record { r.Bursts[i].Effort = e; return r }
	for _, tt := range []struct {
		name string
		rs   ruleSet
		r    *Record
		want Decision
	}{
		// TechniqueGuard: discomfort rising is a higher level than the entry before.
		{"steady discomfort 5 goes on", ruleSet{}, discomfort(set(12, 5, 4), 5, 5, 5), Decision{}},
		{"falling discomfort goes on", ruleSet{}, discomfort(set(12, 5, 4), 5, 4, 3), Decision{}},
		{"discomfort 4 then 5 is rising", ruleSet{}, discomfort(set(12, 5, 4), 5, 4, 5), Decision{Reason: StopTechnique, Burst: 2, Signal: SignalDiscomfortRising}},
		{"guarded: no reps in a burst", ruleSet{}, set(10, 4, 0), Decision{Reason: StopMinReps, Burst: 2, Value: 0, Limit: 1}},
		{"guarded: no reps in the activation set", ruleSet{}, set(0, 4), Decision{Reason: StopMinReps, Burst: ActivationSet, Value: 0, Limit: 1}},
		{"unguarded: no reps is no rule", ruleSet{unguarded: true}, set(0, 0), Decision{}},
		{"min burst reps 3: 3 goes on", ruleSet{minBurstReps: 3}, set(10, 3, 3), Decision{}},
		{"min burst reps 3: 2 stops", ruleSet{minBurstReps: 3}, set(10, 3, 2), Decision{Reason: StopMinReps, Burst: 2, Value: 2, Limit: 3}},
		// DropOff(40): 5 to 3 is 40% fewer, a stop; 5 to 4 is 20%, not.
		{"drop-off 40: 5-4 goes on", ruleSet{dropOff: 40}, set(10, 5, 4), Decision{}},
		{"drop-off 40: 5-3 is exactly 40%", ruleSet{dropOff: 40}, set(10, 5, 4, 3), Decision{Reason: StopDropOff, Burst: 3, Value: 40, Limit: 40}},
		{"drop-off from a first burst of 0 never stops", ruleSet{dropOff: 40, unguarded: true}, set(10, 0, 0), Decision{}},
		// MyoRep: stop at the first mini-set short of the first.
		{"myo-rep: 4-4 goes on", ruleSet{myoRep: true}, set(15, 4, 4), Decision{}},
		{"myo-rep: 4-4-3 stops at the third", ruleSet{myoRep: true}, set(15, 4, 4, 3), Decision{Reason: StopMyoRep, Burst: 3, Value: 3, Limit: 4}},
		// MatchActivation: bursts adding up to the activation reps.
		{"match 12: 11 goes on", ruleSet{match: true}, set(12, 5, 6), Decision{}},
		{"match 12: 12 stops", ruleSet{match: true}, set(12, 5, 7), Decision{Reason: StopMatchActivation, Value: 12, Limit: 12}},
		{"match: no burst yet", ruleSet{match: true, unguarded: true}, set(0), Decision{}},
		// TotalReps counts the activation set too.
		{"total 20: 19 goes on", ruleSet{totalReps: 20}, set(12, 4, 3), Decision{}},
		{"total 20: 20 stops", ruleSet{totalReps: 20}, set(12, 4, 4), Decision{Reason: StopTotalReps, Value: 20, Limit: 20}},
		// RIRFloor(1): a burst at 1 RIR goes on, at 0 RIR stops.
		{"rir floor 1: 1 RIR goes on", ruleSet{rirFloor: 1}, rated(set(12, 5), 0, repkit.AtRIR(1)), Decision{}},
		{"rir floor 1: 0 RIR stops", ruleSet{rirFloor: 1}, rated(set(12, 5, 4), 1, repkit.AtRIR(0)), Decision{Reason: StopRIRFloor, Burst: 2, Value: 0, Limit: 1}},
		{"max bursts 3: 2 go on", ruleSet{maxBursts: 3}, set(12, 5, 4), Decision{}},
		{"max bursts 3: 3 stop", ruleSet{maxBursts: 3}, set(12, 5, 4, 4), Decision{Reason: StopMaxBursts, Value: 3, Limit: 3}},
		// Elapsed: 10 s of activation work, then 20 s rest + 10 s work a burst.
		{"time cap 70 s: 40 s goes on", ruleSet{timeCap: 70 * time.Second}, set(12, 5), Decision{}},
		{"time cap 70 s: 70 s stops", ruleSet{timeCap: 70 * time.Second}, set(12, 5, 4), Decision{Reason: StopTimeCap, Value: int64(70 * time.Second), Limit: int64(70 * time.Second)}},
	} {
		if got := tt.rs.Decide(tt.r); got != tt.want {
			t.Errorf("%s: Decide = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
