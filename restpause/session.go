package restpause

import (
	"strconv"
	"time"

	"github.com/repkit/repkit"
)

// A StepKind says what a [Session] expects next. The zero StepKind is
// StepNone, which a Session never returns.
type StepKind uint8

// The kinds of step.
const (
	StepNone       StepKind = iota // no step; the zero value
	StepActivation                 // do the activation set
	StepBurst                      // rest, then do a burst
	StepDone                       // the set has ended; see Step.Decision
	numStepKinds
)

var stepKindNames = []string{
	"none",
	"activation",
	"burst",
	"done",
}

// A Step is what comes next in a [Session]: the activation set with its
// targets, a rest and then a burst with its targets, or the end and why.
// Zero targets are "not prescribed".
type Step struct {
	Kind     StepKind
	Burst    int             // StepBurst: the number of the burst to do, from 1
	Reps     repkit.RepRange // StepActivation, StepBurst: target reps
	RPE      RPERange        // StepActivation: target effort
	Rest     Rest            // StepBurst: the rest to take first
	Decision Decision        // StepDone: why the set ended
}

// Start names the set a [Session] runs: when, which exercise, and the load
// used for every entry. Date is the app's clock reading; Session never reads
// a clock.
type Start struct {
	Date       time.Time
	ExerciseID string
	Exercise   string
	Load       repkit.Load
}

// A Session runs one rest-pause set as a state machine that the app drives
// and times: ask [Session.Next] what comes next, do it, log it with
// [Session.LogActivation] or [Session.LogBurst] (rests measured by the app
// and passed in), and read the [Record] at any time. After every log the
// session asks the protocol's stop policy, wrapped in [Guard], whether the
// set ends. It also ends when the lifter calls [Session.End], and at
// [BurstsLimit] bursts if no stop rule ended it sooner (StopBurstLimit).
//
// A call that is out of order, a log after the end, or an impossible value
// returns an error (wrapping [repkit.ErrOrder], [ErrEnded] or [repkit.ErrInvalid]) and
// changes nothing. A Session is not safe for concurrent use; its Records
// are independent copies.
//
// The zero Session is ready to use and behaves as NewSession(Protocol{},
// Start{}) would: a set with no date, exercise or load that runs the zero
// [Protocol], so only the rules that are always on end it (pain or nerve
// symptoms, an entry with no reps, the technique guard, BurstsLimit and
// Session.End). Use [NewSession] to name the set, give its load and choose
// a protocol.
type Session struct {
	protocol  Protocol
	policy    StopPolicy
	rec       Record
	activated bool
}

// NewSession starts a set of protocol p. It returns an error wrapping
// [repkit.ErrInvalid] if p fails [Protocol.Validate] or start has a load or date
// that a [Record] cannot hold.
func NewSession(p Protocol, start Start) (*Session, error) {
	policy, err := p.Policy()
	if err != nil {
		return nil, err
	}
	s := &Session{protocol: p, policy: Guard(policy)}
	s.rec = Record{
		Date:       start.Date,
		ExerciseID: start.ExerciseID,
		Exercise:   start.Exercise,
		Protocol:   p.Name,
		Load:       start.Load,
	}
	if err := s.rec.Validate(); err != nil {
		return nil, err
	}
	n := p.MaxBursts
	if n == 0 || n > 8 {
		n = 8
	}
	s.rec.Bursts = make([]Burst, 0, n)
	return s, nil
}

// Protocol returns the protocol the session runs.
func (s *Session) Protocol() Protocol { return s.protocol }

// Next returns what comes next.
func (s *Session) Next() Step {
	switch {
	case s.rec.Ended():
		return Step{Kind: StepDone, Decision: s.rec.Stop}
	case !s.activated:
		return Step{Kind: StepActivation, Reps: s.protocol.Activation, RPE: s.protocol.ActivationRPE}
	}
	return Step{Kind: StepBurst, Burst: len(s.rec.Bursts) + 1, Reps: s.protocol.Burst, Rest: s.protocol.Rest}
}

