package main

import (
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
)

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	// By hand: straight 36 reps * 3 s + 2 * 90 s = 4m48s. Planned: 12 + 2
	// bursts of 3-4 reps after 20 s = at most 20 * 3 s + 2 * 20 s = 1m40s.
	// Done: 12 + 5 + 5 = 22 reps, 22 * 3 s + 2 * 20 s = 1m46s.
	exampletest.Contains(t, out,
		"dose today: full",
		"plan: 20 reps in place of 36; estimated 1m40s instead of 4m48s, saving 3m8s",
		"done: 12 + 10 reps = 22 total at 10kg",
		"why it ended: 2 bursts done",
		"set time, rests included: 1m46s for 22 reps; the straight sets were 36 reps in about 4m48s",
		"14 reps short of the straight sets",
		"it is not a proven upgrade for growth (Enes et al. 2021 found similar gains to straight sets, in lower-body training).",
	)
	exampletest.Lacks(t, out, "not extra growth")
}
