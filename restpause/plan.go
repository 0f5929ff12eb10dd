package restpause

import (
	"cmp"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
)

// A Slot is an exercise's place in a session. The zero Slot is
// [SlotUnknown], which the planner treats like [SlotMain]: an exercise is
// never given rest-pause on missing information.
type Slot uint8

// The slots.
const (
	SlotUnknown   Slot = iota // not given; treated as a main lift
	SlotMain                  // strength or skill practice: normal rest
	SlotAccessory             // accessory work: may be made denser
	slotEnd
)

var slotNames = []string{
	"unknown",
	"main",
	"accessory",
}

// StraightSets is a straight-set prescription: Sets sets of Reps reps with
// Rest between sets. All three must be positive. A StraightSets is a plain
// value, safe for concurrent use; JSON carries the rest in seconds:
// {"sets":3,"reps":12,"rest":90}, and also reads Go duration text ("90s").
type StraightSets struct {
	Sets int           `json:"sets"` // number of sets
	Reps int           `json:"reps"` // reps a set
	Rest time.Duration `json:"rest"` // rest between sets; JSON seconds
}

// TotalReps returns Sets times Reps.
func (s StraightSets) TotalReps() int { return s.Sets * s.Reps }

// String returns "3 x 12 at 1m30s rest".
func (s StraightSets) String() string {
	return strconv.Itoa(s.Sets) + " x " + strconv.Itoa(s.Reps) + " at " + s.Rest.String() + " rest"
}

// A PlanEntry is one exercise of a planned session, in session order: what
// is lifted, its slot, and the straight sets it would get. A PlanEntry is a
// plain value, safe for concurrent reads; JSON carries it as
// {"exercise":{...},"slot":"accessory","sets":{"sets":3,"reps":12,"rest":90}},
// the exercise in package exercise's own encoding.
type PlanEntry struct {
	Exercise exercise.Exercise `json:"exercise,omitzero"` // what is lifted; left out of JSON when zero (no exercise is named)
	Slot     Slot              `json:"slot"`              // its place in the session; "unknown" when not given
	Sets     StraightSets      `json:"sets"`              // the straight sets it would get
}

// A Choice is what the planner gives an exercise. The zero Choice is
// [ChoiceUnknown], which a plan never holds.
type Choice uint8

// The choices.
const (
	ChoiceUnknown      Choice = iota
	ChoiceStraightSets        // keep the straight sets with normal rest
	ChoiceRestPause           // replace the straight sets with one rest-pause set
	choiceEnd
)

var choiceNames = []string{
	"unknown",
	"straight-sets",
	"rest-pause",
}

