// Command progression runs a 16-week block against a simple, deterministic
// lifter model: a bench press in straight sets and a cable lateral raise as
// one rest-pause set a week, each decided week by week by
// progression.Coach, the one decision per exercise that internal/sim's
// year-long properties check (double progression over 8-12 for the bench,
// sum of reps over DC's 11-15 for the raise, with stalls, signals and
// escalation). It prints a weekly table and, with -svg FILE, writes a
// chart of load and reps per week.
//
//	go run ./examples/progression
//	go run ./examples/progression -svg /tmp/block.svg
//
// The lifter model is a toy, written here so that the run is reproducible:
// the lifter's strength grows a little each week, reps follow from the load
// by the inverse of Epley's formula, each straight set loses a rep to
// fatigue, and the rest-pause set is DC's (the activation set and 2 bursts
// to failure) with bursts of about a third of the activation set. It is not a physiology model
// and the block's numbers are not a prediction of anyone's progress.
package main

import (
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
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "progression:", err)
		os.Exit(1)
	}
}

// week is one row of the block: what was done and what comes next.
type week struct {
	n int

	bench     progression.Performance
	benchNext progression.NextTime

	raise     restpause.Record
	raiseNext progression.NextTime
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("progression", flag.ContinueOnError)
	fs.SetOutput(w)
	svgPath := fs.String("svg", "", "write an SVG chart of load and reps per week to this `file`")
	weeks := fs.Int("weeks", 16, "number of weeks in the block")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *weeks < 1 || *weeks > 520 {
		return fmt.Errorf("-weeks %d: must be 1 to 520", *weeks)
	}
	rows, err := block(*weeks)
	if err != nil {
		return err
	}
	printTable(w, rows)
	if *svgPath != "" {
		f, err := os.Create(*svgPath)
		if err != nil {
			return err
		}
		if err := writeSVG(f, rows); err != nil {
			return errors.Join(err, f.Close())
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(w, "\nchart written to %s\n", *svgPath)
	}
	return nil
}

const kg = repkit.Kilogram

// lifter is the toy model: an estimated 1RM per lift that grows each week.
type lifter struct {
	bench, raise float64 // kg
}

// repsToFailure inverts Epley's formula: the reps at which load is the
// lifter's max, floored.
func repsToFailure(e1RM float64, load repkit.Load) int {
	l := load.Kilograms()
	if l <= 0 {
		return 0
	}
	return max(0, int(30*(e1RM/l-1)))
}

// benchSession: three sets stopping one rep short of failure, never past the
// top of the range, each set a rep worse than the one before.
func (m lifter) benchSession(p progression.Prescription, top int) progression.Performance {
	s := progression.Performance{Load: p.Load}
	failure := repsToFailure(m.bench, p.Load)
	for i := range p.Sets {
		reps := max(0, min(top, failure-1-i))
		rir := repkit.RIR(min(10, max(0, failure-i-reps)))
		s.Sets = append(s.Sets, progression.WorkSet{Reps: reps, Effort: repkit.AtRIR(rir)})
	}
	return s
}

// raiseSet runs one DC rest-pause set (restpause.DC: the activation set
// and 2 bursts, each to failure, 20-30 s apart): the activation set to
// failure, then bursts of about a third of it, one rep shorter each time.
// A burst that would not make a single rep is not a mini-set: the lifter
// ends the set instead of logging 0 reps.
func (m lifter) raiseSet(date time.Time, load repkit.Load) (restpause.Record, error) {
	s, err := restpause.NewSession(restpause.DC(), restpause.Start{
		Date: date, ExerciseID: "cable-lateral-raise", Exercise: "cable lateral raise", Load: load,
	})
	if err != nil {
		return restpause.Record{}, err
	}
	act := repsToFailure(m.raise, load)
	if err := s.LogActivation(restpause.Burst{Reps: act, Effort: repkit.AtRIR(0)}); err != nil {
		return restpause.Record{}, err
	}
	for i := 0; !s.Ended(); i++ {
		reps := act/3 - i
		if reps < 1 {
			if err := s.End(); err != nil {
				return restpause.Record{}, err
			}
			break
		}
		if err := s.LogBurst(restpause.Burst{Reps: reps, Rest: 25 * time.Second, Effort: repkit.AtRIR(0)}); err != nil {
			return restpause.Record{}, err
		}
	}
	return s.Record(), nil
}

func block(weeks int) ([]week, error) {
	gym := progression.KilogramGym()
	bar, err := gym.Weights(exercise.Barbell)
	if err != nil {
		return nil, err
	}
	cable, err := gym.Weights(exercise.Cable)
	if err != nil {
		return nil, err
	}
	bench := progression.Coach{
		Weights: bar,
		Range:   repkit.RepRange{Min: 8, Max: 12}, MinRIR: 1,
	}
	raise := progression.Coach{Weights: cable, Total: repkit.RepRange{Min: 11, Max: 15}}
	p := progression.Prescription{Load: 70 * kg, Reps: 8, Sets: 3}
	raiseLoad := 6250 * repkit.Gram
	m := lifter{bench: 100, raise: 11}
	start := time.Date(2026, 1, 5, 18, 0, 0, 0, time.UTC)
	var rows []week
	var benchLog, raiseLog []progression.Outing
	for n := 1; n <= weeks; n++ {
		date, next := start.AddDate(0, 0, 7*(n-1)), start.AddDate(0, 0, 7*n)
		row := week{n: n, bench: m.benchSession(p, bench.Range.Max)}
		benchLog = append(benchLog, progression.Outing{Date: date, Load: row.bench.Load, Sets: row.bench.Sets, Want: p})
		var err error
		if row.benchNext, err = bench.Decide(benchLog, next, fatigue.DoseUnknown); err != nil {
			return nil, fmt.Errorf("week %d bench: %w", n, err)
		}
		if row.raise, err = m.raiseSet(date, raiseLoad); err != nil {
			return nil, fmt.Errorf("week %d lateral raise: %w", n, err)
		}
		raiseLog = append(raiseLog, progression.Outing{Date: date, Load: raiseLoad, RestPause: []restpause.Record{row.raise}})
		if row.raiseNext, err = raise.Decide(raiseLog, next, fatigue.DoseUnknown); err != nil {
			return nil, fmt.Errorf("week %d lateral raise: %w", n, err)
		}
		if row.raiseNext.Action == progression.ActionChangeExercise {
			raiseLog = raiseLog[:0] // a new exercise starts a new log
		}
		rows = append(rows, row)
		p = progression.Prescription{Load: row.benchNext.Load, Reps: max(row.benchNext.Reps, bench.Range.Min), Sets: 3}
		raiseLoad = row.raiseNext.Load
		m.bench += 0.5
		m.raise += 0.15
	}
	return rows, nil
}

func setReps(s progression.Performance) string {
	parts := make([]string, len(s.Sets))
	for i, set := range s.Sets {
		parts[i] = fmt.Sprint(set.Reps)
	}
	return strings.Join(parts, "/")
}

func burstReps(r restpause.Record) string {
	parts := []string{fmt.Sprint(r.ActivationReps())}
	for _, b := range r.Bursts {
		parts = append(parts, fmt.Sprint(b.Reps))
	}
	return strings.Join(parts, "+")
}

func printTable(w io.Writer, rows []week) {
	fmt.Fprintln(w, "Bench press: 3 x 8-12 at 1 RIR or more, progression that follows the lifter, 20 kg bar with 1.25 kg plates.")
	fmt.Fprintln(w, "Cable lateral raise: one DC rest-pause set (activation and 2 bursts, to failure), sum of reps 11-15, 2.5 kg pins with a 1.25 kg add-on.")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-4s  %-9s %-9s %-13s  %-9s %-10s %-5s %s\n",
		"week", "bench", "reps", "next", "raise", "reps", "total", "next")
	for _, r := range rows {
		fmt.Fprintf(w, "%-4d  %-9s %-9s %-13s  %-9s %-10s %-5d %s\n",
			r.n, r.bench.Load, setReps(r.bench), r.benchNext.Action,
			r.raise.Load, burstReps(r.raise), r.raise.TotalReps(), r.raiseNext.Action)
	}
	last := rows[len(rows)-1]
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Bench, week", last.n, "->", last.benchNext)
	fmt.Fprintln(w, "Lateral raise, week", last.n, "->", last.raiseNext)
}
