package review

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/volume"
)

// WorsePercent is how far the best set's estimated one-rep max of an
// important session must fall below the session of the same lift before a
// rest-pause day for the recovery checkpoint to call it worse: 3%.
// Day-to-day e1RM moves by a couple of percent without any cause; the
// guide names no figure, so this is repkit's choice.
const WorsePercent = 3

// NextWithin is how soon after a rest-pause day an important session must
// come to be "the next important session" the recovery checkpoint judges:
// 7 days.
const NextWithin = 7 * 24 * time.Hour

// An Item is one checkpoint of a weekly review: how it stands, what to do
// (sentences for the lifter; where a sentence is about next time it is
// the progression Coach's own, [progression.NextTime.String]), and the
// evidence it rests on, as sentences naming dates, loads, reps and levels.
type Item struct {
	Checkpoint Checkpoint `json:"checkpoint"`
	Status     Status     `json:"status"`
	Says       []string   `json:"says,omitempty"`
	Evidence   []string   `json:"evidence,omitempty"`
}

// A Next is the Coach's decision for one rest-pause exercise of the week.
// Its JSON is the exercise and the sentence, such as
//
//	{"exercise":"Leg Extension","sentence":"Next time: 52.5kg for 20 total reps."}
type Next struct {
	Exercise string `json:"exercise"` // the exercise's name as logged
	// Decision is the Coach's decision in full. It is not on the wire
	// (json "-"): [progression.NextTime] is progression's value, with its
	// own form, and an app that stores a review shows the Sentence; read
	// with encoding/json, a Next has the zero Decision.
	Decision progression.NextTime `json:"-"`
	Sentence string               `json:"sentence"` // Decision.String()
}

// A Review is one week's review: the week, its ledger, the volume jump
// when rest-pause entered, the five checkpoints in the guide's order, the
// tolerance trends of the week's rest-pause exercises and the Coach's
// decisions for them. It is a plain value, safe to read from many
// goroutines. Its JSON is in repkit's wire format: snake_case keys, the
// week as {"start":...,"iso_year":...,"iso_week":...}, checkpoints and
// statuses by their lower-case names, loads as text, such as
//
//	{"week":{"start":"2024-01-29T00:00:00Z","iso_year":2024,"iso_week":5},"unit":"kg",
//	 "ledger":{"week":{...},"all":{"straight_sets":2,...}},
//	 "items":[{"checkpoint":"setup","status":"ok","says":["..."]}],
//	 "tolerance":[{"exercise":"Leg Extension","weeks":[...]}],
//	 "next":[{"exercise":"Leg Extension","sentence":"..."}]}
//
// It round-trips through encoding/json except for each Next's Decision
// (see [Next]).
type Review struct {
	Week   volume.Week      `json:"week"`
	Unit   repkit.Unit      `json:"unit,omitzero"`
	Ledger volume.WeekTally `json:"ledger"` // this week's work per muscle
	// Jump is what happened to each muscle when rest-pause entered the
	// program (its Entered week may be before this one); zero when the
	// log has no rest-pause set up to this week.
	Jump   volume.Jump `json:"jump,omitzero"`
	Items  []Item      `json:"items,omitempty"`
	Trends []Trend     `json:"tolerance,omitempty"`
	Next   []Next      `json:"next,omitempty"`
}

// Item returns the review's item for c.
func (r Review) Item(c Checkpoint) Item {
	for _, it := range r.Items {
		if it.Checkpoint == c {
			return it
		}
	}
	return Item{Checkpoint: c}
}

