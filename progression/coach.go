package progression

import (
	"cmp"
	"math/bits"
	"strconv"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/restpause"
)

// Defaults for a zero [Coach].
const (
	// DefaultReturnGap is the break after which a lift is a return, not a
	// stall: 21 days. Strength is largely kept through about three weeks
	// off; after longer, the first sessions back are lighter and the
	// sessions before the gap no longer count for stalls.
	DefaultReturnGap = 21 * 24 * time.Hour
	// DefaultCoachStallSessions is the stall window of a [Coach] with no
	// StallSessions: 6 sessions without a new best, twice
	// [DefaultStallSessions]. A Coach acts on a stall with a deload that
	// takes sessions to climb back from, so it asks for more evidence. In
	// the simulation harness (internal/sim) no lifter whose capacity rose
	// 3% or more over the window was deloaded; its Grower, whose gains slow
	// from 0.6% to 0.2% a session over the year, was deloaded 4 times a
	// year on the straight lift with this window (10 with a window of 3),
	// each time after 6 sessions with the same reps and reserve.
	DefaultCoachStallSessions = 6
	// DefaultMaxSteps caps the achievable load steps one rest-pause total
	// above its range may earn in one session: 2.
	DefaultMaxSteps = 2
)

// dcTotal is the total-rep range a Coach with no Total uses: DC's 11-15.
var dcTotal = repkit.RepRange{Min: 11, Max: 15}

