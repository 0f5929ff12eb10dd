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
	rule := progression.StallRule{Weights: progression.StandardBarbell(repkit.UnitKilogram)}
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
		{"three flat sessions", []progression.Performance{sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 7), sess(100*kg, 8, 6)}, true, 3, 90 * kg},
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

func TestStallSentence(t *testing.T) {
	rule := progression.StallRule{Sessions: 2, DeloadPercent: 5, Weights: progression.StandardBarbell(repkit.UnitKilogram)}
	s, err := rule.Detect([]progression.Performance{sess(100*kg, 8), sess(100*kg, 8), sess(100*kg, 7)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "No new best in 2 sessions (best 100kg x 8): deload about 5%, from 100kg to 95kg, and build back up."; s.String() != want {
		t.Errorf("got  %q\nwant %q", s.String(), want)
	}
}

func TestStallErrors(t *testing.T) {
	bar := progression.StandardBarbell(repkit.UnitKilogram)
	for _, tc := range []struct {
		rule  progression.StallRule
		h     []progression.Performance
		field string
	}{
		{progression.StallRule{}, []progression.Performance{sess(kg, 1)}, "equipment"},
		{progression.StallRule{Weights: bar, DeloadPercent: 80}, []progression.Performance{sess(kg, 1)}, "deload_percent"},
		{progression.StallRule{Weights: bar}, nil, "history"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(kg, 1), {Load: kg}}, "history[1].sets"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(-kg, 1)}, "history[0].load"},
		{progression.StallRule{Weights: bar}, []progression.Performance{sess(kg, 1, -2)}, "history[0].sets[1].reps"},
	} {
		_, err := tc.rule.Detect(tc.h)
		var pe *progression.FieldError
		if !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("err = %v, want one naming %q", err, tc.field)
		}
	}
}

// testStallLaws checks Detect against an independent reading of its rule on
// random histories: the last new best is the last session heavier than
// every one before it, or as heavy as the heaviest with more reps than ever
// at that load; the history is stalled when at least Sessions sessions came
// after it; the deload is the heaviest achievable load at or below the
// percentage's floor, or one step down when that is lighter, or the last
// load when nothing is lighter.
func testStallLaws(t *rapid.T) {
	bar, model := genBarbell(t)
	rule := progression.StallRule{
		Sessions:      rapid.IntRange(0, 5).Draw(t, "sessions"),
		DeloadPercent: rapid.IntRange(0, 50).Draw(t, "percent"),
		Weights:       bar,
	}
	h := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) progression.Performance {
		return sess(rapid.SampledFrom(model).Draw(t, "load"), rapid.SliceOfN(rapid.IntRange(0, 15), 1, 3).Draw(t, "reps")...)
	}), 1, 12).Draw(t, "history")
	st, err := rule.Detect(h)
	if err != nil {
		t.Fatal(err)
	}
	best, heaviest, repsAt := 0, repkit.Load(-1), map[repkit.Load]int{}
	for i, s := range h {
		// A session at least the deload percentage below the block's heaviest
		// is a deload and starts a new block. Loads here are far below
		// 2^63/100, so the products are exact.
		if heaviest >= 0 && s.Load*100 <= heaviest*repkit.Load(100-cmp.Or(rule.DeloadPercent, progression.DefaultDeloadPercent)) {
			heaviest, repsAt = -1, map[repkit.Load]int{}
		}
		top := 0
		for _, set := range s.Sets {
			top = max(top, set.Reps)
		}
		if s.Load > heaviest || s.Load == heaviest && top > repsAt[s.Load] {
			best = i
		}
		heaviest = max(heaviest, s.Load)
		repsAt[s.Load] = max(repsAt[s.Load], top)
	}
	window := cmp.Or(rule.Sessions, progression.DefaultStallSessions)
	since := len(h) - 1 - best
	if st.Best != best || st.Since != since || st.Stalled() != (since >= window) {
		t.Fatalf("Detect = %+v; want best %d, since %d, stalled %v", st, best, since, since >= window)
	}
	if !st.Stalled() {
		return
	}
	last := h[len(h)-1].Load
	percent := cmp.Or(rule.DeloadPercent, progression.DefaultDeloadPercent)
	want, ok := bar.Prev(last)
	if !ok {
		want = last
	} else {
		floor := last * repkit.Load(100-percent) / 100 // exact: loads here are far below 2^63/100
		for _, l := range slices.Backward(model) {
			if l <= floor {
				want = min(want, l)
				break
			}
		}
	}
	if st.Deload != want || st.Percent != percent {
		t.Fatalf("deload from %v at %d%% = %v (%d%%), want %v", last, percent, st.Deload, st.Percent, want)
	}
}

func TestStallLaws(t *testing.T) { rapid.Check(t, testStallLaws) }
func FuzzStallLaws(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testStallLaws)) }
