package restpause_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/restpause"
)

var presets = []func() restpause.Protocol{restpause.DefaultProtocol, restpause.MyoReps, restpause.MyoRepMatch, restpause.DC, restpause.DCHigh}

// drawEvents draws the events of one set: the activation set, bursts with
// rests, perhaps a signal, perhaps the lifter's end.
func drawEvents(t *rapid.T) []restpause.Event {
	n := rapid.IntRange(0, 10).Draw(t, "bursts")
	evs := []restpause.Event{{Seq: 1, Kind: restpause.StepActivation, Burst: restpause.Burst{
		Reps: rapid.IntRange(0, 25).Draw(t, "activation"), Effort: gen.Effort().Draw(t, "activation effort")}}}
	for i := range n {
		b := restpause.Burst{
			Reps:   rapid.IntRange(0, 12).Draw(t, "reps"),
			Rest:   time.Duration(rapid.IntRange(5, 40).Draw(t, "rest s")) * time.Second,
			Effort: gen.Effort().Draw(t, "effort"),
		}
		b.Signals.RangeShortened = rapid.IntRange(0, 9).Draw(t, "shortened") == 0
		evs = append(evs, restpause.Event{Seq: i + 2, Kind: restpause.StepBurst, Burst: b})
	}
	if rapid.Bool().Draw(t, "end") {
		evs = append(evs, restpause.Event{Seq: len(evs) + 1, Kind: restpause.StepDone})
	}
	return evs
}

// runEvents applies evs in order until the set ends, as an app that stops
// sending once the session says the set is done.
func runEvents(t *rapid.T, p restpause.Protocol, start restpause.Start, evs []restpause.Event, interrupt bool) restpause.Record {
	s, err := restpause.NewSession(p, start)
	if err != nil {
		t.Fatal(err)
	}
	restore := func() {
		b, err := json.Marshal(s.State())
		if err != nil {
			t.Fatalf("marshal state: %v", err)
		}
		var st restpause.SessionState
		if err := json.Unmarshal(b, &st); err != nil {
			t.Fatalf("unmarshal state %s: %v", b, err)
		}
		if s, err = restpause.Resume(p, st); err != nil {
			t.Fatalf("resume %s: %v", b, err)
		}
	}
	for _, e := range evs {
		if s.Ended() {
			break
		}
		if interrupt && rapid.Bool().Draw(t, "save and restore") {
			restore()
		}
		if err := s.Apply(e); err != nil {
			t.Fatalf("apply %+v: %v", e, err)
		}
		if interrupt && rapid.Bool().Draw(t, "retry") {
			before := s.Record()
			if err := s.Apply(e); err != nil {
				t.Fatalf("retried %+v: %v", e, err)
			}
			changed := e
			changed.Burst.Reps++
			if e.Kind != restpause.StepDone {
				if err := s.Apply(changed); !errors.Is(err, restpause.ErrConflict) {
					t.Fatalf("a different event under seq %d: %v; want ErrConflict", e.Seq, err)
				}
			}
			if diff := cmp.Diff(before, s.Record(), recordOpts); diff != "" {
				t.Fatalf("a retry changed the record (-before +after):\n%s", diff)
			}
		}
	}
	if interrupt && rapid.Bool().Draw(t, "save and restore at the end") {
		restore()
	}
	return s.Record()
}

// TestResumeEqualsUninterrupted: a set run with save, JSON and restore at
// random points, and with retried and conflicting events, gives exactly
// the Record of the same set run without interruption.
func TestResumeEqualsUninterrupted(t *testing.T) { rapid.Check(t, resumeEqualsUninterrupted) }

// FuzzResume is TestResumeEqualsUninterrupted as a go test -fuzz target.
func FuzzResume(f *testing.F) { f.Fuzz(rapid.MakeFuzz(resumeEqualsUninterrupted)) }

