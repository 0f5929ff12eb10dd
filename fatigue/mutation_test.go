package fatigue

import (
	"errors"
	"testing"
	"time"

	"github.com/repkit/repkit"
)

// Tests from mutation testing (gremlins, scripts/mutation): each pins an
// edge of a rule the other tests left unchecked. Expected values are worked
// out by hand from the rule, not taken from the code's output.

// A concern is at least itself.
func TestConcernAtLeastItself(t *testing.T) {
	for _, c := range []Concern{ConcernNone, ConcernMild, ConcernMarked} {
		if !c.AtLeast(c) {
			t.Errorf("%v.AtLeast(%v) = false", c, c)
		}
	}
	if ConcernUnknown.AtLeast(ConcernUnknown) {
		t.Error("an unanswered concern is at least something")
	}
	if ConcernMild.AtLeast(ConcernMarked) {
		t.Error("mild is at least marked")
	}
}

// A break of exactly CruiseMin (10 days) between hard days ends the blast:
// the next hard day starts a new one. A day less does not.
func TestBlastRestartsAfterCruiseMin(t *testing.T) {
	d0 := time.Date(2026, 1, 5, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		gap  time.Duration
		want time.Time
	}{{10 * 24 * time.Hour, d0.Add(10 * 24 * time.Hour)}, {9 * 24 * time.Hour, d0}} {
		next := d0.Add(tt.gap)
		c, err := BlastCruise{}.Status(next, []Note{{Date: d0, RestPause: true}, {Date: next, RestPause: true}})
		if err != nil {
			t.Fatal(err)
		}
		if !c.BlastStart.Equal(tt.want) {
			t.Errorf("a gap of %v: the blast starts %v, want %v", tt.gap, c.BlastStart, tt.want)
		}
	}
}

// Between doses that allow as much, Min returns the receiver: DoseUnknown
// allows as little as DoseNone.
func TestDoseMinBetweenEquals(t *testing.T) {
	if got := DoseUnknown.Min(DoseNone); got != DoseUnknown {
		t.Errorf("DoseUnknown.Min(DoseNone) = %v, want DoseUnknown", got)
	}
	if got := DoseNone.Min(DoseUnknown); got != DoseNone {
		t.Errorf("DoseNone.Min(DoseUnknown) = %v, want DoseNone", got)
	}
	if got := DoseFull.Min(DoseNone); got != DoseNone {
		t.Errorf("DoseFull.Min(DoseNone) = %v, want DoseNone", got)
	}
}

// A blast or cruise whose minimum equals its maximum is valid.
func TestBlastCruiseEqualBounds(t *testing.T) {
	day := 24 * time.Hour
	for _, bc := range []BlastCruise{{CruiseMin: 12 * day, CruiseMax: 12 * day}, {BlastMin: 8 * 7 * day, BlastMax: 8 * 7 * day}} {
		if _, err := bc.Status(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), nil); err != nil {
			t.Errorf("%+v: %v", bc, err)
		}
	}
	if _, err := (BlastCruise{CruiseMin: 12 * day, CruiseMax: 11 * day}).Status(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), nil); err == nil {
		t.Error("cruise min above max accepted")
	}
}

// A fraction out of range is quoted as given, in full.
func TestMonitorFractionValue(t *testing.T) {
	_, err := Monitor{Dip: 1.25}.Check(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), TrainingLog{})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "monitor.dip" || fe.Value != "1.25" {
		t.Errorf("Dip 1.25: %v; want monitor.dip quoted as 1.25", err)
	}
}

// All yields the defined signs only, whatever other bits a Signs holds.
func TestSignsAllDefinedOnly(t *testing.T) {
	n := 0
	for g := range Signs(0xff).All() {
		if g <= SignUnknown || g >= signEnd {
			t.Errorf("All yielded %d, not a defined sign", g)
		}
		n++
	}
	if n != int(signEnd)-1 {
		t.Errorf("All yielded %d signs, want the %d defined", n, int(signEnd)-1)
	}
}

