package progressiontest_test

import (
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/progression/progressiontest"
)

const kg = repkit.Kilogram

// broken wraps a ladder and breaks one rule.
type broken struct {
	progression.Ladder
	skipNext, negative, prevEqual, negNext bool
}

func (b broken) Achievable(l repkit.Load) bool {
	if b.negative && l < 0 {
		return true
	}
	return b.Ladder.Achievable(l)
}

func (b broken) Next(l repkit.Load) (repkit.Load, bool) {
	if b.negNext && l < 0 {
		return 0, false
	}
	n, ok := b.Ladder.Next(l)
	if b.skipNext && ok {
		return b.Ladder.Next(n)
	}
	return n, ok
}

func (b broken) Prev(l repkit.Load) (repkit.Load, bool) {
	if b.prevEqual && b.Ladder.Achievable(l) {
		return l, true
	}
	return b.Ladder.Prev(l)
}

func TestCheck(t *testing.T) {
	ladder, err := progression.NewLadder(10*kg, 20*kg, 30*kg)
	if err != nil {
		t.Fatal(err)
	}
	probes := []repkit.Load{5 * kg, 10 * kg, 15 * kg, 20 * kg, 30 * kg, 40 * kg}
	if err := progressiontest.Check(ladder, probes...); err != nil {
		t.Errorf("a correct ladder fails: %v", err)
	}
	for name, tc := range map[string]struct {
		e    progression.Equipment
		want string
	}{
		"skips a load":      {broken{Ladder: ladder, skipNext: true}, "skipped"},
		"negative achieves": {broken{Ladder: ladder, negative: true}, "Achievable(-1)"},
		"prev not lighter":  {broken{Ladder: ladder, prevEqual: true}, "not lighter"},
		"nothing above -1":  {broken{Ladder: ladder, negNext: true}, "Next(-1)"},
		"nil":               {nil, "nil equipment"},
	} {
		err := progressiontest.Check(tc.e, probes...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one mentioning %q", name, err, tc.want)
		}
	}
}
