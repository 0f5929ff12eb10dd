package restpause

import (
	"strconv"
	"time"
)

// A StopReason says why a rest-pause set ended. The zero StopReason is
// Continue: the set has not ended.
type StopReason uint8

// The stop reasons. Each built-in policy has its own; StopLifter is the
// lifter ending the set through [Session.End], StopCustom is for policies
// written outside this package, and StopBurstLimit is a [Session] reaching
// [BurstsLimit] with no stop rule ending the set sooner.
const (
	Continue            StopReason = iota // the set goes on
	StopPain                              // pain or nerve symptoms
	StopTechnique                         // a technique signal, see [TechniqueGuard]
	StopMinReps                           // an entry fell below the minimum reps, see [MinBurstReps] and [Guard]
	StopDropOff                           // reps dropped too far below the first burst, see [DropOff]
	StopMaxBursts                         // the planned number of bursts is done, see [MaxBursts]
	StopTotalReps                         // the total-rep target is reached, see [TotalReps]
	StopMyoRep                            // a mini-set fell short of the first, see [MyoRep]
	StopMatchActivation                   // the bursts matched the activation reps, see [MatchActivation]
	StopTimeCap                           // the set ran past its time cap, see [TimeCap]
	StopRIRFloor                          // a burst went closer to failure than allowed, see [RIRFloor]
	StopLifter                            // the lifter ended the set
	StopCustom                            // a user-defined policy; see [Decision.Note]
	StopBurstLimit                        // the set reached [BurstsLimit]; no stop rule ended it sooner
	numStopReasons
)

var stopReasonNames = []string{
	"continue",
	"pain",
	"technique",
	"min-reps",
	"drop-off",
	"max-bursts",
	"total-reps",
	"myo-rep",
	"match-activation",
	"time-cap",
	"rir-floor",
	"lifter",
	"custom",
	"burst-limit",
}

// Valid reports whether r is one of the reasons above. A stop decision with
// an invalid reason breaks the [StopPolicy] contract: [Record.Validate]
// rejects it and a [Session] replaces it with StopCustom. [Signal.Valid] is
// the same check for a decision's signal.
func (r StopReason) Valid() bool { return r < numStopReasons }

// A Decision is a stop policy's answer: go on, or stop with a reason. The
// zero Decision is "continue".
//
// A Decision holds numbers, not prose, so that deciding never allocates;
// [Decision.String] turns them into a sentence for the lifter when one is
// needed. What Value and Limit count depends on the reason:
//
//	StopMinReps, StopMyoRep            reps in the entry; the minimum (or first burst's reps)
//	StopDropOff                        percent drop from the first burst; the percent that stops
//	StopMaxBursts, StopBurstLimit      bursts done; the maximum
//	StopTotalReps, StopMatchActivation total reps (or burst reps); the target
//	StopTimeCap                        elapsed time; the cap, both in nanoseconds (JSON: seconds)
//	StopRIRFloor                       the burst's lowest possible RIR; the floor
//	StopCustom                         whatever the policy documents
//
// Burst says which entry the decision is about. Rules about one entry (pain,
// technique, reps, effort) name it: n for the n-th burst, counted from 1 as
// [Step.Burst] counts them, or [ActivationSet] for the activation set. Rules
// about the set as a whole (max bursts, total reps, match activation, time
// cap, the burst limit, the lifter ending it) leave Burst at 0, which is
// also what a custom policy that names no entry gets.
//
// JSON carries a decision with the keys of its field tags, leaving out
// zero fields but the reason: {"reason":"myo-rep","burst":2,"value":3,"limit":4}.
// For StopTimeCap, value and limit are numbers of seconds, such as
// {"reason":"time-cap","value":605,"limit":600}, as every time on the wire
// is. A Decision is a plain value, safe for concurrent use.
type Decision struct {
	// Reason is why the set stops; Continue means it does not.
	Reason StopReason `json:"reason"`
	// Burst is the entry that triggered the stop: n for the n-th burst,
	// [ActivationSet] (-1) for the activation set, 0 for the set as a whole.
	Burst int `json:"burst,omitempty"`
	// Signal is the signal behind StopPain and StopTechnique.
	Signal Signal `json:"signal,omitzero"`
	// Value is what was observed and Limit the limit it crossed; see the
	// table above for their units.
	Value int64 `json:"value,omitempty"`
	Limit int64 `json:"limit,omitempty"`
	// Note is a short explanation from a custom policy. To keep Decide free
	// of allocation, use a constant string.
	Note string `json:"note,omitempty"`
}

// ActivationSet is the [Decision.Burst] of a decision about the activation
// set; bursts count from 1, and 0 means the set as a whole.
const ActivationSet = -1

// burstIn reports whether d.Burst names an entry of a set with n bursts,
// or the whole set.
func (d Decision) burstIn(n int) bool {
	return d.Burst >= ActivationSet && d.Burst <= n
}

// Stop reports whether the decision ends the set.
func (d Decision) Stop() bool { return d.Reason != Continue }

// String returns a short sentence a lifter understands, such as
// "burst 3: 2 reps, below the minimum of 3", so that fmt prints a decision
// as that sentence. It allocates; call it when showing the decision, not
// when making it.
func (d Decision) String() string {
	at := "the set"
	switch {
	case d.Burst > 0:
		at = "burst " + strconv.Itoa(d.Burst)
	case d.Burst == ActivationSet:
		at = "the activation set"
	}
	v, l := strconv.FormatInt(d.Value, 10), strconv.FormatInt(d.Limit, 10)
	switch d.Reason {
	case Continue:
		return "keep going"
	case StopPain:
		return at + ": pain or nerve symptoms; end the set now and get qualified advice if it persists"
	case StopTechnique:
		return at + ": " + d.Signal.describe() + ", so the set ended there"
	case StopMinReps:
		return at + ": " + reps(d.Value) + ", below the minimum of " + l
	case StopDropOff:
		return at + ": reps fell " + v + "% below the first burst; a drop of " + l + "% or more means the reps have collapsed"
	case StopMaxBursts:
		return bursts(d.Value) + " done, the planned maximum of " + l
	case StopTotalReps:
		return v + " total reps, reaching the target of " + l
	case StopMyoRep:
		return at + ": " + reps(d.Value) + ", short of the first mini-set's " + l
	case StopMatchActivation:
		return v + " reps in the bursts, matching the activation set's " + l
	case StopTimeCap:
		return "the set has run " + time.Duration(d.Value).String() + ", reaching the cap of " + time.Duration(d.Limit).String()
	case StopRIRFloor:
		return at + ": rated " + v + " reps in reserve, closer to failure than the floor of " + l
	case StopLifter:
		return "you ended the set"
	case StopCustom:
		if d.Note != "" {
			return at + ": " + d.Note
		}
		return at + ": stopped by a custom policy"
	case StopBurstLimit:
		return bursts(d.Value) + " done, the most one set can record; no stop rule ended the set sooner"
	}
	return "stopped (" + d.Reason.String() + ")"
}

// reps writes a count of reps, "1 rep" or "3 reps".
func reps(n int64) string {
	if n == 1 {
		return "1 rep"
	}
	return strconv.FormatInt(n, 10) + " reps"
}

// bursts writes a count of bursts, "1 burst" or "3 bursts".
func bursts(n int64) string {
	if n == 1 {
		return "1 burst"
	}
	return strconv.FormatInt(n, 10) + " bursts"
}