func resumeEqualsUninterrupted(t *rapid.T) {
	p := presets[rapid.IntRange(0, len(presets)-1).Draw(t, "protocol")]()
	start := restpause.Start{Date: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC), Exercise: "Cable Row", ExerciseID: "seated-cable-row",
		Load: 40 * repkit.Kilogram, Unit: repkit.UnitKilogram}
	evs := drawEvents(t)
	want := runEvents(t, p, start, evs, false)
	got := runEvents(t, p, start, evs, true)
	if diff := cmp.Diff(want, got, recordOpts); diff != "" {
		t.Fatalf("interrupted run differs (-uninterrupted +interrupted):\n%s", diff)
	}
}

func TestApplyErrors(t *testing.T) {
	s, err := restpause.NewSession(restpause.DC(), restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(restpause.Event{Seq: 2, Kind: restpause.StepBurst, Burst: restpause.Burst{Reps: 3, Rest: 20 * time.Second}}); !errors.Is(err, repkit.ErrOrder) {
		t.Errorf("event 2 before event 1: %v; want ErrOrder", err)
	}
	if err := s.Apply(restpause.Event{}); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("the zero event: %v; want ErrInvalid", err)
	}
	if s.Seq() != 0 {
		t.Errorf("Seq after refused events = %d; want 0", s.Seq())
	}
}

func TestResumeConflicts(t *testing.T) {
	s, err := restpause.NewSession(restpause.DC(), restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []restpause.Event{{Seq: 1, Kind: restpause.StepActivation, Burst: restpause.Burst{Reps: 10}},
		{Seq: 2, Kind: restpause.StepBurst, Burst: restpause.Burst{Reps: 4, Rest: 20 * time.Second}}} {
		if err := s.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	st := s.State()
	// DC continues after 10+4; a protocol with one burst at most ended the
	// set there, so it does not reproduce the state.
	one := restpause.DC()
	one.MaxBursts = 1
	if _, err := restpause.Resume(one, st); !errors.Is(err, restpause.ErrConflict) {
		t.Errorf("resume with another protocol: %v; want ErrConflict", err)
	}
	bad := st
	bad.Seq = 5
	if _, err := restpause.Resume(restpause.DC(), bad); !errors.Is(err, restpause.ErrConflict) {
		t.Errorf("resume with a wrong seq: %v; want ErrConflict", err)
	}
	notYet := st
	notYet.Activated = false
	if _, err := restpause.Resume(restpause.DC(), notYet); !errors.Is(err, restpause.ErrConflict) {
		t.Errorf("bursts with the activation not logged: %v; want ErrConflict", err)
	}
	// "Activation not logged yet" is representable and resumes to the
	// activation step.
	fresh, err := restpause.Resume(restpause.DC(), restpause.SessionState{Record: restpause.Record{Date: start.Date, Exercise: "Cable Row", Protocol: "dc", Load: 40 * repkit.Kilogram}})
	if err != nil {
		t.Fatal(err)
	}
	if k := fresh.Next().Kind; k != restpause.StepActivation {
		t.Errorf("a resumed fresh state's next step = %v; want activation", k)
	}
}

func TestProtocolsLookup(t *testing.T) {
	var ps restpause.Protocols
	for _, p := range presets {
		want := p()
		got, err := ps.Lookup(strings.ToUpper(want.Name))
		if err != nil || got.Name != want.Name || got.TotalRepRange != want.TotalRepRange {
			t.Errorf("Lookup(%q) = %v, %v", want.Name, got.Name, err)
		}
	}
	// Older records' spellings find their protocols.
	if p, err := ps.Lookup("myo-rep match"); err != nil || p.Name != "myo-rep-match" {
		t.Errorf(`Lookup("myo-rep match") = %q, %v`, p.Name, err)
	}
	// A custom protocol with the app's own stop rule comes back by name,
	// rule and all.
	custom := restpause.DC()
	custom.Name = "bar speed"
	custom.Extra = restpause.PolicyFunc(func(*restpause.Record) restpause.Decision { return restpause.Decision{Reason: restpause.StopCustom} })
	if err := ps.Register(custom); err != nil {
		t.Fatal(err)
	}
	got, err := ps.Lookup("Bar_Speed")
	if err != nil || got.Extra == nil {
		t.Fatalf("Lookup(Bar_Speed) = %+v, %v", got, err)
	}
	for _, bad := range []restpause.Protocol{{}, restpause.DC()} {
		if err := ps.Register(bad); !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("Register(%q) = %v; want ErrInvalid", bad.Name, err)
		}
	}
	if _, err := ps.Lookup("german volume"); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Lookup of an unknown name: %v; want ErrUnknownName", err)
	}
}