// A Planner decides which exercises of a session get rest-pause and turns
// their straight sets into rest-pause prescriptions. It is a plain options
// value: the zero Planner uses the defaults below, and a Planner is safe for
// concurrent use.
//
// # Which exercises
//
// Every exercise keeps its straight sets unless all of these hold, checked
// in this order, each failure a [PlanReason] on the item:
//
//   - the lifter reported no screened condition ([PlanScreened]);
//   - the lifter is not a beginner and their experience was given
//     ([PlanBeginner]): the guide's "beginners usually need normal hard
//     sets, stable technique, and simple progression before advanced set
//     structures add much value", so they get straight sets. fatigue.Assess
//     gives such a lifter [fatigue.DoseNone] for the same reason, so the
//     readiness dose and the plan agree;
//   - today's dose allows intensifiers ([PlanNoDose]; [fatigue.DoseUnknown]
//     allows none);
//   - the slot is [SlotAccessory]: main lifts keep normal rest so strength
//     practice stays clean ([PlanMainLift], [PlanSlotUnknown]);
//   - [exercise.Classify] finds it [exercise.Suitable], or [exercise.Caution]
//     on a full dose ([PlanUnsuitable], [PlanCaution]); a caution exercise
//     gets the reduced prescription below and keeps its caution advice;
//   - the exercise is not listed earlier in the session's remaining
//     candidates: the same exercise (by ID, or by name when it has no ID)
//     listed twice is planned once, at its last place ([PlanRepeated]);
//   - it has at least two straight sets to replace: rest-pause replaces
//     work, it is not added on top ([PlanNothingToReplace]);
//   - the replacement saves at least MinSaving ([PlanLittleSaving]): a set
//     structure is not worth changing for a few seconds;
//   - the session limit is not reached ([PlanSessionLimit]): Limit
//     exercises, one on a reduced dose.
//
// Candidates are taken from the end of the session backwards, so rest-pause
// lands on the final accessory slots, as in the guide's "accessory finisher".
// [PlanShortRest] is flagged only on items that keep their straight sets.
//
// # The replacement
//
// The guide's busy lifter "replaces three straight sets of lateral raises
// with one hard set plus a couple of short follow-up bursts", so S straight
// sets of R reps become one activation set of R reps, taken hard but short
// of failure (RPE 8-9; 7-8 on a reduced dose or a caution exercise), then
// MaxBursts bursts (2, the guide's "couple"; 1 on a reduced dose or a
// caution exercise). [DefaultProtocol] allows up to 3 when the lifter runs
// it freely; a plan asks for fewer.
//
// The bursts are not assumed to make up the straight sets' reps: nothing in
// the guide or the studies it cites says a short-rest burst at the same
// load repeats a straight set's reps one for one. Each burst targets a
// quarter to a third of the activation reps (rounded down, and up), at
// least 2 and at most MaxBurstReps: Fagerli's Myo-reps pair 3-5-rep
// mini-sets with a 12-20-rep activation set, and this is repkit's reading
// of that ratio, not a measured one. So 3 x 12 becomes 12 and 2 bursts of
// 3-4 reps (18-20 reps for the 36 replaced), and the plan says how many
// fewer reps it holds ([Replacement.Shortfall]) and that they are not to be
// added back on top: the guide's lifter "still tracks the total reps".
//
// Time is estimated from rep tempo and rests, with t the RepTime, k the
// bursts and B the most reps a burst asks for:
//
//	straight    = S*R*t + (S-1)*Rest
//	rest-pause  = (R + k*B)*t + k*BurstRest
//	saved       = straight - rest-pause
//
// So 3 x 12 lateral raises at 90 s rest, at 3 s a rep, take 36*3 + 2*90 =
// 288 s; one set of 12 and 2 bursts of 3-4 reps after 20 s rests take at
// most 20*3 + 2*20 = 100 s, saving about 188 s. That is density and time,
// not a proven upgrade: Enes et al. (2021), in trained men's lower-body
// training with volume equated, found rest-pause, drop sets and
// traditional sets broadly similar for strength and hypertrophy.
//
// # Short rests
//
// Straight sets resting under 60 s are flagged ([PlanShortRest]): Singer et
// al. 2024 ("Give it a rest", a Bayesian meta-analysis of inter-set rest)
// found a small hypertrophy benefit to resting longer than 60 s and little
// beyond about 90 s, so straight sets deserve their rest, and rest-pause is
// for density where lower per-burst performance is acceptable.
//
// # JSON
//
// An app that stores its planner settings gets them as
// {"limit":1,"burst_rest":15}: the keys of the field tags, zero fields
// (the defaults) left out, times in seconds.
type Planner struct {
	Limit        int           `json:"limit,omitzero"`          // rest-pause exercises per session; zero: 2
	MaxBursts    int           `json:"max_bursts,omitzero"`     // most bursts per rest-pause set; zero: 2
	MaxBurstReps int           `json:"max_burst_reps,omitzero"` // most reps per burst; zero: 5
	BurstRest    time.Duration `json:"burst_rest,omitzero"`     // rest before each burst; zero: 20 s; JSON seconds
	RepTime      time.Duration `json:"rep_time,omitzero"`       // one rep's time for estimates; zero: DefaultRepTime; JSON seconds
	// MinSaving is the least estimated time a replacement must save; zero:
	// DefaultPlanMinSaving. Set it to 1ns to replace whatever saves time.
	// JSON seconds.
	MinSaving time.Duration `json:"min_saving,omitzero"`
}

