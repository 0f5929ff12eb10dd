package restpause

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/repkit/repkit"
)

func planEnumRoundTrip[T ~uint8, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, end T, str func(T) string, marshal func(T) ([]byte, error)) {
	t.Helper()
	for v := T(0); v < end; v++ {
		text, err := marshal(v)
		if err != nil || string(text) != str(v) {
			t.Fatalf("%v: MarshalText = %q, %v", v, text, err)
		}
		var back T
		if err := P(&back).UnmarshalText([]byte(strings.ToUpper(string(text)))); err != nil || back != v {
			t.Fatalf("%q read back as %v, %v", text, back, err)
		}
	}
	if _, err := marshal(end); !errors.Is(err, repkit.ErrUnknownName) {
		t.Fatalf("MarshalText(%d): %v", end, err)
	}
	back := T(1)
	if err := P(&back).UnmarshalText([]byte("nonsense")); !errors.Is(err, repkit.ErrUnknownName) || back != 1 {
		t.Fatalf("unknown name: %v, %v", err, back)
	}
}

func TestPlanEnumsText(t *testing.T) {
	planEnumRoundTrip[Slot](t, slotEnd, Slot.String, Slot.MarshalText)
	planEnumRoundTrip[Choice](t, choiceEnd, Choice.String, Choice.MarshalText)
	planEnumRoundTrip[PlanReason](t, planReasonEnd, PlanReason.String, PlanReason.MarshalText)
	planEnumRoundTrip[Mistake](t, mistakeEnd, Mistake.String, Mistake.MarshalText)
	for r := PlanReasonUnknown + 1; r < planReasonEnd; r++ {
		if r.Sentence() == "" {
			t.Errorf("%v has no sentence", r)
		}
	}
	for m := MistakeUnknown + 1; m < mistakeEnd; m++ {
		if m.Sentence() == "" {
			t.Errorf("%v has no sentence", m)
		}
	}
}
