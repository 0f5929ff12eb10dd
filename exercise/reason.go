package exercise

import (
	"iter"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

// Reason is one typed reason behind a [Verdict]. Each reason has a stable
// lower-case [Reason.Code] (a contract: tools parse it), a [Reason.Sentence]
// a lifter understands, the [Reason.Advice] of what to do instead, and the
// [Reason.Severity] it brings on its own. The zero value is [ReasonUnknown],
// which [Classify] never reports.
type Reason uint8

// The reasons, in the order [Reasons.All] yields them.
const (
	ReasonUnknown Reason = iota
	// ReasonUnknownTraits: a deciding trait is unknown.
	ReasonUnknownTraits
	// ReasonNotResistance: stretching or cardio, not a loaded set.
	ReasonNotResistance
	// ReasonBallistic: jumped, thrown, swung or driven with momentum.
	ReasonBallistic
	// ReasonHighSkill: technique is the exercise.
	ReasonHighSkill
	// ReasonModerateSkill: technique matters and fades with fatigue.
	ReasonModerateSkill
	// ReasonUnstable: an unstable surface or balance-demanding stance.
	ReasonUnstable
	// ReasonSelfStabilisedCompound: a standing or hanging compound movement
	// the lifter must stabilise.
	ReasonSelfStabilisedCompound
	// ReasonGripLimited: the grip gives out before the target muscle.
	ReasonGripLimited
	// ReasonConditioningLimited: breathing ends the set.
	ReasonConditioningLimited
	// ReasonBalanceLimited: balance ends the set.
	ReasonBalanceLimited
	// ReasonBracingLimited: bracing the trunk ends the set.
	ReasonBracingLimited
	// ReasonCarefulStop: a failed rep needs a controlled exit.
	ReasonCarefulStop
	// ReasonHardStop: a failed rep has no simple way out.
	ReasonHardStop
	// ReasonSpinalLoad: heavy loading of the spine.
	ReasonSpinalLoad
	// ReasonFormDrift: body English creeps into tired reps.
	ReasonFormDrift
	// ReasonChangesExercise: a tired rep becomes a different exercise.
	ReasonChangesExercise

	reasonEnd // one past the last reason
)

// straightSets is the alternative every reason points to: the guide's
// "use straight sets with normal rest instead". Singer et al. 2024 found a
// small benefit to resting longer than 60 s between sets.
const straightSets = "Use straight sets with normal rest (more than 60 s, longer for heavy work)"

// reasonCodes lists the codes of reasonTable, for reasonText.
func reasonCodes() []string {
	codes := make([]string, len(reasonTable))
	for i, r := range reasonTable {
		codes[i] = r.code
	}
	return codes
}

var reasonTable = [reasonEnd]struct {
	code, sentence, advice string
	severity               Verdict
}{
	ReasonUnknown: {"unknown", "No reason recorded.", "", VerdictUnknown},
	ReasonUnknownTraits: {"unknown-traits",
		"Some of the traits that decide suitability are not known for this exercise.",
		straightSets + " until the exercise's setup, stability and stop point are known.", Caution},
	ReasonNotResistance: {"not-resistance",
		"This is stretching or cardio, not a loaded set that can be extended with short bursts.",
		"Keep it as its own stretching or conditioning work; rest-pause belongs to loaded accessory sets.", Unsuitable},
	ReasonBallistic: {"ballistic",
		"The load is jumped, thrown or driven with momentum, so speed, not the target muscle, shapes each rep and tired reps get sloppy fast.",
		straightSets + " and full recovery between sets, stopping while reps are still fast.", Unsuitable},
	ReasonHighSkill: {"high-skill",
		"Technique is most of this exercise; with short rests it degrades before the target muscle is worked hard.",
		straightSets + " so every rep stays practice of good technique; use rest-pause on a machine or cable accessory for the same muscles.", Unsuitable},
	ReasonModerateSkill: {"moderate-skill",
		"Technique matters here and fades as fatigue builds during short rests.",
		"Prefer a machine or cable version for rest-pause, or keep a rep buffer and stop as soon as technique changes.", Caution},
	ReasonUnstable: {"unstable",
		"The surface or stance is unstable, so balance, not the target muscle, decides when the set ends.",
		straightSets + "; for rest-pause, pick a seated, supported or machine version.", Unsuitable},
	ReasonSelfStabilisedCompound: {"self-stabilised-compound",
		"You hold both the load and your body on their path, so fatigue spreads beyond the target muscle.",
		"Prefer a supported or machine version for rest-pause, or keep the bursts short and stop when the setup shifts.", Caution},
	ReasonGripLimited: {"grip-limited",
		"Your grip is likely to give out before the target muscle does.",
		"Use straps or a machine or cable version, or use straight sets with normal rest.", Caution},
	ReasonConditioningLimited: {"conditioning-limited",
		"Breathing and heart rate end the set before the target muscle does.",
		"Train it as conditioning with its own work and rest; rest-pause belongs to loaded accessory sets.", Unsuitable},
	ReasonBalanceLimited: {"balance-limited",
		"Balance ends the set before the target muscle does, and tired reps lose balance first.",
		straightSets + "; for rest-pause, pick a supported or machine version such as a leg press or leg extension.", Unsuitable},
	ReasonBracingLimited: {"bracing-limited",
		"Holding your trunk braced limits the set, so short rests wear down bracing, not the target muscle.",
		straightSets + " so bracing, range and load stay easy to judge; rest-pause can wait for simpler accessory slots.", Unsuitable},
	ReasonCarefulStop: {"careful-stop",
		"A rep that does not come up needs a controlled exit, such as safeties, a spotter or lowering heavy dumbbells.",
		"Set safeties or a spotter and keep a rep buffer, or use a machine version with an easy stop.", Caution},
	ReasonHardStop: {"hard-stop",
		"A rep that does not come up leaves the load on your back, over your head or in motion, with no simple way out.",
		straightSets + " and a rep buffer; save rest-pause for exercises you can stop anywhere.", Unsuitable},
	ReasonSpinalLoad: {"spinal-load",
		"The spine carries a heavy load, and short rests add fatigue to the trunk that holds it.",
		"Prefer a seated or supported version for rest-pause, such as a machine press or a leg press.", Caution},
	ReasonFormDrift: {"form-drift",
		"Body English (sagging, twisting, swinging) tends to creep into tired reps.",
		"Stop each burst when the form changes, or pick a supported version that holds the body still.", Caution},
	ReasonChangesExercise: {"changes-exercise",
		"A tired rep turns this into a different exercise (a heave, a cheat, a push press), so reps stop being comparable.",
		straightSets + "; for rest-pause, pick a chest-supported or machine version.", Unsuitable},
}

// Code returns the stable lower-case code, such as "balance-limited", or
// "Reason(n)" for a value past the last reason.
func (r Reason) Code() string { return reasonText.String(r) }

// Sentence explains the reason to a lifter in one sentence.
func (r Reason) Sentence() string {
	if r >= reasonEnd {
		return ""
	}
	return reasonTable[r].sentence
}

// Advice says what to do instead, in one sentence.
func (r Reason) Advice() string {
	if r >= reasonEnd {
		return ""
	}
	return reasonTable[r].advice
}

// Severity returns the verdict the reason brings on its own: [Caution] or
// [Unsuitable] ([VerdictUnknown] for ReasonUnknown and invalid values).
func (r Reason) Severity() Verdict {
	if r >= reasonEnd {
		return VerdictUnknown
	}
	return reasonTable[r].severity
}

// Reasons is a set of reasons, one bit per [Reason]. The zero value is the
// empty set. It is a value, and no operation allocates except String,
// MarshalText (use [Reasons.AppendText] with a reused buffer instead) and
// the JSON methods. Its text is the codes joined by commas
// ("moderate-skill,hard-stop"); its JSON is an array of codes
// (["moderate-skill","hard-stop"]). It is safe for concurrent use.
type Reasons uint64

// With returns the set with r added. It panics for a value that cannot be
// in a set (64 or more), a programming mistake.
func (s Reasons) With(r Reason) Reasons {
	if r >= 64 {
		panic("exercise: Reasons.With: invalid reason " + r.Code())
	}
	return s | 1<<r
}

// Has reports whether r is in the set.
func (s Reasons) Has(r Reason) bool { return enum.Has(s, r) }

// Len returns the number of reasons in the set.
func (s Reasons) Len() int { return enum.Count(s) }

// All yields the reasons in the order of their constants.
func (s Reasons) All() iter.Seq[Reason] { return enum.Members(s, 0, Reason(64)) }

// Severity returns the worst severity among the reasons, or
// [VerdictUnknown] for the empty set.
func (s Reasons) Severity() Verdict {
	switch {
	case s&unsuitableReasons != 0:
		return Unsuitable
	case s&cautionReasons != 0:
		return Caution
	}
	return VerdictUnknown
}

// unsuitableReasons and cautionReasons are the reasons whose
// [Reason.Severity] is Unsuitable and Caution, as sets, so that
// [Reasons.Severity] is two tests; every other value, ReasonUnknown and
// those past the last reason included, has no severity. A test checks
// them against the reasons' table.
const (
	unsuitableReasons Reasons = 1<<ReasonNotResistance | 1<<ReasonBallistic | 1<<ReasonHighSkill |
		1<<ReasonUnstable | 1<<ReasonConditioningLimited | 1<<ReasonBalanceLimited |
		1<<ReasonBracingLimited | 1<<ReasonHardStop | 1<<ReasonChangesExercise
	cautionReasons Reasons = 1<<ReasonUnknownTraits | 1<<ReasonModerateSkill | 1<<ReasonSelfStabilisedCompound |
		1<<ReasonGripLimited | 1<<ReasonCarefulStop | 1<<ReasonSpinalLoad | 1<<ReasonFormDrift
)

// AppendText appends the codes joined by commas, such as
// "moderate-skill,careful-stop", to b and returns the result; the empty set
// appends nothing. A bit with no reason is an error, as for
// [Reasons.MarshalText].
func (s Reasons) AppendText(b []byte) ([]byte, error) {
	first := true
	for r := range s.All() {
		if !first {
			b = append(b, ',')
		}
		first = false
		if r == ReasonUnknown { // not a reason: UnmarshalText would reject "unknown"
			return b, &FieldError{Field: "reason", Value: r.Code(), Err: repkit.ErrUnknownName}
		}
		var err error
		if b, err = r.AppendText(b); err != nil {
			return b, err
		}
	}
	return b, nil
}

// String returns the codes joined by commas, or "" for the empty set.
func (s Reasons) String() string {
	b, _ := s.AppendText(nil)
	return string(b)
}

// MarshalText implements [encoding.TextMarshaler] with the codes joined by
// commas; a bit with no reason (ReasonUnknown, or past the last reason) is
// an error wrapping [repkit.ErrUnknownName], so every set that marshals reads back.
func (s Reasons) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]: comma-separated codes,
// or empty text for the empty set. An unknown code is an error wrapping
// [repkit.ErrUnknownName]; on error s is unchanged.
func (s *Reasons) UnmarshalText(text []byte) error {
	var set Reasons
	err := reasonText.ParseSet(text, false, func(r Reason) { set = set.With(r) })
	if err == nil {
		*s = set
	}
	return err
}

// reasonsText is the codec of [Reasons] on the wire, with errors naming
// the key the set has in an [Assessment].
var reasonsText = enum.New[Reason]("Reason", "reasons", unknownTrait, reasonCodes()...)

// MarshalJSON writes the set as a JSON array of codes in constant order,
// such as ["moderate-skill","hard-stop"], or [] for the empty set. A bit
// with no reason is a [*FieldError] naming reasons and wrapping
// [repkit.ErrUnknownName].
func (s Reasons) MarshalJSON() ([]byte, error) { return reasonsText.AppendJSONSet(nil, s.All()) }

// UnmarshalJSON reads a JSON array of codes (or null, the empty set), and
// also the comma-separated string earlier versions wrote
// ("moderate-skill,hard-stop"). An unknown code or "unknown" is a
// [*FieldError] naming reasons and wrapping [repkit.ErrUnknownName]; on
// error s is unchanged.
func (s *Reasons) UnmarshalJSON(data []byte) error {
	var set Reasons
	if err := reasonsText.ParseJSONSet(data, func(r Reason) { set |= 1 << r }); err != nil {
		return err
	}
	*s = set
	return nil
}
