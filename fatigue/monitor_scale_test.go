package fatigue

import (
	"github.com/repkit/repkit/internal/benchcpu"
	"math"
	"slices"
	"strconv"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
)

// handAdvice is the lift part of an Advice, worked out by handCheck.
type handAdvice struct {
	lift               string
	drop               float64
	base2, recent2     uint64
	compared, dropping int
}

// handCheck is the honest baseline for Monitor.Check's measures part,
// written the plain way with the default windows and thresholds: one pass
// that buckets each lift's e1RMs into its two windows by a map, then the
// medians (exact, as twice the median) and the drops in the order the lifts
// first appear. It does the same work as Check and no more.
func handCheck(asOf time.Time, ms []Measure) handAdvice {
	recentFrom := asOf.Add(-DefaultRecent)
	baseFrom := recentFrom.Add(-DefaultBaseline)
	type windows struct{ base, recent []repkit.Load }
	idx := map[string]int{}
	var order []string
	var ws []windows
	for _, me := range ms {
		i, ok := idx[me.Lift]
		if !ok {
			i = len(ws)
			idx[me.Lift] = i
			order = append(order, me.Lift)
			ws = append(ws, windows{})
		}
		switch {
		case !me.Date.After(baseFrom) || me.Date.After(asOf):
		case me.Date.After(recentFrom):
			ws[i].recent = append(ws[i].recent, me.E1RM)
		default:
			ws[i].base = append(ws[i].base, me.E1RM)
		}
	}
	twice := func(ls []repkit.Load) uint64 {
		slices.Sort(ls)
		n := len(ls)
		if n%2 == 1 {
			return 2 * uint64(ls[n/2])
		}
		return uint64(ls[n/2-1]) + uint64(ls[n/2])
	}
	h := handAdvice{drop: math.Inf(-1)}
	for i, lift := range order {
		w := ws[i]
		if len(w.base) < DefaultMinPoints || len(w.recent) < DefaultMinPoints {
			continue
		}
		b2, r2 := twice(w.base), twice(w.recent)
		var d float64
		if r2 <= b2 {
			d = float64(b2-r2) / float64(b2)
		} else {
			d = -(float64(r2-b2) / float64(b2))
		}
		h.compared++
		if d >= DefaultDrop {
			h.dropping++
		}
		if d > h.drop {
			h.lift, h.drop, h.base2, h.recent2 = lift, d, b2, r2
		}
	}
	if h.compared == 0 {
		h.drop = 0
	}
	return h
}

func sameAsHand(t interface {
	Helper()
	Fatalf(string, ...any)
}, a Advice, h handAdvice) {
	t.Helper()
	if a.Lift != h.lift || a.Drop != h.drop || a.Compared != h.compared || a.Dropping != h.dropping ||
		a.BaselineE1RM != repkit.Load(h.base2/2) || a.RecentE1RM != repkit.Load(h.recent2/2) {
		t.Fatalf("Check gave lift %q drop %v compared %d dropping %d medians %v %v; by hand %q %v %d %d %v %v",
			a.Lift, a.Drop, a.Compared, a.Dropping, a.BaselineE1RM, a.RecentE1RM,
			h.lift, h.drop, h.compared, h.dropping, repkit.Load(h.base2/2), repkit.Load(h.recent2/2))
	}
}

// scaleLog is a generated log of n measures: lifts main lifts (more than
// the 8 Check keeps without a map when lifts > 8), one lift a day in turn,
// the e1RMs wandering from 100 kg, with a short dip every so often so some
// dates see drops. The last date is the log's end.
func scaleLog(n, lifts int) (TrainingLog, time.Time) {
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	ms := make([]Measure, n)
	names := make([]string, lifts)
	for i := range names {
		names[i] = "lift " + strconv.Itoa(i)
	}
	x := uint32(12345)
	for i := range ms {
		x = x*1664525 + 1013904223
		day := i / 2
		e := 100*kg + repkit.Load(x>>24)*kg/16
		if day%90 > 70 {
			e -= 8 * kg
		}
		ms[i] = Measure{Date: start.AddDate(0, 0, day), Lift: names[i%lifts], E1RM: e}
	}
	return TrainingLog{Measures: ms}, ms[n-1].Date
}

