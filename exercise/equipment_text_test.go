package exercise_test

import (
	"testing"

	"github.com/repkit/repkit/exercise"
)

func TestEquipmentPhrases(t *testing.T) {
	for _, c := range []struct {
		eq              exercise.Equipment
		setup, unloaded string
	}{
		{exercise.Machine, "the machine's stack", "body weight"},
		{exercise.Cable, "the cable stack", "body weight"},
		{exercise.Dumbbell, "the dumbbell rack", "body weight"},
		{exercise.Barbell, "a barbell and plates", "body weight"},
		{exercise.EZBar, "an EZ bar and plates", "body weight"},
		{exercise.SmithMachine, "the Smith machine's bar and plates", "body weight"},
		{exercise.Kettlebell, "the kettlebells", "body weight"},
		{exercise.Bodyweight, "the equipment", "body weight"},
		{exercise.Band, "the equipment", "band tension"},
		{exercise.MedicineBall, "the equipment", "body weight"},
		{exercise.EquipmentUnknown, "the equipment", "body weight"},
	} {
		if got := c.eq.SetupPhrase(); got != c.setup {
			t.Errorf("%v.SetupPhrase() = %q, want %q", c.eq, got, c.setup)
		}
		if got := c.eq.UnloadedPhrase(); got != c.unloaded {
			t.Errorf("%v.UnloadedPhrase() = %q, want %q", c.eq, got, c.unloaded)
		}
	}
}
