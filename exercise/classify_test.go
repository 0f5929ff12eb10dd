package exercise_test

import (
	"errors"
	"github.com/repkit/repkit/internal/benchcpu"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// A clean exercise: every trait at its best value.
var clean = exercise.Exercise{
	ID: "x", Name: "X", Category: exercise.Strength, Equipment: exercise.Machine,
	Mechanics: exercise.Isolation, Skill: exercise.SkillLow, Stability: exercise.Guided,
	Limiter: exercise.TargetMuscle, StopSafety: exercise.StopEasy,
	SpinalLoad: exercise.SpinalNone, FormDrift: exercise.DriftLow,
}

// TestClassifyEachTrait changes one trait of a clean exercise at a time and
// checks the single reason and verdict the Classify doc promises for it.
func TestClassifyEachTrait(t *testing.T) {
	tests := []struct {
		name   string
		change func(*exercise.Exercise)
		want   exercise.Assessment
	}{
		{"clean", func(*exercise.Exercise) {}, exercise.Assessment{Verdict: exercise.Suitable}},
		{"stretching", func(e *exercise.Exercise) { e.Category = exercise.Stretching }, one(exercise.ReasonNotResistance)},
		{"cardio", func(e *exercise.Exercise) { e.Category = exercise.Cardio }, one(exercise.ReasonNotResistance)},
		{"ballistic", func(e *exercise.Exercise) { e.Ballistic = true }, one(exercise.ReasonBallistic)},
		{"moderate skill", func(e *exercise.Exercise) { e.Skill = exercise.SkillModerate }, one(exercise.ReasonModerateSkill)},
		{"high skill", func(e *exercise.Exercise) { e.Skill = exercise.SkillHigh }, one(exercise.ReasonHighSkill)},
		{"supported", func(e *exercise.Exercise) { e.Stability = exercise.Supported }, exercise.Assessment{Verdict: exercise.Suitable}},
		{"self-stabilised isolation", func(e *exercise.Exercise) { e.Stability = exercise.SelfStabilised }, exercise.Assessment{Verdict: exercise.Suitable}},
		{"self-stabilised compound", func(e *exercise.Exercise) {
			e.Stability, e.Mechanics = exercise.SelfStabilised, exercise.Compound
		}, one(exercise.ReasonSelfStabilisedCompound)},
		{"unstable", func(e *exercise.Exercise) { e.Stability = exercise.Unstable }, one(exercise.ReasonUnstable)},
		{"grip", func(e *exercise.Exercise) { e.Limiter = exercise.Grip }, one(exercise.ReasonGripLimited)},
		{"conditioning", func(e *exercise.Exercise) { e.Limiter = exercise.Conditioning }, one(exercise.ReasonConditioningLimited)},
		{"balance", func(e *exercise.Exercise) { e.Limiter = exercise.Balance }, one(exercise.ReasonBalanceLimited)},
		{"bracing", func(e *exercise.Exercise) { e.Limiter = exercise.Bracing }, one(exercise.ReasonBracingLimited)},
		{"careful stop", func(e *exercise.Exercise) { e.StopSafety = exercise.StopCareful }, one(exercise.ReasonCarefulStop)},
		{"hard stop", func(e *exercise.Exercise) { e.StopSafety = exercise.StopHard }, one(exercise.ReasonHardStop)},
		{"light spine", func(e *exercise.Exercise) { e.SpinalLoad = exercise.SpinalLight }, exercise.Assessment{Verdict: exercise.Suitable}},
		{"heavy spine", func(e *exercise.Exercise) { e.SpinalLoad = exercise.SpinalHeavy }, one(exercise.ReasonSpinalLoad)},
		{"moderate drift", func(e *exercise.Exercise) { e.FormDrift = exercise.DriftModerate }, one(exercise.ReasonFormDrift)},
		{"high drift", func(e *exercise.Exercise) { e.FormDrift = exercise.DriftHigh }, one(exercise.ReasonChangesExercise)},
		{"unknown skill", func(e *exercise.Exercise) { e.Skill = exercise.SkillUnknown }, one(exercise.ReasonUnknownTraits)},
		{"out-of-range limiter", func(e *exercise.Exercise) { e.Limiter = 200 }, one(exercise.ReasonUnknownTraits)},
		{"unknown category and equipment are not deciding", func(e *exercise.Exercise) {
			e.Category, e.Equipment = exercise.CategoryUnknown, exercise.EquipmentUnknown
		}, exercise.Assessment{Verdict: exercise.Suitable}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := clean
			tt.change(&ex)
			if diff := cmp.Diff(tt.want, exercise.Classify(ex)); diff != "" {
				t.Errorf("Classify (-want +got):\n%s", diff)
			}
		})
	}
}

