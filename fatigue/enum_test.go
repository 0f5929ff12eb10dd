package fatigue

import (
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum/enumtest"
)

// TestEnumContract runs the shared enum contract on every enum of the
// package, with the names of the JSON format written out.
func TestEnumContract(t *testing.T) {
	enumtest.Run[Dose](t, "Dose", "dose", "unknown", "full", "reduced", "none")
	enumtest.Run[Concern](t, "Concern", "concern", "unknown", "none", "mild", "marked")
	enumtest.Run[Experience](t, "Experience", "experience", "unknown", "beginner", "intermediate", "advanced")
	enumtest.Run[Condition](t, "Condition", "condition",
		"unknown", "pain", "recent-injury", "pregnancy-postpartum", "cardiac-symptoms",
		"fainting", "neurological-symptoms", "medication-constraints", "kidney-disease",
		"eating-disorder-history", "clinician-managed-weight-loss")
	enumtest.Run[Reason](t, "Reason", "reason",
		"unknown", "short-sleep", "hard-dieting", "endurance-load", "soreness",
		"joint-irritation", "low-motivation", "missed-lifts", "combined-stresses",
		"beginner", "experience-unknown", "screened")
	enumtest.Run[Response](t, "Response", "response", "unknown", "continue", "watch", "remove-rest-pause", "review-program", "not-enough-data")
	enumtest.Run[Sign](t, "Sign", "sign", "unknown", "dip", "drop", "soreness", "joints", "motivation")
	enumtest.Run[Phase](t, "Phase", "phase", "unknown", "fresh", "blast", "cruise-soon", "cruise-due", "cruising")
	if int(conditionEnd) != conditionText.Len() || int(reasonEnd) != reasonText.Len() || int(signEnd) != signText.Len() {
		t.Errorf("an end constant disagrees with its names: conditions %d/%d, reasons %d/%d, signals %d/%d",
			conditionEnd, conditionText.Len(), reasonEnd, reasonText.Len(), signEnd, signText.Len())
	}
}

func TestSentencesPresent(t *testing.T) {
	enumtest.Described(t, conditionText.Len(), Condition.Sentence)
	enumtest.Described(t, reasonText.Len(), Reason.Sentence)
	enumtest.Described(t, signText.Len(), Sign.Sentence)
	enumtest.Described(t, responseText.Len(), Response.Sentence)
	enumtest.Described(t, phaseText.Len(), Phase.Sentence)
}

func TestDoseOrder(t *testing.T) {
	order := []Dose{DoseNone, DoseReduced, DoseFull}
	for i, d := range order {
		for j, o := range order {
			if d.AtMost(o) != (i <= j) {
				t.Errorf("%v.AtMost(%v) = %v", d, o, d.AtMost(o))
			}
		}
	}
	if !DoseUnknown.AtMost(DoseNone) || DoseUnknown.Allows() {
		t.Error("unknown dose must allow nothing")
	}
}

// conditionsRoundTrip fails t unless s marshals to text that reads back
// as s.
func conditionsRoundTrip(t interface{ Fatalf(string, ...any) }, s Conditions) {
	text, err := s.MarshalText()
	var back Conditions
	if err != nil {
		t.Fatalf("%b: MarshalText: %v", s, err)
	} else if err := back.UnmarshalText(text); err != nil || back != s {
		t.Fatalf("%q read back as %b, %v (want %b)", text, back, err, s)
	}
}

func testConditionsRoundTrip(t *rapid.T) {
	conditionsRoundTrip(t, Conditions(rapid.Uint16().Draw(t, "bits"))&allConditions)
}

func TestConditionsRoundTrip(t *testing.T) { rapid.Check(t, testConditionsRoundTrip) }
func FuzzConditionsRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testConditionsRoundTrip)) }

// Any text either fails or reads to a valid set that writes back to text
// that reads to the same set.
func FuzzConditionsText(f *testing.F) {
	f.Add("pain,fainting")
	f.Add(" Kidney-Disease , pain")
	f.Add(",,")
	f.Fuzz(func(t *testing.T, text string) {
		var s Conditions
		if err := s.UnmarshalText([]byte(text)); err != nil {
			if !errors.Is(err, repkit.ErrUnknownName) {
				t.Fatalf("error %v does not wrap ErrUnknownName", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatal(err)
		}
		conditionsRoundTrip(t, s)
	})
}

// An empty name anywhere in the list is an error, a trailing comma too:
// "pain," must not read as just "pain".
func TestConditionsTextRejectsEmptyNames(t *testing.T) {
	for _, text := range []string{"pain,", ",pain", "pain,,fainting", " , "} {
		s := ConditionsOf(Fainting)
		if err := s.UnmarshalText([]byte(text)); !errors.Is(err, repkit.ErrUnknownName) || s != ConditionsOf(Fainting) {
			t.Errorf("UnmarshalText(%q) = %v, set %b; want ErrUnknownName and the set unchanged", text, err, s)
		}
	}
}

func TestConditionsWithPanicsOnUnknown(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "fatigue: ") {
			t.Fatalf("recover() = %v", r)
		}
	}()
	Conditions(0).With(ConditionUnknown)
}
