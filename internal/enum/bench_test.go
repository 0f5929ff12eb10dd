package enum_test

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/ascii"
	"github.com/repkit/repkit/internal/enum"
)

// Stop is an enum with the names of restpause.StopReason, on the codec;
// switchStop is the same enum written by hand with switches, the way
// restpause wrote its enums before the codec: the baseline the benchmarks
// compare with.
type Stop uint8

var stopText = enum.New[Stop]("Stop", "stop", unknown,
	"continue", "pain", "technique", "min_reps", "drop_off", "max_bursts", "total_reps",
	"myo_rep", "match", "time_cap", "rir_floor", "lifter", "custom")

func (s Stop) String() string                      { return stopText.String(s) }
func (s Stop) AppendText(b []byte) ([]byte, error) { return stopText.AppendText(b, s) }
func (s Stop) MarshalText() ([]byte, error)        { return stopText.MarshalText(s) }
func (s *Stop) UnmarshalText(text []byte) error    { return stopText.UnmarshalText(s, text) }

type switchStop uint8

func (s switchStop) String() string {
	switch s {
	case 0:
		return "continue"
	case 1:
		return "pain"
	case 2:
		return "technique"
	case 3:
		return "min_reps"
	case 4:
		return "drop_off"
	case 5:
		return "max_bursts"
	case 6:
		return "total_reps"
	case 7:
		return "myo_rep"
	case 8:
		return "match"
	case 9:
		return "time_cap"
	case 10:
		return "rir_floor"
	case 11:
		return "lifter"
	case 12:
		return "custom"
	}
	return "Stop(" + strconv.Itoa(int(s)) + ")"
}

func (s switchStop) MarshalText() ([]byte, error) {
	if s > 12 {
		return nil, unknown("stop", s.String(), "")
	}
	return []byte(s.String()), nil
}

func (s *switchStop) UnmarshalText(text []byte) error {
	var v switchStop
	switch {
	case ascii.EqualFold(text, "continue"):
		v = 0
	case ascii.EqualFold(text, "pain"):
		v = 1
	case ascii.EqualFold(text, "technique"):
		v = 2
	case ascii.EqualFold(text, "min_reps"):
		v = 3
	case ascii.EqualFold(text, "drop_off"):
		v = 4
	case ascii.EqualFold(text, "max_bursts"):
		v = 5
	case ascii.EqualFold(text, "total_reps"):
		v = 6
	case ascii.EqualFold(text, "myo_rep"):
		v = 7
	case ascii.EqualFold(text, "match"):
		v = 8
	case ascii.EqualFold(text, "time_cap"):
		v = 9
	case ascii.EqualFold(text, "rir_floor"):
		v = 10
	case ascii.EqualFold(text, "lifter"):
		v = 11
	case ascii.EqualFold(text, "custom"):
		v = 12
	default:
		return unknown("stop", string(text), "")
	}
	*s = v
	return nil
}

// TestCodecMatchesSwitch: the codec and the hand-written switches give the
// same answers for every byte value and for each name, upper-cased, and an
// unknown name.
func TestCodecMatchesSwitch(t *testing.T) {
	for i := range 256 {
		a, b := Stop(i), switchStop(i)
		if a.String() != b.String() {
			t.Errorf("%d: String %q vs %q", i, a.String(), b.String())
		}
		ta, ea := a.MarshalText()
		tb, eb := b.MarshalText()
		if !bytes.Equal(ta, tb) || (ea == nil) != (eb == nil) || (ea != nil && ea.Error() != eb.Error()) {
			t.Errorf("%d: MarshalText %q, %v vs %q, %v", i, ta, ea, tb, eb)
		}
		if i > 12 {
			continue
		}
		up := bytes.ToUpper(tb)
		var pa Stop
		var pb switchStop
		if ea, eb := pa.UnmarshalText(up), pb.UnmarshalText(up); ea != nil || eb != nil || uint8(pa) != uint8(pb) || int(pa) != i {
			t.Errorf("UnmarshalText(%q): %d, %v vs %d, %v", up, pa, ea, pb, eb)
		}
	}
	var pa Stop
	var pb switchStop
	ea, eb := pa.UnmarshalText([]byte("tired")), pb.UnmarshalText([]byte("tired"))
	if !errors.Is(ea, repkit.ErrUnknownName) || ea.Error() != eb.Error() {
		t.Errorf("unknown name: %v vs %v", ea, eb)
	}
}

// The benchmarks use the last name, the worst case for a linear lookup.
var (
	sinkS   string
	sinkB   []byte
	sinkErr error
)

func BenchmarkString(b *testing.B) {
	b.Run("codec", func(b *testing.B) {
		v := Stop(12)
		for b.Loop() {
			sinkS = v.String()
		}
	})
	b.Run("switch", func(b *testing.B) {
		v := switchStop(12)
		for b.Loop() {
			sinkS = v.String()
		}
	})
}

func BenchmarkMarshalText(b *testing.B) {
	b.Run("codec", func(b *testing.B) {
		v := Stop(12)
		for b.Loop() {
			sinkB, sinkErr = v.MarshalText()
		}
	})
	b.Run("switch", func(b *testing.B) {
		v := switchStop(12)
		for b.Loop() {
			sinkB, sinkErr = v.MarshalText()
		}
	})
	b.Run("codec-AppendText", func(b *testing.B) {
		v := Stop(12)
		buf := make([]byte, 0, 32)
		for b.Loop() {
			sinkB, sinkErr = v.AppendText(buf[:0])
		}
	})
}

func BenchmarkUnmarshalText(b *testing.B) {
	text := []byte("CUSTOM")
	b.Run("codec", func(b *testing.B) {
		var v Stop
		for b.Loop() {
			sinkErr = v.UnmarshalText(text)
		}
	})
	b.Run("switch", func(b *testing.B) {
		var v switchStop
		for b.Loop() {
			sinkErr = v.UnmarshalText(text)
		}
	})
}
