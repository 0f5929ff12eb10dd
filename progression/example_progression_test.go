package progression_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// Bench press, 3 x 8-12 in pounds, stopping at least one rep short of
// failure: three sessions of double progression.
func ExampleDoubleProgression() {
	bar, err := progression.StandardBarbell(repkit.UnitPound)
	if err != nil {
		fmt.Println(err)
		return
	}
	dp := progression.DoubleProgression{
		Range: repkit.RepRange{Min: 8, Max: 12}, MinRIR: 1,
		Weights: bar, Unit: repkit.UnitPound,
	}
	p, _ := dp.Start(185*repkit.Pound, 3)
	for _, reps := range [][]int{{12, 11, 10}, {12, 12, 12}, {9, 8, 7}} {
		s := progression.Performance{Load: p.Load}
		for _, r := range reps {
			s.Sets = append(s.Sets, progression.WorkSet{Reps: r, Effort: repkit.AtRPE(8)})
		}
		rec, _ := dp.Next(p, s)
		fmt.Println(rec.Action, "-", rec)
		p = rec.Prescription()
	}
	// Output:
	// add-reps - Every set reached its target within the effort cap: stay at 185lb and aim for 9 reps a set.
	// add-load - Every set reached 12 reps, the top of 8-12: add 5lb, to 190lb, and go back to 8 reps a set.
	// hold - Set 3 reached 7 of 8 reps: stay at 190lb and aim for 8 reps a set again.
}

// DC-style rest-pause on a leg extension stack: activation set plus bursts,
// judged by total reps against 11-15.
func ExampleSumOfReps() {
	stack, err := progression.SelectorStack(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	dc := progression.DCSumOfReps(stack)
	set := func(week int, activation int, bursts ...int) restpause.Record {
		r := restpause.Record{
			Date:     time.Date(2026, 1, 5+7*week, 18, 0, 0, 0, time.UTC),
			Exercise: "leg extension", Load: 60 * repkit.Kilogram,
			Activation: restpause.Burst{Reps: activation},
			Stop:       restpause.Decision{Reason: restpause.StopMaxBursts},
		}
		for _, b := range bursts {
			r.Bursts = append(r.Bursts, restpause.Burst{Reps: b, Rest: 25 * time.Second})
		}
		return r
	}
	history := []restpause.Record{set(0, 8, 3, 2), set(1, 7, 2, 1)}
	rec, _ := dc.Next(history)
	fmt.Println(rec)
	history = append(history, set(2, 10, 4, 3))
	rec, _ = dc.Next(history)
	fmt.Println(rec)
	// Output:
	// The set totalled 10 reps, below 11-15: stay at 60kg; a second session below the range takes load off.
	// The set totalled 17 reps, above 11-15: add 2.5kg, to 62.5kg, and aim for 11-15 again.
}

func ExampleStallRule() {
	bar, err := progression.StandardBarbell(repkit.UnitKilogram)
	if err != nil {
		fmt.Println(err)
		return
	}
	rule := progression.StallRule{Weights: bar, Range: repkit.RepRange{Min: 6, Max: 10}}
	s := func(load repkit.Load, reps int) progression.Performance {
		return progression.Performance{Load: load, Sets: []progression.WorkSet{{Reps: reps}}}
	}
	kg := repkit.Kilogram
	stall, _ := rule.Detect([]progression.Performance{s(120*kg, 6), s(120*kg, 6), s(120*kg, 5), s(120*kg, 6)})
	fmt.Println(stall)
	// Output: No new best in 3 sessions (best 120kg x 6): deload about 10%, from 120kg to 107.5kg, and build back up.
}

func ExampleFormula_Estimate() {
	for _, f := range []progression.Formula{progression.Epley, progression.Brzycki, progression.FormulaRTS} {
		e, _ := f.Estimate(100*repkit.Kilogram, 5)
		fmt.Printf("%s %.1fkg\n", f, e.Kilograms())
	}
	_, err := progression.Epley.Estimate(100*repkit.Kilogram, 15)
	fmt.Println(err)
	// 5 reps with 2 in reserve count as 7 to failure: 81.1%.
	e, _ := progression.EstimateRTS(100*repkit.Kilogram, 5, 2)
	fmt.Printf("rts @8 %.1fkg\n", e.Kilograms())
	// Output:
	// epley 116.7kg
	// brzycki 112.5kg
	// rts 115.9kg
	// progression: reps "15": out of range; epley is valid for 1-10 reps
	// rts @8 123.3kg
}
