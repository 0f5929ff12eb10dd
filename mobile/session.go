package mobile

import (
	"errors"

	"github.com/repkit/repkit/restpause"
)

// An ActiveSet is one rest-pause set in progress, as restpause.Session: ask
// [ActiveSet.Next] what to do, [ActiveSet.Apply] each event the lifter logs,
// and [ActiveSet.State] to save it between requests. An ActiveSet is not safe
// for concurrent use.
//
// The zero ActiveSet (which gobind's generated constructor makes) holds
// no set: its methods return an error saying to use StartSet or
// ResumeSet, Ended reports true and Seq 0.
type ActiveSet struct {
	s *restpause.Session
}

var errNoSet = errors.New("mobile: this ActiveSet holds no set; get one from StartSet or ResumeSet")

// StartSet starts a set of the protocol (a "protocol" wire value, such
// as [LookupProtocol] returns, or a plan's replacement protocol) from start (a
// "start" wire value: date, exercise, load). A protocol with a stop rule
// of the app's own code cannot travel as text; register it in Go instead.
func StartSet(protocolJSON, startJSON string) (*ActiveSet, error) {
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
	return &ActiveSet{s}, nil
}

// ResumeSet restores a set saved with [ActiveSet.State] (a
// "session_state" wire value) under its protocol.
func ResumeSet(protocolJSON, stateJSON string) (*ActiveSet, error) {
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
	return &ActiveSet{s}, nil
}

// Next returns what comes next, as a "step" wire value.
func (s *ActiveSet) Next() (string, error) {
	if s == nil || s.s == nil {
		return "", errNoSet
	}
	return encode(s.s.Next())
}

// Apply logs one event (an "event" wire value: seq, kind, burst). An
// event with the number of one already logged and the same content is a
// no-op, so a retried request does no harm; one with other content is an
// error.
func (s *ActiveSet) Apply(eventJSON string) error {
	if s == nil || s.s == nil {
		return errNoSet
	}
	var e restpause.Event
	if err := decode("event", eventJSON, &e); err != nil {
		return err
	}
	return s.s.Apply(e)
}

// State returns everything the set holds, as a "session_state" wire value
// to store and give back to [ResumeSet].
func (s *ActiveSet) State() (string, error) {
	if s == nil || s.s == nil {
		return "", errNoSet
	}
	return encode(s.s.State())
}

// Record returns the set so far, as a "record" wire value.
func (s *ActiveSet) Record() (string, error) {
	if s == nil || s.s == nil {
		return "", errNoSet
	}
	return encode(s.s.Record())
}

// Ended reports whether the set has ended.
func (s *ActiveSet) Ended() bool { return s == nil || s.s == nil || s.s.Ended() }

// Seq returns the number of events logged so far; the next event is
// Seq()+1.
func (s *ActiveSet) Seq() int64 {
	if s == nil || s.s == nil {
		return 0
	}
	return int64(s.s.Seq())
}
