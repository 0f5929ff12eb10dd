package restpause

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
	"github.com/repkit/repkit/volume"
)

// A Mistake is one of the rest-pause guide's common mistakes that a history
// of records can show. The zero Mistake is [MistakeUnknown], which no
// finding holds. Two of the guide's mistakes leave no trace in records and
// are not audited: treating the burn, pump or short rest as proof of growth,
// and using rest-pause to avoid sleep, food, progression, exercise selection
// and recoverable weekly volume.
type Mistake uint8

// The mistakes an [Auditor] looks for.
const (
	MistakeUnknown       Mistake = iota
	MistakeHighSkill             // rest-pause on an exercise that does not suit it
	MistakeEverywhere            // more rest-pause exercises in a day than the limit
	MistakeAllFailure            // every activation set and burst taken to failure
	MistakeChurn                 // load, rest, protocol, effort or exercises all changing week to week
	MistakeWhileDropping         // rest-pause while a main lift's e1RM was dropping
	mistakeEnd
)

var mistakeNames = []string{
	"unknown",
	"high-skill",
	"everywhere",
	"all-failure",
	"churn",
	"while-dropping",
}

// Sentence explains the mistake and its fix to a lifter.
func (m Mistake) Sentence() string {
	switch m {
	case MistakeHighSkill:
		return "Rest-pause on a high-skill or unsuitable lift: use straight sets with normal rest there and keep rest-pause for stable accessories."
	case MistakeEverywhere:
		return "Rest-pause added everywhere: replace a small amount of accessory volume instead, one or two exercises a session."
	case MistakeAllFailure:
		return "Every first set and every burst taken to failure: keep a small rep buffer; failure is not needed for growth and costs more fatigue."
	case MistakeChurn:
		return "Load, rest, exercise and effort target changing every week: hold the setup steady so progress is readable."
	case MistakeWhileDropping:
		return "Rest-pause kept while main lifts were dropping: remove rest-pause work before rewriting the program."
	}
	return ""
}

// A Finding is one mistake and the records it rests on, as indices into the
// audited history in ascending order. The zero Finding is not a finding.
// A Finding is safe for concurrent reads; JSON carries it with the keys of
// its field tags: {"mistake":"high-skill","records":[0,3],"exercise":"barbell squat"}.
type Finding struct {
	Mistake  Mistake `json:"mistake"`
	Records  []int   `json:"records"`            // indices into the audited history
	Exercise string  `json:"exercise,omitempty"` // the exercise concerned, for per-exercise findings
	// Changes are, for a [MistakeEverywhere] finding from the weekly
	// ledger, the muscles rest-pause was added on top for, with the
	// weeks before and after (see [Auditor]); nil for the others. JSON
	// carries them in package volume's own encoding.
	Changes []volume.Change `json:"changes,omitempty"`
}

// Explain returns the mistake's sentence followed by the dates of the
// sessions it rests on, read from the audited history.
func (f Finding) Explain(history []Record) string {
	var b strings.Builder
	b.WriteString(f.Mistake.Sentence())
	if f.Exercise != "" {
		b.WriteString(" Exercise: " + f.Exercise + ".")
	}
	b.WriteString(" Sessions:")
	last := ""
	for _, i := range f.Records {
		if i < 0 || i >= len(history) {
			continue
		}
		d := history[i].Date.Format(time.DateOnly)
		if d != last {
			b.WriteString(" " + d)
			last = d
		}
	}
	b.WriteString(".")
	if len(f.Changes) > 0 {
		unit := repkit.UnitUnknown
		if len(f.Records) > 0 && f.Records[0] >= 0 && f.Records[0] < len(history) {
			unit = history[f.Records[0]].Unit
		}
		for _, c := range f.Changes {
			d := c.Describe(unit)
			b.WriteString(" " + strings.ToUpper(d[:1]) + d[1:])
		}
	}
	return b.String()
}

// An AuditReport is what an audit found. The zero AuditReport found
// nothing. It is safe for concurrent reads; JSON carries it as
// {"findings":[...],"unresolved":[2]}, leaving out either when empty (the
// zero AuditReport is {}).
type AuditReport struct {
	Findings []Finding `json:"findings,omitempty"`
	// Unresolved lists the records whose exercise the auditor could not
	// resolve, so the high-skill check could not judge them.
	Unresolved []int `json:"unresolved,omitempty"`
}

