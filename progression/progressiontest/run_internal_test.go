package progressiontest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// fakeTB records what a subtest of Run reports instead of failing. Fatal
// panics with stopped, so that the code under test stops there as it
// would on a real *testing.T; every other method of testing.TB is the
// embedded nil interface and panics if called.
type fakeTB struct {
	testing.TB
	errs  []string
	fatal string
}

type stopped struct{}

func (f *fakeTB) Helper()                   {}
func (f *fakeTB) Error(args ...any)         { f.errs = append(f.errs, fmt.Sprint(args...)) }
func (f *fakeTB) Errorf(s string, a ...any) { f.errs = append(f.errs, fmt.Sprintf(s, a...)) }
func (f *fakeTB) Fatal(args ...any)         { f.fatal = fmt.Sprint(args...); panic(stopped{}) }
func (f *fakeTB) Fatalf(s string, a ...any) { f.fatal = fmt.Sprintf(s, a...); panic(stopped{}) }

// subtest runs the subtest of Run for rule on e against a fakeTB.
func subtest(rule string, e progression.Weights, probes ...repkit.Load) (f *fakeTB) {
	f = &fakeTB{}
	defer func() {
		if v := recover(); v != nil {
			if _, ok := v.(stopped); !ok {
				panic(v)
			}
		}
	}()
	runRule(f, rule, e, probes)
	return f
}

// positive claims that -1 is achievable and is otherwise a 10kg, 20kg
// ladder: it breaks "below zero" with Achievable(-1), and "next", since
// Prev(Next(-1)) does not come back to -1 (Next(-1) = 10kg is still the
// lightest load).
type positive struct{ progression.Ladder }

func (p positive) Achievable(l repkit.Load) bool { return l == -1 || p.Ladder.Achievable(l) }

// TestRunRuleReportsOnlyItsRule: each subtest of Run reports the broken
// instances of its own rule and nothing about the others.
func TestRunRuleReportsOnlyItsRule(t *testing.T) {
	l, err := progression.NewLadder(10*repkit.Kilogram, 20*repkit.Kilogram)
	if err != nil {
		t.Fatal(err)
	}
	// With no probes, only -1 and 0 are probed. Achievable(-1) is
	// true, but Next(-1) = 10kg has a Prev of nothing, so the round trip
	// back to the achievable -1 fails too: "below zero" once and "next"
	// once.
	want := map[string][]string{
		ruleBelowZero: {"progressiontest: below zero: Achievable(-1) is true; no negative load is achievable"},
		ruleNext:      {"progressiontest: next: Prev(Next(-0.000000000001kg)) = 0kg, false; want the achievable -0.000000000001kg back"},
	}
	for _, rule := range rules() {
		f := subtest(rule, positive{l})
		if f.fatal != "" {
			t.Errorf("%s: stopped with Fatal %q", rule, f.fatal)
		}
		if got := f.errs; strings.Join(got, "\n") != strings.Join(want[rule], "\n") {
			t.Errorf("%s: errors %q, want %q", rule, got, want[rule])
		}
	}
}

// TestRunRuleNilEquipment: nil equipment stops every subtest with Fatal
// before anything is probed.
func TestRunRuleNilEquipment(t *testing.T) {
	for _, rule := range rules() {
		if f := subtest(rule, nil); f.fatal != "progressiontest: newEquipment returned nil equipment" || len(f.errs) != 0 {
			t.Errorf("%s: fatal %q, errors %q; want the nil-equipment Fatal alone", rule, f.fatal, f.errs)
		}
	}
}
