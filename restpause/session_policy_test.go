package restpause_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// vandal is a stop policy that breaks the read-only contract: it changes
// every field of the record it is handed, every burst, and appends one, and
// then says Continue.
func vandal(r *restpause.Record) restpause.Decision {
	r.Date = time.Date(20000, 1, 1, 0, 0, 0, 0, time.UTC)
	r.ExerciseID = "vandal"
	r.Exercise = "vandal"
	r.Protocol = "vandal"
	r.Load = -1
	r.Activation.Reps = -5
	r.Activation.Rest = -time.Second
	for i := range r.Bursts {
		r.Bursts[i].Reps = 5000
		r.Bursts[i].Signals.Discomfort = 99
	}
	r.Bursts = append(r.Bursts, restpause.Burst{Reps: -1}, restpause.Burst{Reps: -2})
	r.Stop = restpause.Decision{Reason: 250}
	r.Notes = "vandal"
	return restpause.Decision{}
}

// The session's record is the one logged, whatever the policy did to the
// record it was shown.
func TestSessionPolicyCannotChangeRecord(t *testing.T) {
	p := restpause.Protocol{Name: "vandal", Extra: restpause.PolicyFunc(vandal)}
	s, err := restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}
	s.SetNotes("felt fine")
	must(t, s.LogActivation(restpause.Burst{Reps: 12}))
	must(t, s.LogBurst(restpause.Burst{Reps: 5, Rest: 20 * time.Second}))
	must(t, s.LogBurst(restpause.Burst{Reps: 4, Rest: 25 * time.Second}))
	want := restpause.Record{
		Date:       start.Date,
		Exercise:   start.Exercise,
		Protocol:   "vandal",
		Load:       start.Load,
		Activation: restpause.Burst{Reps: 12},
		Bursts:     []restpause.Burst{{Reps: 5, Rest: 20 * time.Second}, {Reps: 4, Rest: 25 * time.Second}},
		Notes:      "felt fine",
	}
	untouched(t, s, want, 3)
}

// A policy that keeps the record it was shown and changes it later, after
// Decide returned, cannot reach the session's record either.
func TestSessionPolicyRetainingRecord(t *testing.T) {
	var kept *restpause.Record
	p := restpause.Protocol{Extra: restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
		kept = r
		return restpause.Decision{}
	})}
	s, err := restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.LogActivation(restpause.Burst{Reps: 12}))
	must(t, s.LogBurst(restpause.Burst{Reps: 5, Rest: 20 * time.Second}))
	kept.Bursts[0].Reps = -3
	kept.Activation.Reps = 2000
	r := s.Record()
	if r.Activation.Reps != 12 || len(r.Bursts) != 1 || r.Bursts[0].Reps != 5 {
		t.Errorf("record changed after Decide returned: %+v", r)
	}
}

// A policy that panics: the log returns an error wrapping ErrPolicy that
// quotes the panic value, the record is as it was before the call, and the
// session can go on or be ended.
func TestSessionPolicyPanics(t *testing.T) {
	panicAt := -1 // panic when the newest entry has this many reps
	p := restpause.Protocol{Name: "panicky", Extra: restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
		last := r.Activation
		if n := len(r.Bursts); n > 0 {
			last = r.Bursts[n-1]
		}
		if last.Reps == panicAt {
			r.Bursts = append(r.Bursts[:0], restpause.Burst{Reps: -1}) // and vandalize on the way out
			r.Activation.Reps = -1
			panic("index out of range [7]")
		}
		return restpause.Decision{}
	})}
	s, err := restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}

	panicAt = 12
	err = s.LogActivation(restpause.Burst{Reps: 12})
	if !errors.Is(err, restpause.ErrPolicy) {
		t.Fatalf("activation with a panicking policy: %v, want ErrPolicy", err)
	}
	const wantMsg = `restpause: stop policy "index out of range [7]": stop policy panicked; ` +
		`the entry was not logged: log it again, or End the set; fix the policy, whose Decide must never panic`
	if err.Error() != wantMsg {
		t.Errorf("message\n%s\nwant\n%s", err, wantMsg)
	}
	if r := s.Record(); r.Activation != (restpause.Burst{}) || r.Ended() {
		t.Errorf("record after the panic: %+v, want no activation and not ended", r)
	}
	if got := s.Next(); got.Kind != restpause.StepActivation {
		t.Errorf("Next after a panicked activation = %+v, want the activation", got)
	}

	panicAt = 4
	must(t, s.LogActivation(restpause.Burst{Reps: 12}))
	must(t, s.LogBurst(restpause.Burst{Reps: 5, Rest: 20 * time.Second}))
	before := s.Record()
	err = s.LogBurst(restpause.Burst{Reps: 4, Rest: 30 * time.Second})
	if !errors.Is(err, restpause.ErrPolicy) {
		t.Fatalf("burst with a panicking policy: %v, want ErrPolicy", err)
	}
	untouched(t, s, before, 2)
	must(t, s.LogBurst(restpause.Burst{Reps: 3, Rest: 30 * time.Second}))
	must(t, s.End())
	r := s.Record()
	if len(r.Bursts) != 2 || r.Bursts[1].Reps != 3 || r.Stop.Reason != restpause.StopLifter {
		t.Errorf("record after going on: %+v", r)
	}
}

