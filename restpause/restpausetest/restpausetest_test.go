package restpausetest_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

func TestGoodPolicyPasses(t *testing.T) {
	if err := restpausetest.Run(restpause.Any(restpause.MyoRep(), restpause.TechniqueGuard())); err != nil {
		t.Errorf("a built-in composition failed:\n%v", err)
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

func TestBrokenPoliciesFail(t *testing.T) {
	for _, tc := range []struct {
		name  string
		p     restpause.StopPolicy
		rules []string
	}{
		{"panics", restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
			_ = r.Bursts[0] // no bursts yet: index out of range
			return restpause.Decision{}
		}), []string{"total"}},
		{"mutates", restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
			r.Activation.Reps++
			return restpause.Decision{}
		}), []string{"no mutation"}},
		{"bad reason", restpause.PolicyFunc(func(*restpause.Record) restpause.Decision {
			return restpause.Decision{Reason: 200}
		}), []string{"valid reason"}},
		{"detail on continue", restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
			return restpause.Decision{Value: int64(len(r.Bursts))}
		}), []string{"continue is plain"}},
		{"stateful", counter{new(int)}, []string{"deterministic"}},
		{"retains", keeper{new(*restpause.Record)}, []string{"no retention"}},
		{"not safe for concurrent calls", exclusive{new(sync.Mutex)}, []string{"concurrent"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := restpausetest.Run(tc.p)
			if err == nil {
				t.Fatal("Run passed a broken policy")
			}
			for _, rule := range tc.rules {
				if !strings.Contains(err.Error(), "restpausetest: "+rule+": ") {
					t.Errorf("error does not name rule %q:\n%v", rule, err)
				}
			}
		})
	}
}

func TestStatesAreFresh(t *testing.T) {
	a := restpausetest.States()
	a[1].Record.Activation.Reps = 999
	if b := restpausetest.States(); b[1].Record.Activation.Reps == 999 {
		t.Error("States shares memory between calls")
	}
}
