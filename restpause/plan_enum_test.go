package restpause

import (
	"testing"

	"github.com/repkit/repkit/internal/enum/enumtest"
)

// The text methods of the plan enums are checked by the shared contract in
// enum_test.go; here, that each end constant agrees with its names and
// that every named value has a sentence.
func TestEnumEndsAndSentences(t *testing.T) {
	for _, c := range []struct {
		name      string
		end, have int
	}{
		{"Slot", int(slotEnd), slotText.Len()},
		{"Choice", int(choiceEnd), choiceText.Len()},
		{"PlanReason", int(planReasonEnd), planReasonText.Len()},
		{"Mistake", int(mistakeEnd), mistakeText.Len()},
		{"StopReason", int(numStopReasons), stopReasonText.Len()},
		{"Signal", int(numSignals), signalText.Len()},
		{"StepKind", int(numStepKinds), stepKindText.Len()},
	} {
		if c.end != c.have {
			t.Errorf("%s: the end constant is %d but there are %d names", c.name, c.end, c.have)
		}
	}
	enumtest.Described(t, planReasonText.Len(), PlanReason.Sentence)
	enumtest.Described(t, mistakeText.Len(), Mistake.Sentence)
}
