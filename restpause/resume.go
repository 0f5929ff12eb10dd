package restpause

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/repkit/repkit"
)

// This file holds what lets a stateless app run a set across requests: a
// Session's state as plain data, resuming from it, and events that carry a
// sequence number so that a retried request does nothing twice.

// ErrConflict is an event or a saved state that contradicts what the
// session holds: a retried event that differs from the one logged under
// its number, or a state that the protocol given to [Resume] does not
// reproduce.
var ErrConflict = errors.New("conflicts with what was logged")

// A SessionState is everything a [Session] holds, as plain data an app can
// store between requests (it marshals to JSON with the [Record]'s own
// encoding) and give back to [Resume]. The protocol is not in it: a
// protocol's stop rules may be the app's own code, so the app keeps the
// protocol, or looks it up by Record.Protocol in its [Protocols].
//
// The zero SessionState is a set with nothing logged and no date,
// exercise, load or protocol name; Resume refuses it, as [NewSession]
// refuses the zero [Start]. A SessionState is a plain value, safe
// for concurrent reads (its Record's Bursts slice is shared by copies).
// JSON: {"record":{...},"activated":true,"seq":1}.
type SessionState struct {
	// Record is the set so far; its Stop is Continue until the set ends.
	Record Record `json:"record"`
	// Activated reports that the activation set is logged: false means
	// Record.Activation is not logged yet, whatever it holds.
	Activated bool `json:"activated"`
	// Seq is the number of events logged so far (see [Event]).
	Seq int `json:"seq"`
}

// State returns the session's state, an independent copy.
func (s *Session) State() SessionState {
	return SessionState{Record: s.rec.Clone(), Activated: s.activated, Seq: s.Seq()}
}

// Seq returns the number of events logged so far: 1 for the activation
// set, one more for each burst, and one more for an [Session.End]. The
// next event's sequence number is Seq()+1.
func (s *Session) Seq() int {
	n := len(s.rec.Bursts)
	if s.activated {
		n++
	}
	if s.rec.Stop.Reason == StopLifter {
		n++
	}
	return n
}

// Resume restores a session of protocol p from a state that
// [Session.State] returned, by starting the set again and logging what the
// state holds, so that the resumed session is exactly the one saved: its
// Record, its next step and its answers to later logs. It returns an
// error wrapping [ErrConflict] when p is not the protocol the state names
// (Record.Protocol), or does not reproduce the state (it was edited, or
// saved from another protocol of that name): a different stop decision,
// or a different number of events; and the errors of
// [NewSession] and the logs for a state that no session can hold. The
// record's start is checked as NewSession checks a [Start], with the
// fields named by their JSON path in the state: a record with no date, no
// exercise, or a zero external load is a *[FieldError] wrapping
// [repkit.ErrEmpty] for "record.date", "record.exercise" or "record.load";
// a burst after a rest longer than p's [Protocol.LongestBurstRest] is
// refused as [Session.LogBurst] refuses it. So the state of a zero
// [Session], which names no set, does not resume: only a session that
// NewSession started does.
func Resume(p Protocol, st SessionState) (*Session, error) {
	r := &st.Record
	if protocolKey(r.Protocol) != protocolKey(p.Name) {
		return nil, conflict("protocol", r.Protocol, "the state was saved from protocol "+strconv.Quote(r.Protocol)+"; resume with it, not "+strconv.Quote(p.Name))
	}
	start := Start{Date: r.Date, ExerciseID: r.ExerciseID, Exercise: r.Exercise, Load: r.Load, Unit: r.Unit, LoadKind: r.LoadKind}
	if err := start.check("record."); err != nil {
		return nil, err
	}
	s, err := NewSession(p, start)
	if err != nil {
		return nil, err
	}
	if st.Activated {
		if err := s.LogActivation(r.Activation); err != nil {
			return nil, err
		}
	} else if r.Activation != (Burst{}) || len(r.Bursts) > 0 {
		return nil, conflict("activated", "false", "a state with bursts or an activation set has activated true")
	}
	for _, b := range r.Bursts {
		if s.Ended() {
			return nil, conflict("bursts", strconv.Itoa(len(r.Bursts)), "the protocol ends the set before the last burst the state holds")
		}
		if err := s.LogBurst(b); err != nil {
			return nil, err
		}
	}
	if r.Stop.Reason == StopLifter && !s.Ended() {
		if err := s.End(); err != nil {
			return nil, err
		}
	}
	if s.rec.Stop != r.Stop {
		return nil, conflict("stop", r.Stop.Reason.String(), "protocol "+strconv.Quote(p.Name)+" decides "+s.rec.Stop.Reason.String()+" here; resume with the protocol the state was saved from")
	}
	if st.Seq != s.Seq() {
		return nil, conflict("seq", strconv.Itoa(st.Seq), "the state holds "+strconv.Itoa(s.Seq())+" events")
	}
	s.rec.Notes = r.Notes
	return s, nil
}

