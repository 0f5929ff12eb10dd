package restpause

import (
	"testing"
	"time"
)

func TestRestString(t *testing.T) {
	for _, tt := range []struct {
		rest Rest
		want string
	}{
		{Rest{}, ""},
		{Rest{Min: 20 * time.Second, Max: 20 * time.Second}, "20s"},
		{Rest{Min: 20 * time.Second, Max: 30 * time.Second}, "20s-30s"},
		{Rest{MinBreaths: 10, MaxBreaths: 15}, "10-15 deep breaths"},
		{Rest{Min: 20 * time.Second, Max: 30 * time.Second, MinBreaths: 3, MaxBreaths: 5}, "20s-30s or 3-5 deep breaths"},
	} {
		if got := tt.rest.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.rest, got, tt.want)
		}
	}
}

func TestRestRange(t *testing.T) {
	// Breaths convert at BreathTime (2 s): 10-15 breaths are 20-30 s, DC's
	// own equivalence.
	lo, hi := Rest{MinBreaths: 10, MaxBreaths: 15}.Range()
	if lo != 20*time.Second || hi != 30*time.Second {
		t.Errorf("10-15 breaths = %v-%v, want 20s-30s", lo, hi)
	}
	lo, hi = Rest{Min: 15 * time.Second, Max: 30 * time.Second, MinBreaths: 3, MaxBreaths: 5}.Range()
	if lo != 15*time.Second || hi != 30*time.Second {
		t.Errorf("time and breaths: %v-%v, want the time, 15s-30s", lo, hi)
	}
}
