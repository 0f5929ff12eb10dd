package review_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/review"
	"github.com/repkit/repkit/volume"
)

// lifter logs three weeks of 3 x 12 cable lateral raises at 7.5 kg on
// Mondays, then three weeks with a rest-pause set of 12+5+4 at 7.5 kg on
// Thursdays and keep straight sets on Mondays. The rest-pause set
// has the joint discomfort levels given, one a week.
func lifter(keep int, discomfort []int) review.Log {
	log := review.Log{Unit: repkit.UnitKilogram}
	monday := time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC)
	load := 7500 * repkit.Gram
	for w := range 6 {
		d := monday.AddDate(0, 0, 7*w)
		sets := 3
		if w >= 3 {
			sets = keep
			log.Records = append(log.Records, restpause.Record{
				Date: d.AddDate(0, 0, 3), Exercise: "Cable Lateral Raise", Load: load, Unit: repkit.UnitKilogram,
				Activation: restpause.Burst{Reps: 12},
				Bursts: []restpause.Burst{
					{Reps: 5, Rest: 20 * time.Second},
					{Reps: 4, Rest: 20 * time.Second, Signals: restpause.Signals{Discomfort: discomfort[w-3]}},
				},
				Stop: restpause.Decision{Reason: restpause.StopMaxBursts},
			})
		}
		for range sets {
			log.Straight = append(log.Straight, volume.Work{Date: d, Exercise: "Lateral Raise (Cable)", Load: load, Reps: 12})
		}
	}
	return log
}

// Two lifters bring a rest-pause set of cable lateral raises into their
// program. One keeps all three straight sets and adds it on top; the
// other replaces two of them. The weekly ledger shows the difference in
// sets and reps side by side, and the review says what to do next.
func Example() {
	asOf := time.Date(2025, 4, 10, 20, 0, 0, 0, time.UTC) // the Thursday of the sixth week
	for _, who := range []struct {
		name string
		log  review.Log
	}{
		{"Adds on top", lifter(3, []int{0, 0, 0})},
		{"Replaces", lifter(1, []int{0, 0, 0})},
	} {
		rv, err := review.Weekly(who.log, asOf, review.Settings{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(who.name + ":")
		for _, c := range rv.Jump.Changes {
			fmt.Println(" ", c.Describe(rv.Unit))
		}
		for _, it := range rv.Items {
			fmt.Printf("  %s (%s): %s\n", it.Checkpoint, it.Status, it.Says[0])
		}
	}
	// Output:
	// Adds on top:
	//   shoulders from 2025-W13: 3 straight hard sets, 36 reps and 270kg volume load a week before (3 weeks); 3 straight hard sets, 1 rest-pause set (12 activation reps, 2 bursts of 9 reps in all), 57 reps and 428kg volume load a week after (3 weeks), reps up 58%: rest-pause was added on top.
	//   setup (ok): The setup held this week: no setup friction or early technique signal of note, and the same protocol and rest as before.
	//   progression (ok): Cable Lateral Raise: The set totalled 21 reps, above 11-15: add 2.5kg, to 10kg, and aim for 11 total reps. 2 steps, because the total was far above the range (one more per range width above it, within the cap).
	//   common-mistakes (attention): Rest-pause added everywhere: replace a small amount of accessory volume instead, one or two exercises a session.
	//   recovery (no-data): No main lift was logged before and after this week's rest-pause days, so recovery cannot be judged from the log.
	//   simplify-or-switch (ok): Tolerance and progress are not the main story this week.
	// Replaces:
	//   shoulders from 2025-W13: 3 straight hard sets, 36 reps and 270kg volume load a week before (3 weeks); 1 straight hard set, 1 rest-pause set (12 activation reps, 2 bursts of 9 reps in all), 33 reps and 248kg volume load a week after (3 weeks), reps down 8%: rest-pause replaced straight work.
	//   setup (ok): The setup held this week: no setup friction or early technique signal of note, and the same protocol and rest as before.
	//   progression (ok): Cable Lateral Raise: The set totalled 21 reps, above 11-15: add 2.5kg, to 10kg, and aim for 11 total reps. 2 steps, because the total was far above the range (one more per range width above it, within the cap).
	//   common-mistakes (ok): None of the guide's common mistakes shows this week.
	//   recovery (no-data): No main lift was logged before and after this week's rest-pause days, so recovery cannot be judged from the log.
	//   simplify-or-switch (ok): Tolerance and progress are not the main story this week.
}
