package history

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// RowsNote counts the rows an import left out of h and those it repaired,
// for a report's header: "3 rows left out as unreadable, 1 planned set not
// done, 1 row repaired" ([ErrNotDone] rows are counted apart from the
// unreadable ones), each part only when its count is not zero; "" when
// Skipped and Warnings are both empty. It reads h only, so it is safe for
// concurrent use with other readers.
func (h *History) RowsNote() string {
	notDone := 0
	for _, e := range h.Skipped {
		if errors.Is(e, ErrNotDone) {
			notDone++
		}
	}
	var parts []string
	if n := len(h.Skipped) - notDone; n > 0 {
		parts = append(parts, plural(n, "row")+" left out as unreadable")
	}
	if notDone > 0 {
		parts = append(parts, plural(notDone, "planned set")+" not done")
	}
	if n := len(h.Warnings); n > 0 {
		parts = append(parts, plural(n, "row")+" repaired")
	}
	return strings.Join(parts, ", ")
}

// RowReport lists the rows an import left out of h and those it repaired,
// one per line with its line number and why, so that nothing is lost
// without a word: a section "rows left out (N; the history above lacks
// them):" and one "rows repaired (N; kept as read, check them):", each
// only when it has rows and each after a blank line, to follow a report's
// other text, with each row indented two spaces. At most limit rows (limit >
// 0) of each are listed, the rest counted as "  and K more"; limit <= 0
// lists all. "" when there is nothing to list. It reads h only, so it is
// safe for concurrent use with other readers.
func (h *History) RowReport(limit int) string {
	var b strings.Builder
	list := func(title, why string, rows []*RowError) {
		if len(rows) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d; %s):\n", title, len(rows), why)
		for i, e := range rows {
			if limit > 0 && i == limit {
				fmt.Fprintf(&b, "  and %d more\n", len(rows)-limit)
				break
			}
			fmt.Fprintf(&b, "  %s\n", strings.TrimPrefix(e.Error(), "history: "))
		}
	}
	list("rows left out", "the history above lacks them", h.Skipped)
	list("rows repaired", "kept as read, check them", h.Warnings)
	return b.String()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// A TimedExercise is an exercise of h logged only with a time or a
// distance (a plank, a run), which has no reps to progress, and the number
// of workouts that logged it so; [TimedOnly] returns them. The zero value
// names nothing. It is a plain value, safe for concurrent use.
type TimedExercise struct {
	Name     string `json:"name"`     // the name as logged
	Workouts int    `json:"workouts"` // workouts with timed or distance sets of it
}

// String writes the exercise and its count: "Plank (3 workouts)".
func (t TimedExercise) String() string {
	return t.Name + " (" + plural(t.Workouts, "workout") + ")"
}

// TimedOnly returns the exercises of h that [Lifts] gives no Lift for and
// that some workout logged with sets of a time or a distance and no reps,
// in the order they first appear ([History.Sorted]), each with the count
// of such workouts. They are what a report names as not judged; nil when
// there are none. It reads h only, so it is safe for concurrent use with
// other readers.
func TimedOnly(h *History) []TimedExercise {
	lifted := map[string]bool{}
	for _, l := range Lifts(h, nil) {
		lifted[l.Name] = true
	}
	var out []TimedExercise
	at := map[string]int{}
	for _, w := range h.Sorted() {
		for _, e := range w.Exercises {
			if lifted[e.Name] || !timedOnly(e.Sets) {
				continue
			}
			i, seen := at[e.Name]
			if !seen {
				i = len(out)
				at[e.Name] = i
				out = append(out, TimedExercise{Name: e.Name})
			}
			out[i].Workouts++
		}
	}
	return out
}

// timedOnly reports whether sets have a time or a distance but no reps.
func timedOnly(sets []Set) bool {
	some := false
	for _, s := range sets {
		if s.Reps > 0 {
			return false
		}
		some = some || s.Duration > 0 || s.Distance != ""
	}
	return some
}