// A Coach makes one next-time decision per exercise from everything the
// library knows about its recent sessions: the progression rule, how the
// last sets ended, stalls, the dates, the prescription and today's dose.
// An app that asks the Coach gets exactly one [NextTime]: one action, one
// load, one target, every reason behind it, and a sentence built from them.
// The separate parts ([DoubleProgression], [SumOfReps], [StallRule]) stay
// usable on their own.
//
// # The rules, in the order they apply
//
//  1. A lift last done longer than ReturnGap before today is a return:
//     come back DeloadPercent lighter ([ReasonReturnAfterGap]); when the
//     smallest step down would cut more than twice DeloadPercent (5 kg to
//     2.5 kg is 50%), come back at the same load with the bottom of the
//     range as the target instead, and say so ([NextTime.Cut] holds the
//     cut not taken); so too when nothing lighter is available.
//  2. Pain or nerve symptoms anywhere in the last session never lead to
//     more load: one achievable step lighter, straight sets
//     ([ReasonPainStop]).
//  3. The progression rule judges the last session (below).
//  4. A technique or joint signal in the last session holds the load and
//     the targets ([ReasonTechniqueHeld]).
//  5. A stall (no new best for StallSessions sessions) turns a hold or an
//     added rep into a deload of DeloadPercent ([ReasonStalled]); where
//     nothing is lighter (the lightest pin, body weight alone), one
//     straight set fewer for now. A rule
//     that adds load is progress, so it is never a stall. A stall again
//     after a deload, when no session since the deload has passed the best
//     before it, is [ActionChangeExercise] ([ReasonStalledAfterDeload]):
//     the rest-pause guide's "Simplify or switch when setup friction, pain,
//     fatigue cost, or stalled progress becomes the main story"; a second
//     deload would only repeat the first.
//  6. Today's dose: [fatigue.DoseReduced] holds an earned increase
//     ([ReasonDoseHeld]); [fatigue.DoseNone] also takes rest-pause out
//     ([ReasonDoseNone]) before anything else changes: that day a
//     rest-pause set's decision is straight sets at the same load, and
//     its increase, step down or stall waits to be judged again on the
//     straight sets that replace it (DESIGN.md section 6: "remove
//     rest-pause work first, before rewriting the program"); only a pain
//     stop's step down and a return's cut still apply. Neither dose
//     raises a cut. [fatigue.DoseUnknown] (not assessed) leaves the load to the
//     sets, since the dose is about intensifiers, not load.
//
// # Progression that follows the lifter (straight sets)
//
// Liftosaur's "dp" ([DoubleProgression]) keeps a target it was given; the
// Coach derives the target the last session is judged against from what
// was prescribed and what was done, and never asks for fewer reps at a load
// than were just done there:
//
//   - the target in force is the prescription's reps when the load lifted
//     is the load prescribed; the fewest reps a set of the session before,
//     when it was at the same load and nothing was prescribed; the bottom
//     of the range at a new load ([ReasonNewLoad]); and the reps just done
//     when the load lifted differs from the prescription
//     ([ReasonLoadNotPrescribed]);
//   - every set at the top of the range within the effort cap adds one
//     achievable step and goes back to the bottom of the range;
//   - every set at or above the target adds a rep: the new target is one
//     more than the fewest reps done, up to the top;
//   - a miss holds the load and the target; the sentence says "again" only
//     when the target was done at this load before;
//   - a second session in a row at a load below the bottom of the range,
//     with no more reps than the first, takes one step off
//     ([ReasonBelowRangeTwice]).
//
// # Sum of reps (rest-pause sets)
//
// Liftosaur's "sum" ([SumOfReps]) judges the total reps of the last
// rest-pause set against Total. A total at or above the top of the range
// earns load (so a planner that stops the set at the top of the range does
// not lead to a dead end): one step, plus one more for each further range
// width above the top, at most MaxSteps ([ReasonFarAboveRange]). Inside the
// range the load holds and the target is one more total rep. Below the
// range holds once and takes one step off the second time at the same load.
// An activation set under MinFirstReps takes one step off.
//
// # Rep range
//
// Range (straight sets) and Total (rest-pause) may be left zero. A zero
// Total is DC's 11-15. A zero Range is inferred from the lifter's own sets
// ([ReasonRangeInferred]): t is the lower quartile of the fewest reps a set
// over those of the last twelve straight-set sessions of the block (see
// below) that made at least one rep within 5% of the load of the session
// judged, and the range is the last of 3-5, 6-10, 8-12, 12-15, 15-20,
// 20-30 and 30-50 whose bottom is at most t, except that a t at the top of
// one band and the bottom of the next (12, 15, 20, 30) keeps the lower
// band, and 3-5 when t is under 3. Strength work stays strength work: a
// 5x5 squat is judged against 3-5 and adds load each time every set makes
// 5. The strength band is a range, not a single rep count, so that adding
// load at the top cannot walk the inferred range down to singles; the
// lower quartile, not the median, and the lower band at a boundary, so
// that a lifter at the top of a range (the lighter sessions that build
// back after a deload among them) keeps that range; and sessions near the
// load judged, so that a program of heavy and light days judges each day
// against its own range (a bench press of 92.5 kg x 5 one day and 85 kg x
// 8 three days later), and 20-rep pushdowns stay high-rep work. With no
// straight sets to infer from, the range is 8-12.
//
// # Best, stalls and returns
//
// One notion of best serves progress and stalls, built from what the
// progression rule reads: a session's measure is the fewest reps a set
// (straight sets) or the total reps of its last rest-pause set, and its
// volume the reps of all its straight sets (or that total). A session is a
// new best when it is the first of its block, when it is at the best load
// with more volume (any rep gained counts, so a lifter climbing the range
// one set at a time is progressing) or as much volume with more reps in
// reserve recorded (the same work done more easily), or when it is heavier than the best
// load with a measure inside the range (a step up that succeeded; 6,6,6 at
// a heavier load after 8s in an 8-12 range is not a best). A lighter session starts a new block only when the session after
// it is also lighter than the best, or when it is the last (a deload); a
// single light day between heavier ones hides nothing. A gap longer than
// ReturnGap between two sessions starts a new block at the session after
// it ([ReasonReturned]). A lighter session that reaches the top of the
// range (inferred as of that session, when inferred) is building back after a deload: it restarts the stall window but
// keeps the best, so a one-step deload followed straight away by the old
// load is not deloaded again at once, and a light day that stays inside
// the range hides nothing. A session at or below the load the Coach
// advised as a deload does that deload even when it is not lighter than
// the best (a stall on a failed step above the best, deloaded to the
// best's own load): it restarts the stall window and keeps the best as the
// one to pass, so the next stall is a change of exercise, not a second
// deload from the same best. The Coach reads that advice back from the
// history: the session before had gone StallSessions sessions without a
// new best, was not a pain or technique stop or a second session below the
// range at one load, and no deload was already pending.
//
// A deload takes DeloadPercent off, to the achievable load nearest the
// target and at least one step lighter. [NextTime.Cut] is its real size
// after rounding, and whenever that is more than the rule's percentage the
// sentence says so and why: the smallest step down the equipment makes, or
// the nearest load it makes to the target ([ReasonCutRounded]). (The
// nearest load, not the lightest one at or above the target, because on
// light loads a cut that never exceeds the percentage is often one step of
// 5%, which in the simulation harness did not let fatigue clear.)
//
// The zero Coach needs only Weights. Coach is a plain value, safe for
// concurrent use if its Weights is. [Coach.Decide] does not allocate
// unless it returns an error, except for assisted loads, whose history it
// copies once (three allocations) to read less assistance as more load.
//
// # JSON
//
// A Coach's JSON is the settings an app stores for an exercise, without
// Weights (store the lifter's [Gym] and build Weights from it), each left
// out when zero, with ReturnGap in seconds:
//
//	{"unit":"lb","range":{"min":8,"max":12},"min_rir":"1","return_gap":1814400,
//	 "trouble":{"weeks":3,"window":8,"switch":true}}
type Coach struct {
	// Weights decides every load. It must be set. It is not wire data (an
	// interface; store the lifter's [Gym] and build Weights from it), so
	// JSON leaves it out.
	Weights Weights `json:"-"`
	// Unit is the unit sentences write loads in; zero means kilograms.
	Unit repkit.Unit `json:"unit,omitzero"`
	// Range is the rep range of each straight working set; zero infers it.
	Range repkit.RepRange `json:"range,omitzero"`
	// Total is the total-rep range of a rest-pause set; zero is DC's
	// 11-15. For a set run with a protocol that has a range of its own
	// (a plan's, DC's 15-20), give its TotalRepRange.
	Total repkit.RepRange `json:"total,omitzero"`
	// MinRIR is the effort cap of straight sets, as in [DoubleProgression].
	MinRIR repkit.RIR `json:"min_rir,omitzero"`
	// MinFirstReps is the shortest acceptable activation set of a
	// rest-pause set; zero means [DefaultMinFirstReps].
	MinFirstReps int `json:"min_first_reps,omitzero"`
	// StallSessions is how many sessions without a new best make a stall;
	// zero means [DefaultCoachStallSessions].
	StallSessions int `json:"stall_sessions,omitzero"`
	// DeloadPercent is the cut of a deload and of a return after a gap,
	// 1 to 50; zero means [DefaultDeloadPercent].
	DeloadPercent int `json:"deload_percent,omitzero"`
	// ReturnGap is the break after which a lift is a return, counted in
	// whole days; zero means [DefaultReturnGap]. JSON writes it in
	// seconds (21 days is 1814400).
	ReturnGap time.Duration `json:"return_gap,omitzero"`
	// MaxSteps caps the load steps a rest-pause total far above its range
	// earns in one session; zero means [DefaultMaxSteps].
	MaxSteps int `json:"max_steps,omitzero"`
	// Kind says what the exercise's loads mean; the zero Kind is the
	// weight lifted. For [repkit.LoadBodyweight] a load is what is added
	// to body weight (zero: body weight alone): reps build first, then
	// added load; at body weight alone the inferred range is at least
	// 6-10; a deload is one step, down to body weight alone (a share of
	// the added load is no share of what is lifted). For [repkit.LoadAssisted] a load is the assistance: progress
	// takes assistance off, a deload adds it, the best is the least
	// assistance, and Weights is the assistance the machine or bands give.
	Kind repkit.LoadKind `json:"kind,omitzero"`
	// Bodyweight is the lifter's body weight, optional; it is read for
	// assisted exercises only. With it, a deload adds the assistance that
	// takes DeloadPercent off the load the lifter moves (body weight less
	// assistance); without it, percentages of that load are unknown, so a
	// deload adds one step of assistance. Assistance must be lighter than
	// it.
	Bodyweight repkit.Load `json:"bodyweight,omitzero"`

	// Trouble is how the lifter tolerated the exercise over recent weeks,
	// as the review package's tolerance trend reads it from records
	// (joint discomfort, pain, setup friction): the zero Trouble says
	// nothing. When Trouble.Switch is set, the decision is
	// [ActionChangeExercise] with [ReasonRepeatedTrouble], whatever the
	// sessions say: the rest-pause guide's "Simplify or switch when setup
	// friction, pain, fatigue cost, or stalled progress becomes the main
	// story". The other reasons stay in Why.
	Trouble Trouble `json:"trouble,omitzero"`

	stepCuts bool // deloads are one step: an assisted history mirrored without a body weight
}

// A Trouble is what a tolerance trend says about an exercise for the
// [Coach]: in how many of the last Window weeks it caused trouble, and
// whether that is enough to switch. The zero Trouble is no trouble known.
// It is a plain value, safe for concurrent use.
//
// JSON: {"weeks":3,"window":8,"switch":true}, each left out when zero.
type Trouble struct {
	Weeks  int  `json:"weeks,omitzero"`  // weeks with trouble, 0 to Window
	Window int  `json:"window,omitzero"` // the weeks looked at, 0 to 52
	Switch bool `json:"switch,omitzero"` // the trend says to switch; needs Weeks >= 1
}

