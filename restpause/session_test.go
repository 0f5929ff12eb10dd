package restpause_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

var start = restpause.Start{
	Date:     time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC),
	Exercise: "cable lateral raise",
	Load:     7500 * repkit.Gram,
}

func TestSessionMyoReps(t *testing.T) {
	s, err := restpause.NewSession(restpause.MyoReps(), start)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Next(); got.Kind != restpause.StepActivation || got.Reps != (repkit.RepRange{Min: 12, Max: 20}) {
		t.Fatalf("first step %+v, want activation 12-20", got)
	}
	if err := s.LogBurst(restpause.Burst{Reps: 4}); !errors.Is(err, repkit.ErrOrder) {
		t.Errorf("burst before activation: %v, want ErrOrder", err)
	}
	must(t, s.LogActivation(restpause.Burst{Reps: 15}))
	if err := s.LogActivation(restpause.Burst{Reps: 15}); !errors.Is(err, repkit.ErrOrder) {
		t.Errorf("second activation: %v, want ErrOrder", err)
	}
	for i, reps := range []int{4, 4} {
		must(t, s.LogBurst(restpause.Burst{Reps: reps, Rest: 25 * time.Second}))
		if got := s.Next(); got.Kind != restpause.StepBurst || got.Burst != i+2 || got.Rest != (restpause.Rest{MinBreaths: 3, MaxBreaths: 5}) {
			t.Fatalf("after burst %d: %+v, want rest 3-5 deep breaths then burst %d", i+1, got, i+2)
		}
	}
	must(t, s.LogBurst(restpause.Burst{Reps: 3, Rest: 25 * time.Second}))
	want := restpause.Decision{Reason: restpause.StopMyoRep, Burst: 3, Value: 3, Limit: 4}
	if got := s.Next(); got.Kind != restpause.StepDone || got.Decision != want {
		t.Fatalf("after 4-4-3: %+v, want done with %+v", got, want)
	}
	before := s.Record()
	if err := s.LogBurst(restpause.Burst{Reps: 2, Rest: 25 * time.Second}); !errors.Is(err, restpause.ErrEnded) {
		t.Errorf("burst after the end: %v, want ErrEnded", err)
	}
	if err := s.End(); !errors.Is(err, restpause.ErrEnded) {
		t.Errorf("End after the end: %v, want ErrEnded", err)
	}
	if diff := cmp.Diff(before, s.Record(), recordOpts); diff != "" {
		t.Errorf("rejected calls changed the record:\n%s", diff)
	}
	r := s.Record()
	if r.TotalReps() != 26 || r.Protocol != "myo-reps" || r.Exercise != "cable lateral raise" {
		t.Errorf("record %+v, want 26 reps of cable lateral raise under myo-reps", r)
	}
}

func TestSessionPainEndsAnyProtocol(t *testing.T) {
	p := restpause.Protocol{Name: "anything goes", Extra: restpause.Never()}
	s, err := restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.LogActivation(restpause.Burst{Reps: 10}))
	must(t, s.LogBurst(restpause.Burst{Reps: 5, Rest: 20 * time.Second, Signals: restpause.Signals{PainOrNerve: true}}))
	if got := s.Next().Decision; got.Reason != restpause.StopPain || got.Burst != 1 {
		t.Errorf("pain on burst 1 gave %+v, want pain at burst 1", got)
	}
}

