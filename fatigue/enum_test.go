package fatigue

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// roundTrip checks every value of an enum type: MarshalText gives String,
// upper-cased text reads back to the same value, and an unknown name is an
// ErrUnknownName error.
func roundTrip[T ~uint8, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, end T, m func(T) textEnum) {
	t.Helper()
	for v := T(0); v < end; v++ {
		text, err := m(v).MarshalText()
		if err != nil || string(text) != m(v).String() {
			t.Fatalf("%v: MarshalText = %q, %v", v, text, err)
		}
		var back T
		if err := P(&back).UnmarshalText([]byte(strings.ToUpper(string(text)))); err != nil || back != v {
			t.Fatalf("%q read back as %v, %v", text, back, err)
		}
	}
	if _, err := m(end).MarshalText(); !errors.Is(err, repkit.ErrUnknownName) {
		t.Fatalf("MarshalText of %d: %v", end, err)
	}
	var back T = 1
	if err := P(&back).UnmarshalText([]byte("no-such-name")); !errors.Is(err, repkit.ErrUnknownName) || back != 1 {
		t.Fatalf("unknown name: %v, value %v", err, back)
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	roundTrip[Dose](t, DoseNone+1, func(v Dose) textEnum { return v })
	roundTrip[Concern](t, ConcernMarked+1, func(v Concern) textEnum { return v })
	roundTrip[Experience](t, Advanced+1, func(v Experience) textEnum { return v })
	roundTrip[Condition](t, conditionEnd, func(v Condition) textEnum { return v })
	roundTrip[Reason](t, reasonEnd, func(v Reason) textEnum { return v })
	roundTrip[Action](t, ActionReviewProgram+1, func(v Action) textEnum { return v })
	roundTrip[Signal](t, signalEnd, func(v Signal) textEnum { return v })
	roundTrip[Phase](t, PhaseCruising+1, func(v Phase) textEnum { return v })
}

func TestSentencesPresent(t *testing.T) {
	for c := ConditionUnknown + 1; c < conditionEnd; c++ {
		if c.Sentence() == "" {
			t.Errorf("%v has no sentence", c)
		}
	}
	for r := ReasonUnknown + 1; r < reasonEnd; r++ {
		if r.Sentence() == "" {
			t.Errorf("%v has no sentence", r)
		}
	}
	for g := SignalUnknown + 1; g < signalEnd; g++ {
		if g.Sentence() == "" {
			t.Errorf("%v has no sentence", g)
		}
	}
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

func testConditionsRoundTrip(t *rapid.T) {
	s := Conditions(rapid.Uint16().Draw(t, "bits")) & allConditions
	text, err := s.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	var back Conditions
	if err := back.UnmarshalText(text); err != nil || back != s {
		t.Fatalf("%q read back as %b, %v (want %b)", text, back, err, s)
	}
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
		out, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Conditions
		if err := back.UnmarshalText(out); err != nil || back != s {
			t.Fatalf("%q -> %q -> %b, %v", text, out, back, err)
		}
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
