package fatigue_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
)

// A lifter who slept six hours and is dieting hard gets a reduced dose.
func ExampleAssess() {
	lifter := fatigue.Lifter{Experience: fatigue.Intermediate}
	today := fatigue.CheckIn{Sleep: 6 * time.Hour, Dieting: fatigue.ConcernMild}
	a, err := fatigue.Assess(lifter, today)
	if err != nil {
		panic(err)
	}
	fmt.Println("dose:", a.Dose)
	for s := range a.Sentences() {
		fmt.Println("-", s)
	}
	// Output:
	// dose: reduced
	// - You are short on sleep, which should lower the dose of intensifiers such as rest-pause.
	// - You are dieting hard, which should lower the dose of intensifiers.
}

// A screened condition rules intensifiers out and asks for a referral.
func ExampleAssess_screened() {
	lifter := fatigue.Lifter{
		Experience: fatigue.Advanced,
		Conditions: fatigue.ConditionsOf(fatigue.NeurologicalSymptoms),
	}
	a, _ := fatigue.Assess(lifter, fatigue.CheckIn{})
	fmt.Println("dose:", a.Dose, "referral:", a.Referral())
	for s := range a.Sentences() {
		fmt.Println("-", s)
	}
	// Output:
	// dose: none referral: true
	// - A condition you reported should change the plan with qualified guidance: no intensifiers until then.
	// - Numbness, tingling, weakness or other nerve symptoms deserve qualified help.
}

// Squat e1RMs a few percent down over three weeks, with rest-pause still in
// the program: take it out before rewriting anything else.
func ExampleMonitor_Check() {
	day := func(d int) time.Time { return time.Date(2026, 5, d, 0, 0, 0, 0, time.UTC) }
	const kg = repkit.Kilogram
	h := fatigue.TrainingLog{
		Measures: []fatigue.Measure{
			{Date: day(1), Lift: "squat", E1RM: 150 * kg}, {Date: day(5), Lift: "squat", E1RM: 152 * kg},
			{Date: day(8), Lift: "squat", E1RM: 149 * kg}, // baseline median 150 kg
			{Date: day(26), Lift: "squat", E1RM: 141 * kg}, {Date: day(29), Lift: "squat", E1RM: 140 * kg},
			{Date: day(31), Lift: "squat", E1RM: 142 * kg}, // recent median 141 kg
		},
		Notes: []fatigue.Note{{Date: day(29), RestPause: true}, {Date: day(31), RestPause: true}},
	}
	a, err := fatigue.Monitor{}.Check(day(31), h)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s: %v -> %v (%.0f%% drop)\n", a.Lift, a.BaselineE1RM, a.RecentE1RM, 100*a.Drop)
	fmt.Println(a.Response)
	for s := range a.Sentences() {
		fmt.Println("-", s)
	}
	// Output:
	// squat: 150kg -> 141kg (6% drop)
	// remove-rest-pause
	// - Remove rest-pause work first, before rewriting the whole program: go back to straight sets with normal rest.
	// - A main lift's estimated 1RM is dropping against its recent baseline.
}

// Seven weeks of DC blast, the last hard session on 19 April: time to plan
// the cruise, complete 10 to 14 days after that session.
func ExampleBlastCruise_Status() {
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	var notes []fatigue.Note
	for d := 0; d <= 49; d += 2 {
		notes = append(notes, fatigue.Note{Date: start.AddDate(0, 0, d), RestPause: true})
	}
	c, err := fatigue.BlastCruise{}.Status(start.AddDate(0, 0, 50), notes)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s after %.1f weeks\n", c.Phase, c.Blast.Hours()/24/7)
	fmt.Println(c.Phase.Sentence())
	fmt.Println("cruise complete between", c.CruiseFrom.Format(time.DateOnly), "and", c.CruiseBy.Format(time.DateOnly))
	// Output:
	// cruise-soon after 7.1 weeks
	// The blast has run its minimum: plan 10-14 days with no rest-pause and nothing to failure soon.
	// cruise complete between 2026-04-29 and 2026-05-03
}