// one is the assessment a single reason gives: its severity and itself.
func one(r exercise.Reason) exercise.Assessment {
	return exercise.Assessment{Verdict: r.Severity(), Reasons: exercise.Reasons(0).With(r)}
}

func TestClassifyZeroExercise(t *testing.T) {
	a := exercise.Classify(exercise.Exercise{})
	if a.Verdict != exercise.Caution || !a.Reasons.Has(exercise.ReasonUnknownTraits) || a.Reasons.Len() != 1 {
		t.Errorf("Classify(Exercise{}) = %v %v, want caution unknown-traits", a.Verdict, a.Reasons)
	}
}

// worsen returns ex with one trait (chosen by the draw) made worse or equal,
// never better: a higher value in the trait's best-to-worst order.
func worsen(t *rapid.T, ex exercise.Exercise) exercise.Exercise {
	up := func(v uint8, n int) uint8 { return uint8(rapid.IntRange(int(v), n-1).Draw(t, "worse")) }
	switch rapid.IntRange(0, 7).Draw(t, "trait") {
	case 0:
		ex.Mechanics = exercise.Mechanics(up(uint8(ex.Mechanics), nMechanics))
	case 1:
		ex.Skill = exercise.Skill(up(uint8(ex.Skill), nSkill))
	case 2:
		ex.Stability = exercise.Stability(up(uint8(ex.Stability), nStability))
	case 3:
		ex.Limiter = exercise.Limiter(up(uint8(ex.Limiter), nLimiter))
	case 4:
		ex.StopSafety = exercise.StopSafety(up(uint8(ex.StopSafety), nStopSafety))
	case 5:
		ex.SpinalLoad = exercise.SpinalLoad(up(uint8(ex.SpinalLoad), nSpinal))
	case 6:
		ex.FormDrift = exercise.FormDrift(up(uint8(ex.FormDrift), nDrift))
	case 7:
		ex.Ballistic = ex.Ballistic || rapid.Bool().Draw(t, "ballistic")
	}
	return ex
}

// testWorseNeverBetter: making any single trait worse never improves the
// verdict, and never drops a reason the better exercise had unless a worse
// reason for the same trait replaced it.
func testWorseNeverBetter(t *rapid.T) {
	ex := exerciseGen(true).Draw(t, "ex")
	worse := worsen(t, ex)
	a, b := exercise.Classify(ex), exercise.Classify(worse)
	if b.Verdict < a.Verdict {
		t.Fatalf("worse trait improved the verdict: %v (%v) -> %v (%v)\nbefore %+v\nafter  %+v",
			a.Verdict, a.Reasons, b.Verdict, b.Reasons, ex, worse)
	}
}

func TestClassifyWorseNeverBetter(t *testing.T) { rapid.Check(t, testWorseNeverBetter) }

func FuzzClassifyWorseNeverBetter(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testWorseNeverBetter)) }

