package progression_test

import (
	"cmp"
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

func sess(load repkit.Load, rs ...int) progression.Performance {
	return progression.Performance{Load: load, Sets: reps(rs...)}
}

func TestStallDetect(t *testing.T) {
	rule := progression.StallRule{Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	tests := []struct {
		name    string
		h       []progression.Performance
		stalled bool
		since   int
		deload  repkit.Load
	}{
		{"one session", []progression.Performance{sess(100*kg, 8)}, false, 0, 0},
		{"reps going up", []progression.Performance{sess(100*kg, 8), sess(100*kg, 9), sess(100*kg, 10)}, false, 0, 0},
		{"load going up at fewer reps is a best", []progression.Performance{sess(100*kg, 12), sess(102500*g, 8)}, false, 0, 0},
		{"two flat sessions", []progression.Performance{sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 7)}, false, 2, 0},
		// 100 kg best, then three sessions with no new best: 10% off 100 kg is 90 kg.
		{"three flat sessions", []progression.Performance{sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 7), sess(100*kg, 8)}, true, 3, 90 * kg},
		// More reps in all at the same load is progress, even with the
		// weakest set unchanged: 8+8+6 = 22 after 8+7+6 = 21.
		{"more reps in all", []progression.Performance{sess(100*kg, 8, 7, 6), sess(100*kg, 8, 7, 6), sess(100*kg, 8, 7, 6), sess(100*kg, 8, 8, 6)}, false, 0, 0},
		// The issue's light day: 100x5 three times, 85x5, 100x5. The 85 kg
		// day is followed by 100 kg again, so it opens no block; four
		// sessions after the first 100x5 brought nothing new (5 is the top
		// of the inferred 3-5 range only when every set makes it, which
		// here it does, so the last session adds load: not a stall).
		{"top of the range is not a stall", []progression.Performance{sess(100*kg, 5, 5), sess(100*kg, 5, 5), sess(100*kg, 5, 5), sess(85*kg, 5, 5), sess(100*kg, 5, 5)}, false, 0, 0},
		// 10% off 102.5 kg is 92.25 kg, which rounds down to 90 kg on 2.5 kg steps.
		{"deload rounds down", []progression.Performance{sess(102500*g, 8), sess(102500*g, 7), sess(102500*g, 7), sess(102500*g, 6)}, true, 3, 90 * kg},
		// 10% off 20 kg is 18 kg, below the empty bar: nothing lighter.
		{"empty bar", []progression.Performance{sess(20*kg, 8), sess(20*kg, 8), sess(20*kg, 8), sess(20*kg, 8)}, true, 3, 20 * kg},
		// 10% off 22.5 kg is 20.25 kg: rounds down to the bar.
		{"small load", []progression.Performance{sess(22500*g, 8), sess(22500*g, 8), sess(22500*g, 8), sess(22500*g, 8)}, true, 3, 20 * kg},
		// Building back after a deload is progress: 90, 92.5, 95 kg after four
		// sessions at 100 kg each beat the block's best so far.
		{"building back after a deload", []progression.Performance{sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 8), sess(90*kg, 10), sess(92500*g, 10), sess(95*kg, 10)}, false, 0, 0},
		// A stall inside the new block still counts: 90 kg best, then three
		// sessions at 90 kg with no more reps; 10% off 90 kg is 81 kg, 80 kg on 2.5 kg steps.
		// A lighter day of 5% is not a deload: it neither resets the block nor
		// makes the next 100 kg session a best, so 100x8 three sessions ago
		// stays the best and the history is stalled.
		{"a lighter day does not hide a stall", []progression.Performance{sess(100*kg, 8), sess(95*kg, 8), sess(100*kg, 8), sess(100*kg, 7)}, true, 3, 90 * kg},
		{"stall after a deload", []progression.Performance{sess(100*kg, 8), sess(90*kg, 10), sess(90*kg, 10), sess(90*kg, 9), sess(90*kg, 10)}, true, 3, 80 * kg},
		// Issue 12: "11 sessions of 8 reps 'Progressing'": the first is the
		// best, the 10 after it are a stall (window 3); 10% off 100 kg.
		{"eleven sessions of 8 reps", func() []progression.Performance {
			var h []progression.Performance
			for range 11 {
				h = append(h, sess(100*kg, 8, 8, 8))
			}
			return h
		}(), true, 10, 90 * kg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := rule.Detect(tt.h)
			if err != nil {
				t.Fatal(err)
			}
			if s.Stalled() != tt.stalled || s.Since != tt.since {
				t.Errorf("Detect = %+v; want stalled %v since %d", s, tt.stalled, tt.since)
			}
			if tt.stalled && s.Deload != tt.deload {
				t.Errorf("deload to %v, want %v", s.Deload, tt.deload)
			}
			if !tt.stalled && s.Reason != progression.ReasonProgressing {
				t.Errorf("reason %v", s.Reason)
			}
		})
	}
}

