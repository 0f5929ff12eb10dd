// Command history imports a workout-app export (Strong, Hevy, FitNotes,
// Liftosaur, or repkit's own CSV) and prints, per exercise, what was done
// and what repkit makes of it: sessions, the latest load and reps, a
// double-progression recommendation, stalls, rest-pause sets recovered from
// the log, and whether the exercise suits rest-pause; then the main lifts'
// e1RM trend with the fatigue monitor's advice, and an audit of the
// recovered rest-pause sets against the guide's common mistakes, each
// finding with the sessions it rests on.
//
//	go run ./examples/history -unit kg ../shared/data/workout-logs/strong/strong.csv
//
// -unit is needed only for files that do not say whether their weights are
// kilograms or pounds; repkit never guesses.
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

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/progression/history"
	"github.com/repkit/repkit/restpause"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("history", flag.ContinueOnError)
	fs.SetOutput(stderr)
	unitFlag := fs.String("unit", "", "weight unit of a file that does not state one: kg or lb")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: history [-unit kg|lb] FILE")
		return 2
	}
	var opts history.Options
	opts.Lenient = true
	if *unitFlag != "" {
		u, err := exercise.ParseUnit(*unitFlag)
		if err != nil || (u != exercise.Kilograms && u != exercise.Pounds) {
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
	for _, e := range skipped {
		fmt.Fprintln(stderr, "skipped:", e)
	}
	report(stdout, h, displayUnit(h, opts.Unit))
	return 0
}

// displayUnit picks the unit to print loads in: the file's, or kilograms.
func displayUnit(h *history.History, stated exercise.Unit) exercise.Unit {
	switch {
	case h.Unit == exercise.Pounds || stated == exercise.Pounds:
		return exercise.Pounds
	}
	return exercise.Kilograms
}

// A lift gathers one exercise's sessions across the history.
type lift struct {
	name     string
	sessions []session
}

// A session is one workout's working sets of an exercise at its top load.
type session struct {
	date time.Time
	load exercise.Load
	sets []progression.Set
}

func gather(h *history.History) []*lift {
	byName := map[string]*lift{}
	var order []*lift
	for _, w := range h.Sorted() {
		for _, e := range w.Exercises {
			s, ok := topSession(w.Start, e.Sets)
			if !ok {
				continue
			}
			l := byName[e.Name]
			if l == nil {
				l = &lift{name: e.Name}
				byName[e.Name] = l
				order = append(order, l)
			}
			l.sessions = append(l.sessions, s)
		}
	}
	slices.SortStableFunc(order, func(a, b *lift) int { return len(b.sessions) - len(a.sessions) })
	return order
}

// topSession keeps the working sets at the heaviest load of the exercise in
// that workout: warm-ups and back-off sets are not what progression judges.
func topSession(date time.Time, sets []history.Set) (session, bool) {
	s := session{date: date}
	for _, st := range sets {
		if st.Kind.Counts() && st.Reps > 0 && st.Load > s.load {
			s.load = st.Load
		}
	}
	for _, st := range sets {
		if st.Kind.Counts() && st.Reps > 0 && st.Load == s.load {
			s.sets = append(s.sets, progression.Set{Reps: st.Reps, Effort: st.Effort})
		}
	}
	return s, len(s.sets) > 0
}

func report(w io.Writer, h *history.History, unit exercise.Unit) {
	sorted := h.Sorted()
	if len(sorted) == 0 {
		fmt.Fprintln(w, "no workouts")
		return
	}
	fmt.Fprintf(w, "%s export: %d workouts, %s to %s; loads shown in %s\n", h.Source, len(sorted),
		sorted[0].Start.Format("2006-01-02"), sorted[len(sorted)-1].Start.Format("2006-01-02"), unit)
	step := 5 * exercise.Kilogram / 2
	if unit == exercise.Pounds {
		step = 5 * exercise.Pound
	}
	fmt.Fprintf(w, "assumed for progression: 8-12 reps a set, loads in %s steps plus every load the log used\n", step.Format(unit))

	recovered := history.Recover(h, history.RecoverOptions{})
	var measures []fatigue.Measure
	for _, l := range gather(h) {
		m := history.MapName(history.CatalogFunc(exercise.Lookup), l.name)
		ladder := stepLadder(step, l)
		last := l.sessions[len(l.sessions)-1]
		fmt.Fprintf(w, "\n%s\n", l.name)
		fmt.Fprintf(w, "  sessions: %d; latest %s: %s x %s\n", len(l.sessions), last.date.Format("2006-01-02"), last.load.Format(unit), repList(last.sets))
		if m.Status == history.Unclassified {
			fmt.Fprintln(w, "  catalog: not found; kept as written, not judged for rest-pause")
		} else {
			a := exercise.Classify(m.Exercise)
			fmt.Fprintf(w, "  catalog: %s (%s match via %q); rest-pause: %s\n", m.Exercise.Name, m.Status, m.Via, a.Verdict)
			if a.Verdict == exercise.Suitable {
				fmt.Fprintln(w, "    candidate: a stable, lower-skill exercise the guide lists for rest-pause")
			} else if adv := a.Advice(); adv != "" {
				fmt.Fprintf(w, "    why not: %s\n", adv)
			}
			if a.Verdict == exercise.Unsuitable && last.load > 0 {
				measures = append(measures, e1RMs(l)...)
			}
		}
		var hist []progression.Session
		for _, s := range l.sessions {
			hist = append(hist, progression.Session{Load: s.load, Sets: s.sets})
		}
		dp := progression.DoubleProgression{Range: progression.RepRange{Min: 8, Max: 12}, Equipment: ladder, Unit: unit}
		if rec, err := dp.Replay(inferStart(dp.Range, l.sessions[0]), hist); err == nil {
			fmt.Fprintf(w, "  next time: %s\n", rec)
		} else {
			fmt.Fprintf(w, "  next time: no recommendation (%v)\n", err)
		}
		if st, err := (progression.StallRule{Equipment: ladder, Unit: unit}).Detect(hist); err == nil {
			fmt.Fprintf(w, "  stalls: %s\n", st)
		}
		for _, r := range recovered {
			if r.Record.Exercise == l.name {
				fmt.Fprintf(w, "  rest-pause set found: %s\n", r.Explain())
			}
		}
	}
	fmt.Fprintln(w)
	trend(w, sorted[len(sorted)-1].Start, measures)
	fmt.Fprintln(w)
	audit(w, recovered, measures, unit)
}

// inferStart guesses the prescription of an exercise's first logged
// session, since an export holds what was done, not what was asked: the
// load lifted and, as the rep target, the fewest reps of its sets kept
// inside the range. Double progression is then replayed over every session
// from there, so a lifter who did 10 reps a set is next asked for 11, not
// sent back to the bottom of the range.
func inferStart(r progression.RepRange, s session) progression.Prescription {
	fewest := s.sets[0].Reps
	for _, st := range s.sets {
		fewest = min(fewest, st.Reps)
	}
	return progression.Prescription{Load: s.load, Reps: max(r.Min, min(fewest, r.Max))}
}

// e1RMs estimates each session's e1RM with Epley from its best set of at
// most 10 reps; sessions with only longer sets give no estimate.
func e1RMs(l *lift) []fatigue.Measure {
	var out []fatigue.Measure
	for _, s := range l.sessions {
		best := exercise.Load(0)
		for _, st := range s.sets {
			if e, err := progression.Epley.Estimate(s.load, st.Reps); err == nil && e > best {
				best = e
			}
		}
		if best > 0 {
			out = append(out, fatigue.Measure{Date: s.date, Lift: l.name, E1RM: best.Kilograms()})
		}
	}
	return out
}

func trend(w io.Writer, asOf time.Time, measures []fatigue.Measure) {
	fmt.Fprintln(w, "main-lift e1RM trend (lifts the catalog rates unsuitable for rest-pause; Epley, sets of 10 reps or fewer):")
	adv, err := fatigue.Monitor{}.Check(asOf, fatigue.History{Measures: measures})
	if err != nil {
		fmt.Fprintf(w, "  no advice: %v\n", err)
		return
	}
	if adv.Lift != "" {
		fmt.Fprintf(w, "  largest change: %s, median e1RM %.1f kg over the baseline window, %.1f kg recently (%+.1f%%)\n",
			adv.Lift, adv.BaselineE1RM, adv.RecentE1RM, -100*adv.Drop)
	}
	for s := range adv.Sentences() {
		fmt.Fprintf(w, "  %s\n", s)
	}
}

// audit checks the rest-pause sets recovered from the log against the
// guide's common mistakes, judging main-lift drops from the same e1RMs the
// trend section prints, and names the sets each finding rests on.
func audit(w io.Writer, recovered []history.Recovered, mainLifts []fatigue.Measure, unit exercise.Unit) {
	records := make([]restpause.Record, len(recovered))
	for i, r := range recovered {
		records[i] = r.Record
	}
	fmt.Fprintf(w, "rest-pause audit (the guide's common mistakes, over %d rest-pause set(s) recovered from the log):\n", len(records))
	if len(records) == 0 {
		fmt.Fprintln(w, "  nothing to audit: the log shows no rest-pause sets (no bursts marked, no short rest timers, no same-load drop sets, no rest-pause notes)")
		return
	}
	// Resolve names the way the per-exercise report does, so "Squat
	// (Barbell)" is judged as the catalog's squat, not left unresolved.
	resolve := func(r *restpause.Record) (exercise.Exercise, bool) {
		m := history.MapName(history.CatalogFunc(exercise.Lookup), r.Exercise)
		return m.Exercise, m.Status != history.Unclassified
	}
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
func describe(r *restpause.Record, unit exercise.Unit) string {
	reps := fmt.Sprint(r.Activation.Reps)
	for _, b := range r.Bursts {
		reps += fmt.Sprintf("+%d", b.Reps)
	}
	return fmt.Sprintf("%s %s, %s x %s reps", r.Date.Format(time.DateOnly), r.Exercise, r.Load.Format(unit), reps)
}

// stepLadder returns loads from zero to 500 kg in steps of step, plus every
// load the lifter used for the exercise (their gym could make it).
func stepLadder(step exercise.Load, lf *lift) progression.Ladder {
	var loads []exercise.Load
	for l := exercise.Load(0); l <= 500*exercise.Kilogram; l += step {
		loads = append(loads, l)
	}
	for _, s := range lf.sessions {
		loads = append(loads, s.load)
	}
	slices.Sort(loads)
	loads = slices.Compact(loads)
	d, err := progression.NewLadder(loads...)
	if err != nil {
		panic("history: " + err.Error())
	}
	return d
}

func repList(sets []progression.Set) string {
	s := ""
	for i, st := range sets {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(st.Reps)
	}
	return s
}
