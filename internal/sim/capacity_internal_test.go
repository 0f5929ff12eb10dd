package sim

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/repkit/repkit"
)

// TestRepsToFailureIsEpleyBackwards pins repsToFailure to the model's
// floor(30 (S/L - 1)), clamped to 0..50, with 50 for a load of nothing.
// Each want is worked out by hand from that formula.
func TestRepsToFailureIsEpleyBackwards(t *testing.T) {
	kg := repkit.Kilogram
	for _, c := range []struct {
		s    float64
		load repkit.Load
		want int
	}{
		{100, 75 * kg, 10},  // 30 x (4/3 - 1) = 10 exactly (in floats 9.999..., which must still read 10)
		{150, 100 * kg, 15}, // 30 x 0.5 = 15 exactly (not 14)
		{120, 100 * kg, 6},  // 30 x 0.2 = 6 (in floats 5.999...)
		{107, 100 * kg, 2},  // 30 x 0.07 = 2.1
		{98, 75 * kg, 9},    // 30 x 23/75 = 9.2
		{100, 100 * kg, 0},  // at capacity: no rep to spare
		{90, 100 * kg, 0},   // over capacity: 30 x -0.1 = -3, clamped to 0
		{300, 100 * kg, 50}, // 30 x 2 = 60, clamped to 50
		{100, 0, 50},        // no load: the cap
		{0, 0, 50},          // no load, no capacity: still the cap
		{-10, 0, 50},        // no load, capacity below zero: still the cap
		{100, -5 * kg, 50},  // a load below zero: the cap
	} {
		if got := repsToFailure(c.s, c.load); got != c.want {
			t.Errorf("repsToFailure(%v, %v) = %d, want %d", c.s, c.load, got, c.want)
		}
	}
}

// TestStartLoadIsTheStepBelowEpley pins startLoad: the load with reps reps
// to failure by Epley, S / (1 + reps/30), rounded down to a 2.5 kg step.
func TestStartLoadIsTheStepBelowEpley(t *testing.T) {
	kg := repkit.Kilogram
	for _, c := range []struct {
		s    float64
		reps int
		want repkit.Load
	}{
		{100, 10, 75 * kg},             // 100 / (4/3) = 75, a step already
		{110, 8, 85 * kg},              // 110 / (38/30) = 86.84: 34 steps
		{60, 8, 45 * kg},               // 60 / (38/30) = 47.37: 18 steps
		{130, 10, 97500 * repkit.Gram}, // 130 / (4/3) = 97.5: 39 steps
		{2, 10, 0},                     // 1.5 kg: under one step
	} {
		if got := startLoad(c.s, c.reps); got != c.want {
			t.Errorf("startLoad(%v, %d) = %v, want %v", c.s, c.reps, got, c.want)
		}
	}
}

// TestRestClearsFatigueByRecoveryPerDay: fatigue keeps Recovery of itself
// each day, on both exercises, and fitness is untouched; a negative day
// count clears nothing.
func TestRestClearsFatigueByRecoveryPerDay(t *testing.T) {
	l := &lifter{p: Profile{Recovery: 0.8}, fitness: [exercises]float64{100, 50}, fatigue: [exercises]float64{10, 5}}
	l.rest(3) // 0.8^3 = 0.512
	if !near(l.fatigue[0], 5.12) || !near(l.fatigue[1], 2.56) || l.fitness != [exercises]float64{100, 50} {
		t.Errorf("after 3 days: fitness %v fatigue %v, want fitness [100 50] fatigue [5.12 2.56]", l.fitness, l.fatigue)
	}
	l.rest(-2)
	if !near(l.fatigue[0], 5.12) || !near(l.fatigue[1], 2.56) {
		t.Errorf("after -2 days: fatigue %v, want it unchanged [5.12 2.56]", l.fatigue)
	}
}

// TestTrainGainsFatiguesAndOverreaches pins train: with G at most 15% of F,
// F gains Rate x (Ceiling - F) x min(hard, 4)/3; with G over 15% of F, F
// loses 0.2% instead; either way G then gains FatiguePerSet x F x hard,
// from the new F. Wants worked by hand for Rate 0.02, Ceiling 140,
// FatiguePerSet 0.004, F 100.
func TestTrainGainsFatiguesAndOverreaches(t *testing.T) {
	p := Profile{Ceiling: 140, Rate: 0.02, FatiguePerSet: 0.004}
	for _, c := range []struct {
		name                 string
		fatigue, hard        float64
		wantFitness, wantFat float64
	}{
		// gain 0.02 x 40 x 3/3 = 0.8; fatigue 5 + 0.004 x 100.8 x 3 = 6.2096
		{"three hard sets", 5, 3, 100.8, 6.2096},
		// gain 0.02 x 40 x 1/3 = 0.26667; fatigue 5 + 0.004 x 100.26667 = 5.40107
		{"one hard set", 5, 1, 100 + 0.8/3, 5 + 0.004*(100+0.8/3)},
		// gain capped at 4 hard: 0.02 x 40 x 4/3 = 1.06667; fatigue counts all 6:
		// 5 + 0.004 x 101.06667 x 6 = 7.4256
		{"six hard sets, gain capped at four", 5, 6, 100 + 3.2/3, 5 + 0.024*(100+3.2/3)},
		{"no hard set", 5, 0, 100, 5},
		// too much (20 > 15): F x 0.998 = 99.8; fatigue 20 + 0.004 x 99.8 x 3 = 21.1976
		{"too much fatigue", 20, 3, 99.8, 21.1976},
		{"too much, no hard set", 20, 0, 99.8, 20},
		// exactly 15% is not too much yet: the usual gain
		{"fatigue at the 15% line", tooMuch * 100, 3, 100.8, tooMuch*100 + 1.2096},
	} {
		l := &lifter{p: p, fitness: [exercises]float64{100, 100}, fatigue: [exercises]float64{c.fatigue, c.fatigue}}
		l.train(RestPause, c.hard)
		if !near(l.fitness[RestPause], c.wantFitness) || !near(l.fatigue[RestPause], c.wantFat) {
			t.Errorf("%s: fitness %v fatigue %v, want %v and %v", c.name, l.fitness[RestPause], l.fatigue[RestPause], c.wantFitness, c.wantFat)
		}
		if l.fitness[Straight] != 100 || l.fatigue[Straight] != c.fatigue {
			t.Errorf("%s: the other exercise changed: fitness %v fatigue %v", c.name, l.fitness[Straight], l.fatigue[Straight])
		}
	}
}

// near is equality to 1e-9 relative: the model's sums in another order.
func near(got, want float64) bool {
	return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
}

// testLifter is a lifter at capacity s on both exercises (no fatigue), with
// its signals always (chance 1) or never (chance 0) drawn.
func testLifter(s, pain, technique float64) *lifter {
	return &lifter{
		p:       Profile{PainChance: pain, TechniqueChance: technique},
		fitness: [exercises]float64{s, s},
		rng:     rand.New(rand.NewPCG(1, 2)),
	}
}
