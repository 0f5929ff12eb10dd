package progression_test

import (
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
)

// TestGymWeights checks each equipment's preset by the loads it makes,
// worked from the presets' doc comments: the step above a load and whether
// an in-between load is achievable.
func TestGymWeights(t *testing.T) {
	const kg, lb, g = repkit.Kilogram, repkit.Pound, repkit.Gram
	for _, tt := range []struct {
		eq       exercise.Equipment
		u        repkit.Unit
		from     repkit.Load
		next     repkit.Load // the load after from
		notThere repkit.Load // a load the preset cannot make
	}{
		{exercise.Machine, repkit.UnitKilogram, 50 * kg, 55 * kg, 52 * kg},    // 5 kg pins
		{exercise.Machine, repkit.UnitPound, 110 * lb, 120 * lb, 115 * lb},    // 10 lb pins
		{exercise.Cable, repkit.UnitKilogram, 10 * kg, 11250 * g, 11 * kg},    // 2.5 kg pins, 1.25 kg add-on
		{exercise.Dumbbell, repkit.UnitKilogram, 10 * kg, 12500 * g, 11 * kg}, // 1 kg steps to 10, then 2.5
		{exercise.Dumbbell, repkit.UnitPound, 20 * lb, 25 * lb, 22 * lb},
		{exercise.Barbell, repkit.UnitKilogram, 20 * kg, 22500 * g, 21 * kg}, // 20 kg bar, 1.25 kg plates
		{exercise.EZBar, repkit.UnitKilogram, 10 * kg, 12500 * g, 11 * kg},   // 10 kg bar
		{exercise.SmithMachine, repkit.UnitKilogram, 15 * kg, 17500 * g, 16 * kg},
		{exercise.Kettlebell, repkit.UnitKilogram, 16 * kg, 18 * kg, 17 * kg},
	} {
		w, ok := progression.GymWeights(tt.eq, tt.u)
		if !ok {
			t.Errorf("%v %v: no preset", tt.eq, tt.u)
			continue
		}
		if next, ok := w.Next(tt.from); !ok || next != tt.next {
			t.Errorf("%v %v: next after %v is %v (%v), want %v", tt.eq, tt.u, tt.from, next, ok, tt.next)
		}
		if w.Achievable(tt.notThere) {
			t.Errorf("%v %v: %v should not be achievable", tt.eq, tt.u, tt.notThere)
		}
	}
	for _, eq := range []exercise.Equipment{exercise.Bodyweight, exercise.Band, exercise.MedicineBall,
		exercise.StabilityBall, exercise.FoamRoller, exercise.OtherEquipment, exercise.EquipmentUnknown} {
		if w, ok := progression.GymWeights(eq, repkit.UnitKilogram); ok || w != nil {
			t.Errorf("%v: got a preset %v, want none", eq, w)
		}
	}
	if _, ok := progression.GymWeights(exercise.Machine, repkit.UnitGram); ok {
		t.Error("grams: got a preset, want none (a gym is in kg or lb)")
	}
}
