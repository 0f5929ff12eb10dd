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
// A session's performance is its load and its best set's reps. A session is
// a new best when its load is heavier than every earlier session's, or equal
// to the heaviest with more reps than ever at that load. This order needs no
// 1RM formula, so it holds at any rep count. A session at least
// DeloadPercent lighter than the best so far is a deload and starts a new
// block: earlier sessions no longer count, so building back up after a
// deload is progress, not a stall, while a lighter day of a few percent does
// not hide one. The history is stalled when the
// last Sessions sessions brought no new best; the deload then takes
// DeloadPercent off the last session's load, rounded down to an achievable
// load and at least one step lighter, so that the lifter can build back up.
//
// [Coach] uses the same window and percentage with the one notion of best
// that its progression uses (a session's fewest reps a set, and a heavier
// load counting only once it reaches the range), and tells a single light
// day from a deload by the session after it.
//
// The zero StallRule uses 3 sessions and 10% but has no Equipment, which
// [StallRule.Detect] needs. Safe for concurrent use if its Equipment is.
type StallRule struct {
	Sessions      int // zero means DefaultStallSessions
	DeloadPercent int // zero means DefaultDeloadPercent; at most 50
	Weights       Weights
	Unit          repkit.Unit // the unit for Stall.String; zero is kilograms
}

// A Stall is what [StallRule.Detect] found.
type Stall struct {
	Reason   Reason      // ReasonStalled or ReasonProgressing
	Since    int         // sessions after the last new best
	Best     int         // index in the history of the last new best
	BestLoad repkit.Load // its load
	BestReps int         // its best set's reps
	From     repkit.Load // the last session's load
	Deload   repkit.Load // when stalled: the load to drop to; From if nothing is lighter
	Percent  int         // when stalled: the percentage the rule asked for
	Unit     repkit.Unit
}

// Stalled reports whether s is a stall.
func (s Stall) Stalled() bool { return s.Reason == ReasonStalled }

// String explains the finding in a sentence.
func (s Stall) String() string {
	best := s.BestLoad.Format(s.Unit) + " x " + strconv.Itoa(s.BestReps)
	since := strconv.Itoa(s.Since)
	if !s.Stalled() {
		return "Progressing: the last new best (" + best + ") was " + since + " session(s) ago."
	}
	if s.Deload == s.From {
		return "No new best in " + since + " sessions (best " + best + "), and nothing lighter than " +
			s.From.Format(s.Unit) + " is available: change the exercise or the rep range."
	}
	return "No new best in " + since + " sessions (best " + best + "): deload about " + strconv.Itoa(s.Percent) +
		"%, from " + s.From.Format(s.Unit) + " to " + s.Deload.Format(s.Unit) + ", and build back up."
}

// Validate reports a bad window, percentage or equipment.
func (r StallRule) Validate() error {
	if r.Sessions < 0 || r.Sessions > maxReps {
		return errInt("sessions", r.Sessions, repkit.ErrInvalid, "give 0 to 1000")
	}
	if r.DeloadPercent < 0 || r.DeloadPercent > 50 {
		return errInt("deload_percent", r.DeloadPercent, repkit.ErrInvalid, "give 0 to 50")
	}
	return validateEquipment(r.Weights)
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
	s := Stall{Reason: ReasonProgressing, Best: -1, Unit: r.Unit}
	percent := cmp.Or(r.DeloadPercent, DefaultDeloadPercent)
	for i, h := range history {
		reps, err := bestReps(h, i)
		if err != nil {
			return Stall{}, err
		}
		if s.Best >= 0 && h.Load <= percentOf(s.BestLoad, 100-percent) {
			s.Best = -1 // a deload: a new block starts here
		}
		if s.Best < 0 || h.Load > s.BestLoad || h.Load == s.BestLoad && reps > s.BestReps {
			s.Best, s.BestLoad, s.BestReps = i, h.Load, reps
		}
	}
	last := history[len(history)-1].Load
	s.Since, s.From = len(history)-1-s.Best, last
	window := r.Sessions
	if window == 0 {
		window = DefaultStallSessions
	}
	if s.Since < window {
		return s, nil
	}
	s.Reason, s.Percent = ReasonStalled, percent
	down, ok := r.Weights.Prev(last)
	if !ok {
		s.Deload = last
		return s, nil
	}
	if l, err := Round(r.Weights, percentOf(last, 100-s.Percent), RoundDown); err == nil && l < down {
		down = l
	}
	s.Deload = down
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
