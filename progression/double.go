package progression

import (
	"strconv"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
)

// DoubleProgression is Liftosaur's "dp": work within a rep range at a fixed
// load, raise the reps, then the load.
//
// A session succeeds when every working set reaches its target reps within
// the effort cap. When every set reaches the top of the range, the load goes
// up by the smallest increment the equipment can make and the targets go back
// to the bottom of the range. A success below the top keeps the load and
// raises the targets by one rep. Anything else keeps both. So the load never
// moves more than one achievable step a session, and never up without a
// success.
//
// Fill it in as a literal; the zero value is not usable, because it has no
// range or equipment, and [DoubleProgression.Next] says so. A
// DoubleProgression is safe for concurrent use if its Equipment is.
type DoubleProgression struct {
	// Range is the rep range of each working set, such as {8, 12}.
	Range RepRange
	// MinRIR is the effort cap: a set counts only if it ended with at
	// least this many reps in reserve. Zero allows failure. A set whose
	// effort was not recorded is taken as within the cap (absence is not
	// failure); an RPE that means a range of RIR counts by its lower end
	// (RPE 9.5 is 0-1 RIR, so it does not meet a cap of 1).
	MinRIR fatigue.RIR
	// Equipment decides the next load up. It must be set.
	Equipment Equipment
	// Unit is the unit recommendations write loads in; zero means kilograms.
	Unit exercise.Unit
}

// A Prescription is what a double-progression session asks for: sets of
// Reps reps at Load. Sets may be zero to accept however many sets are done.
type Prescription struct {
	Load exercise.Load
	Sets int
	Reps int
}

// A Session is what was done: the load lifted and every working set.
type Session struct {
	Load exercise.Load
	Sets []Set
}

// A Set is one working set: the reps completed and the effort, if recorded.
type Set struct {
	Reps   int
	Effort fatigue.Effort
}

// Validate reports a bad range, effort cap or equipment.
func (p DoubleProgression) Validate() error {
	if err := p.Range.Validate(); err != nil {
		return err
	}
	if err := p.MinRIR.Validate(); err != nil {
		return &Error{Field: "min_rir", Value: p.MinRIR.String(), Err: ErrInvalid, Detail: "must be 0 to 10"}
	}
	return validateEquipment(p.Equipment)
}

// Start returns the first prescription for a lifter starting at load: load
// rounded down to what the equipment can make, sets sets (0 for any), and
// the bottom of the range.
func (p DoubleProgression) Start(load exercise.Load, sets int) (Prescription, error) {
	if err := p.Validate(); err != nil {
		return Prescription{}, err
	}
	if sets < 0 || sets > maxReps {
		return Prescription{}, errInt("sets", sets, ErrInvalid, "must be 0 to 1000")
	}
	l, err := Round(p.Equipment, load, RoundDown)
	if err != nil {
		return Prescription{}, err
	}
	return Prescription{Load: l, Sets: sets, Reps: p.Range.Min}, nil
}

// Next judges a session against its prescription and says what to do next
// time. The decision is about the load actually lifted, done.Load, which must
// be achievable on the equipment; want.Reps must be inside the range.
//
// Bad input is an error naming the field: an invalid progression, a target
// outside the range, no sets, negative reps, an invalid effort, or a load the
// equipment cannot make. Next does not allocate unless it returns an error.
func (p DoubleProgression) Next(want Prescription, done Session) (Recommendation, error) {
	if err := p.checkStart(want); err != nil {
		return Recommendation{}, err
	}
	var r Recommendation
	if err := p.next(want, done, true, &r); err != nil {
		return Recommendation{}, err
	}
	return r, nil
}

// Replay judges a history of sessions, oldest first, starting from the
// prescription start: each session is judged against the prescription the
// one before produced, as [DoubleProgression.Next] would, and the last
// recommendation is returned. It is Next in a loop, checking the
// progression once and each distinct load once, for apps that rebuild a
// lifter's state from a long log. An error names the session, such as
// "history[12].sets[0].reps"; Replay does not allocate unless it returns one.
func (p DoubleProgression) Replay(start Prescription, history []Session) (Recommendation, error) {
	if err := p.checkStart(start); err != nil {
		return Recommendation{}, err
	}
	if len(history) == 0 {
		return Recommendation{}, errInt("history", 0, ErrInvalid, "no sessions to replay")
	}
	var rec Recommendation
	want, checked := start, exercise.Load(-1)
	for i := range history {
		done := &history[i]
		if err := p.next(want, *done, done.Load != checked, &rec); err != nil {
			if e, ok := err.(*Error); ok {
				e.Field = "history[" + strconv.Itoa(i) + "]." + e.Field
			}
			return Recommendation{}, err
		}
		want, checked = Prescription{Load: rec.Load, Sets: rec.Sets, Reps: rec.Reps}, done.Load
	}
	return rec, nil
}

