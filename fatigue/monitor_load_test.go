package fatigue

import (
	"encoding/json"
	"math"
	"slices"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
)

// drawE1RM draws a main-lift e1RM from 20 kg to 400 kg.
func drawE1RM() *rapid.Generator[repkit.Load] { return gen.Load(20*kg, 400*kg) }

// oldAdvice is what the monitor computed while e1RMs were float64
// kilograms, written out again as an oracle for the measures part: float
// medians (the mean of the two middles for an even count) and the float
// drop (b - r) / b, largest drop first, ties to the earlier lift.
type oldAdvice struct {
	lift               string
	drop, base, recent float64
	compared, dropping int
	action             Response
}

func oldCheck(m Monitor, asOf time.Time, ms []Measure) oldAdvice {
	m = m.withDefaults()
	recentFrom := asOf.Add(-m.Recent)
	baseFrom := recentFrom.Add(-m.Baseline)
	median := func(xs []float64) float64 {
		slices.Sort(xs)
		n := len(xs)
		if n%2 == 1 {
			return xs[n/2]
		}
		return (xs[n/2-1] + xs[n/2]) / 2
	}
	o := oldAdvice{drop: math.Inf(-1)}
	var seen []string
	for _, me := range ms {
		if slices.Contains(seen, me.Lift) {
			continue
		}
		seen = append(seen, me.Lift)
		var base, recent []float64
		for _, x := range ms {
			switch {
			case x.Lift != me.Lift:
			case x.Date.After(baseFrom) && !x.Date.After(recentFrom):
				base = append(base, x.E1RM.Kilograms())
			case x.Date.After(recentFrom) && !x.Date.After(asOf):
				recent = append(recent, x.E1RM.Kilograms())
			}
		}
		if len(base) < m.MinPoints || len(recent) < m.MinPoints {
			continue
		}
		b, r := median(base), median(recent)
		d := (b - r) / b
		o.compared++
		if d >= m.Drop {
			o.dropping++
		}
		if d > o.drop {
			o.lift, o.drop, o.base, o.recent = me.Lift, d, b, r
		}
	}
	o.action = ResponseContinue
	switch {
	case o.compared == 0:
		o.drop = 0
		o.action = ResponseNotEnoughData // no lift to judge, no notes
	case o.drop >= m.Drop:
		o.action = ResponseReviewProgram // no notes: no rest-pause logged to remove
	case o.drop >= m.Dip:
		o.action = ResponseWatch
	}
	return o
}

// TestMonitorSameDecisionsAsFloat checks the Load monitor against the
// figures the float64-kilogram monitor gave on the same data, worked out by
// hand (default thresholds: dip 2.5%, drop 5%), and against oldCheck.
func TestMonitorSameDecisionsAsFloat(t *testing.T) {
	lb := repkit.Pound
	for _, tc := range []struct {
		name             string
		base, recent     []repkit.Load
		wantBase, wantRe repkit.Load
		drop             float64
		action           Response
	}{
		// Medians 150 and 150: no change.
		{"steady", kgs(150, 150, 150, 150), kgs(151, 150, 149), 150 * kg, 150 * kg, 0, ResponseContinue},
		// Sorted 96 100 100 104: median 100; 90 91 95: 91; 9/100.
		{"drop", kgs(100, 104, 96, 100), kgs(90, 95, 91), 100 * kg, 91 * kg, 0.09, ResponseReviewProgram}, // no notes: no rest-pause logged
		// 100 101 102 103: 101.5; 96 97 98.5 99: 97.75; 3.75/101.5 = 0.0369458...
		{"even counts, half kilos", kgs(100, 101, 102, 103), kgs(98.5, 99, 97, 96), kgs(101.5)[0], kgs(97.75)[0], 3.75 / 101.5, ResponseWatch},
		// 5/100 is the float 0.05 the default is: a drop, exactly at it.
		{"exactly the drop threshold", kgs(100, 100, 100), kgs(95, 95, 95), 100 * kg, 95 * kg, 0.05, ResponseReviewProgram},
		// 5/200 is the float 0.025: a dip, exactly at it.
		{"exactly the dip threshold", kgs(200, 200, 200), kgs(195, 195, 195), 200 * kg, 195 * kg, 0.025, ResponseWatch},
		// 4.9/100 = 0.049: just short of a drop.
		{"just short of a drop", kgs(100, 100, 100), kgs(95.1, 95, 95.2), 100 * kg, kgs(95.1)[0], 0.049, ResponseWatch},
		// 2.4/100: just short of a dip.
		{"just short of a dip", kgs(100, 100, 100), kgs(97.6, 97.6, 99), 100 * kg, kgs(97.6)[0], 0.024, ResponseContinue},
		// A rise of 10%: a negative drop.
		{"rise", kgs(100, 100, 100), kgs(110, 110, 110), 100 * kg, 110 * kg, -0.1, ResponseContinue},
		// Pound loads: 225 lb to 215 lb is 10/225 = 0.0444...
		{"pounds", []repkit.Load{225 * lb, 225 * lb, 225 * lb}, []repkit.Load{215 * lb, 215 * lb, 215 * lb}, 225 * lb, 215 * lb, 10.0 / 225, ResponseWatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := squat(tc.base, tc.recent)
			a := mustCheck(t, Monitor{}, TrainingLog{Measures: ms})
			if a.Response != tc.action || a.BaselineE1RM != tc.wantBase || a.RecentE1RM != tc.wantRe || math.Abs(a.Drop-tc.drop) > 1e-12 {
				t.Errorf("advice %v, medians %v and %v, drop %v; want %v, %v and %v, %v", a.Response, a.BaselineE1RM, a.RecentE1RM, a.Drop, tc.action, tc.wantBase, tc.wantRe, tc.drop)
			}
			o := oldCheck(Monitor{}, asOf, ms)
			if o.action != a.Response || math.Abs(o.drop-a.Drop) > 1e-12 || math.Abs(o.base-a.BaselineE1RM.Kilograms()) > 1e-9 || math.Abs(o.recent-a.RecentE1RM.Kilograms()) > 1e-9 {
				t.Errorf("float monitor: %+v; load monitor: %+v", o, a)
			}
		})
	}
}

