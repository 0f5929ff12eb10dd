// Package restpausetest checks that a [restpause.StopPolicy] keeps its
// contract, in the manner of [testing/slogtest], and with the same pair of
// entry points. [TestPolicy] checks one policy and returns the
// [errors.Join] of every broken rule; [Run] checks each rule in its own
// subtest of a test:
//
//	func TestMyPolicy(t *testing.T) {
//		restpausetest.Run(t, func(*testing.T) restpause.StopPolicy { return MyPolicy{} })
//	}
//
// or, where an error value is handier:
//
//	if err := restpausetest.TestPolicy(MyPolicy{}); err != nil {
//		t.Error(err)
//	}
//
// Both ask the policy about a fixed set of states ([States]), among them
// the edge states a live set reaches (no bursts yet, a zero-rep burst, a
// very long set, signals on every entry, efforts on both scales). Every
// error starts "restpausetest: RULE: " and names its state. The rules:
//
//   - "total": Decide returns for every state without panicking.
//   - "valid reason": every reason is a known [restpause.StopReason] and
//     every signal a known [restpause.Signal] (see their Valid methods).
//   - "valid burst": [restpause.Decision.Burst] names an entry of the
//     state: [restpause.ActivationSet], 0 for the whole set, or a burst
//     from 1 to len(Bursts).
//   - "continue is plain": a Continue decision carries no detail.
//   - "deterministic": asking again about an equal state gives the same
//     answer, also after other states were asked about.
//   - "no mutation": Decide leaves its input exactly as it was.
//   - "no retention": changing a state after Decide returned does not
//     change later answers about other states.
//   - "concurrent": answers from many goroutines at once equal the
//     sequential answers. Run the test with -race to catch data races too.
//     It is checked only once the other rules hold, since a policy that
//     already breaks one would mostly add data-race noise.
//
// The checker cannot tell a policy's intent: it does not say whether a
// policy stops at the right moment, only that it behaves as a policy must.
package restpausetest

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// The rules, in the order [Run] runs their subtests.
const (
	ruleTotal         = "total"
	ruleValidReason   = "valid reason"
	ruleValidBurst    = "valid burst"
	ruleContinuePlain = "continue is plain"
	ruleDeterministic = "deterministic"
	ruleNoMutation    = "no mutation"
	ruleNoRetention   = "no retention"
	ruleConcurrent    = "concurrent"
)

func rules() []string {
	return []string{ruleTotal, ruleValidReason, ruleValidBurst, ruleContinuePlain,
		ruleDeterministic, ruleNoMutation, ruleNoRetention, ruleConcurrent}
}

// TestPolicy checks p against the [restpause.StopPolicy] contract and
// returns the [errors.Join] of an error for every broken rule, or nil. A
// nil p is an error. TestPolicy starts goroutines for the concurrency rule
// and waits for them.
func TestPolicy(p restpause.StopPolicy) error {
	if p == nil {
		return errors.New("restpausetest: nil policy")
	}
	c := check(p)
	errs := make([]error, len(c.failures))
	for i, f := range c.failures {
		errs[i] = f.err
	}
	return errors.Join(errs...)
}

// Run checks the policies newPolicy returns against the
// [restpause.StopPolicy] contract, one subtest per rule, named after the
// rule. Each subtest calls newPolicy for a fresh policy, asks it about every
// state as [TestPolicy] does, and calls t.Error for each broken instance of
// its own rule; the "concurrent" subtest is skipped when another rule is
// broken. A nil policy fails the subtest.
func Run(t *testing.T, newPolicy func(*testing.T) restpause.StopPolicy) {
	t.Helper()
	for _, rule := range rules() {
		t.Run(rule, func(t *testing.T) { runRule(t, rule, newPolicy(t)) })
	}
}

// runRule is the subtest of Run for rule: it checks p and reports on t
// the broken instances of rule only. It takes a testing.TB so that the
// package's own tests can watch it fail.
func runRule(t testing.TB, rule string, p restpause.StopPolicy) {
	t.Helper()
	if p == nil {
		t.Fatal("restpausetest: newPolicy returned a nil policy")
	}
	c := check(p)
	if rule == ruleConcurrent && !c.concurrencyChecked {
		t.Skip("restpausetest: concurrent: not checked while other rules are broken; see the other subtests")
	}
	for _, f := range c.failures {
		if f.rule == rule {
			t.Error(f.err)
		}
	}
}

