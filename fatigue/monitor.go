package fatigue

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

// A Measure is one main lift's estimated one-rep max (e1RM) on one day, an
// exact [repkit.Load] such as progression's e1RM estimates return. Lift
// names the lift. A Measure is a plain value, safe for concurrent use.
//
// JSON: {"date":"2026-06-30T00:00:00Z","lift":"squat","e1rm":"102.5kg"},
// the e1RM a load string.
type Measure struct {
	Date time.Time   `json:"date"` // the day of the estimate
	Lift string      `json:"lift"` // the lift's name, such as "squat"
	E1RM repkit.Load `json:"e1rm"` // positive
}

// A Note is how one training day went beyond the numbers: whether it held
// rest-pause work, whether any set went to failure, and the lifter's
// answers on soreness, joints and motivation ([ConcernUnknown] when not
// asked). A Note is a plain value, safe for concurrent use.
//
// JSON: {"date":"2026-06-30T00:00:00Z","rest_pause":true,"soreness":"mild"},
// every field but the date left out when zero.
type Note struct {
	Date          time.Time `json:"date"`                    // the training day
	RestPause     bool      `json:"rest_pause,omitzero"`     // the session included rest-pause work
	ToFailure     bool      `json:"to_failure,omitzero"`     // some set or burst was taken to failure
	Soreness      Concern   `json:"soreness,omitzero"`       // lingering soreness
	Joints        Concern   `json:"joints,omitzero"`         // joint irritation
	LowMotivation Concern   `json:"low_motivation,omitzero"` // how low motivation is
}

// A TrainingLog is what the trend monitor reads: main-lift e1RMs and session
// notes, in any order, with any days missing. It is safe for concurrent
// use as long as nobody modifies its slices.
//
// JSON: {"measures":[...],"notes":[...]}, each left out when empty.
type TrainingLog struct {
	Measures []Measure `json:"measures,omitempty"` // main-lift e1RMs
	Notes    []Note    `json:"notes,omitempty"`    // session notes
}

// A Monitor watches the signs the rest-pause guide lists ("main lifts drop,
// soreness hangs around, joints get irritated, or motivation tanks") and
// advises removing rest-pause work before rewriting the program. It is a
// plain options value: the zero Monitor uses the defaults below, and a
// Monitor is safe for concurrent use.
//
// # What counts as a drop
//
// For each lift, the monitor takes the e1RMs dated in the recent window
// (asOf-Recent, asOf] and in the baseline window of the Baseline before it,
// and compares their medians: drop = (baseline - recent) / baseline, a
// fraction computed from the exact loads (the median of an even count is the
// mean of the two middle loads). A lift is compared only when each window
// holds at least MinPoints measures.
// Medians over calendar windows, rather than the last few sessions or a
// fitted line, make the figure robust in the two ways logs need: one bad
// day (or one heroic one) cannot move a median of three or more, and missed
// days only thin a window rather than stretch it. A drop of at least Dip is
// worth watching; at least Drop is a main lift dropping. Estimated 1RMs
// from rep sets vary by a few percent session to session, so the defaults
// sit above that noise; they are repkit's choices, not research thresholds.
//
// # Soreness, joints, motivation
//
// Each counts as a signal when, among the recent window's notes that
// answered it, at least two and at least half say [ConcernMild] or worse:
// lingering, not a one-off. Any [ConcernMarked] joint answer in the recent
// window is a signal at once.
//
// # JSON
//
// The settings an app stores, each left out when zero, the windows in
// seconds: {"recent":1209600,"min_points":4,"drop":0.06}.
type Monitor struct {
	Recent    time.Duration `json:"recent,omitzero"`     // zero: 21 days
	Baseline  time.Duration `json:"baseline,omitzero"`   // zero: 42 days
	MinPoints int           `json:"min_points,omitzero"` // zero: 3
	Dip       float64       `json:"dip,omitzero"`        // zero: 0.025 (2.5%)
	Drop      float64       `json:"drop,omitzero"`       // zero: 0.05 (5%)
}

// Defaults for the zero [Monitor].
const (
	DefaultRecent    = 21 * 24 * time.Hour
	DefaultBaseline  = 42 * 24 * time.Hour
	DefaultMinPoints = 3
	DefaultDip       = 0.025
	DefaultDrop      = 0.05
)

