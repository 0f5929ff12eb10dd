package restpause

import (
	"math"
	"strconv"
	"time"

	"github.com/repkit/repkit"
)

// Limits on what a [Burst] and a [Record] may hold. They are far beyond any
// real set; they exist so that sums cannot overflow and so that a corrupt
// log is rejected instead of silently wrapped.
const (
	RepsLimit     = 1000      // reps in one activation set or burst
	BurstsLimit   = 100       // bursts in one set
	DurationLimit = time.Hour // one rest, or one entry's work time
	VelocityLimit = 10.0      // mean velocity, metres per second
)

// A Burst is one entry of a rest-pause set: the activation set or one of the
// short follow-up bursts (mini-sets) after it. The zero Burst is an entry of
// zero reps with nothing else recorded.
//
// JSON carries Rest and Work as numbers of seconds, such as 20 or 2.5 (and
// reads the Go duration text such as "20s" that older records hold), and
// the effort as text such as "rir 2"; fields that were not recorded are
// omitted: {"reps":4,"rest":20,"effort":"rir 1"}. A Burst is a plain value,
// safe for concurrent reads.
type Burst struct {
	// Reps is the number of completed reps, 0 to [RepsLimit].
	Reps int `json:"reps"`
	// Rest is the rest taken before this burst, from the end of the entry
	// before. It is always zero for the activation set.
	Rest time.Duration `json:"rest,omitzero"`
	// Work is how long the reps took, if the app measured it; zero means not
	// measured, and summaries then estimate it with [DefaultRepTime].
	Work time.Duration `json:"work,omitzero"`
	// Effort is the effort rating the lifter gave, if any. The zero Effort
	// means not recorded, which is never read as failure.
	Effort repkit.Effort `json:"effort,omitzero"`
	// MeanVelocity is the mean concentric bar or handle speed in metres per
	// second from a velocity sensor, 0 when not measured. repkit's built-in
	// policies ignore it; it is there for policies like the bar-speed example.
	MeanVelocity float64 `json:"mean_velocity,omitempty"`
	// Signals are the stop signals noticed during this entry.
	Signals Signals `json:"signals,omitzero"`
}

// DefaultRepTime is the time one rep is assumed to take when an entry's
// Work was not measured: 3 s, the middle of the 2 to 4 s a controlled
// hypertrophy rep usually takes. It only feeds time estimates
// ([Record.Elapsed], [TimeCap]); no rep count depends on it.
const DefaultRepTime = 3 * time.Second

// work returns the measured work time, or the estimate from DefaultRepTime.
func (b *Burst) work() time.Duration {
	if b.Work > 0 {
		return b.Work
	}
	return time.Duration(b.Reps) * DefaultRepTime
}

// validate checks one entry; field is its JSON path ("activation",
// "bursts[1]").
func (b *Burst) validate(field string) error {
	if b.Reps < 0 || b.Reps > RepsLimit {
		return invalidInt(field+".reps", b.Reps, 0, RepsLimit)
	}
	if b.Rest < 0 || b.Rest > DurationLimit {
		return invalidDuration(field+".rest", b.Rest, DurationLimit)
	}
	if b.Work < 0 || b.Work > DurationLimit {
		return invalidDuration(field+".work", b.Work, DurationLimit)
	}
	if err := b.Effort.Validate(); err != nil {
		return &FieldError{Field: field + ".effort", Value: b.Effort.String(), Err: repkit.ErrInvalid,
			Hint: `give an RPE from 1 to 10 in half points or reps in reserve from 0 to 10, such as "rpe 8" or "rir 2"`}
	}
	v := b.MeanVelocity
	if math.IsNaN(v) || v < 0 || v > VelocityLimit {
		return invalid(field+".mean_velocity", strconv.FormatFloat(v, 'g', -1, 64), "give metres per second from 0 to 10, or 0 if not measured")
	}
	return b.Signals.validate(field)
}