// Planner defaults, for the zero [Planner].
const (
	DefaultPlanLimit = 2
	// DefaultPlanMaxBursts is the guide's busy lifter's "couple of short
	// follow-up bursts".
	DefaultPlanMaxBursts    = 2
	DefaultPlanMaxBurstReps = 5
	DefaultPlanBurstRest    = 20 * time.Second
	// DefaultPlanMinSaving is the least time a replacement must save: one
	// minute, about one straight-set rest interval (ShortRest). It is
	// repkit's choice; the guide only says rest-pause "can save time".
	DefaultPlanMinSaving = time.Minute
	// ShortRest is the straight-set rest below which [PlanShortRest] is
	// flagged (Singer et al. 2024).
	ShortRest = 60 * time.Second
)

func (p Planner) withDefaults() Planner {
	p.Limit = cmp.Or(p.Limit, DefaultPlanLimit)
	p.MaxBursts = cmp.Or(p.MaxBursts, DefaultPlanMaxBursts)
	p.MaxBurstReps = cmp.Or(p.MaxBurstReps, DefaultPlanMaxBurstReps)
	p.BurstRest = cmp.Or(p.BurstRest, DefaultPlanBurstRest)
	p.RepTime = cmp.Or(p.RepTime, DefaultRepTime)
	p.MinSaving = cmp.Or(p.MinSaving, DefaultPlanMinSaving)
	return p
}

func (p Planner) validate() error {
	switch {
	case p.Limit < 0:
		return invalid("planner limit", strconv.Itoa(p.Limit), "give 0 (the default, 2) or more")
	case p.MaxBursts < 0 || p.MaxBursts > BurstsLimit:
		return invalidInt("planner max bursts", p.MaxBursts, 0, BurstsLimit)
	case p.MaxBurstReps < 0 || p.MaxBurstReps > RepsLimit:
		return invalidInt("planner max burst reps", p.MaxBurstReps, 0, RepsLimit)
	case p.BurstRest < 0 || p.BurstRest > DurationLimit:
		return invalidDuration("planner burst rest", p.BurstRest, DurationLimit)
	case p.RepTime < 0 || p.RepTime > DurationLimit:
		return invalidDuration("planner rep time", p.RepTime, DurationLimit)
	case p.MinSaving < 0 || p.MinSaving > DurationLimit:
		return invalidDuration("planner min saving", p.MinSaving, DurationLimit)
	}
	return nil
}

// A Replacement is the rest-pause set that replaces an exercise's straight
// sets, with the time estimate behind it. The zero Replacement is no
// replacement. A Replacement is a plain value, safe for concurrent use;
// JSON carries its times in seconds:
//
//	{"activation":12,"rpe":"rpe 8-9","bursts":2,"burst_reps":{"min":3,"max":4},"rest":20,
//	 "total_reps":20,"replaced":36,"straight":288,"time":100,"verdict":"suitable"}
type Replacement struct {
	Activation int              `json:"activation"` // target reps of the activation set
	RPE        RPERange         `json:"rpe"`        // effort target of the activation set, as text
	Bursts     int              `json:"bursts"`     // planned bursts after it
	BurstReps  repkit.RepRange  `json:"burst_reps"` // target reps per burst
	Rest       time.Duration    `json:"rest"`       // rest before each burst; JSON seconds
	TotalReps  int              `json:"total_reps"` // the most reps the plan asks for: Activation plus Bursts times BurstReps.Max
	Replaced   int              `json:"replaced"`   // the straight sets' total reps
	Straight   time.Duration    `json:"straight"`   // estimated time of the straight sets; JSON seconds
	Time       time.Duration    `json:"time"`       // estimated time of the rest-pause set; JSON seconds
	Verdict    exercise.Verdict `json:"verdict"`    // the exercise's classification
}

// Shortfall returns how many fewer reps than the straight sets the
// prescription gives at least: the straight sets' reps less the most the
// prescription asks for (0 when it asks for as many).
func (r Replacement) Shortfall() int { return max(r.Replaced-r.TotalReps, 0) }