func (m Monitor) withDefaults() Monitor {
	m.Recent = cmp.Or(m.Recent, DefaultRecent)
	m.Baseline = cmp.Or(m.Baseline, DefaultBaseline)
	m.MinPoints = cmp.Or(m.MinPoints, DefaultMinPoints)
	m.Dip = cmp.Or(m.Dip, DefaultDip)
	m.Drop = cmp.Or(m.Drop, DefaultDrop)
	return m
}

func (m Monitor) validate() error {
	switch {
	case m.Recent < 0:
		return &FieldError{Field: "monitor.recent", Value: m.Recent.String(), Err: repkit.ErrRange, Hint: "give a window of zero (the default, 21 days) or more"}
	case m.Baseline < 0:
		return &FieldError{Field: "monitor.baseline", Value: m.Baseline.String(), Err: repkit.ErrRange, Hint: "give a window of zero (the default, 42 days) or more"}
	case m.MinPoints < 0:
		return &FieldError{Field: "monitor.min_points", Value: strconv.Itoa(m.MinPoints), Err: repkit.ErrRange, Hint: "give zero (the default, 3) or more"}
	case !(m.Dip >= 0 && m.Dip < 1):
		return &FieldError{Field: "monitor.dip", Value: ftoa(m.Dip), Err: repkit.ErrRange, Hint: hintFraction}
	case !(m.Drop >= 0 && m.Drop < 1):
		return &FieldError{Field: "monitor.drop", Value: ftoa(m.Drop), Err: repkit.ErrRange, Hint: hintFraction}
	}
	if d := m.withDefaults(); d.Dip > d.Drop {
		return &FieldError{Field: "monitor.dip", Value: ftoa(d.Dip), Err: repkit.ErrRange,
			Hint: "give at most drop (" + ftoa(d.Drop) + "): a dip is the smaller fall"}
	}
	return nil
}

// hintFraction is the hint for a dip or drop outside [0, 1).
const hintFraction = "give a fraction from 0 to below 1, such as 0.05 for 5%; 0 is the default"

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// An Response is what the monitor advises. The zero Response is [ResponseUnknown],
// which [Monitor.Check] returns only with an error. The four judgements
// order by severity: Continue < Watch < RemoveRestPause < ReviewProgram;
// [ResponseNotEnoughData] is no judgement and stands outside that order.
type Response uint8

// The actions.
const (
	ResponseUnknown         Response = iota
	ResponseContinue                 // no warning signs
	ResponseWatch                    // an early sign: add nothing, check again soon
	ResponseRemoveRestPause          // take rest-pause work out before changing anything else
	ResponseReviewProgram            // the signs are there and no rest-pause work is logged to remove
	ResponseNotEnoughData            // no main lift can be compared and nothing else shows a sign
)

var responseNames = []string{
	"unknown",
	"continue",
	"watch",
	"remove-rest-pause",
	"review-program",
	"not-enough-data",
}

var actionSentences = []string{
	"",
	"No warning signs: carry on as planned.",
	"An early warning sign: add nothing new and check again after the next sessions.",
	"Remove rest-pause work first, before rewriting the whole program: go back to straight sets with normal rest.",
	"No rest-pause work is logged recently, so there is none to remove: review sleep, food, progression, exercise selection and weekly volume.",
	"Not enough data to judge yet: log a main lift's estimated 1RM a few times in both the recent and the baseline window (3 each by default), and add nothing new until then.",
}

// Sentence returns the advice as a sentence for the lifter.
func (a Response) Sentence() string { return enum.Entry(actionSentences, a) }

// A Sign is one warning sign the monitor found.
type Sign uint8

// The signs.
const (
	SignUnknown    Sign = iota
	SignDip             // a main lift's e1RM is down by Dip or more
	SignDrop            // a main lift's e1RM is down by Drop or more
	SignSoreness        // soreness hangs around
	SignJoints          // joints are irritated
	SignMotivation      // motivation is low session after session
	signEnd
)

// signNames is keyed by sign, so a sign added out of order cannot take
// another's name.
var signNames = []string{
	SignUnknown:    "unknown",
	SignDip:        "dip",
	SignDrop:       "drop",
	SignSoreness:   "soreness",
	SignJoints:     "joints",
	SignMotivation: "motivation",
}