// check asks p about every state and records every broken rule.
func check(p restpause.StopPolicy) *checker {
	c := &checker{p: p}
	states := States()
	first := make([]restpause.Decision, len(states))
	ok := make([]bool, len(states))
	for i := range states {
		first[i], ok[i] = c.decideChecked(states[i])
	}
	for i, st := range states {
		if ok[i] {
			c.checkDecision(st, first[i])
			c.checkAgain(i, states, first)
		}
	}
	c.checkRetention(states, first, ok)
	// A policy already shown to break a rule would only add data-race noise
	// under -race; check concurrency once the sequential rules hold.
	if len(c.failures) == 0 {
		c.concurrencyChecked = true
		c.checkConcurrent(states, first, ok)
	}
	return c
}

// A State is one input Run asks about, with a name for error messages.
type State struct {
	Name   string
	Record restpause.Record
}

type checker struct {
	p                  restpause.StopPolicy
	failures           []failure
	held               []*restpause.Record // every input handed to p, for the retention rule
	concurrencyChecked bool
}

// A failure is one broken instance of a rule.
type failure struct {
	rule string
	err  error
}

func (c *checker) fail(rule, state, format string, args ...any) {
	err := fmt.Errorf("restpausetest: %s: state %q: %s", rule, state, fmt.Sprintf(format, args...))
	c.failures = append(c.failures, failure{rule, err})
}

// decideChecked asks p about a copy of st, recovering a panic, and checks
// that the copy is unchanged afterwards.
func (c *checker) decideChecked(st State) (d restpause.Decision, ok bool) {
	in := st.Record.Clone()
	c.held = append(c.held, &in)
	d, err := c.decide(&in)
	if err != nil {
		c.fail(ruleTotal, st.Name, "%v", err)
		return d, false
	}
	if !reflect.DeepEqual(in, st.Record) {
		c.fail(ruleNoMutation, st.Name, "Decide changed its input:\nbefore %+v\nafter  %+v", st.Record, in)
	}
	return d, true
}

func (c *checker) decide(r *restpause.Record) (d restpause.Decision, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("decide panicked: %v", v)
		}
	}()
	return c.p.Decide(r), nil
}

func (c *checker) checkDecision(st State, d restpause.Decision) {
	if !d.Reason.Valid() {
		c.fail(ruleValidReason, st.Name, "unknown stop reason %d", uint8(d.Reason))
	}
	if !d.Signal.Valid() {
		c.fail(ruleValidReason, st.Name, "unknown signal %d", uint8(d.Signal))
	}
	if d.Burst < restpause.ActivationSet || d.Burst > len(st.Record.Bursts) {
		c.fail(ruleValidBurst, st.Name, "Burst %d names no entry of a set with %d bursts; want ActivationSet (-1), 0 or 1 to %d",
			d.Burst, len(st.Record.Bursts), len(st.Record.Bursts))
	}
	if !d.Stop() && d != (restpause.Decision{}) {
		c.fail(ruleContinuePlain, st.Name, "Continue decision carries detail %s", fields(d))
	}
}

// fields shows every field of d; its String is only the sentence.
func fields(d restpause.Decision) string {
	return fmt.Sprintf("{Reason:%v Burst:%d Signal:%v Value:%d Limit:%d Note:%q}", d.Reason, d.Burst, d.Signal, d.Value, d.Limit, d.Note)
}

// checkAgain asks about state i again after the state before it, so that a
// policy whose answer depends on earlier calls shows it.
func (c *checker) checkAgain(i int, states []State, first []restpause.Decision) {
	if i > 0 {
		prev := states[i-1].Record.Clone()
		c.held = append(c.held, &prev)
		_, _ = c.decide(&prev) // only the answer about state i is compared
	}
	again := states[i].Record.Clone()
	c.held = append(c.held, &again)
	d, err := c.decide(&again)
	if err == nil && d != first[i] {
		c.fail(ruleDeterministic, states[i].Name, "first answer %s, then %s", fields(first[i]), fields(d))
	}
}