// An Auditor checks a history of records against the rest-pause guide's
// common mistakes. It is a plain options value; the zero Auditor uses the
// defaults below and the built-in catalog. It is safe for concurrent use if
// Resolve is. An Auditor is not wire data (Resolve is code, Weeks holds a
// time zone): an app that stores audit settings keeps them in its own form
// and sends the [AuditReport], which is.
//
// The checks, each giving findings with the records they rest on:
//
//   - [MistakeHighSkill]: a record whose exercise [exercise.Classify] finds
//     [exercise.Unsuitable] (one finding per exercise).
//   - [MistakeEverywhere]: a calendar day (in the record's own time zone)
//     with rest-pause on more than Limit different exercises; and, from
//     the weekly ledger of the records and the Straight sets logged
//     beside them ([volume.Count], weeks by Weeks), the muscles
//     [volume.Ledger.Jump] finds rest-pause added on top for
//     ([volume.ShiftAdded]) when it entered their training: one finding
//     holding every record of each such muscle's weeks after that trains
//     it first, with the figures in Finding.Changes. Without Straight
//     sets no week before rest-pause holds work, and the ledger check
//     finds nothing.
//   - [MistakeAllFailure]: at least MinFailure records, and at least half
//     of those with every effort recorded, in which the activation set and
//     every burst were rated at failure (0 RIR, RPE 9.5 or RPE 10, the one
//     reading of [repkit.RPE]). Unrecorded effort is never read as failure.
//     Records of a protocol that prescribes failure
//     ([Protocol.PrescribesFailure], such as [DC]) are left out: a DC set
//     taken to failure is DC done as written, not the guide's mistake of
//     taking every set to failure by default. The protocol is found by the
//     record's Protocol name among Protocols.
//   - [MistakeChurn]: three or more consecutive ISO weeks in which each
//     week, against the week before, either shares no exercise with it or,
//     for a shared exercise, changes at least three of load, mean burst
//     rest (by 10 s or more), protocol and activation effort. A load
//     increase of up to [ProgressionStep] is progression ("use a clear next
//     step for load"), not a setup change, and does not count; a load
//     decrease or a bigger jump does. For an assisted record (LoadKind
//     [repkit.LoadAssisted]) the direction turns: less assistance, by up
//     to ProgressionStep of the earlier assistance or down to none, is the
//     progression, and more assistance is the change.
//   - [MistakeWhileDropping]: records dated when Monitor, given the main
//     lifts' e1RMs, finds [fatigue.SignDrop].
type Auditor struct {
	Limit      int // rest-pause exercises a day; zero: 2
	MinFailure int // records all to failure; zero: 3
	// Monitor judges main-lift drops; the zero Monitor uses its defaults.
	Monitor fatigue.Monitor
	// Resolve finds a record's exercise; nil looks its ExerciseID up with
	// [exercise.ByID], then its Exercise name with [exercise.Lookup].
	Resolve func(r *Record) (exercise.Exercise, bool)
	// Protocols are the protocols the history's records may name, looked
	// up by [Protocol.Name] to learn what each prescribes; nil means the
	// presets ([DefaultProtocol], [MyoReps], [MyoRepMatch], [DC]). A record
	// naming no listed protocol is judged by the guide's default.
	Protocols []Protocol
	// Straight are the straight sets logged over the same weeks as the
	// audited records, such as the sets of an imported history that are
	// not rest-pause; the ledger check of [MistakeEverywhere] reads
	// them. Nil means none were given.
	Straight []volume.Work
	// Weeks cuts the log into weeks for the ledger check; the zero Weeks
	// is ISO weeks in each date's own zone.
	Weeks volume.Weeks
	// Window is the weeks the ledger check compares on each side of
	// rest-pause's entry ([volume.Ledger.Jump]); zero is
	// [volume.DefaultWindow].
	Window int
}

// ProgressionStep is the largest load increase, as a percentage of the
// earlier load, that the audit reads as progression rather than as a setup
// change: 10%, the size of DC training's load steps and above the one or
// two smallest plates a week that double progression adds. It is repkit's
// choice; the guide names no figure.
const ProgressionStep = 10