// Settings tune [Weekly]. The zero Settings uses ISO weeks in each date's
// own zone, the common gym of the log's unit, and the default main lifts.
type Settings struct {
	Weeks volume.Weeks
	// Gym is the lifter's equipment, for the Coach's loads and for which
	// exercises a switch may suggest; nil is [progression.CommonGym] in
	// the log's unit (kilograms when unknown).
	Gym *progression.Gym
	// Equipment is the equipment the lifter has, for switch alternatives;
	// nil is [EquipmentOf] the gym.
	Equipment []exercise.Equipment
	// MainLifts names the important lifts the recovery checkpoint
	// watches, as logged; nil means every straight-set exercise that
	// [exercise.IsMainLift] names a main lift: an external load, and
	// [exercise.Unsuitable] for rest-pause (the heavy compounds and
	// technical lifts that keep normal rest).
	MainLifts []string
	// Coach is the progression Coach whose sentences the progression
	// checkpoint uses; its Weights, Unit and Kind are set per exercise.
	Coach progression.Coach
	// Window is the weeks compared on each side of rest-pause's entry
	// ([volume.Ledger.Jump]); zero is [volume.DefaultWindow].
	Window int
}

// Weekly reviews the week holding asOf, reading everything logged before
// that week ends: the rest-pause records and straight sets of log. It
// returns the five checkpoints in order, each with its evidence:
//
//   - Setup: [StatusAttention] when a record of the week had setup
//     friction of [TroubleLevel] or more, or a technique signal already in
//     its activation set, or changed protocol or mean rest (by 10 s or
//     more) against the exercise's record before.
//   - Progression: the Coach's decision for each rest-pause exercise of
//     the week, from its rest-pause records by day (sum of reps), with
//     the exercise's tolerance trend as [progression.Coach.Trouble], so a
//     switch for repeated trouble is the Coach's own decision and
//     sentence; attention when it reduces load or changes the exercise.
//     The Coach's loads come from [progression.Gym.WeightsLogged]: the
//     gym's equipment for the exercise and its load kind when it makes the
//     last load, and otherwise steps from that load.
//   - Common mistakes: the findings of [restpause.Auditor] (given the
//     straight sets, the weeks and the main lifts' e1RMs) with a record in
//     this week, and the volume jump's figures for every muscle.
//   - Recovery: for each rest-pause day of the week and each main lift,
//     the lift's next session within [NextWithin] against its session
//     before the day; worse when the best set's e1RM (Epley, sets of 1 to
//     10 reps) is [WorsePercent] or more lower.
//   - Simplify or switch: the Coach's sentence for each exercise it says
//     to change (stalled progress, or repeated trouble), with the
//     tolerance trend of each rest-pause exercise of the week
//     ([Tolerances]) as evidence and switch alternatives ([Alternatives])
//     for those with repeated trouble. The review writes no next-time
//     sentence of its own.
//
// A zero asOf, an invalid record or straight set, or bad settings are a
// [*FieldError].
func Weekly(log Log, asOf time.Time, s Settings) (Review, error) {
	if asOf.IsZero() {
		return Review{}, invalid("as_of", asOf.String(), "give the date of the review")
	}
	for i := range log.Records {
		if err := log.Records[i].Validate(); err != nil {
			return Review{}, inner("records["+strconv.Itoa(i)+"].", err)
		}
	}
	for i := range log.Straight {
		if err := log.Straight[i].Validate(); err != nil {
			return Review{}, inner("straight["+strconv.Itoa(i)+"].", err)
		}
		if log.Straight[i].RestPause {
			return Review{}, invalid("straight["+strconv.Itoa(i)+"].rest_pause", "true", "give rest-pause sets as Records")
		}
	}
	unit := log.Unit
	gym := s.Gym
	if gym == nil {
		u := unit
		if u != repkit.UnitPound {
			u = repkit.UnitKilogram
		}
		g, _ := progression.CommonGym(u)
		gym = &g
	} else if err := gym.Validate(); err != nil {
		return Review{}, inner("gym.", err)
	}
	have := s.Equipment
	if have == nil {
		have = EquipmentOf(*gym)
	}
	week := s.Weeks.Of(asOf)
	end := week.End()
	var recs []restpause.Record
	for _, r := range log.Records {
		if r.Date.Before(end) {
			recs = append(recs, r)
		}
	}
	slices.SortStableFunc(recs, func(a, b restpause.Record) int { return a.Date.Compare(b.Date) })
	var straight []volume.Work
	for _, w := range log.Straight {
		if w.Date.Before(end) {
			straight = append(straight, w)
		}
	}
	work := make([]volume.Work, 0, len(recs)+len(straight))
	for _, r := range recs {
		work = append(work, r.Work())
	}
	work = append(work, straight...)
	ledger, err := volume.Count(work, volume.Counting{Weeks: s.Weeks, Unit: unit})
	if err != nil {
		return Review{}, err
	}
	rv := Review{Week: week, Unit: unit}
	rv.Ledger, _ = ledger.Week(week)
	jump, ok, err := ledger.Jump(s.Window)
	if err != nil {
		return Review{}, invalid("window", strconv.Itoa(s.Window), "give 0 (the default, 4 weeks) or more")
	}
	if ok {
		rv.Jump = jump
	}
	var this []restpause.Record
	for _, r := range recs {
		if s.Weeks.Of(r.Date).Key() == week.Key() {
			this = append(this, r)
		}
	}
	mains := mainSessions(straight, s.MainLifts)

	trends := weekTrends(recs, this, s.Weeks, have)
	rv.Trends = trends
	rv.Items = append(rv.Items, setupItem(recs, this))
	prog, nexts := progressionItem(recs, this, trends, asOf, *gym, unit, s.Coach)
	rv.Next = nexts
	rv.Items = append(rv.Items, prog)
	mistakes, err := mistakesItem(recs, straight, mains, s, week, jump, ok, unit)
	if err != nil {
		return Review{}, err
	}
	rv.Items = append(rv.Items, mistakes)
	rv.Items = append(rv.Items, recoveryItem(this, mains, unit))
	rv.Items = append(rv.Items, switchItem(this, trends, nexts))
	return rv, nil
}