// drawMeasures draws e1RMs of up to three lifts on days from 70 days before
// asOf to 5 after it, so that every window and the days outside them see
// some.
func drawMeasures(t *rapid.T) []Measure {
	lifts := []string{"squat", "bench", "deadlift"}[:rapid.IntRange(1, 3).Draw(t, "lifts")]
	n := rapid.IntRange(0, 40).Draw(t, "n")
	ms := make([]Measure, n)
	for i := range ms {
		ms[i] = Measure{
			Date: daysAgo(rapid.IntRange(-5, 70).Draw(t, "day")),
			Lift: rapid.SampledFrom(lifts).Draw(t, "lift"),
			E1RM: drawE1RM().Draw(t, "e1rm"),
		}
	}
	return ms
}

func drawMonitor(t *rapid.T) Monitor {
	drop := rapid.Float64Range(0.01, 0.2).Draw(t, "drop")
	return Monitor{
		MinPoints: rapid.IntRange(1, 4).Draw(t, "min points"),
		Dip:       rapid.Float64Range(0.001, drop).Draw(t, "dip"),
		Drop:      drop,
	}
}

// nearThreshold reports whether a drop lies so close to a threshold that
// float kilograms and exact loads may fairly fall on different sides.
func nearThreshold(m Monitor, drop float64) bool {
	m = m.withDefaults()
	return math.Abs(drop-m.Drop) < 1e-9 || math.Abs(drop-m.Dip) < 1e-9
}

// On random histories the Load monitor decides as the float one did.
func testMonitorMatchesFloat(t *rapid.T) {
	m := drawMonitor(t)
	ms := drawMeasures(t)
	o := oldCheck(m, asOf, ms)
	a := mustCheck(t, m, TrainingLog{Measures: ms})
	if nearThreshold(m, o.drop) || nearThreshold(m, a.Drop) {
		t.Skip("a drop within 1e-9 of a threshold")
	}
	if a.Response != o.action || a.Compared != o.compared || a.Dropping != o.dropping || math.Abs(a.Drop-o.drop) > 1e-9 {
		t.Fatalf("load monitor %+v, float monitor %+v", a, o)
	}
	if a.Lift != o.lift && math.Abs(a.Drop-o.drop) > 1e-12 {
		t.Fatalf("largest drop in %q, the float monitor says %q", a.Lift, o.lift)
	}
}

func TestMonitorMatchesFloat(t *testing.T) { rapid.Check(t, testMonitorMatchesFloat) }