func (a Auditor) prescribesFailure(name string) bool {
	ps := a.Protocols
	if ps == nil {
		ps = []Protocol{DefaultProtocol(), MyoReps(), MyoRepMatch(), DC()}
	}
	for i := range ps {
		if ps[i].Name == name {
			return ps[i].PrescribesFailure()
		}
	}
	return false
}

func catalogResolve(r *Record) (exercise.Exercise, bool) {
	if ex, ok := exercise.ByID(r.ExerciseID); ok && r.ExerciseID != "" {
		return ex, true
	}
	return exercise.Lookup(r.Exercise)
}

// Audit checks history (in any order) and the main lifts' e1RMs (may be
// nil). A record that fails [Record.Validate] is an error naming its index;
// nothing is audited from a corrupt history.
func (a Auditor) Audit(history []Record, mainLifts []fatigue.Measure) (AuditReport, error) {
	if a.Limit < 0 {
		return AuditReport{}, invalid("auditor limit", strconv.Itoa(a.Limit), "give 0 (the default, 2) or more")
	}
	if a.Window < 0 {
		return AuditReport{}, invalid("auditor window", strconv.Itoa(a.Window), "give 0 (the default, 4 weeks) or more")
	}
	if a.MinFailure < 0 {
		return AuditReport{}, invalid("auditor min failure", strconv.Itoa(a.MinFailure), "give 0 (the default, 3) or more")
	}
	if a.Limit == 0 {
		a.Limit = DefaultPlanLimit
	}
	if a.MinFailure == 0 {
		a.MinFailure = 3
	}
	if a.Resolve == nil {
		a.Resolve = catalogResolve
	}
	for i := range history {
		if err := history[i].Validate(); err != nil {
			return AuditReport{}, atField(err, "history["+strconv.Itoa(i)+"].")
		}
	}
	order := make([]int, len(history))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return history[x].Date.Compare(history[y].Date) })

	var rep AuditReport
	rep.Findings = append(rep.Findings, a.highSkill(history, order, &rep.Unresolved)...)
	rep.Findings = append(rep.Findings, a.everywhere(history, order)...)
	added, err := a.addedOnTop(history, order)
	if err != nil {
		return AuditReport{}, err
	}
	rep.Findings = append(rep.Findings, added...)
	rep.Findings = append(rep.Findings, a.allFailure(history, order)...)
	rep.Findings = append(rep.Findings, a.churn(history, order)...)
	var f []Finding
	f, err = a.whileDropping(history, order, mainLifts)
	if err != nil {
		return AuditReport{}, err
	}
	rep.Findings = append(rep.Findings, f...)
	for i := range rep.Findings {
		slices.Sort(rep.Findings[i].Records)
	}
	slices.Sort(rep.Unresolved)
	return rep, nil
}

func exerciseName(r *Record) string {
	if r.Exercise != "" {
		return r.Exercise
	}
	return r.ExerciseID
}

func (a Auditor) highSkill(h []Record, order []int, unresolved *[]int) []Finding {
	var out []Finding
	for _, i := range order {
		ex, ok := a.Resolve(&h[i])
		if !ok {
			*unresolved = append(*unresolved, i)
			continue
		}
		if exercise.Classify(ex).Verdict != exercise.Unsuitable {
			continue
		}
		name := exerciseName(&h[i])
		k := slices.IndexFunc(out, func(f Finding) bool { return f.Exercise == name })
		if k < 0 {
			out = append(out, Finding{Mistake: MistakeHighSkill, Exercise: name})
			k = len(out) - 1
		}
		out[k].Records = append(out[k].Records, i)
	}
	return out
}

func dayOf(t time.Time) string { return t.Format(time.DateOnly) }

func (a Auditor) everywhere(h []Record, order []int) []Finding {
	var out []Finding
	for start := 0; start < len(order); {
		end := start
		day := dayOf(h[order[start]].Date)
		var names []string
		for end < len(order) && dayOf(h[order[end]].Date) == day {
			if n := exerciseName(&h[order[end]]); !slices.Contains(names, n) {
				names = append(names, n)
			}
			end++
		}
		if len(names) > a.Limit {
			out = append(out, Finding{Mistake: MistakeEverywhere, Records: slices.Clone(order[start:end])})
		}
		start = end
	}
	return out
}

