package fatigue

import (
	"github.com/repkit/repkit/internal/benchcpu"
	"math"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
)

var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

func daysAgo(n int) time.Time { return asOf.AddDate(0, 0, -n) }

const kg = repkit.Kilogram

// kgs turns whole and decimal kilogram figures into exact loads.
func kgs(vs ...float64) []repkit.Load {
	out := make([]repkit.Load, len(vs))
	for i, v := range vs {
		l, err := repkit.FromKilograms(v)
		if err != nil {
			panic(err) // a typo in a test table
		}
		out[i] = l
	}
	return out
}

// squat builds a squat history: baseline e1RMs 25, 30, 35, ... days ago and
// recent ones 1, 3, 5, ... days ago (up to 8 of each, missing days between),
// so with the default windows (recent 21 days, baseline the 42 before) each
// slice lands whole in its own window.
func squat(baseline, recent []repkit.Load) []Measure {
	var ms []Measure
	for i, v := range baseline {
		ms = append(ms, Measure{Date: daysAgo(25 + 5*i), Lift: "squat", E1RM: v})
	}
	for i, v := range recent {
		ms = append(ms, Measure{Date: daysAgo(1 + 2*i), Lift: "squat", E1RM: v})
	}
	return ms
}

func notes(n int, rp bool, sore, joints, motivation Concern) []Note {
	var ns []Note
	for i := range n {
		ns = append(ns, Note{Date: daysAgo(2 + 4*i), RestPause: rp, Soreness: sore, Joints: joints, LowMotivation: motivation})
	}
	return ns
}

func TestMonitorGuideSigns(t *testing.T) {
	flat := kgs(150, 150, 150, 150)
	for _, tc := range []struct {
		name   string
		h      TrainingLog
		action Response
		signal Sign
	}{
		{"steady", TrainingLog{Measures: squat(flat, kgs(151, 150, 149))}, ResponseContinue, SignUnknown},
		{"one bad day is noise", TrainingLog{Measures: squat(flat, kgs(150, 120, 151))}, ResponseContinue, SignUnknown},
		{"dip", TrainingLog{Measures: squat(flat, kgs(146, 145, 147))}, ResponseWatch, SignDip},
		{"main lift drops", TrainingLog{Measures: squat(flat, kgs(140, 141, 139)), Notes: notes(3, true, ConcernNone, ConcernNone, ConcernNone)}, ResponseRemoveRestPause, SignDrop},
		{"drop with rest-pause already out", TrainingLog{Measures: squat(flat, kgs(140, 141, 139)), Notes: notes(3, false, ConcernNone, ConcernNone, ConcernNone)}, ResponseReviewProgram, SignDrop},
		{"soreness hangs around", TrainingLog{Notes: notes(4, true, ConcernMild, ConcernNone, ConcernNone)}, ResponseRemoveRestPause, SignSoreness},
		{"joints irritated", TrainingLog{Notes: notes(4, true, ConcernNone, ConcernMild, ConcernNone)}, ResponseRemoveRestPause, SignJoints},
		{"motivation tanks", TrainingLog{Notes: notes(4, true, ConcernNone, ConcernNone, ConcernMarked)}, ResponseRemoveRestPause, SignMotivation},
		{"soreness and motivation", TrainingLog{Notes: notes(4, true, ConcernMild, ConcernNone, ConcernMild)}, ResponseRemoveRestPause, SignSoreness},
		{"too few recent measures", TrainingLog{Measures: squat(flat, kgs(120, 120))}, ResponseNotEnoughData, SignUnknown},
		{"nothing logged", TrainingLog{}, ResponseNotEnoughData, SignUnknown},
		// The guide's signs are reasons to remove rest-pause work; with none
		// logged there is nothing to remove.
		{"soreness with no rest-pause logged", TrainingLog{Notes: notes(4, false, ConcernMild, ConcernNone, ConcernNone)}, ResponseReviewProgram, SignSoreness},
		{"drop with no notes at all", TrainingLog{Measures: squat(flat, kgs(140, 141, 139))}, ResponseReviewProgram, SignDrop},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustCheck(t, Monitor{}, tc.h)
			if a.Response != tc.action {
				t.Errorf("action = %v, want %v (advice %+v)", a.Response, tc.action, a)
			}
			if tc.signal == SignUnknown && a.Signs != 0 {
				t.Errorf("signals %b, want none", a.Signs)
			}
			if tc.signal != SignUnknown && !a.Signs.Has(tc.signal) {
				t.Errorf("signals %b lack %v", a.Signs, tc.signal)
			}
		})
	}
}

// fataler is the part of *testing.T and *rapid.T that mustCheck uses.
type fataler interface {
	Helper()
	Fatal(args ...any)
}

