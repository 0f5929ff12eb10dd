package progression_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/benchcpu"
	"github.com/repkit/repkit/progression"
)

// handNext is the honest baseline for DoubleProgression.Next on a bar and
// plates, written by hand: it checks the range, the effort cap, the
// prescription and every set, works out the per-side plate totals once
// (a bitset subset sum in steps of the plates' gcd, a word-wise
// shift-or per pair), checks the load is
// one of them and decides: missing sets, a missed target or cap, one more
// rep, or the next load up and back to the bottom. It returns false for
// input Next rejects.
func handNext(dp progression.DoubleProgression, bar progression.BarAndPlates, want progression.Prescription, done progression.Performance) (progression.Recommendation, bool) {
	rng := dp.Range
	if rng.Min < 1 || rng.Max < rng.Min || rng.Max > 1000 || dp.MinRIR > repkit.MaxRIR ||
		want.Reps < rng.Min || want.Reps > rng.Max || want.Sets < 0 || want.Sets > 1000 || len(done.Sets) == 0 {
		return progression.Recommendation{}, false
	}
	fewest, least := 1<<31, repkit.MaxRIR
	for _, s := range done.Sets {
		if s.Reps < 0 || s.Reps > 1000 || s.Effort.Validate() != nil {
			return progression.Recommendation{}, false
		}
		fewest = min(fewest, s.Reps)
		if rir, ok := s.Effort.RIR(); ok {
			least = min(least, rir.Min)
		}
	}
	// The plate table: bit i when i steps of plates fit on each side.
	var step, total repkit.Load
	for _, p := range bar.Plates {
		if p.Weight <= 0 || p.Pairs < 0 {
			return progression.Recommendation{}, false
		}
		if p.Pairs > 0 {
			a, b := step, p.Weight
			for b != 0 {
				a, b = b, a%b
			}
			step, total = a, total+p.Weight*repkit.Load(p.Pairs)
		}
	}
	var set [256]uint64
	steps := int64(0)
	if step > 0 {
		steps = int64(total / step)
		if steps >= 256*64 {
			return progression.Recommendation{}, false
		}
	}
	set[0] = 1
	words := steps/64 + 1
	for _, p := range bar.Plates {
		if p.Pairs == 0 {
			continue
		}
		w := int64(p.Weight / step)
		q, rem := w/64, uint(w%64)
		for range p.Pairs { // set |= set << w, one pair at a time, top word first
			for i := words - 1; i >= q; i-- {
				v := set[i-q] << rem
				if rem != 0 && i-q > 0 {
					v |= set[i-q-1] >> (64 - rem)
				}
				set[i] |= v
			}
		}
	}
	has := func(i int64) bool { return i >= 0 && i <= steps && set[i/64]&(1<<uint(i%64)) != 0 }
	d := done.Load - bar.Bar
	if d < 0 || (step == 0 && d != 0) || (step > 0 && (d%(2*step) != 0 || !has(int64(d/(2*step))))) {
		return progression.Recommendation{}, false
	}
	r := progression.Recommendation{Action: progression.ActionHold, Load: done.Load, From: done.Load, Sets: want.Sets,
		Reps: want.Reps, Range: rng, Unit: dp.Unit}
	switch {
	case want.Sets > 0 && len(done.Sets) < want.Sets:
		r.Reason, r.Got, r.Want = progression.ReasonMissingSets, len(done.Sets), want.Sets
	case fewest < want.Reps || least < dp.MinRIR:
		for i, s := range done.Sets {
			if s.Reps < want.Reps {
				r.Reason, r.Set, r.Got, r.Want = progression.ReasonTargetMissed, i+1, s.Reps, want.Reps
				break
			}
			if rir, ok := s.Effort.RIR(); ok && rir.Min < dp.MinRIR {
				r.Reason, r.Set, r.Got, r.Want = progression.ReasonEffortCapExceeded, i+1, int(rir.Min), int(dp.MinRIR)
				break
			}
		}
	case fewest < rng.Max:
		r.Action, r.Reason, r.Reps = progression.ActionAddReps, progression.ReasonTargetsMet, min(want.Reps+1, rng.Max)
	default:
		r.Got, r.Want = fewest, rng.Max
		up := int64(0)
		if step > 0 {
			up = int64(d/(2*step)) + 1
			for up <= steps && !has(up) {
				up++
			}
		}
		if step == 0 || up > steps {
			r.Reason, r.Reps = progression.ReasonNoHeavierLoad, min(want.Reps+1, rng.Max)
		} else {
			r.Action, r.Reason, r.Load, r.Reps = progression.ActionAddLoad, progression.ReasonTopOfRange, bar.Bar+2*step*repkit.Load(up), rng.Min
		}
	}
	return r, true
}

// TestHandNextMatches: the hand baseline and Next give the same
// Recommendation on the benchmark's session and on drawn sessions at
// drawn achievable loads of the standard barbell and a small inventory.
func TestHandNextMatches(t *testing.T) {
	std := must(progression.StandardBarbell(repkit.UnitKilogram))
	small := progression.BarAndPlates{Bar: 20 * kg, Plates: []progression.Plate{{Weight: 10 * kg, Pairs: 1}, {Weight: 2500 * g, Pairs: 2}}}
	check := func(t interface{ Fatalf(string, ...any) }, bar progression.BarAndPlates, want progression.Prescription, done progression.Performance) {
		dp := benchDP(bar)
		got, err := dp.Next(want, done)
		hand, ok := handNext(dp, bar, want, done)
		if (err == nil) != ok || got != hand {
			t.Fatalf("Next(%+v, %+v) = %+v, %v; by hand %+v, %v", want, done, got, err, hand, ok)
		}
	}
	check(t, std, progression.Prescription{Load: 100 * kg, Sets: 5, Reps: 11}, progression.Performance{Load: 100 * kg, Sets: benchSets})
	rapid.Check(t, func(t *rapid.T) {
		bar := rapid.SampledFrom([]progression.BarAndPlates{std, small}).Draw(t, "bar")
		lad, _ := bar.Ladder()
		var loads []repkit.Load
		for l, ok := repkit.Load(0), true; ok; l, ok = lad.Next(l) {
			if lad.Achievable(l) {
				loads = append(loads, l)
			}
		}
		want := progression.Prescription{Load: 0, Sets: rapid.IntRange(0, 6).Draw(t, "sets"), Reps: rapid.IntRange(8, 12).Draw(t, "reps")}
		done := progression.Performance{Load: rapid.SampledFrom(loads).Draw(t, "load")}
		if rapid.IntRange(0, 9).Draw(t, "off") == 0 {
			done.Load += 500 * g // often not achievable
		}
		for range rapid.IntRange(1, 6).Draw(t, "done sets") {
			s := progression.WorkSet{Reps: rapid.IntRange(6, 13).Draw(t, "set reps")}
			if rapid.Bool().Draw(t, "rated") {
				s.Effort = repkit.AtRIR(repkit.RIR(rapid.IntRange(0, 4).Draw(t, "rir")))
			}
			done.Sets = append(done.Sets, s)
		}
		want.Load = done.Load
		check(t, bar, want, done)
	})
}

// BenchmarkDoubleProgressionNextBaseline is handNext on the same session
// as BenchmarkDoubleProgressionNext (TestHandNextMatches checks they agree).
func BenchmarkDoubleProgressionNextBaseline(b *testing.B) {
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	dp := benchDP(bar)
	want, done := progression.Prescription{Load: 100 * kg, Sets: 5, Reps: 11}, progression.Performance{Load: 100 * kg, Sets: benchSets}
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkRec, _ = handNext(dp, bar, want, done)
	}
}
