package enum

import (
	"iter"
	"math/bits"
)

// Bits is the underlying type of a set of enum values kept one bit per
// value: bit v is set when v is in the set.
type Bits interface{ ~uint16 | ~uint32 | ~uint64 }

// Has reports whether v is in the set s. A value at or beyond the width of
// S is never in it.
func Has[S Bits, T ~uint8](s S, v T) bool { return v < 64 && uint64(s)&(1<<v) != 0 }

// Count returns how many values the set s holds.
func Count[S Bits](s S) int { return bits.OnesCount64(uint64(s)) }

// Members yields the values from lo up to but not including hi that are in
// the set s, lowest first; bits outside that range are passed over. It
// does not allocate beyond the iterator's closure.
func Members[S Bits, T ~uint8](s S, lo, hi T) iter.Seq[T] {
	rest := uint64(s) &^ (uint64(1)<<lo - 1)
	if hi < 64 {
		rest &= uint64(1)<<hi - 1
	}
	return func(yield func(T) bool) {
		for r := rest; r != 0; r &= r - 1 {
			if !yield(T(bits.TrailingZeros64(r))) {
				return
			}
		}
	}
}

// AppendNames appends the names of the values seq yields, joined by
// commas, to b; an empty seq appends nothing. A value outside the table
// appends its "Type(n)" form, as [Codec.String] gives it.
func (c *Codec[T]) AppendNames(b []byte, seq iter.Seq[T]) []byte {
	first := true
	for v := range seq {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, c.String(v)...)
	}
	return b
}
