package history_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/history"
)

// A lifter moves from Strong. Strong's export has no weight unit, so the app
// asks, and passes it in.
func ExampleImport() {
	const export = `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2024-03-04 18:00:00,"Push",1h,"Lateral Raise (Cable)",W,5,15,0,0,"",,
2024-03-04 18:00:00,"Push",1h,"Lateral Raise (Cable)",1,10,15,0,0,,,9
2024-03-04 18:00:00,"Push",1h,"Lateral Raise (Cable)",2,10,12,0,0,,,
`
	if _, _, err := history.Import(strings.NewReader(export), history.Options{}); err != nil {
		fmt.Println(err)
	}
	h, _, err := history.Import(strings.NewReader(export), history.Options{Unit: repkit.UnitPound})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range h.Workouts[0].Exercises[0].Sets {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s %s x%d %s", s.Kind, s.Load.Format(repkit.UnitPound), s.Reps, s.Effort)))
	}
	// Output:
	// history: weight unit "": the file's weights carry no unit; choose kg or lb for this file
	// warmup 5lb x15
	// working 10lb x15 rpe 9
	// working 10lb x12
}

// A Hevy user logged rest-pause bursts as drop sets at the same weight.
// Recover rebuilds the rest-pause set and says why.
func ExampleRecover() {
	const export = `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
"Legs","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Leg Extension (Machine)",,"",0,"normal",50,14,,,
"Legs","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Leg Extension (Machine)",,"",1,"dropset",50,5,,,
"Legs","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Leg Extension (Machine)",,"",2,"normal",50,12,,,
`
	h, _, err := history.Import(strings.NewReader(export), history.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range history.Recover(h, history.RecoverOptions{}) {
		fmt.Println(r.Explain())
		fmt.Println("total reps:", r.Record.TotalReps())
	}
	// Output:
	// Leg Extension (Machine) on 2026-03-13: sets 1-2 at 50kg (14+5 reps) read as one rest-pause set because burst 1: it is logged as a drop set at the same load
	// total reps: 19
}

// A malformed row is reported with its line and column; in lenient mode the
// rows around it are kept.
func ExampleOptions_lenient() {
	const export = `Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment
2022-08-01,Curl,Arms,10,12,,,,
2022-08-01,Curl,Arms,ten,12,,,,
2022-08-01,Curl,Arms,10,10,,,,
`
	h, skipped, err := history.Import(strings.NewReader(export), history.Options{Lenient: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(h.Workouts[0].Exercises[0].Sets), "sets kept")
	for _, e := range skipped {
		fmt.Println(e)
	}
	// Output:
	// 2 sets kept
	// history: line 3: Weight (kgs) "ten": invalid syntax; write a plain decimal number, such as 82.5
}

// Any history writes out as repkit's CSV, which reads back the same.
func ExampleWriteCSV() {
	h := []history.Workout{{Name: "Arms", Exercises: []history.ExerciseLog{{
		Name: "Cable Curl",
		Sets: []history.Set{{Kind: history.KindWorking, Load: 225 * repkit.Pound / 10, Reps: 12}},
	}}}}
	if err := history.WriteCSV(os.Stdout, h); err != nil {
		fmt.Println(err)
	}
	// Output:
	// workout,start,end,duration,workout_name,workout_notes,entry,exercise,exercise_notes,superset,set,kind,load,reps,target_reps,effort,set_duration,distance,rest,notes,line,load_kind
	// 1,,,,Arms,,1,Cable Curl,,,1,working,10.205828325kg,12,,,,,,,,external
}

// A pound lifter who started in kilograms: Strong's semicolon export
// states the unit on every row, and the History takes the latest, so every
// sentence is in pounds without the app asking.
func ExampleHistory_DisplayUnit() {
	const export = `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
"2026-01-05 18:00:00";"Arms";"Bicep Curl (Dumbbell)";"1";"12,5";"kg";"12";"";"";"";"";"";"";"40m"
"2026-02-02 18:00:00";"Arms";"Bicep Curl (Dumbbell)";"1";"27,5";"lbs";"12";"";"";"";"";"";"";"40m"
"2026-02-02 18:00:00";"Arms";"Bicep Curl (Dumbbell)";"Rest Timer";"";"";"";"";"";"";"20";"";"";"40m"
"2026-02-02 18:00:00";"Arms";"Bicep Curl (Dumbbell)";"2";"27,5";"lbs";"4";"";"";"";"";"";"";"40m"
`
	h, _, err := history.Import(strings.NewReader(export), history.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	u := h.DisplayUnit()
	fmt.Println("unit:", u)
	for _, w := range h.Workouts {
		s := w.Exercises[0].Sets[0]
		fmt.Println(w.Start.Format("2006-01-02"), s.Load.Display(u), "x", s.Reps)
	}
	for _, r := range history.Recover(h, history.RecoverOptions{}) {
		fmt.Println(r.Explain())
	}
	// Output:
	// unit: lb
	// 2026-01-05 27.56lb x 12
	// 2026-02-02 27.5lb x 12
	// Bicep Curl (Dumbbell) on 2026-02-02: sets 1-2 at 27.5lb (12+4 reps) read as one rest-pause set because burst 1: the rest timer before it was 20s and it fell well short of the first set's reps
}
