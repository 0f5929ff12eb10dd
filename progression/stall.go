package progression

import (
	"cmp"
	"strconv"

	"github.com/repkit/repkit"
)

// Defaults for a zero [StallRule].
const (
	DefaultStallSessions = 3  // sessions without a new best that make a stall
	DefaultDeloadPercent = 10 // percent taken off on a stall
)

// A StallRule finds stalls in a history of sessions of one exercise and
// proposes a deload.
//
// It reads bests exactly as [Coach] does, so that the two never disagree
// about progress. A session's measure is its fewest reps in a set and its
// volume the reps of all its sets. A session is a new best when it is the
// first of its block; at the best load with more volume, or as much volume
// with more reps in reserve recorded (the same work done more easily); or
// heavier than the best with a measure inside Range (a step up that
// succeeded: 6, 6, 6 at a heavier load after 8s in an 8-12 range is not a
// best). A lighter session starts a new block (a deload) only when the
// session after it is also lighter than the best, or when it is the last;
// a single light day between heavier ones hides nothing. A lighter session
// that reaches the top of Range (inferred as of that session, when Range
// is zero) is building back after a deload: it
// restarts the window but keeps the best. So does a session lighter than
// the one before it and at or below the deload this rule gives from that
// one, when that one was stalled (and was not a second session in a row
// at one load under the bottom of Range) and no earlier deload is still
// waiting to be passed, even when it is not lighter than the best: the
// deload was done.
//
// The history is stalled when the last Sessions sessions brought no new
// best, unless the last session reached the top of Range in every set (then
// double progression adds load, which is progress). The deload takes
// DeloadPercent off the last session's load, rounded down to an achievable
// load and at least one step lighter, so that the lifter can build back
// up. [Coach] asks for a longer window before it acts
// ([DefaultCoachStallSessions]).
//
// The zero StallRule uses 3 sessions, 10% and a Range inferred from the
// sets as [Coach] infers it, but has no Weights, which [StallRule.Detect]
// needs. Safe for concurrent use if its Weights is.
//
// JSON holds the settings an app stores, without Weights, each left out
// when zero: {"sessions":4,"deload_percent":15,"range":{"min":8,"max":12}}.
type StallRule struct {
	Sessions      int `json:"sessions,omitzero"`       // zero means DefaultStallSessions
	DeloadPercent int `json:"deload_percent,omitzero"` // zero means DefaultDeloadPercent; at most 50
	// Weights decides the deload. It is not wire data (an interface; store
	// the lifter's [Gym] and build Weights from it), so JSON leaves it out.
	Weights Weights     `json:"-"`
	Unit    repkit.Unit `json:"unit,omitzero"` // the unit for Stall.String; zero is kilograms
	// Range is the rep range of each set; zero infers it from the history
	// as [Coach] does.
	Range repkit.RepRange `json:"range,omitzero"`
}

// A Stall is what [StallRule.Detect] found. The zero Stall has
// ReasonUnknown, which Detect never returns; a Stall is a plain value,
// safe for concurrent use.
//
// JSON: {"reason":"stalled","since":3,"best":2,"best_load":"100kg",
// "best_reps":8,"from":"100kg","deload":"90kg","percent":10}; deload and
// percent are left out when zero (no stall), and unit when zero.
type Stall struct {
	Reason   Reason      `json:"reason"`           // ReasonStalled or ReasonProgressing
	Since    int         `json:"since"`            // sessions after the last new best
	Best     int         `json:"best"`             // index in the history of the last new best
	BestLoad repkit.Load `json:"best_load"`        // its load
	BestReps int         `json:"best_reps"`        // its measure: the fewest reps in a set
	From     repkit.Load `json:"from"`             // the last session's load
	Deload   repkit.Load `json:"deload,omitzero"`  // when stalled: the load to drop to; From if nothing is lighter
	Percent  int         `json:"percent,omitzero"` // when stalled: the percentage the rule asked for
	Unit     repkit.Unit `json:"unit,omitzero"`    // the unit String writes loads in; zero is kilograms
}

// Stalled reports whether s is a stall.
func (s Stall) Stalled() bool { return s.Reason == ReasonStalled }