// TestStallHeavierBelowRange: 6, 6, 6 at a heavier load after 8s in 8-12
// is not a best (6 is under 8), so three sessions after 100x8 are a stall;
// 10% off 105 kg is 94.5 kg, 92.5 kg on 2.5 kg steps.
func TestStallHeavierBelowRange(t *testing.T) {
	rule := progression.StallRule{Weights: must(progression.StandardBarbell(repkit.UnitKilogram)), Range: repkit.RepRange{Min: 8, Max: 12}}
	s, err := rule.Detect([]progression.Performance{sess(100*kg, 8, 8, 8), sess(105*kg, 6, 6, 6), sess(105*kg, 6, 6, 6), sess(105*kg, 6, 6, 6)})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Stalled() || s.Since != 3 || s.BestLoad != 100*kg || s.Deload != 92500*g {
		t.Errorf("Detect = %+v; want a stall since 3 after 100kg, deload to 92.5kg", s)
	}
}

func TestStallSentence(t *testing.T) {
	rule := progression.StallRule{Sessions: 2, DeloadPercent: 5, Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	s, err := rule.Detect([]progression.Performance{sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 7)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "No new best in 2 sessions (best 100kg x 8): deload about 5%, from 100kg to 95kg, and build back up."; s.String() != want {
		t.Errorf("got  %q\nwant %q", s.String(), want)
	}
}

func TestStallErrors(t *testing.T) {
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	for _, tc := range []struct {
		rule  progression.StallRule
		h     []progression.Performance
		field string
	}{
		{progression.StallRule{}, []progression.Performance{sess(kg, 1)}, "equipment"},
		{progression.StallRule{Weights: bar, DeloadPercent: 80}, []progression.Performance{sess(kg, 1)}, "deload_percent"},
		{progression.StallRule{Weights: bar, Range: repkit.RepRange{Min: 12, Max: 8}}, []progression.Performance{sess(kg, 1)}, "range"},
		{progression.StallRule{Weights: bar, Sessions: 1001}, []progression.Performance{sess(kg, 1)}, "sessions"},
		{progression.StallRule{Weights: bar}, nil, "history"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(kg, 1), {Load: kg}}, "history[1].sets"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(-kg, 1)}, "history[0].load"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(kg, 1, -2)}, "history[0].sets[1].reps"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(kg, 1, 1001)}, "history[0].sets[1].reps"},
	} {
		_, err := tc.rule.Detect(tc.h)
		var pe *progression.FieldError
		if !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("err = %v, want one naming %q", err, tc.field)
		}
	}
	// 1000 reps, the most a set may record, is no error.
	if _, err := (progression.StallRule{Weights: bar}).Detect([]progression.Performance{sess(kg, 1, 1000)}); err != nil {
		t.Errorf("a set of 1000 reps: %v", err)
	}
}

