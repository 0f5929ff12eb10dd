package progression

import (
	"errors"
	"math/bits"
	"strconv"

	"github.com/repkit/repkit"
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
// DoubleProgression is safe for concurrent use if its Weights is.
//
// JSON holds the settings an app stores, without Weights:
// {"range":{"min":8,"max":12},"min_rir":"1","unit":"lb"}.
type DoubleProgression struct {
	// Range is the rep range of each working set, such as {8, 12}.
	Range repkit.RepRange `json:"range"`
	// MinRIR is the effort cap: a set counts only if it ended with at
	// least this many reps in reserve. Zero allows failure. A set whose
	// effort was not recorded is taken as within the cap (absence is not
	// failure); an RPE that means a range of RIR counts by its lower end
	// (RPE 8.5 is 1-2 RIR, so it meets a cap of 1 but not of 2; RPE 9.5 is
	// 0 RIR, see [repkit.RPE]).
	MinRIR repkit.RIR `json:"min_rir,omitzero"`
	// Weights decides the next load up. It must be set. It is not wire
	// data (an interface; store the lifter's [Gym] and build Weights from
	// it), so JSON leaves it out.
	Weights Weights `json:"-"`
	// Unit is the unit recommendations write loads in; zero means kilograms.
	Unit repkit.Unit `json:"unit,omitzero"`
}

// A Prescription is what a double-progression session asks for: sets of
// Reps reps at Load. Sets may be zero to accept however many sets are done.
//
// JSON: {"load":"100kg","sets":3,"reps":8}, sets left out when zero.
type Prescription struct {
	Load repkit.Load `json:"load"`
	Sets int         `json:"sets,omitzero"`
	Reps int         `json:"reps"`
}

// A Performance is what was done: the load lifted and every working set.
//
// JSON: {"load":"100kg","sets":[{"reps":8,"effort":"rir 2"}]}.
type Performance struct {
	Load repkit.Load `json:"load"`
	Sets []WorkSet   `json:"sets"`
}

// A WorkSet is one working set: the reps completed and the effort, if recorded.
//
// JSON: {"reps":8,"effort":"rpe 8.5"}, effort left out when not recorded.
type WorkSet struct {
	Reps   int           `json:"reps"`
	Effort repkit.Effort `json:"effort,omitzero"`
}

// Validate reports a bad range, effort cap or equipment.
func (p DoubleProgression) Validate() error { return p.validate(nil) }

// validate is Validate. When t is not nil and Weights is a [BarAndPlates],
// it checks the plates as their Validate does while building their table
// into t.
func (p DoubleProgression) validate(t *plateTable) error {
	if err := p.validateSettings(); err != nil {
		return err
	}
	if b, ok := p.Weights.(BarAndPlates); ok && t != nil {
		return t.build(b)
	}
	return validateEquipment(p.Weights)
}

// validateSettings is Validate without the equipment: what
// [DoubleProgression.UnmarshalJSON] checks, since Weights is not wire data.
func (p DoubleProgression) validateSettings() error {
	if err := requireRange("range", p.Range); err != nil {
		return err
	}
	if err := p.MinRIR.Validate(); err != nil {
		return &FieldError{Field: "min_rir", Value: p.MinRIR.String(), Err: repkit.ErrInvalid, Hint: "give 0 to 10"}
	}
	return nil
}

// tableFor returns t if the progression's Weights is a BarAndPlates (so
// validate filled t), else nil: the lookups then ask Weights.
func (p DoubleProgression) tableFor(t *plateTable) *plateTable {
	if _, ok := p.Weights.(BarAndPlates); ok {
		return t
	}
	return nil
}

// Start returns the first prescription for a lifter starting at load: load
// rounded down to what the equipment can make, sets sets (0 for any), and
// the bottom of the range.
func (p DoubleProgression) Start(load repkit.Load, sets int) (Prescription, error) {
	if err := p.Validate(); err != nil {
		return Prescription{}, err
	}
	if sets < 0 || sets > maxReps {
		return Prescription{}, errInt("sets", sets, repkit.ErrInvalid, "give 0 to 1000")
	}
	l, err := Round(p.Weights, load, RoundDown)
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
// On a [BarAndPlates], Next works out the achievable loads once per call.
func (p DoubleProgression) Next(want Prescription, done Performance) (Recommendation, error) {
	var tbl plateTable
	if err := p.checkStart(want, &tbl); err != nil {
		return Recommendation{}, err
	}
	var r Recommendation
	if err := p.next(want, &done, &r, p.tableFor(&tbl)); err != nil {
		return Recommendation{}, err
	}
	return r, nil
}

// Replay judges a history of sessions, oldest first, starting from the
// prescription start: each session is judged against the prescription the
// one before produced, as [DoubleProgression.Next] would, and the last
// recommendation is returned. It gives the same answers and the same errors
// as Next in a loop, for apps that rebuild a lifter's state from a long log,
// but checks the progression once, asks the equipment about a load only
// when it changes, and builds a Recommendation only for the last session.
// An error names the session, such as "history[12].session.sets[0].reps";
// Replay does not allocate unless it returns one.
func (p DoubleProgression) Replay(start Prescription, history []Performance) (Recommendation, error) {
	var tbl plateTable
	if err := p.checkStart(start, &tbl); err != nil {
		return Recommendation{}, err
	}
	t := p.tableFor(&tbl)
	if len(history) == 0 {
		return Recommendation{}, errInt("history", 0, repkit.ErrInvalid, "give at least one session")
	}
	want := start
	checked, known := repkit.Load(0), false // the last load found achievable
	last := len(history) - 1
	minRIR, top := p.MinRIR, p.Range.Max
	for i := range history[:last] {
		done := &history[i]
		fewest, least, bad := scanSets(done.Sets)
		if bad >= 0 || !known || done.Load != checked {
			if err := p.check(done, bad, t); err != nil {
				return Recommendation{}, inHistory(i, err)
			}
			checked, known = done.Load, true
		}
		// advance's rules, written in place for the common cases.
		switch {
		case want.Sets > 0 && len(done.Sets) < want.Sets, fewest < want.Reps || least < minRIR:
			want.Load = done.Load
		case fewest < top:
			want.Load, want.Reps = done.Load, min(want.Reps+1, top)
		default:
			want, _ = p.top(want, done.Load, t)
		}
	}
	done := &history[last]
	fewest, least, bad := scanSets(done.Sets)
	if err := p.check(done, bad, t); err != nil {
		return Recommendation{}, inHistory(last, err)
	}
	var r Recommendation
	p.judge(want, done, fewest, least, &r, t)
	return r, nil
}

// inHistory prefixes the field of an *FieldError with the session's index.
func inHistory(i int, err error) error {
	var e *FieldError
	if errors.As(err, &e) {
		e.Field = "history[" + strconv.Itoa(i) + "]." + e.Field
	}
	return err
}

// checkStart validates the progression, filling t as validate does, and a
// prescription.
func (p DoubleProgression) checkStart(want Prescription, t *plateTable) error {
	if err := p.validate(t); err != nil {
		return err
	}
	if !p.Range.Contains(want.Reps) {
		return errInt("prescription.reps", want.Reps, repkit.ErrInvalid, "give reps inside the range "+p.Range.String())
	}
	if want.Sets < 0 || want.Sets > maxReps {
		return errInt("prescription.sets", want.Sets, repkit.ErrInvalid, "give 0 to 1000")
	}
	return nil
}

// next checks done and decides. The progression and want are already
// checked. The lookups of this and the methods below use t, the plates'
// table, when it is not nil, and Weights otherwise.
func (p *DoubleProgression) next(want Prescription, done *Performance, r *Recommendation, t *plateTable) error {
	fewest, least, bad := scanSets(done.Sets)
	if err := p.check(done, bad, t); err != nil {
		return err
	}
	p.judge(want, done, fewest, least, r, t)
	return nil
}

// check returns the error for a session whose sets failed [scanSets] (bad
// >= 0), or for a load the equipment cannot make. It is off the hot path:
// Replay calls it only when the load changes or a set is bad.
func (p *DoubleProgression) check(done *Performance, bad int, t *plateTable) error {
	if len(done.Sets) == 0 {
		return errInt("session.sets", 0, repkit.ErrInvalid, "give at least one working set")
	}
	if bad >= 0 {
		s := done.Sets[bad]
		if s.Reps < 0 || s.Reps > maxReps {
			return errInt("session.sets["+strconv.Itoa(bad)+"].reps", s.Reps, repkit.ErrInvalid, "give 0 to 1000")
		}
		hint := `give an RPE from 1 to 10 in half points or reps in reserve from 0 to 10, such as "rpe 8" or "rir 2"`
		var fe *repkit.FieldError
		if errors.As(s.Effort.Validate(), &fe) && fe.Hint != "" {
			hint = fe.Hint
		}
		return &FieldError{Field: "session.sets[" + strconv.Itoa(bad) + "].effort", Value: s.Effort.String(), Err: repkit.ErrInvalid, Hint: hint}
	}
	if t != nil && done.Load >= 0 {
		if t.achievable(done.Load) {
			return nil
		}
		return errLoad("session.load", done.Load, ErrNotAchievable, hintNotAchievable)
	}
	return checkAchievable(p.Weights, "session.load", done.Load)
}

// scanSets checks every set and reads what the decision needs, in one pass
// of cheap, mostly branch-free checks: fewest is the fewest reps in a set and
// least the fewest reps in reserve any recorded effort allows (MaxRIR when
// none is recorded: absence is not failure). A session met its targets
// within the cap exactly when fewest >= target and least >= the cap, so the
// pass needs neither. bad is the index of the first set with reps outside
// 0-1000 or an invalid effort (0 for no sets at all), or -1. The checks are
// exactly those of the WorkSet fields' Validate methods, so a history is judged
// the same whichever way it is replayed.
func scanSets(sets []WorkSet) (fewest int, least repkit.RIR, bad int) {
	if len(sets) == 0 {
		return 0, 0, 0
	}
	// seen has bit k set when some set's effort allows as few as k reps in
	// reserve, and always bit MaxRIR; a mask rather than a running minimum,
	// because random efforts make a minimum's branch hard to predict. This
	// loop takes reps and RIR efforts, the common cases, and leaves
	// anything else to scanRest, so that it makes no call and keeps its
	// variables in registers.
	fewest, seen, j := maxReps+1, uint16(1)<<repkit.MaxRIR, 0
	for ; j < len(sets); j++ {
		s := &sets[j]
		if uint(s.Reps) > maxReps {
			break
		}
		if s.Effort.IsRIR() {
			rir, _ := s.Effort.RIR()
			if uint8(rir.Min) > uint8(repkit.MaxRIR) {
				break
			}
			seen |= 1 << rir.Min
		} else if s.Effort.Recorded() {
			break
		}
		fewest = min(fewest, s.Reps)
	}
	bad = -1
	if j < len(sets) {
		fewest, seen, bad = scanRest(sets, j, fewest, seen)
	}
	return fewest, repkit.RIR(bits.TrailingZeros16(seen)), bad
}

// scanRest is scanSets's loop over sets[from:] for any effort: it goes on
// from fewest and seen, and also returns the index of the first set whose
// reps are outside 0-1000 or whose effort fails Validate, or -1.
func scanRest(sets []WorkSet, from, fewest int, seen uint16) (int, uint16, int) {
	for j := from; j < len(sets); j++ {
		s := &sets[j]
		if s.Reps < 0 || s.Reps > maxReps || s.Effort.Validate() != nil {
			return fewest, seen, j
		}
		if rir, ok := s.Effort.RIR(); ok {
			seen |= 1 << rir.Min
		}
		fewest = min(fewest, s.Reps)
	}
	return fewest, seen, -1
}

// advance decides the prescription after a session at load with n sets whose
// scan gave fewest and least, and the reason; ReasonUnknown stands for "a set
// missed its target or the cap", which [DoubleProgression.judge] refines. It
// is the one place the rules live: Next and Replay both use it.
func (p *DoubleProgression) advance(want Prescription, load repkit.Load, n, fewest int, least repkit.RIR, t *plateTable) (Prescription, Reason) {
	switch {
	case want.Sets > 0 && n < want.Sets:
		return Prescription{Load: load, Sets: want.Sets, Reps: want.Reps}, ReasonMissingSets
	case fewest < want.Reps || least < p.MinRIR:
		return Prescription{Load: load, Sets: want.Sets, Reps: want.Reps}, ReasonUnknown
	case fewest < p.Range.Max:
		return Prescription{Load: load, Sets: want.Sets, Reps: min(want.Reps+1, p.Range.Max)}, ReasonTargetsMet
	}
	return p.top(want, load, t)
}

// top is advance for a session at the top of the range in every set: one
// achievable step up and back to the bottom, if the equipment has one. It is
// apart from advance so that advance stays small enough to inline.
func (p *DoubleProgression) top(want Prescription, load repkit.Load, t *plateTable) (Prescription, Reason) {
	var up repkit.Load
	var ok bool
	if t != nil {
		up, ok = t.next(load)
	} else {
		up, ok = p.Weights.Next(load)
	}
	if !ok {
		return Prescription{Load: load, Sets: want.Sets, Reps: min(want.Reps+1, p.Range.Max)}, ReasonNoHeavierLoad
	}
	return Prescription{Load: up, Sets: want.Sets, Reps: p.Range.Min}, ReasonTopOfRange
}

// judge fills r with the decision on done, a session that passed its checks.
func (p *DoubleProgression) judge(want Prescription, done *Performance, fewest int, least repkit.RIR, r *Recommendation, t *plateTable) {
	next, reason := p.advance(want, done.Load, len(done.Sets), fewest, least, t)
	*r = Recommendation{
		Action: ActionHold, Reason: reason, Load: next.Load, From: done.Load, Sets: next.Sets,
		Reps: next.Reps, Range: p.Range, Unit: p.Unit,
	}
	switch reason {
	case ReasonMissingSets:
		r.Got, r.Want = len(done.Sets), want.Sets
	case ReasonUnknown:
		// The first set that missed its target or, having met it, the cap.
		for i := range done.Sets {
			s := &done.Sets[i]
			if s.Reps < want.Reps {
				r.Reason, r.Set, r.Got, r.Want = ReasonTargetMissed, i+1, s.Reps, want.Reps
				return
			}
			if rir, ok := s.Effort.RIR(); ok && rir.Min < p.MinRIR {
				r.Reason, r.Set, r.Got, r.Want = ReasonEffortCapExceeded, i+1, int(rir.Min), int(p.MinRIR)
				return
			}
		}
	case ReasonTargetsMet:
		r.Action = ActionAddReps
	case ReasonNoHeavierLoad:
		r.Got, r.Want = fewest, p.Range.Max
	case ReasonTopOfRange:
		r.Action, r.Got, r.Want = ActionAddLoad, fewest, p.Range.Max
	}
}
