package repkit_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// A first integration, as a stateless app server meets it: plan today,
// take the plan's protocol, run the rest-pause set across requests with
// its state stored in between, keep the finished record, and ask what to
// do next time.
func Example_integration() {
	// 1. Plan: three straight sets of cable flies become one rest-pause set.
	fly, _ := exercise.ByID("cable-fly")
	lifter := fatigue.Lifter{Experience: fatigue.Intermediate}
	plan, err := restpause.Planner{}.Plan(lifter, fatigue.DoseFull, []restpause.PlanEntry{
		{Exercise: fly, Slot: restpause.SlotAccessory, Sets: restpause.StraightSets{Sets: 3, Reps: 15, Rest: 90 * time.Second}},
	})
	if err != nil {
		panic(err)
	}
	item := plan.Items[0]
	fmt.Println("plan:", item.Choice)

	// 2. Protocol: the plan's prescription, registered under its name in
	// the app's own registry so a stored set finds it again.
	protocol := item.Replacement.Protocol()
	var protocols restpause.Protocols
	if err := protocols.Register(protocol); err != nil {
		panic(err)
	}

	// 3. Request 1: start the set, log the activation set, store the state.
	s, err := restpause.NewSession(protocol, restpause.Start{
		Date: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC), Exercise: fly.Name, ExerciseID: fly.ID, Load: 15 * repkit.Kilogram,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("do:", s.Next().Kind, s.Next().Reps, "reps at", s.Next().RPE)
	if err := s.Apply(restpause.Event{Seq: 1, Kind: restpause.StepActivation, Burst: restpause.Burst{Reps: 15, Effort: repkit.AtRPE(8.5)}}); err != nil {
		panic(err)
	}
	stored, err := json.Marshal(s.State())
	if err != nil {
		panic(err)
	}
	fmt.Printf("stored: %s\n", stored)

	// 4. Request 2, maybe on another server: restore, log the bursts (a
	// retried request is a no-op), keep the finished record.
	var st restpause.SessionState
	if err := json.Unmarshal(stored, &st); err != nil {
		panic(err)
	}
	p, err := protocols.Lookup(st.Record.Protocol)
	if err != nil {
		panic(err)
	}
	s, err = restpause.Resume(p, st)
	if err != nil {
		panic(err)
	}
	for seq, reps := range []int{5, 4} {
		fmt.Println("do:", s.Next().Kind, s.Next().Burst, "after", s.Next().Rest)
		e := restpause.Event{Seq: seq + 2, Kind: restpause.StepBurst, Burst: restpause.Burst{Reps: reps, Rest: 20 * time.Second}}
		if err := s.Apply(e); err != nil {
			panic(err)
		}
		if err := s.Apply(e); err != nil { // the same request, retried
			panic(err)
		}
	}
	record := s.Record()
	fmt.Println("done:", record.Stop)

	// 5. Next time: the Coach reads the stored records of the exercise.
	weights, err := progression.KilogramGym().Weights(fly.Equipment)
	if err != nil {
		panic(err)
	}
	coach := progression.Coach{Weights: weights, Total: protocol.TotalRepRange}
	next, err := coach.Decide([]progression.Outing{{Date: record.Date, Load: record.Load, RestPause: []restpause.Record{record}}},
		record.Date.AddDate(0, 0, 7), fatigue.DoseFull)
	if err != nil {
		panic(err)
	}
	fmt.Println("next time:", next)
	// Output:
	// plan: rest-pause
	// do: activation 15 reps at rpe 8-9
	// stored: {"record":{"date":"2026-03-02T18:00:00Z","exercise_id":"cable-fly","exercise":"Cable Fly","protocol":"planned-rest-pause 15 rpe 8-9 + 2x3-5 after 20s","load":"15kg","activation":{"reps":15,"effort":"rpe 8.5"},"stop":{"reason":"continue"}},"activated":true,"seq":1}
	// do: burst 1 after 20s
	// do: burst 2 after 20s
	// done: 2 bursts done, the planned maximum of 2
	// next time: The set totalled 24 reps, inside 21-25: stay at 15kg and aim for 25 total reps.
}
