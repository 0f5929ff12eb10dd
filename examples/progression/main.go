// Command progression runs a block of training weeks on internal/sim, the
// simulation harness whose year-long properties check progression.Coach:
// a simulated lifter trains a barbell lift in straight sets and a cable row
// as one rest-pause set, twice a week, and the Coach makes the one
// next-time decision for each, session by session (double progression
// over a range inferred from the lifter's sets for the barbell lift; sum
// of reps over DC's 11-15 for the row; with stalls, signals and
// escalation). It prints a table of every session and, with -svg FILE,
// writes a chart of load and reps.
//
//	go run ./examples/progression
//	go run ./examples/progression -weeks 52 -svg /tmp/block.svg
//
// The lifter is internal/sim's Grower: its capacity model (fitness and
// fatigue, reps by Epley read backwards, bursts that decay over short
// rests) is documented in that package. It is a model for checking the
// Coach's rules over many weeks, not physiology, and the block's numbers
// are not a prediction of anyone's progress.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/sim"
	"github.com/repkit/repkit/progression"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "progression:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("progression", flag.ContinueOnError)
	fs.SetOutput(w)
	svgPath := fs.String("svg", "", "write an SVG chart of load and reps per session to this `file`")
	weeks := fs.Int("weeks", 16, "number of weeks in the block")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *weeks < 2 || *weeks > 520 {
		return fmt.Errorf("-weeks %d: give 2 to 520 weeks", *weeks)
	}
	events, err := block(*weeks)
	if err != nil {
		return err
	}
	printTable(w, events)
	if *svgPath != "" {
		f, err := os.Create(*svgPath)
		if err != nil {
			return err
		}
		if err := writeSVG(f, events); err != nil {
			return errors.Join(err, f.Close())
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(w, "\nchart written to %s\n", *svgPath)
	}
	return nil
}

// lifts names the simulated exercises.
var lifts = [...]string{sim.Straight: "Barbell lift", sim.RestPause: "Cable row"}

// block runs the lifter for weeks weeks and returns one Event per session
// that has a next-time decision.
func block(weeks int) ([]sim.Event, error) {
	var loads []repkit.Load
	for l := 2500 * repkit.Gram; l <= 400*repkit.Kilogram; l += 2500 * repkit.Gram {
		loads = append(loads, l)
	}
	steps, err := progression.NewLadder(loads...)
	if err != nil {
		return nil, err
	}
	run, err := sim.Simulate(sim.Grower(), 1, weeks, progression.Coach{Weights: steps})
	if err != nil {
		return nil, err
	}
	return run.Events, nil
}

// reps writes an outing's sets: "9/8/7" for straight sets, "8+3+2" for a
// rest-pause set (the activation set, then each burst).
func reps(o progression.Outing) string {
	var parts []string
	if k := len(o.RestPause); k > 0 {
		r := o.RestPause[k-1]
		parts = append(parts, fmt.Sprint(r.ActivationReps()))
		for _, b := range r.Bursts {
			parts = append(parts, fmt.Sprint(b.Reps))
		}
		return strings.Join(parts, "+")
	}
	for _, s := range o.Sets {
		parts = append(parts, fmt.Sprint(s.Reps))
	}
	return strings.Join(parts, "/")
}

// loadOf is the load an outing was judged at.
func loadOf(o progression.Outing) repkit.Load {
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].Load
	}
	return o.Load
}

func printTable(w io.Writer, events []sim.Event) {
	fmt.Fprintln(w, "A simulated lifter (internal/sim's Grower), twice a week: a barbell lift in three straight sets,")
	fmt.Fprintln(w, "and a cable row as one rest-pause set (sum of reps, DC's 11-15), on 2.5 kg steps.")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-4s %-3s  %-14s  %-8s %-9s  %-16s %s\n", "week", "day", "lift", "load", "reps", "next", "load")
	var variation [len(lifts)]int // how many times each lift was changed for a variation
	for _, e := range events {
		name, next := lifts[e.Exercise], e.Next.Load.Display(repkit.UnitKilogram)
		if v := variation[e.Exercise]; v > 0 {
			name = fmt.Sprintf("%s %c", name, 'A'+v) // the variation the lifter switched to
		}
		if e.Next.Action == progression.ActionChangeExercise {
			next = "-" // a variation starts from its own load
			variation[e.Exercise]++
		}
		fmt.Fprintf(w, "%-4d %-3d  %-14s  %-8s %-9s  %-16s %s\n",
			e.Week+1, e.Day+1, name, loadOf(e.Outing).Display(repkit.UnitKilogram), reps(e.Outing), e.Next.Action, next)
	}
	fmt.Fprintln(w)
	for ex := len(lifts) - 1; ex >= 0; ex-- {
		for i := len(events) - 1; i >= 0; i-- {
			if e := events[i]; e.Exercise == ex {
				fmt.Fprintf(w, "%s, week %d -> %s\n", lifts[ex], e.Week+1, e.Next)
				break
			}
		}
	}
}
