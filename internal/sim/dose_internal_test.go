package sim

import (
	"testing"

	"github.com/repkit/repkit/fatigue"
)

// TestDoseAgainstTheRecentMedian pins dose: the main lift's capacity
// against the median of its last eight weekly capacities (the upper one of
// an even count): under 95% none, under 97% reduced, else full; full with
// no week yet.
func TestDoseAgainstTheRecentMedian(t *testing.T) {
	ten := []float64{200, 200, 90, 100, 110, 120, 130, 140, 150, 160} // last eight 90..160: sorted, index 4 is 130
	for _, c := range []struct {
		name string
		best []float64
		s    float64
		want fatigue.Dose
	}{
		{"no week yet", nil, 10, fatigue.DoseFull},
		{"one week, well under", []float64{100}, 90, fatigue.DoseNone},
		{"one week, just under 95%", []float64{100}, 94.9, fatigue.DoseNone},
		{"one week, at 95%", []float64{100}, 0.95 * 100, fatigue.DoseReduced},
		{"one week, just under 97%", []float64{100}, 96.9, fatigue.DoseReduced},
		{"one week, at 97%", []float64{100}, 0.97 * 100, fatigue.DoseFull},
		{"one week, above", []float64{100}, 120, fatigue.DoseFull},
		{"three weeks: median 100, not the mean 110", []float64{150, 80, 100}, 96, fatigue.DoseReduced},
		// 0.95 x 130 = 123.5, 0.97 x 130 = 126.1; the two 200s are older than eight weeks
		{"ten weeks, none", ten, 123, fatigue.DoseNone},
		{"ten weeks, reduced", ten, 124, fatigue.DoseReduced},
		{"ten weeks, full", ten, 127, fatigue.DoseFull},
	} {
		l := testLifter(0, 0, 0)
		l.fitness[Straight], l.fitness[RestPause], l.best = c.s, 1000, c.best
		if got := l.dose(); got != c.want {
			t.Errorf("%s: capacity %v against %v: dose %v, want %v", c.name, c.s, c.best, got, c.want)
		}
	}
}
