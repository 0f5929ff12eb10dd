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

func TestGymWeightsLogged(t *testing.T) {
	g := progression.KilogramGym()
	kg := repkit.Kilogram
	next := func(w progression.Weights, l repkit.Load) repkit.Load {
		n, ok := w.Next(l)
		if !ok {
			return -1
		}
		return n
	}
	// The gym makes 22kg dumbbells: its rack, next 24kg.
	if n := next(g.WeightsLogged(exercise.Dumbbell, repkit.LoadExternal, 22*kg), 22*kg); n != 24*kg {
		t.Errorf("after a 22kg dumbbell: %v; want 24kg", n)
	}
	// 57kg on a cable is not on the kg gym's column (2.5kg pins, a 1.25kg
	// add-on): 2.5kg steps from 57kg, next 59.5kg.
	w := g.WeightsLogged(exercise.Cable, repkit.LoadExternal, 57*kg)
	if !w.Achievable(57*kg) || next(w, 57*kg) != 59500*repkit.Gram {
		t.Errorf("57kg on a cable: achievable %v, next %v; want 59.5kg", w.Achievable(57*kg), next(w, 57*kg))
	}
	// The steps reach 200 above the logged load: 57kg + 200 x 2.5kg = 557kg,
	// and nothing past it.
	if top := 557 * kg; !w.Achievable(top) || next(w, top) != -1 || next(w, top-2500*repkit.Gram) != top {
		t.Errorf("57kg on a cable: 557kg achievable %v, next after it %v; want the top of the steps", w.Achievable(top), next(w, top))
	}
	// A pound gym steps by 5lb.
	if n := next(progression.PoundGym().WeightsLogged(exercise.EquipmentUnknown, repkit.LoadExternal, 62*repkit.Pound), 62*repkit.Pound); n != 67*repkit.Pound {
		t.Errorf("62lb, equipment not known: next %v; want 67lb", n)
	}
	// A band at no logged load: that load only, nothing heavier.
	if w := g.WeightsLogged(exercise.Band, repkit.LoadExternal, 0); !w.Achievable(0) || next(w, 0) != -1 {
		t.Errorf("a band at no load: achievable %v, next %v; want only 0", w.Achievable(0), next(w, 0))
	}
	// Past what a ladder holds: the load alone.
	if w := g.WeightsLogged(exercise.EquipmentUnknown, repkit.LoadExternal, 100000*kg); !w.Achievable(100000 * kg) {
		t.Error("a load past a ladder's reach is not achievable")
	}
}
