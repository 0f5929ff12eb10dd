// Package progressiontest checks that an implementation of
// [progression.Weights] keeps the interface's contract, in the manner of
// [testing/slogtest], and with the same pair of entry points.
// [TestWeights] checks one piece of equipment and returns the
// [errors.Join] of every broken rule; [Run] checks each rule in its own
// subtest of a test:
//
//	func TestMyMachine(t *testing.T) {
//		progressiontest.Run(t, func(*testing.T) progression.Weights { return myMachine }, probes...)
//	}
//
// or, where an error value is handier:
//
//	if err := progressiontest.TestWeights(myMachine, probes...); err != nil {
//		t.Error(err)
//	}
//
// Both probe the equipment at -1, at 0 and at each of the given loads.
// Every error starts "progressiontest: RULE: ". The rules:
//
//   - "below zero": a negative load is never achievable, Prev(0) finds
//     nothing, and Next(-1) is the lightest achievable load.
//   - "next": Next(l), when found, is achievable and heavier than l, and
//     Prev of it is at most l, exactly l when l is achievable.
//   - "prev": Prev(l), when found, is achievable and lighter than l, and
//     Next of it is at least l, exactly l when l is achievable.
//   - "deterministic": asking twice gives the same answers.
//   - "round": [progression.Round] of an achievable load is that load.
//
// The checker tests what it can see from outside; it cannot prove that
// nothing achievable hides between a load and its Next, so pass probes near
// the loads you care about, including achievable ones.
package progressiontest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// The rules, in the order [Run] runs their subtests.
const (
	ruleBelowZero     = "below zero"
	ruleNext          = "next"
	rulePrev          = "prev"
	ruleDeterministic = "deterministic"
	ruleRound         = "round"
)

func rules() []string {
	return []string{ruleBelowZero, ruleNext, rulePrev, ruleDeterministic, ruleRound}
}

// TestWeights probes e at -1, at 0 and at each of probes, and returns the
// [errors.Join] of an error for every broken rule, or nil. A nil e is an
// error.
func TestWeights(e progression.Weights, probes ...repkit.Load) error {
	if e == nil {
		return errors.New("progressiontest: nil equipment")
	}
	var errs []error
	for _, f := range check(e, probes) {
		errs = append(errs, f.err)
	}
	return errors.Join(errs...)
}

// Run checks the equipment newEquipment returns against the
// [progression.Weights] contract, one subtest per rule, named after the
// rule. Each subtest calls newEquipment for a fresh value, probes it as
// [TestWeights] does, and calls t.Error for each broken instance of its
// own rule. A nil equipment fails the subtest.
func Run(t *testing.T, newEquipment func(*testing.T) progression.Weights, probes ...repkit.Load) {
	t.Helper()
	for _, rule := range rules() {
		t.Run(rule, func(t *testing.T) { runRule(t, rule, newEquipment(t), probes) })
	}
}

// runRule is the subtest of Run for rule: it probes e and reports on t the
// broken instances of rule only. It takes a testing.TB so that the
// package's own tests can watch it fail.
func runRule(t testing.TB, rule string, e progression.Weights, probes []repkit.Load) {
	t.Helper()
	if e == nil {
		t.Fatal("progressiontest: newEquipment returned nil equipment")
	}
	for _, f := range check(e, probes) {
		if f.rule == rule {
			t.Error(f.err)
		}
	}
}

// A failure is one broken instance of a rule.
type failure struct {
	rule string
	err  error
}

// check probes e and returns every broken rule.
func check(e progression.Weights, probes []repkit.Load) []failure {
	var fs []failure
	fail := func(rule, format string, args ...any) {
		fs = append(fs, failure{rule, fmt.Errorf("progressiontest: "+rule+": "+format, args...)})
	}
	if e.Achievable(-1) {
		fail(ruleBelowZero, "Achievable(-1) is true; no negative load is achievable")
	}
	if p, ok := e.Prev(0); ok {
		fail(ruleBelowZero, "Prev(0) = %v; nothing is lighter than zero", p)
	}
	// Next of a negative load is the lightest achievable load: 0 itself,
	// or the first load above it.
	lightest, hasLightest := repkit.Load(0), e.Achievable(0)
	if !hasLightest {
		lightest, hasLightest = e.Next(0)
	}
	if n, ok := e.Next(-1); ok != hasLightest || n != lightest {
		fail(ruleBelowZero, "Next(-1) = %v, %v; want the lightest achievable load %v, %v", n, ok, lightest, hasLightest)
	}
	for _, l := range append([]repkit.Load{-1, 0}, probes...) {
		ach := e.Achievable(l)
		if ach != e.Achievable(l) {
			fail(ruleDeterministic, "Achievable(%v) changed between calls", l)
		}
		if n, ok := e.Next(l); ok {
			if n2, ok2 := e.Next(l); n2 != n || !ok2 {
				fail(ruleDeterministic, "Next(%v) changed between calls", l)
			}
			if n <= l {
				fail(ruleNext, "Next(%v) = %v, not heavier", l, n)
			}
			if !e.Achievable(n) {
				fail(ruleNext, "Next(%v) = %v, which Achievable rejects", l, n)
			}
			if p, ok := e.Prev(n); ok && p > l && l >= 0 {
				fail(ruleNext, "Prev(Next(%v)) = %v: Next skipped an achievable load", l, p)
			} else if ach && (!ok || p != l) {
				fail(ruleNext, "Prev(Next(%v)) = %v, %v; want the achievable %v back", l, p, ok, l)
			}
		}
		if p, ok := e.Prev(l); ok {
			if p2, ok2 := e.Prev(l); p2 != p || !ok2 {
				fail(ruleDeterministic, "Prev(%v) changed between calls", l)
			}
			if p >= l {
				fail(rulePrev, "Prev(%v) = %v, not lighter", l, p)
			}
			if !e.Achievable(p) {
				fail(rulePrev, "Prev(%v) = %v, which Achievable rejects", l, p)
			}
			if n, ok := e.Next(p); ok && n < l {
				fail(rulePrev, "Next(Prev(%v)) = %v: Prev skipped an achievable load", l, n)
			} else if ach && (!ok || n != l) {
				fail(rulePrev, "Next(Prev(%v)) = %v, %v; want the achievable %v back", l, n, ok, l)
			}
		}
		if ach && l >= 0 {
			if r, err := progression.Round(e, l, progression.RoundDown); err != nil || r != l {
				fail(ruleRound, "Round(%v, down) = %v, %v; want the achievable load itself", l, r, err)
			}
		}
	}
	return fs
}
