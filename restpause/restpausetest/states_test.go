package restpausetest_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

// wantStates is States written out by hand from what each state's name
// promises: a live set of machine chest press at 60 kg, started on
// 1 March 2025 at 18:00 UTC, with an activation set rated RIR 1 and bursts
// after 20 s rests, unless the state is about something else. A test that
// records its own policy's answers on States relies on them staying these.
func wantStates() []restpausetest.State {
	date := time.Date(2025, time.March, 1, 18, 0, 0, 0, time.UTC)
	act := func(reps int) restpause.Burst { return restpause.Burst{Reps: reps, Effort: repkit.AtRIR(1)} }
	live := func(activation restpause.Burst, bursts ...restpause.Burst) restpause.Record {
		return restpause.Record{Date: date, Exercise: "machine chest press", Load: 60_000 * repkit.Gram,
			Activation: activation, Bursts: bursts}
	}
	after20s := func(reps int) restpause.Burst { return restpause.Burst{Reps: reps, Rest: 20 * time.Second} }

	// The very long set: BurstsLimit bursts of 1, 2, 3, 4, 5, 1, 2, ...
	// reps after 25 s rests, at 0.5 m/s.
	var long []restpause.Burst
	for len(long) < restpause.BurstsLimit {
		for reps := 1; reps <= 5; reps++ {
			long = append(long, restpause.Burst{Reps: reps, Rest: 25 * time.Second, MeanVelocity: 0.5})
		}
	}
	long = long[:restpause.BurstsLimit]

	signalled := after20s(3)
	signalled.Signals = restpause.Signals{RangeShortened: true, Discomfort: 3}
	painful := after20s(4)
	painful.Signals = restpause.Signals{PainOrNerve: true}
	rated := func(reps int, e repkit.Effort) restpause.Burst { b := after20s(reps); b.Effort = e; return b }
	fast := act(8)
	fast.MeanVelocity = 0.6
	sped := func(reps int, v float64) restpause.Burst { b := after20s(reps); b.MeanVelocity = v; return b }
	timed := act(12)
	timed.Work = 40 * time.Second
	timedBurst := after20s(5)
	timedBurst.Work = 15 * time.Second

	return []restpausetest.State{
		{Name: "zero record"},
		{Name: "activation only", Record: live(act(12))},
		{Name: "zero-rep activation", Record: live(act(0))},
		{Name: "zero-rep burst", Record: live(act(12), after20s(0))},
		{Name: "zero-rep first burst then more", Record: live(act(12), after20s(0), after20s(3))},
		{Name: "one burst", Record: live(act(12), after20s(4))},
		{Name: "myo-reps 4-4-3", Record: live(act(15), after20s(4), after20s(4), after20s(3))},
		{Name: "rising reps", Record: live(act(6), after20s(2), after20s(3), after20s(4), after20s(5))},
		{Name: "signals", Record: live(act(12), after20s(4), signalled)},
		{Name: "pain", Record: live(act(12), painful)},
		{Name: "efforts", Record: live(act(10), rated(4, repkit.AtRIR(2)), rated(4, repkit.AtRPE(9.5)), rated(3, repkit.AtRIR(0)))},
		{Name: "velocity", Record: live(fast, sped(4, 0.5), sped(3, 0.3))},
		{Name: "measured work", Record: live(timed, timedBurst, after20s(4))},
		{Name: "very long set", Record: live(act(12), long...)},
		{Name: "invalid values", Record: restpause.Record{
			Load:       -repkit.Nanogram, // the lightest negative load
			Activation: restpause.Burst{Reps: -5, Rest: -time.Second},
			Bursts: []restpause.Burst{
				{Reps: -1, Rest: -time.Hour, Work: math.MaxInt64},
				{Reps: 1 << 40, Signals: restpause.Signals{Discomfort: -7}},
			},
		}},
	}
}

// TestStatesAreTheDocumentedOnes pins every field of every state: States
// is exported so that a test can keep its policy's answers on them, and
// those answers are only worth keeping if the states stay put.
func TestStatesAreTheDocumentedOnes(t *testing.T) {
	effort := cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })
	if diff := cmp.Diff(wantStates(), restpausetest.States(), effort); diff != "" {
		t.Errorf("States() differs from the states its names promise (-want +got):\n%s", diff)
	}
}

// TestStatesAreValidSetsButOne: every state but "invalid values" is a
// record that passes Record.Validate, so a policy is asked about sets that
// can happen, and about one that cannot.
func TestStatesAreValidSetsButOne(t *testing.T) {
	for _, st := range restpausetest.States() {
		err := st.Record.Validate()
		if st.Name == "invalid values" {
			if err == nil {
				t.Errorf("%s: Validate passed it", st.Name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", st.Name, err)
		}
	}
}

// TestInvalidValuesBreakEachOnItsOwn: every value the "invalid values"
// state sets is out of range by itself: copied alone into a valid set, it
// makes Record.Validate fail and name that field.
func TestInvalidValuesBreakEachOnItsOwn(t *testing.T) {
	var bad restpause.Record
	for _, st := range restpausetest.States() {
		if st.Name == "invalid values" {
			bad = st.Record
		}
	}
	if len(bad.Bursts) != 2 {
		t.Fatalf("invalid values has %d bursts, want 2", len(bad.Bursts))
	}
	for _, tc := range []struct {
		field string
		set   func(r *restpause.Record)
	}{
		{"load", func(r *restpause.Record) { r.Load = bad.Load }},
		{"activation.reps", func(r *restpause.Record) { r.Activation.Reps = bad.Activation.Reps }},
		{"activation.rest", func(r *restpause.Record) { r.Activation.Rest = bad.Activation.Rest }},
		{"bursts[0].reps", func(r *restpause.Record) { r.Bursts[0].Reps = bad.Bursts[0].Reps }},
		{"bursts[0].rest", func(r *restpause.Record) { r.Bursts[0].Rest = bad.Bursts[0].Rest }},
		{"bursts[0].work", func(r *restpause.Record) { r.Bursts[0].Work = bad.Bursts[0].Work }},
		{"bursts[1].reps", func(r *restpause.Record) { r.Bursts[1].Reps = bad.Bursts[1].Reps }},
		{"bursts[1].signals.discomfort", func(r *restpause.Record) { r.Bursts[1].Signals.Discomfort = bad.Bursts[1].Signals.Discomfort }},
	} {
		r := restpause.Record{Exercise: "machine chest press", Load: 60 * repkit.Kilogram,
			Activation: restpause.Burst{Reps: 12},
			Bursts:     []restpause.Burst{{Reps: 4, Rest: 20 * time.Second}, {Reps: 3, Rest: 20 * time.Second}}}
		if err := r.Validate(); err != nil {
			t.Fatalf("the valid set is not: %v", err)
		}
		tc.set(&r)
		if err := r.Validate(); err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s alone: Validate = %v, want an error naming %s", tc.field, err, tc.field)
		}
	}
}

// TestStatesAreFresh: States returns new records on every call, so a test
// that changes one cannot change what the checker asks about.
func TestStatesAreFresh(t *testing.T) {
	first := restpausetest.States()
	for i := range first {
		first[i].Record.Load = 1
		for j := range first[i].Record.Bursts {
			first[i].Record.Bursts[j].Reps = 77
		}
	}
	effort := cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })
	if diff := cmp.Diff(wantStates(), restpausetest.States(), effort); diff != "" {
		t.Errorf("changing one call's states changed the next call's (-want +got):\n%s", diff)
	}
}