// TestStepJSON: every kind of step marshals, and reads back the same.
func TestStepJSON(t *testing.T) {
	for _, p := range presets {
		s, err := restpause.NewSession(p(), restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
		if err != nil {
			t.Fatal(err)
		}
		steps := []restpause.Step{s.Next()}
		if err := s.LogActivation(restpause.Burst{Reps: 12}); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, s.Next())
		if err := s.End(); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, s.Next())
		for _, st := range steps {
			b, err := json.Marshal(st)
			if err != nil {
				t.Fatalf("%s %v step: %v", p().Name, st.Kind, err)
			}
			var back restpause.Step
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: %v", b, err)
			}
			if diff := cmp.Diff(st, back); diff != "" {
				t.Errorf("%s round trip (-want +got):\n%s", b, diff)
			}
		}
	}
}

func TestRPERangeText(t *testing.T) {
	for _, r := range []restpause.RPERange{{}, {Min: 10, Max: 10}, {Min: 8, Max: 9}, {Min: 7.5, Max: 8.5}} {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back restpause.RPERange
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%q read back as %v, %v", b, back, err)
		}
	}
	for _, bad := range []string{"8-9", "rpe 9-8", "rpe 11", "rpe x"} {
		var r restpause.RPERange
		if err := r.UnmarshalText([]byte(bad)); !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("%q: %v; want ErrInvalid", bad, err)
		}
	}
}