var signSentences = []string{
	"",
	"A main lift's estimated 1RM has dipped against its recent baseline.",
	"A main lift's estimated 1RM is dropping against its recent baseline.",
	"Soreness is hanging around from session to session.",
	"Your joints are getting irritated.",
	"Motivation has been low session after session.",
}

// Sentence returns the signal as a sentence for the lifter.
func (s Sign) Sentence() string { return enum.Entry(signSentences, s) }

// Signs is a set of [Sign] values; the zero Signs is empty. It is a plain
// value, safe for concurrent use. JSON writes it as an array of sign names
// in constant order, such as ["drop","joints"], and [] for the empty set.
type Signs uint8

// Has reports whether s holds g.
func (s Signs) Has(g Sign) bool { return g < 8 && s&(1<<g) != 0 }

// All yields the signals in s in constant order.
func (s Signs) All() iter.Seq[Sign] {
	return func(yield func(Sign) bool) {
		for g := SignUnknown + 1; g < signEnd; g++ {
			if s.Has(g) && !yield(g) {
				return
			}
		}
	}
}

// Advice is the monitor's verdict with the figures behind it. The zero
// Advice has [ResponseUnknown], which [Monitor.Check] returns only with an
// error; an Advice is a plain value, safe for concurrent use.
//
// JSON: the response and signs as names, the medians as load text, and
// lift, drop and the medians left out when no lift was compared:
//
//	{"response":"remove-rest-pause","signs":["dip","drop"],"lift":"squat",
//	 "drop":0.06,"baseline_e1rm":"150kg","recent_e1rm":"141kg",
//	 "compared":1,"dropping":1,"rest_pause_recent":true}
type Advice struct {
	Response Response `json:"response"` // what to do
	Signs    Signs    `json:"signs"`    // the warning signs found
	// Lift is the compared lift with the largest drop ("" if no lift had
	// enough measures), and Drop that drop as a fraction of its baseline
	// median (negative for a rise). BaselineE1RM and RecentE1RM are the two
	// medians (zero when Lift is ""); the median of an even count, the mean
	// of its two middle loads, is rounded down to the nanogram here, while
	// Drop is computed before that rounding.
	Lift         string      `json:"lift,omitempty"`
	Drop         float64     `json:"drop,omitzero"`
	BaselineE1RM repkit.Load `json:"baseline_e1rm,omitzero"`
	RecentE1RM   repkit.Load `json:"recent_e1rm,omitzero"`
	// Compared counts the lifts with enough measures in both windows;
	// Dropping counts those down by Drop or more.
	Compared int `json:"compared"`
	Dropping int `json:"dropping"`
	// RestPauseRecent reports whether any recent note held rest-pause work.
	RestPauseRecent bool `json:"rest_pause_recent"`
}

// Sentences yields the action's sentence, then one per signal.
func (a Advice) Sentences() iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(a.Response.Sentence()) {
			return
		}
		for g := range a.Signs.All() {
			if !yield(g.Sentence()) {
				return
			}
		}
	}
}

