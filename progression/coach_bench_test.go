package progression_test

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// baseline is a hand-written decision for straight sets with a known
// range, no signals, no prescription, no dates and a full dose: the case an
// app would otherwise write by hand with double progression and a stall
// check. It is written from the Coach doc, not from the Coach's code, and
// serves both as the benchmark's baseline and as an oracle.
func baseline(h []progression.Outing, rng repkit.RepRange, w progression.Ladder) (progression.Action, repkit.Load, int) {
	fewest := func(o *progression.Outing) int {
		f := o.Sets[0].Reps
		for _, s := range o.Sets[1:] {
			f = min(f, s.Reps)
		}
		return f
	}
	// The last new best: first of block, same load more reps, or heavier
	// with reps inside the range; a lighter session followed by a lighter
	// one (or last) starts a block.
	volume := func(o *progression.Outing) int {
		v := 0
		for _, s := range o.Sets {
			v += s.Reps
		}
		return v
	}
	// pending: a deload (a new block, a lighter session at the top of
	// the range, or a session at or below the load a deload from a stalled
	// session before it takes) happened and no session since passed the
	// best before it, oldLoad x oldVolume.
	deloadTo := func(from repkit.Load) repkit.Load {
		down, ok := w.Prev(from)
		if !ok {
			return from
		}
		if l, err := progression.Round(w, from*9/10, progression.RoundNearest); err == nil && l < down {
			down = l
		}
		return down
	}
	bestLoad, bestVolume, since, have := repkit.Load(0), 0, 0, false
	pending, oldLoad, oldVolume := false, repkit.Load(0), 0
	for i := range h {
		l, m, v := h[i].Load, fewest(&h[i]), volume(&h[i])
		reset := have && l < bestLoad && (i == len(h)-1 || h[i+1].Load < bestLoad)
		if pending && (l == oldLoad && v > oldVolume || l > oldLoad && m >= rng.Min) {
			pending = false
		}
		belowTwice := i >= 2 && fewest(&h[i-1]) < rng.Min && h[i-2].Load == h[i-1].Load && fewest(&h[i-2]) < rng.Min
		done := i > 0 && !pending && since >= progression.DefaultStallSessions && !belowTwice && l < h[i-1].Load && l <= deloadTo(h[i-1].Load)
		switch {
		case reset:
			if !pending {
				pending, oldLoad, oldVolume = true, bestLoad, bestVolume
			}
			bestLoad, bestVolume, since = l, v, 0
		case !have || l == bestLoad && v > bestVolume || l > bestLoad && m >= rng.Min:
			bestLoad, bestVolume, since, have = l, v, 0, true
		case done || l < bestLoad && m >= rng.Max:
			if !pending {
				pending, oldLoad, oldVolume = true, bestLoad, bestVolume
			}
			since = 0
		default:
			since++
		}
	}
	last := &h[len(h)-1]
	f := fewest(last)
	target := rng.Min
	if len(h) >= 2 && h[len(h)-2].Load == last.Load {
		target = max(fewest(&h[len(h)-2]), 1)
	}
	if f >= rng.Max {
		if up, ok := w.Next(last.Load); ok {
			return progression.ActionAddLoad, up, rng.Min
		}
		return progression.ActionHold, last.Load, rng.Max
	}
	prev := -1
	if len(h) >= 2 && h[len(h)-2].Load == last.Load {
		prev = fewest(&h[len(h)-2])
	}
	if f < rng.Min && prev >= 0 && prev < rng.Min && f <= prev {
		if down, ok := w.Prev(last.Load); ok {
			return progression.ActionReduceLoad, down, rng.Min
		}
		return progression.ActionHold, last.Load, rng.Min
	}
	if since >= progression.DefaultStallSessions && pending {
		return progression.ActionChangeExercise, last.Load, 0
	}
	if since >= progression.DefaultStallSessions {
		down, ok := w.Prev(last.Load)
		if !ok {
			return progression.ActionHold, last.Load, max(rng.Min, min(f, rng.Max))
		}
		if l, err := progression.Round(w, last.Load*9/10, progression.RoundNearest); err == nil && l < down {
			down = l
		}
		return progression.ActionReduceLoad, down, max(rng.Min, min(f, rng.Max))
	}
	if f >= target {
		return progression.ActionAddReps, last.Load, min(f+1, rng.Max)
	}
	return progression.ActionHold, last.Load, target
}

