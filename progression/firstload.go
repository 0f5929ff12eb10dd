package progression

import (
	"strconv"

	"github.com/repkit/repkit"
)

// The first-load method's valid range, in reps to failure (reps + RIR):
// both ends of a conversion at most maxFailureReps, and at most
// maxPastChart of it beyond the RTS chart's last row.
const (
	maxFailureReps = 25
	maxPastChart   = 5
	chartEnd       = 12 // the RTS chart's last row: len(rtsRow)
)

// failureShare returns the share of 1RM that a set of n reps to failure
// represents as the fraction num/den: the RTS chart's RPE 10 row for n up to
// 12 (in tenths of a percent), and past it Epley's curve, 1/(1 + n/30),
// scaled to meet the chart at 12 reps: 68.0% x (30 + 12)/(30 + n). The
// curve is strictly decreasing in n and continuous at 12. n must be 1 to
// maxFailureReps.
func failureShare(n int) (num, den uint64) {
	if n <= chartEnd {
		return rtsRow[n-1], 1
	}
	return rtsRow[chartEnd-1] * (30 + chartEnd), uint64(30 + n)
}

// convertible reports whether a set of from reps to failure converts to
// one of to reps to failure by [failureShare]: both 1 to 25, and the part
// of the span beyond the chart's 12 reps at most 5 reps.
func convertible(from, to int) bool {
	lo, hi := min(from, to), max(from, to)
	return lo >= 1 && hi <= maxFailureReps && hi-max(lo, chartEnd) <= maxPastChart
}

// convert returns the load for to reps to failure from a set of from reps
// to failure at l: l x share(to) / share(from), rounded down, exactly.
func convert(l repkit.Load, from, to int) repkit.Load {
	tn, td := failureShare(to)
	fn, fd := failureShare(from)
	return mulDiv(l, tn*fd, td*fn)
}

// FirstLoad returns the load for a rest-pause activation set of reps reps
// at rir reps in reserve (a myo-reps activation of 15 at 2 RIR, a DC
// first mini-set to failure), from the lifter's straight sets in history
// (oldest first, as [DoubleProgression.Replay] reads it), rounded down to
// what w can make.
//
// # Method
//
// Reps at a given RIR stand for reps + RIR reps to failure, the RTS chart's
// convention (see [Formula] and [RTSPercent]), and so does each
// logged set: its reps plus its RIR, read at the conservative end (RPE 8.5
// is 1 RIR, and a set with no effort recorded counts as taken to failure,
// the fewest reps it can stand for). A set of C reps to failure at load L
// gives the load for T = reps + rir reps to failure as
//
//	L x share(T) / share(C)
//
// where share(n) is the RTS chart's RPE 10 row for n up to 12 (100% ...
// 68.0%) and, past 12, Epley's (1985) curve 1/(1 + n/30) scaled to meet the
// chart there: 68.0% x 42 / (30 + n), so 15 reps is 63.5% and 20 is 57.1%.
// Between nearby rep counts only the ratio matters, and it is where these
// curves are most alike; the estimates of every formula drift apart at
// high reps (LeSuer et al. 1997), so the conversion is limited.
//
// The source is the latest session with a set in the valid range, because
// strength changes; within it, the set giving the heaviest load (later sets
// carry the fatigue of the first). Sets at zero load (body weight alone) and
// sets of zero reps are skipped.
//
// # Valid range
//
// T and every C used from 1 to 25 reps to failure, and at most 5 reps of a
// conversion past the chart's 12: a target of 15 at 2 RIR (T = 17) reads
// sets of 1 to 22 reps to failure (those up to 12 through the chart, then
// at most 5 reps along the curve); a target of 20 at 1 RIR (T = 21) reads
// sets of 16 to 25. Outside it the answer is an error, not a guess.
//
// # Guarantees
//
// The load is achievable on w and never above the estimate (it is rounded
// down), and never heavier than the source set's load unless that set
// stood for more reps to failure than the target: the lifter's own sets
// bound it.
//
// Errors: reps below 1, an invalid rir, or T above 25 wrap
// [repkit.ErrRange]; an empty history wraps [repkit.ErrEmpty] and a history
// with no set in range [repkit.ErrRange], with a hint saying which sets
// would do; a negative load, negative reps or an invalid effort in
// history is a [*FieldError] naming it ("history[2].sets[0].reps"); w's
// own Validate error; no load at or below the estimate wraps
// [ErrNotAchievable]. Safe for concurrent use; it allocates only on error.
func FirstLoad(history []Performance, reps int, rir repkit.RIR, w Weights) (repkit.Load, error) {
	target, err := firstLoadTarget(reps, rir, maxFailureReps, "")
	if err != nil {
		return 0, err
	}
	if err := validateEquipment(w); err != nil {
		return 0, err
	}
	if len(history) == 0 {
		return 0, &FieldError{Field: "history", Value: "0 sessions", Err: repkit.ErrEmpty, Hint: firstLoadHint(target)}
	}
	for i, p := range history {
		if err := checkFirstLoadSession(i, p); err != nil {
			return 0, err
		}
	}
	for i := len(history) - 1; i >= 0; i-- {
		p := history[i]
		if p.Load == 0 {
			continue
		}
		best, found := repkit.Load(0), false
		for _, s := range p.Sets {
			if s.Reps == 0 {
				continue
			}
			c := s.Reps + int(conservativeRIR(s.Effort))
			if !convertible(c, target) {
				continue
			}
			if est := convert(p.Load, c, target); !found || est > best {
				best, found = est, true
			}
		}
		if found {
			return Round(w, best, RoundDown)
		}
	}
	return 0, &FieldError{Field: "history", Value: sessionCount(len(history)), Err: repkit.ErrRange, Hint: firstLoadHint(target)}
}