// TestResumeNamesItsProtocol: a state resumes only with the protocol it
// names, and two plans with different targets give protocols of different
// names, so a Protocols holding both resumes each with its own.
func TestResumeNamesItsProtocol(t *testing.T) {
	s, err := restpause.NewSession(restpause.DC(), restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := restpause.Resume(restpause.MyoReps(), s.State()); !errors.Is(err, restpause.ErrConflict) {
		t.Errorf("resume a dc state with myo-reps: %v; want ErrConflict", err)
	}
	a := restpause.Replacement{Activation: 12, Bursts: 2, BurstReps: repkit.RepRange{Min: 3, Max: 4}, Rest: 20 * time.Second, TotalReps: 20}.Protocol()
	b := restpause.Replacement{Activation: 10, Bursts: 2, BurstReps: repkit.RepRange{Min: 2, Max: 4}, Rest: 20 * time.Second, TotalReps: 18}.Protocol()
	if a.Name == b.Name {
		t.Fatalf("two plans with different targets share the name %q", a.Name)
	}
	var ps restpause.Protocols
	for _, p := range []restpause.Protocol{a, b} {
		if err := ps.Register(p); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := ps.Lookup(a.Name); err != nil || got.Activation != a.Activation || got.Burst != a.Burst {
		t.Errorf("Lookup(%q) = %+v, %v", a.Name, got, err)
	}
}

// The zero SessionState names no set, so Resume refuses it as NewSession
// refuses the zero Start; a state with nothing logged but a date, an
// exercise and a load resumes with the zero Protocol as a fresh set.
func TestResumeZeroState(t *testing.T) {
	_, err := restpause.Resume(restpause.Protocol{}, restpause.SessionState{})
	var fe *restpause.FieldError
	if !errors.As(err, &fe) || fe.Field != "record.date" || !errors.Is(err, repkit.ErrEmpty) {
		t.Errorf("Resume of the zero state: %v; want a record.date FieldError wrapping ErrEmpty", err)
	}
	var unnamed restpause.Session
	must(t, unnamed.LogActivation(restpause.Burst{Reps: 10}))
	if _, err := restpause.Resume(restpause.Protocol{}, unnamed.State()); !errors.As(err, &fe) || fe.Field != "record.date" {
		t.Errorf("Resume of a zero Session's state: %v; want a record.date FieldError", err)
	}
	s, err := restpause.Resume(restpause.Protocol{}, restpause.SessionState{Record: restpause.Record{Date: start.Date, Exercise: "curl", Load: 10 * repkit.Kilogram}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Seq() != 0 || s.Next().Kind != restpause.StepActivation {
		t.Errorf("zero state resumed at seq %d, next %v; want 0, activation", s.Seq(), s.Next().Kind)
	}
}

// An activation or burst event without its entry is refused, naming the
// key, where encoding/json alone would log a set of no reps and end it; a
// done event needs none, and {"reps":0} still logs an entry of no reps.
func TestEventJSONNeedsItsEntry(t *testing.T) {
	for _, text := range []string{`{"seq":1,"kind":"activation"}`, `{"seq":2,"kind":"burst","burst":null}`} {
		e := restpause.Event{Seq: 9}
		err := json.Unmarshal([]byte(text), &e)
		if !errors.Is(err, repkit.ErrEmpty) || !strings.Contains(err.Error(), `burst "": empty value; a `) || e.Seq != 9 {
			t.Errorf("%s: err %v, event %+v; want the missing burst named and the event unchanged", text, err, e)
		}
	}
	for text, want := range map[string]restpause.Event{
		`{"seq":3,"kind":"done"}`:                                            {Seq: 3, Kind: restpause.StepDone},
		`{"seq":2,"kind":"burst","burst":{"reps":0}}`:                        {Seq: 2, Kind: restpause.StepBurst},
		`{"seq":1,"kind":"activation","burst":{"reps":12,"effort":"rir 2"}}`: {Seq: 1, Kind: restpause.StepActivation, Burst: restpause.Burst{Reps: 12, Effort: repkit.AtRIR(2)}},
	} {
		var e restpause.Event
		if err := json.Unmarshal([]byte(text), &e); err != nil || e != want {
			t.Errorf("%s = %+v, %v; want %+v", text, e, err, want)
		}
	}
}

func TestEventJSONKeepsAnEntryOfNoReps(t *testing.T) {
	for e, want := range map[restpause.Event]string{
		{Seq: 2, Kind: restpause.StepBurst}: `{"seq":2,"kind":"burst","burst":{"reps":0}}`,
		{Seq: 4, Kind: restpause.StepDone}:  `{"seq":4,"kind":"done"}`,
	} {
		b, err := json.Marshal(e)
		if err != nil || string(b) != want {
			t.Errorf("Marshal(%+v) = %s, %v; want %s", e, b, err, want)
		}
		var back restpause.Event
		if err := json.Unmarshal(b, &back); err != nil || back != e {
			t.Errorf("%s reads back as %+v, %v", b, back, err)
		}
	}
}

// json.Marshal of a Session is an error saying what to store, never the
// silent {} that would lose the set.
func TestSessionIsNotWireData(t *testing.T) {
	s, err := restpause.NewSession(restpause.MyoReps(), start)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := json.Marshal(s); err == nil || !strings.Contains(err.Error(), "store Session.State()") {
		t.Errorf("json.Marshal(session) = %s, %v; want an error naming State", b, err)
	}
	if err := json.Unmarshal([]byte(`{}`), s); err == nil || !strings.Contains(err.Error(), "Resume") {
		t.Errorf("json.Unmarshal into a Session: %v; want an error naming Resume", err)
	}
}