// Multiplying every e1RM by the same whole number changes neither the
// advice nor the drop, and scales the medians. The drop is exactly the same
// float while twice the scaled medians stay below 2^53 ng (about 9 t), as
// they do here: at most 2 x 400 kg x 10.
func testMonitorScaleFree(t *rapid.T) {
	m := drawMonitor(t)
	ms := drawMeasures(t)
	k := repkit.Load(rapid.IntRange(2, 10).Draw(t, "k"))
	rp := rapid.Bool().Draw(t, "rest-pause")
	ns := notes(rapid.IntRange(0, 4).Draw(t, "notes"), rp, drawConcern(t, "sore"), drawConcern(t, "joints"), drawConcern(t, "motivation"))
	scaled := slices.Clone(ms)
	for i := range scaled {
		scaled[i].E1RM *= k
	}
	a1 := mustCheck(t, m, TrainingLog{Measures: ms, Notes: ns})
	a2 := mustCheck(t, m, TrainingLog{Measures: scaled, Notes: ns})
	if a1.Response != a2.Response || a1.Signs != a2.Signs || a1.Drop != a2.Drop || a1.Lift != a2.Lift ||
		a1.Compared != a2.Compared || a1.Dropping != a2.Dropping {
		t.Fatalf("scaling by %d changed the advice: %+v -> %+v", k, a1, a2)
	}
	// A median of an even count rounds down half a nanogram, so the scaled
	// one may lie up to k/2 ng above k times the unscaled one.
	for _, p := range [][2]repkit.Load{{a1.BaselineE1RM, a2.BaselineE1RM}, {a1.RecentE1RM, a2.RecentE1RM}} {
		if d := p[1] - k*p[0]; d < 0 || d > k/2 {
			t.Fatalf("median %v scaled by %d is %v", p[0], k, p[1])
		}
	}
}

func TestMonitorScaleFree(t *testing.T) { rapid.Check(t, testMonitorScaleFree) }

// With nothing but e1RMs to go on (no notes, or notes that raise nothing),
// a largest drop below the Drop threshold never removes rest-pause and one
// below Dip changes nothing, while one at Drop or more always removes it.
func testMonitorThresholds(t *rapid.T) {
	m := drawMonitor(t)
	ms := drawMeasures(t)
	ns := notes(rapid.IntRange(0, 4).Draw(t, "notes"), true, ConcernNone, ConcernNone, ConcernNone)
	a := mustCheck(t, m, TrainingLog{Measures: ms, Notes: ns})
	switch {
	case a.Compared == 0:
		if a.Response != ResponseNotEnoughData || a.Drop != 0 || a.Lift != "" || a.BaselineE1RM != 0 || a.RecentE1RM != 0 {
			t.Fatalf("no lift compared, yet %+v", a)
		}
	case a.Drop >= m.Drop:
		want := ResponseRemoveRestPause // the notes hold rest-pause work
		if len(ns) == 0 {
			want = ResponseReviewProgram // no rest-pause logged to remove
		}
		if a.Response != want || a.Dropping == 0 {
			t.Fatalf("drop %v at or above %v: %+v", a.Drop, m.Drop, a)
		}
	case a.Drop >= m.Dip:
		if a.Response != ResponseWatch || a.Dropping != 0 {
			t.Fatalf("drop %v between dip %v and drop %v: %+v", a.Drop, m.Dip, m.Drop, a)
		}
	default:
		if a.Response != ResponseContinue || a.Dropping != 0 {
			t.Fatalf("drop %v below dip %v: %+v", a.Drop, m.Dip, a)
		}
	}
	// The figures agree with the medians reported.
	if a.Compared > 0 {
		b, r := a.BaselineE1RM.Kilograms(), a.RecentE1RM.Kilograms()
		if want := (b - r) / b; math.Abs(a.Drop-want) > 1e-9 {
			t.Fatalf("drop %v, medians %v and %v give %v", a.Drop, a.BaselineE1RM, a.RecentE1RM, want)
		}
	}
}

func TestMonitorThresholds(t *testing.T) { rapid.Check(t, testMonitorThresholds) }
func FuzzMonitorThresholds(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testMonitorThresholds)) }

// A Measure's e1RM is a load string in JSON, under snake_case keys.
func TestMeasureJSON(t *testing.T) {
	in := Measure{Date: asOf, Lift: "squat", E1RM: 102*kg + 500*repkit.Gram}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"date":"2026-06-30T00:00:00Z","lift":"squat","e1rm":"102.5kg"}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var out Measure
	if err := json.Unmarshal([]byte(`{"date":"2026-06-30T00:00:00Z","lift":"squat","e1rm":"225lb"}`), &out); err != nil {
		t.Fatal(err)
	}
	if out.E1RM != 225*repkit.Pound || out.Lift != "squat" || !out.Date.Equal(asOf) {
		t.Errorf("unmarshal = %+v", out)
	}
}
