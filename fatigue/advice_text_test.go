package fatigue

import (
	"testing"

	"github.com/repkit/repkit"
)

func TestAdviceLiftLabelAndSummary(t *testing.T) {
	base := Advice{Lift: "Squat", BaselineE1RM: 140 * repkit.Kilogram, RecentE1RM: 133 * repkit.Kilogram, Drop: 0.05, Compared: 3}
	for _, c := range []struct {
		drop     float64
		compared int
		label    string
		change   string
	}{
		{0.05, 3, "largest drop", "-5.0%"},
		{0.05, 1, "largest drop", "-5.0%"},
		{-0.02, 1, "the one lift compared, no drop", "+2.0%"},
		{0, 1, "the one lift compared, no drop", "+0.0%"},
		{-0.02, 2, "no lift dropped; smallest gain", "+2.0%"},
		{0, 2, "no lift dropped; smallest change", "+0.0%"},
	} {
		a := base
		a.Drop, a.Compared = c.drop, c.compared
		if got := a.LiftLabel(); got != c.label {
			t.Errorf("LiftLabel(drop %v, compared %d) = %q, want %q", c.drop, c.compared, got, c.label)
		}
		want := c.label + ": Squat, median e1RM 140kg over the baseline window, 133kg recently (" + c.change + ")"
		if got := a.LiftSummary(repkit.UnitKilogram); got != want {
			t.Errorf("LiftSummary =\n%s\nwant\n%s", got, want)
		}
	}
	// 140 kg = 308.647 lb and 133 kg = 293.214 lb, shown to two decimals.
	if got, want := base.LiftSummary(repkit.UnitPound), "largest drop: Squat, median e1RM 308.65lb over the baseline window, 293.21lb recently (-5.0%)"; got != want {
		t.Errorf("LiftSummary(lb) =\n%s\nwant\n%s", got, want)
	}
	if (Advice{}).LiftLabel() != "" || (Advice{Drop: 0.1}).LiftSummary(repkit.UnitKilogram) != "" {
		t.Error("an Advice naming no lift has a label or summary")
	}
}
