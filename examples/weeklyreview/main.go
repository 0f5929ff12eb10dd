// Command weeklyreview follows two lifters for six weeks. Both train squats
// on Monday and Friday, and cable lateral raises and leg extensions on
// Wednesday; in week 4 both bring rest-pause into those two accessories.
// Ana keeps all her straight sets and adds the rest-pause sets on top; Ben
// replaces two of his three straight sets of each with them, and logs in
// pounds. For each lifter it prints the week before and the week after
// per muscle, in sets and reps side by side, what the volume jump says,
// and the weekly review of the guide's checkpoints with its evidence.
//
//	go run ./examples/weeklyreview
//
// Given a workout app's export it reviews the export's last week instead,
// with the same checkpoints (-unit for a file that states no unit, -tz for
// the lifter's time zone):
//
//	go run ./examples/weeklyreview -unit kg ../shared/data/workout-logs/strong/strong.csv
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/review"
	"github.com/repkit/repkit/volume"
)

func main() {
	fs := flag.NewFlagSet("weeklyreview", flag.ExitOnError)
	unit := fs.String("unit", "", "weight unit of an export that states none: kg or lb")
	tz := fs.String("tz", "", "time zone of an export's dates, an IANA name such as Europe/Berlin (default UTC)")
	_ = fs.Parse(os.Args[1:]) // ExitOnError: Parse exits on a bad flag
	var err error
	switch fs.NArg() {
	case 0:
		err = run(os.Stdout)
	case 1:
		err = reviewFile(os.Stdout, fs.Arg(0), *unit, *tz)
	default:
		err = fmt.Errorf("give at most one export file, got %d arguments", fs.NArg())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "weeklyreview:", err)
		os.Exit(1)
	}
}

// reviewFile reviews the last week of an export's training.
func reviewFile(w io.Writer, name, unit, tz string) error {
	var opts history.Options
	if unit != "" {
		u, err := repkit.ParseUnit(unit)
		if err != nil {
			return err
		}
		opts.Unit = u
	}
	if tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			return fmt.Errorf("-tz %q: %w; write an IANA zone name such as Europe/Berlin", tz, err)
		}
		opts.Location = loc
	}
	h, _, err := history.ImportFile(name, opts)
	if err != nil {
		return err
	}
	sorted := h.Sorted()
	if len(sorted) == 0 {
		return fmt.Errorf("%s: no workouts to review", name)
	}
	rv, err := review.Weekly(review.FromHistory(h, history.RecoverOptions{}), sorted[len(sorted)-1].Start, review.Settings{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s; the last week:\n", h.Span())
	printWeek(w, "its primary work", rv.Ledger)
	printReview(w, rv)
	return nil
}

// printReview prints the review's checkpoints with their sentences and
// evidence.
func printReview(w io.Writer, rv review.Review) {
	fmt.Fprintln(w, "  Review of", rv.Week.String()+":")
	for _, it := range rv.Items {
		fmt.Fprintf(w, "  - %s [%s]\n", it.Checkpoint.Guide(), it.Status)
		for _, s := range it.Says {
			fmt.Fprintln(w, "      "+s)
		}
		for _, e := range it.Evidence {
			fmt.Fprintln(w, "      evidence: "+e)
		}
	}
}

// lifter describes one lifter's six weeks.
type lifter struct {
	name string
	unit repkit.Unit
	// keep is the straight sets of each accessory kept from week 4.
	keep int
	// squat, raise and extension loads, in the lifter's unit.
	squat, raise, extension repkit.Load
	// satReps are the reps of the Friday squat top set, weeks 1 to 6.
	friReps [6]int
	// knee is the joint discomfort on the last leg-extension burst,
	// weeks 4 to 6.
	knee [3]int
}

var start = time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC) // a Monday