// TestCheckMatchesHand checks Monitor.Check against handCheck on drawn
// logs (few and many lifts, any order, any dates) and on the benchmarks'
// generated logs at several dates.
func TestCheckMatchesHand(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		lifts := rapid.IntRange(1, 12).Draw(t, "lifts")
		n := rapid.IntRange(0, 400).Draw(t, "n")
		ms := make([]Measure, n)
		for i := range ms {
			ms[i] = Measure{
				Date: daysAgo(rapid.IntRange(-5, 80).Draw(t, "day")),
				Lift: "l" + strconv.Itoa(rapid.IntRange(0, lifts-1).Draw(t, "lift")),
				E1RM: repkit.Load(rapid.IntRange(95, 105).Draw(t, "kg")) * kg,
			}
		}
		a, err := Monitor{}.Check(asOf, TrainingLog{Measures: ms})
		if err != nil {
			t.Fatal(err)
		}
		sameAsHand(t, a, handCheck(asOf, slices.Clone(ms)))
	})
	bh := benchHistory()
	a, err := Monitor{}.Check(asOf, bh)
	if err != nil {
		t.Fatal(err)
	}
	sameAsHand(t, a, handCheck(asOf, slices.Clone(bh.Measures)))
	for _, lifts := range []int{4, 12} {
		h, end := scaleLog(10_000, lifts)
		for _, d := range []int{0, 5, 20, 400, 3000} {
			at := end.AddDate(0, 0, -d)
			a, err := Monitor{}.Check(at, h)
			if err != nil {
				t.Fatal(err)
			}
			sameAsHand(t, a, handCheck(at, slices.Clone(h.Measures)))
		}
	}
	// More windowed measures than Check's 256-load scratch: 10 a day for
	// 60 days, 100 kg in the baseline and 90 kg in the last 21 days, a 10%
	// drop by hand, read from a buffer on the heap.
	var many []Measure
	for d := range 60 {
		e := 100 * kg
		if d < 20 {
			e = 90 * kg
		}
		for range 10 {
			many = append(many, Measure{Date: daysAgo(d), Lift: "squat", E1RM: e})
		}
	}
	a, err = Monitor{}.Check(asOf, TrainingLog{Measures: many})
	if err != nil {
		t.Fatal(err)
	}
	if a.BaselineE1RM != 100*kg || a.RecentE1RM != 90*kg || !a.Signs.Has(SignDrop) {
		t.Errorf("600 measures: %+v, want a drop from 100kg to 90kg", a)
	}
	sameAsHand(t, a, handCheck(asOf, slices.Clone(many)))
}

// TestCheckAllocs holds Check's promise: no allocation while the windows
// hold at most 256 measures of at most 8 lifts, at any log length.
func TestCheckAllocs(t *testing.T) {
	h, end := scaleLog(100_000, 4)
	if n := testing.AllocsPerRun(10, func() {
		if _, err := (Monitor{}).Check(end, h); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("Check allocated %v times a run", n)
	}
}

var scaleSizes = []int{1_000, 10_000, 100_000, 1_000_000}

func sizeName(n int) string { return "rows=" + strconv.Itoa(n) }

// BenchmarkCheckScale is one Check at the end of generated logs of 1k to
// 1M measures (4 lifts); its ns/op over the rows is the per-row cost.
func BenchmarkCheckScale(b *testing.B) {
	for _, n := range scaleSizes {
		h, end := scaleLog(n, 4)
		b.Run(sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			defer benchcpu.Begin(b)()
			for b.Loop() {
				if _, err := (Monitor{}).Check(end, h); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
		})
	}
}

// BenchmarkCheckScaleBaseline is handCheck on the same logs (it sorts the
// windows in place, as Check does, so it is given the log itself).
func BenchmarkCheckScaleBaseline(b *testing.B) {
	for _, n := range scaleSizes {
		h, end := scaleLog(n, 4)
		b.Run(sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			defer benchcpu.Begin(b)()
			for b.Loop() {
				sinkHand = handCheck(end, h.Measures)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
		})
	}
}

var sinkHand handAdvice
