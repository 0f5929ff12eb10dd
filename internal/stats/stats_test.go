package stats

import (
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

func TestMedianTable(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{5}, 5},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{100, 100, 1}, 100}, // one outlier does not move it
	} {
		if got := Median(slices.Clone(tc.in)); got != tc.want {
			t.Errorf("Median(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if !math.IsNaN(Median(nil)) {
		t.Error("Median(nil) is not NaN")
	}
}

// The median splits the values: at least half are <= it and at least half >=.
func TestMedianSplits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs := rapid.SliceOfN(rapid.Float64Range(-1e6, 1e6), 1, 40).Draw(t, "xs")
		m := Median(slices.Clone(xs))
		le, ge := 0, 0
		for _, x := range xs {
			if x <= m {
				le++
			}
			if x >= m {
				ge++
			}
		}
		if 2*le < len(xs) || 2*ge < len(xs) {
			t.Fatalf("median %v of %v: %d <=, %d >=", m, xs, le, ge)
		}
	})
}

// The median equals the textbook definition, computed independently: the
// middle of the sorted values, or the mean of the two middles.
func TestMedianMatchesDefinition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs := rapid.SliceOfN(rapid.Float64Range(-1e6, 1e6), 1, 40).Draw(t, "xs")
		s := slices.Clone(xs)
		slices.Sort(s)
		n := len(s)
		want := s[n/2]
		if n%2 == 0 {
			want = (s[n/2-1] + s[n/2]) / 2
		}
		if got := Median(slices.Clone(xs)); math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Fatalf("Median(%v) = %v, want %v", xs, got, want)
		}
	})
}

// A NaN anywhere gives NaN, as the doc promises; infinities order.
func TestMedianNaNAndInf(t *testing.T) {
	if got := Median([]float64{1, math.NaN(), 3}); !math.IsNaN(got) {
		t.Errorf("Median with NaN = %v, want NaN", got)
	}
	if got := Median([]float64{math.Inf(1), 1, 2}); got != 2 {
		t.Errorf("Median(+Inf, 1, 2) = %v, want 2", got)
	}
}
