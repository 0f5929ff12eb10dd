package progression

// An Action is what a [Recommendation] asks the lifter to change next time.
// The zero Action is ActionUnknown, which no recommendation carries.
type Action uint8

// The actions.
const (
	ActionUnknown        Action = iota
	ActionAddLoad               // one achievable step heavier
	ActionAddReps               // same load, targets up by one rep
	ActionHold                  // same load, same targets
	ActionReduceLoad            // lighter: one step, or a stated deload
	ActionChangeExercise        // progress has stalled: simplify or switch
)

var actionNames = []string{
	"unknown",
	"add-load",
	"add-reps",
	"hold",
	"reduce-load",
	"change-exercise",
}

// A Reason is why a [Recommendation] or [Stall] says what it says. The zero
// Reason is ReasonUnknown, which no recommendation carries.
type Reason uint8

// The reasons. Double progression gives the first six; sum-of-reps the
// next seven and the shared ones; stall detection the last two.
const (
	ReasonUnknown Reason = iota
	// Every set reached the top of the rep range within its effort cap.
	ReasonTopOfRange
	// Every set reached its target within its effort cap, below the top.
	ReasonTargetsMet
	// A set fell short of its target reps.
	ReasonTargetMissed
	// A set reached its reps with fewer reps in reserve than the cap allows.
	ReasonEffortCapExceeded
	// Fewer working sets were done than prescribed.
	ReasonMissingSets
	// Progress called for a heavier load and the equipment has none.
	ReasonNoHeavierLoad
	// A rest-pause set's total reps went above the top of the range.
	ReasonTotalAboveRange
	// A rest-pause set's total reps are inside the range.
	ReasonTotalInRange
	// A rest-pause set's total reps fell below the range, for the first time.
	ReasonTotalBelowRange
	// Two sessions in a row at this load fell below the range.
	ReasonBelowRangeTwice
	// The first mini-set (the activation set) was too short: too heavy.
	ReasonFirstSetShort
	// Two stalls in a row at this load: simplify or switch the exercise.
	ReasonStalledTwice
	// Less load was called for and the equipment has nothing lighter.
	ReasonNoLighterLoad
	// No new best for the stall window: a deload is suggested.
	ReasonStalled
	// A new best inside the stall window: no stall.
	ReasonProgressing

	// The reasons below come from [Coach.Decide], which also uses those above.

	// Pain or nerve symptoms in the last session: never more load.
	ReasonPainStop
	// A technique or joint signal (technique lost, range shortened,
	// momentum, target not limiting, discomfort rising): the load holds.
	ReasonTechniqueHeld
	// The lift was last done longer ago than the return gap: come back lighter.
	ReasonReturnAfterGap
	// The last session was the first after a long gap: the sessions before
	// the gap no longer count for stalls.
	ReasonReturned
	// Today's dose is reduced: an earned increase waits.
	ReasonDoseHeld
	// Today's dose allows no intensifiers: straight sets, no increase.
	ReasonDoseNone
	// The load lifted was not the load prescribed: targets re-derived from
	// what was done.
	ReasonLoadNotPrescribed
	// No rep range was given: it was inferred from the lifter's own sets.
	ReasonRangeInferred
	// The smallest achievable cut is larger than the rule's percentage.
	ReasonCutRounded
	// A rest-pause total far above the range: more than one step added.
	ReasonFarAboveRange
	// The first session at this load without a prescription: judged
	// against the bottom of the range.
	ReasonNewLoad
	// A stall again after a deload, with no session since the deload past
	// the best before it: simplify or switch the exercise.
	ReasonStalledAfterDeload
	// Joint discomfort, pain or setup friction in too many recent weeks
	// ([Coach.Trouble]): simplify or switch the exercise.
	ReasonRepeatedTrouble
	reasonEnd
)

var reasonNames = []string{
	"unknown",
	"top-of-range",
	"targets-met",
	"target-missed",
	"effort-cap-exceeded",
	"missing-sets",
	"no-heavier-load",
	"total-above-range",
	"total-in-range",
	"total-below-range",
	"below-range-twice",
	"first-set-short",
	"stalled-twice",
	"no-lighter-load",
	"stalled",
	"progressing",
	"pain-stop",
	"technique-held",
	"return-after-gap",
	"returned",
	"dose-held",
	"dose-none",
	"load-not-prescribed",
	"range-inferred",
	"cut-rounded",
	"far-above-range",
	"new-load",
	"stalled-after-deload",
	"repeated-trouble",
}
