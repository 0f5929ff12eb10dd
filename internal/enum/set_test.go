package enum

import (
	"slices"
	"testing"

	"pgregory.net/rapid"
)

type testSet16 uint16

// TestSetHelpersMatchNaiveLoop checks Has, Count and Members against a
// loop over every bit, for each width of set.
func TestSetHelpersMatchNaiveLoop(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.Uint64().Draw(t, "s")
		lo := uint8(rapid.IntRange(0, 70).Draw(t, "lo"))
		hi := uint8(rapid.IntRange(0, 70).Draw(t, "hi"))
		checkSet(t, s, lo, hi)
		checkSet(t, uint32(s), lo, hi)
		checkSet(t, testSet16(s), lo, hi)
	})
}

func checkSet[S Bits](t *rapid.T, s S, lo, hi uint8) {
	var want []uint8
	count := 0
	for v := range 256 {
		in := v < 64 && uint64(s)>>v&1 == 1
		if got := Has(s, uint8(v)); got != in {
			t.Fatalf("Has(%#x, %d) = %v, want %v", s, v, got, in)
		}
		if in {
			count++
			if uint8(v) >= lo && uint8(v) < hi {
				want = append(want, uint8(v))
			}
		}
	}
	if got := Count(s); got != count {
		t.Fatalf("Count(%#x) = %d, want %d", s, got, count)
	}
	if got := slices.Collect(Members(s, lo, hi)); !slices.Equal(got, want) {
		t.Fatalf("Members(%#x, %d, %d) = %v, want %v", s, lo, hi, got, want)
	}
}

func TestMembersStopsWhenAsked(t *testing.T) {
	var got []uint8
	for v := range Members(uint16(0b1011_0110), uint8(0), 16) {
		got = append(got, v)
		if len(got) == 2 {
			break
		}
	}
	if !slices.Equal(got, []uint8{1, 2}) {
		t.Errorf("first two members = %v, want [1 2]", got)
	}
}

func TestAppendNames(t *testing.T) {
	c := New[uint8]("Tone", "tone", func(field, value, hint string) error { return nil }, "unknown", "low", "high")
	tests := []struct {
		set  uint16
		want string
	}{
		{0, ""},
		{0b010, "low"},
		{0b110, "low,high"},
		{0b1001, "unknown,Tone(3)"},
	}
	for _, tt := range tests {
		got := string(c.AppendNames([]byte("x:"), Members(tt.set, uint8(0), 16)))
		if got != "x:"+tt.want {
			t.Errorf("AppendNames(%#b) = %q, want %q", tt.set, got, "x:"+tt.want)
		}
	}
}
