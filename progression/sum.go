package progression

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// DefaultMinFirstReps is the first mini-set length below which a rest-pause
// load is too heavy, from Doggcrapp (DC) training practice: an activation set
// under 6 reps means the load should come down next time.
const DefaultMinFirstReps = 6

// SumOfReps is Liftosaur's "sum" and DC training's rep totals, for
// rest-pause sets: the set's total reps, activation plus bursts, against a
// target range such as 11-15 or 15-20. It reads [restpause.Record] values
// directly.
//
// Judging the latest record of a history, oldest first, the rules are, in
// this order:
//
//  1. A first mini-set (the activation set) under MinFirstReps means the
//     load is too heavy: take load off (see TooHeavyCut).
//  2. A total above the top of the range: add the smallest achievable
//     increment.
//  3. A total below the bottom, in this session and the one before at the
//     same load: take one achievable step off.
//  4. Two stalls in a row, a stall being a session at the same load as the
//     one before with no more total reps than it: change the exercise
//     (the guide's "simplify or switch"). The load is kept.
//  5. A total below the bottom for the first time: hold, and say that a
//     second time takes load off.
//  6. Otherwise, inside the range: hold and beat the total.
//
// Fill it in as a literal; the zero value has no range or equipment, and
// [SumOfReps.Next] says so. Safe for concurrent use if its Weights is.
//
// JSON holds the settings an app stores, without Weights:
// {"total":{"min":11,"max":15},"min_first_reps":6,"too_heavy_cut":10}.
type SumOfReps struct {
	// Total is the target range of total reps, such as {11, 15}.
	Total repkit.RepRange `json:"total"`
	// MinFirstReps is the shortest acceptable activation set; zero means
	// DefaultMinFirstReps (6).
	MinFirstReps int `json:"min_first_reps,omitzero"`
	// TooHeavyCut is the percentage to take off when the activation set is
	// too short, rounded down to an achievable load and at least one step.
	// Zero means one achievable step, so that the load never moves more than
	// one step a session; DC practice is about 10.
	TooHeavyCut int `json:"too_heavy_cut,omitzero"`
	// Weights decides the loads. It must be set. It is not wire data (an
	// interface; store the lifter's [Gym] and build Weights from it), so
	// JSON leaves it out.
	Weights Weights `json:"-"`
	// Unit is the unit recommendations write loads in; zero means kilograms.
	Unit repkit.Unit `json:"unit,omitzero"`
}

// DCSumOfReps returns the DC (Doggcrapp) training flavour of SumOfReps on
// equipment e: a total of 11-15 reps ([restpause.DCTotal]), a first
// mini-set of at least 6, and about 10% off when it is shorter. Dante
// Trudel gives 11-15 for most muscles and 15-20 for some; the range is
// chosen by muscle, so pick [DCSumOfRepsHigh] for the exercises you run at
// 15-20. Both ranges live in package restpause, the one place repkit keeps
// them.
func DCSumOfReps(e Weights) SumOfReps {
	return SumOfReps{Total: restpause.DCTotal(), MinFirstReps: DefaultMinFirstReps, TooHeavyCut: 10, Weights: e}
}

// DCSumOfRepsHigh is [DCSumOfReps] with DC's higher total of 15-20 reps
// ([restpause.DCTotalHigh]), for the muscles Trudel programs in that range.
func DCSumOfRepsHigh(e Weights) SumOfReps {
	s := DCSumOfReps(e)
	s.Total = restpause.DCTotalHigh()
	return s
}

// Validate reports a bad range, first-set minimum, cut or equipment.
func (s SumOfReps) Validate() error {
	if err := s.validateSettings(); err != nil {
		return err
	}
	return validateEquipment(s.Weights)
}

// validateSettings is Validate without the equipment: what
// [SumOfReps.UnmarshalJSON] checks, since Weights is not wire data.
func (s SumOfReps) validateSettings() error {
	if err := requireRange("total", s.Total); err != nil {
		return err
	}
	if s.MinFirstReps < 0 || s.MinFirstReps > maxReps {
		return errInt("min_first_reps", s.MinFirstReps, repkit.ErrInvalid, "give 0 to 1000")
	}
	if s.TooHeavyCut < 0 || s.TooHeavyCut > 50 {
		return errInt("too_heavy_cut", s.TooHeavyCut, repkit.ErrInvalid, "give 0 to 50 percent")
	}
	return nil
}

