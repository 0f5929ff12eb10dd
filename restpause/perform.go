package restpause

import (
	"strconv"

	"github.com/repkit/repkit"
)

// A Performer does what a [Session]'s steps ask, for a set run without a
// person at the app: a scripted lifter in a demonstration, a simulation,
// a test. Activation returns the activation set done at load for its
// step, Burst the burst done at load (with the rest taken before it) for
// its step; [Perform] logs what they return. Perform calls them from one
// goroutine, in step order.
type Performer interface {
	Activation(step Step, load repkit.Load) Burst
	Burst(step Step, load repkit.Load) Burst
}

// Perform runs a whole set of protocol p with who: it starts a Session at
// start ([NewSession]), and until the session ends asks who for each step
// and logs the answer. each, when not nil, is called after every step
// with the step and what who did: for the activation set and each burst
// once it is logged, then for the StepDone step (with the zero Burst)
// whose Decision says why the set ended. It returns the finished record.
// Errors are NewSession's and those of logging who's answers (a
// [*FieldError] naming the field, such as a negative rest); the session
// ends by itself at [BurstsLimit] bursts, so Perform always returns. It
// is safe for concurrent use if who and each are.
func Perform(p Protocol, start Start, who Performer, each func(Step, Burst)) (Record, error) {
	s, err := NewSession(p, start)
	if err != nil {
		return Record{}, err
	}
	for {
		step := s.Next()
		var b Burst
		switch step.Kind {
		case StepActivation:
			b = who.Activation(step, start.Load)
			err = s.LogActivation(b)
		case StepBurst:
			b = who.Burst(step, start.Load)
			err = s.LogBurst(b)
		case StepDone:
			if each != nil {
				each(step, Burst{})
			}
			return s.Record(), nil
		default:
			return Record{}, invalid("step.kind", strconv.Itoa(int(step.Kind)), "a session's steps are activation, burst and done")
		}
		if err != nil {
			return Record{}, err
		}
		if each != nil {
			each(step, b)
		}
	}
}