// Saved returns the estimated time saved, Straight minus Time.
func (r Replacement) Saved() time.Duration { return r.Straight - r.Time }

// Protocol returns a [Protocol] that runs this replacement in a [Session]:
// [DefaultProtocol] with the activation and burst targets, the rest, and at
// most Bursts bursts; its TotalRepRange is what the plan expects in all. Its
// minimum burst reps is lowered to BurstReps.Min when the plan asks for
// smaller bursts, so that a lifter doing exactly the plan reaches its end.
func (r Replacement) Protocol() Protocol {
	p := DefaultProtocol()
	// The name says the prescription, so that plans with different targets
	// never share a name in a Protocols (and a stored Record says what was
	// planned), while two exercises planned alike share one protocol.
	p.Name = r.protocolName()
	p.Activation = repkit.RepRange{Min: r.Activation, Max: r.Activation}
	p.ActivationRPE = r.RPE
	p.Rest = Rest{Min: r.Rest, Max: r.Rest}
	p.Burst = r.BurstReps
	p.TotalRepRange = r.TotalRange()
	if r.Bursts > 0 {
		p.MaxBursts = r.Bursts
	}
	if r.BurstReps.Min > 0 && r.BurstReps.Min < p.MinBurstReps {
		// A burst as small as the plan asks for is not reps collapsing.
		p.MinBurstReps = r.BurstReps.Min
	}
	return p
}

// A PlanItem is the planner's decision for one exercise. It is a plain
// value, safe for concurrent reads; JSON carries it with the keys of its
// field tags, the reasons as an array of names:
// {"entry":{...},"choice":"rest-pause","reasons":["replaces"],"classified":{...},"replacement":{...}}.
type PlanItem struct {
	Entry  PlanEntry `json:"entry"`
	Choice Choice    `json:"choice"`
	// Reasons explains the choice; for a rest-pause item it holds
	// [PlanReplaces] and any flags.
	Reasons PlanReasons `json:"reasons"`
	// Classified is the exercise's [exercise.Classify] assessment, in
	// package exercise's own encoding.
	Classified exercise.Assessment `json:"classified"`
	// Replacement is set when Choice is [ChoiceRestPause]; JSON omits it
	// otherwise.
	Replacement Replacement `json:"replacement,omitzero"`
}

// Sentences yields one sentence per reason, explaining the decision.
func (it PlanItem) Sentences() iter.Seq[string] {
	return func(yield func(string) bool) {
		for r := range it.Reasons.All() {
			if !yield(it.sentence(r)) {
				return
			}
		}
	}
}

func (it PlanItem) sentence(r PlanReason) string {
	name := it.Entry.Exercise.Name
	switch r {
	case PlanReplaces:
		rp := it.Replacement
		s := name + ": replace " + it.Entry.Sets.String() + " (" + strconv.Itoa(rp.Replaced) +
			" reps, about " + rp.Straight.String() + ") with one set of " + strconv.Itoa(rp.Activation) +
			" at " + rp.RPE.String()
		switch rp.Bursts {
		case 0:
		case 1:
			s += " and 1 short burst of " + rp.BurstReps.String() + " reps after a " + rp.Rest.String() + " rest"
		default:
			s += " and " + strconv.Itoa(rp.Bursts) + " short bursts of " + rp.BurstReps.String() +
				" reps after " + rp.Rest.String() + " rests"
		}
		s += " (at most " + strconv.Itoa(rp.TotalReps) + " reps, about " + rp.Time.String() + "): saves about " +
			rp.Saved().String() + "."
		if rp.Shortfall() > 0 {
			s += " That is at least " + strconv.Itoa(rp.Shortfall()) + " fewer reps than the straight sets; track total reps and do not add them back on top."
		}
		if rp.Verdict == exercise.Caution {
			s += " A gentler set for a caution exercise."
			if adv := it.Classified.Advice(); adv != "" {
				s += " " + adv
			}
		}
		return s
	case PlanUnsuitable, PlanCaution:
		s := name + ": " + r.Sentence()
		if adv := it.Classified.Advice(); adv != "" {
			s += " " + adv
		}
		return s
	}
	return name + ": " + r.Sentence()
}

