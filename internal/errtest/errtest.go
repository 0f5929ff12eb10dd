// Package errtest checks error messages in the tests of every repkit
// package: one table shape, one loop. It is imported by tests only.
package errtest

import (
	"errors"
	"regexp"
	"slices"
	"testing"
)

// A Case is one error to check: Err must read Want exactly (a text written
// by hand, never copied from output) and, if Is is not nil, match Is with
// [errors.Is].
type Case struct {
	Name string
	Err  error
	Is   error
	Want string
}

// Check reports every case whose error is nil, reads other than Want, or
// does not match Is.
func Check(t testing.TB, cases []Case) {
	t.Helper()
	for _, c := range cases {
		if c.Err == nil {
			t.Errorf("%s: no error, want %s", c.Name, c.Want)
			continue
		}
		if got := c.Err.Error(); got != c.Want {
			t.Errorf("%s:\n got %s\nwant %s", c.Name, got, c.Want)
		}
		if c.Is != nil && !errors.Is(c.Err, c.Is) {
			t.Errorf("%s: %v does not match %v", c.Name, c.Err, c.Is)
		}
	}
}

// C returns the Case with these fields, so that tables read one case a line.
func C(name string, err, is error, want string) Case {
	return Case{Name: name, Err: err, Is: is, Want: want}
}

// Matches returns how many of sentinels err matches with [errors.Is]: a
// fuzz test that wants every error to wrap exactly one of a package's
// sentinels checks that it returns 1.
func Matches(err error, sentinels []error) int {
	n := 0
	for _, s := range sentinels {
		if errors.Is(err, s) {
			n++
		}
	}
	return n
}

// Rules returns the distinct rules that err's joined errors name, sorted:
// rule's first submatch in each error's text. It stops the test if err is
// not a join (of [errors.Join]'s kind) or one of its errors does not match
// rule. It suits the checkers of the *test kits, which return one error per
// broken rule.
func Rules(t testing.TB, err error, rule *regexp.Regexp) []string {
	t.Helper()
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		t.Fatalf("error %v is not a join of one error per broken rule", err)
	}
	var rules []string
	for _, e := range joined.Unwrap() {
		m := rule.FindStringSubmatch(e.Error())
		if m == nil {
			t.Fatalf("error %q does not match %s", e, rule)
		}
		if !slices.Contains(rules, m[1]) {
			rules = append(rules, m[1])
		}
	}
	slices.Sort(rules)
	return rules
}