// testAssessmentInvariants: the verdict is never unknown; a non-suitable
// verdict carries a reason; the verdict is the worst reason's severity;
// Classify is deterministic; unknown traits are never cleared.
func testAssessmentInvariants(t *rapid.T) {
	ex := exerciseGen(false).Draw(t, "ex")
	a := exercise.Classify(ex)
	if a != exercise.Classify(ex) {
		t.Fatal("Classify is not deterministic")
	}
	switch {
	case a.Verdict == exercise.VerdictUnknown:
		t.Fatalf("verdict unknown for %+v", ex)
	case a.Verdict != exercise.Suitable && a.Reasons.Len() == 0:
		t.Fatalf("%v with no reason for %+v", a.Verdict, ex)
	case a.Verdict == exercise.Suitable && a.Reasons.Len() != 0:
		t.Fatalf("suitable with reasons %v", a.Reasons)
	case a.Reasons.Len() > 0 && a.Verdict != a.Reasons.Severity():
		t.Fatalf("verdict %v, worst reason %v", a.Verdict, a.Reasons.Severity())
	}
	unknown := ex.Mechanics == 0 || ex.Skill == 0 || ex.Stability == 0 || ex.Limiter == 0 ||
		ex.StopSafety == 0 || ex.SpinalLoad == 0 || ex.FormDrift == 0
	if unknown != a.Reasons.Has(exercise.ReasonUnknownTraits) {
		t.Fatalf("unknown traits %v, reason unknown-traits %v", unknown, a.Reasons.Has(exercise.ReasonUnknownTraits))
	}
	if unknown && a.Verdict == exercise.Suitable {
		t.Fatal("an exercise with unknown traits was cleared")
	}
	for r := range a.Reasons.All() {
		if r == exercise.ReasonUnknown {
			t.Fatal("Classify reported ReasonUnknown")
		}
	}
}

func TestClassifyInvariants(t *testing.T) { rapid.Check(t, testAssessmentInvariants) }

func FuzzClassifyInvariants(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testAssessmentInvariants)) }

// allReasons lists every reason Classify can report, from the constants.
func allReasons() []exercise.Reason {
	var rs []exercise.Reason
	for r := exercise.ReasonUnknownTraits; r <= exercise.ReasonChangesExercise; r++ {
		rs = append(rs, r)
	}
	return rs
}

func TestEveryReasonHasCodeSentenceAndAdvice(t *testing.T) {
	codes := map[string]bool{}
	for _, r := range allReasons() {
		code := r.Code()
		if code == "" || codes[code] {
			t.Errorf("reason %d: code %q empty or repeated", r, code)
		}
		codes[code] = true
		for i := range len(code) {
			if c := code[i]; !('a' <= c && c <= 'z' || c == '-') {
				t.Errorf("code %q is not lower-case words and hyphens", code)
				break
			}
		}
		if s := r.Sentence(); len(s) < 20 || s[len(s)-1] != '.' {
			t.Errorf("%s: sentence %q is not a sentence", code, s)
		}
		if a := r.Advice(); len(a) < 20 {
			t.Errorf("%s: advice %q too short", code, a)
		}
		if v := r.Severity(); v != exercise.Caution && v != exercise.Unsuitable {
			t.Errorf("%s: severity %v", code, v)
		}
	}
	if got := exercise.Reason(200).Sentence(); got != "" {
		t.Errorf("invalid reason sentence = %q", got)
	}
}

// TestReasonsCodesStable pins the codes: they are a contract that tools
// parse (examples/classify output).
func TestReasonsCodesStable(t *testing.T) {
	want := []string{
		"unknown-traits", "not-resistance", "ballistic", "high-skill", "moderate-skill", "unstable",
		"self-stabilised-compound", "grip-limited", "conditioning-limited", "balance-limited",
		"bracing-limited", "careful-stop", "hard-stop", "spinal-load", "form-drift", "changes-exercise",
	}
	var got []string
	for _, r := range allReasons() {
		got = append(got, r.Code())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reason codes changed (-want +got):\n%s", diff)
	}
}