// Next judges the latest record in history (oldest first, one exercise) and
// says what to load next time. Only the last three records are read.
//
// Bad input is an error naming the field: an invalid SumOfReps, an empty
// history, a record that fails [restpause.Record.Validate] or has not ended,
// records of different exercises, or a load the equipment cannot make.
// Next does not allocate unless it returns an error (or
// [restpause.Record.Validate] allocates).
func (s SumOfReps) Next(history []restpause.Record) (Recommendation, error) {
	if err := s.Validate(); err != nil {
		return Recommendation{}, err
	}
	if len(history) == 0 {
		return Recommendation{}, errInt("history", 0, repkit.ErrInvalid, "give at least one record")
	}
	recent := history[max(0, len(history)-3):]
	for i := range recent {
		if err := s.checkRecord(&recent[i], &recent[len(recent)-1], len(history)-len(recent)+i); err != nil {
			return Recommendation{}, err
		}
	}
	last := &recent[len(recent)-1]
	total := last.TotalReps()
	r := Recommendation{
		Action: ActionHold, Load: last.Load, From: last.Load, Range: s.Total,
		Got: total, Want: s.Total.Min, Unit: s.Unit,
	}
	minFirst := s.MinFirstReps
	if minFirst == 0 {
		minFirst = DefaultMinFirstReps
	}
	switch {
	case last.ActivationReps() < minFirst:
		r.Reason, r.Got, r.Want = ReasonFirstSetShort, last.ActivationReps(), minFirst
		return s.lighter(r, s.TooHeavyCut), nil
	case total > s.Total.Max:
		r.Want = s.Total.Max
		next, ok := s.Weights.Next(last.Load)
		if !ok {
			r.Reason = ReasonNoHeavierLoad
			return r, nil
		}
		r.Action, r.Reason, r.Load = ActionAddLoad, ReasonTotalAboveRange, next
		return r, nil
	case total < s.Total.Min && belowAtSameLoad(recent, s.Total.Min):
		r.Reason = ReasonBelowRangeTwice
		return s.lighter(r, 0), nil
	case stalledTwice(recent):
		r.Action, r.Reason, r.Want = ActionChangeExercise, ReasonStalledTwice, recent[0].TotalReps()
		return r, nil
	case total < s.Total.Min:
		r.Reason = ReasonTotalBelowRange
		return r, nil
	}
	r.Reason = ReasonTotalInRange
	return r, nil
}

// lighter turns r into a load reduction of cut percent (0: one step), or a
// hold with ReasonNoLighterLoad when nothing lighter is achievable.
func (s SumOfReps) lighter(r Recommendation, cut int) Recommendation {
	down, ok := s.Weights.Prev(r.From)
	if !ok {
		r.Reason = ReasonNoLighterLoad
		return r
	}
	if cut > 0 {
		if l, err := Round(s.Weights, percentOf(r.From, 100-cut), RoundDown); err == nil && l < down {
			down = l
		}
	}
	r.Action, r.Load = ActionReduceLoad, down
	return r
}

// belowAtSameLoad reports whether the record before the last of recent was
// at the same load and also below bottom.
func belowAtSameLoad(recent []restpause.Record, bottom int) bool {
	n := len(recent)
	return n >= 2 && recent[n-2].Load == recent[n-1].Load && recent[n-2].TotalReps() < bottom
}

// stalledTwice reports whether the last two records of recent (of three)
// were each a stall: same load as the record before, no more total reps.
func stalledTwice(recent []restpause.Record) bool {
	if len(recent) < 3 {
		return false
	}
	a, b, c := &recent[0], &recent[1], &recent[2]
	return a.Load == b.Load && b.Load == c.Load && b.TotalReps() <= a.TotalReps() && c.TotalReps() <= b.TotalReps()
}

// checkRecord validates one record against the last one. The field name is
// built only for an error, so that a valid history costs no allocation here.
func (s SumOfReps) checkRecord(r, last *restpause.Record, index int) error {
	field := func(sub string) string { return "history[" + strconv.Itoa(index) + "]" + sub }
	if err := r.Validate(); err != nil {
		var fe *restpause.FieldError
		if errors.As(err, &fe) {
			return &FieldError{Field: field("." + fe.Field), Value: fe.Value, Err: fe.Err, Hint: fe.Hint}
		}
		return &FieldError{Field: field(""), Value: r.Exercise, Err: repkit.ErrInvalid, Hint: err.Error()}
	}
	if !r.Ended() {
		return &FieldError{Field: field(".stop"), Value: r.Stop.Reason.String(), Err: repkit.ErrInvalid, Hint: "pass only finished sets"}
	}
	if r.Exercise != last.Exercise || r.ExerciseID != last.ExerciseID {
		return &FieldError{Field: field(".exercise"), Value: r.Exercise, Err: repkit.ErrInvalid, Hint: "the history mixes exercises; pass one exercise's records"}
	}
	if err := checkAchievable(s.Weights, "load", r.Load); err != nil {
		return errAt(err, field(".load"))
	}
	return nil
}