// An Outing is one session of one exercise as the [Coach] reads it: the
// straight working sets at Load, or the rest-pause sets, or both, with the
// signals noticed and what was prescribed. The zero Outing is a session
// with nothing in it, which [Coach.Decide] refuses. An Outing is a value;
// it is safe for concurrent use as long as nobody modifies its slices.
//
// JSON: {"date":"2026-03-02T18:00:00Z","load":"100kg","sets":[{"reps":8}],
// "want":{"load":"100kg","reps":8}}; date, sets, rest_pause (restpause
// records in their own wire form), signals and want are left out when
// zero or empty.
type Outing struct {
	// Date is when the session took place; the zero Date turns off the
	// date rules for this session.
	Date time.Time `json:"date,omitzero"`
	// Load is the load of the straight Sets.
	Load repkit.Load `json:"load"`
	// Sets are the straight working sets, in order.
	Sets []WorkSet `json:"sets,omitempty"`
	// RestPause are the rest-pause sets of the session, finished, in
	// order. When present, the last one is judged by sum of reps at its
	// own load.
	RestPause []restpause.Record `json:"rest_pause,omitempty"`
	// Signals are what the lifter noticed during the straight sets; the
	// rest-pause records carry their own.
	Signals restpause.Signals `json:"signals,omitzero"`
	// Want is what was prescribed; the zero Prescription means nothing
	// was. For a rest-pause set, Want.Reps is a total to beat.
	Want Prescription `json:"want,omitzero"`
}

// Reasons is a set of [Reason] values. The zero Reasons is empty. It is a
// plain value, safe for concurrent use. JSON writes it as an array of
// reason names in constant order, such as ["top-of-range","new-load"], and
// [] for the empty set.
type Reasons uint32

// Has reports whether r is in s.
func (s Reasons) Has(r Reason) bool { return r < 32 && s&(1<<r) != 0 }

// With returns s with r added.
func (s Reasons) With(r Reason) Reasons {
	if r >= 32 {
		return s
	}
	return s | 1<<r
}

// Len returns how many reasons s holds.
func (s Reasons) Len() int { return bits.OnesCount32(uint32(s)) }

// NextTime is the [Coach]'s one decision for an exercise's next session.
// It holds numbers, not prose, so that deciding never allocates;
// [NextTime.String] builds the sentence. The zero NextTime has
// ActionUnknown, which Decide never returns; a NextTime is a plain value,
// safe for concurrent use.
//
// JSON has the keys the tags name: the action and reasons as names, Why
// as an array of names, loads as text such as "102.5kg", Away as a number
// of seconds; the fields that are zero when they do not apply (sets,
// steps, percent, cut, prescribed, away, unit, trouble figures, kind) are
// left out then:
//
//	{"action":"add-load","lead":"top-of-range","why":["top-of-range"],
//	 "load":"102.5kg","from":"100kg","reps":8,"again":false,
//	 "range":{"min":8,"max":12},"got":12,"want":12,"steps":1,"since":0,
//	 "best":"100kg","best_reps":12,"best_volume":36,"total":false,
//	 "rest_pause":false}
type NextTime struct {
	Action Action `json:"action"`
	// Lead is the reason that decided Action; Why holds it and every other
	// reason that shaped the decision.
	Lead Reason  `json:"lead"`
	Why  Reasons `json:"why"`
	// Load is the load for next time, always achievable; From the load of
	// the session judged.
	Load repkit.Load `json:"load"`
	From repkit.Load `json:"from"`
	// Reps is the target: reps in each straight set, or the total reps of
	// the rest-pause set. Again says the lifter has done it at Load before.
	Reps  int  `json:"reps"`
	Again bool `json:"again"`
	// Sets is the straight working sets next time (0: as many as before).
	Sets int `json:"sets,omitzero"`
	// Range is the rep range judged against: per set, or the total.
	Range repkit.RepRange `json:"range"`
	// Got is the last session's measure: the fewest reps in a straight set,
	// or the rest-pause set's total reps; Want what it was judged against.
	Got  int `json:"got"`
	Want int `json:"want"`
	// Steps is the achievable steps added (ActionAddLoad) or taken off,
	// counted up to 1000 (a cut over a ladder of gram steps can span more).
	Steps int `json:"steps,omitzero"`
	// Percent is the cut the rule asked for, and Cut the real cut after
	// rounding in tenths of a percent (ActionReduceLoad).
	Percent int `json:"percent,omitzero"`
	Cut     int `json:"cut,omitzero"`
	// Since is the sessions since the last new best.
	Since int `json:"since"`
	// Best and BestReps are the last new best's load and measure.
	Best     repkit.Load `json:"best"`
	BestReps int         `json:"best_reps"`
	// BestVolume is the last new best's reps in all: every straight set's,
	// or the rest-pause set's total. A best at one load is the most reps
	// in all, so this is what the next session there must beat.
	BestVolume int `json:"best_volume"`
	// Prescribed is the load the last session prescribed, when it differs
	// from the load lifted.
	Prescribed repkit.Load `json:"prescribed,omitzero"`
	// Away is how long the lift was not done: from the last session to
	// today (ReasonReturnAfterGap), or the gap before the last session
	// (ReasonReturned). JSON writes it in seconds.
	Away time.Duration `json:"away,omitzero"`
	// Total reports that Got and Reps count the total reps of a rest-pause
	// set rather than reps a straight set. Reps is 0 when rest-pause was
	// taken out and next time is the lifter's usual straight sets.
	Total bool `json:"total"`
	// RestPause reports whether next time keeps a rest-pause set.
	RestPause bool `json:"rest_pause"`
	// Unit is the unit loads are written in; zero writes kilograms.
	Unit repkit.Unit `json:"unit,omitzero"`
	// TroubleWeeks and TroubleWindow are [Coach.Trouble]'s figures when
	// the decision is [ReasonRepeatedTrouble]'s change of exercise.
	TroubleWeeks  int `json:"trouble_weeks,omitzero"`
	TroubleWindow int `json:"trouble_window,omitzero"`
	// Kind is what the loads mean, from [Coach.Kind]: for
	// [repkit.LoadAssisted], Load, From, Best and Prescribed are
	// assistance, and ActionAddLoad takes assistance off.
	Kind repkit.LoadKind `json:"kind,omitzero"`
}

// Validate reports a bad Coach: no equipment, a bad range, or a setting
// out of bounds.
func (c Coach) Validate() error {
	if err := c.validateSettings(); err != nil {
		return err
	}
	return validateEquipment(c.Weights)
}

