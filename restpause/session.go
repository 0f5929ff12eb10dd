package restpause

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
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
//
// Step marshals to JSON with snake_case keys, leaving out the targets that
// are not prescribed and the fields of other kinds of step:
// {"kind":"burst","burst":1,"reps":{"min":3,"max":5},"rest":{"min_breaths":3,"max_breaths":5}}.
// A Step is a plain value, safe for concurrent use.
type Step struct {
	Kind     StepKind        `json:"kind"`
	Burst    int             `json:"burst,omitempty"`   // StepBurst: the number of the burst to do, from 1
	Reps     repkit.RepRange `json:"reps,omitzero"`     // StepActivation, StepBurst: target reps
	RPE      RPERange        `json:"rpe,omitzero"`      // StepActivation: target effort
	Rest     Rest            `json:"rest,omitzero"`     // StepBurst: the rest to take first
	Decision Decision        `json:"decision,omitzero"` // StepDone: why the set ended
}

// Start names the set a [Session] runs: when, which exercise, and the load
// used for every entry, with the lifter's unit to show it in (the zero
// UnitUnknown shows kilograms) and what it means (LoadKind, the zero value
// external; see [Record.LoadKind]). Date is the app's clock reading;
// Session never reads a clock.
//
// [NewSession] requires a set to be named: a Date, an exercise (Exercise
// or ExerciseID, not only spaces), and for an external load (the zero
// LoadKind) a Load above zero. A body-weight load of zero is body weight
// alone and an assisted load of zero is no assistance, so those may be
// zero. The zero Start names nothing, and NewSession refuses it. A Start
// is a plain value, safe for concurrent use; JSON carries it with the keys
// and encodings of the same fields of a [Record].
type Start struct {
	Date       time.Time       `json:"date"`                  // when the set starts; RFC 3339 in JSON
	ExerciseID string          `json:"exercise_id,omitempty"` // catalog id, if any
	Exercise   string          `json:"exercise"`              // name as shown to the lifter
	Load       repkit.Load     `json:"load"`                  // the load of every entry, as text such as "60kg"
	Unit       repkit.Unit     `json:"unit,omitzero"`         // the lifter's unit; omitted when unknown
	LoadKind   repkit.LoadKind `json:"load_kind,omitempty"`   // what Load means; omitted when external
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
// changes nothing.
//
// A stop policy that breaks its contract cannot corrupt the set: the policy
// is shown a copy of the record, so a policy that modifies it, or keeps it
// and modifies it later, changes nothing the session holds; a decision with
// an unknown reason, signal or burst ends the set with StopCustom; and a
// policy that panics makes the log return an error wrapping [ErrPolicy]
// that quotes the panic value, with the entry not logged and the session
// as it was before the call, so the app can log it again or End the set.
//
// A Session is not safe for concurrent use; its Records are independent
// copies. A Session is not wire data: store [Session.State], a
// [SessionState], and [Resume] from it.
//
// The zero Session is ready to use, for code that builds one directly, as
// an unnamed set: no date, exercise or load, running the zero [Protocol],
// so only the rules that are always on end it (pain or nerve symptoms, an
// entry with no reps, the technique guard, BurstsLimit and Session.End),
// and a burst may follow a rest of up to [UnprescribedBurstRest]. It is
// not a set [NewSession] or [Resume] would start: they refuse a [Start]
// with no date, exercise or load, so its [Session.State] does not resume.
// Use NewSession to name the set, give its load and choose a protocol.
type Session struct {
	protocol  Protocol
	rec       Record
	activated bool
	// view is the copy of rec, with the entry being logged, that a
	// protocol's Extra policy is shown, and scratch the burst array behind
	// it, both allocated on its first decision. A policy that writes to or
	// keeps what it is shown (breaking its contract) so reaches neither rec
	// nor a Record the app holds. repkit's own rules, which only read, are
	// shown rec itself with the entry in place (see decide).
	view    *Record
	scratch []Burst
	// bursts backs rec.Bursts when the protocol stops by inlineBursts
	// bursts, so such a session is one allocation.
	bursts [inlineBursts]Burst
}

// inlineBursts is how many bursts a [Session] holds in itself; a protocol
// that allows more gets an array of up to sessionBursts bursts beside it,
// and a record grows past that as bursts are logged.
const (
	inlineBursts  = 3
	sessionBursts = 8
)

// NewSession starts a set of protocol p. It returns an error wrapping
// [repkit.ErrInvalid] if p fails [Protocol.Validate] or start has a load or date
// that a [Record] cannot hold, and a *[FieldError] wrapping
// [repkit.ErrEmpty] for a start that names no set (see [Start]): field
// "start.date" for the zero Date, "start.exercise" for no Exercise and no
// ExerciseID, "start.load" for a zero external Load (unless the exercise is
// a catalog exercise with a band, whose pull is no weighed load).
func NewSession(p Protocol, start Start) (*Session, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := start.check("start."); err != nil {
		return nil, err
	}
	s := &Session{protocol: p}
	s.rec = Record{
		Date:       start.Date,
		ExerciseID: start.ExerciseID,
		Exercise:   start.Exercise,
		Protocol:   p.Name,
		Load:       start.Load,
		Unit:       start.Unit,
		LoadKind:   start.LoadKind,
	}
	if err := s.rec.Validate(); err != nil {
		return nil, err
	}
	n := p.MaxBursts
	if n == 0 || n > sessionBursts {
		n = sessionBursts
	}
	buf := s.bursts[:]
	if n > inlineBursts {
		buf = make([]Burst, n)
	}
	s.rec.Bursts = buf[:0:n]
	return s, nil
}

// check reports what makes st no set that NewSession starts, naming the
// field after prefix ("start." or, for [Resume], "record.").
func (st *Start) check(prefix string) error {
	if st.Date.IsZero() {
		return &FieldError{Field: prefix + "date", Value: st.Date.Format(time.RFC3339), Err: repkit.ErrEmpty,
			Hint: "give when the set starts, from the app's clock, such as 2026-03-02T18:30:00Z"}
	}
	if strings.TrimSpace(st.Exercise) == "" && strings.TrimSpace(st.ExerciseID) == "" {
		return &FieldError{Field: prefix + "exercise", Value: st.Exercise, Err: repkit.ErrEmpty,
			Hint: "give the exercise's name as the lifter sees it, such as \"cable fly\", or its catalog id"}
	}
	if st.Load == 0 && st.LoadKind == repkit.LoadExternal && !st.band() {
		return &FieldError{Field: prefix + "load", Value: st.Load.String(), Err: repkit.ErrEmpty,
			Hint: "give the weight lifted, such as 60kg; for body-weight work set load_kind bodyweight (0kg is body weight alone); band work names its band, such as \"Band Pull-Apart\""}
	}
	return nil
}

// band reports whether the start's exercise is done with a resistance
// band: a catalog exercise with band equipment, or a name that says band
// ("Band Pull-Apart", "Banded Face Pull", "Face Pull (Band)"), as apps
// name band work the catalog may not hold. A band's pull is not a weighed
// load, so apps log band work at zero, and a zero Load is the band alone.
func (st *Start) band() bool {
	ex, ok := exercise.ByID(st.ExerciseID)
	if !ok {
		ex, ok = exercise.Lookup(st.Exercise)
	}
	if ok {
		return ex.Equipment == exercise.Band
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(st.Exercise), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "band" || w == "bands" || w == "banded" {
			return true
		}
	}
	return false
}

// MarshalJSON refuses: a Session is not wire data, and encoding/json would
// otherwise write {} and lose the set without a word. Marshal
// [Session.State] and give it back to [Resume].
func (s *Session) MarshalJSON() ([]byte, error) { return nil, errNotWire }

// UnmarshalJSON refuses, as MarshalJSON does: read a [SessionState] and
// [Resume] from it.
func (s *Session) UnmarshalJSON([]byte) error { return errNotWire }

var errNotWire = &FieldError{Field: "session", Err: repkit.ErrInvalid,
	Hint: "a Session is not wire data: store Session.State(), a SessionState, and Resume from it"}

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
// activation set was already logged, ErrInvalid for impossible values, and
// ErrPolicy if the stop policy panicked; on error nothing is logged.
func (s *Session) LogActivation(b Burst) error {
	if err := s.open("activation", 0); err != nil {
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
	return s.keep(b, true)
}

// LogBurst records the next burst; b.Rest is the rest taken before it, as
// the app measured it, or zero when not timed. It returns an error
// wrapping ErrEnded after the end, ErrOrder before the activation set,
// ErrInvalid for impossible values and for a rest longer than the
// protocol's [Protocol.LongestBurstRest] (field "bursts[N].rest": the
// entry is not a burst of this set but a new set), and ErrPolicy if the
// stop policy panicked; on error nothing is logged.
func (s *Session) LogBurst(b Burst) error {
	n := len(s.rec.Bursts) + 1
	if err := s.open("burst", n); err != nil {
		return err
	}
	if !s.activated {
		return &FieldError{Field: "bursts[" + strconv.Itoa(n-1) + "].reps", Value: strconv.Itoa(b.Reps), Err: repkit.ErrOrder,
			Hint: "log the activation set first"}
	}
	if err := b.validate(""); err != nil {
		return atField(err, "bursts["+strconv.Itoa(n-1)+"]")
	}
	if err := s.protocol.burstRestProblem(n, b.Rest); err != nil {
		return err
	}
	return s.keep(b, false)
}

// End ends the set at the lifter's word (StopLifter), at any point before
// the session has ended on its own; afterwards it returns an error wrapping
// ErrEnded.
func (s *Session) End() error {
	if err := s.open("a second end", 0); err != nil {
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

// open reports ErrEnded for a log of what, burst n if n is positive (such
// as "burst 3"), after the end. It builds the words only for the error.
func (s *Session) open(what string, n int) error {
	if s.rec.Ended() {
		if n > 0 {
			what += " " + strconv.Itoa(n)
		}
		return &FieldError{Field: "stop.reason", Value: s.rec.Stop.Reason.String(), Err: ErrEnded,
			Hint: what + " cannot be logged after the end; start a new Session for the next set"}
	}
	return nil
}

// limitBursts returns d, or for a set going on at [BurstsLimit] bursts
// (n), the stop there.
func limitBursts(d Decision, n int) Decision {
	if !d.Stop() && n >= BurstsLimit {
		return Decision{Reason: StopBurstLimit, Value: int64(n), Limit: BurstsLimit}
	}
	return d
}

// keep logs b, as the activation set or as the next burst, with the stop
// policy's decision about the record with b in it. A policy with Extra
// sees s.view, a copy; a panic in it is returned as an error wrapping
// ErrPolicy, and then nothing is logged.
func (s *Session) keep(b Burst, activation bool) error {
	rules := s.protocol.rules()
	if rules.extra == nil {
		// Only repkit's own rules, which keep the contract (they read, and
		// neither keep nor change what they are shown) and do not panic:
		// the entry goes in first and they decide on the record itself.
		if activation {
			s.rec.Activation, s.activated = b, true
		} else {
			s.rec.Bursts = append(s.rec.Bursts, b)
		}
		s.rec.Stop = limitBursts(rules.ruleSet.Decide(&s.rec), len(s.rec.Bursts))
		return nil
	}
	d, err := s.decide(&rules, b, activation)
	if err != nil {
		return err
	}
	if activation {
		s.rec.Activation, s.activated = b, true
	} else {
		s.rec.Bursts = append(s.rec.Bursts, b)
	}
	s.rec.Stop = d
	return nil
}

// decide asks a protocol with an Extra policy whether the set ends with
// entry b, showing it a copy of the record with b in place and guarding
// against a panic; on error nothing is kept.
func (s *Session) decide(rules *protocolRules, b Burst, activation bool) (d Decision, err error) {
	if s.view == nil {
		s.view = new(Record)
	}
	*s.view = s.rec
	bursts := append(s.scratch[:0], s.rec.Bursts...)
	if activation {
		s.view.Activation = b
	} else {
		bursts = append(bursts, b)
	}
	s.scratch = bursts[:0]
	n := len(bursts)
	s.view.Bursts = bursts[:n:n] // so a policy's append copies rather than writes on
	returned := false
	defer func() {
		if !returned { // also for panic(nil) under GODEBUG=panicnil=1
			d, err = Decision{}, policyPanic(recover())
		}
	}()
	d = rules.Decide(s.view)
	returned = true
	d = limitBursts(d, n)
	if !d.Reason.Valid() || !d.Signal.Valid() || !d.burstIn(n) {
		// A policy outside this package broke its contract; end the set
		// rather than record a reason, signal or entry no one can read back
		// (the Record would fail Validate and its JSON would not decode).
		d = Decision{Reason: StopCustom, Note: "stop policy returned an unknown reason, signal or burst"}
	}
	return d, nil
}