// Check reads the history as of asOf and advises. Entries dated after asOf
// are ignored, so a full log can be replayed at any date. The action:
//
//   - [ResponseRemoveRestPause] for any [SignDrop], [SignSoreness],
//     [SignJoints] or [SignMotivation], or two or more signs of any kind:
//     the guide names each of "main lifts drop, soreness hangs around,
//     joints get irritated, or motivation tanks" on its own as the reason
//     to "remove rest-pause work before rewriting the whole program";
//   - [ResponseWatch] for a [SignDip] alone, a fall too small to be the
//     guide's drop;
//   - [ResponseReviewProgram] instead of removing rest-pause when no note
//     in the recent window held rest-pause work (or there are no notes):
//     there is no rest-pause work to remove, so the program comes next;
//   - [ResponseNotEnoughData] when no sign shows and no lift had MinPoints
//     measures in both windows ([Advice.Compared] is 0): the monitor cannot
//     tell "no warning signs" from "too little logged";
//   - [ResponseContinue] otherwise.
//
// A bigger drop never gives a milder action. An e1RM that is not positive,
// a Concern outside the constants or a bad Monitor field is an error naming
// it; nothing is skipped silently. Check runs once per session, not per
// rep, in time linear in the measures and notes: it allocates only when the
// windows hold over 256 measures together or they name over 8 lifts.
func (m Monitor) Check(asOf time.Time, h TrainingLog) (Advice, error) {
	if err := m.validate(); err != nil {
		return Advice{}, err
	}
	m = m.withDefaults()
	if err := h.validate(); err != nil {
		return Advice{}, err
	}
	recentFrom := asOf.Add(-m.Recent)
	baseFrom := recentFrom.Add(-m.Baseline)
	var a Advice
	a.Drop = math.Inf(-1)
	m.compare(&a, h.Measures, baseFrom, recentFrom, asOf)
	if a.Compared == 0 {
		a.Drop = 0
	}
	switch {
	case a.Compared > 0 && a.Drop >= m.Drop:
		a.Signs |= 1 << SignDrop
	case a.Compared > 0 && a.Drop >= m.Dip:
		a.Signs |= 1 << SignDip
	}
	joints := false
	var sore, hurt, flat lingering
	for _, n := range h.Notes {
		if n.Date.After(asOf) || !n.Date.After(recentFrom) {
			continue
		}
		a.RestPauseRecent = a.RestPauseRecent || n.RestPause
		sore.add(n.Soreness)
		hurt.add(n.Joints)
		flat.add(n.LowMotivation)
		joints = joints || n.Joints == ConcernMarked
	}
	if sore.signal() {
		a.Signs |= 1 << SignSoreness
	}
	if joints || hurt.signal() {
		a.Signs |= 1 << SignJoints
	}
	if flat.signal() {
		a.Signs |= 1 << SignMotivation
	}
	a.Response = decide(a.Signs, !a.RestPauseRecent, a.Compared == 0)
	return a, nil
}

func decide(s Signs, noRestPause, noLift bool) Response {
	count := 0
	for range s.All() {
		count++
	}
	switch {
	case count >= 2 || s.Has(SignDrop) || s.Has(SignSoreness) || s.Has(SignJoints) || s.Has(SignMotivation):
		if noRestPause {
			return ResponseReviewProgram
		}
		return ResponseRemoveRestPause
	case count == 1:
		return ResponseWatch
	case noLift:
		return ResponseNotEnoughData
	}
	return ResponseContinue
}

// lingering counts answers to one question in the recent window.
type lingering struct{ answered, raised int }

func (l *lingering) add(c Concern) {
	if c == ConcernUnknown {
		return
	}
	l.answered++
	if c >= ConcernMild {
		l.raised++
	}
}

func (l lingering) signal() bool { return l.raised >= 2 && 2*l.raised >= l.answered }

// windowedLifts is how many lifts [Monitor.Check] tracks before it
// indexes them with a map, and windowScratch how many windowed measures it
// holds on the stack.
const (
	windowedLifts = 8
	windowScratch = 256
)

// liftWindows is one lift's measures in the two windows: counted first,
// then filled into one shared buffer at [off, off+base+recent).
type liftWindows struct {
	name               string
	base, recent       int // counts
	off, nbase, nrecnt int // fill cursors
	done               bool
}

// findLift returns the index of name's windows in ws, or -1: a scan of at
// most windowedLifts names, then index, which holds every name once ws
// grows past them.
func findLift(ws []liftWindows, index map[string]int, name string) int {
	if index != nil {
		if i, ok := index[name]; ok {
			return i
		}
		return -1
	}
	for i := range ws {
		if ws[i].name == name {
			return i
		}
	}
	return -1
}

