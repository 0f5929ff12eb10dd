package fatigue

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit/internal/gen"
)

var seasoned = Lifter{Experience: Intermediate}

// The guide's caveats: "Dieting hard, sleeping poorly, doing lots of
// endurance training, or already missing lifts should lower the dose of
// intensifiers", and its screen list should "change the plan with qualified
// guidance".
func TestAssessGuideExamples(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lifter   Lifter
		in       CheckIn
		dose     Dose
		reason   Reason
		referral bool
	}{
		{"all fine", seasoned, CheckIn{Sleep: 8 * time.Hour, Dieting: ConcernNone}, DoseFull, ReasonUnknown, false},
		{"nothing answered", seasoned, CheckIn{}, DoseFull, ReasonUnknown, false},
		{"dieting hard", seasoned, CheckIn{Dieting: ConcernMild}, DoseReduced, ReasonHardDieting, false},
		{"sleeping poorly", seasoned, CheckIn{Sleep: 6 * time.Hour}, DoseReduced, ReasonShortSleep, false},
		{"barely slept", seasoned, CheckIn{Sleep: 4 * time.Hour}, DoseNone, ReasonShortSleep, false},
		{"lots of endurance", seasoned, CheckIn{Endurance: ConcernMarked}, DoseNone, ReasonEnduranceLoad, false},
		{"missing a lift", seasoned, CheckIn{MissedLifts: 1}, DoseReduced, ReasonMissedLifts, false},
		{"missing lifts", seasoned, CheckIn{MissedLifts: 3}, DoseNone, ReasonMissedLifts, false},
		{"soreness hangs around", seasoned, CheckIn{Soreness: ConcernMild}, DoseReduced, ReasonSoreness, false},
		{"joints irritated", seasoned, CheckIn{Joints: ConcernMarked}, DoseNone, ReasonJointIrritation, false},
		{"motivation tanks", seasoned, CheckIn{LowMotivation: ConcernMarked}, DoseNone, ReasonLowMotivation, false},
		{"three mild stresses", seasoned, CheckIn{Sleep: 6 * time.Hour, Dieting: ConcernMild, Endurance: ConcernMild}, DoseNone, ReasonCombinedStresses, false},
		// Guide: "Beginners usually need normal hard sets ... before advanced
		// set structures add much value": no intensifiers, as the planner.
		{"beginner", Lifter{Experience: Beginner}, CheckIn{}, DoseNone, ReasonBeginner, false},
		{"experience unknown", Lifter{}, CheckIn{}, DoseNone, ReasonExperienceUnknown, false},
		{"pain", Lifter{Experience: Advanced, Conditions: ConditionsOf(Pain)}, CheckIn{}, DoseNone, ReasonScreened, true},
		{"postpartum", Lifter{Experience: Advanced, Conditions: ConditionsOf(PregnancyPostpartum)}, CheckIn{}, DoseNone, ReasonScreened, true},
		{"clinician-managed weight loss", Lifter{Experience: Advanced, Conditions: ConditionsOf(ClinicianManagedWeightLoss)}, CheckIn{}, DoseNone, ReasonScreened, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Assess(tc.lifter, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Dose != tc.dose {
				t.Errorf("dose = %v, want %v", a.Dose, tc.dose)
			}
			if tc.reason == ReasonUnknown && a.Reasons != 0 {
				t.Errorf("reasons = %v, want none", a.Reasons)
			}
			if tc.reason != ReasonUnknown && !a.Reasons.Has(tc.reason) {
				t.Errorf("reasons %b lack %v", a.Reasons, tc.reason)
			}
			if a.Referral() != tc.referral {
				t.Errorf("referral = %v, want %v", a.Referral(), tc.referral)
			}
			n := 0
			for s := range a.Sentences() {
				if s == "" {
					t.Error("empty sentence")
				}
				n++
			}
			if want := a.Reasons.Len() + countConditions(a.Conditions); n != want {
				t.Errorf("%d sentences, want %d", n, want)
			}
		})
	}
}

func countConditions(s Conditions) int {
	n := 0
	for range s.All() {
		n++
	}
	return n
}

func drawConcern(t *rapid.T, label string) Concern {
	return gen.Enum(ConcernUnknown, ConcernMarked).Draw(t, label)
}

