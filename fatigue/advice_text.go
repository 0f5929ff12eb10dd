package fatigue

import (
	"fmt"

	"github.com/repkit/repkit"
)

// LiftLabel names what [Advice.Lift] is among the compared lifts, since
// the monitor names the lift with the largest drop even when none dropped:
// "largest drop"; "the one lift compared, no drop" when only one lift was
// compared and it did not drop; "no lift dropped; smallest gain" when the
// named lift rose (so every lift did); "no lift dropped; smallest change"
// when it held level. "" when Lift is "" (no lift had enough measures).
// It is a pure function of a, safe for concurrent use.
func (a Advice) LiftLabel() string {
	switch {
	case a.Lift == "":
		return ""
	case a.Drop <= 0 && a.Compared == 1:
		return "the one lift compared, no drop"
	case a.Drop < 0:
		return "no lift dropped; smallest gain"
	case a.Drop == 0:
		return "no lift dropped; smallest change"
	}
	return "largest drop"
}

// LiftSummary writes the named lift's comparison with its label
// ([Advice.LiftLabel]) and its medians rounded for display in unit u
// ([repkit.Load.Display]; zero u writes kilograms), and the change to one
// decimal, a rise positive and no change "+0.0%": "largest drop: Squat,
// median e1RM 140kg over the baseline window, 133kg recently (-5.0%)". ""
// when Lift is "". It is a pure function of its arguments, safe for
// concurrent use.
func (a Advice) LiftSummary(u repkit.Unit) string {
	if a.Lift == "" {
		return ""
	}
	change := -100 * a.Drop
	if change == 0 {
		change = 0 // no change is +0.0%, not the -0.0% of negating zero
	}
	return fmt.Sprintf("%s: %s, median e1RM %s over the baseline window, %s recently (%+.1f%%)",
		a.LiftLabel(), a.Lift, a.BaselineE1RM.Display(u), a.RecentE1RM.Display(u), change)
}
