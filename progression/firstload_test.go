package progression_test

import (
	"errors"
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
)

func rir(r repkit.RIR) repkit.Effort { return repkit.AtRIR(r) }

// TestFirstLoadTable: loads worked by hand from the method in FirstLoad's
// doc: share(n) is the RTS row up to 12 reps to failure (81.1% at 7, 68.0%
// at 12) and 68.0% x 42/(30 + n) past it; a set of C reps to failure at L
// gives L x share(T)/share(C), rounded down to the machine's 2.5 kg steps.
func TestFirstLoadTable(t *testing.T) {
	machine, err := progression.KilogramGym().Weights(exercise.Machine)
	if err != nil {
		t.Fatal(err)
	}
	// 40 kg: 15 at 2 RIR, 13 at 1 and 12 to failure: 17, 14 and 12 reps to failure.
	last := progression.Performance{Load: 40 * kg, Sets: []progression.WorkSet{{15, rir(2)}, {13, rir(1)}, {12, rir(0)}}}
	for _, tt := range []struct {
		name    string
		history []progression.Performance
		reps    int
		rir     repkit.RIR
		want    repkit.Load
	}{
		// T = 17 = C of the first set: its load.
		{"myo-reps 15 at 2 RIR", []progression.Performance{last}, 15, 2, 40 * kg},
		// T = 21: 40 x 47/51 = 36.86 from the first set (the 12 is 9 reps
		// away, past the 5 allowed beyond the chart): 35 kg.
		{"20 at 1 RIR", []progression.Performance{last}, 20, 1, 35 * kg},
		// T = 12: 40 x 68.0% x 47/28.56 = 44.76 from the first set (the
		// others give 41.9 and 40): 42.5 kg.
		{"12 to failure", []progression.Performance{last}, 12, 0, 42500 * g},
		// T = 7, a DC first mini-set: 40 x 81.1% x 47/28.56 = 53.39: 52.5 kg.
		{"dc 7 to failure", []progression.Performance{last}, 7, 0, 52500 * g},
		// The latest session is the lifter now, even if an older one was stronger.
		{"latest session", []progression.Performance{{Load: 60 * kg, Sets: []progression.WorkSet{{17, rir(0)}}}, last}, 15, 2, 40 * kg},
		// The latest session has nothing in range (40 reps): the one before.
		{"older session in range", []progression.Performance{last, {Load: 20 * kg, Sets: []progression.WorkSet{{40, rir(0)}}}}, 15, 2, 40 * kg},
		// No effort recorded is read as failure: 15 reps to failure, so
		// 40 x 45/47 = 38.30: 37.5 kg. RPE 8.5 is 1-2 RIR, read as 1.
		{"no effort: failure", []progression.Performance{{Load: 40 * kg, Sets: []progression.WorkSet{{Reps: 15}}}}, 15, 2, 37500 * g},
		{"rpe 8.5: 1 RIR", []progression.Performance{{Load: 40 * kg, Sets: []progression.WorkSet{{14, repkit.AtRPE(8.5)}}}}, 15, 2, 37500 * g},
		// Body weight (0 kg) and empty sets are skipped.
		{"body weight skipped", []progression.Performance{last, {Load: 0, Sets: []progression.WorkSet{{17, rir(0)}}}, {Load: 30 * kg, Sets: []progression.WorkSet{{Reps: 0}}}}, 15, 2, 40 * kg},
	} {
		got, err := progression.FirstLoad(tt.history, tt.reps, tt.rir, machine)
		if err != nil || got != tt.want {
			t.Errorf("%s: %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
}

func TestFirstLoadFromE1RM(t *testing.T) {
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	// The chart stops at 12 reps to failure...
	if _, err := progression.LoadForRTS(100*kg, 15, 2); !errors.Is(err, repkit.ErrRange) {
		t.Fatalf("LoadForRTS(15, 2): %v", err)
	}
	for _, tt := range []struct {
		reps int
		rir  repkit.RIR
		want repkit.Load
	}{
		{15, 2, 60 * kg},  // 100 x 68.0% x 42/47 = 60.77
		{8, 2, 72500 * g}, // the chart's 73.9%, as LoadForRTS
		{1, 0, 100 * kg},  // a single is the e1RM
		{12, 5, 60 * kg},  // 17 reps to failure, as 15 at 2
		{13, 0, 65 * kg},  // 100 x 68.0% x 42/43 = 66.42
	} {
		got, err := progression.FirstLoadFromE1RM(100*kg, tt.reps, tt.rir, bar)
		if err != nil || got != tt.want {
			t.Errorf("%d at %d RIR: %v, %v; want %v", tt.reps, tt.rir, got, err, tt.want)
		}
		if tt.reps+int(tt.rir) <= 12 {
			l, _ := progression.LoadForRTS(100*kg, tt.reps, tt.rir)
			if r, _ := progression.Round(bar, l, progression.RoundDown); r != got {
				t.Errorf("%d at %d RIR: %v, LoadForRTS rounded gives %v", tt.reps, tt.rir, got, r)
			}
		}
	}
}

func TestFirstLoadErrors(t *testing.T) {
	machine := must(progression.SelectorStack(repkit.UnitKilogram))
	ok := []progression.Performance{{Load: 40 * kg, Sets: []progression.WorkSet{{15, rir(2)}}}}
	for _, tt := range []struct {
		name    string
		history []progression.Performance
		reps    int
		rir     repkit.RIR
		w       progression.Weights
		field   string
		err     error
	}{
		{"no reps", ok, 0, 2, machine, "reps", repkit.ErrRange},
		{"bad rir", ok, 15, 11, machine, "rir", repkit.ErrRange},
		{"26 reps to failure", ok, 24, 2, machine, "reps", repkit.ErrRange},
		{"empty history", nil, 15, 2, machine, "history", repkit.ErrEmpty},
		{"nothing in range", []progression.Performance{{Load: 60 * kg, Sets: []progression.WorkSet{{5, rir(0)}}}}, 20, 1, machine, "history", repkit.ErrRange},
		{"negative load", append([]progression.Performance{{Load: -kg}}, ok...), 15, 2, machine, "history[0].load", repkit.ErrInvalid},
		{"negative reps", append(ok, progression.Performance{Load: kg, Sets: []progression.WorkSet{{Reps: -1}}}), 15, 2, machine, "history[1].sets[0].reps", repkit.ErrInvalid},
		{"bad effort", append(ok, progression.Performance{Load: kg, Sets: []progression.WorkSet{{3, rir(-1)}}}), 15, 2, machine, "history[1].sets[0].effort", repkit.ErrRange},
		{"1001 reps", append(ok, progression.Performance{Load: kg, Sets: []progression.WorkSet{{Reps: 1001}}}), 15, 2, machine, "history[1].sets[0].reps", repkit.ErrInvalid},
		{"no equipment", ok, 15, 2, nil, "equipment", progression.ErrEquipment},
		{"lighter than the stack", []progression.Performance{{Load: 4 * kg, Sets: []progression.WorkSet{{15, rir(2)}}}}, 15, 2, machine, "target", progression.ErrNotAchievable},
	} {
		_, err := progression.FirstLoad(tt.history, tt.reps, tt.rir, tt.w)
		var fe *progression.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.err) {
			t.Errorf("%s: %v, want %v on %s", tt.name, err, tt.err, tt.field)
		}
	}
	// 1000 reps, the most a set may record, is no error (it converts to
	// nothing, so the session before is read).
	if _, err := progression.FirstLoad(append(ok, progression.Performance{Load: kg, Sets: []progression.WorkSet{{Reps: 1000}}}), 15, 2, machine); err != nil {
		t.Errorf("a set of 1000 reps: %v", err)
	}
	// The hint says which sets would do: 16 to 25 reps to failure for 20 at
	// 1 RIR, which no e1RM reaches; 1 to 22 for 15 at 2.
	_, err := progression.FirstLoad([]progression.Performance{{Load: 60 * kg, Sets: []progression.WorkSet{{5, rir(0)}}}}, 20, 1, machine)
	if want := `progression: history "1 session": out of range; log straight sets of 16 to 25 reps to failure (reps + RIR) with their load`; err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	_, err = progression.FirstLoad(nil, 15, 2, machine)
	if want := `progression: history "0 sessions": empty value; log straight sets of 1 to 22 reps to failure (reps + RIR) with their load, or give an e1RM to FirstLoadFromE1RM`; err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	for _, tt := range []struct {
		e1rm  repkit.Load
		reps  int
		field string
		err   error
	}{
		{100 * kg, 16, "reps", repkit.ErrRange}, // 18 reps to failure
		{0, 10, "e1rm", repkit.ErrInvalid},
		{-kg, 10, "e1rm", repkit.ErrInvalid},
	} {
		_, err := progression.FirstLoadFromE1RM(tt.e1rm, tt.reps, 2, machine)
		var fe *progression.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.err) {
			t.Errorf("e1RM %v, %d reps: %v, want %v on %s", tt.e1rm, tt.reps, err, tt.err, tt.field)
		}
	}
}

// share is the method's %1RM curve written out in floats, independently
// of the package's exact fractions: the RTS chart's RPE 10 row (DESIGN.md
// section 5, and Formula's doc) to 12 reps, then 68.0% x 42/(30 + n).
func share(n int) float64 {
	row := []float64{100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0}
	if n <= 12 {
		return row[n-1] / 100
	}
	return 0.68 * 42 / float64(30+n)
}

// inRange is the documented valid range: both ends 1 to 25 reps to
// failure, and at most 5 reps of the span past 12.
func inRange(c, t int) bool {
	lo, hi := min(c, t), max(c, t)
	return lo >= 1 && hi <= 25 && hi-max(lo, 12) <= 5
}

// testFirstLoad checks FirstLoad on random straight-set histories against
// the float model of its method: the load is achievable, never above the
// model's estimate, with nothing achievable skipped below it, never heavier
// than the source set unless that set stood for more reps to failure than
// the target, and an error only where the model has no estimate or the
// equipment nothing that light.
func testFirstLoad(t *rapid.T) {
	gym := rapid.SampledFrom([]progression.Gym{progression.KilogramGym(), progression.PoundGym()}).Draw(t, "gym")
	w, err := gym.Weights(rapid.SampledFrom(loadEquipment).Draw(t, "equipment"))
	if err != nil {
		t.Fatal(err)
	}
	effort := rapid.Custom(func(t *rapid.T) repkit.Effort {
		switch rapid.IntRange(0, 3).Draw(t, "effort kind") {
		case 0:
			return repkit.Effort{}
		case 1:
			return repkit.AtRPE(repkit.RPE(float64(rapid.IntRange(14, 20).Draw(t, "half rpe")) / 2))
		}
		return repkit.AtRIR(repkit.RIR(rapid.IntRange(0, 5).Draw(t, "rir")))
	})
	var history []progression.Performance
	for range rapid.IntRange(1, 4).Draw(t, "sessions") {
		// Mostly 10 to 200 kg, where the sets' estimates are steps apart;
		// now and then body weight or a load below the equipment's lightest.
		p := progression.Performance{Load: repkit.Load(rapid.IntRange(20, 400).Draw(t, "half kg")) * kg / 2}
		if rapid.IntRange(0, 10).Draw(t, "light") == 0 {
			p.Load = repkit.Load(rapid.IntRange(0, 20).Draw(t, "light half kg")) * kg / 2
		}
		for range rapid.IntRange(1, 3).Draw(t, "sets") {
			p.Sets = append(p.Sets, progression.WorkSet{Reps: rapid.IntRange(0, 30).Draw(t, "reps"), Effort: effort.Draw(t, "effort")})
		}
		history = append(history, p)
	}
	reps := rapid.IntRange(1, 25).Draw(t, "target reps")
	r := repkit.RIR(rapid.IntRange(0, 4).Draw(t, "target rir"))
	got, err := progression.FirstLoad(history, reps, r, w)
	target := reps + int(r)
	if target > 25 {
		if !errors.Is(err, repkit.ErrRange) {
			t.Fatalf("%d reps to failure: %v, %v", target, got, err)
		}
		return
	}

	// The model: the latest session with a set in range, its best estimate.
	est, source, found := 0.0, progression.Performance{}, false
	var sourceC []int
	for i := len(history) - 1; i >= 0 && !found; i-- {
		p := history[i]
		if p.Load == 0 {
			continue
		}
		for _, s := range p.Sets {
			c := s.Reps
			if rr, ok := s.Effort.RIR(); ok {
				c += int(rr.Min)
			}
			if s.Reps == 0 || !inRange(c, target) {
				continue
			}
			found, source = true, p
			sourceC = append(sourceC, c)
			est = math.Max(est, float64(p.Load)*share(target)/share(c))
		}
	}
	if !found {
		if !errors.Is(err, repkit.ErrRange) {
			t.Fatalf("no set in range: %v, %v", got, err)
		}
		return
	}
	lightest, _ := w.Next(-1)
	if float64(lightest) > est*(1+1e-9) {
		if !errors.Is(err, progression.ErrNotAchievable) {
			t.Fatalf("estimate %v below the lightest %v: %v, %v", est, lightest, got, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("estimate %v: %v", est, err)
	}
	if !w.Achievable(got) || float64(got) > est*(1+1e-9) {
		t.Fatalf("got %v, estimate %.0fng", got, est)
	}
	if next, ok := w.Next(got); ok && float64(next) < est*(1-1e-9) {
		t.Fatalf("got %v, but %v is achievable and below the estimate %.0fng", got, next, est)
	}
	if slicesMax(sourceC) <= target && got > source.Load {
		t.Fatalf("got %v, heavier than the source set's %v at %v reps to failure for a target of %d", got, source.Load, sourceC, target)
	}
}

func slicesMax(s []int) int {
	m := s[0]
	for _, v := range s[1:] {
		m = max(m, v)
	}
	return m
}

func TestFirstLoadModel(t *testing.T) { rapid.Check(t, testFirstLoad) }

func FuzzFirstLoadModel(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testFirstLoad)) }

// TestFirstLoadMoreRepsLighter: from one set, a target of more reps to
// failure never gets a heavier load.
func TestFirstLoadMoreRepsLighter(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cable := must(progression.CableColumn(repkit.UnitKilogram))
		load := repkit.Load(rapid.IntRange(10, 200).Draw(t, "half kg")) * kg / 2
		c := rapid.IntRange(1, 25).Draw(t, "reps to failure")
		h := []progression.Performance{{Load: load, Sets: []progression.WorkSet{{c, rir(0)}}}}
		t1 := rapid.IntRange(1, 24).Draw(t, "target")
		a, errA := progression.FirstLoad(h, t1, 0, cable)
		b, errB := progression.FirstLoad(h, t1+1, 0, cable)
		if errA == nil && errB == nil && b > a {
			t.Fatalf("%v x %d: %d reps %v, %d reps %v", load, c, t1, a, t1+1, b)
		}
		// Reps at RIR and reps to failure are the same target.
		if t1 > 2 {
			x, errX := progression.FirstLoad(h, t1-2, 2, cable)
			if (errX == nil) != (errA == nil) || x != a {
				t.Fatalf("%d at 2 RIR: %v, %v; %d to failure: %v, %v", t1-2, x, errX, t1, a, errA)
			}
		}
	})
}

// TestFirstLoadAllocs: FirstLoad allocates only on error, as documented.
func TestFirstLoadAllocs(t *testing.T) {
	machine := progression.Weights(must(progression.SelectorStack(repkit.UnitKilogram)))
	h := []progression.Performance{{Load: 40 * kg, Sets: []progression.WorkSet{{15, rir(2)}, {13, rir(1)}, {12, rir(0)}}}}
	if n := testing.AllocsPerRun(100, func() { _, _ = progression.FirstLoad(h, 20, 1, machine) }); n != 0 {
		t.Errorf("FirstLoad allocates %v times", n)
	}
}