// checkStart validates the progression and a prescription.
func (p DoubleProgression) checkStart(want Prescription) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if !p.Range.Contains(want.Reps) {
		return errInt("prescription.reps", want.Reps, ErrInvalid, "must be inside the range "+p.Range.String())
	}
	if want.Sets < 0 || want.Sets > maxReps {
		return errInt("prescription.sets", want.Sets, ErrInvalid, "must be 0 to 1000")
	}
	return nil
}

// next checks done and decides, in one pass over the sets. The progression
// and want are already checked; checkLoad is false when done.Load is known
// to be achievable.
func (p DoubleProgression) next(want Prescription, done Session, checkLoad bool, r *Recommendation) error {
	if len(done.Sets) == 0 {
		return errInt("session.sets", 0, ErrInvalid, "a session needs at least one working set")
	}
	*r = Recommendation{
		Action: ActionHold, Load: done.Load, From: done.Load, Sets: want.Sets,
		Reps: want.Reps, Range: p.Range, Unit: p.Unit,
	}
	fewest := maxReps + 1
	for i, s := range done.Sets {
		if s.Reps < 0 || s.Reps > maxReps {
			return errInt("session.sets["+strconv.Itoa(i)+"].reps", s.Reps, ErrInvalid, "must be 0 to 1000")
		}
		if !effortValid(s.Effort) {
			err := s.Effort.Validate()
			return &Error{Field: "session.sets[" + strconv.Itoa(i) + "].effort", Value: s.Effort.String(), Err: ErrInvalid, Detail: err.Error()}
		}
		fewest = min(fewest, s.Reps)
		if r.Reason != ReasonUnknown {
			continue // decided by an earlier set; still checking the rest
		}
		if s.Reps < want.Reps {
			r.Reason, r.Set, r.Got, r.Want = ReasonTargetMissed, i+1, s.Reps, want.Reps
		} else if rir, ok := s.Effort.RIR(); ok && p.MinRIR > 0 && rir.Min < p.MinRIR {
			r.Reason, r.Set, r.Got, r.Want = ReasonEffortCapExceeded, i+1, int(rir.Min), int(p.MinRIR)
		}
	}
	if checkLoad {
		if err := checkAchievable(p.Equipment, "session.load", done.Load); err != nil {
			return err
		}
	}
	if want.Sets > 0 && len(done.Sets) < want.Sets {
		r.Reason, r.Set, r.Got, r.Want = ReasonMissingSets, 0, len(done.Sets), want.Sets
		return nil
	}
	if r.Reason != ReasonUnknown {
		return nil
	}
	if fewest < p.Range.Max {
		r.Action, r.Reason = ActionAddReps, ReasonTargetsMet
		r.Reps = min(want.Reps+1, p.Range.Max)
		return nil
	}
	r.Got, r.Want = fewest, p.Range.Max
	next, ok := p.Equipment.Next(done.Load)
	if !ok {
		r.Reason, r.Reps = ReasonNoHeavierLoad, min(want.Reps+1, p.Range.Max)
		return nil
	}
	r.Action, r.Reason, r.Load, r.Reps = ActionAddLoad, ReasonTopOfRange, next, p.Range.Min
	return nil
}

// effortValid is Effort.Validate without the call for the common cases,
// which the replay loop makes once per set: not recorded, or a whole RIR
// from 0 to 10. Anything else asks Validate.
func effortValid(e fatigue.Effort) bool {
	if !e.Recorded() {
		return true
	}
	if e.IsRIR() {
		rir, _ := e.RIR()
		return rir.Min >= 0 && rir.Min <= fatigue.MaxRIR
	}
	return e.Validate() == nil
}
