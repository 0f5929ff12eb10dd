package exercise_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// The tests in this file pin each enum at its first value past the last
// name: the value a table lookup would read one past its end. The text
// methods at that value are checked by the shared contract in enum_test.go.

// TestClassifyFirstInvalidTrait: a deciding trait one past its last name
// is not a known value, so Classify does not clear the exercise, and
// Validate refuses it, naming the field.
func TestClassifyFirstInvalidTrait(t *testing.T) {
	tests := []struct {
		field  string
		change func(*exercise.Exercise)
	}{
		{"mechanics", func(e *exercise.Exercise) { e.Mechanics = exercise.Mechanics(nMechanics) }},
		{"skill", func(e *exercise.Exercise) { e.Skill = exercise.Skill(nSkill) }},
		{"stability", func(e *exercise.Exercise) { e.Stability = exercise.Stability(nStability) }},
		{"limiter", func(e *exercise.Exercise) { e.Limiter = exercise.Limiter(nLimiter) }},
		{"stop_safety", func(e *exercise.Exercise) { e.StopSafety = exercise.StopSafety(nStopSafety) }},
		{"spinal_load", func(e *exercise.Exercise) { e.SpinalLoad = exercise.SpinalLoad(nSpinal) }},
		{"form_drift", func(e *exercise.Exercise) { e.FormDrift = exercise.FormDrift(nDrift) }},
	}
	for _, tt := range tests {
		ex := clean
		tt.change(&ex)
		if a := exercise.Classify(ex); a != one(exercise.ReasonUnknownTraits) {
			t.Errorf("%s one past its names: Classify = %v %v, want caution unknown-traits", tt.field, a.Verdict, a.Reasons)
		}
		var te *exercise.FieldError
		if err := ex.Validate(); !errors.As(err, &te) || te.Field != tt.field || !errors.Is(err, repkit.ErrUnknownName) {
			t.Errorf("%s one past its names: Validate() = %v, want a TraitError for the field", tt.field, err)
		}
	}
	// The last named value of each is known: a clean exercise made as bad
	// as it gets keeps every reason but unknown-traits.
	worst := clean
	worst.Mechanics, worst.Skill, worst.Stability = exercise.Compound, exercise.SkillHigh, exercise.Unstable
	worst.Limiter, worst.StopSafety = exercise.Bracing, exercise.StopHard
	worst.SpinalLoad, worst.FormDrift = exercise.SpinalHeavy, exercise.DriftHigh
	if a := exercise.Classify(worst); a.Reasons.Has(exercise.ReasonUnknownTraits) {
		t.Errorf("last named values judged unknown: %v", a.Reasons)
	}
}

// reasonEnd is one past the last reason the package declares.
const reasonEnd = exercise.ReasonChangesExercise + 1

func TestReasonPastTheLast(t *testing.T) {
	r := reasonEnd
	if got := r.Code(); got != "Reason(17)" {
		t.Errorf("Code() = %q, want Reason(17)", got)
	}
	if r.String() != r.Code() || r.Sentence() != "" || r.Advice() != "" || r.Severity() != exercise.VerdictUnknown {
		t.Errorf("Reason(17): String %q, Sentence %q, Advice %q, Severity %v; want the code, empty, empty, unknown",
			r.String(), r.Sentence(), r.Advice(), r.Severity())
	}
	if text, err := r.MarshalText(); !errors.Is(err, repkit.ErrUnknownName) || text != nil {
		t.Errorf("Reason(17).MarshalText() = %q, %v; want ErrUnknownName", text, err)
	}
	if _, err := exercise.Reasons(0).With(r).MarshalText(); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("a set holding Reason(17) marshals: err = %v", err)
	}
	last := exercise.ReasonChangesExercise
	if last.Code() != "changes-exercise" || last.Sentence() == "" || last.Advice() == "" || last.Severity() != exercise.Unsuitable {
		t.Errorf("last reason: %q %q %q %v", last.Code(), last.Sentence(), last.Advice(), last.Severity())
	}
}

// TestSetsRefuseBitsTheyCannotHold: a reason of 64 or more cannot be in a
// Reasons (a uint64), and a muscle past the last cannot be in Muscles;
// both are programming mistakes and panic with the package prefix.
func TestSetsRefuseBitsTheyCannotHold(t *testing.T) {
	panics := func(name string, f func()) {
		t.Helper()
		defer func() {
			t.Helper()
			r := recover()
			if s, ok := r.(string); !ok || !strings.HasPrefix(s, "exercise: ") {
				t.Errorf("%s: panic = %v, want a message prefixed exercise:", name, r)
			}
		}()
		f()
	}
	panics("Reasons.With(64)", func() { exercise.Reasons(0).With(64) })
	panics("MusclesOf(Muscle(18))", func() { exercise.MusclesOf(exercise.Muscle(nMuscle)) })
	if s := exercise.Reasons(0).With(63); !s.Has(63) || s.Len() != 1 {
		t.Errorf("Reasons.With(63) = %b, want bit 63 alone", uint64(s))
	}
	if s := exercise.MusclesOf(exercise.Triceps); !s.Has(exercise.Triceps) || s.Len() != 1 {
		t.Errorf("MusclesOf(Triceps) = %v", s)
	}
}
