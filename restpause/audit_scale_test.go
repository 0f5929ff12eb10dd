package restpause

import (
	"github.com/repkit/repkit/internal/benchcpu"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
)

// perRecordDropping is the audit's while-dropping rule the plain way: the
// Monitor asked about every record on the whole log of measures.
func perRecordDropping(t interface{ Fatal(...any) }, m fatigue.Monitor, h []Record, mains []fatigue.Measure) []int {
	var recs []int
	for i := range h {
		adv, err := m.Check(h[i].Date, fatigue.TrainingLog{Measures: mains})
		if err != nil {
			t.Fatal(err)
		}
		if adv.Signs.Has(fatigue.SignDrop) {
			recs = append(recs, i)
		}
	}
	return recs
}

func droppingFinding(rep AuditReport) []int {
	for _, f := range rep.Findings {
		if f.Mistake == MistakeWhileDropping {
			return f.Records
		}
	}
	return nil
}

// TestWhileDroppingOncePerDate checks that asking the Monitor once per date
// on the measures cut to the windows finds the same records as asking it
// about every record on the whole log, for drawn histories, measures (in
// any order, some lifts tied) and windows.
func TestWhileDroppingOncePerDate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		day := func(label string) time.Time {
			return auditStart.AddDate(0, 0, rapid.IntRange(0, 120).Draw(t, label))
		}
		var h []Record
		for range rapid.IntRange(0, 30).Draw(t, "records") {
			r := rec(0, "leg-extension", 50*repkit.Kilogram, 14, repkit.AtRIR(1), 5)
			r.Date = day("record")
			h = append(h, r)
		}
		var mains []fatigue.Measure
		for range rapid.IntRange(0, 80).Draw(t, "measures") {
			mains = append(mains, fatigue.Measure{
				Date: day("measure"),
				Lift: []string{"squat", "bench", "deadlift"}[rapid.IntRange(0, 2).Draw(t, "lift")],
				E1RM: repkit.Load(rapid.IntRange(90, 110).Draw(t, "kg")) * repkit.Kilogram,
			})
		}
		m := fatigue.Monitor{
			Recent:   time.Duration(rapid.IntRange(0, 30).Draw(t, "recent")) * 24 * time.Hour,
			Baseline: time.Duration(rapid.IntRange(0, 50).Draw(t, "baseline")) * 24 * time.Hour,
		}
		rep, err := Auditor{Monitor: m}.Audit(h, mains)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(perRecordDropping(t, m, h, mains), droppingFinding(rep)); diff != "" {
			t.Fatalf("while-dropping records (-per record +per date):\n%s", diff)
		}
	})
}

// scaleHistory is a generated history of n records, four a training day
// every other day, with four main lifts measured each training day, their
// e1RMs dipping for three weeks in every thirteen so some dates drop.
func scaleHistory(n int) ([]Record, []fatigue.Measure) {
	h := make([]Record, 0, n)
	var mains []fatigue.Measure
	ids := []string{"leg-extension", "cable-lateral-raise", "pec-deck", "lat-pulldown"}
	lifts := []string{"squat", "bench", "deadlift", "press"}
	for d := 0; len(h) < n; d++ {
		date := auditStart.AddDate(0, 0, 2*d)
		for j := 0; j < 4 && len(h) < n; j++ {
			h = append(h, rec(2*d, ids[j], 50*repkit.Kilogram, 14, repkit.AtRIR(1), 5, 4))
		}
		for j, l := range lifts {
			e := repkit.Load(100+j*20+d%5) * repkit.Kilogram
			if (2*d/7)%13 > 9 {
				e -= 10 * repkit.Kilogram
			}
			mains = append(mains, fatigue.Measure{Date: date, Lift: l, E1RM: e})
		}
	}
	return h, mains
}

func TestScaleHistoryDrops(t *testing.T) {
	h, mains := scaleHistory(2_000)
	rep, err := Auditor{}.Audit(h, mains)
	if err != nil {
		t.Fatal(err)
	}
	got := droppingFinding(rep)
	if len(got) == 0 || len(got) == len(h) {
		t.Fatalf("%d of %d records while dropping: the generated history should drop now and then", len(got), len(h))
	}
	if diff := cmp.Diff(perRecordDropping(t, fatigue.Monitor{}, h, mains), got); diff != "" {
		t.Fatalf("while-dropping records (-per record +per date):\n%s", diff)
	}
}

var auditSizes = []int{1_000, 10_000, 100_000, 1_000_000}

// BenchmarkAuditScale audits generated histories of 1k to 1M records with
// the main lifts' measures; ns/row is the per-record cost.
func BenchmarkAuditScale(b *testing.B) {
	for _, n := range auditSizes {
		h, mains := scaleHistory(n)
		b.Run("rows="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			defer benchcpu.Begin(b)()
			for b.Loop() {
				if _, err := (Auditor{}).Audit(h, mains); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
		})
	}
}

// BenchmarkWhileDropping is the audit's while-dropping rule alone on the
// same histories, and BenchmarkWhileDroppingBaseline its honest baseline
// written by hand: the Monitor asked once per distinct date on the whole
// log (TestScaleHistoryDrops checks the answers agree). The baseline is
// quadratic, so it stops at 10k.
func BenchmarkWhileDropping(b *testing.B) {
	for _, n := range auditSizes {
		h, mains := scaleHistory(n)
		order := make([]int, len(h))
		for i := range order {
			order[i] = i
		}
		b.Run("rows="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			defer benchcpu.Begin(b)()
			for b.Loop() {
				if _, err := (Auditor{}).whileDropping(h, order, mains); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
		})
	}
}

func BenchmarkWhileDroppingBaseline(b *testing.B) {
	for _, n := range auditSizes[:2] {
		h, mains := scaleHistory(n)
		b.Run("rows="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			defer benchcpu.Begin(b)()
			for b.Loop() {
				var recs []int
				var last time.Time
				drop := false
				for i := range h {
					if i == 0 || !h[i].Date.Equal(last) {
						last = h[i].Date
						adv, err := (fatigue.Monitor{}).Check(last, fatigue.TrainingLog{Measures: mains})
						if err != nil {
							b.Fatal(err)
						}
						drop = adv.Signs.Has(fatigue.SignDrop)
					}
					if drop {
						recs = append(recs, i)
					}
				}
				sinkInts = slices.Clip(recs)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
		})
	}
}

var sinkInts []int
