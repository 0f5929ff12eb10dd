package progression

import (
	"math/bits"

	"github.com/repkit/repkit/exercise"
)

// percentOf returns l * pct / 100, rounded down, exactly: the product is
// formed in 128 bits, so no load overflows. l must be >= 0 and 0 <= pct.
func percentOf(l exercise.Load, pct int) exercise.Load {
	return mulDiv(l, uint64(pct), 100)
}

// mulDiv returns l * num / den rounded down, for l >= 0 and den > 0, or
// exercise.MaxLoad if the result does not fit.
func mulDiv(l exercise.Load, num, den uint64) exercise.Load {
	hi, lo := bits.Mul64(uint64(l), num)
	if hi >= den {
		return exercise.MaxLoad
	}
	q, _ := bits.Div64(hi, lo, den)
	if q > uint64(exercise.MaxLoad) {
		return exercise.MaxLoad
	}
	return exercise.Load(q)
}
