// Command normalsets is the rest-pause guide's "When normal sets win": a
// lifter learning deadlifts, one rebuilding squat technique and one pushing
// heavy strength work. The planner gives each straight sets with normal
// rest and says why; rest-pause waits for simpler accessory slots.
//
//	go run ./examples/normalsets
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/restpause"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "normalsets:", err)
		os.Exit(1)
	}
}

type story struct {
	who     string
	lifter  fatigue.Lifter
	session []restpause.PlanEntry
}

func entry(id string, slot restpause.Slot, sets, reps int, rest time.Duration) (restpause.PlanEntry, error) {
	ex, ok := exercise.ByID(id)
	if !ok {
		return restpause.PlanEntry{}, fmt.Errorf("catalog lacks %q", id)
	}
	return restpause.PlanEntry{Exercise: ex, Slot: slot, Sets: restpause.StraightSets{Sets: sets, Reps: reps, Rest: rest}}, nil
}

func stories() ([]story, error) {
	type e struct {
		id         string
		slot       restpause.Slot
		sets, reps int
		rest       time.Duration
	}
	raw := []struct {
		who     string
		lifter  fatigue.Lifter
		entries []e
	}{
		{"learning deadlifts", fatigue.Lifter{Experience: fatigue.Beginner}, []e{
			{"deadlift", restpause.SlotMain, 3, 5, 3 * time.Minute},
			{"lat-pulldown", restpause.SlotAccessory, 3, 10, 90 * time.Second},
		}},
		{"rebuilding squat technique", fatigue.Lifter{Experience: fatigue.Intermediate}, []e{
			{"back-squat", restpause.SlotMain, 5, 3, 3 * time.Minute},
			// Squat-pattern practice is part of the technique work: a main slot.
			{"goblet-squat", restpause.SlotMain, 3, 8, 2 * time.Minute},
			{"leg-extension", restpause.SlotAccessory, 3, 15, 45 * time.Second},
		}},
		{"pushing heavy strength work", fatigue.Lifter{Experience: fatigue.Advanced}, []e{
			{"barbell-bench-press", restpause.SlotMain, 5, 3, 4 * time.Minute},
			{"overhead-press", restpause.SlotAccessory, 3, 6, 3 * time.Minute},
			{"machine-chest-press", restpause.SlotAccessory, 3, 12, 2 * time.Minute},
		}},
	}
	var out []story
	for _, r := range raw {
		s := story{who: r.who, lifter: r.lifter}
		for _, x := range r.entries {
			pe, err := entry(x.id, x.slot, x.sets, x.reps, x.rest)
			if err != nil {
				return nil, err
			}
			s.session = append(s.session, pe)
		}
		out = append(out, s)
	}
	return out, nil
}

func run(w io.Writer) error {
	all, err := stories()
	if err != nil {
		return err
	}
	for _, s := range all {
		today, err := fatigue.Assess(s.lifter, fatigue.CheckIn{})
		if err != nil {
			return err
		}
		plan, err := restpause.Planner{}.Plan(s.lifter, today.Dose, s.session)
		if err != nil {
			return err
		}
		// The dose is shown only where the plan uses it: a plan of straight
		// sets alone gives no rest-pause, whatever today's dose would allow.
		usesDose := false
		for _, it := range plan.Items {
			usesDose = usesDose || it.Choice == restpause.ChoiceRestPause
		}
		if usesDose {
			fmt.Fprintf(w, "%s (%s; rest-pause dose today: %s)\n", s.who, s.lifter.Experience, today.Dose)
		} else {
			fmt.Fprintf(w, "%s (%s; no rest-pause planned)\n", s.who, s.lifter.Experience)
		}
		for _, it := range plan.Items {
			fmt.Fprintf(w, "  %s, %s: %s\n", it.Entry.Exercise.Name, it.Entry.Sets, it.Choice)
			for line := range it.Sentences() {
				fmt.Fprintf(w, "    - %s\n", line)
			}
		}
	}
	return nil
}