// validateSettings is Validate without the equipment: what
// [Coach.UnmarshalJSON] checks, since Weights is not wire data.
func (c Coach) validateSettings() error {
	if !c.Range.IsZero() {
		if err := requireRange("range", c.Range); err != nil {
			return err
		}
	}
	if !c.Total.IsZero() {
		if err := requireRange("total", c.Total); err != nil {
			return err
		}
	}
	if err := c.MinRIR.Validate(); err != nil {
		return &FieldError{Field: "min_rir", Value: c.MinRIR.String(), Err: repkit.ErrInvalid, Hint: "give 0 to 10"}
	}
	switch {
	case c.MinFirstReps < 0 || c.MinFirstReps > maxReps:
		return errInt("min_first_reps", c.MinFirstReps, repkit.ErrInvalid, "give 0 to 1000")
	case c.StallSessions < 0 || c.StallSessions > maxReps:
		return errInt("stall_sessions", c.StallSessions, repkit.ErrInvalid, "give 0 to 1000")
	case c.DeloadPercent < 0 || c.DeloadPercent > 50:
		return errInt("deload_percent", c.DeloadPercent, repkit.ErrInvalid, "give 0 to 50")
	case c.MaxSteps < 0 || c.MaxSteps > 100:
		return errInt("max_steps", c.MaxSteps, repkit.ErrInvalid, "give 0 to 100")
	case c.Kind > repkit.LoadAssisted:
		return &FieldError{Field: "kind", Value: c.Kind.String(), Err: repkit.ErrInvalid, Hint: "give external, bodyweight or assisted"}
	case c.Bodyweight < 0:
		return errLoad("bodyweight", c.Bodyweight, repkit.ErrInvalid, "give the lifter's body weight, or 0 when it is not known")
	case c.ReturnGap < 0:
		return &FieldError{Field: "return_gap", Value: c.ReturnGap.String(), Err: repkit.ErrInvalid, Hint: "give 0 for 21 days, or a positive duration"}
	case c.Trouble.Window < 0 || c.Trouble.Window > 52:
		return errInt("trouble.window", c.Trouble.Window, repkit.ErrInvalid, "give 0 to 52 weeks")
	case c.Trouble.Weeks < 0 || c.Trouble.Weeks > c.Trouble.Window:
		return errInt("trouble.weeks", c.Trouble.Weeks, repkit.ErrInvalid, "give 0 to trouble.window weeks")
	case c.Trouble.Switch && c.Trouble.Weeks == 0:
		return &FieldError{Field: "trouble.switch", Value: "true", Err: repkit.ErrInvalid, Hint: "give the weeks with trouble, or leave switch false"}
	}
	return nil
}

// coachRules are a Coach's settings with the defaults filled in.
type coachRules struct {
	minFirst, window, percent, maxSteps int
	gap                                 time.Duration
}

func (c *Coach) rules() coachRules {
	r := coachRules{
		minFirst: cmp.Or(c.MinFirstReps, DefaultMinFirstReps),
		window:   cmp.Or(c.StallSessions, DefaultCoachStallSessions),
		percent:  cmp.Or(c.DeloadPercent, DefaultDeloadPercent),
		maxSteps: cmp.Or(c.MaxSteps, DefaultMaxSteps),
		gap:      cmp.Or(c.ReturnGap, DefaultReturnGap),
	}
	if c.stepCuts {
		r.percent = 0 // one step: see deloadRule.to
	}
	return r
}

// Decide returns the one decision for the next session of an exercise,
// from its history, oldest first (the last Outing is the session judged),
// today's date (zero: no return check) and today's dose. See [Coach] for
// the rules.
//
// Bad input is an error naming the field: an invalid Coach, an empty
// history, an outing with no sets, bad reps or efforts, an unfinished or
// invalid rest-pause record, dates out of order, or a last load the
// equipment cannot make. Decide does not allocate unless it returns an
// error, except for assisted loads (see [Coach]).
func (c Coach) Decide(history []Outing, today time.Time, dose fatigue.Dose) (NextTime, error) {
	if err := c.Validate(); err != nil {
		return NextTime{}, err
	}
	if len(history) == 0 {
		return NextTime{}, errInt("history", 0, repkit.ErrInvalid, "give at least one session")
	}
	for i := range history {
		if err := checkOuting(&history[i], i); err != nil {
			return NextTime{}, err
		}
		if i > 0 && !history[i].Date.IsZero() && history[i].Date.Before(history[i-1].Date) {
			return NextTime{}, &FieldError{Field: "history[" + strconv.Itoa(i) + "].date", Value: history[i].Date.Format(time.RFC3339),
				Err: repkit.ErrInvalid, Hint: "give the sessions oldest first"}
		}
	}
	if c.Kind == repkit.LoadBodyweight {
		c.stepCuts = true // a share of the added load is no share of what is lifted
	}
	n := len(history)
	last := &history[n-1]
	from := last.load()
	if c.Kind == repkit.LoadBodyweight && from == 0 {
		// Body weight alone: always there.
	} else if err := checkAchievable(c.Weights, "load", from); err != nil {
		return NextTime{}, errAt(err, "history["+strconv.Itoa(n-1)+"].load")
	}
	if !today.IsZero() && !last.Date.IsZero() && today.Before(last.Date) {
		return NextTime{}, &FieldError{Field: "today", Value: today.Format(time.RFC3339), Err: repkit.ErrInvalid,
			Hint: "give a date on or after the last session"}
	}
	if c.Kind == repkit.LoadAssisted {
		// decideAssisted applies Trouble itself, before it mirrors the
		// loads back to assistance.
		return c.decideAssisted(history, today, dose)
	}
	var d NextTime
	c.decide(history, today, dose, &d)
	d.finish(c.Kind)
	c.troubled(&d)
	return d, nil
}

// troubled turns d into a change of exercise when c.Trouble says to
// switch (see [Coach.Trouble]).
func (c *Coach) troubled(d *NextTime) {
	if !c.Trouble.Switch {
		return
	}
	d.Why = d.Why.With(d.Lead).With(ReasonRepeatedTrouble) &^ (1 << ReasonCutRounded) // no cut is taken
	d.Lead, d.Action, d.Load, d.Steps = ReasonRepeatedTrouble, ActionChangeExercise, d.From, 0
	d.Reps, d.Again, d.Percent, d.Cut = 0, false, 0, 0
	d.TroubleWeeks, d.TroubleWindow = c.Trouble.Weeks, c.Trouble.Window
}

