package fatigue

import (
	"iter"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

// A Condition is one of the health conditions that, per the rest-pause
// guide's "Who this is for / not for", should change the plan with
// qualified guidance. Any of them rules intensifiers out: [Assess] gives
// [DoseNone] and asks the app to refer the lifter to a qualified
// professional. repkit does not diagnose, grade or clear any of them.
//
// The zero Condition is [ConditionUnknown], which is not a condition and is
// never part of a [Conditions] set.
type Condition uint8

// The screened conditions.
const (
	ConditionUnknown           Condition = iota
	Pain                                 // pain during or after training
	RecentInjury                         // an injury not yet cleared for hard training
	PregnancyPostpartum                  // pregnancy or postpartum restrictions
	CardiacSymptoms                      // chest pain, palpitations, unusual breathlessness
	Fainting                             // fainting or near-fainting
	NeurologicalSymptoms                 // numbness, tingling, weakness, nerve symptoms
	MedicationConstraints                // medication that limits exertion
	KidneyDisease                        // kidney disease
	EatingDisorderHistory                // a history of eating disorders
	ClinicianManagedWeightLoss           // weight loss managed by a clinician
	conditionEnd
)

var conditionNames = []string{
	"unknown",
	"pain",
	"recent-injury",
	"pregnancy-postpartum",
	"cardiac-symptoms",
	"fainting",
	"neurological-symptoms",
	"medication-constraints",
	"kidney-disease",
	"eating-disorder-history",
	"clinician-managed-weight-loss",
}

var conditionSentences = []string{
	"",
	"Pain deserves qualified help: rest-pause is not pain treatment.",
	"A recent injury needs clearance from a qualified professional before hard, short-rest sets.",
	"Pregnancy or postpartum restrictions come first: follow your clinician's guidance.",
	"Cardiac symptoms need medical assessment before any hard training.",
	"Fainting needs medical assessment before any hard training.",
	"Numbness, tingling, weakness or other nerve symptoms deserve qualified help.",
	"Medication that limits exertion needs your prescriber's guidance on hard sets.",
	"Kidney disease needs your clinician's guidance on training intensity.",
	"With an eating-disorder history, a qualified professional should shape training stress.",
	"Clinician-managed weight loss comes first: ask your clinician about hard training.",
}

// Sentence returns a short explanation for the lifter, naming who to ask.
func (c Condition) Sentence() string { return enum.Entry(conditionSentences, c) }

// Conditions is a set of screened conditions, the answers to a health
// screen. The zero Conditions is the empty set: nothing reported. Add to it
// with [Conditions.With]; a non-empty set rules intensifiers out. It is a
// plain value, safe for concurrent use. JSON writes it as an array of
// condition names in constant order, such as ["pain","fainting"], and []
// for the empty set; text (MarshalText) is the names joined by commas.
type Conditions uint16

// ConditionsOf returns the set holding cs. It panics on a value outside the
// constants, a programming mistake.
func ConditionsOf(cs ...Condition) Conditions {
	var s Conditions
	for _, c := range cs {
		s = s.With(c)
	}
	return s
}

const allConditions = Conditions(1<<conditionEnd - 2)

// With returns s with c added. It panics on [ConditionUnknown] or a value
// outside the constants, a programming mistake; check values read from
// outside with [Conditions.Validate] or [Condition.UnmarshalText].
func (s Conditions) With(c Condition) Conditions {
	if c == ConditionUnknown || c >= conditionEnd {
		panic("fatigue: Conditions.With: invalid condition " + c.String())
	}
	return s | 1<<c
}

// Has reports whether c is in s.
func (s Conditions) Has(c Condition) bool { return enum.Has(s, c) }

// Any reports whether s holds any condition, which rules intensifiers out
// and calls for a referral to qualified guidance.
func (s Conditions) Any() bool { return s != 0 }

// Validate returns an error wrapping [repkit.ErrUnknownName] if s holds bits that
// are no [Condition].
func (s Conditions) Validate() error {
	if s&^allConditions != 0 {
		return &FieldError{Field: "conditions", Value: "0x" + hex16(uint16(s)), Err: repkit.ErrUnknownName,
			Hint: "build the set from the Condition constants only"}
	}
	return nil
}

// All yields the conditions in s in constant order.
func (s Conditions) All() iter.Seq[Condition] {
	return enum.Members(s, ConditionUnknown+1, conditionEnd)
}

// MarshalText writes the set as comma-separated names, such as
// "pain,fainting"; the empty set is empty text.
func (s Conditions) MarshalText() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return conditionText.AppendNames(nil, s.All()), nil
}

// UnmarshalText reads comma-separated names case-insensitively, ignoring
// spaces around them; an unknown name is an error wrapping [repkit.ErrUnknownName]
// and leaves s unchanged.
func (s *Conditions) UnmarshalText(text []byte) error {
	var out Conditions
	err := conditionText.ParseSet(text, true, func(c Condition) { out = out.With(c) })
	if err == nil {
		*s = out
	}
	return err
}

func hex16(v uint16) string {
	const digits = "0123456789abcdef"
	b := [4]byte{digits[v>>12&15], digits[v>>8&15], digits[v>>4&15], digits[v&15]}
	return string(b[:])
}
