package progression

import (
	"testing"

	"github.com/repkit/repkit"
)

// mirrored turns assistance into loads where heavier is harder: with a
// body weight of 80 kg, 30 kg of help is 50 kg lifted. No help at all (80
// kg lifted) is always there; help as heavy as the body weight is not a
// load the lifter lifts.
func TestMirrored(t *testing.T) {
	const kg = repkit.Kilogram
	help, err := NewLadder(0, 5*kg, 30*kg, 75*kg, 80*kg)
	if err != nil {
		t.Fatal(err)
	}
	m := mirrored{w: help, m: 80 * kg}
	for _, tt := range []struct {
		l    repkit.Load
		want bool
	}{
		{80 * kg, true},  // no help
		{75 * kg, true},  // 5 kg of help
		{50 * kg, true},  // 30 kg
		{5 * kg, true},   // 75 kg
		{0, true},        // 80 kg of help: the ladder has it
		{kg, false},      // 79 kg of help: not on the ladder
		{81 * kg, false}, // past no help
		{-kg, false},
	} {
		if got := m.Achievable(tt.l); got != tt.want {
			t.Errorf("Achievable(%v) = %v, want %v", tt.l, got, tt.want)
		}
	}
	// Next is the next smaller help: from 5 kg of help (75 kg lifted) the
	// ladder's 0 kg, no help, 80 kg lifted.
	if l, ok := m.Next(75 * kg); !ok || l != 80*kg {
		t.Errorf("Next(75kg) = %v, %v; want 80kg, true", l, ok)
	}
	// Prev is the next larger help, lighter than the body weight: from
	// 30 kg of help, 75 kg (5 kg lifted); from 75 kg of help nothing, as
	// 80 kg of help is the body weight.
	if l, ok := m.Prev(50 * kg); !ok || l != 5*kg {
		t.Errorf("Prev(50kg) = %v, %v; want 5kg, true", l, ok)
	}
	if l, ok := m.Prev(5 * kg); ok {
		t.Errorf("Prev(5kg) = %v, true; want nothing lighter", l)
	}
}