// decide is Decide on checked input.
func (c *Coach) decide(history []Outing, today time.Time, dose fatigue.Dose, d *NextTime) {
	r := c.rules()
	n := len(history)
	last := &history[n-1]
	rp := len(last.RestPause) > 0
	from := last.load()
	*d = NextTime{Action: ActionHold, Load: from, From: from, Unit: c.Unit, RestPause: rp, Total: rp, Got: last.measure()}

	// The block: sessions after the last long gap.
	start := 0
	for i := 1; i < n; i++ {
		if a, b := history[i-1].Date, history[i].Date; !a.IsZero() && !b.IsZero() && wholeDays(b.Sub(a)) > r.gap {
			start = i
		}
	}
	block := history[start:]
	if start > 0 && start == n-1 {
		d.Why = d.Why.With(ReasonReturned)
		d.Away = history[start].Date.Sub(history[start-1].Date)
	}

	d.Range = c.rangeFor(block, rp, &d.Why)
	st := stallOf(outings(block), rp, d.Range, !rp && c.Range.IsZero(), c.deloadRule(r.window, r.percent))
	d.Since, d.Best, d.BestReps, d.BestVolume = st.since, st.load, st.measure, st.volume

	// 1. A return after a gap.
	if !today.IsZero() && !last.Date.IsZero() && wholeDays(today.Sub(last.Date)) > r.gap {
		d.Lead, d.Away = ReasonReturnAfterGap, today.Sub(last.Date)
		if last.pain() {
			d.Why, d.RestPause = d.Why.With(ReasonPainStop), false
		}
		c.cut(d, r.percent)
		d.Reps = clamp(d.Got, d.Range)
		if d.Action == ActionReduceLoad && d.Steps == 1 && r.percent > 0 && d.Cut > 20*r.percent {
			// One step down is more than twice the cut: come back at the
			// same load with the reps at the bottom of the range instead.
			d.Action, d.Load, d.Steps, d.Reps = ActionHold, from, 0, d.Range.Min
			d.Why &^= 1 << ReasonCutRounded
		}
		if d.Action == ActionHold && d.Why.Has(ReasonNoLighterLoad) {
			d.Reps = d.Range.Min // nothing lighter: the reps come down instead
		}
		d.Again = true
		c.applyDose(d, dose)
		return
	}
	// 2. Pain or nerve symptoms.
	if last.pain() {
		d.Lead = ReasonPainStop
		d.RestPause = false
		d.Reps, d.Again = c.heldTarget(block, rp, d.Range)
		if rp {
			d.Reps, d.Again = 0, false // straight sets next time
		}
		c.stepDown(d, from)
		c.applyDose(d, dose)
		return
	}
	// 3. The progression rule.
	if rp {
		c.sum(block, d, r)
	} else {
		c.double(block, d)
	}
	// On a day with no dose, a rest-pause set's one change is taking
	// rest-pause out: an increase, a step down and a stall all wait, and
	// are judged again on the straight sets that replace it.
	if rp && dose == fatigue.DoseNone {
		// The sum of reps never adds reps alone (a total in range holds the
		// load and aims one higher), so a hold is the only decision a stall
		// turns into a deload.
		stalled := st.since >= r.window && d.Action == ActionHold
		if stalled {
			d.Why = d.Why.With(ReasonStalled)
		}
		if last.technique() {
			d.Why = d.Why.With(ReasonTechniqueHeld)
		}
		if d.Action != ActionHold || stalled {
			d.Why = d.Why.With(d.Lead)
			d.Lead, d.Action, d.Load, d.Steps, d.Cut = ReasonDoseNone, ActionHold, from, 0, 0
		}
		c.applyDose(d, dose)
		return
	}
	up := d.Action == ActionAddLoad || d.Action == ActionAddReps
	// 4. Technique or joint signals hold.
	if last.technique() {
		if up {
			d.Why = d.Why.With(d.Lead)
			d.Lead, d.Action, d.Load, d.Steps = ReasonTechniqueHeld, ActionHold, from, 0
			d.Reps, d.Again = c.heldTarget(block, rp, d.Range)
		} else {
			d.Why = d.Why.With(ReasonTechniqueHeld)
		}
		c.applyDose(d, dose)
		return
	}
	// 5. A stall turns a hold or an added rep into a deload, or, when a
	// deload already failed to lead past the best before it, into a change
	// of exercise.
	if st.since >= r.window && (d.Action == ActionHold || d.Action == ActionAddReps) && st.deloaded {
		d.Why = d.Why.With(d.Lead)
		d.Lead, d.Action, d.Load, d.Steps = ReasonStalledAfterDeload, ActionChangeExercise, from, 0
		d.Best, d.BestReps, d.BestVolume = st.old.load, st.old.measure, st.old.volume
		d.Reps, d.Again = 0, false
		c.applyDose(d, dose)
		return
	}
	if st.since >= r.window && (d.Action == ActionHold || d.Action == ActionAddReps) {
		d.Why = d.Why.With(d.Lead)
		d.Lead = ReasonStalled
		c.cut(d, r.percent)
		if rp {
			d.Reps = d.Range.Min
		} else {
			d.Reps = clamp(d.Got, d.Range)
		}
		d.Again = true
		if k := len(block); d.Action == ActionHold && !rp && len(last.Sets) > 1 && (k < 2 || len(block[k-2].Sets) <= len(last.Sets)) {
			// Nothing lighter: the deload is one set fewer for now (once:
			// not again when the last session already had fewer).
			d.Sets = len(last.Sets) - 1
		}
	}
	c.applyDose(d, dose)
}

// finish completes a decision: its lead among its reasons, its kind, and
// no "again" for a target under what the last session did.
func (d *NextTime) finish(k repkit.LoadKind) {
	d.Why = d.Why.With(d.Lead)
	d.Kind = k
	if d.Reps < d.Got {
		d.Again = false
	}
}

// applyDose holds an increase when today's dose is reduced or none, and
// takes rest-pause out when it is none. It never raises a cut.
func (c *Coach) applyDose(d *NextTime, dose fatigue.Dose) {
	var why Reason
	switch dose {
	case fatigue.DoseReduced:
		why = ReasonDoseHeld
	case fatigue.DoseNone:
		why = ReasonDoseNone
		if d.RestPause {
			d.RestPause, d.Reps = false, 0
		}
	default:
		return
	}
	d.Why = d.Why.With(why)
	if d.Action == ActionAddLoad || d.Action == ActionAddReps {
		d.Why = d.Why.With(d.Lead)
		d.Lead, d.Action, d.Load, d.Steps = why, ActionHold, d.From, 0
		switch {
		case why == ReasonDoseNone && d.Total:
			d.Reps = 0
		case d.Total:
			d.Reps = max(d.Got, d.Range.Min)
		default:
			d.Reps = max(d.Want, min(d.Got, d.Range.Max))
		}
		d.Again = d.Reps > 0 && d.Got >= d.Reps
	}
}

// cut turns d into a reduction of percent: to the achievable load nearest
// the target, at least one step lighter, or a hold when nothing is lighter.
func (c *Coach) cut(d *NextTime, percent int) {
	d.Percent = percent
	dl := c.deloadRule(0, percent)
	if _, ok := dl.prev(d.From); !ok {
		d.Why = d.Why.With(ReasonNoLighterLoad)
		d.Action, d.Load = ActionHold, d.From
		return
	}
	// The achievable load nearest the target, if it is lighter than the
	// step down: the load stallOf recognises as this deload done.
	down := dl.to(d.From)
	d.Action, d.Load = ActionReduceLoad, down
	if percent > 0 {
		d.Cut = cutTenths(d.From, down)
	}
	if percent > 0 && d.Cut > 10*percent {
		d.Why = d.Why.With(ReasonCutRounded)
	}
	for l, k := d.From, 0; l > down && k < 1000; k++ {
		l, _ = dl.prev(l)
		d.Steps = k + 1
	}
}

// deloadRule is the Coach's deload: percent off (0: one step), rounded to
// the nearest achievable load, with body weight alone below every load of
// body-weight work.
func (c *Coach) deloadRule(window, percent int) deloadRule {
	return deloadRule{window: window, percent: percent, weights: c.Weights, mode: RoundNearest, bodyFloor: c.Kind == repkit.LoadBodyweight}
}

// wholeDays is t in whole days, as the gap rules count it and the
// sentences write it: 21 days and 3 hours is 21 days, not past a 21-day gap.
func wholeDays(t time.Duration) time.Duration { return t.Truncate(24 * time.Hour) }