func (l lifter) log() review.Log {
	log := review.Log{Unit: l.unit}
	add := func(d time.Time, name string, load repkit.Load, reps, sets int) {
		for range sets {
			log.Straight = append(log.Straight, volume.Work{Date: d, Exercise: name, Load: load, Reps: reps})
		}
	}
	for w := range 6 {
		mon := start.AddDate(0, 0, 7*w)
		wed, fri := mon.AddDate(0, 0, 2), mon.AddDate(0, 0, 4)
		add(mon, "Squat (Barbell)", l.squat, 5, 3)
		add(fri, "Squat (Barbell)", l.squat, l.friReps[w], 3)
		sets := 3
		if w >= 3 {
			sets = l.keep
			rest := 20 * time.Second
			log.Records = append(log.Records,
				restpause.Record{
					Date: wed.Add(30 * time.Minute), Exercise: "Cable Lateral Raise", Load: l.raise, Unit: l.unit,
					Activation: restpause.Burst{Reps: 12},
					Bursts:     []restpause.Burst{{Reps: 5, Rest: rest}, {Reps: 4, Rest: rest}},
					Stop:       restpause.Decision{Reason: restpause.StopMaxBursts},
				},
				restpause.Record{
					Date: wed.Add(45 * time.Minute), Exercise: "Leg Extension", Load: l.extension, Unit: l.unit,
					Activation: restpause.Burst{Reps: 15},
					Bursts: []restpause.Burst{{Reps: 6, Rest: rest},
						{Reps: 4, Rest: rest, Signals: restpause.Signals{Discomfort: l.knee[w-3]}}},
					Stop:      restpause.Decision{Reason: restpause.StopMaxBursts},
					Tolerance: restpause.Tolerance{JointDiscomfort: l.knee[w-3], Joint: "right knee"},
				})
		}
		add(wed, "Lateral Raise (Cable)", l.raise, 12, sets)
		add(wed, "Leg Extension", l.extension, 12, sets)
	}
	return log
}

var muscles = []exercise.Muscle{exercise.Shoulders, exercise.Quadriceps}

// printWeek prints the week's primary work of the muscles given, or of
// every muscle some exercise trained first when none is given.
func printWeek(w io.Writer, label string, wt volume.WeekTally, muscles ...exercise.Muscle) {
	fmt.Fprintf(w, "  %s (%s):\n", label, wt.Week)
	if len(muscles) == 0 {
		for _, t := range wt.Muscles {
			if t.Primary.Reps() > 0 { // trained first, not only as a helper
				muscles = append(muscles, t.Muscle)
			}
		}
	}
	for _, m := range muscles {
		t, _ := wt.Muscle(m)
		p := t.Primary
		line := fmt.Sprintf("    %-11s %s", m, plural(p.StraightSets, "straight hard set"))
		if p.RestPause > 0 {
			line += fmt.Sprintf(", %s (%d activation reps, %d burst reps in %s)", plural(p.RestPause, "rest-pause set"), p.Activation, p.BurstReps, plural(p.Bursts, "burst"))
		}
		fmt.Fprintf(w, "%s; %d reps in all\n", line, p.Reps())
	}
}

func plural(n int, s string) string {
	if n == 1 {
		return "1 " + s
	}
	return fmt.Sprintf("%d %ss", n, s)
}

func run(w io.Writer) error {
	// A total of 20-25 reps for each rest-pause set: the Coach adds load
	// at the top and a rep inside it.
	settings := review.Settings{Coach: progression.Coach{Total: repkit.RepRange{Min: 20, Max: 25}}}
	for _, l := range []lifter{
		{name: "Ana", unit: repkit.UnitKilogram, keep: 3, squat: 100 * repkit.Kilogram, raise: 7500 * repkit.Gram, extension: 50 * repkit.Kilogram,
			friReps: [6]int{5, 5, 5, 5, 3, 3}, knee: [3]int{2, 4, 6}},
		{name: "Ben", unit: repkit.UnitPound, keep: 1, squat: 225 * repkit.Pound, raise: 15 * repkit.Pound, extension: 110 * repkit.Pound,
			friReps: [6]int{5, 5, 5, 5, 5, 5}, knee: [3]int{0, 0, 0}},
	} {
		log := l.log()
		before, err := review.Weekly(log, start.AddDate(0, 0, 7*2+4), settings)
		if err != nil {
			return err
		}
		after, err := review.Weekly(log, start.AddDate(0, 0, 7*5+4), settings)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s (%s):\n", l.name, l.unit)
		printWeek(w, "week before rest-pause", before.Ledger, muscles...)
		printWeek(w, "latest week", after.Ledger, muscles...)
		for _, c := range after.Jump.Changes {
			fmt.Fprintln(w, "  "+c.Describe(after.Unit))
		}
		printReview(w, after)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "The review reports what was done. Rest-pause saves time; volume-matched, it has given similar results to straight sets (Enes et al. 2021), so the figures above are work, not growth.")
	return nil
}