// addedOnTop is the ledger half of the everywhere check (see [Auditor]).
func (a Auditor) addedOnTop(h []Record, order []int) ([]Finding, error) {
	if len(a.Straight) == 0 || len(h) == 0 {
		return nil, nil
	}
	work := make([]volume.Work, 0, len(h)+len(a.Straight))
	for i := range h {
		work = append(work, h[i].Work())
	}
	work = append(work, a.Straight...)
	resolve := func(name, id string) (exercise.Exercise, bool) {
		return a.Resolve(&Record{Exercise: name, ExerciseID: id})
	}
	l, err := volume.Count(work, volume.Counting{Weeks: a.Weeks, Unit: h[order[0]].Unit, Resolve: resolve})
	if err != nil {
		var fe *volume.FieldError
		if errors.As(err, &fe) {
			// Records are valid, so the bad item is a straight set.
			c := *fe
			if n := strings.IndexByte(c.Field, ']'); n > 0 {
				if i, e := strconv.Atoi(c.Field[len("work["):n]); e == nil && i >= len(h) {
					c.Field = "straight[" + strconv.Itoa(i-len(h)) + c.Field[n:]
				}
			}
			return nil, invalid(c.Field, c.Value, c.Hint)
		}
		return nil, err
	}
	window := a.Window
	if window == 0 {
		window = volume.DefaultWindow
	}
	j, ok, err := l.Jump(window)
	if err != nil || !ok {
		return nil, err
	}
	f := Finding{Mistake: MistakeEverywhere}
	for _, c := range j.Changes {
		if c.Shift != volume.ShiftAdded {
			continue
		}
		f.Changes = append(f.Changes, c)
		// The records of the muscle's weeks after that train it first.
		after := c.AfterWeeks(l)
		for _, i := range order {
			if slices.Contains(f.Records, i) || !slices.Contains(after, a.Weeks.Of(h[i].Date).Key()) {
				continue
			}
			if ex, ok := a.Resolve(&h[i]); ok && ex.PrimaryMuscles.Has(c.Muscle) {
				f.Records = append(f.Records, i)
			}
		}
	}
	if len(f.Changes) == 0 {
		return nil, nil
	}
	return []Finding{f}, nil
}

// atFailure reports whether e is recorded at failure: 0 RIR, which RPE 9.5
// and RPE 10 both are ([repkit.RPE.RIR]).
func atFailure(e repkit.Effort) (recorded, failure bool) {
	r, ok := e.RIR()
	return ok, ok && r.Max == 0
}

func (a Auditor) allFailure(h []Record, order []int) []Finding {
	var failed []int
	rated := 0
	for _, i := range order {
		r := &h[i]
		if a.prescribesFailure(r.Protocol) {
			continue
		}
		allRated, allFail := true, true
		for _, b := range append([]Burst{r.Activation}, r.Bursts...) {
			rec, fail := atFailure(b.Effort)
			allRated = allRated && rec
			allFail = allFail && fail
		}
		if !allRated || len(r.Bursts) == 0 {
			continue
		}
		rated++
		if allFail {
			failed = append(failed, i)
		}
	}
	if len(failed) >= a.MinFailure && 2*len(failed) >= rated {
		return []Finding{{Mistake: MistakeAllFailure, Records: failed}}
	}
	return nil
}

type weekKey struct{ year, week int }

func weekOf(t time.Time) weekKey {
	y, w := t.ISOWeek()
	return weekKey{y, w}
}

func meanRest(r *Record) time.Duration {
	if len(r.Bursts) == 0 {
		return 0
	}
	return r.Rest() / time.Duration(len(r.Bursts))
}

// changed reports how many of load, rest, protocol and effort differ
// between two records of one exercise.
func changed(x, y *Record) int {
	n := 0
	if x.Load != y.Load && !progressedKind(x, y) {
		n++
	}
	if d := meanRest(x) - meanRest(y); d >= 10*time.Second || d <= -10*time.Second {
		n++
	}
	if x.Protocol != y.Protocol {
		n++
	}
	if x.Activation.Effort.Recorded() && y.Activation.Effort.Recorded() && x.Activation.Effort != y.Activation.Effort {
		n++
	}
	return n
}