// compare fills a's lift figures from ms: each lift's e1RMs in the
// baseline window (baseFrom, recentFrom] and the recent window
// (recentFrom, asOf], compared lift by lift in the order each lift first
// appears in ms, so a tie goes to the earlier lift. It reads ms three
// times at most: to count the windows, to fill them (from the first
// windowed measure to the last), and a prefix of it to visit the lifts in
// order.
func (m Monitor) compare(a *Advice, ms []Measure, baseFrom, recentFrom, asOf time.Time) {
	var wsBuf [windowedLifts]liftWindows
	ws := wsBuf[:0]
	var index map[string]int
	total, first, last := 0, 0, 0
	for i := range ms {
		me := &ms[i]
		if !me.Date.After(baseFrom) || me.Date.After(asOf) {
			continue
		}
		if total == 0 {
			first = i
		}
		last = i
		id := findLift(ws, index, me.Lift)
		if id < 0 {
			id = len(ws)
			ws = append(ws, liftWindows{name: me.Lift})
			switch {
			case index != nil:
				index[me.Lift] = id
			case len(ws) > windowedLifts:
				index = make(map[string]int, 2*len(ws))
				for j := range ws {
					index[ws[j].name] = j
				}
			}
		}
		if me.Date.After(recentFrom) {
			ws[id].recent++
		} else {
			ws[id].base++
		}
		total++
	}
	if total == 0 {
		return
	}
	var scratch [windowScratch]repkit.Load
	buf := scratch[:]
	if total > len(buf) {
		buf = make([]repkit.Load, total)
	}
	off := 0
	for i := range ws {
		w := &ws[i]
		w.off = off
		off += w.base + w.recent
	}
	for i := first; i <= last; i++ {
		me := &ms[i]
		if !me.Date.After(baseFrom) || me.Date.After(asOf) {
			continue
		}
		w := &ws[findLift(ws, index, me.Lift)]
		if me.Date.After(recentFrom) {
			buf[w.off+w.base+w.nrecnt] = me.E1RM
			w.nrecnt++
		} else {
			buf[w.off+w.nbase] = me.E1RM
			w.nbase++
		}
	}
	left := len(ws)
	for i := 0; i < len(ms) && left > 0; i++ {
		id := findLift(ws, index, ms[i].Lift)
		if id < 0 || ws[id].done {
			continue
		}
		w := &ws[id]
		w.done = true
		left--
		if w.base < m.MinPoints || w.recent < m.MinPoints {
			continue
		}
		base := buf[w.off : w.off+w.base]
		recent := buf[w.off+w.base : w.off+w.base+w.recent]
		b2, r2 := twiceMedian(base), twiceMedian(recent)
		drop := dropFraction(b2, r2)
		a.Compared++
		if drop >= m.Drop {
			a.Dropping++
		}
		if drop > a.Drop {
			a.Lift, a.Drop = w.name, drop
			a.BaselineE1RM, a.RecentE1RM = repkit.Load(b2/2), repkit.Load(r2/2)
		}
	}
}

// twiceMedian returns twice the median of the non-empty ls, sorting them in
// place: twice the middle load for an odd count, the sum of the two middle
// loads for an even one. Twice a median is a whole number of nanograms, so
// it is exact where the median itself can fall on half a nanogram; the
// loads are positive int64s, so the sum fits a uint64.
func twiceMedian(ls []repkit.Load) uint64 {
	slices.Sort(ls)
	n := len(ls)
	hi := uint64(ls[n/2])
	if n%2 == 1 {
		return 2 * hi
	}
	return uint64(ls[n/2-1]) + hi
}

// dropFraction returns (b - r) / b for twice the baseline and recent
// medians, from the exact difference: the one rounding is the division's
// (and, past 2^53 ng, about 9 tonnes, the conversions').
func dropFraction(b2, r2 uint64) float64 {
	if r2 <= b2 {
		return float64(b2-r2) / float64(b2)
	}
	return -(float64(r2-b2) / float64(b2))
}

func (h TrainingLog) validate() error {
	for i, m := range h.Measures {
		if m.E1RM <= 0 {
			return &FieldError{Field: indexed("measures", i, "e1rm"), Value: m.E1RM.String(), Err: repkit.ErrRange,
				Hint: "give an estimated one-rep max above zero, such as 100kg"}
		}
	}
	for i, n := range h.Notes {
		for _, f := range [...]struct {
			name string
			c    Concern
		}{{"soreness", n.Soreness}, {"joints", n.Joints}, {"low_motivation", n.LowMotivation}} {
			if !f.c.Valid() {
				return &FieldError{Field: indexed("notes", i, f.name), Value: f.c.String(), Err: repkit.ErrUnknownName, Hint: hintConcern}
			}
		}
	}
	return nil
}
