package restpausetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/repkit/repkit/restpause"
)

// fakeTB records what a subtest of Run reports instead of failing. Fatal
// and Skip panic with stopped, so that the code under test stops there as
// it would on a real *testing.T; every other method of testing.TB is the
// embedded nil interface and panics if called.
type fakeTB struct {
	testing.TB
	errs        []string
	fatal, skip string
}

type stopped struct{}

func (f *fakeTB) Helper()                   {}
func (f *fakeTB) Error(args ...any)         { f.errs = append(f.errs, fmt.Sprint(args...)) }
func (f *fakeTB) Errorf(s string, a ...any) { f.errs = append(f.errs, fmt.Sprintf(s, a...)) }
func (f *fakeTB) Fatal(args ...any)         { f.fatal = fmt.Sprint(args...); panic(stopped{}) }
func (f *fakeTB) Fatalf(s string, a ...any) { f.fatal = fmt.Sprintf(s, a...); panic(stopped{}) }
func (f *fakeTB) Skip(args ...any)          { f.skip = fmt.Sprint(args...); panic(stopped{}) }
func (f *fakeTB) Skipf(s string, a ...any)  { f.skip = fmt.Sprintf(s, a...); panic(stopped{}) }

// subtest runs the subtest of Run for rule on p against a fakeTB.
func subtest(rule string, p restpause.StopPolicy) (f *fakeTB) {
	f = &fakeTB{}
	defer func() {
		if v := recover(); v != nil {
			if _, ok := v.(stopped); !ok {
				panic(v)
			}
		}
	}()
	runRule(f, rule, p)
	return f
}

// TestRunRuleReportsOnlyItsRule: each subtest of Run reports the broken
// instances of its own rule, one error per state, and nothing about the
// others; "concurrent" is skipped while another rule is broken.
func TestRunRuleReportsOnlyItsRule(t *testing.T) {
	// Reason 200 is no StopReason, on every state: "valid reason" breaks
	// once per state and no other rule breaks.
	badReason := restpause.PolicyFunc(func(*restpause.Record) restpause.Decision {
		return restpause.Decision{Reason: 200}
	})
	states := len(States())
	for _, rule := range rules() {
		f := subtest(rule, badReason)
		if f.fatal != "" {
			t.Errorf("%s: stopped with Fatal %q", rule, f.fatal)
		}
		switch rule {
		case ruleValidReason:
			if len(f.errs) != states {
				t.Errorf("%s: %d errors, want one for each of the %d states: %q", rule, len(f.errs), states, f.errs)
			}
			for _, e := range f.errs {
				if !strings.HasPrefix(e, `restpausetest: valid reason: state "`) || !strings.HasSuffix(e, "unknown stop reason 200") {
					t.Errorf("%s: error %q, want one naming the rule, the state and reason 200", rule, e)
				}
			}
		case ruleConcurrent:
			if !strings.HasPrefix(f.skip, "restpausetest: concurrent: not checked") || len(f.errs) != 0 {
				t.Errorf("%s: skip %q, errors %q; want it skipped, with no error", rule, f.skip, f.errs)
			}
		default:
			if len(f.errs) != 0 || f.skip != "" {
				t.Errorf("%s: skip %q, errors %q; want it to pass: only valid reason is broken", rule, f.skip, f.errs)
			}
		}
	}
}

// TestRunRulePassesAGoodPolicy: no subtest reports, skips or stops for a
// conforming policy; "concurrent" is checked, not skipped.
func TestRunRulePassesAGoodPolicy(t *testing.T) {
	for _, rule := range rules() {
		if f := subtest(rule, restpause.MyoRep()); len(f.errs) != 0 || f.skip != "" || f.fatal != "" {
			t.Errorf("%s: errors %q, skip %q, fatal %q; want a pass", rule, f.errs, f.skip, f.fatal)
		}
	}
}

// TestRunRuleNilPolicy: a nil policy stops every subtest with Fatal before
// anything is checked.
func TestRunRuleNilPolicy(t *testing.T) {
	for _, rule := range rules() {
		f := subtest(rule, nil)
		if f.fatal != "restpausetest: newPolicy returned a nil policy" || len(f.errs) != 0 || f.skip != "" {
			t.Errorf("%s: fatal %q, errors %q, skip %q; want the nil-policy Fatal alone", rule, f.fatal, f.errs, f.skip)
		}
	}
}