func TestSessionBurstsLimit(t *testing.T) {
	s, err := restpause.NewSession(restpause.Protocol{}, start)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.LogActivation(restpause.Burst{Reps: 10}))
	for !s.Ended() {
		must(t, s.LogBurst(restpause.Burst{Reps: 1}))
	}
	want := restpause.Decision{Reason: restpause.StopBurstLimit, Value: 100, Limit: 100}
	if r := s.Record(); len(r.Bursts) != 100 || r.Stop != want {
		t.Errorf("a set with no stop rule ended after %d bursts with %+v, want 100 bursts and %+v", len(r.Bursts), r.Stop, want)
	}
	// The hard limit is not a planned maximum, and says so.
	const sentence = "100 bursts done, the most one set can record; no stop rule ended the set sooner"
	if got := s.Record().Stop.String(); got != sentence {
		t.Errorf("hard limit explained as %q, want %q", got, sentence)
	}
	// A planned maximum of 100 is the protocol's own rule, not the limit.
	p := restpause.Protocol{MaxBursts: restpause.BurstsLimit}
	s, err = restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.LogActivation(restpause.Burst{Reps: 10}))
	for !s.Ended() {
		must(t, s.LogBurst(restpause.Burst{Reps: 1}))
	}
	if got := s.Record().Stop.Reason; got != restpause.StopMaxBursts {
		t.Errorf("MaxBursts 100 ended with %v, want max_bursts", got)
	}
}

// The zero Session is usable as an unnamed set and runs as a session of the
// zero Protocol that NewSession starts: the same steps, the same errors
// and the same record for the same logs, but for the date, exercise and
// load that NewSession requires and the zero Session does not have.
func TestZeroSession(t *testing.T) {
	if _, err := restpause.NewSession(restpause.Protocol{}, restpause.Start{}); !errors.Is(err, repkit.ErrEmpty) {
		t.Errorf("NewSession of the zero Start: %v; want ErrEmpty", err)
	}
	var zero restpause.Session
	made, err := restpause.NewSession(restpause.Protocol{}, start)
	if err != nil {
		t.Fatal(err)
	}
	if got := zero.Protocol(); got != (restpause.Protocol{}) {
		t.Errorf("zero Session's protocol %+v, want the zero Protocol", got)
	}
	if got := zero.Next(); got != (restpause.Step{Kind: restpause.StepActivation}) {
		t.Errorf("zero Session's first step %+v, want activation with no targets", got)
	}
	for i, b := range []restpause.Burst{
		{Reps: 10},
		{Reps: 6, Rest: 20 * time.Second},
		{Reps: 5, Rest: 20 * time.Second, Signals: restpause.Signals{Momentum: true}},
	} {
		log := (*restpause.Session).LogBurst
		if i == 0 {
			log = (*restpause.Session).LogActivation
		}
		errZero, errMade := log(&zero, b), log(made, b)
		if errZero != nil || errMade != nil {
			t.Fatalf("entry %d: zero Session %v, NewSession %v; want both nil", i, errZero, errMade)
		}
		if diff := cmp.Diff(made.Next(), zero.Next()); diff != "" {
			t.Errorf("after entry %d the steps differ (-NewSession +zero):\n%s", i, diff)
		}
	}
	unnamed := made.Record()
	unnamed.Date, unnamed.Exercise, unnamed.Load = time.Time{}, "", 0
	if diff := cmp.Diff(unnamed, zero.Record(), recordOpts); diff != "" {
		t.Errorf("records differ but for the start (-NewSession +zero):\n%s", diff)
	}
	// 10 + 6 + 5 reps; burst 2's momentum ends the set through the
	// technique guard, which the zero Protocol keeps on.
	want := restpause.Decision{Reason: restpause.StopTechnique, Burst: 2, Signal: restpause.SignalMomentum}
	if got := zero.Record().Stop; got != want || zero.Record().TotalReps() != 21 {
		t.Errorf("zero Session ended with %+v after %d reps, want %+v after 21", got, zero.Record().TotalReps(), want)
	}
	if err := zero.LogBurst(restpause.Burst{Reps: 3}); !errors.Is(err, restpause.ErrEnded) {
		t.Errorf("burst after the end: %v, want ErrEnded", err)
	}

	// The always-on rules hold in a zero Session too.
	var pain restpause.Session
	must(t, pain.LogActivation(restpause.Burst{Reps: 8, Signals: restpause.Signals{PainOrNerve: true}}))
	want = restpause.Decision{Reason: restpause.StopPain, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve}
	if got := pain.Record().Stop; got != want {
		t.Errorf("pain on a zero Session's activation set gave %+v, want %+v", got, want)
	}
	var early restpause.Session
	if err := early.LogBurst(restpause.Burst{Reps: 3}); !errors.Is(err, repkit.ErrOrder) {
		t.Errorf("burst before activation on a zero Session: %v, want ErrOrder", err)
	}
}

