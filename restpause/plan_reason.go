package restpause

import (
	"iter"

	"github.com/repkit/repkit/internal/enum"
)

// A PlanReason explains a [PlanItem]'s choice. The zero PlanReason is
// [PlanReasonUnknown], which no plan gives.
type PlanReason uint8

// The plan reasons.
const (
	PlanReasonUnknown    PlanReason = iota
	PlanReplaces                    // rest-pause replaces the straight sets
	PlanScreened                    // the lifter reported a screened condition
	PlanNoDose                      // today's dose allows no intensifiers
	PlanMainLift                    // a main lift keeps normal rest
	PlanSlotUnknown                 // slot not given: treated as a main lift
	PlanUnsuitable                  // the exercise does not suit rest-pause
	PlanCaution                     // a caution exercise, and the lifter or dose is conservative
	PlanNothingToReplace            // a single set: nothing to replace
	PlanSessionLimit                // the session already has its rest-pause exercises
	PlanShortRest                   // straight sets rest under 60 s
	PlanBeginner                    // a beginner, or experience not given: straight sets first
	PlanRepeated                    // the exercise is listed again later; it is planned once, there
	PlanLittleSaving                // the replacement would save less than the planner's MinSaving
	planReasonEnd

	planReasonNone = PlanReasonUnknown
)

var planReasonNames = []string{
	"unknown",
	"replaces",
	"screened",
	"no-dose",
	"main-lift",
	"slot-unknown",
	"unsuitable",
	"caution",
	"nothing-to-replace",
	"session-limit",
	"short-rest",
	"beginner",
	"repeated",
	"little-saving",
}

// Sentence explains the reason to a lifter.
func (r PlanReason) Sentence() string {
	switch r {
	case PlanReplaces:
		return "rest-pause replaces the straight sets."
	case PlanScreened:
		return "straight sets with normal rest: a condition you reported should change the plan with qualified guidance first."
	case PlanNoDose:
		return "straight sets with normal rest: today's readiness allows no intensifiers."
	case PlanMainLift:
		return "main lifts keep normal rest, so load, bracing, range and performance stay easy to judge."
	case PlanSlotUnknown:
		return "straight sets with normal rest: the slot was not given, so it is treated as a main lift."
	case PlanUnsuitable:
		return "straight sets with normal rest: this exercise does not suit rest-pause."
	case PlanCaution:
		return "straight sets with normal rest: this exercise needs an experienced lifter on a full dose for rest-pause."
	case PlanNothingToReplace:
		return "a single set leaves nothing to replace, and rest-pause is not added on top."
	case PlanSessionLimit:
		return "straight sets: the session already has its rest-pause exercises; one or two accessories are enough for a first test."
	case PlanBeginner:
		return "straight sets first: beginners (and lifters whose experience is not given) get more from normal hard sets, stable technique and simple progression before advanced set structures."
	case PlanRepeated:
		return "straight sets here: the same exercise comes again later in the session, and rest-pause is planned once, at its last place."
	case PlanLittleSaving:
		return "straight sets: rest-pause would save too little time here to be worth changing the set structure."
	case PlanShortRest:
		return "rests under 60 s between straight sets may cost a little growth (Singer et al. 2024): rest 60-90 s."
	}
	return ""
}

// PlanReasons is a set of [PlanReason] values; the zero PlanReasons is
// empty. It is a plain value, safe for concurrent use. JSON carries it as
// an array of names in constant order, such as ["main-lift","short-rest"],
// and [] when empty (see [PlanReasons.MarshalJSON]).
type PlanReasons uint16

func (s PlanReasons) with(r PlanReason) PlanReasons { return s | 1<<r }

// Has reports whether r is in s.
func (s PlanReasons) Has(r PlanReason) bool { return enum.Has(s, r) }

// Len returns how many reasons s holds.
func (s PlanReasons) Len() int { return enum.Count(s) }

// All yields the reasons in s in constant order.
func (s PlanReasons) All() iter.Seq[PlanReason] {
	return enum.Members(s, PlanReasonUnknown+1, planReasonEnd)
}