func conflict(field, value, hint string) error {
	return &FieldError{Field: field, Value: value, Err: ErrConflict, Hint: hint}
}

// An Event is one log of a set, numbered, as an app sends it over a
// network that may deliver a request twice: the activation set (Kind
// [StepActivation], Seq 1), a burst (Kind [StepBurst], Seq 2, 3, ...), or
// the lifter's end of the set (Kind [StepDone]). The zero Event is not a
// valid event. An Event is a plain value, safe for concurrent use; JSON
// carries it as {"seq":2,"kind":"burst","burst":{"reps":4,"rest":20}}; a
// done event leaves the burst out.
type Event struct {
	Seq   int      `json:"seq"`
	Kind  StepKind `json:"kind"`
	Burst Burst    `json:"burst,omitzero"` // the entry, for StepActivation and StepBurst
}

// MarshalJSON writes the event with its burst for an activation or burst
// event, even an entry of no reps ({"reps":0}), and without it for a done
// event that carries none.
func (e Event) MarshalJSON() ([]byte, error) {
	w := eventJSON{Seq: e.Seq, Kind: e.Kind}
	if e.Kind == StepActivation || e.Kind == StepBurst || e.Burst != (Burst{}) {
		w.Burst = &e.Burst
	}
	return json.Marshal(w)
}

type eventJSON struct {
	Seq   int      `json:"seq"`
	Kind  StepKind `json:"kind"`
	Burst *Burst   `json:"burst,omitempty"`
}

// UnmarshalJSON reads what MarshalJSON writes, and refuses
// an activation or burst event without its "burst": a client that forgot
// the entry would otherwise log a set of no reps, which ends the set. An
// entry of no reps is sent as {"reps":0}. On error e is unchanged.
func (e *Event) UnmarshalJSON(data []byte) error {
	var w eventJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if w.Burst == nil && (w.Kind == StepActivation || w.Kind == StepBurst) {
		return &FieldError{Field: "burst", Err: repkit.ErrEmpty,
			Hint: "a " + w.Kind.String() + " event carries the entry the lifter did: give burst, such as {\"reps\":8}, or {\"reps\":0} for none"}
	}
	ne := Event{Seq: w.Seq, Kind: w.Kind}
	if w.Burst != nil {
		ne.Burst = *w.Burst
	}
	*e = ne
	return nil
}

// Apply logs e once. An event numbered Seq()+1 is logged as
// [Session.LogActivation], [Session.LogBurst] or [Session.End] would log
// it, with their errors. An event numbered at or below Seq() is a retry:
// it does nothing when it is the event logged under that number, and
// returns an error wrapping [ErrConflict] when it is not. An event
// numbered past Seq()+1 returns an error wrapping [repkit.ErrOrder]: an
// event before it is missing.
func (s *Session) Apply(e Event) error {
	seq := s.Seq()
	switch {
	case e.Seq <= 0:
		return invalid("seq", strconv.Itoa(e.Seq), "number events from 1: the activation set is 1")
	case e.Seq > seq+1:
		return &FieldError{Field: "seq", Value: strconv.Itoa(e.Seq), Err: repkit.ErrOrder,
			Hint: "event " + strconv.Itoa(seq+1) + " is next; send the missing events first"}
	case e.Seq <= seq:
		if s.logged(e) {
			return nil
		}
		return conflict("seq", strconv.Itoa(e.Seq), "a different event is logged under this number")
	}
	switch e.Kind {
	case StepActivation:
		return s.LogActivation(e.Burst)
	case StepBurst:
		return s.LogBurst(e.Burst)
	case StepDone:
		return s.End()
	}
	return invalid("kind", e.Kind.String(), "give activation, burst or done")
}

// logged reports whether e, numbered at or below Seq(), is the event
// logged under its number.
func (s *Session) logged(e Event) bool {
	k := e.Seq
	if s.activated {
		if k == 1 {
			return e.Kind == StepActivation && e.Burst == s.rec.Activation
		}
		k--
	}
	if k <= len(s.rec.Bursts) {
		return e.Kind == StepBurst && e.Burst == s.rec.Bursts[k-1]
	}
	return e.Kind == StepDone && s.rec.Stop.Reason == StopLifter
}
