package progression_test

import (
	"errors"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
)

func TestGymWeightsFor(t *testing.T) {
	g := progression.KilogramGym()
	// Body weight plus a dumbbell: the lightest added load is the rack's
	// lightest dumbbell, and 22 kg is in the rack (1-10 by 1, 12-50 by 2).
	w, err := g.WeightsFor(exercise.Bodyweight, repkit.LoadBodyweight)
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := w.Next(0); !ok || l != repkit.Kilogram {
		t.Errorf("added load after body weight alone = %v, %v; want 1kg", l, ok)
	}
	if !w.Achievable(22 * repkit.Kilogram) {
		t.Error("22kg is not in the kg rack")
	}
	// Machine assistance is the machine stack; band assistance is not a
	// load the gym lists.
	if _, err := g.WeightsFor(exercise.Machine, repkit.LoadAssisted); err != nil {
		t.Errorf("machine assistance: %v", err)
	}
	if _, err := g.WeightsFor(exercise.Bodyweight, repkit.LoadAssisted); !errors.Is(err, progression.ErrNoWeights) {
		t.Errorf("band assistance: %v; want ErrNoWeights", err)
	}
	// External loads are Gym.Weights.
	a, err := g.WeightsFor(exercise.Barbell, repkit.LoadExternal)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Achievable(60*repkit.Kilogram) || a.Achievable(61*repkit.Kilogram) {
		t.Error("the barbell does not make 60kg, or makes 61kg")
	}
}

func TestGymWeightsAt(t *testing.T) {
	g := progression.KilogramGym()
	kg := repkit.Kilogram
	// 22 kg is in the rack: the rack, stepping to 24 kg.
	w, err := g.WeightsAt(exercise.Dumbbell, repkit.LoadExternal, 22*kg)
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := w.Next(22 * kg); !ok || l != 24*kg {
		t.Errorf("after 22kg: %v, %v; want 24kg", l, ok)
	}
	// 72 kg is above the rack (to 50 kg) and twice 36 kg: a pair, stepping
	// to two 38 kg dumbbells, 76 kg.
	w, err = g.WeightsAt(exercise.Dumbbell, repkit.LoadExternal, 72*kg)
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := w.Next(72 * kg); !ok || l != 76*kg {
		t.Errorf("after a 72kg pair: %v, %v; want 76kg", l, ok)
	}
	// 23 kg is neither a dumbbell nor a pair of the rack.
	if _, err := g.WeightsAt(exercise.Dumbbell, repkit.LoadExternal, 23*kg); !errors.Is(err, progression.ErrNotAchievable) {
		t.Errorf("23kg dumbbell: %v; want ErrNotAchievable", err)
	}
	// Body weight alone, for body-weight work.
	if _, err := g.WeightsAt(exercise.Bodyweight, repkit.LoadBodyweight, 0); err != nil {
		t.Errorf("body weight alone: %v", err)
	}
}
