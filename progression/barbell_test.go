package progression_test

import (
	"errors"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// A bar and plates at the documented limits: 1000 pairs of a plate and
// 10000 kg a side are allowed, one more pair or one more gram is not; 16383
// distinct per-side totals are allowed and 16384 are not.
func TestBarAndPlatesLimits(t *testing.T) {
	bar := 20 * kg
	tests := []struct {
		name   string
		plates []progression.Plate
		field  string // "" when valid
	}{
		// 10 kg x 1000 pairs: 10000 kg a side, 1000 steps of 10 kg.
		{"1000 pairs, 10000kg a side", []progression.Plate{{Weight: 10 * kg, Pairs: 1000}}, ""},
		{"1001 pairs", []progression.Plate{{Weight: 5 * kg, Pairs: 1001}}, "plates[0].pairs"},
		{"a gram past 10000kg a side", []progression.Plate{{Weight: 10 * kg, Pairs: 1000}, {Weight: g, Pairs: 1}}, "plates"},
		// 500 g x 1000 + 10 kg x 769 + 1.5 kg = 8191.5 kg a side in steps
		// of 500 g (the plates' greatest common divisor): 16383 steps.
		{"16383 steps", []progression.Plate{{Weight: 500 * g, Pairs: 1000}, {Weight: 10 * kg, Pairs: 769}, {Weight: 1500 * g, Pairs: 1}}, ""},
		// 2 kg instead of 1.5 kg: 8192 kg, 16384 steps.
		{"16384 steps", []progression.Plate{{Weight: 500 * g, Pairs: 1000}, {Weight: 10 * kg, Pairs: 769}, {Weight: 2 * kg, Pairs: 1}}, "plates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := progression.BarAndPlates{Bar: bar, Plates: tt.plates}
			err := b.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				// The heaviest load is the bar and every plate, both sides.
				var side repkit.Load
				for _, p := range tt.plates {
					side += p.Weight * repkit.Load(p.Pairs)
				}
				if !b.Achievable(bar + 2*side) {
					t.Errorf("Achievable(%v) = false", bar+2*side)
				}
				return
			}
			var fe *progression.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, progression.ErrEquipment) {
				t.Errorf("Validate = %v, want an ErrEquipment FieldError on %q", err, tt.field)
			}
		})
	}
}
