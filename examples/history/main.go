// Command history imports a workout-app export (Strong, Hevy, FitNotes,
// Liftosaur, or repkit's own CSV) and prints, per exercise, its sessions,
// the latest load and reps, whether it suits rest-pause, one decision for
// next time (progression.Coach, as of the log's last workout) and the
// rest-pause sets recovered from the log; then the main lifts' e1RM trend
// with the fatigue monitor's advice, and an audit of the recovered sets
// against the guide's common mistakes.
//
//	go run ./examples/history -unit kg ../shared/data/workout-logs/strong/strong.csv
//
// Loads are shown in the history's unit ([history.History] says how it is
// picked), or in -unit, which a file that does not say whether its weights
// are kilograms or pounds needs: repkit never guesses. -tz names the
// lifter's time zone (such as Europe/Berlin), to read dates written
// without one and to show every date in; without it dates are UTC. Nothing
// is lost without a word: rows left out or repaired are counted and
// listed, timed work is named as not judged, and a name the catalog does
// not know gets the closest entries; -alias NAME=ID maps it.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
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
	opts := history.Options{Lenient: true}
	fs.Func("unit", "weight unit of a file that does not state one, and the unit to show loads in: kg or lb (default: the file's)", func(v string) error {
		u, err := repkit.ParseUnit(v)
		if err != nil || (u != repkit.UnitKilogram && u != repkit.UnitPound) {
			return errors.New("want kg or lb")
		}
		opts.Unit = u
		return nil
	})
	fs.Func("tz", "time zone of dates the file writes without one (Strong, Hevy, FitNotes), and the zone dates are shown in: an IANA name such as Europe/Berlin, or Local (default UTC)", func(v string) (err error) {
		if opts.Location, err = time.LoadLocation(v); err != nil {
			return fmt.Errorf("%w; write an IANA zone name such as Europe/Berlin or America/New_York", err)
		}
		return nil
	})
	aliases := history.AliasFlags{}
	fs.Var(aliases, "alias", "your own name for a catalog exercise, as NAME=ID, such as \"Leg Press Technogym (Gelb)=leg-press\"; repeat for more")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: history [-unit kg|lb] [-tz ZONE] [-alias NAME=ID]... FILE")
		return 2
	}
	var err error
	if opts.Catalog, err = history.NewAliasTable(nil, aliases); err != nil {
		fmt.Fprintf(stderr, "history: -alias: %v\n", err)
		return 2
	}
	h, _, err := history.ImportFile(fs.Arg(0), opts) // the rows left out are h.Skipped too, which report prints
	if err != nil {
		fmt.Fprintln(stderr, err)
		if errors.Is(err, history.ErrUnitRequired) {
			fmt.Fprintln(stderr, "history: this file does not say whether weights are kilograms or pounds; run again with -unit kg or -unit lb")
		}
		return 1
	}
	h.ShowIn(opts.Location) // dates the file gave with a zone are shown in -tz too
	// The lifter's unit, as -unit overrides it, is the history's: the
	// rest-pause sets recovered from it carry it too.
	h.Unit = cmp.Or(opts.Unit, h.DisplayUnit())
	report(stdout, h, opts.Catalog)
	return 0
}

// restPauseTotal is DC's higher total-rep range, 15-20: the rest-pause sets
// logs show are accessories, often 12-15 reps before the first pause.
var restPauseTotal = restpause.DCTotalHigh()

