package main

import (
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
)

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	exampletest.Contains(t, out,
		"Bench press: 3 x 6 at 80kg, 3 min rest",
		"  activation set, aim for rpe 8-9: did 11 reps (rir 1)\n",
		"  rest 15s-30s (took 20s), burst 1: did 5 reps\n",
		"  rest 15s-30s (took 25s), burst 3: did 2 reps\n",
		// Burst 3 both shortened its range and fell to 2 reps; the technique
		// guard is asked first, so the range is what the lifter is told.
		"  set ended: burst 3: the range of motion shortened, so the set ended there\n",
		// 11+5+4+2 = 22 reps; 55 kg x 22 = 1210 kg; 33+20+15+25+12+25+6 = 136 s.
		"  total 22 reps (11 + 11 in bursts), volume 1210kg, 2m16s including rests, 9.7 reps/min\n",
		// The note the lifter set is printed, not only stored.
		"  note: shoulders fine; range shortened on the last burst\n",
		// 22 is inside 20-25: hold the load and beat the total.
		"  next session: The set totalled 22 reps, inside 20-25: stay at 55kg and beat 22 next time.\n",
	)
	// The set has ended at burst 3: no burst is run after it.
	exampletest.Lacks(t, out, "burst 4")
}