// FirstLoadFromE1RM returns the load for a rest-pause activation set of
// reps reps at rir reps in reserve from an e1RM (an estimated or tested
// one-rep maximum), rounded down to what w can make: e1RM x share(reps +
// rir), with share as in [FirstLoad]. For reps + rir up to 12 that is
// [LoadForRTS] exactly; past it the conversion from a single to the target
// runs at most 5 reps beyond the chart, so reps + rir may be at most 17.
// For longer sets, log straight sets near the target and use FirstLoad:
// an e1RM says little about 20 reps.
//
// Errors: reps below 1, an invalid rir, or reps + rir above 17 wrap
// [repkit.ErrRange]; an e1RM of zero or less, [repkit.ErrInvalid]; w's own
// Validate error; no load at or below the estimate wraps
// [ErrNotAchievable]. Safe for concurrent use.
func FirstLoadFromE1RM(e1RM repkit.Load, reps int, rir repkit.RIR, w Weights) (repkit.Load, error) {
	target, err := firstLoadTarget(reps, rir, chartEnd+maxPastChart, " from an e1RM; for longer sets give FirstLoad straight sets near the target")
	if err != nil {
		return 0, err
	}
	if e1RM <= 0 {
		return 0, errLoad("e1rm", e1RM, repkit.ErrInvalid, "give the e1RM, heavier than 0kg")
	}
	if err := validateEquipment(w); err != nil {
		return 0, err
	}
	return Round(w, convert(e1RM, 1, target), RoundDown)
}

// firstLoadTarget checks reps and rir and returns reps + rir, which must be
// at most most; more ends the hint.
func firstLoadTarget(reps int, rir repkit.RIR, most int, more string) (int, error) {
	if err := rir.Validate(); err != nil {
		return 0, &FieldError{Field: "rir", Value: rir.String(), Err: repkit.ErrRange, Hint: "give 0 to 10"}
	}
	if reps < 1 || reps > most-int(rir) {
		return 0, errInt("reps", reps, repkit.ErrRange,
			"give 1 to "+strconv.Itoa(most-int(rir))+" reps at RIR "+rir.String()+": reps + RIR of at most "+strconv.Itoa(most)+more)
	}
	return reps + int(rir), nil
}

// firstLoadHint says which sets FirstLoad can read for a target of t reps
// to failure.
func firstLoadHint(t int) string {
	lo, hi := max(1, t-maxPastChart), min(maxFailureReps, max(t, chartEnd)+maxPastChart)
	e1RM := ""
	if t <= chartEnd+maxPastChart {
		lo, e1RM = 1, ", or give an e1RM to FirstLoadFromE1RM"
	}
	return "log straight sets of " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi) + " reps to failure (reps + RIR) with their load" + e1RM
}

// sessionCount returns "1 session" or "n sessions".
func sessionCount(n int) string {
	if n == 1 {
		return "1 session"
	}
	return strconv.Itoa(n) + " sessions"
}

// checkFirstLoadSession reports a negative load, negative reps or an
// invalid effort in session i.
func checkFirstLoadSession(i int, p Performance) error {
	at := func() string { return "history[" + strconv.Itoa(i) + "]" }
	if p.Load < 0 {
		return errLoad(at()+".load", p.Load, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	for j, s := range p.Sets {
		set := func() string { return at() + ".sets[" + strconv.Itoa(j) + "]" }
		if s.Reps < 0 || s.Reps > maxReps {
			return errInt(set()+".reps", s.Reps, repkit.ErrInvalid, "give the reps done, 0 to "+strconv.Itoa(maxReps))
		}
		if s.Effort.Validate() != nil {
			return &FieldError{Field: set() + ".effort", Value: s.Effort.String(), Err: repkit.ErrRange, Hint: "give RIR 0 to 10 or RPE 1 to 10"}
		}
	}
	return nil
}

// conservativeRIR returns the fewest reps in reserve e can mean: its
// range's Min, or 0 when no effort was recorded.
func conservativeRIR(e repkit.Effort) repkit.RIR {
	if r, ok := e.RIR(); ok {
		return r.Min
	}
	return 0
}