// String explains the finding in a sentence, with loads in s.Unit rounded
// for display ([repkit.Load.Display]): "from 87.5lb to 77.16lb".
func (s Stall) String() string {
	best := s.BestLoad.Display(s.Unit) + " x " + strconv.Itoa(s.BestReps)
	since := strconv.Itoa(s.Since)
	if !s.Stalled() {
		switch s.Since {
		case 0:
			return "Progressing: the last session was a new best (" + best + ")."
		case 1:
			return "Progressing: the last new best (" + best + ") was 1 session ago."
		}
		return "Progressing: the last new best (" + best + ") was " + since + " sessions ago."
	}
	if s.Deload == s.From {
		return "No new best in " + since + " sessions (best " + best + "), and nothing lighter than " +
			s.From.Display(s.Unit) + " is available: change the exercise or the rep range."
	}
	return "No new best in " + since + " sessions (best " + best + "): deload about " + strconv.Itoa(s.Percent) +
		"%, from " + s.From.Display(s.Unit) + " to " + s.Deload.Display(s.Unit) + ", and build back up."
}

// Validate reports a bad window, percentage or equipment.
func (r StallRule) Validate() error {
	if err := r.validateSettings(); err != nil {
		return err
	}
	return validateEquipment(r.Weights)
}

// validateSettings is Validate without the equipment: what
// [StallRule.UnmarshalJSON] checks, since Weights is not wire data.
func (r StallRule) validateSettings() error {
	if r.Sessions < 0 || r.Sessions > maxReps {
		return errInt("sessions", r.Sessions, repkit.ErrInvalid, "give 0 to 1000")
	}
	if r.DeloadPercent < 0 || r.DeloadPercent > 50 {
		return errInt("deload_percent", r.DeloadPercent, repkit.ErrInvalid, "give 0 to 50")
	}
	if !r.Range.IsZero() {
		if err := requireRange("range", r.Range); err != nil {
			return err
		}
	}
	return nil
}

// Detect looks for a stall in history, oldest first. Each session needs at
// least one set; loads and reps must not be negative. Loads need not be
// achievable on the rule's equipment (a history may span gyms); the deload
// always is. Detect does not allocate unless it returns an error.
func (r StallRule) Detect(history []Performance) (Stall, error) {
	if err := r.Validate(); err != nil {
		return Stall{}, err
	}
	if len(history) == 0 {
		return Stall{}, errInt("history", 0, repkit.ErrInvalid, "give at least one session")
	}
	for i, h := range history {
		if _, err := bestReps(h, i); err != nil {
			return Stall{}, err
		}
	}
	s := Stall{Reason: ReasonProgressing, Unit: r.Unit}
	percent := cmp.Or(r.DeloadPercent, DefaultDeloadPercent)
	rng := r.Range
	if rng.IsZero() {
		rng = inferRange(performances(history), len(history))
	}
	window := r.Sessions
	if window == 0 {
		window = DefaultStallSessions
	}
	f := stallOf(performances(history), false, rng, r.Range.IsZero(), deloadRule{window: window, percent: percent, weights: r.Weights, mode: RoundDown})
	s.Best, s.BestLoad, s.BestReps = f.index, f.load, f.measure
	if top := (performances(history)).at(len(history) - 1); top.measure >= rng.Max {
		f.since = 0 // at the top of the range: progression adds load
	}
	last := history[len(history)-1].Load
	s.Since, s.From = f.since, last
	if s.Since < window {
		return s, nil
	}
	s.Reason, s.Percent = ReasonStalled, percent
	if _, ok := r.Weights.Prev(last); !ok {
		s.Deload = last
		return s, nil
	}
	s.Deload = deloadRule{percent: percent, weights: r.Weights, mode: RoundDown}.to(last)
	return s, nil
}

// bestReps returns the most reps in a set of h, checking h.
func bestReps(h Performance, i int) (int, error) {
	field := func() string { return "history[" + strconv.Itoa(i) + "]" }
	if h.Load < 0 {
		return 0, errLoad(field()+".load", h.Load, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	if len(h.Sets) == 0 {
		return 0, errInt(field()+".sets", 0, repkit.ErrInvalid, "give at least one set")
	}
	best := 0
	for j, set := range h.Sets {
		if set.Reps < 0 || set.Reps > maxReps {
			return 0, errInt(field()+".sets["+strconv.Itoa(j)+"].reps", set.Reps, repkit.ErrInvalid, "give 0 to 1000")
		}
		best = max(best, set.Reps)
	}
	return best, nil
}
