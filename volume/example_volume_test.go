package volume_test

import (
	"fmt"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/volume"
)

// A lifter does 3 x 10 leg curls at 40 kg on Tuesdays for two weeks, then
// swaps two of the sets for a rest-pause set of 12+4+3. The ledger counts
// sets and reps side by side, and the jump says the rest-pause set
// replaced straight work.
func ExampleCount() {
	tue := time.Date(2025, 5, 6, 18, 0, 0, 0, time.UTC)
	var log []volume.Work
	for w := range 4 {
		d := tue.AddDate(0, 0, 7*w)
		sets := 3
		if w >= 2 {
			sets = 1
			log = append(log, volume.Work{Date: d, Exercise: "Lying Leg Curl", Load: 40 * repkit.Kilogram, RestPause: true, Reps: 12, Bursts: []int{4, 3}})
		}
		for range sets {
			log = append(log, volume.Work{Date: d, Exercise: "Lying Leg Curl", Load: 40 * repkit.Kilogram, Reps: 10})
		}
	}
	l, err := volume.Count(log, volume.Counting{Unit: repkit.UnitKilogram})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, wk := range l.Weeks {
		h, _ := wk.Muscle(exercise.Hamstrings)
		p := h.Primary
		fmt.Printf("%s: straight hard sets %d, rest-pause sets %d (bursts %d), reps %d, volume load %s\n",
			wk.Week, p.StraightSets, p.RestPause, p.Bursts, p.Reps(), p.Volume.Display(l.Unit))
	}
	j, _, _ := l.Jump(2)
	fmt.Println(j.Changes[0].Describe(l.Unit))
	// Output:
	// 2025-W19: straight hard sets 3, rest-pause sets 0 (bursts 0), reps 30, volume load 1200kg
	// 2025-W20: straight hard sets 3, rest-pause sets 0 (bursts 0), reps 30, volume load 1200kg
	// 2025-W21: straight hard sets 1, rest-pause sets 1 (bursts 2), reps 29, volume load 1160kg
	// 2025-W22: straight hard sets 1, rest-pause sets 1 (bursts 2), reps 29, volume load 1160kg
	// hamstrings from 2025-W21: 3 straight hard sets, 30 reps and 1200kg volume load a week before (2 weeks); 1 straight hard set, 1 rest-pause set (12 activation reps, 2 bursts of 7 reps in all), 29 reps and 1160kg volume load a week after (2 weeks), reps down 3%: rest-pause replaced straight work.
}
