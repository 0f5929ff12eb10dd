// Package exampletest holds what the tests of the example programs under
// examples/ share: run a program into a buffer, then check which lines its
// output holds and which it must not. The example programs themselves never
// import it, so each stays a standalone program a user can copy.
package exampletest

import (
	"io"
	"strings"
	"testing"
)

// Output calls run with a fresh buffer and returns what run wrote. An error
// from run fails the test at once, since nothing after it can be checked.
func Output(tb testing.TB, run func(w io.Writer) error) string {
	tb.Helper()
	var b strings.Builder
	if err := run(&b); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// Contains reports an error for each of wants that out does not hold,
// quoting the whole output so the failure shows what was printed instead.
func Contains(tb testing.TB, out string, wants ...string) {
	tb.Helper()
	for _, want := range wants {
		if !strings.Contains(out, want) {
			tb.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// Lacks reports an error for each of unwanted that out holds.
func Lacks(tb testing.TB, out string, unwanted ...string) {
	tb.Helper()
	for _, u := range unwanted {
		if strings.Contains(out, u) {
			tb.Errorf("output holds %q, which it must not:\n%s", u, out)
		}
	}
}