// mustCheck returns m's advice on h as of asOf, stopping the test on an
// error.
func mustCheck(t fataler, m Monitor, h TrainingLog) Advice {
	t.Helper()
	a, err := m.Check(asOf, h)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestMonitorFigures(t *testing.T) {
	// Baseline median of 100, 104, 96, 100 is 100; recent median of 90, 95,
	// 91 is 91: a 9% drop, by hand.
	h := TrainingLog{Measures: append(squat(kgs(100, 104, 96, 100), kgs(90, 95, 91)),
		Measure{Date: daysAgo(4), Lift: "bench", E1RM: 80 * kg})}
	a := mustCheck(t, Monitor{}, h)
	if a.Lift != "squat" || a.BaselineE1RM != 100*kg || a.RecentE1RM != 91*kg || a.Compared != 1 || a.Dropping != 1 {
		t.Fatalf("advice %+v", a)
	}
	if d := a.Drop - 0.09; d > 1e-12 || d < -1e-12 {
		t.Fatalf("drop = %v, want 0.09", a.Drop)
	}
	// Measures after asOf are ignored: replaying 20 days earlier sees only
	// the baseline's later part.
	if a, _ := (Monitor{}).Check(asOf.AddDate(0, 0, -20), h); a.Signs.Has(SignDrop) {
		t.Fatalf("future measures leaked: %+v", a)
	}
}

// Scaling every recent e1RM of a lift down further never gives milder advice.
func testMonitorMonotone(t *rapid.T) {
	base := rapid.SliceOfN(drawE1RM(), 3, 8).Draw(t, "baseline")
	recent := rapid.SliceOfN(drawE1RM(), 3, 8).Draw(t, "recent")
	k1 := rapid.Float64Range(0.5, 1.2).Draw(t, "k1")
	k2 := rapid.Float64Range(0.5, k1).Draw(t, "k2")
	rp := rapid.Bool().Draw(t, "rest-pause")
	ns := notes(rapid.IntRange(0, 4).Draw(t, "notes"), rp, drawConcern(t, "sore"), drawConcern(t, "joints"), drawConcern(t, "motivation"))
	scaled := func(k float64) TrainingLog {
		r := make([]repkit.Load, len(recent))
		for i, v := range recent {
			r[i] = repkit.Load(math.Round(float64(v) * k)) // rounding is monotone
		}
		return TrainingLog{Measures: squat(base, r), Notes: ns}
	}
	a1 := mustCheck(t, Monitor{}, scaled(k1))
	a2 := mustCheck(t, Monitor{}, scaled(k2))
	if a2.Response < a1.Response {
		t.Fatalf("bigger drop (%v vs %v) gave milder action %v than %v", a2.Drop, a1.Drop, a2.Response, a1.Response)
	}
	if a2.Drop < a1.Drop-1e-12 {
		t.Fatalf("scaling down lowered the drop: %v -> %v", a1.Drop, a2.Drop)
	}
}

func TestMonitorMonotone(t *testing.T) { rapid.Check(t, testMonitorMonotone) }
func FuzzMonitorMonotone(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testMonitorMonotone)) }

// One outlier among three or more recent measures never raises a signal on
// an otherwise flat lift: the medians do not move.
func testMonitorOutlier(t *rapid.T) {
	n := rapid.IntRange(3, 6).Draw(t, "n")
	recent := make([]repkit.Load, n)
	for i := range recent {
		recent[i] = 150 * kg
	}
	recent[rapid.IntRange(0, n-1).Draw(t, "at")] = gen.Load(1, 1000*kg).Draw(t, "outlier")
	a := mustCheck(t, Monitor{}, TrainingLog{Measures: squat(kgs(150, 150, 150), recent)})
	if a.Response != ResponseContinue || a.Drop != 0 {
		t.Fatalf("outlier moved advice: %+v", a)
	}
}

func TestMonitorOutlier(t *testing.T) { rapid.Check(t, testMonitorOutlier) }

func benchHistory() TrainingLog {
	var h TrainingLog
	for _, lift := range []string{"squat", "bench", "deadlift", "press"} {
		for d := range 60 {
			if d%4 == 0 {
				h.Measures = append(h.Measures, Measure{Date: daysAgo(d), Lift: lift, E1RM: 100*kg + repkit.Load(d%7)*kg})
			}
		}
	}
	for d := 0; d < 60; d += 2 {
		h.Notes = append(h.Notes, Note{Date: daysAgo(d), RestPause: true, Soreness: ConcernMild, Joints: ConcernNone})
	}
	return h
}

// BenchmarkMonitorBaseline is handCheck, the honest baseline, on the same
// 60-day history (TestCheckMatchesHand checks the two agree), with the
// notes read as Check reads them.
func BenchmarkMonitorBaseline(b *testing.B) {
	h := benchHistory()
	recentFrom := asOf.Add(-DefaultRecent)
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		sinkHand = handCheck(asOf, h.Measures)
		var sore, hurt, flat lingering
		for _, n := range h.Notes {
			if n.Date.After(asOf) || !n.Date.After(recentFrom) {
				continue
			}
			sore.add(n.Soreness)
			hurt.add(n.Joints)
			flat.add(n.LowMotivation)
		}
		sinkBool = sore.signal() || hurt.signal() || flat.signal()
	}
}

var sinkBool bool

func BenchmarkMonitor(b *testing.B) {
	h := benchHistory()
	b.ReportAllocs()
	defer benchcpu.Begin(b)()
	for b.Loop() {
		if _, err := (Monitor{}).Check(asOf, h); err != nil {
			b.Fatal(err)
		}
	}
}
