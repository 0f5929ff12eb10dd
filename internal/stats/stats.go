// Package stats holds the robust statistics repkit's trend monitor uses,
// wrapping golang.org/x/exp/stats so that no x/exp type or behaviour (such
// as its panics on empty input) reaches an exported signature.
package stats

import (
	"math"
	"slices"

	xstats "golang.org/x/exp/stats"
)

// Median returns the median of values, sorting them in place (callers pass a
// scratch copy). It returns NaN for an empty slice instead of panicking, and
// NaN if any value is NaN. For an even count it is the mean of the two
// middle values (x/exp's R-7 quantile at 0.5).
func Median(values []float64) float64 {
	if len(values) == 0 {
		return math.NaN()
	}
	slices.Sort(values) // sorted input spares x/exp a copy
	return xstats.Median(values)
}