// A fall of exactly Drop counts as dropping, and between lifts that fall
// equally the first named is the one reported. 100 kg to 90 kg is a fall of
// (200 - 180) / 200 = 0.1 exactly.
func TestMonitorDropEdge(t *testing.T) {
	asOf := time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC)
	days := func(n int) time.Time { return asOf.AddDate(0, 0, -n) }
	var ms []Measure
	for _, lift := range []string{"squat", "bench"} {
		for _, d := range []int{50, 45, 40} {
			ms = append(ms, Measure{Date: days(d), Lift: lift, E1RM: 100 * repkit.Kilogram})
		}
		for _, d := range []int{10, 5, 0} {
			ms = append(ms, Measure{Date: days(d), Lift: lift, E1RM: 90 * repkit.Kilogram})
		}
	}
	a, err := Monitor{Drop: 0.1, Dip: 0.05}.Check(asOf, TrainingLog{Measures: ms})
	if err != nil {
		t.Fatal(err)
	}
	if a.Compared != 2 || a.Dropping != 2 || a.Lift != "squat" || a.Drop != 0.1 || !a.Signs.Has(SignDrop) {
		t.Errorf("advice %+v; want both lifts dropping by 0.1, squat named", a)
	}
}

// Soreness lingers when at least two answers, and at least half of those
// given, raise it: 2 of 4 does, 2 of 5 does not, 3 of 5 does.
func TestLingeringHalf(t *testing.T) {
	asOf := time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		raised, answered int
		want             bool
	}{{2, 4, true}, {2, 5, false}, {3, 5, true}, {1, 1, false}} {
		var notes []Note
		for i := range tt.answered {
			c := ConcernNone
			if i < tt.raised {
				c = ConcernMild
			}
			notes = append(notes, Note{Date: asOf.AddDate(0, 0, -tt.answered+i), Soreness: c})
		}
		notes = append(notes, Note{Date: asOf}) // unanswered: not counted
		a, err := Monitor{}.Check(asOf, TrainingLog{Notes: notes})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Signs.Has(SignSoreness); got != tt.want {
			t.Errorf("%d of %d answers raise soreness: sign %v, want %v", tt.raised, tt.answered, got, tt.want)
		}
	}
}

// A check-in's sleep may be a whole day; an experience past the named
// levels is refused.
func TestCheckInEdges(t *testing.T) {
	if err := (CheckIn{Sleep: 24 * time.Hour}).Validate(); err != nil {
		t.Errorf("24 h of sleep: %v", err)
	}
	if err := (CheckIn{Sleep: 24*time.Hour + 1}).Validate(); err == nil {
		t.Error("more than a day of sleep accepted")
	}
	if _, err := Assess(Lifter{Experience: Experience(len(experienceNames))}, CheckIn{}); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("an experience past the named ones: %v, want ErrUnknownName", err)
	}
	if _, err := Assess(Lifter{Experience: Advanced}, CheckIn{}); err != nil {
		t.Errorf("advanced: %v", err)
	}
}

// With panics on a value past the constants, conditionEnd included.
func TestConditionsWithEnd(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("With(conditionEnd) did not panic")
		}
	}()
	_ = Conditions(0).With(conditionEnd)
}

// A reason past the constants has no field name of its own: it is named as
// its text names it, without an index past the table.
func TestReasonFieldPastEnd(t *testing.T) {
	if got, want := reasonEnd.field(), reasonText.String(reasonEnd); got != want {
		t.Errorf("field of reasonEnd = %q, want %q", got, want)
	}
}

// Valid holds for the named concerns only.
func TestConcernValidEdge(t *testing.T) {
	if !Concern(len(concernNames) - 1).Valid() {
		t.Error("the last named concern is not valid")
	}
	if Concern(len(concernNames)).Valid() {
		t.Error("a concern past the named ones is valid")
	}
}
