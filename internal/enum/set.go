package enum

import (
	"encoding/json"
	"iter"
	"math/bits"

	"github.com/repkit/repkit/internal/fielderr"
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

// AppendJSONSet appends the names of the values seq yields as a JSON
// array, such as ["pain","technique-lost"], or [] for none: the one wire
// form of every set of enum values. The zero value or a value outside the
// table is the package's error for an unknown name, so every array written
// reads back.
func (c *Codec[T]) AppendJSONSet(b []byte, seq iter.Seq[T]) ([]byte, error) {
	b = append(b, '[')
	first := true
	for v := range seq {
		if v == 0 || !c.Valid(v) {
			return nil, c.fail(c.String(v))
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, c.names[v]...)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// ParseJSONSet reads a JSON array of names, or null for the empty set,
// calling add for each name in order; names are read as UnmarshalText reads
// them (ASCII case ignored, aliases accepted). For sets written before the
// wire format had one set encoding it also reads a JSON string of
// comma-separated names. An unknown name, the zero value's name or any
// other JSON is the package's error naming the field.
func (c *Codec[T]) ParseJSONSet(data []byte, add func(T)) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) > 0 && data[0] == '"' {
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return c.fail(fielderr.Clip(data))
		}
		return c.ParseSet([]byte(s), true, add)
	}
	var names []string
	if err := json.Unmarshal(data, &names); err != nil {
		return c.fail(fielderr.Clip(data))
	}
	for _, n := range names {
		v, ok := Lookup(c, n)
		if !ok || v == 0 {
			return c.fail(n)
		}
		add(v)
	}
	return nil
}
