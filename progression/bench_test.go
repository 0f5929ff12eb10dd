package progression_test

import (
	"github.com/repkit/repkit/internal/benchcpu"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

var (
	sinkRec  progression.Recommendation
	sinkInt  int
	sinkLoad repkit.Load
	sinkOK   bool
)

func benchDP(e progression.Weights) progression.DoubleProgression {
	return progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, MinRIR: 1, Weights: e}
}

var benchSets = []progression.WorkSet{
	{Reps: 12, Effort: repkit.AtRIR(2)}, {Reps: 12, Effort: repkit.AtRPE(8.5)}, {Reps: 12}, {Reps: 12, Effort: repkit.AtRIR(1)}, {Reps: 12},
}

// BenchmarkDoubleProgressionNext is the worst case: every set at the top, so
// the equipment is asked for the next load, on a Barbell searched per call.
func BenchmarkDoubleProgressionNext(b *testing.B) {
	dp := benchDP(must(progression.StandardBarbell(repkit.UnitKilogram)))
	want, done := progression.Prescription{Load: 100 * kg, Sets: 5, Reps: 11}, progression.Performance{Load: 100 * kg, Sets: benchSets}
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkRec, _ = dp.Next(want, done)
	}
}

// BenchmarkDoubleProgressionNextLadder is the same on a precomputed Ladder.
func BenchmarkDoubleProgressionNextLadder(b *testing.B) {
	ladder, _ := must(progression.StandardBarbell(repkit.UnitKilogram)).Ladder()
	dp := benchDP(ladder)
	want, done := progression.Prescription{Load: 100 * kg, Sets: 5, Reps: 11}, progression.Performance{Load: 100 * kg, Sets: benchSets}
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkRec, _ = dp.Next(want, done)
	}
}

func BenchmarkBarbellNext(b *testing.B) {
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkLoad, sinkOK = bar.Next(100 * kg)
	}
}

func BenchmarkLadderNext(b *testing.B) {
	ladder, _ := must(progression.StandardBarbell(repkit.UnitKilogram)).Ladder()
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkLoad, sinkOK = ladder.Next(100 * kg)
	}
}

// BenchmarkNextBaseline is the floor for a next-load lookup: one addition.
func BenchmarkNextBaseline(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	l := 100 * kg
	for b.Loop() {
		sinkLoad = l + 2500*g
	}
}

func BenchmarkEstimateEpley(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkLoad, _ = progression.Epley.Estimate(100*kg, 8)
	}
}

func BenchmarkEstimateRTS(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkLoad, _ = progression.EstimateRTS(100*kg, 5, 2)
	}
}

// BenchmarkEstimateBaseline is a bare multiplication, Epley's arithmetic
// without the range check.
func BenchmarkEstimateBaseline(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	load, reps := 100*kg, 8
	for b.Loop() {
		sinkLoad = repkit.Load(float64(load) * (1 + float64(reps)/30))
	}
}

// tenYears is 3,650 sessions of 5 working sets, reps 8 to 13 and RIR 1 to
// 3 drawn from a fixed seed, logged at the loads the progression itself
// prescribed (so the log is consistent, as an app's would be).
func tenYears(dp progression.DoubleProgression) []progression.Performance {
	rng := rand.New(rand.NewPCG(2026, 5))
	h := make([]progression.Performance, 3650)
	p := progression.Prescription{Load: 60 * kg, Sets: 5, Reps: 8}
	for i := range h {
		sets := make([]progression.WorkSet, 5)
		for j := range sets {
			sets[j] = progression.WorkSet{Reps: 8 + rng.IntN(6), Effort: repkit.AtRIR(repkit.RIR(1 + rng.IntN(3)))}
		}
		h[i] = progression.Performance{Load: p.Load, Sets: sets}
		rec, err := dp.Next(p, h[i])
		if err != nil {
			panic(err)
		}
		p = rec.Prescription()
	}
	return h
}

var tenYearStart = progression.Prescription{Load: 60 * kg, Sets: 5, Reps: 8}

// BenchmarkReplayHistory replays ten years through double progression on a
// precomputed barbell Ladder with DoubleProgression.Replay.
func BenchmarkReplayHistory(b *testing.B) {
	ladder, _ := must(progression.StandardBarbell(repkit.UnitKilogram)).Ladder()
	benchReplay(b, ladder)
}

// benchReplay times DoubleProgression.Replay of ten years on w.
func benchReplay(b *testing.B, w progression.Weights) {
	dp := benchDP(w)
	h := tenYears(dp)
	b.ReportAllocs()
	for b.Loop() {
		rec, err := dp.Replay(tenYearStart, h)
		if err != nil {
			b.Fatal(err)
		}
		sinkLoad = rec.Load
	}
}

// BenchmarkReplayHistoryNext is the same replay as a loop of Next calls on
// the Ladder, each re-checking the progression and the load.
func BenchmarkReplayHistoryNext(b *testing.B) {
	ladder, _ := must(progression.StandardBarbell(repkit.UnitKilogram)).Ladder()
	dp := benchDP(ladder)
	h := tenYears(dp)
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		p := tenYearStart
		for _, s := range h {
			rec, err := dp.Next(p, s)
			if err != nil {
				b.Fatal(err)
			}
			p = rec.Prescription()
		}
		sinkLoad = p.Load
	}
}

// BenchmarkReplayHistoryBarbell is Replay with the Barbell searched on
// every load change instead of a Ladder.
func BenchmarkReplayHistoryBarbell(b *testing.B) {
	benchReplay(b, must(progression.StandardBarbell(repkit.UnitKilogram)))
}