// progressedKind reports whether the load went from x to y as
// progression does for x's kind (see [Auditor]): up for external and
// body-weight loads, down for assistance, where dropping the last of it is
// progress too. Records of different kinds are a setup change.
func progressedKind(x, y *Record) bool {
	if x.LoadKind != y.LoadKind {
		return false
	}
	if x.LoadKind == repkit.LoadAssisted {
		less := x.Load - y.Load
		return less > 0 && (y.Load == 0 || float64(less)*100 <= float64(ProgressionStep)*float64(x.Load))
	}
	return progressed(x.Load, y.Load)
}

// progressed reports whether the load went from before to after by an
// increase of at most [ProgressionStep] percent: progression, not churn.
func progressed(before, after repkit.Load) bool {
	if after <= before || before <= 0 {
		return false
	}
	// (after-before)*100 <= step*before, in float64 to avoid overflow of
	// loads near the int64 limit; the bound is not on an exact edge that
	// matters.
	return float64(after-before)*100 <= float64(ProgressionStep)*float64(before)
}

func (a Auditor) churn(h []Record, order []int) []Finding {
	// weeks[k] holds the indices of one ISO week's records, in date order.
	var weeks [][]int
	for _, i := range order {
		if len(weeks) == 0 || weekOf(h[weeks[len(weeks)-1][0]].Date) != weekOf(h[i].Date) {
			weeks = append(weeks, nil)
		}
		weeks[len(weeks)-1] = append(weeks[len(weeks)-1], i)
	}
	churning := func(prev, cur []int) bool {
		shared := false
		for _, i := range cur {
			for _, j := range prev {
				if exerciseName(&h[i]) == exerciseName(&h[j]) {
					shared = true
					if changed(&h[j], &h[i]) >= 3 {
						return true
					}
				}
			}
		}
		return !shared
	}
	var out []Finding
	run := 0 // consecutive churning transitions ending at week k
	for k := 1; k <= len(weeks); k++ {
		if k < len(weeks) && churning(weeks[k-1], weeks[k]) && consecutiveWeeks(h, weeks[k-1], weeks[k]) {
			run++
			continue
		}
		if run >= 2 {
			var recs []int
			for _, w := range weeks[k-1-run : k] {
				recs = append(recs, w...)
			}
			out = append(out, Finding{Mistake: MistakeChurn, Records: recs})
		}
		run = 0
	}
	return out
}

func consecutiveWeeks(h []Record, prev, cur []int) bool {
	a, b := h[prev[0]].Date, h[cur[0]].Date
	return weekOf(a.AddDate(0, 0, 7)) == weekOf(b)
}

// whileDropping asks the Monitor about each distinct record date once. A
// SignDrop depends only on the largest drop among the lifts, not on which
// lift ties for it, so each date is checked on the measures sorted by date
// and cut to its two windows: a check costs the windows, not the whole log.
// One check on the whole log first reports a bad Monitor or measure as
// before.
func (a Auditor) whileDropping(h []Record, order []int, mains []fatigue.Measure) ([]Finding, error) {
	if len(mains) == 0 || len(order) == 0 {
		return nil, nil
	}
	if _, err := a.Monitor.Check(h[order[0]].Date, fatigue.TrainingLog{Measures: mains}); err != nil {
		return nil, err
	}
	span := cmp.Or(a.Monitor.Recent, fatigue.DefaultRecent) + cmp.Or(a.Monitor.Baseline, fatigue.DefaultBaseline)
	byDate := slices.Clone(mains)
	slices.SortStableFunc(byDate, func(x, y fatigue.Measure) int { return x.Date.Compare(y.Date) })
	var recs []int
	var last time.Time
	drop := false
	lo, hi := 0, 0
	for k, i := range order {
		if d := h[i].Date; k == 0 || !d.Equal(last) {
			last = d
			from := d.Add(-span)
			for lo < len(byDate) && !byDate[lo].Date.After(from) {
				lo++
			}
			for hi < len(byDate) && !byDate[hi].Date.After(d) {
				hi++
			}
			adv, err := a.Monitor.Check(d, fatigue.TrainingLog{Measures: byDate[lo:max(lo, hi)]})
			if err != nil {
				return nil, err
			}
			drop = adv.Signs.Has(fatigue.SignDrop)
		}
		if drop {
			recs = append(recs, i)
		}
	}
	if len(recs) == 0 {
		return nil, nil
	}
	return []Finding{{Mistake: MistakeWhileDropping, Records: recs}}, nil
}
