package progression_test

import (
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// A stall and a recommendation print loads rounded for display in the
// lifter's unit. 87.5 lb is 39.689332375 kg exactly; 35 kg is
// 77.16179176 lb; 2.5 kg is 5.51155655 lb.
func TestSentencesRoundLoads(t *testing.T) {
	lb := repkit.Pound
	stall := progression.Stall{Reason: progression.ReasonStalled, Since: 7, BestLoad: 175 * lb / 2, BestReps: 9,
		From: 175 * lb / 2, Deload: 35 * repkit.Kilogram, Percent: 10}
	for _, c := range []struct {
		unit repkit.Unit
		want string
	}{
		{repkit.UnitKilogram, "(best 39.69kg x 9): deload about 10%, from 39.69kg to 35kg,"},
		{repkit.UnitPound, "(best 87.5lb x 9): deload about 10%, from 87.5lb to 77.16lb,"},
	} {
		stall.Unit = c.unit
		if got := stall.String(); !strings.Contains(got, c.want) {
			t.Errorf("%v: %q, want it to contain %q", c.unit, got, c.want)
		}
	}
	rec := progression.Recommendation{Reason: progression.ReasonTopOfRange, Load: 140*lb + 5*repkit.Kilogram/2, From: 140 * lb,
		Sets: 3, Reps: 8, Range: repkit.RepRange{Min: 8, Max: 12}, Want: 12, Unit: repkit.UnitPound}
	if got, want := rec.String(), "add 5.51lb, to 145.51lb,"; !strings.Contains(got, want) {
		t.Errorf("%q, want it to contain %q", got, want)
	}
}
