package progression

import (
	"strconv"
	"time"

	"github.com/repkit/repkit"
)

// String returns the decision as one sentence built from its reasons, such
// as "Every set reached 12 reps, the top of 8-12: add 2.5kg, to 102.5kg,
// and aim for 8 reps a set." It allocates; call it when showing the
// decision, not when making it.
func (d NextTime) String() string {
	b := make([]byte, 0, 256)
	b = d.appendLead(b)
	b = append(b, ": "...)
	b = d.appendAction(b)
	b = append(b, '.')
	return string(d.appendNotes(b))
}

func (d NextTime) appendLead(b []byte) []byte {
	got, want, rng := strconv.Itoa(d.Got), strconv.Itoa(d.Want), d.Range.String()
	switch d.Lead {
	case ReasonReturnAfterGap:
		return append(b, "Last done "+days(d.Away)+" ago, longer than the return gap, so this is a return, not a stall"...)
	case ReasonPainStop:
		return append(b, "The last session had pain or nerve symptoms, which never lead to more load"...)
	case ReasonTechniqueHeld:
		return append(b, "Technique or a joint signal gave way in the last session, so the load holds"...)
	case ReasonStalled:
		return append(b, "No new best in "+strconv.Itoa(d.Since)+" sessions (best "+d.best()+")"...)
	case ReasonStalledAfterDeload:
		return append(b, "A deload did not lead back past the best before it ("+d.best()+"), and "+strconv.Itoa(d.Since)+" sessions since brought no new best, so stalled progress is now the main story"...)
	case ReasonRepeatedTrouble:
		return append(b, "Joint discomfort, pain or setup friction in "+strconv.Itoa(d.TroubleWeeks)+" of the last "+strconv.Itoa(d.TroubleWindow)+" weeks, so tolerance is now the main story"...)
	case ReasonDoseHeld:
		return append(b, "Today's dose is reduced, so the increase the sets earned waits"...)
	case ReasonDoseNone:
		switch {
		case d.Why.Has(ReasonStalled):
			return append(b, "Today's dose allows no intensifiers, and taking rest-pause out comes first, so the stall (no new best in "+strconv.Itoa(d.Since)+" sessions) waits"...)
		case d.Why.Has(ReasonFirstSetShort) || d.Why.Has(ReasonBelowRangeTwice):
			return append(b, "Today's dose allows no intensifiers, and taking rest-pause out comes first, so the step down the set called for waits"...)
		}
		return append(b, "Today's dose allows no intensifiers, so the increase the sets earned waits"...)
	case ReasonTopOfRange:
		if d.Total {
			return append(b, "The set totalled "+got+" reps, the top of "+rng...)
		}
		return append(b, "Every set reached "+strconv.Itoa(d.Range.Max)+" reps or more, the top of "+rng...)
	case ReasonTotalAboveRange:
		return append(b, "The set totalled "+got+" reps, above "+rng...)
	case ReasonTotalInRange:
		return append(b, "The set totalled "+got+" reps, inside "+rng...)
	case ReasonTotalBelowRange:
		return append(b, "The set totalled "+got+" reps, below "+rng+" for the first time at this load"...)
	case ReasonBelowRangeTwice:
		if !d.Total {
			return append(b, "Two sessions in a row at "+d.load(d.From)+" fell below "+rng+" reps a set ("+got+" in the weakest set this time)"...)
		}
		return append(b, "Two sessions in a row at "+d.load(d.From)+" totalled below "+rng+" ("+got+" reps this time)"...)
	case ReasonFirstSetShort:
		return append(b, "The first mini-set reached only "+got+" reps, under "+want+", so the load is too heavy"...)
	case ReasonTargetsMet:
		return append(b, "Every set reached at least "+got+" reps, meeting the target of "+want...)
	case ReasonTargetMissed:
		return append(b, "The weakest set reached "+got+" of "+want+" reps"...)
	case ReasonEffortCapExceeded:
		return append(b, "A set ended with "+got+" reps in reserve, closer to failure than the cap of "+want...)
	case ReasonMissingSets:
		return append(b, "Fewer working sets were done than the "+strconv.Itoa(d.Sets)+" prescribed"...)
	case ReasonNoHeavierLoad:
		if d.Kind == repkit.LoadAssisted {
			return append(b, "Progress calls for less assistance, but "+d.load(d.From)+" is the least this equipment gives (the exercise at body weight is the next step)"...)
		}
		if d.From == 0 && d.Kind == repkit.LoadExternal {
			return append(b, "Progress calls for more resistance than the log weighs (a stronger band or a harder variation is the next step)"...)
		}
		return append(b, "Progress calls for more load, but nothing heavier than "+d.load(d.From)+" is available"...)
	}
	return append(b, "No decision ("+d.Lead.String()+")"...)
}

