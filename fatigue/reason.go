package fatigue

import (
	"iter"

	"github.com/repkit/repkit/internal/enum"
)

// A Reason is why an [Readiness] lowered the dose. The zero Reason is
// [ReasonUnknown], which no assessment gives.
type Reason uint8

// The reasons, in the order [Readiness.Sentences] gives them.
const (
	ReasonUnknown           Reason = iota
	ReasonShortSleep               // sleep under ShortSleep
	ReasonHardDieting              // dieting hard
	ReasonEnduranceLoad            // lots of endurance training
	ReasonSoreness                 // soreness hanging around
	ReasonJointIrritation          // joints irritated
	ReasonLowMotivation            // motivation low
	ReasonMissedLifts              // already missing lifts
	ReasonCombinedStresses         // several stresses at once
	ReasonBeginner                 // beginner: straight sets first
	ReasonExperienceUnknown        // experience not given: beginner rules
	ReasonScreened                 // a screened condition: refer, no intensifiers
	reasonEnd
)

var reasonNames = []string{
	"unknown",
	"short-sleep",
	"hard-dieting",
	"endurance-load",
	"soreness",
	"joint-irritation",
	"low-motivation",
	"missed-lifts",
	"combined-stresses",
	"beginner",
	"experience-unknown",
	"screened",
}

var reasonFields = []string{
	"", "sleep", "dieting", "endurance", "soreness", "joints", "low_motivation",
	"missed_lifts", "", "experience", "experience", "conditions",
}

var reasonSentences = []string{
	"",
	"You are short on sleep, which should lower the dose of intensifiers such as rest-pause.",
	"You are dieting hard, which should lower the dose of intensifiers.",
	"You are doing a lot of endurance training, which should lower the dose of intensifiers.",
	"Soreness from earlier sessions is hanging around: keep enough margin that the next session does not get worse.",
	"Your joints are irritated: short-rest bursts can wait until they settle.",
	"Motivation is low: fix the boring things (sleep, food, progression) before adding harder set structures.",
	"You are already missing lifts, which should lower the dose of intensifiers.",
	"Several recovery stresses at once: straight sets with normal rest today.",
	"Beginners do best with normal hard sets, stable technique and simple progression first: straight sets with normal rest, no rest-pause yet.",
	"Training experience was not given, so beginner rules apply: straight sets with normal rest.",
	"A condition you reported should change the plan with qualified guidance: no intensifiers until then.",
}

func (r Reason) field() string {
	if r < reasonEnd {
		return reasonFields[r]
	}
	return reasonText.String(r)
}

// Sentence returns a short explanation for the lifter.
func (r Reason) Sentence() string { return enum.Entry(reasonSentences, r) }

// Reasons is a set of [Reason] values. The zero Reasons is empty. It is a
// plain value, safe for concurrent use. JSON writes it as an array of
// reason names in constant order, such as ["short-sleep","beginner"], and
// [] for the empty set.
type Reasons uint16

// Has reports whether r is in s.
func (s Reasons) Has(r Reason) bool { return enum.Has(s, r) }

// Len returns how many reasons s holds.
func (s Reasons) Len() int { return enum.Count(s) }

// All yields the reasons in s in constant order.
func (s Reasons) All() iter.Seq[Reason] { return enum.Members(s, ReasonUnknown+1, reasonEnd) }