// BenchmarkReplayBaseline is a plain loop over the same data that only sums
// reps.
func BenchmarkReplayBaseline(b *testing.B) {
	ladder, _ := must(progression.StandardBarbell(repkit.UnitKilogram)).Ladder()
	h := tenYears(benchDP(ladder))
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		total := 0
		for _, s := range h {
			for _, set := range s.Sets {
				total += set.Reps
			}
		}
		sinkInt = total
	}
}

// TestReplayHistoryProgresses checks that the benchmark's replay does real
// work and agrees with Next: ten years of mostly successful sessions add
// load one step at a time.
func TestReplayHistoryProgresses(t *testing.T) {
	ladder, _ := must(progression.StandardBarbell(repkit.UnitKilogram)).Ladder()
	dp := benchDP(ladder)
	h := tenYears(dp)
	steps := 0
	for i := 1; i < len(h); i++ {
		if h[i].Load != h[i-1].Load {
			if next, _ := ladder.Next(h[i-1].Load); h[i].Load != next {
				t.Fatalf("jumped from %v to %v", h[i-1].Load, h[i].Load)
			}
			steps++
		}
	}
	if steps < 10 {
		t.Errorf("only %d load steps in ten years", steps)
	}
	got, err := dp.Replay(tenYearStart, h)
	if err != nil {
		t.Fatal(err)
	}
	p := tenYearStart
	var last progression.Recommendation
	for _, s := range h {
		if last, err = dp.Next(p, s); err != nil {
			t.Fatal(err)
		}
		p = last.Prescription()
	}
	if got != last {
		t.Errorf("Replay = %+v, Next loop = %+v", got, last)
	}
	bad := append([]progression.Performance(nil), h[:3]...)
	bad[2] = progression.Performance{Load: 61 * kg, Sets: reps(8)}
	if _, err := dp.Replay(tenYearStart, bad); err == nil || !strings.Contains(err.Error(), "history[2].session.load") {
		t.Errorf("Replay of a bad log: %v", err)
	}
}

func TestHotPathsDoNotAllocate(t *testing.T) {
	dp := benchDP(must(progression.StandardBarbell(repkit.UnitKilogram)))
	want, done := progression.Prescription{Load: 100 * kg, Sets: 5, Reps: 11}, progression.Performance{Load: 100 * kg, Sets: benchSets}
	if n := testing.AllocsPerRun(100, func() { sinkRec, _ = dp.Next(want, done) }); n != 0 {
		t.Errorf("DoubleProgression.Next allocates %v times", n)
	}
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	if n := testing.AllocsPerRun(100, func() { sinkLoad, sinkOK = bar.Next(100 * kg) }); n != 0 {
		t.Errorf("Barbell.Next allocates %v times", n)
	}
	ladder, _ := bar.Ladder()
	ldp := benchDP(ladder)
	h := tenYears(ldp)
	if n := testing.AllocsPerRun(10, func() { sinkRec, _ = ldp.Replay(tenYearStart, h) }); n != 0 {
		t.Errorf("DoubleProgression.Replay allocates %v times", n)
	}
	rule := progression.StallRule{Weights: bar}
	if n := testing.AllocsPerRun(10, func() { st, _ := rule.Detect(h); sinkLoad = st.Deload }); n != 0 {
		t.Errorf("StallRule.Detect allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { sinkLoad, _ = progression.Mayhew.Estimate(100*kg, 7) }); n != 0 {
		t.Errorf("Formula.Estimate allocates %v times", n)
	}
	cable := must(progression.CableColumn(repkit.UnitKilogram))
	if n := testing.AllocsPerRun(100, func() { sinkLoad, sinkOK = cable.Next(20 * kg) }); n != 0 {
		t.Errorf("CableStack.Next allocates %v times", n)
	}
	// A progression step validates its equipment: CableStack and AddOns
	// once boxed their base in an interface to do so, one allocation a step.
	cableDP := benchDP(cable)
	cableWant, cableDone := progression.Prescription{Load: 20 * kg, Sets: 2, Reps: 11}, progression.Performance{Load: 20 * kg, Sets: reps(12, 12)}
	if n := testing.AllocsPerRun(100, func() { sinkRec, _ = cableDP.Next(cableWant, cableDone) }); n != 0 {
		t.Errorf("DoubleProgression.Next on a CableStack allocates %v times", n)
	}
	magnets := benchDP(progression.AddOns[progression.FixedWeights]{Base: must(progression.Dumbbells(repkit.UnitKilogram)), Weights: []repkit.Load{500 * g}})
	dbWant, dbDone := progression.Prescription{Load: 20 * kg, Sets: 2, Reps: 11}, progression.Performance{Load: 20 * kg, Sets: reps(12, 12)}
	if n := testing.AllocsPerRun(100, func() { sinkRec, _ = magnets.Next(dbWant, dbDone) }); n != 0 {
		t.Errorf("DoubleProgression.Next on AddOns[FixedWeights] allocates %v times", n)
	}
	// SumOfReps.Next once built each record's field name before it knew of
	// an error: two allocations a record.
	dc := progression.DCSumOfReps(cable)
	rps := history(rp(20*kg, 8, 4, 3), rp(20*kg, 8, 4, 2), rp(20*kg, 8, 4, 2))
	if n := testing.AllocsPerRun(100, func() { sinkRec, _ = dc.Next(rps) }); n != 0 {
		t.Errorf("SumOfReps.Next allocates %v times", n)
	}
}
