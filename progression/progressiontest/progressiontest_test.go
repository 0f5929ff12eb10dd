package progressiontest_test

import (
	"errors"
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
	nextEqual, zeroSkips                          bool
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
	if b.nextEqual && b.Ladder.Achievable(l) {
		return l, true
	}
	n, ok := b.Ladder.Next(l)
	if b.zeroSkips && l == 0 {
		// Jumps from 0 past the first rung: Next(0) = 20kg.
		return b.Ladder.Next(n)
	}
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
		// Next(10kg) = 10kg: not heavier, and Prev(Next(10kg)) cannot bring
		// 10kg back; Next(Prev(20kg)) = Next(10kg) = 10kg falls short of 20kg.
		{"next not heavier", func() progression.Weights { return broken{Ladder: l, nextEqual: true} }, []string{"next", "prev"}, "Next(10kg) = 10kg, not heavier"},
		// Next(0) = 20kg skips the 10kg rung; Next(-1) = 10kg is right, so
		// it is no longer Next(0), the lightest load.
		{"skips from zero", func() progression.Weights { return broken{Ladder: l, zeroSkips: true} }, []string{"below zero", "next"}, "Prev(Next(0kg)) = 10kg: Next skipped"},
		// Every multiple of 10kg from 0 to 30kg, but its Validate fails, so
		// Round refuses even the achievable loads, 0 among them.
		{"round refuses", func() progression.Weights { return worn{} }, []string{"round"}, "Round(0kg, down) = 0kg, worn: the pin is missing"},
	}
}

// worn makes every multiple of 10kg from 0kg to 30kg, with Next and Prev
// right, but reports itself invalid.
type worn struct{}

var errWorn = errors.New("worn: the pin is missing")

func (worn) Validate() error { return errWorn }

func (worn) Achievable(l repkit.Load) bool { return l >= 0 && l <= 30*kg && l%(10*kg) == 0 }

func (worn) Next(l repkit.Load) (repkit.Load, bool) {
	switch {
	case l < 0:
		return 0, true
	case l >= 30*kg:
		return 0, false
	}
	return (l/(10*kg) + 1) * 10 * kg, true
}

func (worn) Prev(l repkit.Load) (repkit.Load, bool) {
	switch {
	case l <= 0:
		return 0, false
	case l > 30*kg:
		return 30 * kg, true
	}
	return (l - 1) / (10 * kg) * 10 * kg, true
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