func (d NextTime) appendAction(b []byte) []byte {
	load := d.load(d.Load)
	target := d.target()
	switch d.Action {
	case ActionAddLoad:
		switch {
		case d.Kind == repkit.LoadAssisted:
			return append(b, "take "+(d.From-d.Load).Display(d.Unit)+" of assistance off, to "+load+", and aim for "+target...)
		case d.From == 0 && d.Kind != repkit.LoadExternal:
			return append(b, "add "+d.Load.Display(d.Unit)+" to body weight (a plate held, a vest or a belt), and aim for "+target...)
		case d.From == 0:
			return append(b, "add "+d.Load.Display(d.Unit)+", to "+d.Load.Display(d.Unit)+", and aim for "+target...)
		}
		return append(b, "add "+(d.Load-d.From).Display(d.Unit)+", to "+load+", and aim for "+target...)
	case ActionReduceLoad:
		cut := " (" + strconv.Itoa(d.Cut/10) + "." + strconv.Itoa(d.Cut%10) + "%)"
		if d.Cut == 0 {
			cut = "" // one step: a share of body weight that is not known
		}
		if d.Kind == repkit.LoadAssisted {
			return append(b, "add "+(d.Load-d.From).Display(d.Unit)+" of assistance"+cut+", from "+d.load(d.From)+" to "+load+", and aim for "+target...)
		}
		return append(b, "take "+(d.From-d.Load).Display(d.Unit)+" off"+cut+", from "+d.load(d.From)+" to "+load+", and aim for "+target...)
	case ActionAddReps:
		return append(b, "stay at "+load+" and aim for "+target...)
	case ActionChangeExercise:
		return append(b, "simplify or switch the exercise, to a variation that trains the same muscles, and build it up from a load you can do for "+d.Range.String()+" reps"...)
	}
	s := "stay at " + load + " and aim for " + target
	if d.Again {
		s += " again"
	}
	return append(b, s...)
}

// load writes a load in the decision's unit as its Kind means it.
// A zero external load is resistance the log does not weigh (a band, a
// ball): "the same resistance".
func (d NextTime) load(l repkit.Load) string {
	if l == 0 && d.Kind == repkit.LoadExternal {
		return "the same resistance"
	}
	return d.Kind.Describe(l, d.Unit)
}

// target is the target as words: "9 reps a set" or "12 total reps".
func (d NextTime) target() string {
	switch {
	case d.Reps == 0:
		return "your usual straight sets"
	case d.Total:
		return strconv.Itoa(d.Reps) + " total reps"
	case d.Sets > 0:
		return strconv.Itoa(d.Sets) + " sets of " + strconv.Itoa(d.Reps) + " reps"
	}
	if d.Reps == 1 {
		return "1 rep a set"
	}
	return strconv.Itoa(d.Reps) + " reps a set"
}

func (d NextTime) appendNotes(b []byte) []byte {
	if d.Why.Has(ReasonLoadNotPrescribed) {
		b = append(b, " You lifted "+d.load(d.From)+", not the "+d.load(d.Prescribed)+" prescribed, so the target comes from your sets."...)
	}
	if d.Lead == ReasonReturnAfterGap && d.Action == ActionHold && d.Cut > 0 {
		cut := strconv.Itoa(d.Cut/10) + "." + strconv.Itoa(d.Cut%10) + "%"
		b = append(b, " The smallest step down this equipment makes would cut "+cut+", more than twice the rule's "+strconv.Itoa(d.Percent)+"%, so the reps come down instead."...)
	} else if d.Lead == ReasonReturnAfterGap && d.Action == ActionHold && d.Why.Has(ReasonNoLighterLoad) {
		b = append(b, " "+d.nothingLighter()+", so the reps come down instead."...)
	} else if d.Lead == ReasonStalled && d.Why.Has(ReasonNoLighterLoad) && d.Sets > 0 {
		b = append(b, " "+d.nothingLighter()+", so the deload is one set fewer for now"...)
		if d.Kind == repkit.LoadBodyweight {
			b = append(b, " (or a band's help for all the sets)"...)
		}
		b = append(b, '.')
	} else if d.Why.Has(ReasonCutRounded) {
		why := "the nearest load this equipment makes to the target"
		if d.Steps == 1 {
			why = "the smallest step down this equipment makes"
		}
		b = append(b, " That is more than the rule's "+strconv.Itoa(d.Percent)+"%: it is "+why+"."...)
	}
	if d.Why.Has(ReasonFarAboveRange) && d.Action == ActionAddLoad {
		b = append(b, " "+strconv.Itoa(d.Steps)+" steps, because the total was far above the range (one more per range width above it, within the cap)."...)
	}
	if d.Why.Has(ReasonReturned) && d.Lead != ReasonReturnAfterGap {
		b = append(b, " First session back after "+days(d.Away)+" away: earlier sessions do not count for stalls."...)
	}
	if d.Lead == ReasonPainStop {
		b = append(b, " Straight sets next time; get qualified advice if it persists."...)
	} else if d.Why.Has(ReasonDoseNone) {
		b = append(b, " Straight sets with normal rest: no rest-pause today."...)
	}
	if d.Why.Has(ReasonRangeInferred) {
		b = append(b, " (Range "+d.Range.String()+" inferred from your sets.)"...)
	}
	return b
}

// best writes the last new best as the lifter did it: the load and the
// reps in all ("85kg, 24 reps in all"), or the rest-pause total ("40kg x
// 14 total reps").
func (d NextTime) best() string {
	if d.Total {
		return d.load(d.Best) + " x " + strconv.Itoa(d.BestVolume) + " total reps"
	}
	return d.load(d.Best) + ", " + strconv.Itoa(d.BestVolume) + " reps in all"
}

// nothingLighter says that no lighter load is available than From.
func (d NextTime) nothingLighter() string {
	if d.From == 0 && d.Kind == repkit.LoadExternal {
		return "Nothing lighter is available" // a band or a ball: no load to name
	}
	return "Nothing lighter than " + d.load(d.From) + " is available"
}

// days writes a duration as whole days.
func days(t time.Duration) string {
	return strconv.Itoa(int(t/(24*time.Hour))) + " days"
}