// stepDown sets d to reduce the load one step below from, or, where the
// Weights have no lighter load, adds [ReasonNoLighterLoad] to d.Why.
func (c *Coach) stepDown(d *NextTime, from repkit.Load) {
	if down, ok := c.deloadRule(0, 0).prev(from); ok {
		d.Action, d.Load, d.Steps, d.Cut = ActionReduceLoad, down, 1, cutTenths(from, down)
		if c.stepCuts {
			d.Cut = 0 // a share of a load that is not known
		}
	} else {
		d.Why = d.Why.With(ReasonNoLighterLoad)
	}
}

// cutTenths is how much lighter to is than from, in tenths of a percent,
// rounded to the nearest tenth.
func cutTenths(from, to repkit.Load) int {
	if from <= 0 || to >= from {
		return 0
	}
	return int((mulDiv(from-to, 2000, uint64(from)) + 1) / 2)
}

// clamp returns n inside r.
func clamp(n int, r repkit.RepRange) int { return max(r.Min, min(n, r.Max)) }

// heldTarget is the target when the load holds or drops for safety: the
// target in force at the last session, not raised.
func (c *Coach) heldTarget(block []Outing, rp bool, rng repkit.RepRange) (int, bool) {
	last := &block[len(block)-1]
	if rp {
		return clamp(last.measure(), rng), true
	}
	t, known, _ := targetInForce(block, rng)
	if !known {
		t = last.measure()
	}
	t = max(t, min(last.measure(), rng.Max))
	return t, bestAt(block, last.Load, false) >= t
}

// targetInForce is the target the last session of block was judged
// against, whether it was known, and whether the load differed from the
// prescription.
func targetInForce(block []Outing, rng repkit.RepRange) (t int, known, offPlan bool) {
	n := len(block)
	last := &block[n-1]
	switch {
	case last.Want.Reps > 0 && last.Want.Load == last.Load:
		return last.Want.Reps, true, false
	case last.Want.Reps > 0 || last.Want.Load > 0:
		return max(last.measure(), 1), true, true
	case n >= 2 && len(block[n-2].RestPause) == 0 && block[n-2].Load == last.Load:
		return max(block[n-2].measure(), 1), true, false
	}
	return rng.Min, false, false
}

// double is the straight-set rule: double progression that follows the
// lifter.
func (c *Coach) double(block []Outing, d *NextTime) {
	last := &block[len(block)-1]
	fewest, least, _ := scanSets(last.Sets)
	rng := d.Range
	t, known, offPlan := targetInForce(block, rng)
	if offPlan {
		d.Why = d.Why.With(ReasonLoadNotPrescribed)
		d.Prescribed = last.Want.Load
	} else if !known {
		d.Why = d.Why.With(ReasonNewLoad)
	}
	d.Want, d.Sets = t, last.Want.Sets
	bestHere := bestAt(block, last.Load, false)
	switch {
	case last.Want.Sets > 0 && len(last.Sets) < last.Want.Sets:
		d.Lead, d.Reps = ReasonMissingSets, max(t, min(fewest, rng.Max))
	case least < c.MinRIR:
		d.Lead, d.Reps = ReasonEffortCapExceeded, max(t, min(fewest, rng.Max))
		d.Got, d.Want = int(least), int(c.MinRIR)
	case fewest >= rng.Max:
		up, ok := c.Weights.Next(last.Load)
		if !ok {
			d.Lead, d.Reps = ReasonNoHeavierLoad, rng.Max
			break
		}
		d.Lead, d.Action, d.Load, d.Steps, d.Reps = ReasonTopOfRange, ActionAddLoad, up, 1, rng.Min
		d.Again = false
		return
	case fewest < rng.Min && belowTwice(block, rng.Min):
		d.Lead, d.Reps = ReasonBelowRangeTwice, rng.Min
		c.stepDown(d, last.Load)
		return
	case fewest >= t:
		d.Lead, d.Action, d.Reps = ReasonTargetsMet, ActionAddReps, min(fewest+1, rng.Max)
	default:
		d.Lead, d.Reps = ReasonTargetMissed, t
	}
	d.Again = bestHere >= d.Reps
}

// sum is the rest-pause rule: sum of reps with a documented cap.
func (c *Coach) sum(block []Outing, d *NextTime, r coachRules) {
	last := &block[len(block)-1]
	rec := &last.RestPause[len(last.RestPause)-1]
	total, rng := rec.TotalReps(), d.Range
	d.Want = rng.Min
	switch {
	case rec.ActivationReps() < r.minFirst:
		d.Lead, d.Got, d.Want, d.Reps, d.Again = ReasonFirstSetShort, rec.ActivationReps(), r.minFirst, rng.Min, false
		c.stepDown(d, d.From)
	case total >= rng.Max:
		d.Want = rng.Max
		steps := min(1+(total-rng.Max)/(rng.Max-rng.Min+1), r.maxSteps)
		l, k := d.From, 0
		for ; k < steps; k++ {
			up, ok := c.Weights.Next(l)
			if !ok {
				break
			}
			l = up
		}
		if k == 0 {
			d.Lead, d.Reps = ReasonNoHeavierLoad, total
			return
		}
		d.Lead, d.Action, d.Load, d.Steps, d.Reps = ReasonTotalAboveRange, ActionAddLoad, l, k, rng.Min
		if total == rng.Max {
			d.Lead = ReasonTopOfRange
		}
		if k > 1 {
			d.Why = d.Why.With(ReasonFarAboveRange)
		}
	case total < rng.Min:
		n := len(block)
		if n >= 2 && len(block[n-2].RestPause) > 0 && block[n-2].load() == d.From && block[n-2].measure() < rng.Min {
			d.Lead, d.Reps = ReasonBelowRangeTwice, rng.Min
			c.stepDown(d, d.From)
			return
		}
		d.Lead, d.Reps = ReasonTotalBelowRange, rng.Min
		d.Again = bestAt(block, d.From, true) >= rng.Min
	default:
		d.Lead, d.Reps = ReasonTotalInRange, total+1
		d.Again = bestAt(block, d.From, true) >= total+1
	}
}

// belowTwice reports whether the straight-set session before the last of
// block was at the same load, also below bottom, and no worse.
func belowTwice(block []Outing, bottom int) bool {
	n := len(block)
	if n < 2 || len(block[n-2].RestPause) > 0 || block[n-2].Load != block[n-1].Load {
		return false
	}
	prev := block[n-2].measure()
	return prev < bottom && block[n-1].measure() <= prev
}

// bestAt is the highest measure of a session of block at load, of the
// given kind, or -1.
func bestAt(block []Outing, load repkit.Load, rp bool) int {
	best := -1
	for i := range block {
		o := &block[i]
		if (len(o.RestPause) > 0) == rp && o.load() == load {
			best = max(best, o.measure())
		}
	}
	return best
}

// strengthBands are the rep ranges a zero Coach.Range is inferred from.
var strengthBands = [...]repkit.RepRange{{Min: 3, Max: 5}, {Min: 6, Max: 10}, {Min: 8, Max: 12}, {Min: 12, Max: 15}, {Min: 15, Max: 20}, {Min: 20, Max: 30}, {Min: 30, Max: 50}}