func drawCheckIn(t *rapid.T) CheckIn {
	return CheckIn{
		Sleep:         time.Duration(rapid.Int64Range(0, int64(12*time.Hour)).Draw(t, "sleep")),
		Dieting:       drawConcern(t, "dieting"),
		Endurance:     drawConcern(t, "endurance"),
		Soreness:      drawConcern(t, "soreness"),
		Joints:        drawConcern(t, "joints"),
		LowMotivation: drawConcern(t, "motivation"),
		MissedLifts:   rapid.IntRange(0, 5).Draw(t, "missed"),
	}
}

func drawLifter(t *rapid.T) Lifter {
	return Lifter{
		Experience: gen.Enum(ExperienceUnknown, Advanced).Draw(t, "experience"),
		Conditions: Conditions(rapid.Uint16().Draw(t, "conditions")) & allConditions,
	}
}

// worsen makes one answer worse (less sleep, a higher concern, one more
// missed lift), or leaves it when it is already at its worst.
func worsen(t *rapid.T, c CheckIn) CheckIn {
	up := func(v Concern) Concern {
		if v == ConcernUnknown {
			return Concern(rapid.IntRange(1, 3).Draw(t, "answer"))
		}
		return Concern(rapid.IntRange(int(v), 3).Draw(t, "worse"))
	}
	switch rapid.IntRange(0, 6).Draw(t, "which") {
	case 0:
		if c.Sleep > 0 {
			c.Sleep = time.Duration(rapid.Int64Range(1, int64(c.Sleep)).Draw(t, "less sleep"))
		}
	case 1:
		c.Dieting = up(c.Dieting)
	case 2:
		c.Endurance = up(c.Endurance)
	case 3:
		c.Soreness = up(c.Soreness)
	case 4:
		c.Joints = up(c.Joints)
	case 5:
		c.LowMotivation = up(c.LowMotivation)
	default:
		c.MissedLifts += rapid.IntRange(0, 3).Draw(t, "more missed")
	}
	return c
}

func testWorseNeverRaisesDose(t *rapid.T) {
	l, c := drawLifter(t), drawCheckIn(t)
	before, err := Assess(l, c)
	if err != nil {
		t.Fatal(err)
	}
	l2 := l
	if rapid.Bool().Draw(t, "add condition") {
		l2.Conditions = l2.Conditions.With(Condition(rapid.IntRange(1, int(conditionEnd)-1).Draw(t, "condition")))
	}
	after, err := Assess(l2, worsen(t, c))
	if err != nil {
		t.Fatal(err)
	}
	if !after.Dose.AtMost(before.Dose) {
		t.Fatalf("dose rose from %v to %v", before.Dose, after.Dose)
	}
	if after.Reasons&before.Reasons != before.Reasons {
		t.Fatalf("reasons lost: %b -> %b", before.Reasons, after.Reasons)
	}
}

func TestWorseNeverRaisesDose(t *testing.T) { rapid.Check(t, testWorseNeverRaisesDose) }
func FuzzWorseNeverRaisesDose(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testWorseNeverRaisesDose)) }

func testScreenedMeansNone(t *rapid.T) {
	l, c := drawLifter(t), drawCheckIn(t)
	a, err := Assess(l, c)
	if err != nil {
		t.Fatal(err)
	}
	if l.Conditions.Any() != (a.Referral()) || (l.Conditions.Any() && a.Dose != DoseNone) {
		t.Fatalf("conditions %b gave %+v", l.Conditions, a)
	}
	if a.Dose == DoseFull && a.Reasons != 0 {
		t.Fatalf("full dose with reasons %b", a.Reasons)
	}
	if a.Dose != DoseFull && a.Reasons == 0 {
		t.Fatalf("dose %v with no reason", a.Dose)
	}
}

func TestScreenedMeansNone(t *testing.T) { rapid.Check(t, testScreenedMeansNone) }

func BenchmarkAssessBaseline(b *testing.B) {
	c := CheckIn{Sleep: 6 * time.Hour, Joints: ConcernMild}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Validate()
	}
}

func BenchmarkAssess(b *testing.B) {
	l := Lifter{Experience: Intermediate}
	c := CheckIn{Sleep: 6 * time.Hour, Joints: ConcernMild}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Assess(l, c); err != nil {
			b.Fatal(err)
		}
	}
}
