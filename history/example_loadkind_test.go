package history_test

import (
	"fmt"
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/history"
)

// A pound-based lifter's Strong export with an assisted pull-up at 50,
// 40 and 30 lb of help, weighted dips and push-ups: the import knows
// what each load means, and the top set of the assisted pull-up is the
// one with the least help.
func ExampleTopSet() {
	const export = `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
"2024-04-01 18:00:00";"Pull";"Pull Up (Assisted)";"1";"50";"lbs";"10";"";"";"";"";"";"";"1h"
"2024-04-01 18:00:00";"Pull";"Pull Up (Assisted)";"2";"40";"lbs";"8";"";"";"";"";"";"";"1h"
"2024-04-01 18:00:00";"Pull";"Pull Up (Assisted)";"3";"30";"lbs";"6";"";"";"";"";"";"";"1h"
"2024-04-01 18:00:00";"Pull";"Chest Dip (Weighted)";"1";"25";"lbs";"8";"";"";"";"";"";"";"1h"
"2024-04-01 18:00:00";"Pull";"Chest Dip (Weighted)";"2";"45";"lbs";"5";"";"";"";"";"";"";"1h"
"2024-04-01 18:00:00";"Pull";"Push Up";"1";"0";"lbs";"15";"";"";"";"";"";"";"1h"
"2024-04-01 18:00:00";"Pull";"Push Up";"2";"0";"lbs";"12";"";"";"";"";"";"";"1h"
`
	h, _, err := history.Import(strings.NewReader(export), history.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range h.Workouts[0].Exercises {
		i, _ := e.TopSet()
		s := e.Sets[i]
		fmt.Printf("%-20s top set %s x %d\n", e.Name, lifted(e.LoadKind, s.Load), s.Reps)
	}
	// Output:
	// Pull Up (Assisted)   top set body weight less 30lb of help x 6
	// Chest Dip (Weighted) top set body weight + 45lb x 5
	// Push Up              top set body weight x 15
}

// lifted says a load as the lifter reads it, in pounds.
func lifted(k repkit.LoadKind, l repkit.Load) string {
	switch {
	case k == repkit.LoadAssisted && l > 0:
		return "body weight less " + l.Format(repkit.UnitPound) + " of help"
	case k != repkit.LoadExternal && l == 0:
		return "body weight"
	case k == repkit.LoadBodyweight:
		return "body weight + " + l.Format(repkit.UnitPound)
	}
	return l.Format(repkit.UnitPound)
}