// rangeFor returns the range to judge block's last session against.
func (c *Coach) rangeFor(block []Outing, rp bool, why *Reasons) repkit.RepRange {
	if rp {
		if c.Total.IsZero() {
			return dcTotal
		}
		return c.Total
	}
	if !c.Range.IsZero() {
		return c.Range
	}
	*why = why.With(ReasonRangeInferred)
	rng := inferRange(outings(block), len(block))
	if c.Kind == repkit.LoadBodyweight && block[len(block)-1].Load == 0 && rng.Max < bodyweightFloor.Max {
		rng = bodyweightFloor
	}
	return rng
}

// inferRange infers a rep range from the straight-set sessions of block;
// see [Coach].
func inferRange[S sessionList](block S, end int) repkit.RepRange {
	var recent [inferSessions]int
	k := 0
	last := block.at(end - 1).load
	lo, hi := percentOf(last, 95), percentOf(last, 105)
	for i, seen := end-1, 0; i >= 0 && seen < len(recent); i-- {
		if o := block.at(i); o.straight {
			seen++
			if m := o.measure; m > 0 && lo <= o.load && o.load <= hi {
				recent[k] = m
				k++
			}
		}
	}
	n := k
	if n == 0 {
		return strengthBands[2]
	}
	s := recent[:n]
	for i := 1; i < len(s); i++ { // insertion sort: a dozen values at most
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	t := s[(n-1)/4]
	band := strengthBands[0]
	for i, b := range strengthBands {
		// At a boundary (12, 15, 20, 30) the lower band: a lifter at the
		// top of a range sits there until the load goes up.
		if b.Min <= t && (i == 0 || t != b.Min || strengthBands[i-1].Max != t) {
			band = b
		}
	}
	return band
}

// inferSessions is how many sessions a range is inferred from.
const inferSessions = 12

// stallFinding is the one view of a block's bests that the Coach and
// StallRule share.
type stallFinding struct {
	since   int
	index   int // the last new best's index in the block
	load    repkit.Load
	measure int // the best's measure
	volume  int // the best's volume
	reserve int // the best's reps in reserve
	// deloaded reports a deload (a new block, or building back) since
	// which no session passed old, the best before it.
	deloaded bool
	old      bestMark
}

// bestMark is a best as [stallFinding.better] compares it.
type bestMark struct {
	load                     repkit.Load
	measure, volume, reserve int
}

// aSession is one session as the notion of best reads it.
type aSession struct {
	load                     repkit.Load
	measure, volume, reserve int
	rp, straight             bool
	signal                   bool // pain, nerve symptoms or a technique signal
}

// sessionList is a history the notion of best reads: the Coach's outings
// or StallRule's performances. Generic rather than an interface value, so
// that reading does not allocate.
type sessionList interface {
	outings | performances
	at(i int) aSession
}

type outings []Outing

func (h outings) at(i int) aSession {
	o := &h[i]
	return aSession{o.load(), o.measure(), o.volume(), o.reserve(), len(o.RestPause) > 0, len(o.RestPause) == 0 && len(o.Sets) > 0, o.pain() || o.technique()}
}

type performances []Performance

func (h performances) at(i int) aSession {
	o := Outing{Load: h[i].Load, Sets: h[i].Sets}
	return aSession{o.load(), o.measure(), o.volume(), o.reserve(), false, len(o.Sets) > 0, false}
}

// better reports whether s is a new best over the best f: at the best load
// with more reps in all, or as many with more reps in reserve (the same
// work done more easily); or heavier with a measure inside the range (a
// step up that succeeded).
func (f *stallFinding) better(s aSession, rng repkit.RepRange) bool {
	return bestMark{f.load, f.measure, f.volume, f.reserve}.passedBy(s, rng)
}

func (f bestMark) passedBy(s aSession, rng repkit.RepRange) bool {
	switch {
	case s.load == f.load:
		return s.volume > f.volume || s.volume == f.volume && s.reserve > f.reserve
	case s.load > f.load:
		return s.measure >= rng.Min
	}
	return false
}

// stallOf finds the last new best in block among sessions of the last
// session's kind; see [Coach] for what a best is.
//
// With infer, the range is inferred, and a lighter session is judged
// building back against the range inferred as of that session, near its
// own load: the range the Coach judged it by when it was the last.
//
// A session lighter than the session before it and at or below the load
// a deload from that session takes (dl), when that session had gone
// dl.window sessions without a new best (and was not a pain or technique
// stop, or a second session below the range at one load) and no deload is
// pending, did the deload the stall called for, even when that load is not
// lighter than the best (a failed step above the best, deloaded to the
// best's own load): the window restarts and the best is the one to pass,
// as when building back.
func stallOf[S sessionList](block S, rp bool, rng repkit.RepRange, infer bool, dl deloadRule) stallFinding {
	var f stallFinding
	have, started, count, signalRun := false, false, 0, false
	// The last two sessions of this kind (none: load -1), and the count
	// after the last.
	prev, pp, prevCount := aSession{load: -1}, aSession{load: -1}, 0
	var prevLoad repkit.Load
	n := len(block)
	for i := range n {
		o := block.at(i)
		if o.rp != rp {
			continue
		}
		// The Coach deloaded the session before (prev) when it had gone the
		// window without a best and was neither a pain or technique stop
		// nor a second session below the range at one load (those take a
		// step off or hold, and come first).
		stalled := prev.load >= 0 && dl.window > 0 && prevCount >= dl.window && !prev.signal &&
			!(prev.measure < rng.Min && pp.load == prev.load && pp.measure < rng.Min)
		pp, prevLoad, prev = prev, prev.load, o
		// The step down after a pain or technique stop at or above the
		// best: not a deload; a single one starts no new block.
		signalStep := have && o.load < f.load && pp.signal && pp.load >= f.load
		// A lighter block that began with such a step down is the lifter
		// working back from a signal, not a deload: it does not start the
		// escalation to a change of exercise.
		if signalStep {
			signalRun = true
		} else if have && o.load >= f.load {
			signalRun = false
		}
		if have && o.load < f.load {
			nextLighter := true
			for j := i + 1; j < n; j++ {
				if nx := block.at(j); nx.rp == rp {
					nextLighter = nx.load < f.load
					break
				}
			}
			if nextLighter {
				have = false
			}
		}
		if f.deloaded && f.old.passedBy(o, rng) {
			f.deloaded = false
		}
		deload := have && !f.deloaded && stalled && o.load < prevLoad && o.load <= dl.to(prevLoad)
		switch {
		case !have:
			// A deload opens a new block: remember the best before it
			// until a session passes it.
			old, deloaded := bestMark{f.load, f.measure, f.volume, f.reserve}, f.deloaded || started && !signalRun
			if f.deloaded {
				old = f.old // the first deload's best is still the one to pass
			}
			f = stallFinding{index: i, load: o.load, measure: o.measure, volume: o.volume, reserve: o.reserve, deloaded: deloaded, old: old}
			have, started, count = true, true, 0
		case f.better(o, rng):
			f.index, f.load, f.measure, f.volume, f.reserve = i, o.load, o.measure, o.volume, o.reserve
			count = 0
		case signalStep && !deload:
			// It neither counts toward a stall nor starts the escalation.
		case deload || o.load < f.load && o.measure >= topAt(block, i, rng, infer):
			// The deload a stall called for, or building back after a
			// deload: the window restarts, the best stays and is the one
			// to pass.
			if !f.deloaded {
				f.deloaded, f.old = true, bestMark{f.load, f.measure, f.volume, f.reserve}
			}
			count = 0
		case o.signal:
			// A session stopped or held by pain, nerve symptoms or a
			// technique signal was not a fair test of progress: it does
			// not count toward a stall.
		default:
			count++
		}
		prevCount = count
	}
	f.since = count
	return f
}

// deloadRule is how a stall is deloaded, for [stallOf] to recognise a
// deload that was done: after window sessions without a new best (0: never),
// DeloadPercent off, rounded by mode, at least one step lighter.
type deloadRule struct {
	window, percent int
	weights         Weights
	mode            RoundMode
	bodyFloor       bool // body-weight work: zero added load is below every load
}

// prev is the next lighter load: the Weights', or body weight alone for
// body-weight work.
func (r deloadRule) prev(l repkit.Load) (repkit.Load, bool) {
	if p, ok := r.weights.Prev(l); ok {
		return p, true
	}
	if r.bodyFloor && l > 0 {
		return 0, true
	}
	return 0, false
}

// to is the load a deload from from takes: the achievable load nearest
// (mode) percent lighter, if it is lighter than the step down; the step
// down otherwise; from when nothing is lighter.
func (r deloadRule) to(from repkit.Load) repkit.Load {
	down, ok := r.prev(from)
	if !ok {
		return from
	}
	if r.percent == 0 {
		return down
	}
	if l, err := Round(r.weights, percentOf(from, 100-r.percent), r.mode); err == nil && l < down {
		down = l
	}
	return down
}

// topAt is the top of the range session i of block was judged by.
func topAt[S sessionList](block S, i int, rng repkit.RepRange, infer bool) int {
	if !infer {
		return rng.Max
	}
	return inferRange(block, i+1).Max
}

// load is the load the outing is judged at: the last rest-pause set's, or
// the straight sets'.
func (o *Outing) load() repkit.Load {
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].Load
	}
	return o.Load
}

