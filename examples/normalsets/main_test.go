package main

import (
	"strings"
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
)

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	exampletest.Contains(t, out,
		// The beginner's plan has no rest-pause, so no dose is claimed for it.
		"learning deadlifts (beginner; no rest-pause planned)\n",
		"rebuilding squat technique (intermediate; rest-pause dose today: full)\n",
		"pushing heavy strength work (advanced; rest-pause dose today: full)\n",
		"Barbell Deadlift, 3 x 5 at 3m0s rest: straight-sets\n    - Barbell Deadlift: straight sets first: beginners",
		// A beginner's accessory keeps straight sets too: straight sets first.
		"Lat Pulldown, 3 x 10 at 1m30s rest: straight-sets\n    - Lat Pulldown: straight sets first: beginners",
		"Barbell Back Squat, 5 x 3 at 3m0s rest: straight-sets",
		"Goblet Squat, 3 x 8 at 2m0s rest: straight-sets",
		"Barbell Bench Press, 5 x 3 at 4m0s rest: straight-sets",
		"Overhead Press, 3 x 6 at 3m0s rest: straight-sets\n    - Overhead Press: straight sets with normal rest: this exercise does not suit rest-pause.",
		// The 45 s straight sets are replaced, so their short rests are
		// not flagged.
		"Leg Extension, 3 x 15 at 45s rest: rest-pause",
		// By hand: 36 reps * 3 s + 2 * 120 s = 5m48s; 12 + 2 * 4 = 20 reps,
		// 20 * 3 s + 2 * 20 s = 1m40s.
		"Machine Chest Press: replace 3 x 12 at 2m0s rest (36 reps, about 5m48s) with one set of 12 at rpe 8-9 and 2 short bursts of 3-4 reps after 20s rests (at most 20 reps, about 1m40s): saves about 4m8s.",
	)
	exampletest.Lacks(t, out, "dose reduced")
	// No main lift gets rest-pause in any story.
	for _, line := range strings.Split(out, "\n") {
		for _, main := range []string{"Deadlift,", "Back Squat,", "Bench Press,", "Goblet Squat,", "Overhead Press,"} {
			if strings.Contains(line, main) && strings.HasSuffix(line, "rest-pause") {
				t.Errorf("main lift given rest-pause: %q", line)
			}
		}
	}
}
