package progression_test

import (
	"testing"

	"github.com/repkit/repkit/internal/enum/enumtest"
	"github.com/repkit/repkit/progression"
)

// TestEnumContract runs the shared enum contract on every enum of the
// package, with the names of the JSON format written out. RoundMode's zero
// is RoundDown, on purpose, so its first name is "down".
func TestEnumContract(t *testing.T) {
	enumtest.Run[progression.RoundMode](t, "RoundMode", "round mode", "down", "nearest", "up")
	enumtest.Run[progression.Action](t, "Action", "action",
		"unknown", "add-load", "add-reps", "hold", "reduce-load", "change-exercise")
	enumtest.Run[progression.Reason](t, "Reason", "reason",
		"unknown", "top-of-range", "targets-met", "target-missed", "effort-cap-exceeded",
		"missing-sets", "no-heavier-load", "total-above-range", "total-in-range",
		"total-below-range", "below-range-twice", "first-set-short", "stalled-twice",
		"no-lighter-load", "stalled", "progressing", "pain-stop", "technique-held",
		"return-after-gap", "returned", "dose-held", "dose-none", "load-not-prescribed",
		"range-inferred", "cut-rounded", "far-above-range", "new-load", "stalled-after-deload", "repeated-trouble")
	enumtest.Run[progression.Formula](t, "Formula", "formula",
		"unknown", "epley", "brzycki", "lombardi", "mayhew", "oconner", "wathan", "lander", "rts")
	enumtest.Run[progression.BarKind](t, "BarKind", "kind", "unknown", "barbell", "ez-bar", "trap-bar", "smith-machine")
	if progression.RoundMode(0) != progression.RoundDown {
		t.Error("the zero RoundMode is not RoundDown")
	}
}