// testReasonsRoundTrip: a set of reasons survives its text form, All yields
// them in order, and Len counts them.
func testReasonsRoundTrip(t *rapid.T) {
	picked := rapid.SliceOfDistinct(rapid.SampledFrom(allReasons()), func(r exercise.Reason) exercise.Reason { return r }).Draw(t, "reasons")
	var s exercise.Reasons
	for _, r := range picked {
		s = s.With(r)
	}
	text, err := s.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	var back exercise.Reasons
	if err := back.UnmarshalText(text); err != nil {
		t.Fatalf("UnmarshalText(%q): %v", text, err)
	}
	if back != s {
		t.Fatalf("round trip %q: %v -> %v", text, s, back)
	}
	got := slices.Collect(s.All())
	want := slices.Clone(picked)
	slices.Sort(want)
	if !slices.Equal(got, want) || s.Len() != len(picked) {
		t.Fatalf("All = %v, Len = %d, want %v", got, s.Len(), want)
	}
}

func TestReasonsRoundTrip(t *testing.T) { rapid.Check(t, testReasonsRoundTrip) }

func FuzzReasonsRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testReasonsRoundTrip)) }

// testReasonsAnyBits: any 64-bit set either fails to marshal with
// ErrUnknownName or reads back as the same set; nothing is lost in JSON.
func testReasonsAnyBits(t *rapid.T) {
	s := exercise.Reasons(rapid.Uint64().Draw(t, "bits"))
	text, err := s.MarshalText()
	if err != nil {
		if !errors.Is(err, repkit.ErrUnknownName) {
			t.Fatalf("MarshalText(%b): %v does not wrap ErrUnknownName", uint64(s), err)
		}
		return
	}
	var back exercise.Reasons
	if err := back.UnmarshalText(text); err != nil || back != s {
		t.Fatalf("%b -> %q -> %b, %v", uint64(s), text, uint64(back), err)
	}
}

func TestReasonsAnyBits(t *testing.T) {
	rapid.Check(t, testReasonsAnyBits)
	if _, err := exercise.Reasons(1).MarshalText(); err == nil { // ReasonUnknown's bit
		t.Error("a set holding ReasonUnknown marshalled")
	}
}

func FuzzReasonsAnyBits(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testReasonsAnyBits)) }

func TestReasonsUnmarshalErrors(t *testing.T) {
	for _, text := range []string{"nope", "ballistic,", ",ballistic", "ballistic,,unstable", "unknown"} {
		var s exercise.Reasons = 1 << 3
		if err := s.UnmarshalText([]byte(text)); err == nil {
			t.Errorf("UnmarshalText(%q) = nil error, set %v", text, s)
		} else if s != 1<<3 {
			t.Errorf("UnmarshalText(%q) changed the set on error", text)
		}
	}
	var s exercise.Reasons
	if err := s.UnmarshalText([]byte("BALLISTIC,Hard-Stop")); err != nil || !s.Has(exercise.ReasonBallistic) || !s.Has(exercise.ReasonHardStop) {
		t.Errorf("case-insensitive codes: %v, %v", s, err)
	}
}

func TestAssessmentAdvice(t *testing.T) {
	if got := exercise.Classify(clean).Advice(); got != "" {
		t.Errorf("suitable advice = %q, want empty", got)
	}
	ex := clean
	ex.StopSafety, ex.Limiter = exercise.StopCareful, exercise.Bracing
	if got, want := exercise.Classify(ex).Advice(), exercise.ReasonBracingLimited.Advice(); got != want {
		t.Errorf("Advice = %q, want the unsuitable reason's %q", got, want)
	}
}

func BenchmarkClassify(b *testing.B) {
	ex, _ := exercise.Lookup("Barbell Back Squat")
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	var sink exercise.Assessment
	for b.Loop() {
		sink = exercise.Classify(ex)
	}
	_ = sink
}

