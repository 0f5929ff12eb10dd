package restpause

// MaxDiscomfort is the top of the joint-discomfort scale in [Signals]:
// 0 is none, 10 the worst the lifter can imagine.
const MaxDiscomfort = 10

// HighDiscomfort is the joint-discomfort level at which [TechniqueGuard]
// ends the set even when the level is not rising (SignalDiscomfortHigh):
// 6 of 10. The guide names only rising discomfort and "persistent pain" as
// reasons to stop; it gives no level, so this is repkit's choice, borrowed
// from the pain-monitoring model of Silbernagel et al. (2007), which
// accepts exercise discomfort up to 5 of 10 and no more. A flat 6 from the
// first set therefore stops at the first set.
const HighDiscomfort = 6

// Signals are what the lifter (or a coach, or a sensor) noticed during one
// activation set or burst: the guide's reasons to stop a rest-pause set.
// The zero Signals means nothing was noticed. Reps collapsing is not a
// field: it shows in the reps themselves, and [MinBurstReps] and [DropOff]
// read it there. Signals is a struct of flags, not a bit set: JSON carries
// it as an object of the flags that are set, such as
// {"momentum":true,"discomfort":3}, and {} for none. It is a plain value,
// safe for concurrent use.
type Signals struct {
	// RangeShortened: the range of motion got shorter than the first reps.
	RangeShortened bool `json:"range_shortened,omitempty"`
	// Momentum: swinging, bouncing or cheating moved the load.
	Momentum bool `json:"momentum,omitempty"`
	// Discomfort is joint discomfort from 0 (none) to [MaxDiscomfort].
	// It is not pain with nerve symptoms; that is PainOrNerve.
	Discomfort int `json:"discomfort,omitempty"`
	// DiscomfortRising: joint discomfort is climbing. [TechniqueGuard]
	// also treats a Discomfort higher than the entry before as rising, and
	// a Discomfort of [HighDiscomfort] or more as too high to go on.
	DiscomfortRising bool `json:"discomfort_rising,omitempty"`
	// PainOrNerve: sharp pain, numbness, tingling, weakness or other nerve
	// symptoms. This always ends the set, whatever the stop policy says.
	PainOrNerve bool `json:"pain_or_nerve,omitempty"`
	// TechniqueLost: the movement is no longer recognisable as the exercise.
	TechniqueLost bool `json:"technique_lost,omitempty"`
	// TargetNotLimiting: something other than the target muscle limits the
	// set, such as traps or swinging taking over a lateral raise.
	TargetNotLimiting bool `json:"target_not_limiting,omitempty"`
}

// validate reports a discomfort level off the 0 to [MaxDiscomfort] scale
// with an error wrapping [repkit.ErrInvalid]; field names the entry.
func (s Signals) validate(field string) error {
	if s.Discomfort < 0 || s.Discomfort > MaxDiscomfort {
		return invalidInt(field+".signals.discomfort", s.Discomfort, 0, MaxDiscomfort)
	}
	return nil
}

// A Signal names one of the [Signals] a [Decision] stopped on. The zero
// Signal is SignalNone.
type Signal uint8

// The signals, in the order [TechniqueGuard] checks them.
const (
	SignalNone              Signal = iota // no signal
	SignalPainOrNerve                     // pain or nerve symptoms
	SignalTechniqueLost                   // technique no longer recognisable
	SignalTargetNotLimiting               // target muscle no longer the limiter
	SignalRangeShortened                  // range of motion shortened
	SignalMomentum                        // momentum taking over
	SignalDiscomfortRising                // joint discomfort rising
	SignalDiscomfortHigh                  // joint discomfort at HighDiscomfort or more
	numSignals
)

var signalNames = []string{
	"none",
	"pain-or-nerve",
	"technique-lost",
	"target-not-limiting",
	"range-shortened",
	"momentum",
	"discomfort-rising",
	"discomfort-high",
}

// describe says what the signal means to a lifter.
func (s Signal) describe() string {
	switch s {
	case SignalPainOrNerve:
		return "pain or nerve symptoms"
	case SignalTechniqueLost:
		return "technique is no longer recognisable"
	case SignalTargetNotLimiting:
		return "the target muscle is no longer what limits the set"
	case SignalRangeShortened:
		return "the range of motion shortened"
	case SignalMomentum:
		return "momentum took over"
	case SignalDiscomfortRising:
		return "joint discomfort is rising"
	case SignalDiscomfortHigh:
		return "joint discomfort is too high to go on"
	}
	return "no signal"
}

// first returns the first signal set in s, in the order of the Signal
// constants, or SignalNone. prev is the discomfort of the entry before, so
// that a higher level counts as rising; pass -1 when there is none.
func (s *Signals) first(prev int) Signal {
	switch {
	case s.PainOrNerve:
		return SignalPainOrNerve
	case s.TechniqueLost:
		return SignalTechniqueLost
	case s.TargetNotLimiting:
		return SignalTargetNotLimiting
	case s.RangeShortened:
		return SignalRangeShortened
	case s.Momentum:
		return SignalMomentum
	case s.DiscomfortRising, prev >= 0 && s.Discomfort > prev:
		return SignalDiscomfortRising
	case s.Discomfort >= HighDiscomfort:
		return SignalDiscomfortHigh
	}
	return SignalNone
}

// Valid reports whether s is one of the signals above. A stop decision with
// an invalid signal breaks the [StopPolicy] contract: [Record.Validate]
// rejects it and a [Session] replaces the decision with StopCustom.
// [StopReason.Valid] is the same check for a decision's reason.
func (s Signal) Valid() bool { return s < numSignals }
