package main

import (
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
)

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	// By hand: straight 36 reps * 3 s + 2 * 90 s = 4m48s. Planned: 12 + 5
	// bursts of 4-5 reps after 20 s = 36 * 3 s + 5 * 20 s = 3m28s.
	// Done: 12 + 5 + 5 + 4 = 26 reps, 26 * 3 s + 3 * 20 s = 2m18s.
	exampletest.Contains(t, out,
		"dose today: full",
		"plan: 36 reps in place of 36; estimated 3m28s instead of 4m48s, saving 1m20s",
		"done: 12 + 14 reps = 26 total at 10kg",
		"why it ended: burst 3",
		"set time, rests included: 2m18s for 26 reps; the straight sets were 36 reps in about 4m48s",
		"10 reps short of the straight sets",
		"it is not a proven upgrade for growth (Enes et al. 2021 found similar gains to straight sets, in lower-body training).",
	)
	exampletest.Lacks(t, out, "not extra growth")
}