// handClassify is the honest baseline for Classify: the guide's rules as
// a plain if-chain written by hand, building the same reasons and the
// verdict as it goes.
func handClassify(ex exercise.Exercise) exercise.Assessment {
	var rs exercise.Reasons
	v := exercise.Suitable
	caution := func(r exercise.Reason) {
		rs |= 1 << r
		if v == exercise.Suitable {
			v = exercise.Caution
		}
	}
	unsuitable := func(r exercise.Reason) {
		rs |= 1 << r
		v = exercise.Unsuitable
	}
	if ex.Category == exercise.Stretching || ex.Category == exercise.Cardio {
		unsuitable(exercise.ReasonNotResistance)
	}
	if ex.Ballistic {
		unsuitable(exercise.ReasonBallistic)
	}
	switch ex.Skill {
	case exercise.SkillModerate:
		caution(exercise.ReasonModerateSkill)
	case exercise.SkillHigh:
		unsuitable(exercise.ReasonHighSkill)
	}
	if ex.Stability == exercise.Unstable {
		unsuitable(exercise.ReasonUnstable)
	}
	if ex.Stability == exercise.SelfStabilised && ex.Mechanics == exercise.Compound {
		caution(exercise.ReasonSelfStabilisedCompound)
	}
	switch ex.Limiter {
	case exercise.Grip:
		caution(exercise.ReasonGripLimited)
	case exercise.Conditioning:
		unsuitable(exercise.ReasonConditioningLimited)
	case exercise.Balance:
		unsuitable(exercise.ReasonBalanceLimited)
	case exercise.Bracing:
		unsuitable(exercise.ReasonBracingLimited)
	}
	switch ex.StopSafety {
	case exercise.StopCareful:
		caution(exercise.ReasonCarefulStop)
	case exercise.StopHard:
		unsuitable(exercise.ReasonHardStop)
	}
	if ex.SpinalLoad == exercise.SpinalHeavy {
		caution(exercise.ReasonSpinalLoad)
	}
	switch ex.FormDrift {
	case exercise.DriftModerate:
		caution(exercise.ReasonFormDrift)
	case exercise.DriftHigh:
		unsuitable(exercise.ReasonChangesExercise)
	}
	if ex.Mechanics < exercise.Isolation || ex.Mechanics > exercise.Compound ||
		ex.Skill < exercise.SkillLow || ex.Skill > exercise.SkillHigh ||
		ex.Stability < exercise.Guided || ex.Stability > exercise.Unstable ||
		ex.Limiter < exercise.TargetMuscle || ex.Limiter > exercise.Bracing ||
		ex.StopSafety < exercise.StopEasy || ex.StopSafety > exercise.StopHard ||
		ex.SpinalLoad < exercise.SpinalNone || ex.SpinalLoad > exercise.SpinalHeavy ||
		ex.FormDrift < exercise.DriftLow || ex.FormDrift > exercise.DriftHigh {
		caution(exercise.ReasonUnknownTraits)
	}
	return exercise.Assessment{Verdict: v, Reasons: rs}
}

// TestClassifyMatchesHand: Classify and the hand if-chain agree on every
// catalog exercise and on drawn ones, traits unknown or not.
func TestClassifyMatchesHand(t *testing.T) {
	for ex := range exercise.Builtin() {
		if got, want := exercise.Classify(ex), handClassify(ex); got != want {
			t.Errorf("Classify(%s) = %+v; by hand %+v", ex.ID, got, want)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		ex := exerciseGen(rapid.Bool().Draw(t, "known")).Draw(t, "exercise")
		if got, want := exercise.Classify(ex), handClassify(ex); got != want {
			t.Fatalf("Classify(%+v) = %+v; by hand %+v", ex, got, want)
		}
	})
}

// BenchmarkClassifyBaseline is handClassify on the same exercise
// (TestClassifyMatchesHand checks they agree).
func BenchmarkClassifyBaseline(b *testing.B) {
	ex, _ := exercise.Lookup("Barbell Back Squat")
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	var sink exercise.Assessment
	for b.Loop() {
		sink = handClassify(ex)
	}
	_ = sink
}
