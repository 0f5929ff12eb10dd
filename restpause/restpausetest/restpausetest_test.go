package restpausetest_test

import (
	"os"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/repkit/repkit/internal/errtest"
	"github.com/repkit/repkit/internal/kittest"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

func TestGoodPolicyPasses(t *testing.T) {
	good := restpause.Any(restpause.MyoRep(), restpause.TechniqueGuard())
	if err := restpausetest.TestPolicy(good); err != nil {
		t.Errorf("a built-in composition failed:\n%v", err)
	}
	restpausetest.Run(t, func(*testing.T) restpause.StopPolicy { return good })
}

// TestGoodPolicyNamesEitherEnd: "valid burst" allows both ends of the
// range of entries: ActivationSet (-1) and the last burst, len(Bursts).
func TestGoodPolicyNamesEitherEnd(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    restpause.StopPolicy
	}{
		// Stops at the activation set when it had fewer than 10 reps:
		// "zero record", "zero-rep activation", "rising reps", "velocity"
		// and "invalid values" get Burst -1.
		{"activation set", restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
			if r.Activation.Reps < 10 {
				return restpause.Decision{Reason: restpause.StopCustom, Burst: restpause.ActivationSet, Note: "short activation set"}
			}
			return restpause.Decision{}
		})},
		// Stops at the last burst once there is one.
		{"last burst", restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
			if len(r.Bursts) > 0 {
				return restpause.Decision{Reason: restpause.StopCustom, Burst: len(r.Bursts), Note: "one is enough"}
			}
			return restpause.Decision{}
		})},
	} {
		if err := restpausetest.TestPolicy(tc.p); err != nil {
			t.Errorf("%s: a policy naming the %s failed:\n%v", tc.name, tc.name, err)
		}
	}
}

// counter answers differently on every call: not deterministic.
type counter struct{ n *int }

func (c counter) Decide(*restpause.Record) restpause.Decision {
	*c.n++
	if *c.n%2 == 0 {
		return restpause.Decision{Reason: restpause.StopCustom, Note: "every other call"}
	}
	return restpause.Decision{}
}

// keeper remembers the first record it saw and answers from it.
type keeper struct{ first **restpause.Record }

func (k keeper) Decide(r *restpause.Record) restpause.Decision {
	if *k.first == nil {
		*k.first = r
	}
	if (*k.first).Activation.Reps > 500 {
		return restpause.Decision{Reason: restpause.StopCustom, Note: "remembered"}
	}
	return restpause.Decision{}
}

// exclusive answers differently while another call is in progress: right
// when called one at a time, wrong under concurrent calls. It is race-free
// (a mutex), so only the checker's comparison can catch it.
type exclusive struct{ mu *sync.Mutex }

func (e exclusive) Decide(*restpause.Record) restpause.Decision {
	if !e.mu.TryLock() {
		return restpause.Decision{Reason: restpause.StopCustom, Note: "busy"}
	}
	defer e.mu.Unlock()
	time.Sleep(200 * time.Microsecond) // hold the lock long enough for calls to overlap
	return restpause.Decision{}
}

// ruleOf matches the rule an error names.
var ruleOf = regexp.MustCompile(`^restpausetest: ([a-z ]+): state "`)

// brokenPolicies are each built to break the rules listed, and only those.
func brokenPolicies() []struct {
	name  string
	new   func() restpause.StopPolicy
	rules []string
} {
	return []struct {
		name  string
		new   func() restpause.StopPolicy
		rules []string
	}{
		{"panics", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
				_ = r.Bursts[0] // no bursts yet: index out of range
				return restpause.Decision{}
			})
		}, []string{"total"}},
		{"mutates", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
				r.Activation.Reps++
				return restpause.Decision{}
			})
		}, []string{"no mutation"}},
		{"bad reason", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(*restpause.Record) restpause.Decision {
				return restpause.Decision{Reason: 200}
			})
		}, []string{"valid reason"}},
		{"bad signal", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(*restpause.Record) restpause.Decision {
				return restpause.Decision{Reason: restpause.StopTechnique, Signal: 99}
			})
		}, []string{"valid reason"}},
		{"burst past the last", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
				return restpause.Decision{Reason: restpause.StopCustom, Burst: len(r.Bursts) + 1, Note: "the next one"}
			})
		}, []string{"valid burst"}},
		{"burst before the activation set", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(*restpause.Record) restpause.Decision {
				return restpause.Decision{Reason: restpause.StopCustom, Burst: restpause.ActivationSet - 1, Note: "the warm-up"}
			})
		}, []string{"valid burst"}},
		{"detail on continue", func() restpause.StopPolicy {
			return restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
				return restpause.Decision{Value: int64(len(r.Bursts))}
			})
		}, []string{"continue is plain"}},
		{"stateful", func() restpause.StopPolicy { return counter{new(int)} }, []string{"deterministic"}},
		{"retains", func() restpause.StopPolicy { return keeper{new(*restpause.Record)} }, []string{"no retention"}},
		{"not safe for concurrent calls", func() restpause.StopPolicy { return exclusive{new(sync.Mutex)} }, []string{"concurrent"}},
	}
}

func TestBrokenPoliciesFail(t *testing.T) {
	for _, tc := range brokenPolicies() {
		t.Run(tc.name, func(t *testing.T) {
			err := restpausetest.TestPolicy(tc.new())
			if err == nil {
				t.Fatal("TestPolicy passed a broken policy")
			}
			if got := errtest.Rules(t, err, ruleOf); !slices.Equal(got, tc.rules) {
				t.Errorf("broken rules %q, want %q:\n%v", got, tc.rules, err)
			}
		})
	}
	if err := restpausetest.TestPolicy(nil); err == nil || err.Error() != "restpausetest: nil policy" {
		t.Errorf("TestPolicy(nil) = %v, want restpausetest: nil policy", err)
	}
}

// childEnv marks the child process TestRunNamesBrokenRule starts.
const childEnv = "RESTPAUSETEST_RUN_CHILD"

// TestRunNamesBrokenRule runs Run on each broken policy in a child test
// process, since a failing subtest would fail this test too, and checks
// that exactly the broken rule's subtest fails, the concurrency subtest is
// skipped while another rule is broken, and the other subtests pass.
func TestRunNamesBrokenRule(t *testing.T) {
	if name := os.Getenv(childEnv); name != "" {
		for _, tc := range brokenPolicies() {
			if tc.name == name {
				restpausetest.Run(t, func(*testing.T) restpause.StopPolicy { return tc.new() })
				return
			}
		}
		t.Fatalf("no broken policy %q", name)
	}
	if testing.Short() {
		t.Skip("starts a child process per broken policy")
	}
	all := []string{"total", "valid reason", "valid burst", "continue is plain", "deterministic", "no mutation", "no retention", "concurrent"}
	for _, tc := range brokenPolicies() {
		t.Run(tc.name, func(t *testing.T) {
			out := kittest.RunChild(t, "TestRunNamesBrokenRule", childEnv, tc.name)
			for _, rule := range all {
				want := "PASS"
				switch {
				case slices.Contains(tc.rules, rule):
					want = "FAIL"
				case rule == "concurrent":
					want = "SKIP"
				}
				if !kittest.Reported(out, "TestRunNamesBrokenRule", rule, want) {
					t.Errorf("subtest %q: want %s; output:\n%s", rule, want, out)
				}
			}
		})
	}
}