// measure is the fewest reps in a straight set, or the last rest-pause
// set's total reps.
func (o *Outing) measure() int {
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].TotalReps()
	}
	if len(o.Sets) == 0 {
		return 0
	}
	f := o.Sets[0].Reps // checked already: no effort or range checks here
	for i := 1; i < len(o.Sets); i++ {
		f = min(f, o.Sets[i].Reps)
	}
	return f
}

// volume is the reps of all straight sets, or the last rest-pause set's
// total reps: what a new best at the same load must beat.
func (o *Outing) volume() int {
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].TotalReps()
	}
	v := 0
	for i := range o.Sets {
		v += o.Sets[i].Reps
	}
	return v
}

// reserve is the reps in reserve recorded on the straight sets, summed
// (the fewest an RPE allows); a set with no effort adds nothing.
func (o *Outing) reserve() int {
	if len(o.RestPause) > 0 {
		return 0
	}
	r := 0
	for i := range o.Sets {
		if rir, ok := o.Sets[i].Effort.RIR(); ok {
			r += int(rir.Min)
		}
	}
	return r
}

// pain reports pain or nerve symptoms anywhere in the outing.
func (o *Outing) pain() bool {
	if o.Signals.PainOrNerve {
		return true
	}
	for i := range o.RestPause {
		r := &o.RestPause[i]
		if r.Stop.Reason == restpause.StopPain || r.Stop.Signal == restpause.SignalPainOrNerve || r.Activation.Signals.PainOrNerve {
			return true
		}
		for j := range r.Bursts {
			if r.Bursts[j].Signals.PainOrNerve {
				return true
			}
		}
	}
	return false
}

// technique reports a technique or joint signal anywhere in the outing.
func (o *Outing) technique() bool {
	if techniqueSignal(&o.Signals) {
		return true
	}
	for i := range o.RestPause {
		r := &o.RestPause[i]
		if r.Stop.Reason == restpause.StopTechnique || techniqueSignal(&r.Activation.Signals) {
			return true
		}
		for j := range r.Bursts {
			if techniqueSignal(&r.Bursts[j].Signals) {
				return true
			}
		}
	}
	return false
}

func techniqueSignal(s *restpause.Signals) bool {
	return s.TechniqueLost || s.RangeShortened || s.Momentum || s.TargetNotLimiting || s.DiscomfortRising
}

// checkOuting validates one outing of a history.
func checkOuting(o *Outing, i int) error {
	field := func(sub string) string { return "history[" + strconv.Itoa(i) + "]" + sub }
	if len(o.Sets) == 0 && len(o.RestPause) == 0 {
		return &FieldError{Field: field(".sets"), Value: "0", Err: repkit.ErrInvalid, Hint: "give at least one working set or rest-pause set"}
	}
	if o.Load < 0 {
		return errLoad(field(".load"), o.Load, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	if o.Signals.Discomfort < 0 || o.Signals.Discomfort > restpause.MaxDiscomfort {
		return errInt(field(".signals.discomfort"), o.Signals.Discomfort, repkit.ErrInvalid, "give 0 to 10")
	}
	if o.Want.Reps < 0 || o.Want.Reps > maxReps || o.Want.Sets < 0 || o.Want.Sets > maxReps || o.Want.Load < 0 {
		return &FieldError{Field: field(".want"), Value: o.Want.Load.String() + " x " + strconv.Itoa(o.Want.Reps), Err: repkit.ErrInvalid,
			Hint: "give a load of 0kg or more and 0 to 1000 reps and sets"}
	}
	if len(o.Sets) > 0 {
		if _, _, bad := scanSets(o.Sets); bad >= 0 {
			st := o.Sets[bad]
			at := field(".sets[" + strconv.Itoa(bad) + "]")
			if st.Reps < 0 || st.Reps > maxReps {
				return errInt(at+".reps", st.Reps, repkit.ErrInvalid, "give 0 to 1000")
			}
			return &FieldError{Field: at + ".effort", Value: st.Effort.String(), Err: repkit.ErrInvalid,
				Hint: `give an RPE from 1 to 10 in half points or reps in reserve from 0 to 10, such as "rpe 8" or "rir 2"`}
		}
	}
	for j := range o.RestPause {
		r := &o.RestPause[j]
		if err := r.Validate(); err != nil {
			return &FieldError{Field: field(".rest_pause[" + strconv.Itoa(j) + "]"), Value: r.Exercise, Err: repkit.ErrInvalid, Hint: err.Error()}
		}
		if !r.Ended() {
			return &FieldError{Field: field(".rest_pause[" + strconv.Itoa(j) + "].stop"), Value: r.Stop.Reason.String(), Err: repkit.ErrInvalid, Hint: "pass only finished sets"}
		}
	}
	return nil
}
