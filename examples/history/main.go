// Command history imports a workout-app export (Strong, Hevy, FitNotes,
// Liftosaur, or repkit's own CSV) and prints, per exercise, what was done
// and what repkit makes of it: sessions, the latest load and reps, one
// decision for next time, rest-pause sets recovered from the log, and whether the exercise suits rest-pause; then the main lifts'
// e1RM trend with the fatigue monitor's advice, and an audit of the
// recovered rest-pause sets against the guide's common mistakes, each
// finding with the sessions it rests on.
//
// Each exercise gets one answer for next time, from progression.Coach as
// of the log's last workout: the rep range inferred from the exercise's own
// sets, the bursts of recovered rest-pause sets left out of the straight
// sets it judges, sum of reps (15-20 total, DC training's higher range,
// printed as an assumption) when the latest session was a rest-pause set,
// stalls, and a lift not done for weeks read as a return.
//
//	go run ./examples/history -unit kg ../shared/data/workout-logs/strong/strong.csv
//
// Loads are shown in the lifter's unit, the history's own ([history.History]
// says how an import picks it: the file's unit, or for a log that moved from
// kg to lb part-way the latest row's), rounded for display
// ([repkit.Load.Display]). -unit is needed only for files that do not say
// whether their weights are kilograms or pounds, since repkit never guesses;
// given for any file, it also sets the unit loads are shown in.
//
// -tz names the lifter's time zone (an IANA name such as Europe/Berlin):
// dates a file writes without a zone (Strong, Hevy, FitNotes) are read in
// it, and every date is shown in it, so a workout at local midnight lands
// on its own day. Without it dates are UTC.
//
// The import is lenient, and nothing is lost without a word: the header
// counts the rows left out (unreadable, or Liftosaur sets planned but not
// done) and the rows repaired (a FitNotes name with unquoted commas), and
// the end of the report lists them with their lines and why. Exercises of
// timed or distance work only (a plank, a run) are named as not judged. A
// name the catalog does not know gets the closest catalog entries
// ([history.Suggest]); -alias NAME=ID, repeated as needed, maps a name of
// the lifter's own to a catalog ID ([history.AliasTable]).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("history", flag.ContinueOnError)
	fs.SetOutput(stderr)
	unitFlag := fs.String("unit", "", "weight unit of a file that does not state one, and the unit to show loads in: kg or lb (default: the file's)")
	tzFlag := fs.String("tz", "", "time zone of dates the file writes without one (Strong, Hevy, FitNotes), and the zone dates are shown in: an IANA name such as Europe/Berlin, or Local (default UTC)")
	aliases := map[string]string{}
	fs.Func("alias", "your own name for a catalog exercise, as NAME=ID, such as \"Leg Press Technogym (Gelb)=leg-press\"; repeat for more", func(v string) error {
		name, id, ok := strings.Cut(v, "=")
		if !ok {
			return fmt.Errorf("want NAME=ID, such as \"Leg Press Technogym (Gelb)=leg-press\"")
		}
		aliases[strings.TrimSpace(name)] = strings.TrimSpace(id)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: history [-unit kg|lb] [-tz ZONE] [-alias NAME=ID]... FILE")
		return 2
	}
	var opts history.Options
	opts.Lenient = true
	if *tzFlag != "" {
		loc, err := time.LoadLocation(*tzFlag)
		if err != nil {
			fmt.Fprintf(stderr, "history: -tz %q: %v; write an IANA zone name such as Europe/Berlin or America/New_York\n", *tzFlag, err)
			return 2
		}
		opts.Location = loc
	}
	catalog, err := history.NewAliasTable(nil, aliases)
	if err != nil {
		fmt.Fprintf(stderr, "history: -alias: %v\n", err)
		return 2
	}
	opts.Catalog = catalog
	if *unitFlag != "" {
		u, err := repkit.ParseUnit(*unitFlag)
		if err != nil || (u != repkit.UnitKilogram && u != repkit.UnitPound) {
			fmt.Fprintf(stderr, "history: -unit %q: want kg or lb\n", *unitFlag)
			return 2
		}
		opts.Unit = u
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	h, skipped, err := history.Import(f, opts)
	if errors.Is(err, history.ErrUnitRequired) {
		fmt.Fprintln(stderr, err)
		fmt.Fprintln(stderr, "history: this file does not say whether weights are kilograms or pounds; run again with -unit kg or -unit lb")
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	_ = skipped               // the same rows as h.Skipped, which report prints
	if opts.Location != nil { // dates the file gave with a zone are shown in -tz too
		for i := range h.Workouts {
			h.Workouts[i].Start = h.Workouts[i].Start.In(opts.Location)
		}
	}
	// The lifter's unit, as -unit overrides it, is the history's: the
	// rest-pause sets recovered from it carry it too.
	h.Unit = displayUnit(h, opts.Unit)
	report(stdout, h, h.Unit, catalog)
	return 0
}

// maxListed is the most skipped or repaired rows the report lists one by
// one; the rest are counted.
const maxListed = 20

// rowReport prints the rows the import left out and those it repaired,
// each with its line and why, so that nothing is lost without a word.
func rowReport(w io.Writer, h *history.History) {
	list := func(title string, rows []*history.RowError) {
		if len(rows) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s:\n", title)
		for i, e := range rows {
			if i == maxListed {
				fmt.Fprintf(w, "  and %d more\n", len(rows)-maxListed)
				break
			}
			fmt.Fprintf(w, "  %s\n", strings.TrimPrefix(e.Error(), "history: "))
		}
	}
	list(fmt.Sprintf("rows left out (%d; the history above lacks them)", len(h.Skipped)), h.Skipped)
	list(fmt.Sprintf("rows repaired (%d; kept as read, check them)", len(h.Warnings)), h.Warnings)
}

// rowCounts is the header's note of rows left out and repaired, "" when
// there are none.
func rowCounts(h *history.History) string {
	var parts []string
	notDone := 0
	for _, e := range h.Skipped {
		if errors.Is(e, history.ErrNotDone) {
			notDone++
		}
	}
	if n := len(h.Skipped) - notDone; n > 0 {
		parts = append(parts, plural(n, "row")+" left out as unreadable")
	}
	if notDone > 0 {
		parts = append(parts, plural(notDone, "planned set")+" not done")
	}
	if n := len(h.Warnings); n > 0 {
		parts = append(parts, plural(n, "row")+" repaired")
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, ", ") + " (listed at the end)"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// displayUnit picks the unit to print loads in: the one -unit stated, or
// else the history's own (kilograms for a history that names none).
func displayUnit(h *history.History, stated repkit.Unit) repkit.Unit {
	if stated != repkit.UnitUnknown {
		return stated
	}
	return h.DisplayUnit()
}

// gather returns the history's lifts as the Coach reads them
// (history.Lifts), and the exercises logged only with a time or a
// distance, which have no reps to progress, with their workout counts.
func gather(h *history.History, recovered []history.Recovered) ([]history.Lift, []string) {
	lifts := history.Lifts(h, recovered)
	has := map[string]bool{}
	for _, l := range lifts {
		has[l.Name] = true
	}
	timed := map[string]int{}
	var names, out []string
	for _, w := range h.Sorted() {
		for _, e := range w.Exercises {
			if !has[e.Name] && untimed(e.Sets) {
				if timed[e.Name] == 0 {
					names = append(names, e.Name)
				}
				timed[e.Name]++
			}
		}
	}
	for _, n := range names {
		out = append(out, fmt.Sprintf("%s (%s)", n, plural(timed[n], "workout")))
	}
	return lifts, out
}

// untimed reports whether sets have a time or a distance but no reps.
func untimed(sets []history.Set) bool {
	some := false
	for _, s := range sets {
		if s.Reps > 0 {
			return false
		}
		some = some || s.Duration > 0 || s.Distance != ""
	}
	return some
}

// restPauseTotal is the total-rep range assumed for rest-pause sets: DC
// training's higher range, 15-20, rather than its 11-15, because the sets
// recovered from logs are accessories whose activation set alone is often
// 12-15 reps (see DESIGN.md section 4, DC protocol). With sum of reps, the
// first mini-set must also reach progression.DefaultMinFirstReps (6).
var restPauseTotal = repkit.RepRange{Min: 15, Max: 20}

func report(w io.Writer, h *history.History, unit repkit.Unit, catalog history.Catalog) {
	sorted := h.Sorted()
	if len(sorted) == 0 {
		fmt.Fprintln(w, "no workouts"+rowCounts(h))
		rowReport(w, h)
		return
	}
	fmt.Fprintf(w, "%s export: %d workouts, %s to %s; loads shown in %s%s\n", h.Source, len(sorted),
		sorted[0].Start.Format("2006-01-02"), sorted[len(sorted)-1].Start.Format("2006-01-02"), unit, rowCounts(h))
	// The gym follows the file's unit (a pound log was lifted on pound
	// plates); -unit changes only how loads are shown.
	gym, preset, step := progression.KilogramGym(), "KilogramGym", 2500*repkit.Gram
	if h.DisplayUnit() == repkit.UnitPound {
		gym, preset, step = progression.PoundGym(), "PoundGym", 5*repkit.Pound
	}
	fmt.Fprintf(w, "assumed for progression: a rep range inferred per exercise from its own sets, and a common %s gym (progression.%s); where that gym cannot make an exercise's logged loads, %s steps from its last load\n",
		gym.Unit, preset, step.Display(unit))

	recovered := history.Recover(h, history.RecoverOptions{})
	if len(recovered) > 0 {
		fmt.Fprintf(w, "assumed for exercises whose latest sessions are rest-pause sets: sum of reps, %s total reps a set (DC's higher range), first mini-set at least %d reps\n",
			restPauseTotal, progression.DefaultMinFirstReps)
	}
	var measures []fatigue.Measure
	lifts, untimed := gather(h, recovered)
	for _, l := range lifts {
		m := history.MapName(catalog, l.Name)
		weights := gym.WeightsLogged(m.Exercise.Equipment, l.LoadKind, lastLoad(&l))
		last := &l.Outings[len(l.Outings)-1]
		fmt.Fprintf(w, "\n%s\n", l.Name)
		if k := len(last.RestPause); k > 0 {
			rp := &last.RestPause[k-1]
			fmt.Fprintf(w, "  sessions: %d; latest %s: %s x %s (a rest-pause set)\n", len(l.Outings), last.Date.Format("2006-01-02"),
				l.LoadKind.Describe(rp.Load, unit), burstList(rp))
		} else {
			fmt.Fprintf(w, "  sessions: %d; latest %s: %s x %s\n", len(l.Outings), last.Date.Format("2006-01-02"), l.LoadKind.Describe(last.Load, unit), repList(last.Sets))
		}
		if m.Status == history.Unclassified {
			fmt.Fprintln(w, "  catalog: not found; kept as written, not judged for rest-pause")
			if s := history.Suggest(exercise.Builtin(), l.Name, 3); len(s) > 0 {
				fmt.Fprintf(w, "    closest in the catalog: %s; if one is it, run again with -alias %q\n", suggestions(s), l.Name+"="+s[0].Exercise.ID)
			}
		} else {
			a := exercise.Classify(m.Exercise)
			fmt.Fprintf(w, "  catalog: %s (%s); rest-pause: %s\n", m.Exercise.Name, matchedBy(m), a.Verdict)
			if a.Verdict == exercise.Suitable {
				fmt.Fprintln(w, "    candidate: a stable, lower-skill exercise the guide lists for rest-pause")
			} else if adv := a.Advice(); adv != "" {
				fmt.Fprintf(w, "    why not: %s\n", adv)
			}
			if a.Verdict == exercise.Unsuitable && last.Load > 0 && l.LoadKind == repkit.LoadExternal { // an e1RM of added load or of assistance means nothing without body weight
				measures = append(measures, e1RMs(&l)...)
			}
		}
		nextTime(w, &l, weights, unit, sorted[len(sorted)-1].Start)
		for _, r := range recovered {
			if r.Record.Exercise == l.Name {
				fmt.Fprintf(w, "  rest-pause set found: %s\n", r.Explain())
			}
		}
	}
	if len(untimed) > 0 {
		fmt.Fprintf(w, "\nnot judged (timed or distance work, no reps to progress): %s\n", strings.Join(untimed, ", "))
	}
	fmt.Fprintln(w)
	trend(w, sorted[len(sorted)-1].Start, measures, unit)
	fmt.Fprintln(w)
	audit(w, recovered, measures, unit, catalog)
	rowReport(w, h)
}

// matchedBy says how the app's name found its catalog exercise.
func matchedBy(m history.Mapping) string {
	switch m.Status {
	case history.MatchExact:
		return "catalog name"
	case history.MatchAlias:
		return "catalog alias"
	case history.MatchUser:
		return "your alias"
	}
	return fmt.Sprintf("read as %q", m.Via)
}

// suggestions lists catalog exercises by name, with the alias that came
// close when it is not the name.
func suggestions(s []history.Suggestion) string {
	var parts []string
	for _, x := range s {
		p := x.Exercise.Name + " (" + x.Exercise.ID + ")"
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// nextTime prints the Coach's one decision for the exercise, from every
// session of it, as of the last workout of the log: the rep range inferred
// from its own sets, sum of reps when the latest session was a rest-pause
// set, stalls, and a lift not done for weeks before the end of the log
// read as a return.
func nextTime(w io.Writer, l *history.Lift, weights progression.Weights, unit repkit.Unit, asOf time.Time) {
	c := progression.Coach{Weights: weights, Unit: unit, Total: restPauseTotal, Kind: l.LoadKind}
	d, err := c.Decide(l.Outings, asOf, fatigue.DoseUnknown)
	if err != nil {
		fmt.Fprintf(w, "  next time: no advice (%v)\n", err)
		return
	}
	fmt.Fprintf(w, "  next time: %s\n", d)
}

// e1RMs estimates each session's e1RM with Epley from its best set of at
// most 10 reps; sessions with only longer sets give no estimate.
func e1RMs(l *history.Lift) []fatigue.Measure {
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

func trend(w io.Writer, asOf time.Time, measures []fatigue.Measure, unit repkit.Unit) {
	fmt.Fprintln(w, "main-lift e1RM trend (lifts the catalog rates unsuitable for rest-pause; Epley, sets of 10 reps or fewer):")
	adv, err := fatigue.Monitor{}.Check(asOf, fatigue.TrainingLog{Measures: measures})
	if err != nil {
		fmt.Fprintf(w, "  no advice: %v\n", err)
		return
	}
	// The monitor names the lift with the largest drop; when no lift
	// dropped, that is the one with the smallest gain, and is named so.
	if adv.Lift != "" {
		label := "largest drop"
		switch {
		case adv.Drop <= 0 && adv.Compared == 1:
			label = "the one lift compared, no drop"
		case adv.Drop < 0:
			label = "no lift dropped; smallest gain"
		case adv.Drop == 0:
			label = "no lift dropped; smallest change"
		}
		fmt.Fprintf(w, "  %s: %s, median e1RM %s over the baseline window, %s recently (%+.1f%%)\n",
			label, adv.Lift, adv.BaselineE1RM.Display(unit), adv.RecentE1RM.Display(unit), -100*adv.Drop)
	}
	for s := range adv.Sentences() {
		fmt.Fprintf(w, "  %s\n", s)
	}
}

// audit checks the rest-pause sets recovered from the log against the
// guide's common mistakes, judging main-lift drops from the same e1RMs the
// trend section prints, and names the sets each finding rests on.
func audit(w io.Writer, recovered []history.Recovered, mainLifts []fatigue.Measure, unit repkit.Unit, catalog history.Catalog) {
	records := make([]restpause.Record, len(recovered))
	for i, r := range recovered {
		records[i] = r.Record
	}
	if len(records) == 0 {
		fmt.Fprintln(w, "rest-pause audit (the guide's common mistakes):")
		fmt.Fprintln(w, "  nothing to audit: the log shows no rest-pause sets (no bursts marked, no short rest timers, no same-load drop sets, no rest-pause notes)")
		return
	}
	// Resolve names the way the per-exercise report does, so "Squat
	// (Barbell)" is judged as the catalog's squat, not left unresolved.
	resolve := func(r *restpause.Record) (exercise.Exercise, bool) {
		m := history.MapName(catalog, r.Exercise)
		return m.Exercise, m.Status != history.Unclassified
	}
	sets := "rest-pause sets"
	if len(records) == 1 {
		sets = "rest-pause set"
	}
	fmt.Fprintf(w, "rest-pause audit (the guide's common mistakes, over %d %s recovered from the log):\n", len(records), sets)
	rep, err := restpause.Auditor{Resolve: resolve}.Audit(records, mainLifts)
	if err != nil {
		fmt.Fprintf(w, "  not audited: %v\n", err)
		return
	}
	if len(rep.Findings) == 0 {
		fmt.Fprintln(w, "  no common mistakes found (checked: unsuitable lifts, too many exercises a day, everything to failure, week-to-week churn, rest-pause while main lifts drop)")
	}
	for _, f := range rep.Findings {
		fmt.Fprintf(w, "  %s: %s\n", f.Mistake, f.Explain(records))
		for _, i := range f.Records {
			fmt.Fprintf(w, "    rests on: %s\n", describe(&records[i], unit))
		}
	}
	if len(rep.Unresolved) > 0 {
		var names []string
		for _, i := range rep.Unresolved {
			if !slices.Contains(names, records[i].Exercise) {
				names = append(names, records[i].Exercise)
			}
		}
		fmt.Fprintf(w, "  not judged for suitability (not in the catalog): %s\n", strings.Join(names, ", "))
	}
}

// describe names one rest-pause set: date, exercise, load and reps.
func describe(r *restpause.Record, unit repkit.Unit) string {
	return fmt.Sprintf("%s %s, %s x %s reps", r.Date.Format(time.DateOnly), r.Exercise, r.LoadKind.Describe(r.Load, unit), burstList(r))
}

// lastLoad is the load of the lift's last outing: its rest-pause set's, or
// its straight sets'.
func lastLoad(l *history.Lift) repkit.Load {
	o := &l.Outings[len(l.Outings)-1]
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].Load
	}
	return o.Load
}

// burstList writes a rest-pause set's reps as activation+bursts, "14+5+3".
func burstList(r *restpause.Record) string {
	s := fmt.Sprint(r.Activation.Reps)
	for _, b := range r.Bursts {
		s += fmt.Sprintf("+%d", b.Reps)
	}
	return s
}

func repList(sets []progression.WorkSet) string {
	s := ""
	for i, st := range sets {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(st.Reps)
	}
	return s
}
