package progression_test

import (
	"errors"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/errtest"
	"github.com/repkit/repkit/progression"
)

// TestErrorMessages: each error names the field and the value and says what
// to give instead; the expected texts are written by hand.
func TestErrorMessages(t *testing.T) {
	kg := repkit.Kilogram
	_, epley := progression.Epley.Estimate(100*kg, 14)
	_, rts := progression.RTSPercent(13, 0)
	_, negative := progression.Epley.Estimate(-kg, 5)
	stack := progression.Stack{Pins: []repkit.Load{10 * kg, 5 * kg}}
	_, below := progression.Round(progression.Stack{Pins: []repkit.Load{5 * kg, 10 * kg}}, 2*kg, progression.RoundDown)
	errtest.Check(t, []errtest.Case{
		errtest.C("epley reps", epley, repkit.ErrRange,
			`progression: reps "14": out of range; epley is valid for 1-10 reps`),
		errtest.C("rts reps", rts, repkit.ErrRange,
			`progression: reps "13": out of range; the RTS chart covers reps + RIR from 1 to 12; here RIR is 0`),
		errtest.C("negative load", negative, repkit.ErrInvalid,
			`progression: load "-1kg": invalid value; give a load of 0kg or more`),
		errtest.C("stack order", stack.Validate(), repkit.ErrInvalid,
			`progression: pins[1] "5kg": invalid equipment; give the pins lightest first, each heavier than the one before`),
		errtest.C("nothing below", below, progression.ErrNotAchievable,
			`progression: target "2kg": not achievable on this equipment; the equipment makes nothing this light; give a heavier target`),
	})
	if !errors.Is(stack.Validate(), progression.ErrEquipment) {
		t.Error("a stack out of order does not match ErrEquipment")
	}
}