func TestNewSessionRejects(t *testing.T) {
	bad := restpause.DefaultProtocol()
	bad.MaxBursts = -1
	if _, err := restpause.NewSession(bad, start); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("max bursts -1: %v, want ErrInvalid", err)
	}
	heavy := start
	heavy.Load = restpause.LoadLimit + 1
	if _, err := restpause.NewSession(restpause.DefaultProtocol(), heavy); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("load beyond the limit: %v, want ErrInvalid", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// sessionModel is what a session should hold, computed independently of
// the package: the rules of a protocol limited to max bursts, min burst
// reps, a total-rep target and the technique-lost signal, plus the always-on
// pain and zero-rep rules.
type sessionModel struct {
	maxBursts, minReps, total int
	activated                 bool
	entries                   []restpause.Burst // activation first
	reason                    restpause.StopReason
}

func (m *sessionModel) log(b restpause.Burst) {
	m.entries = append(m.entries, b)
	isBurst := len(m.entries) > 1
	sum := 0
	for _, e := range m.entries {
		sum += e.Reps
	}
	switch {
	case b.Signals.PainOrNerve:
		m.reason = restpause.StopPain
	case b.Reps == 0:
		m.reason = restpause.StopMinReps
	case b.Signals.TechniqueLost:
		m.reason = restpause.StopTechnique
	case isBurst && m.minReps > 0 && b.Reps < m.minReps:
		m.reason = restpause.StopMinReps
	case m.total > 0 && sum >= m.total:
		m.reason = restpause.StopTotalReps
	case m.maxBursts > 0 && len(m.entries)-1 >= m.maxBursts:
		m.reason = restpause.StopMaxBursts
	}
}

func TestSessionStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := &sessionModel{
			maxBursts: rapid.IntRange(0, 6).Draw(t, "max bursts"),
			minReps:   rapid.IntRange(0, 4).Draw(t, "min reps"),
			total:     rapid.IntRange(0, 60).Draw(t, "total"),
		}
		p := restpause.Protocol{Name: "model", MaxBursts: m.maxBursts, MinBurstReps: m.minReps, StopAtTotalReps: m.total}
		// A misbehaving Extra policy, asked last and only when no rule
		// above stopped: it never stops, but it may vandalize the record it
		// is shown (and the one it was shown last time) and may panic when
		// the newest entry has panicReps reps. Neither may change the model.
		vandalize := rapid.Bool().Draw(t, "vandalize")
		panicReps := rapid.IntRange(-1, 15).Draw(t, "panic reps") // -1: never
		misbehaves := vandalize || panicReps >= 0
		if misbehaves {
			var kept *restpause.Record
			p.Extra = restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
				last := r.Activation
				if n := len(r.Bursts); n > 0 {
					last = r.Bursts[n-1]
				}
				if vandalize {
					if kept != nil {
						vandal(kept) // kept may be r itself
					}
					kept = r
					vandal(r)
				}
				if last.Reps == panicReps {
					panic("policy bug")
				}
				return restpause.Decision{}
			})
		}
		s, err := restpause.NewSession(p, start)
		if err != nil {
			t.Fatal(err)
		}
		if !misbehaves && p == (restpause.Protocol{Name: "model"}) && rapid.Bool().Draw(t, "zero session") {
			s = new(restpause.Session) // the zero Session keeps the same model
		}
		// panics reports whether logging b makes the policy panic: when the
		// log is accepted, no rule before Extra stops, and b has panicReps.
		panics := func(b restpause.Burst) bool {
			if b.Reps != panicReps {
				return false
			}
			next := *m
			next.entries = append([]restpause.Burst(nil), m.entries...)
			next.log(b)
			return next.reason == restpause.Continue
		}
		entry := rapid.Custom(func(t *rapid.T) restpause.Burst {
			return restpause.Burst{
				Reps: rapid.IntRange(0, 15).Draw(t, "reps"),
				Rest: time.Duration(rapid.IntRange(0, 60).Draw(t, "rest s")) * time.Second,
				Signals: restpause.Signals{
					PainOrNerve:   rapid.IntRange(0, 15).Draw(t, "pain") == 0,
					TechniqueLost: rapid.IntRange(0, 10).Draw(t, "technique") == 0,
				},
			}
		})
		expectErr := func(err error, want error, what string) {
			if want == nil && err != nil {
				t.Fatalf("%s: unexpected error %v", what, err)
			}
			if want != nil && !errors.Is(err, want) {
				t.Fatalf("%s: error %v, want %v", what, err, want)
			}
		}
		ended := func() bool { return m.reason != restpause.Continue }
		// burstInOrder checks err, the error of a burst called what, when the
		// model says the set is over or not yet activated, and otherwise
		// reports that the burst comes in order.
		burstInOrder := func(err error, what string) bool {
			switch {
			case ended():
				expectErr(err, restpause.ErrEnded, what+" after the end")
			case !m.activated:
				expectErr(err, repkit.ErrOrder, what+" before activation")
			default:
				return true
			}
			return false
		}
		t.Repeat(map[string]func(*rapid.T){
			"activation": func(t *rapid.T) {
				b := entry.Draw(t, "activation")
				b.Rest = 0
				err := s.LogActivation(b)
				switch {
				case ended():
					expectErr(err, restpause.ErrEnded, "activation after the end")
				case m.activated:
					expectErr(err, repkit.ErrOrder, "second activation")
				case panics(b):
					expectErr(err, restpause.ErrPolicy, "activation with a panicking policy")
				default:
					expectErr(err, nil, "activation")
					m.activated = true
					m.log(b)
				}
			},
			"burst": func(t *rapid.T) {
				b := entry.Draw(t, "burst")
				err := s.LogBurst(b)
				switch {
				case !burstInOrder(err, "burst"):
				case panics(b):
					expectErr(err, restpause.ErrPolicy, "burst with a panicking policy")
				default:
					expectErr(err, nil, "burst")
					m.log(b)
				}
			},
			"impossible": func(t *rapid.T) {
				b := entry.Draw(t, "burst")
				switch rapid.IntRange(0, 2).Draw(t, "what") {
				case 0:
					b.Reps = rapid.IntRange(-50, -1).Draw(t, "negative reps")
				case 1:
					b.Rest = -time.Second
				default:
					b.Signals.Discomfort = 11
				}
				if err := s.LogBurst(b); burstInOrder(err, "impossible burst") {
					expectErr(err, repkit.ErrInvalid, "impossible burst")
				}
			},
			"end": func(t *rapid.T) {
				if rapid.IntRange(0, 4).Draw(t, "end now") > 0 {
					return // ending is rare, so that sets run
				}
				err := s.End()
				if ended() {
					expectErr(err, restpause.ErrEnded, "end after the end")
					return
				}
				expectErr(err, nil, "end")
				m.reason = restpause.StopLifter
			},
			"": func(t *rapid.T) {
				r := s.Record()
				if r.Stop.Reason != m.reason {
					t.Fatalf("stop reason %v, model %v (record %+v)", r.Stop.Reason, m.reason, r)
				}
				var want []restpause.Burst
				if len(m.entries) > 0 {
					want = m.entries[1:]
					if diff := cmp.Diff(m.entries[0], r.Activation, recordOpts); diff != "" {
						t.Fatalf("activation differs from what was logged:\n%s", diff)
					}
				}
				if diff := cmp.Diff(want, r.Bursts, recordOpts); diff != "" {
					t.Fatalf("bursts differ from what was logged:\n%s", diff)
				}
				sum := 0
				for _, e := range m.entries {
					sum += e.Reps
				}
				if r.TotalReps() != sum {
					t.Fatalf("TotalReps %d, logged %d", r.TotalReps(), sum)
				}
				if m.maxBursts > 0 && len(r.Bursts) > m.maxBursts {
					t.Fatalf("%d bursts, max %d", len(r.Bursts), m.maxBursts)
				}
				next := s.Next()
				switch {
				case ended():
					if next.Kind != restpause.StepDone || next.Decision != r.Stop {
						t.Fatalf("ended, but Next = %+v", next)
					}
				case !m.activated:
					if next.Kind != restpause.StepActivation {
						t.Fatalf("not activated, but Next = %+v", next)
					}
				default:
					if next.Kind != restpause.StepBurst || next.Burst != len(r.Bursts)+1 {
						t.Fatalf("%d bursts, Next = %+v", len(r.Bursts), next)
					}
				}
				if err := r.Validate(); err != nil {
					t.Fatalf("session record invalid: %v", err)
				}
			},
		})
	})
}