// Ended reports whether the set has ended.
func (s *Session) Ended() bool { return s.rec.Ended() }

// LogActivation records the activation set. b.Rest must be zero. It
// returns an error wrapping ErrEnded after the end, ErrOrder if the
// activation set was already logged, and ErrInvalid for impossible values.
func (s *Session) LogActivation(b Burst) error {
	if err := s.open("activation"); err != nil {
		return err
	}
	if s.activated {
		return &FieldError{Field: "activation.reps", Value: strconv.Itoa(b.Reps), Err: repkit.ErrOrder,
			Hint: "the activation set is already logged; log the sets after it as bursts"}
	}
	if err := b.validate("activation"); err != nil {
		return err
	}
	if b.Rest != 0 {
		return invalid("activation.rest", b.Rest.String(), "give 0s: the activation set has no rest before it")
	}
	s.rec.Activation = b
	s.activated = true
	s.decide()
	return nil
}

// LogBurst records the next burst; b.Rest is the rest taken before it, as
// the app measured it. It returns an error wrapping ErrEnded after the end,
// ErrOrder before the activation set, and ErrInvalid for impossible values.
func (s *Session) LogBurst(b Burst) error {
	n := len(s.rec.Bursts) + 1
	if err := s.open("burst " + strconv.Itoa(n)); err != nil {
		return err
	}
	if !s.activated {
		return &FieldError{Field: "bursts[" + strconv.Itoa(n-1) + "].reps", Value: strconv.Itoa(b.Reps), Err: repkit.ErrOrder,
			Hint: "log the activation set first"}
	}
	if err := b.validate("bursts[" + strconv.Itoa(n-1) + "]"); err != nil {
		return err
	}
	s.rec.Bursts = append(s.rec.Bursts, b)
	s.decide()
	return nil
}

// End ends the set at the lifter's word (StopLifter), at any point before
// the session has ended on its own; afterwards it returns an error wrapping
// ErrEnded.
func (s *Session) End() error {
	if err := s.open("a second end"); err != nil {
		return err
	}
	s.rec.Stop = Decision{Reason: StopLifter}
	return nil
}

// SetNotes stores the lifter's tolerance notes, replacing earlier ones. Notes
// may be written at any time, also after the end.
func (s *Session) SetNotes(notes string) { s.rec.Notes = notes }

// Remarks returns where the set so far left the protocol's targets; see
// [Protocol.Remarks].
func (s *Session) Remarks() []Remark { return s.protocol.Remarks(&s.rec) }

// Record returns a copy of the set so far; its Stop is Continue until the
// set ends.
func (s *Session) Record() Record { return s.rec.Clone() }

// open reports ErrEnded for a log of what (such as "burst 3") after the end.
func (s *Session) open(what string) error {
	if s.rec.Ended() {
		return &FieldError{Field: "stop.reason", Value: s.rec.Stop.Reason.String(), Err: ErrEnded,
			Hint: what + " cannot be logged after the end; start a new Session for the next set"}
	}
	return nil
}

func (s *Session) decide() {
	if s.policy == nil {
		// The zero Session runs the zero Protocol, whose policy cannot fail.
		p, _ := Protocol{}.Policy()
		s.policy = Guard(p)
	}
	d := s.policy.Decide(&s.rec)
	if !d.Stop() && len(s.rec.Bursts) >= BurstsLimit {
		d = Decision{Reason: StopBurstLimit, Value: int64(len(s.rec.Bursts)), Limit: BurstsLimit}
	}
	if !d.Reason.Valid() || !d.Signal.Valid() || !d.burstIn(len(s.rec.Bursts)) {
		// A policy outside this package broke its contract; end the set
		// rather than record a reason, signal or entry no one can read back
		// (the Record would fail Validate and its JSON would not decode).
		d = Decision{Reason: StopCustom, Note: "stop policy returned an unknown reason, signal or burst"}
	}
	s.rec.Stop = d
}
