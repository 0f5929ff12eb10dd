package progressiontest_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/errtest"
	"github.com/repkit/repkit/internal/kittest"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/progression/progressiontest"
)

const kg = repkit.Kilogram

// broken wraps a ladder and breaks one rule.
type broken struct {
	progression.Ladder
	skipNext, negative, prevEqual, negNext, flaky bool
	calls                                         *int
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
	if b.flaky && l > 30*kg {
		// Every other call forgets the top rung: 30 kg, then nothing.
		*b.calls++
		if *b.calls%2 == 0 {
			return 0, false
		}
	}
	return b.Ladder.Prev(l)
}

var probes = []repkit.Load{5 * kg, 10 * kg, 15 * kg, 20 * kg, 30 * kg, 40 * kg}

func ladder(t *testing.T) progression.Ladder {
	t.Helper()
	l, err := progression.NewLadder(10*kg, 20*kg, 30*kg)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// brokenCases each break one rule; rules lists every rule the checker
// should name, since a broken Next or Prev also shows in the other's round
// trips.
func brokenCases(l progression.Ladder) []struct {
	name  string
	new   func() progression.Weights
	rules []string
	want  string
} {
	return []struct {
		name  string
		new   func() progression.Weights
		rules []string
		want  string
	}{
		// Next skips a rung, and Prev's round trip Next(Prev(20kg)) = 30kg
		// sees it too.
		{"skips a load", func() progression.Weights { return broken{Ladder: l, skipNext: true} }, []string{"next", "prev"}, "skipped"},
		// -1 claims to be achievable, so Next's round trip must bring it back
		// from Prev(Next(-1)), and cannot.
		{"negative achieves", func() progression.Weights { return broken{Ladder: l, negative: true} }, []string{"below zero", "next"}, "Achievable(-1)"},
		// Prev(10kg) = 10kg, so Prev(Next(0)) = 10kg > 0: Next looks as if it
		// skipped a load.
		{"prev not lighter", func() progression.Weights { return broken{Ladder: l, prevEqual: true} }, []string{"next", "prev"}, "not lighter"},
		{"nothing above -1", func() progression.Weights { return broken{Ladder: l, negNext: true} }, []string{"below zero"}, "Next(-1)"},
		{"prev changes", func() progression.Weights { return broken{Ladder: l, flaky: true, calls: new(int)} }, []string{"deterministic"}, "Prev(40kg) changed"},
	}
}

var ruleOf = regexp.MustCompile(`^progressiontest: ([a-z ]+): `)

func TestTestEquipment(t *testing.T) {
	l := ladder(t)
	if err := progressiontest.TestWeights(l, probes...); err != nil {
		t.Errorf("a correct ladder fails: %v", err)
	}
	progressiontest.Run(t, func(*testing.T) progression.Weights { return l }, probes...)
	for _, tc := range brokenCases(l) {
		err := progressiontest.TestWeights(tc.new(), probes...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one mentioning %q", tc.name, err, tc.want)
			continue
		}
		if got := errtest.Rules(t, err, ruleOf); !slices.Equal(got, tc.rules) {
			t.Errorf("%s: broken rules %q, want %q:\n%v", tc.name, got, tc.rules, err)
		}
	}
	if err := progressiontest.TestWeights(nil, probes...); err == nil || err.Error() != "progressiontest: nil equipment" {
		t.Errorf("nil: err = %v, want progressiontest: nil equipment", err)
	}
}

const childEnv = "PROGRESSIONTEST_RUN_CHILD"

// TestRunNamesBrokenRule runs Run on each broken equipment in a child test
// process, since a failing subtest would fail this test too, and checks
// that exactly the broken rule's subtest fails and the others pass.
func TestRunNamesBrokenRule(t *testing.T) {
	if name := os.Getenv(childEnv); name != "" {
		for _, tc := range brokenCases(ladder(t)) {
			if tc.name == name {
				progressiontest.Run(t, func(*testing.T) progression.Weights { return tc.new() }, probes...)
				return
			}
		}
		t.Fatalf("no broken case %q", name)
	}
	if testing.Short() {
		t.Skip("starts a child process per broken case")
	}
	all := []string{"below zero", "next", "prev", "deterministic", "round"}
	for _, tc := range brokenCases(ladder(t)) {
		t.Run(tc.name, func(t *testing.T) {
			out := kittest.RunChild(t, "TestRunNamesBrokenRule", childEnv, tc.name)
			for _, rule := range all {
				want := "PASS"
				if slices.Contains(tc.rules, rule) {
					want = "FAIL"
				}
				if !kittest.Reported(out, "TestRunNamesBrokenRule", rule, want) {
					t.Errorf("subtest %q: want %s; output:\n%s", rule, want, out)
				}
			}
		})
	}
}