func report(w io.Writer, h *history.History, catalog history.Catalog) {
	unit, sorted := h.Unit, h.Sorted()
	rows := map[bool]string{true: "; dates read as UTC (the file gives no zone: -tz names yours)"}[h.UTCAssumed]
	if n := h.RowsNote(); n != "" {
		rows += "; " + n + " (listed at the end)"
	}
	defer func() { fmt.Fprint(w, h.RowReport(20)) }() // at most 20 rows of each, the rest counted
	if len(sorted) == 0 {
		fmt.Fprintln(w, "no workouts"+rows)
		return
	}
	asOf := sorted[len(sorted)-1].Start
	fmt.Fprintf(w, "%s; loads shown in %s%s\n", h.Span(), unit, rows)
	// The gym follows the file's unit (a pound log was lifted on pound
	// plates); -unit changes only how loads are shown.
	gym, _ := progression.CommonGym(h.DisplayUnit())
	preset := map[repkit.Unit]string{repkit.UnitKilogram: "KilogramGym", repkit.UnitPound: "PoundGym"}[gym.Unit]
	fmt.Fprintf(w, "assumed for progression: a rep range inferred per exercise from its own sets, and a common %s gym (progression.%s); where that gym cannot make an exercise's logged loads, %s steps from its last load\n",
		gym.Unit, preset, gym.LoggedStep().Display(unit))

	recovered := history.Recover(h, history.RecoverOptions{})
	if len(recovered) > 0 {
		fmt.Fprintf(w, "assumed for exercises whose latest sessions are rest-pause sets: sum of reps, %s total reps a set (DC's higher range), first mini-set at least %d reps\n",
			restPauseTotal, progression.DefaultMinFirstReps)
	}
	lifts := history.Lifts(h, recovered)
	for _, l := range lifts {
		m := history.MapName(catalog, l.Name)
		last := &l.Outings[len(l.Outings)-1]
		fmt.Fprintf(w, "\n%s\n  sessions: %d; latest %s: %s\n", l.Name, len(l.Outings), last.Date.Format(time.DateOnly), last.Summary(l.LoadKind, unit))
		if m.Status == history.Unclassified {
			fmt.Fprintln(w, "  catalog: not found; kept as written, not judged for rest-pause")
			if s := history.Suggest(exercise.Builtin(), l.Name, 3); len(s) > 0 {
				fmt.Fprintf(w, "    closest in the catalog: %s; if one is it, run again with -alias %q\n", join(s), l.Name+"="+s[0].Exercise.ID)
			}
		} else {
			a := exercise.Classify(m.Exercise)
			fmt.Fprintf(w, "  catalog: %s (%s); rest-pause: %s\n", m.Exercise.Name, m.MatchedBy(), a.Verdict)
			if a.Verdict == exercise.Suitable {
				fmt.Fprintln(w, "    candidate: a stable, lower-skill exercise the guide lists for rest-pause")
			} else if adv := a.Advice(); adv != "" {
				fmt.Fprintf(w, "    why not: %s\n", adv)
			}
		}
		// One decision from every session (stalls, returns, sum of reps after a rest-pause set).
		c := progression.Coach{Weights: gym.WeightsLogged(m.Exercise.Equipment, l.LoadKind, l.LastLoad()), Unit: unit, Total: restPauseTotal, Kind: l.LoadKind}
		if d, err := c.Decide(l.Outings, asOf, fatigue.DoseUnknown); err != nil {
			fmt.Fprintf(w, "  next time: no advice (%v)\n", err)
		} else {
			fmt.Fprintf(w, "  next time: %s\n", d)
		}
		for _, r := range recovered {
			if r.Record.Exercise == l.Name {
				fmt.Fprintf(w, "  rest-pause set found: %s\n", r.Explain())
			}
		}
	}
	if t := history.TimedOnly(h); len(t) > 0 {
		fmt.Fprintf(w, "\nnot judged (timed or distance work, no reps to progress): %s\n", join(t))
	}
	fmt.Fprintln(w, "\nmain-lift e1RM trend (lifts the catalog rates unsuitable for rest-pause; Epley, sets of 10 reps or fewer):")
	measures := history.MainLiftE1RMs(lifts, catalog)
	if adv, err := (fatigue.Monitor{}).Check(asOf, fatigue.TrainingLog{Measures: measures}); err != nil {
		fmt.Fprintf(w, "  no advice: %v\n", err)
	} else {
		if s := adv.LiftSummary(unit); s != "" {
			fmt.Fprintf(w, "  %s\n", s)
		}
		for s := range adv.Sentences() {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
	fmt.Fprintln(w)
	audit(w, history.Records(recovered), measures, unit, catalog)
}

// audit checks the rest-pause sets recovered from the log against the
// guide's common mistakes, judging main-lift drops from the same e1RMs the
// trend section prints, and names the sets each finding rests on.
func audit(w io.Writer, records []restpause.Record, mainLifts []fatigue.Measure, unit repkit.Unit, catalog history.Catalog) {
	if len(records) == 0 {
		fmt.Fprintln(w, "rest-pause audit (the guide's common mistakes):\n  nothing to audit: the log shows no rest-pause sets (no bursts marked, no short rest timers, no same-load drop sets, no rest-pause notes)")
		return
	}
	sets := "rest-pause sets"
	if len(records) == 1 {
		sets = "rest-pause set"
	}
	fmt.Fprintf(w, "rest-pause audit (the guide's common mistakes, over %d %s recovered from the log):\n", len(records), sets)
	// Names resolve as in the per-exercise report ("Squat (Barbell)" is the squat).
	rep, err := restpause.Auditor{Resolve: history.Resolver(catalog)}.Audit(records, mainLifts)
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
			fmt.Fprintf(w, "    rests on: %s\n", records[i].Summary(unit))
		}
	}
	if names := rep.UnresolvedNames(records); len(names) > 0 {
		fmt.Fprintf(w, "  not judged for suitability (not in the catalog): %s\n", strings.Join(names, ", "))
	}
}

// join lists values by their String, comma-separated.
func join[T fmt.Stringer](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ", ")
}
