package fatigue

import (
	"iter"
	"strconv"
	"time"

	"github.com/repkit/repkit"
)

// A CheckIn is a lifter's readiness answers before a session: the recovery
// stresses the rest-pause guide says should lower the dose of intensifiers
// ("dieting hard, sleeping poorly, doing lots of endurance training, or
// already missing lifts") and the warning signs it names (soreness that
// hangs around, irritated joints, motivation that tanks).
//
// The zero CheckIn answers nothing and lowers nothing: an unanswered
// question carries no information. Every field is optional. A CheckIn is
// a plain value, safe for concurrent use.
//
// JSON leaves out every unanswered field, writes Sleep as a number of
// seconds and the concerns as their names, so the zero CheckIn is {}:
//
//	{"sleep":21600,"dieting":"mild","joints":"none","missed_lifts":1}
type CheckIn struct {
	// Sleep is the typical night's sleep over the last few nights; zero
	// means not answered. Under [ShortSleep] lowers the dose to reduced,
	// under [VeryShortSleep] to none.
	Sleep time.Duration `json:"sleep,omitzero"`
	// Dieting is how hard the lifter is dieting (an energy deficit).
	Dieting Concern `json:"dieting,omitzero"`
	// Endurance is how much endurance training the lifter is doing.
	Endurance Concern `json:"endurance,omitzero"`
	// Soreness is soreness still lingering from earlier sessions.
	Soreness Concern `json:"soreness,omitzero"`
	// Joints is joint irritation.
	Joints Concern `json:"joints,omitzero"`
	// LowMotivation is how low motivation to train is.
	LowMotivation Concern `json:"low_motivation,omitzero"`
	// MissedLifts counts planned reps or lifts missed in the last week or
	// so: 1 lowers the dose to reduced, 2 or more to none. Negative is an
	// error.
	MissedLifts int `json:"missed_lifts,omitzero"`
}

// Sleep thresholds for [CheckIn.Sleep]. They are repkit's defaults, set
// where common adult sleep guidance (7 hours or more) and a clearly short
// night fall, not values from rest-pause research.
const (
	ShortSleep     = 7 * time.Hour
	VeryShortSleep = 5 * time.Hour
)

// CombinedStresses is how many readiness answers at [ConcernMild] or worse
// take the dose to none even when each alone would only reduce it.
const CombinedStresses = 3

// Validate returns an error naming the first bad field: a negative or
// longer-than-a-day Sleep or a negative MissedLifts wraps [repkit.ErrRange], a
// Concern outside the constants wraps [repkit.ErrUnknownName].
func (c CheckIn) Validate() error {
	if c.Sleep < 0 || c.Sleep > 24*time.Hour {
		return &FieldError{Field: "sleep", Value: c.Sleep.String(), Err: repkit.ErrRange, Hint: "give 0 to 24 hours"}
	}
	if c.MissedLifts < 0 {
		return &FieldError{Field: "missed_lifts", Value: strconv.Itoa(c.MissedLifts), Err: repkit.ErrRange, Hint: "give 0 or more"}
	}
	for r, v := range c.concerns() {
		if !v.Valid() {
			return &FieldError{Field: r.field(), Value: v.String(), Err: repkit.ErrUnknownName, Hint: hintConcern}
		}
	}
	return nil
}

// concerns yields every answer as a Concern, keyed by the reason it gives.
func (c CheckIn) concerns() iter.Seq2[Reason, Concern] {
	return func(yield func(Reason, Concern) bool) {
		_ = yield(ReasonShortSleep, sleepConcern(c.Sleep)) &&
			yield(ReasonHardDieting, c.Dieting) &&
			yield(ReasonEnduranceLoad, c.Endurance) &&
			yield(ReasonSoreness, c.Soreness) &&
			yield(ReasonJointIrritation, c.Joints) &&
			yield(ReasonLowMotivation, c.LowMotivation) &&
			yield(ReasonMissedLifts, missedConcern(c.MissedLifts))
	}
}

func sleepConcern(d time.Duration) Concern {
	switch {
	case d <= 0:
		return ConcernUnknown
	case d < VeryShortSleep:
		return ConcernMarked
	case d < ShortSleep:
		return ConcernMild
	}
	return ConcernNone
}

func missedConcern(n int) Concern {
	switch {
	case n <= 0:
		return ConcernNone
	case n == 1:
		return ConcernMild
	}
	return ConcernMarked
}

