package progression_test

import (
	"regexp"
	"strings"
	"testing"

	"pgregory.net/rapid"

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

// loadText finds the loads in a sentence: a number followed by a unit.
var loadText = regexp.MustCompile(`(-?\d+)(\.\d+)?(kg|lb)\b`)

// TestSentenceLoadPrecision: whatever the loads and the unit, every load a
// Recommendation or a Stall prints has at most repkit.DisplayDigits
// decimals, in the unit asked for.
func TestSentenceLoadPrecision(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := rapid.SampledFrom([]repkit.Unit{repkit.UnitKilogram, repkit.UnitPound}).Draw(t, "unit")
		load := func(name string) repkit.Load {
			return repkit.Load(rapid.Int64Range(0, int64(500*repkit.Kilogram)).Draw(t, name))
		}
		from, to, best := load("from"), load("to"), load("best")
		r := progression.Reason(rapid.IntRange(int(progression.ReasonTopOfRange), int(progression.ReasonProgressing)).Draw(t, "reason"))
		texts := []string{
			progression.Recommendation{Reason: r, Load: to, From: from, Sets: 3, Reps: 8, Range: repkit.RepRange{Min: 8, Max: 12}, Got: 7, Want: 12, Unit: u}.String(),
			progression.Stall{Reason: progression.ReasonStalled, Since: 3, BestLoad: best, BestReps: 8, From: from, Deload: to, Percent: 10, Unit: u}.String(),
			progression.Stall{Reason: progression.ReasonProgressing, Since: 1, BestLoad: best, BestReps: 8, From: from, Unit: u}.String(),
		}
		for _, s := range texts {
			for _, m := range loadText.FindAllStringSubmatch(s, -1) {
				if m[3] != u.String() {
					t.Fatalf("%q: load %s in %s, want %v", s, m[0], m[3], u)
				}
				if len(m[2]) > 1+repkit.DisplayDigits {
					t.Fatalf("%q: load %s has more than %d decimals", s, m[0], repkit.DisplayDigits)
				}
			}
		}
	})
}