// MatchedBy says how the app's name found its catalog exercise, for a
// report: "catalog name" ([MatchExact]), "catalog alias" ([MatchAlias]),
// "your alias" ([MatchUser]), or `read as "squat"` naming Via for a name
// found after its equipment or other words were taken off; "" for an
// unclassified name. It is a pure function of m, safe for concurrent use.
func (m Mapping) MatchedBy() string {
	switch m.Status {
	case Unclassified:
		return ""
	case MatchExact:
		return "catalog name"
	case MatchAlias:
		return "catalog alias"
	case MatchUser:
		return "your alias"
	}
	return fmt.Sprintf("read as %q", m.Via)
}

// String writes the suggested exercise as its name and ID, "Leg Press
// (leg-press)", which is what an -alias or alias table takes.
func (s Suggestion) String() string { return s.Exercise.Name + " (" + s.Exercise.ID + ")" }

// Resolver returns the function [restpause.Auditor.Resolve] wants, mapping
// a record's exercise name through c as [MapName] does, so that a record
// of "Squat (Barbell)" is judged as the catalog's squat rather than left
// unresolved; an unclassified name reports false. A nil c resolves
// nothing.
//
// The function remembers the answer for each name it has mapped (up to
// 4096 names; past that it maps on every call), so an audit of a long
// history maps each exercise name once, not once a record: c must give
// the same answer for a name while the function is in use. The function
// is safe for concurrent use if c's Lookup is.
func Resolver(c Catalog) func(r *restpause.Record) (exercise.Exercise, bool) {
	var (
		mu   sync.Mutex
		seen = make(map[string]resolved)
	)
	return func(r *restpause.Record) (exercise.Exercise, bool) {
		mu.Lock()
		got, ok := seen[r.Exercise]
		mu.Unlock()
		if ok {
			return got.ex, got.ok
		}
		m := MapName(c, r.Exercise)
		got = resolved{m.Exercise, m.Status != Unclassified}
		mu.Lock()
		if len(seen) < maxResolved {
			seen[r.Exercise] = got
		}
		mu.Unlock()
		return got.ex, got.ok
	}
}

// resolved is a [Resolver]'s remembered answer for a name.
type resolved struct {
	ex exercise.Exercise
	ok bool
}

// maxResolved bounds the names a [Resolver] remembers, so a history of
// endless distinct names cannot grow it without end.
const maxResolved = 4096

// Records returns the records of recovered, in order, as
// [restpause.Auditor.Audit] reads them; nil for none. The records are the
// same values (their Bursts slices are shared, not copied).
func Records(recovered []Recovered) []restpause.Record {
	if len(recovered) == 0 {
		return nil
	}
	out := make([]restpause.Record, len(recovered))
	for i := range recovered {
		out[i] = recovered[i].Record
	}
	return out
}

// LastLoad returns the load of l's latest outing
// ([progression.Outing.LastLoad]), what the next load steps from; 0 for a
// Lift with no outings. It is a pure function of l, safe for concurrent
// use.
func (l Lift) LastLoad() repkit.Load {
	if len(l.Outings) == 0 {
		return 0
	}
	return l.Outings[len(l.Outings)-1].LastLoad()
}

// E1RMs returns one e1RM measure per outing of l for the fatigue monitor
// ([fatigue.Monitor.Check]), the bridge from a history to its trend: each
// outing's best Epley estimate ([progression.Epley]) over its straight
// sets at its load, from sets within Epley's [progression.Formula.Reps] (1
// to 10 reps), dated by the outing and named by l.Name, oldest first.
// Outings with only longer sets, no load or no straight sets give no
// measure; rest-pause sets are not used, since their bursts are not sets
// from full rest. The estimate means something only for lifts whose load
// is the weight moved ([repkit.LoadExternal]); [MainLiftE1RMs] keeps to
// those. Nil when there is none. It is a pure function of l, safe for
// concurrent use.
func (l Lift) E1RMs() []fatigue.Measure {
	var out []fatigue.Measure
	for _, o := range l.Outings {
		best := repkit.Load(0)
		for _, st := range o.Sets {
			if e, err := progression.Epley.Estimate(o.Load, st.Reps); err == nil && e > best {
				best = e
			}
		}
		if best > 0 {
			out = append(out, fatigue.Measure{Date: o.Date, Lift: l.Name, E1RM: best})
		}
	}
	return out
}

