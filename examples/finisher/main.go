// Command finisher runs a chest day the way the rest-pause guide suggests:
// straight-set bench press with normal rest for the main lift, then one
// machine chest press rest-pause finisher. A scripted lifter plays the
// sets; the program prints each step, why the finisher ended, the lifter's
// note and what to load next time.
//
//	go run ./examples/finisher
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "finisher:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	// The scripted lifter: what they do when asked for each entry of the
	// finisher, the activation set and then bursts.
	scripted := []restpause.Burst{
		{Reps: 11, Effort: repkit.AtRIR(1)},
		{Reps: 5, Rest: 20 * time.Second, Effort: repkit.AtRIR(1)},
		{Reps: 4, Rest: 25 * time.Second, Effort: repkit.AtRIR(1)},
		{Reps: 2, Rest: 25 * time.Second, Effort: repkit.AtRIR(1), Signals: restpause.Signals{RangeShortened: true}},
		{Reps: 2, Rest: 25 * time.Second}, // never reached: the set has ended
	}

	day := time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC)

	// Main lift: straight sets with normal rest, which rest-pause leaves alone.
	fmt.Fprintln(w, "Bench press: 3 x 6 at 80kg, 3 min rest between sets (normal sets for the main lift)")
	for i, reps := range []int{6, 6, 5} {
		fmt.Fprintf(w, "  set %d: %d reps\n", i+1, reps)
	}

	// Finisher: machine chest press, rest-pause with the guide's defaults.
	p := restpause.DefaultProtocol()
	s, err := restpause.NewSession(p, restpause.Start{
		Date: day.Add(25 * time.Minute), ExerciseID: "machine-chest-press",
		Exercise: "machine chest press", Load: 55 * repkit.Kilogram,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nMachine chest press 55kg, rest-pause finisher (%s)\n", p.Name)
	for _, b := range scripted {
		step := s.Next()
		if step.Kind == restpause.StepDone {
			break
		}
		switch step.Kind {
		case restpause.StepActivation:
			fmt.Fprintf(w, "  activation set, aim for %s: did %d reps (%s)\n", step.RPE, b.Reps, b.Effort)
			err = s.LogActivation(b)
		case restpause.StepBurst:
			fmt.Fprintf(w, "  rest %s (took %s), burst %d: did %d reps\n", step.Rest, b.Rest, step.Burst, b.Reps)
			err = s.LogBurst(b)
		}
		if err != nil {
			return err
		}
	}
	s.SetNotes("shoulders fine; range shortened on the last burst")
	r := s.Record()
	fmt.Fprintf(w, "  set ended: %s\n", r.Stop)
	fmt.Fprintf(w, "  total %d reps (%d + %d in bursts), volume %s, %s including rests, %.1f reps/min\n",
		r.TotalReps(), r.ActivationReps(), r.BurstReps(), r.VolumeLoad(), r.Elapsed(), r.Density())
	fmt.Fprintf(w, "  note: %s\n", r.Notes)

	// Next time: the finisher's total reps against its target range, on the
	// machine's selector stack (5 kg pins, a 2.5 kg add-on). 20-25 total reps is this program's
	// choice for a finisher that stands in for two sets of 10-12.
	stack, err := progression.SelectorStack(repkit.UnitKilogram)
	if err != nil {
		return err
	}
	next, err := progression.SumOfReps{
		Total:   repkit.RepRange{Min: 20, Max: 25},
		Weights: stack,
	}.Next([]restpause.Record{r})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  next session: %s\n", next)
	return nil
}