// checkRetention scribbles over every input the policy was handed, then
// asks about fresh copies of every state: a policy that kept a pointer into
// an earlier input now answers differently.
func (c *checker) checkRetention(states []State, first []restpause.Decision, ok []bool) {
	for _, in := range c.held {
		scribble(in)
	}
	for i := range states {
		if !ok[i] {
			continue
		}
		fresh := states[i].Record.Clone()
		if d, err := c.decide(&fresh); err == nil && d != first[i] {
			c.fail(ruleNoRetention, states[i].Name, "answer changed from %s to %s after earlier inputs were modified", fields(first[i]), fields(d))
		}
	}
}

// scribble changes every field of r that a policy might read.
func scribble(r *restpause.Record) {
	r.Activation = restpause.Burst{Reps: 999, Signals: restpause.Signals{PainOrNerve: true, TechniqueLost: true}}
	for i := range r.Bursts {
		r.Bursts[i] = restpause.Burst{Reps: 999 - i, Rest: time.Hour, Effort: repkit.AtRIR(0), MeanVelocity: 9}
	}
	r.Bursts = r.Bursts[:0]
	r.Load = restpause.LoadLimit
}

// checkConcurrent asks about every state from several goroutines at once.
func (c *checker) checkConcurrent(states []State, first []restpause.Decision, ok []bool) {
	const workers = 8
	got := make([][]restpause.Decision, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]restpause.Decision, len(states))
		wg.Go(func() {
			for i := range states {
				if !ok[i] {
					continue
				}
				// Shared input, as a Session's readers would see it.
				got[w][i], _ = c.decide(&states[i].Record)
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range states {
			if ok[i] && got[w][i] != first[i] {
				c.fail(ruleConcurrent, states[i].Name, "sequential answer %s, concurrent answer %s", fields(first[i]), fields(got[w][i]))
				return
			}
		}
	}
}

// States returns the states [TestPolicy] and [Run] ask about, fresh on
// every call. They are
// exported so that a test can also check its own policy's answers on them.
func States() []State {
	date := time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC)
	base := func(act int, bursts ...int) restpause.Record {
		r := restpause.Record{Date: date, Exercise: "machine chest press", Load: 60 * repkit.Kilogram,
			Activation: restpause.Burst{Reps: act, Effort: repkit.AtRIR(1)}}
		for _, n := range bursts {
			r.Bursts = append(r.Bursts, restpause.Burst{Reps: n, Rest: 20 * time.Second})
		}
		return r
	}
	long := base(12)
	for i := range restpause.BurstsLimit {
		long.Bursts = append(long.Bursts, restpause.Burst{Reps: 1 + i%5, Rest: 25 * time.Second, MeanVelocity: 0.5})
	}
	withSignals := base(12, 4, 3)
	withSignals.Bursts[1].Signals = restpause.Signals{RangeShortened: true, Discomfort: 3}
	pain := base(12, 4)
	pain.Bursts[0].Signals.PainOrNerve = true
	efforts := base(10, 4, 4, 3)
	efforts.Bursts[0].Effort = repkit.AtRIR(2)
	efforts.Bursts[1].Effort = repkit.AtRPE(9.5)
	efforts.Bursts[2].Effort = repkit.AtRIR(0)
	velocity := base(8, 4, 3)
	velocity.Activation.MeanVelocity = 0.6
	velocity.Bursts[0].MeanVelocity = 0.5
	velocity.Bursts[1].MeanVelocity = 0.3
	measured := base(12, 5, 4)
	measured.Activation.Work = 40 * time.Second
	measured.Bursts[0].Work = 15 * time.Second
	return []State{
		{"zero record", restpause.Record{}},
		{"activation only", base(12)},
		{"zero-rep activation", base(0)},
		{"zero-rep burst", base(12, 0)},
		{"zero-rep first burst then more", base(12, 0, 3)},
		{"one burst", base(12, 4)},
		{"myo-reps 4-4-3", base(15, 4, 4, 3)},
		{"rising reps", base(6, 2, 3, 4, 5)},
		{"signals", withSignals},
		{"pain", pain},
		{"efforts", efforts},
		{"velocity", velocity},
		{"measured work", measured},
		{"very long set", long},
		{"invalid values", restpause.Record{Load: -1, Activation: restpause.Burst{Reps: -5, Rest: -time.Second},
			Bursts: []restpause.Burst{{Reps: -1, Rest: -time.Hour, Work: 1<<63 - 1}, {Reps: 1 << 40, Signals: restpause.Signals{Discomfort: -7}}}}},
	}
}
