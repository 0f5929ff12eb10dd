package progression

import (
	"math/bits"

	"github.com/repkit/repkit"
)

// percentOf returns l * pct / 100, rounded down, exactly: the product is
// formed in 128 bits, so no load overflows. l must be >= 0 and 0 <= pct.
func percentOf(l repkit.Load, pct int) repkit.Load {
	return mulDiv(l, uint64(pct), 100)
}

// mulDiv returns l * num / den rounded down, for l >= 0 and den > 0, or
// repkit.MaxLoad if the result does not fit.
func mulDiv(l repkit.Load, num, den uint64) repkit.Load {
	hi, lo := bits.Mul64(uint64(l), num)
	if hi >= den {
		return repkit.MaxLoad
	}
	q, _ := bits.Div64(hi, lo, den)
	if q > uint64(repkit.MaxLoad) {
		return repkit.MaxLoad
	}
	return repkit.Load(q)
}