// ShowIn moves every workout's Start to loc ([time.Time.In]: the same
// instant, shown in loc), so that a report shows dates the file gave with
// a zone (Liftosaur, repkit's CSV) in the lifter's zone too, as
// [Options.Location] reads those the file gave without one. A nil loc
// changes nothing. It changes h: do not call it while others read h.
func (h *History) ShowIn(loc *time.Location) {
	if loc == nil {
		return
	}
	for i := range h.Workouts {
		h.Workouts[i].Start = h.Workouts[i].Start.In(loc)
	}
}

// AliasFlags collects a lifter's own names for catalog exercises from a
// command line, as [NewAliasTable] takes them: each [AliasFlags.Set] adds
// one "NAME=ID" pair ("Leg Press Technogym (Gelb)=leg-press"). It
// satisfies flag.Value, so a command registers it with flag.Var and
// repeats the flag for more. The zero AliasFlags is not ready: make one
// with make(AliasFlags) or a literal. A map: not safe for concurrent Set.
type AliasFlags map[string]string

// Set adds the pair "NAME=ID", trimming spaces around each, replacing an
// earlier ID for the same NAME. Text without "=" is a [*FieldError] with
// Field "alias" wrapping [repkit.ErrInvalid]; NAME and ID are checked by
// NewAliasTable.
func (a AliasFlags) Set(pair string) error {
	name, id, ok := strings.Cut(pair, "=")
	if !ok {
		return &FieldError{Field: "alias", Value: pair, Err: repkit.ErrInvalid,
			Hint: `write NAME=ID, such as "Leg Press Technogym (Gelb)=leg-press"`}
	}
	a[strings.TrimSpace(name)] = strings.TrimSpace(id)
	return nil
}

// String writes the pairs as NAME=ID, sorted by name and comma-separated;
// "" for none.
func (a AliasFlags) String() string {
	pairs := make([]string, 0, len(a))
	for name, id := range a {
		pairs = append(pairs, name+"="+id)
	}
	slices.Sort(pairs)
	return strings.Join(pairs, ", ")
}

// MainLiftE1RMs returns the e1RM measures ([Lift.E1RMs]) of the main lifts
// among lifts, the fatigue monitor's input ([fatigue.TrainingLog]): lifts
// whose name c maps ([MapName]) to an exercise that [exercise.IsMainLift]
// names one, with its logged load kind, and whose latest outing has a load
// (a lift last logged with none is not tracked by weight). Measures are in
// the order of lifts, each lift's oldest first; nil when there is none. It
// is safe for concurrent use if c's Lookup is.
func MainLiftE1RMs(lifts []Lift, c Catalog) []fatigue.Measure {
	var out []fatigue.Measure
	for _, l := range lifts {
		m := MapName(c, l.Name)
		if len(l.Outings) > 0 && l.Outings[len(l.Outings)-1].Load > 0 && m.Status != Unclassified && exercise.IsMainLift(m.Exercise, l.LoadKind) {
			out = append(out, l.E1RMs()...)
		}
	}
	return out
}

// Span says what a history covers, as a report's first words: "strong
// export: 129 workouts, 2021-02-10 to 2021-12-22", "1 workout" for one,
// and "strong export: no workouts" for none. Dates are the first and last
// workout starts, in the zone each was read in. It reads h only.
func (h *History) Span() string {
	sorted := h.Sorted()
	if len(sorted) == 0 {
		return h.Source.String() + " export: no workouts"
	}
	return h.Source.String() + " export: " + plural(len(sorted), "workout") + ", " +
		sorted[0].Start.Format(time.DateOnly) + " to " + sorted[len(sorted)-1].Start.Format(time.DateOnly)
}
