// Package progressiontest checks that an implementation of
// [progression.Equipment] keeps the interface's contract, in the way
// testing/slogtest checks a slog.Handler. Use it in the tests of your own
// equipment:
//
//	if err := progressiontest.Check(myMachine, probes...); err != nil {
//		t.Error(err)
//	}
package progressiontest

import (
	"errors"
	"fmt"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// Check probes e at each of the given loads, and at -1 and 0, and returns
// every broken rule joined with [errors.Join], or nil. The rules:
//
//   - a negative load is never achievable, Prev(0) finds nothing, and
//     Next(-1) is the lightest achievable load;
//   - Next(l), when found, is achievable and heavier than l, Prev of it is
//     at most l, and is exactly l when l is achievable;
//   - Prev(l), when found, is achievable and lighter than l, Next of it is at
//     least l, and is exactly l when l is achievable;
//   - asking twice gives the same answers;
//   - [progression.Round] of an achievable load is that load.
//
// Check tests what it can see from outside; it cannot prove that nothing
// achievable hides between a load and its Next, so pass probes near the loads
// you care about, including achievable ones.
func Check(e progression.Equipment, probes ...repkit.Load) error {
	if e == nil {
		return errors.New("progressiontest: nil equipment")
	}
	var errs []error
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("progressiontest: "+format, args...))
	}
	if e.Achievable(-1) {
		fail("Achievable(-1) is true; no negative load is achievable")
	}
	if p, ok := e.Prev(0); ok {
		fail("Prev(0) = %v; nothing is lighter than zero", p)
	}
	// Next of a negative load is the lightest achievable load: 0 itself,
	// or the first load above it.
	lightest, hasLightest := repkit.Load(0), e.Achievable(0)
	if !hasLightest {
		lightest, hasLightest = e.Next(0)
	}
	if n, ok := e.Next(-1); ok != hasLightest || n != lightest {
		fail("Next(-1) = %v, %v; want the lightest achievable load %v, %v", n, ok, lightest, hasLightest)
	}
	for _, l := range append([]repkit.Load{-1, 0}, probes...) {
		ach := e.Achievable(l)
		if ach != e.Achievable(l) {
			fail("Achievable(%v) changed between calls", l)
		}
		if n, ok := e.Next(l); ok {
			if n2, ok2 := e.Next(l); n2 != n || !ok2 {
				fail("Next(%v) changed between calls", l)
			}
			if n <= l {
				fail("Next(%v) = %v, not heavier", l, n)
			}
			if !e.Achievable(n) {
				fail("Next(%v) = %v, which Achievable rejects", l, n)
			}
			if p, ok := e.Prev(n); ok && p > l && l >= 0 {
				fail("Prev(Next(%v)) = %v: Next skipped an achievable load", l, p)
			} else if ach && (!ok || p != l) {
				fail("Prev(Next(%v)) = %v, %v; want the achievable %v back", l, p, ok, l)
			}
		}
		if p, ok := e.Prev(l); ok {
			if p >= l {
				fail("Prev(%v) = %v, not lighter", l, p)
			}
			if !e.Achievable(p) {
				fail("Prev(%v) = %v, which Achievable rejects", l, p)
			}
			if n, ok := e.Next(p); ok && n < l {
				fail("Next(Prev(%v)) = %v: Prev skipped an achievable load", l, n)
			} else if ach && (!ok || n != l) {
				fail("Next(Prev(%v)) = %v, %v; want the achievable %v back", l, n, ok, l)
			}
		}
		if ach && l >= 0 {
			if r, err := progression.Round(e, l, progression.RoundDown); err != nil || r != l {
				fail("Round(%v, down) = %v, %v; want the achievable load itself", l, r, err)
			}
		}
	}
	return errors.Join(errs...)
}
