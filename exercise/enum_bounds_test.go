package exercise_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// The tests in this file pin each enum at its first value past the last
// name: the value a table lookup would read one past its end.

// firstInvalid is each enum's first value past its names, as text methods
// see it, with the field name its errors carry.
var firstInvalid = []struct {
	typ, field string
	v          int
	marshal    func() ([]byte, error)
	str        func() string
}{
	{"Equipment", "equipment", nEquipment, exercise.Equipment(nEquipment).MarshalText, exercise.Equipment(nEquipment).String},
	{"Category", "category", nCategory, exercise.Category(nCategory).MarshalText, exercise.Category(nCategory).String},
	{"Mechanics", "mechanics", nMechanics, exercise.Mechanics(nMechanics).MarshalText, exercise.Mechanics(nMechanics).String},
	{"Skill", "skill", nSkill, exercise.Skill(nSkill).MarshalText, exercise.Skill(nSkill).String},
	{"Stability", "stability", nStability, exercise.Stability(nStability).MarshalText, exercise.Stability(nStability).String},
	{"Limiter", "limiter", nLimiter, exercise.Limiter(nLimiter).MarshalText, exercise.Limiter(nLimiter).String},
	{"StopSafety", "stopSafety", nStopSafety, exercise.StopSafety(nStopSafety).MarshalText, exercise.StopSafety(nStopSafety).String},
	{"SpinalLoad", "spinalLoad", nSpinal, exercise.SpinalLoad(nSpinal).MarshalText, exercise.SpinalLoad(nSpinal).String},
	{"FormDrift", "formDrift", nDrift, exercise.FormDrift(nDrift).MarshalText, exercise.FormDrift(nDrift).String},
	{"Muscle", "muscle", nMuscle, exercise.Muscle(nMuscle).MarshalText, exercise.Muscle(nMuscle).String},
	{"Verdict", "verdict", int(exercise.Unsuitable) + 1, (exercise.Unsuitable + 1).MarshalText, (exercise.Unsuitable + 1).String},
}

func TestEnumFirstInvalidValue(t *testing.T) {
	for _, tt := range firstInvalid {
		text, err := tt.marshal()
		var te *exercise.FieldError
		if !errors.Is(err, repkit.ErrUnknownName) || !errors.As(err, &te) || text != nil {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want an error wrapping ErrUnknownName", tt.typ, tt.v, text, err)
			continue
		}
		if te.Field != tt.field || te.Value != strconv.Itoa(tt.v) {
			t.Errorf("%s(%d).MarshalText() error names %s %q, want %s %q", tt.typ, tt.v, te.Field, te.Value, tt.field, strconv.Itoa(tt.v))
		}
		if got, want := tt.str(), tt.typ+"("+strconv.Itoa(tt.v)+")"; got != want {
			t.Errorf("%s(%d).String() = %q, want %q", tt.typ, tt.v, got, want)
		}
	}
}

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
		{"stopSafety", func(e *exercise.Exercise) { e.StopSafety = exercise.StopSafety(nStopSafety) }},
		{"spinalLoad", func(e *exercise.Exercise) { e.SpinalLoad = exercise.SpinalLoad(nSpinal) }},
		{"formDrift", func(e *exercise.Exercise) { e.FormDrift = exercise.FormDrift(nDrift) }},
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