// inner returns err, a restpause, volume or progression field error, as
// this package's, its field after prefix.
func inner(prefix string, err error) error {
	var rf *restpause.FieldError
	if errors.As(err, &rf) {
		return &FieldError{Field: prefix + rf.Field, Value: rf.Value, Err: rf.Err, Hint: rf.Hint}
	}
	var vf *volume.FieldError
	if errors.As(err, &vf) {
		return &FieldError{Field: prefix + vf.Field, Value: vf.Value, Err: vf.Err, Hint: vf.Hint}
	}
	var pf *progression.FieldError
	if errors.As(err, &pf) {
		return &FieldError{Field: prefix + pf.Field, Value: pf.Value, Err: pf.Err, Hint: pf.Hint}
	}
	return err
}

// exercisesOf returns the exercise names of records, in first-seen order.
func exercisesOf(recs []restpause.Record) []string {
	var out []string
	for i := range recs {
		if n := name(recs[i].Exercise, recs[i].ExerciseID); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func meanRest(r *restpause.Record) time.Duration {
	if len(r.Bursts) == 0 {
		return 0
	}
	return r.Rest() / time.Duration(len(r.Bursts))
}

func setupItem(recs, this []restpause.Record) Item {
	it := Item{Checkpoint: CheckSetup}
	if len(this) == 0 {
		it.Status = StatusNoData
		it.Says = []string{"No rest-pause sets this week."}
		return it
	}
	it.Status = StatusOK
	for _, n := range exercisesOf(this) {
		var sets, friction, technique int
		var changed []string
		for i := range this {
			r := &this[i]
			if name(r.Exercise, r.ExerciseID) != n {
				continue
			}
			sets++
			friction = max(friction, r.Tolerance.SetupFriction)
			if techniqueInActivation(r.Activation.Signals) {
				technique++
			}
			if prev, ok := before(recs, r); ok {
				if prev.Protocol != r.Protocol {
					changed = append(changed, "protocol "+quote(prev.Protocol)+" to "+quote(r.Protocol)+" on "+day(r.Date))
				}
				if d := meanRest(r) - meanRest(&prev); len(r.Bursts) > 0 && len(prev.Bursts) > 0 && (d >= 10*time.Second || d <= -10*time.Second) {
					changed = append(changed, "mean rest "+meanRest(&prev).Round(time.Second).String()+" to "+meanRest(r).Round(time.Second).String()+" on "+day(r.Date))
				}
			}
		}
		e := n + ": " + plural(sets, "rest-pause set") + ", " + frictionText(friction)
		if technique > 0 {
			e += ", a technique signal already in the activation set of " + strconv.Itoa(technique)
		}
		if len(changed) > 0 {
			e += "; changed " + strings.Join(changed, ", ")
		}
		it.Evidence = append(it.Evidence, e+".")
		if friction >= TroubleLevel || technique > 0 || len(changed) > 0 {
			it.Status = StatusAttention
		}
	}
	if it.Status == StatusAttention {
		it.Says = []string{"The setup changed or fought back this week (see the evidence); a version you can repeat, with stable positions and normal control from the first rep, keeps progress readable."}
	} else {
		it.Says = []string{"The setup held this week: no setup friction or early technique signal of note, and the same protocol and rest as before."}
	}
	return it
}

func quote(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func day(t time.Time) string { return t.Format(time.DateOnly) }

// before returns the record of the same exercise just before r in recs
// (sorted by date).
func before(recs []restpause.Record, r *restpause.Record) (restpause.Record, bool) {
	n := name(r.Exercise, r.ExerciseID)
	var out restpause.Record
	found := false
	for i := range recs {
		if !recs[i].Date.Before(r.Date) {
			break
		}
		if name(recs[i].Exercise, recs[i].ExerciseID) == n {
			out, found = recs[i], true
		}
	}
	return out, found
}

func resolveRecord(r *restpause.Record) (exercise.Exercise, bool) {
	return volume.Resolve(r.Exercise, r.ExerciseID)
}

func progressionItem(recs, this []restpause.Record, trends []Trend, asOf time.Time, gym progression.Gym, unit repkit.Unit, coach progression.Coach) (Item, []Next) {
	it := Item{Checkpoint: CheckProgression}
	if len(this) == 0 {
		it.Status = StatusNoData
		it.Says = []string{"No rest-pause sets this week."}
		return it, nil
	}
	it.Status = StatusOK
	var nexts []Next
	for _, n := range exercisesOf(this) {
		var outings []progression.Outing
		var last *restpause.Record
		for i := range recs {
			r := &recs[i]
			if name(r.Exercise, r.ExerciseID) != n {
				continue
			}
			if k := len(outings) - 1; k >= 0 && day(outings[k].Date) == day(r.Date) {
				outings[k].RestPause = append(outings[k].RestPause, *r)
			} else {
				outings = append(outings, progression.Outing{Date: r.Date, RestPause: []restpause.Record{*r}})
			}
			last = r
		}
		ex, found := resolveRecord(last)
		c := coach
		c.Unit, c.Kind = unit, last.LoadKind
		if !found {
			ex = exercise.Exercise{} // equipment not known: steps from the last load
		}
		c.Weights = gym.WeightsLogged(ex.Equipment, last.LoadKind, last.Load)
		if k := slices.IndexFunc(trends, func(t Trend) bool { return t.Exercise == n }); k >= 0 {
			c.Trouble = trends[k].Trouble()
		}
		nt, err := c.Decide(outings, asOf, fatigue.DoseUnknown)
		if err != nil {
			it.Evidence = append(it.Evidence, n+": no decision: "+err.Error()+".")
			continue
		}
		sentence := nt.String()
		nexts = append(nexts, Next{Exercise: n, Decision: nt, Sentence: sentence})
		it.Says = append(it.Says, n+": "+sentence)
		it.Evidence = append(it.Evidence, n+": last "+day(last.Date)+", "+describe(last, unit)+".")
		if nt.Action == progression.ActionReduceLoad || nt.Action == progression.ActionChangeExercise {
			it.Status = StatusAttention
		}
	}
	return it, nexts
}

// describe writes a record as "12+5+4 = 21 reps at 40kg".
func describe(r *restpause.Record, unit repkit.Unit) string {
	return r.RepsText() + " = " + strconv.Itoa(r.TotalReps()) + " reps at " + r.LoadKind.Describe(r.Load, unit)
}

// A session is one day of one main lift: its best set by e1RM.
type session struct {
	lift string
	date time.Time
	load repkit.Load
	reps int
	e1rm repkit.Load
}

// mainSessions returns the main lifts' sessions (best set by Epley e1RM,
// sets of 1 to 10 reps with an external load), by lift then date.
func mainSessions(straight []volume.Work, names []string) []session {
	isMain := func(w *volume.Work) bool {
		if names != nil {
			return slices.Contains(names, w.Exercise)
		}
		ex, ok := volume.Resolve(w.Exercise, w.ExerciseID)
		return ok && exercise.IsMainLift(ex, w.LoadKind)
	}
	best := map[[2]string]*session{}
	for i := range straight {
		w := &straight[i]
		if w.LoadKind != repkit.LoadExternal || w.Load <= 0 || !isMain(w) {
			continue
		}
		e, err := progression.Epley.Estimate(w.Load, w.Reps)
		if err != nil {
			continue // outside 1 to 10 reps
		}
		k := [2]string{w.Exercise, day(w.Date)}
		if s := best[k]; s == nil || e > s.e1rm {
			best[k] = &session{lift: w.Exercise, date: w.Date, load: w.Load, reps: w.Reps, e1rm: e}
		}
	}
	out := make([]session, 0, len(best))
	for _, s := range best {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b session) int {
		return cmp.Or(cmp.Compare(a.lift, b.lift), a.date.Compare(b.date))
	})
	return out
}

func measures(mains []session) []fatigue.Measure {
	out := make([]fatigue.Measure, len(mains))
	for i, s := range mains {
		out[i] = fatigue.Measure{Date: s.date, Lift: s.lift, E1RM: s.e1rm}
	}
	return out
}

func mistakesItem(recs []restpause.Record, straight []volume.Work, mains []session, s Settings, week volume.Week, jump volume.Jump, jumped bool, unit repkit.Unit) (Item, error) {
	weeks := s.Weeks
	it := Item{Checkpoint: CheckMistakes, Status: StatusOK}
	if len(recs) == 0 {
		it.Status = StatusNoData
		it.Says = []string{"No rest-pause sets logged yet."}
		return it, nil
	}
	rep, err := restpause.Auditor{Straight: straight, Weeks: weeks, Window: s.Window}.Audit(recs, measures(mains))
	if err != nil {
		return Item{}, inner("", err)
	}
	shown := false // the jump's figures are in a finding shown
	for _, f := range rep.Findings {
		inWeek := false
		for _, i := range f.Records {
			inWeek = inWeek || weeks.Of(recs[i].Date).Key() == week.Key()
		}
		if !inWeek {
			continue
		}
		it.Status = StatusAttention
		if s := f.Mistake.Sentence(); !slices.Contains(it.Says, s) {
			it.Says = append(it.Says, s)
		}
		it.Evidence = append(it.Evidence, f.Explain(recs))
		shown = shown || len(f.Changes) > 0
	}
	if jumped && !shown {
		lead := "Rest-pause entered in " + jump.Entered.String() + "."
		it.Evidence = append(it.Evidence, lead)
		for _, c := range jump.Changes {
			d := c.Describe(unit)
			it.Evidence = append(it.Evidence, strings.ToUpper(d[:1])+d[1:])
		}
	}
	if it.Status == StatusOK {
		it.Says = []string{"None of the guide's common mistakes shows this week."}
	}
	return it, nil
}

func recoveryItem(this []restpause.Record, mains []session, unit repkit.Unit) Item {
	it := Item{Checkpoint: CheckRecovery, Status: StatusNoData}
	var days []time.Time
	for _, r := range this {
		if !slices.ContainsFunc(days, func(d time.Time) bool { return day(d) == day(r.Date) }) {
			days = append(days, r.Date)
		}
	}
	worse := false
	for _, d := range days {
		for i := range mains {
			m := &mains[i]
			if day(m.date) <= day(d) || m.date.Sub(d) > NextWithin {
				continue
			}
			if i > 0 && mains[i-1].lift == m.lift && day(mains[i-1].date) > day(d) {
				continue // not the next session after d
			}
			// The session of the lift before the rest-pause day.
			j := i - 1
			for j >= 0 && mains[j].lift == m.lift && day(mains[j].date) >= day(d) {
				j--
			}
			if j < 0 || mains[j].lift != m.lift {
				continue
			}
			p := &mains[j]
			if it.Status == StatusNoData {
				it.Status = StatusOK
			}
			drop := int64(p.e1rm-m.e1rm) * 1000 / int64(p.e1rm) // tenths of a percent
			verdict := "held"
			if drop >= WorsePercent*10 {
				verdict = "worse by " + tenths(drop) + "%"
				worse = true
			} else if drop < 0 {
				verdict = "better by " + tenths(-drop) + "%"
			}
			it.Evidence = append(it.Evidence, m.lift+" after the rest-pause day "+day(d)+": "+day(m.date)+" best "+m.load.Display(unit)+" x "+strconv.Itoa(m.reps)+
				" (e1RM "+m.e1rm.Display(unit)+") against "+day(p.date)+" "+p.load.Display(unit)+" x "+strconv.Itoa(p.reps)+" (e1RM "+p.e1rm.Display(unit)+"): "+verdict+".")
		}
	}
	switch {
	case worse:
		it.Status = StatusAttention
		it.Says = []string{"The next important session got worse after a rest-pause day. " + fatigue.ResponseRemoveRestPause.Sentence()}
	case it.Status == StatusOK:
		it.Says = []string{"The next important session did not get worse after a rest-pause day."}
	case len(days) == 0:
		it.Says = []string{"No rest-pause sets this week."}
	default:
		it.Says = []string{"No main lift was logged before and after this week's rest-pause days, so recovery cannot be judged from the log."}
	}
	return it
}

func tenths(n int64) string {
	return strconv.FormatInt(n/10, 10) + "." + strconv.FormatInt(n%10, 10)
}

// weekTrends returns the tolerance trends of the week's rest-pause
// exercises, with alternatives for those that should switch (avoiding
// every exercise with repeated trouble).
func weekTrends(recs, this []restpause.Record, weeks volume.Weeks, have []exercise.Equipment) []Trend {
	if len(this) == 0 {
		return nil
	}
	names := exercisesOf(this)
	all := Tolerances(recs, weeks)
	var trouble []string
	for _, t := range all {
		if t.Switch {
			trouble = append(trouble, t.Exercise)
			if t.ExerciseID != "" {
				trouble = append(trouble, t.ExerciseID)
			}
		}
	}
	var trends []Trend
	for _, t := range all {
		if !slices.Contains(names, t.Exercise) {
			continue
		}
		if t.Switch {
			if ex, ok := volume.Resolve(t.Exercise, t.ExerciseID); ok {
				t.Alternatives = Alternatives(ex, have, trouble)
			}
		}
		trends = append(trends, t)
	}
	return trends
}

func switchItem(this []restpause.Record, trends []Trend, nexts []Next) Item {
	it := Item{Checkpoint: CheckSwitch}
	if len(this) == 0 {
		it.Status = StatusNoData
		it.Says = []string{"No rest-pause sets this week."}
		return it
	}
	it.Status = StatusOK
	for _, t := range trends {
		it.Evidence = append(it.Evidence, t.Sentence())
	}
	for _, n := range nexts {
		if n.Decision.Action == progression.ActionChangeExercise {
			it.Status = StatusAttention
			it.Says = append(it.Says, n.Exercise+": "+n.Sentence)
		}
	}
	if it.Status == StatusOK {
		it.Says = []string{"Tolerance and progress are not the main story this week."}
	}
	return it
}
