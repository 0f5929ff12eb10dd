package mobile

import (
	"github.com/repkit/repkit/restpause"
)

// A Session is one rest-pause set in progress, as restpause.Session: ask
// [Session.Next] what to do, [Session.Apply] each event the lifter logs,
// and [Session.State] to save it between requests. A Session is not safe
// for concurrent use.
type Session struct {
	s *restpause.Session
}

// NewSession starts a set of the protocol (a "protocol" wire value, such
// as [Protocol] returns, or a plan's replacement protocol) from start (a
// "start" wire value: date, exercise, load). A protocol with a stop rule
// of the app's own code cannot travel as text; register it in Go instead.
func NewSession(protocolJSON, startJSON string) (*Session, error) {
	var p restpause.Protocol
	if err := decode("protocol", protocolJSON, &p); err != nil {
		return nil, err
	}
	var st restpause.Start
	if err := decode("start", startJSON, &st); err != nil {
		return nil, err
	}
	s, err := restpause.NewSession(p, st)
	if err != nil {
		return nil, err
	}
	return &Session{s}, nil
}

// ResumeSession restores a set saved with [Session.State] (a
// "session_state" wire value) under its protocol.
func ResumeSession(protocolJSON, stateJSON string) (*Session, error) {
	var p restpause.Protocol
	if err := decode("protocol", protocolJSON, &p); err != nil {
		return nil, err
	}
	var st restpause.SessionState
	if err := decode("state", stateJSON, &st); err != nil {
		return nil, err
	}
	s, err := restpause.Resume(p, st)
	if err != nil {
		return nil, err
	}
	return &Session{s}, nil
}

// Next returns what comes next, as a "step" wire value.
func (s *Session) Next() (string, error) { return encode(s.s.Next()) }

// Apply logs one event (an "event" wire value: seq, kind, burst). An
// event with the number of one already logged and the same content is a
// no-op, so a retried request does no harm; one with other content is an
// error.
func (s *Session) Apply(eventJSON string) error {
	var e restpause.Event
	if err := decode("event", eventJSON, &e); err != nil {
		return err
	}
	return s.s.Apply(e)
}

// State returns everything the set holds, as a "session_state" wire value
// to store and give back to [ResumeSession].
func (s *Session) State() (string, error) { return encode(s.s.State()) }

// Record returns the set so far, as a "record" wire value.
func (s *Session) Record() (string, error) { return encode(s.s.Record()) }

// Ended reports whether the set has ended.
func (s *Session) Ended() bool { return s.s.Ended() }

// Seq returns the number of events logged so far; the next event is
// Seq()+1.
func (s *Session) Seq() int64 { return int64(s.s.Seq()) }
