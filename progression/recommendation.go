package progression

import (
	"strconv"

	"github.com/repkit/repkit"
)

// maxReps bounds reps in a set, a total and a rep range: far beyond any set.
const maxReps = 1000

// requireRange checks a rep range a progression needs: it must be set
// (a progression cannot judge reps against no range) and valid.
func requireRange(field string, r repkit.RepRange) error {
	if r.IsZero() {
		return &FieldError{Field: field, Value: "", Err: repkit.ErrInvalid, Hint: "set a rep range, such as 8-12 reps a set or 11-15 total reps"}
	}
	if err := r.Validate(); err != nil {
		return &FieldError{Field: field, Value: r.String(), Err: repkit.ErrInvalid, Hint: "give the fewest reps first, from 1 to 1000, such as 8-12"}
	}
	return nil
}

// A Recommendation is what to lift next time and why. It holds numbers, not
// prose, so that deciding never allocates; [Recommendation.String] turns it
// into a sentence for the lifter. What Got and Want count depends on the
// reason:
//
//	ReasonTargetMissed            reps in the WorkSet Set names; the target reps
//	ReasonEffortCapExceeded       that WorkSet's fewest possible reps in reserve; the cap
//	ReasonMissingSets             sets done; sets prescribed
//	ReasonTopOfRange              fewest reps in a set; the top of the range
//	ReasonNoHeavierLoad           as for ReasonTopOfRange, or ReasonTotalAboveRange
//	ReasonTotal*, BelowRangeTwice the set's total reps; the range's bottom (the top when above it)
//	ReasonNoLighterLoad           as for the reason that asked for less load
//	ReasonStalledTwice            the set's total reps; the total two sessions before
//	ReasonFirstSetShort           reps in the first mini-set; the minimum
//
// JSON: snake_case keys as the tags give them, the action and reason as
// their names, loads as text such as "102.5kg":
//
//	{"action":"add-load","reason":"top-of-range","load":"102.5kg","from":"100kg",
//	 "sets":3,"reps":8,"range":{"min":8,"max":12},"got":12,"want":12}
//
// The zero value is a Recommendation with ActionUnknown; it is a plain
// value, safe for concurrent use.
type Recommendation struct {
	Action Action          `json:"action"`
	Reason Reason          `json:"reason"`
	Load   repkit.Load     `json:"load"`          // the load for next time; always achievable
	From   repkit.Load     `json:"from"`          // the load of the session judged
	Sets   int             `json:"sets,omitzero"` // double progression: working sets next time (0: as many as before)
	Reps   int             `json:"reps,omitzero"` // double progression: target reps in each set next time (0 for sum of reps)
	Range  repkit.RepRange `json:"range"`         // the rep range (double progression) or total-rep range (sum of reps)
	Set    int             `json:"set,omitzero"`  // the 1-based set that decided, or 0
	Got    int             `json:"got"`           // see the table above
	Want   int             `json:"want"`          // see the table above
	Unit   repkit.Unit     `json:"unit,omitzero"` // the unit loads are written in; zero writes kilograms
}

// Prescription returns the recommendation as the next session's
// prescription for double progression.
func (r Recommendation) Prescription() Prescription {
	return Prescription{Load: r.Load, Sets: r.Sets, Reps: r.Reps}
}

// String returns the recommendation as a sentence for the lifter, such as
// "Every set reached 12 reps, the top of 8-12: add 2.5kg, to 102.5kg, and go
// back to 8 reps a set." Loads are in r.Unit, rounded for display
// ([repkit.Load.Display]).
func (r Recommendation) String() string {
	load, from := r.Load.Display(r.Unit), r.From.Display(r.Unit)
	got, want := strconv.Itoa(r.Got), strconv.Itoa(r.Want)
	reps, rng := strconv.Itoa(r.Reps), r.Range.String()
	switch r.Reason {
	case ReasonTopOfRange:
		return "Every set reached " + want + " reps, the top of " + rng + ": add " + (r.Load - r.From).Display(r.Unit) +
			", to " + load + ", and go back to " + reps + " reps a set."
	case ReasonTargetsMet:
		return "Every set reached its target within the effort cap: stay at " + load + " and aim for " + reps + " reps a set."
	case ReasonTargetMissed:
		return "Set " + strconv.Itoa(r.Set) + " reached " + got + " of " + want + " reps: stay at " + load +
			" and aim for " + reps + " reps a set again."
	case ReasonEffortCapExceeded:
		return "Set " + strconv.Itoa(r.Set) + " ended with " + got + " reps in reserve, past the cap of " + want +
			": stay at " + load + " and aim for " + reps + " reps a set again, within the cap."
	case ReasonMissingSets:
		return got + " of " + want + " working sets were done: stay at " + load + " and aim for " + want +
			" sets of " + reps + "."
	case ReasonNoHeavierLoad:
		return "Progress calls for more load, but nothing heavier than " + load +
			" is available: stay there and progress another way, such as a slower tempo or a harder variation."
	case ReasonTotalAboveRange:
		return "The set totalled " + got + " reps, above " + rng + ": add " + (r.Load - r.From).Display(r.Unit) +
			", to " + load + ", and aim for " + rng + " again."
	case ReasonTotalInRange:
		return "The set totalled " + got + " reps, inside " + rng + ": stay at " + load + " and beat " + got + " next time."
	case ReasonTotalBelowRange:
		return "The set totalled " + got + " reps, below " + rng + ": stay at " + load +
			"; a second session below the range takes load off."
	case ReasonBelowRangeTwice:
		return "Two sessions in a row at " + from + " totalled below " + rng + " (" + got + " reps this time): take " +
			(r.From - r.Load).Display(r.Unit) + " off, to " + load + "."
	case ReasonFirstSetShort:
		return "The first mini-set reached only " + got + " reps, under " + want + ", so the load is too heavy: take " +
			(r.From - r.Load).Display(r.Unit) + " off, to " + load + "."
	case ReasonStalledTwice:
		return "Two stalls in a row at " + load + " (" + got + " total reps, no more than " + want +
			" two sessions ago): simplify or switch the exercise rather than push the same set again."
	case ReasonNoLighterLoad:
		return "Less load is called for, but nothing lighter than " + load +
			" is available: stay there and choose an easier variation or fewer reps."
	}
	return "No recommendation (" + r.Reason.String() + ")."
}
