package restpause

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
)

// TotalRange returns the total reps the plan expects of the whole set, the
// sum-of-reps range to progress it by: from Activation plus Bursts times
// BurstReps.Min up to TotalReps, the most the plan asks for. For "1 x 12,
// then 2 bursts of 3-4 reps" (TotalReps 20) it is 18-20. Reach the top and
// the load goes up; the straight sets' reps are not added back on top.
// [Replacement.Protocol] carries it as the protocol's TotalRepRange. The
// zero Replacement gives the zero range. It is a pure function of r, safe
// for concurrent use.
func (r Replacement) TotalRange() repkit.RepRange {
	return repkit.RepRange{Min: r.Activation + r.Bursts*r.BurstReps.Min, Max: r.TotalReps}
}

// String describes the prescription for the lifter, with its reps and
// estimated times (rounded to the second): "1 x 12 at rpe 8-9, then 2
// bursts of 3-4 reps after 20s rests: 20 reps for the 36 replaced, about
// 1m40s instead of 4m48s". It is a pure function of r, safe for concurrent
// use; the zero Replacement describes a set of nothing, "1 x 0, ...".
func (r Replacement) String() string {
	bursts, rests := fmt.Sprint(r.Bursts)+" bursts", "rests"
	if r.Bursts == 1 {
		bursts, rests = "1 burst", "a rest"
	}
	at := ""
	if !r.RPE.IsZero() {
		at = " at " + r.RPE.String()
	}
	return fmt.Sprintf("1 x %d%s, then %s of %s reps after %s %s: %d reps for the %d replaced, about %s instead of %s",
		r.Activation, at, bursts, r.BurstReps, r.Rest, rests, r.TotalReps, r.Replaced,
		r.Time.Round(time.Second), r.Straight.Round(time.Second))
}

// Choose returns the protocol to run a planned set with, by the name a
// lifter picked: "" (nothing picked) gives the plan's own,
// planned.Protocol(); "default" gives [DefaultProtocol]; any other name is
// [Protocols.Lookup]'s, a preset or one ps registered, and an unknown name
// is its error wrapping [repkit.ErrUnknownName]. Names are read as Lookup
// reads them, ignoring case. It is safe for concurrent use when no
// Register runs at the same time.
func (ps *Protocols) Choose(name string, planned Replacement) (Protocol, error) {
	switch protocolKey(name) {
	case "":
		return planned.Protocol(), nil
	case "default":
		return DefaultProtocol(), nil
	}
	return ps.Lookup(name)
}

// Target describes what the step asks of the lifter: for the activation
// set "10 reps, effort rpe 8-9", or "as many reps as rpe 9 allows" when
// only the effort is prescribed ("10 reps" when only the reps are, "as
// many clean reps as you can" when neither is); for a burst "target 2-4
// reps", or "a few clean reps" when its reps are not prescribed. Other
// kinds of step ask nothing and give "". It is a pure function of s, safe
// for concurrent use.
func (s Step) Target() string {
	switch s.Kind {
	case StepActivation:
		switch {
		case s.Reps.IsZero() && s.RPE.IsZero():
			return "as many clean reps as you can"
		case s.Reps.IsZero():
			return "as many reps as " + s.RPE.String() + " allows"
		case s.RPE.IsZero():
			return s.Reps.String() + " reps"
		}
		return s.Reps.String() + " reps, effort " + s.RPE.String()
	case StepBurst:
		if s.Reps.IsZero() {
			return "a few clean reps"
		}
		return "target " + s.Reps.String() + " reps"
	}
	return ""
}
