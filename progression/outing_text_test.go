package progression_test

import (
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

func TestOutingSummaryAndLastLoad(t *testing.T) {
	straight := progression.Outing{Load: 80 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 8}, {Reps: 8}, {Reps: 7}}}
	rp := progression.Outing{Load: 20 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 12}}, RestPause: []restpause.Record{
		{Load: 12500 * repkit.Gram, Activation: restpause.Burst{Reps: 12}},
		{Load: 15 * repkit.Kilogram, Activation: restpause.Burst{Reps: 14}, Bursts: []restpause.Burst{{Reps: 5, Rest: 20 * time.Second}, {Reps: 3}}},
	}}
	for _, c := range []struct {
		o    progression.Outing
		k    repkit.LoadKind
		u    repkit.Unit
		want string
		last repkit.Load
	}{
		{straight, repkit.LoadExternal, repkit.UnitKilogram, "80kg x 8, 8, 7", 80 * repkit.Kilogram},
		// 80 kg is 80 / 0.45359237 = 176.3698 lb, shown to two decimals.
		{straight, repkit.LoadExternal, repkit.UnitPound, "176.37lb x 8, 8, 7", 80 * repkit.Kilogram},
		{rp, repkit.LoadExternal, repkit.UnitKilogram, "15kg x 14+5+3 (a rest-pause set)", 15 * repkit.Kilogram},
		{progression.Outing{Load: 10 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 6}}}, repkit.LoadBodyweight, repkit.UnitKilogram, "body weight + 10kg x 6", 10 * repkit.Kilogram},
		{progression.Outing{Load: 30 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 6}}}, repkit.LoadAssisted, repkit.UnitUnknown, "30kg of assistance x 6", 30 * repkit.Kilogram},
		{progression.Outing{Load: 60 * repkit.Kilogram}, repkit.LoadExternal, repkit.UnitKilogram, "60kg", 60 * repkit.Kilogram},
	} {
		if got := c.o.Summary(c.k, c.u); got != c.want {
			t.Errorf("Summary(%v, %v) = %q, want %q", c.k, c.u, got, c.want)
		}
		if got := c.o.LastLoad(); got != c.last {
			t.Errorf("LastLoad of %q = %v, want %v", c.want, got, c.last)
		}
	}
}

func TestGymLoggedStep(t *testing.T) {
	if got := progression.KilogramGym().LoggedStep(); got != 2500*repkit.Gram {
		t.Errorf("KilogramGym step = %v, want 2.5kg", got)
	}
	if got := progression.PoundGym().LoggedStep(); got != 5*repkit.Pound {
		t.Errorf("PoundGym step = %v, want 5lb", got)
	}
	if got := (progression.Gym{}).LoggedStep(); got != 2500*repkit.Gram {
		t.Errorf("zero Gym step = %v, want 2.5kg", got)
	}
}