func TestCoachAgreesWithBaseline(t *testing.T) {
	lad := steps(t)
	rng := repkit.RepRange{Min: 8, Max: 12}
	c := progression.Coach{Weights: lad, Range: rng, StallSessions: progression.DefaultStallSessions}
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 14).Draw(t, "sessions")
		h := make([]progression.Outing, n)
		for i := range h {
			load := repkit.Load(rapid.IntRange(36, 42).Draw(t, "steps")) * 2500 * g
			sets := rapid.SliceOfN(rapid.IntRange(5, 14), 1, 4).Draw(t, "reps")
			h[i] = progression.Outing{Load: load, Sets: reps(sets...)}
		}
		d, err := c.Decide(h, time.Time{}, fatigue.DoseFull)
		if err != nil {
			t.Fatal(err)
		}
		a, l, r := baseline(h, rng, lad)
		if d.Action != a || d.Load != l || d.Reps != r {
			t.Fatalf("coach %v %v x %d (%s), baseline %v %v x %d", d.Action, d.Load, d.Reps, d, a, l, r)
		}
	})
}

// benchHistory is twelve sessions of one lift climbing through 8-12 with a
// few misses.
func benchHistory() []progression.Outing {
	var h []progression.Outing
	load := 100 * kg
	for i, rs := range [][]int{{8, 8, 8}, {9, 8, 8}, {9, 9, 9}, {10, 9, 9}, {10, 10, 10}, {11, 10, 10}, {11, 11, 11},
		{12, 12, 12}, {8, 8, 7}, {8, 8, 8}, {9, 9, 8}, {9, 9, 9}} {
		if i == 8 {
			load += 2500 * g
		}
		h = append(h, progression.Outing{Load: load, Sets: reps(rs...)})
	}
	return h
}

func TestCoachDoesNotAllocate(t *testing.T) {
	lad := steps(t)
	c := progression.Coach{Weights: lad}
	h := benchHistory()
	dc := restpause.Decision{Reason: restpause.StopMaxBursts, Value: 2, Limit: 2}
	rph := []progression.Outing{rpOut(0, 40*kg, dc, 8, 3, 2), rpOut(3, 40*kg, dc, 9, 4, 2), rpOut(7, 40*kg, dc, 9, 4, 3)}
	body := progression.Coach{Weights: lad, Kind: repkit.LoadBodyweight}
	bh := []progression.Outing{out(0, 0, 8, 8, 8), out(3, 2500*g, 8, 8), out(7, 0, 9, 9, 9)}
	for name, tc := range map[string]struct {
		c progression.Coach
		h []progression.Outing
	}{"straight": {c, h}, "rest-pause": {c, rph}, "body weight": {body, bh}} {
		c, hist := tc.c, tc.h
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := c.Decide(hist, time.Time{}, fatigue.DoseFull); err != nil {
				t.Fatal(err)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: Decide allocates %v times", name, allocs)
		}
	}
	// An assisted history is copied once, mirrored (see Coach.Kind): three
	// allocations, the outings, their rest-pause records and the mirrored
	// equipment, whatever its length.
	assisted := progression.Coach{Weights: lad, Kind: repkit.LoadAssisted}
	ah := []progression.Outing{out(0, 30*kg, 8, 8, 8), out(3, 30*kg, 9, 9, 8), rpOut(7, 30*kg, dc, 8, 3, 2)}
	if allocs := testing.AllocsPerRun(100, func() {
		if _, err := assisted.Decide(ah, time.Time{}, fatigue.DoseFull); err != nil {
			t.Fatal(err)
		}
	}); allocs > 3 {
		t.Errorf("assisted: Decide allocates %v times; want at most 3", allocs)
	}
}

func BenchmarkCoachDecide(b *testing.B) {
	c := progression.Coach{Weights: steps(b), Range: repkit.RepRange{Min: 8, Max: 12}, StallSessions: progression.DefaultStallSessions}
	h := benchHistory()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Decide(h, time.Time{}, fatigue.DoseFull); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCoachBaseline(b *testing.B) {
	lad, rng := steps(b), repkit.RepRange{Min: 8, Max: 12}
	h := benchHistory()
	b.ReportAllocs()
	for b.Loop() {
		baseline(h, rng, lad)
	}
}
