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
		"Barbell Deadlift, 3 x 5 at 3m0s rest: straight-sets\n    - Barbell Deadlift: main lifts keep normal rest",
		// A beginner's accessory keeps straight sets too: straight sets first.
		"Lat Pulldown, 3 x 10 at 1m30s rest: straight-sets\n    - Lat Pulldown: straight sets first: beginners",
		"Barbell Back Squat, 5 x 3 at 3m0s rest: straight-sets",
		"Goblet Squat, 3 x 8 at 2m0s rest: straight-sets",
		"Barbell Bench Press, 5 x 3 at 4m0s rest: straight-sets",
		"Overhead Press, 3 x 6 at 3m0s rest: straight-sets\n    - Overhead Press: straight sets with normal rest: this exercise does not suit rest-pause.",
		// A 45 s straight-set rest is flagged (Singer et al. 2024).
		"Leg Extension: rests under 60 s between straight sets",
		// By hand: 36 reps * 3 s + 2 * 120 s = 5m48s; 36 * 3 s + 5 * 20 s = 3m28s.
		"Machine Chest Press: replace 3 x 12 at 2m0s rest (36 reps, about 5m48s) with one set of 12 at rpe 8-9 and 5 bursts of 4-5 reps after 20s rests (36 reps, about 3m28s): saves about 2m20s.",
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