// The panic value is quoted in full when short and cut to a short prefix
// when long; an error value keeps its message.
func TestSessionPolicyPanicValue(t *testing.T) {
	for name, tc := range map[string]struct {
		v    any
		want string
	}{
		"error":  {errors.New("boom"), `"boom"`},
		"int":    {42, `"42"`},
		"long":   {strings.Repeat("x", 10000), `"` + strings.Repeat("x", 64) + `..."`},
		"utf8":   {strings.Repeat("é", 100), `"` + strings.Repeat("é", 32) + `..."`},
		"split":  {"a" + strings.Repeat("é", 100), `"a` + strings.Repeat("é", 31) + `..."`}, // byte 64 is inside an é
		"exact":  {strings.Repeat("y", 64), `"` + strings.Repeat("y", 64) + `"`},
		"nilerr": {(*restpause.FieldError)(nil), ``},
	} {
		t.Run(name, func(t *testing.T) {
			p := restpause.Protocol{Extra: restpause.PolicyFunc(func(*restpause.Record) restpause.Decision { panic(tc.v) })}
			s, err := restpause.NewSession(p, start)
			if err != nil {
				t.Fatal(err)
			}
			err = s.LogActivation(restpause.Burst{Reps: 12})
			if !errors.Is(err, restpause.ErrPolicy) || errors.Is(err, repkit.ErrInvalid) {
				t.Fatalf("error %v, want ErrPolicy only", err)
			}
			if tc.want != "" && !strings.Contains(err.Error(), "stop policy "+tc.want+": ") {
				t.Errorf("message %q does not quote %s", err, tc.want)
			}
		})
	}
}

// Showing the policy a copy costs no allocation: a burst logged within the
// capacity NewSession reserved allocates nothing.
func TestSessionLogBurstAllocs(t *testing.T) {
	s, err := restpause.NewSession(restpause.Protocol{Name: "open"}, start) // no max: room for 8 bursts
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.LogActivation(restpause.Burst{Reps: 12}))
	allocs := testing.AllocsPerRun(5, func() { // 6 bursts with the warm-up run
		if err := s.LogBurst(restpause.Burst{Reps: 5, Rest: 20 * time.Second}); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("LogBurst allocates %v times, want 0", allocs)
	}
	if n := len(s.Record().Bursts); n != 6 {
		t.Errorf("%d bursts logged, want 6", n)
	}
}

// untouched checks that s's record is still want (what it was before the
// policy misbehaved), is valid, and that s asks next for burst next.
func untouched(t *testing.T, s *restpause.Session, want restpause.Record, next int) {
	t.Helper()
	r := s.Record()
	if diff := cmp.Diff(want, r, recordOpts); diff != "" {
		t.Errorf("record changed by the policy (-want +got):\n%s", diff)
	}
	if err := r.Validate(); err != nil {
		t.Errorf("record invalid: %v", err)
	}
	if got := s.Next(); got.Kind != restpause.StepBurst || got.Burst != next {
		t.Errorf("Next = %+v, want burst %d", got, next)
	}
}