// testStallLaws checks Detect against an independent reading of its rule on
// random histories with a fixed 6-10 range: a session is a new best when it
// opens the block, is at the best load with more reps in all, or is heavier
// with its weakest set at 6 or more; a session lighter than the best opens
// a new block when the session after it is lighter too, or when it is the
// last; a lighter session with every set at 10 or more restarts the count
// and keeps the best, and so does a session lighter than the one before it
// and at or below that one's deload (below), when the count had reached
// Sessions there, that one was not a second session in a row at one load
// with its weakest set under 6, and no deload since which no session passed
// the best before it (at its load with more reps in all, or heavier with
// the weakest set at 6 or more) is pending (the deload the stall called
// for, done). The history is stalled when at least Sessions
// sessions came after the count restarted, unless the last session's
// weakest set reached 10. The deload is the heaviest achievable load at or
// below the percentage's floor, or one step down when that is lighter, or
// the last load when nothing is lighter.
func testStallLaws(t *rapid.T) {
	bar, model := genBarbell(t)
	rule := progression.StallRule{
		Sessions:      rapid.IntRange(0, 5).Draw(t, "sessions"),
		DeloadPercent: rapid.IntRange(0, 50).Draw(t, "percent"),
		Weights:       bar,
		Range:         repkit.RepRange{Min: 6, Max: 10},
	}
	h := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) progression.Performance {
		return sess(rapid.SampledFrom(model).Draw(t, "load"), rapid.SliceOfN(rapid.IntRange(0, 15), 1, 3).Draw(t, "reps")...)
	}), 1, 12).Draw(t, "history")
	st, err := rule.Detect(h)
	if err != nil {
		t.Fatal(err)
	}
	weakest := func(p progression.Performance) int {
		return slices.MinFunc(p.Sets, func(a, b progression.WorkSet) int { return a.Reps - b.Reps }).Reps
	}
	total := func(p progression.Performance) (n int) {
		for _, s := range p.Sets {
			n += s.Reps
		}
		return n
	}
	window := cmp.Or(rule.Sessions, progression.DefaultStallSessions)
	percent := cmp.Or(rule.DeloadPercent, progression.DefaultDeloadPercent)
	deloadTo := func(last repkit.Load) repkit.Load {
		want, ok := bar.Prev(last)
		if !ok {
			return last
		}
		floor := last * repkit.Load(100-percent) / 100 // exact: loads here are far below 2^63/100
		for _, l := range slices.Backward(model) {
			if l <= floor {
				want = min(want, l)
				break
			}
		}
		return want
	}
	// pending: a deload happened and no session since passed old, the
	// best before it.
	best, count, pending, old := 0, 0, false, 0
	for i := 1; i < len(h); i++ {
		b, s, p := h[best], h[i], h[i-1]
		if pending && (s.Load == h[old].Load && total(s) > total(h[old]) || s.Load > h[old].Load && weakest(s) >= 6) {
			pending = false
		}
		belowTwice := i >= 2 && weakest(p) < 6 && h[i-2].Load == p.Load && weakest(h[i-2]) < 6
		done := !pending && count >= window && !belowTwice && s.Load < p.Load && s.Load <= deloadTo(p.Load)
		switch {
		case s.Load < b.Load && (i == len(h)-1 || h[i+1].Load < b.Load):
			if !pending {
				pending, old = true, best
			}
			best, count = i, 0 // a deload opens a new block
		case s.Load == b.Load && total(s) > total(b), s.Load > b.Load && weakest(s) >= 6:
			best, count = i, 0
		case done, s.Load < b.Load && weakest(s) >= 10:
			if !pending {
				pending, old = true, best
			}
			count = 0 // the deload a stall called for, done, or building back
		default:
			count++
		}
	}
	since := count
	if weakest(h[len(h)-1]) >= 10 {
		since = 0
	}
	if st.Best != best || st.Since != since || st.Stalled() != (since >= window) {
		t.Fatalf("Detect = %+v; want best %d, since %d, stalled %v", st, best, since, since >= window)
	}
	if !st.Stalled() {
		return
	}
	last := h[len(h)-1].Load
	want := deloadTo(last)
	if st.Deload != want || st.Percent != percent {
		t.Fatalf("deload from %v at %d%% = %v (%d%%), want %v", last, percent, st.Deload, st.Percent, want)
	}
}

func TestStallLaws(t *testing.T) { rapid.Check(t, testStallLaws) }
func FuzzStallLaws(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testStallLaws)) }

// TestStallLightDayIssueCase is issue 12's "three sessions at 100x5, one
// light day at 85x5, then 100x5 reads Progressing": in a 6-10 range, 5s
// are no progress and the light day hides nothing, so the four sessions
// after the first are a stall; 10% off 100 kg is 90 kg. (In an inferred
// 3-5 range the same 5s are the top of the range, which double
// progression answers with more load, and not a stall: see "top of the
// range is not a stall".)
func TestStallLightDayIssueCase(t *testing.T) {
	rule := progression.StallRule{Weights: must(progression.StandardBarbell(repkit.UnitKilogram)), Range: repkit.RepRange{Min: 6, Max: 10}}
	s, err := rule.Detect([]progression.Performance{sess(100*kg, 5, 5), sess(100*kg, 5, 5), sess(100*kg, 5, 5), sess(85*kg, 5, 5), sess(100*kg, 5, 5)})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Stalled() || s.Since != 4 || s.Deload != 90*kg {
		t.Fatalf("Detect = %+v (%s); want a stall 4 sessions since the best, deload to 90kg", s, s)
	}
}