// A Plan is a session's decisions, in session order. The zero Plan has no
// items. A Plan is safe for concurrent reads; JSON carries it as
// {"items":[...],"rest_pause":1,"saved":188}, the time saved in seconds.
type Plan struct {
	Items []PlanItem `json:"items,omitempty"`
	// RestPause counts the items given rest-pause.
	RestPause int `json:"rest_pause"`
	// Saved is the total estimated time saved; JSON seconds.
	Saved time.Duration `json:"saved"`
}

// Plan decides every entry of a session for a lifter on today's dose (from
// [fatigue.Assess]); see [Planner] for the rules. Entries with no sets, no
// reps, a negative rest, an unknown slot value or no exercise name are an
// error naming the entry, as are an experience, conditions or dose outside
// their constants; no plan is returned then. Plan allocates only the
// Items slice.
func (p Planner) Plan(l fatigue.Lifter, dose fatigue.Dose, entries []PlanEntry) (Plan, error) {
	if err := p.validate(); err != nil {
		return Plan{}, err
	}
	if err := validateLifter(l, dose); err != nil {
		return Plan{}, err
	}
	if err := validateEntries(entries); err != nil {
		return Plan{}, err
	}
	p = p.withDefaults()
	conservative := dose == fatigue.DoseReduced
	limit := p.Limit
	if conservative {
		limit = min(limit, 1)
	}
	plan := Plan{Items: make([]PlanItem, len(entries))}
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		it := &plan.Items[i]
		it.Entry = e
		it.Choice = ChoiceStraightSets
		it.Classified = exercise.Classify(e.Exercise)
		why := p.refuse(l, dose, e, it.Classified.Verdict, conservative)
		if why == planReasonNone && repeatedLater(entries, i) {
			why = PlanRepeated
		}
		var rp Replacement
		if why == planReasonNone {
			rp = p.replace(e.Sets, conservative || it.Classified.Verdict == exercise.Caution, it.Classified.Verdict)
			if rp.Saved() < p.MinSaving {
				why = PlanLittleSaving
			}
		}
		if why == planReasonNone && plan.RestPause >= limit {
			why = PlanSessionLimit
		}
		if why != planReasonNone {
			it.Reasons = it.Reasons.with(why)
			if e.Sets.Sets >= 2 && e.Sets.Rest < ShortRest {
				it.Reasons = it.Reasons.with(PlanShortRest)
			}
			continue
		}
		it.Choice = ChoiceRestPause
		it.Reasons = it.Reasons.with(PlanReplaces)
		it.Replacement = rp
		plan.RestPause++
		plan.Saved += rp.Saved()
	}
	return plan, nil
}

// repeatedLater reports whether entries[i] names the same exercise as a
// later entry: by ID when both have one, else by name, ignoring case.
func repeatedLater(entries []PlanEntry, i int) bool {
	x := entries[i].Exercise
	for _, e := range entries[i+1:] {
		y := e.Exercise
		if x.ID != "" && y.ID != "" {
			if x.ID == y.ID {
				return true
			}
			continue
		}
		if strings.EqualFold(x.Name, y.Name) && x.Name != "" {
			return true
		}
	}
	return false
}

// refuse returns the first reason e keeps its straight sets, or
// planReasonNone.
func (p Planner) refuse(l fatigue.Lifter, dose fatigue.Dose, e PlanEntry, v exercise.Verdict, conservative bool) PlanReason {
	switch {
	case l.Conditions.Any():
		return PlanScreened
	case l.Experience.Conservative():
		return PlanBeginner
	case !dose.Allows():
		return PlanNoDose
	case e.Slot == SlotUnknown:
		return PlanSlotUnknown
	case e.Slot != SlotAccessory:
		return PlanMainLift
	case v == exercise.Suitable:
	case v == exercise.Caution && !conservative:
	case v == exercise.Caution:
		return PlanCaution
	default:
		return PlanUnsuitable
	}
	if e.Sets.Sets < 2 {
		return PlanNothingToReplace
	}
	return planReasonNone
}

