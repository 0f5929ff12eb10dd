package progression

import (
	"testing"

	"github.com/repkit/repkit"
)

// mulDiv returns MaxLoad when the quotient does not fit, including when
// the product's high word equals the divisor (the quotient is then 2^64
// or more, which bits.Div64 refuses with a panic).
func TestMulDivOverflow(t *testing.T) {
	tests := []struct {
		l        repkit.Load
		num, den uint64
		want     repkit.Load
	}{
		{1 << 62, 8, 2, repkit.MaxLoad},        // 2^65 / 2 = 2^64: high word 2 equals den
		{1 << 62, 8, 3, repkit.MaxLoad},        // 2^65 / 3 does not fit in 63 bits
		{1 << 62, 2, 1, repkit.MaxLoad},        // 2^63: one past MaxLoad
		{1<<62 - 1, 2, 1, repkit.MaxLoad - 1},  // 2^63 - 2
		{repkit.MaxLoad, 1, 1, repkit.MaxLoad}, // MaxLoad itself fits
		{1000, 7, 3, 2333},                     // 7000 / 3, rounded down
	}
	for _, tt := range tests {
		if got := mulDiv(tt.l, tt.num, tt.den); got != tt.want {
			t.Errorf("mulDiv(%d, %d, %d) = %d, want %d", int64(tt.l), tt.num, tt.den, int64(got), int64(tt.want))
		}
	}
}