// A Lifter is what an app knows about the person beyond today: training
// experience and the health screen. The zero Lifter is an unscreened lifter
// of unknown experience, who gets beginner rules. A Lifter is a plain
// value, safe for concurrent use.
//
// JSON: {"experience":"intermediate","conditions":["pain"]}, each left out
// when zero.
type Lifter struct {
	// Experience is the lifter's training experience; zero is not known.
	Experience Experience `json:"experience,omitzero"`
	// Conditions holds the screened conditions the lifter reported; any of
	// them rules intensifiers out (see [Condition]).
	Conditions Conditions `json:"conditions,omitzero"`
}

// A Readiness is today's intensifier dose and why it is not full. The zero
// Readiness has [DoseUnknown], which [Assess] returns only with an error;
// a Readiness is a plain value, safe for concurrent use.
//
// JSON: {"dose":"reduced","reasons":["short-sleep"],"conditions":[]}, the
// sets always written, [] when empty.
type Readiness struct {
	// Dose is today's dose.
	Dose Dose `json:"dose"`
	// Reasons holds every reason the dose is below [DoseFull].
	Reasons Reasons `json:"reasons"`
	// Conditions holds the screened conditions behind [ReasonScreened].
	Conditions Conditions `json:"conditions"`
}

// Referral reports whether the app should refer the lifter to qualified
// guidance (a clinician, physiotherapist or similar) before intensifiers.
func (a Readiness) Referral() bool { return a.Conditions.Any() }

// Sentences yields one sentence for the lifter per reason, in reason order,
// then one per screened condition.
func (a Readiness) Sentences() iter.Seq[string] {
	return func(yield func(string) bool) {
		for r := range a.Reasons.All() {
			if !yield(r.Sentence()) {
				return
			}
		}
		for c := range a.Conditions.All() {
			if !yield(c.Sentence()) {
				return
			}
		}
	}
}

// Assess turns a lifter's profile and today's check-in into a dose. The rules,
// each lowering the dose and never raising it:
//
//   - any screened [Condition]: [DoseNone] and a referral ([ReasonScreened]);
//   - each answer at [ConcernMild] (Sleep under [ShortSleep], one missed
//     lift): at most [DoseReduced]; at [ConcernMarked] (Sleep under
//     [VeryShortSleep], two or more missed lifts): [DoseNone];
//   - [CombinedStresses] or more answers at mild or worse: [DoseNone]
//     ([ReasonCombinedStresses]);
//   - a [Beginner], or unknown experience: [DoseNone] ([ReasonBeginner] or
//     [ReasonExperienceUnknown]). The guide: "Beginners usually need normal
//     hard sets, stable technique, and simple progression before advanced
//     set structures add much value." The restpause planner gives the same
//     answer from the lifter's experience alone (its PlanBeginner), so a
//     dose from Assess and a plan from the planner never disagree.
//
// So adding a condition or giving a worse answer never raises the dose.
// Invalid input returns the zero Readiness and the error from
// [CheckIn.Validate] or [Conditions.Validate]. Assess does not allocate.
func Assess(l Lifter, c CheckIn) (Readiness, error) {
	if err := l.Conditions.Validate(); err != nil {
		return Readiness{}, err
	}
	if err := c.Validate(); err != nil {
		return Readiness{}, err
	}
	if int(l.Experience) >= len(experienceNames) {
		return Readiness{}, &FieldError{Field: "experience", Value: l.Experience.String(), Err: repkit.ErrUnknownName,
			Hint: "give beginner, intermediate or advanced, or leave it unknown"}
	}
	a := Readiness{Dose: DoseFull}
	stressed := 0
	for r, v := range c.concerns() {
		switch {
		case v.AtLeast(ConcernMarked):
			a.lower(DoseNone, r)
		case v.AtLeast(ConcernMild):
			a.lower(DoseReduced, r)
		default:
			continue
		}
		stressed++
	}
	if stressed >= CombinedStresses {
		a.lower(DoseNone, ReasonCombinedStresses)
	}
	switch l.Experience {
	case Beginner:
		a.lower(DoseNone, ReasonBeginner)
	case ExperienceUnknown:
		a.lower(DoseNone, ReasonExperienceUnknown)
	}
	if l.Conditions.Any() {
		a.lower(DoseNone, ReasonScreened)
		a.Conditions = l.Conditions
	}
	return a, nil
}

func (a *Readiness) lower(to Dose, why Reason) {
	a.Dose = a.Dose.Min(to)
	a.Reasons |= 1 << why
}