// The presets' max bursts are never exceeded, whatever the lifter logs.
func TestSessionMaxBurstsNeverExceeded(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		presets := []restpause.Protocol{restpause.DefaultProtocol(), restpause.MyoReps(), restpause.MyoRepMatch(), restpause.DC()}
		p := presets[rapid.IntRange(0, len(presets)-1).Draw(t, "preset")]
		s, err := restpause.NewSession(p, start)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.LogActivation(genBurst(true).Draw(t, "activation")); err != nil {
			t.Fatal(err)
		}
		for range 20 {
			err := s.LogBurst(genSessionBurst(p).Draw(t, "burst"))
			if s.Ended() && err != nil && !errors.Is(err, restpause.ErrEnded) {
				t.Fatal(err)
			}
		}
		if n := len(s.Record().Bursts); n > p.MaxBursts {
			t.Fatalf("%s: %d bursts, max %d", p.Name, n, p.MaxBursts)
		}
		if !s.Ended() {
			t.Fatalf("%s: still running after 20 burst attempts", p.Name)
		}
	})
}

// A custom policy that breaks its contract with an unknown reason, signal or
// burst ends the set with StopCustom, and the record still validates and
// survives a JSON round trip.
func TestSessionContainsBrokenPolicy(t *testing.T) {
	for name, d := range map[string]restpause.Decision{
		"unknown reason":   {Reason: 200},
		"unknown signal":   {Reason: restpause.StopTechnique, Signal: 99},
		"burst not logged": {Reason: restpause.StopCustom, Burst: 1, Note: "no burst 1 yet"},
		"burst below -1":   {Reason: restpause.StopCustom, Burst: -2},
	} {
		t.Run(name, func(t *testing.T) {
			p := restpause.Protocol{Name: "broken", Extra: restpause.PolicyFunc(func(*restpause.Record) restpause.Decision { return d })}
			s, err := restpause.NewSession(p, start)
			if err != nil {
				t.Fatal(err)
			}
			must(t, s.LogActivation(restpause.Burst{Reps: 10}))
			r := s.Record()
			want := restpause.Decision{Reason: restpause.StopCustom, Note: "stop policy returned an unknown reason, signal or burst"}
			if r.Stop != want {
				t.Errorf("stop %+v, want %+v", r.Stop, want)
			}
			if err := r.Validate(); err != nil {
				t.Errorf("record invalid: %v", err)
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var back restpause.Record
			if err := json.Unmarshal(b, &back); err != nil {
				t.Errorf("record does not decode: %v", err)
			}
		})
	}
}