// replace builds the rest-pause set for s; gentle asks for the reduced
// prescription (a reduced dose or a caution exercise). See [Planner].
func (p Planner) replace(s StraightSets, gentle bool, v exercise.Verdict) Replacement {
	r := Replacement{
		Activation: s.Reps,
		RPE:        RPERange{Min: 8, Max: 9},
		Rest:       p.BurstRest,
		Replaced:   s.TotalReps(),
		Verdict:    v,
		Bursts:     p.MaxBursts,
	}
	if gentle {
		r.RPE = RPERange{Min: 7, Max: 8}
		r.Bursts = max(p.MaxBursts-1, 1)
	}
	// A quarter to a third of the activation reps, from 2 to MaxBurstReps.
	// A burst never asks for more than the activation set did.
	most := min(p.MaxBurstReps, s.Reps)
	lo := min(max(s.Reps/4, 2), most)
	hi := min(max((s.Reps+2)/3, lo), most)
	r.BurstReps = repkit.RepRange{Min: lo, Max: hi}
	r.TotalReps = r.Activation + r.Bursts*hi
	r.Straight = time.Duration(r.Replaced)*p.RepTime + time.Duration(s.Sets-1)*s.Rest
	r.Time = time.Duration(r.TotalReps)*p.RepTime + time.Duration(r.Bursts)*r.Rest
	return r
}

// validateLifter rejects enum values outside their constants: an unknown
// Experience would otherwise read as experienced and loosen the rules.
func validateLifter(l fatigue.Lifter, dose fatigue.Dose) error {
	if _, err := l.Experience.MarshalText(); err != nil {
		return &FieldError{Field: "lifter experience", Value: l.Experience.String(), Err: repkit.ErrUnknownName,
			Hint: "give beginner, intermediate or advanced, or leave it unknown"}
	}
	if err := l.Conditions.Validate(); err != nil {
		return &FieldError{Field: "lifter conditions", Value: strconv.Itoa(int(l.Conditions)), Err: repkit.ErrUnknownName,
			Hint: "build the set from the fatigue.Condition constants only"}
	}
	if _, err := dose.MarshalText(); err != nil {
		return &FieldError{Field: "dose", Value: dose.String(), Err: repkit.ErrUnknownName,
			Hint: "give full, reduced or none, as fatigue.Assess returns"}
	}
	return nil
}

func validateEntries(entries []PlanEntry) error {
	for i, e := range entries {
		at := "entry " + strconv.Itoa(i) + " "
		switch {
		case e.Exercise.Name == "" && e.Exercise.ID == "":
			return invalid(at+"exercise", "", "give the exercise a name or an id")
		case e.Slot >= slotEnd:
			return &FieldError{Field: at + "slot", Value: e.Slot.String(), Err: repkit.ErrUnknownName,
				Hint: "give one of the Slot constants"}
		case e.Sets.Sets < 1 || e.Sets.Sets > BurstsLimit:
			return invalidInt(at+"sets", e.Sets.Sets, 1, BurstsLimit)
		case e.Sets.Reps < 1 || e.Sets.Reps > RepsLimit:
			return invalidInt(at+"reps", e.Sets.Reps, 1, RepsLimit)
		case e.Sets.Rest < 0 || e.Sets.Rest > DurationLimit:
			return invalidDuration(at+"rest", e.Sets.Rest, DurationLimit)
		}
	}
	return nil
}

// protocolName is the name of the protocol a Replacement prescribes, such
// as "planned-rest-pause 12 rpe 8-9 + 2x3-4 after 20s".
func (r Replacement) protocolName() string {
	name := "planned-rest-pause " + strconv.Itoa(r.Activation)
	if !r.RPE.IsZero() {
		name += " " + r.RPE.String()
	}
	return name + " + " + strconv.Itoa(r.Bursts) + "x" + r.BurstReps.String() + " after " + r.Rest.String()
}
