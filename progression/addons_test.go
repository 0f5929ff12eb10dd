package progression_test

import (
	"errors"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// AddOns at their documented limits: six weights are allowed and seven are
// not; an add-on of 10000 kg, the heaviest equipment load, is allowed and
// one gram more is not. Validate and the loads it makes agree.
func TestAddOnsLimits(t *testing.T) {
	base := mustLadder(t, 20*kg, 40*kg)
	six := []repkit.Load{500 * g, kg, 2 * kg, 4 * kg, 8 * kg, 10_000 * kg}
	a := progression.AddOns[progression.Ladder]{Base: base, Weights: six}
	if err := a.Validate(); err != nil {
		t.Fatalf("six add-ons up to 10000kg: %v", err)
	}
	// 20 kg + 10000 kg + 500 g: the base's lightest, the heaviest add-on
	// and the lightest one.
	if l := 20*kg + 10_000*kg + 500*g; !a.Achievable(l) {
		t.Errorf("Achievable(%v) = false with six valid add-ons", l)
	}
	if next, ok := a.Next(20 * kg); !ok || next != 20*kg+500*g {
		t.Errorf("Next(20kg) = %v, %v; want 20.5kg", next, ok)
	}
	for _, tt := range []struct {
		name    string
		weights []repkit.Load
		field   string
	}{
		{"seven add-ons", append(six[:6:6], kg), "addons"},
		{"an add-on past 10000kg", []repkit.Load{500 * g, 10_000*kg + g}, "addons[1]"},
	} {
		bad := progression.AddOns[progression.Ladder]{Base: base, Weights: tt.weights}
		var fe *progression.FieldError
		if err := bad.Validate(); !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, progression.ErrEquipment) {
			t.Errorf("%s: Validate = %v, want an ErrEquipment FieldError on %q", tt.name, err, tt.field)
		}
		// Equipment that does not validate makes no load.
		if bad.Achievable(20*kg + 500*g) {
			t.Errorf("%s: Achievable(20.5kg) = true", tt.name)
		}
		if l, ok := bad.Next(20 * kg); ok {
			t.Errorf("%s: Next(20kg) = %v, true", tt.name, l)
		}
	}
}

// A stack's pins may weigh up to 10000 kg, the heaviest equipment load.
func TestStackHeaviestPin(t *testing.T) {
	s := progression.Stack{Pins: []repkit.Load{5 * kg, 10_000 * kg}}
	if err := s.Validate(); err != nil || !s.Achievable(10_000*kg) {
		t.Errorf("a 10000kg pin: Validate %v, Achievable %v", err, s.Achievable(10_000*kg))
	}
	if err := (progression.Stack{Pins: []repkit.Load{5 * kg, 10_000*kg + g}}).Validate(); !errors.Is(err, progression.ErrEquipment) {
		t.Errorf("a pin past 10000kg: %v, want ErrEquipment", err)
	}
}
