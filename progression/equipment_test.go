package progression_test

import (
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/progression/progressiontest"
)

const (
	kg = repkit.Kilogram
	g  = repkit.Gram
	lb = repkit.Pound
)

func TestBarbellPresetLoads(t *testing.T) {
	kgBar := must(progression.StandardBarbell(repkit.UnitKilogram))
	lbBar := must(progression.StandardBarbell(repkit.UnitPound))
	micro := must(progression.StandardBarbell(repkit.UnitKilogram))
	micro.Plates = append(micro.Plates, must(progression.Microplates(repkit.UnitKilogram))...)
	tests := []struct {
		name       string
		bar        progression.BarAndPlates
		load       repkit.Load
		achievable bool
		next, prev repkit.Load // 0: none
	}{
		{"empty bar", kgBar, 20 * kg, true, 22500 * g, 0},
		{"below the bar", kgBar, 10 * kg, false, 20 * kg, 0},
		{"100 kg", kgBar, 100 * kg, true, 102500 * g, 97500 * g},
		{"between steps", kgBar, 101 * kg, false, 102500 * g, 100 * kg},
		// 20 + 2*(8*25 + 2*20 + 2*15 + 2*10 + 2*5 + 2*2.5 + 2*1.25) = 635 kg.
		{"fully loaded", kgBar, 635 * kg, true, 0, 632500 * g},
		{"beyond the plates", kgBar, 700 * kg, false, 0, 635 * kg},
		{"135 lb", lbBar, 135 * lb, true, 140 * lb, 130 * lb},
		{"microplates", micro, 100 * kg, true, 100500 * g, 99500 * g},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.bar.Achievable(tt.load); got != tt.achievable {
				t.Errorf("Achievable(%v) = %v, want %v", tt.load, got, tt.achievable)
			}
			next, ok := tt.bar.Next(tt.load)
			if ok != (tt.next != 0) || next != tt.next {
				t.Errorf("Next(%v) = %v, %v; want %v", tt.load, next, ok, tt.next)
			}
			prev, ok := tt.bar.Prev(tt.load)
			if ok != (tt.prev != 0) || prev != tt.prev {
				t.Errorf("Prev(%v) = %v, %v; want %v", tt.load, prev, ok, tt.prev)
			}
		})
	}
}

// Each bar preset weighs what its doc says, in kg and in lb, and the
// pound microplates are 1.25, 1, 0.5 and 0.25 lb.
func TestBarPresetWeights(t *testing.T) {
	for _, tt := range []struct {
		name   string
		preset func(repkit.Unit) (progression.BarAndPlates, error)
		kg, lb repkit.Load
	}{
		{"StandardBarbell", progression.StandardBarbell, 20 * kg, 45 * lb},
		{"EZCurlBar", progression.EZCurlBar, 10 * kg, 25 * lb},
		{"TrapBar", progression.TrapBar, 25 * kg, 55 * lb},
		{"SmithBar", progression.SmithBar, 15 * kg, 35 * lb},
	} {
		if b := must(tt.preset(repkit.UnitKilogram)); b.Bar != tt.kg {
			t.Errorf("%s(kg).Bar = %v, want %v", tt.name, b.Bar, tt.kg)
		}
		if b := must(tt.preset(repkit.UnitPound)); b.Bar != tt.lb {
			t.Errorf("%s(lb).Bar = %v, want %v", tt.name, b.Bar.Format(repkit.UnitPound), tt.lb.Format(repkit.UnitPound))
		}
	}
	want := []progression.Plate{{Weight: 1250 * lb / 1000, Pairs: 1}, {Weight: lb, Pairs: 1}, {Weight: 500 * lb / 1000, Pairs: 1}, {Weight: 250 * lb / 1000, Pairs: 1}}
	if got := must(progression.Microplates(repkit.UnitPound)); !slices.Equal(got, want) {
		t.Errorf("Microplates(lb) = %v, want %v", got, want)
	}
}

func TestEquipmentValidate(t *testing.T) {
	mixed := must(progression.StandardBarbell(repkit.UnitKilogram))
	mixed.Plates = append(mixed.Plates, progression.Plate{Weight: 5 * lb / 2, Pairs: 1})
	tests := []struct {
		name  string
		e     progression.Weights
		field string
	}{
		{"mixed kg and lb plates", mixed, "plates"},
		{"negative bar", progression.BarAndPlates{Bar: -kg}, "bar"},
		{"zero plate", progression.BarAndPlates{Plates: []progression.Plate{{Weight: 0, Pairs: 1}}}, "plates[0].weight"},
		{"negative pairs", progression.BarAndPlates{Plates: []progression.Plate{{Weight: kg, Pairs: -1}}}, "plates[0].pairs"},
		{"pins out of order", progression.Stack{Pins: []repkit.Load{5 * kg, 10 * kg, 10 * kg}}, "pins[2]"},
		{"negative dumbbell", progression.FixedWeights{Loads: []repkit.Load{kg, -kg}}, "loads[1]"},
		{"seven add-ons", progression.CableStack{Pins: []repkit.Load{kg}, AddOns: make([]repkit.Load, 7)}, "addons"},
		{"zero add-on", progression.AddOns[progression.Stack]{Base: progression.Stack{Pins: must(progression.SelectorStack(repkit.UnitKilogram)).Pins}, Weights: []repkit.Load{0}}, "addons[0]"},
		{"nil", nil, "equipment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := progression.Round(tt.e, 50*kg, progression.RoundDown)
			var pe *progression.FieldError
			if !errors.Is(err, progression.ErrEquipment) || !errors.As(err, &pe) || pe.Field != tt.field {
				t.Fatalf("Round on bad equipment: err = %v, want ErrEquipment naming %q", err, tt.field)
			}
			if tt.e != nil && (tt.e.Achievable(50*kg) || func() bool { _, ok := tt.e.Next(0); return ok && tt.name != "negative dumbbell" }()) {
				t.Errorf("bad equipment still reports loads")
			}
		})
	}
}

func TestRoundErrors(t *testing.T) {
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	for _, tc := range []struct {
		target repkit.Load
		mode   progression.RoundMode
		want   error
	}{
		{-kg, progression.RoundDown, repkit.ErrInvalid},
		{10 * kg, progression.RoundDown, progression.ErrNotAchievable},
		{900 * kg, progression.RoundUp, progression.ErrNotAchievable},
		{50 * kg, progression.RoundMode(9), repkit.ErrInvalid},
	} {
		if _, err := progression.Round(bar, tc.target, tc.mode); !errors.Is(err, tc.want) {
			t.Errorf("Round(%v, %v): err = %v, want %v", tc.target, tc.mode, err, tc.want)
		}
	}
	// Nearest: a tie goes down, otherwise the closer load.
	for _, tc := range []struct{ target, want repkit.Load }{
		{101250 * g, 100 * kg}, {101300 * g, 102500 * g}, {101200 * g, 100 * kg}, {10 * kg, 20 * kg}, {900 * kg, 635 * kg},
	} {
		if got, err := progression.Round(bar, tc.target, progression.RoundNearest); err != nil || got != tc.want {
			t.Errorf("Round(%v, nearest) = %v, %v; want %v", tc.target, got, err, tc.want)
		}
	}
}

func TestPresetsConform(t *testing.T) {
	for _, u := range []repkit.Unit{repkit.UnitKilogram, repkit.UnitPound} {
		micro := must(progression.StandardBarbell(u))
		micro.Plates = append(micro.Plates, must(progression.Microplates(u))...)
		ladder, err := micro.Ladder()
		if err != nil {
			t.Fatal(err)
		}
		for name, e := range map[string]progression.Weights{
			"barbell": must(progression.StandardBarbell(u)), "ez": must(progression.EZCurlBar(u)), "trap": must(progression.TrapBar(u)),
			"smith": must(progression.SmithBar(u)), "micro": micro, "ladder": ladder,
			"dumbbells": must(progression.Dumbbells(u)), "kettlebells": must(progression.Kettlebells(u)),
			"stack": must(progression.SelectorStack(u)), "cable": must(progression.CableColumn(u)),
			"dumbbells+magnets": progression.AddOns[progression.FixedWeights]{Base: must(progression.Dumbbells(u)), Weights: []repkit.Load{u.Size() / 2, u.Size() / 4}},
		} {
			if v, ok := e.(interface{ Validate() error }); ok {
				if err := v.Validate(); err != nil {
					t.Errorf("%v %s: %v", u, name, err)
				}
			}
			var probes []repkit.Load
			for l := repkit.Load(0); l <= 300*u.Size(); l += u.Size() / 4 {
				probes = append(probes, l, l+1)
			}
			if err := progressiontest.TestWeights(e, probes...); err != nil {
				t.Errorf("%v %s:\n%v", u, name, err)
			}
		}
	}
}

// TestPresetBadUnit: every preset returns an error naming the unit, never
// a panic, for the zero unit, grams and a unit past the named ones.
func TestPresetBadUnit(t *testing.T) {
	presets := map[string]func(repkit.Unit) error{
		"Plates":          func(u repkit.Unit) error { _, err := progression.Plates(u); return err },
		"Microplates":     func(u repkit.Unit) error { _, err := progression.Microplates(u); return err },
		"StandardBarbell": func(u repkit.Unit) error { _, err := progression.StandardBarbell(u); return err },
		"EZCurlBar":       func(u repkit.Unit) error { _, err := progression.EZCurlBar(u); return err },
		"TrapBar":         func(u repkit.Unit) error { _, err := progression.TrapBar(u); return err },
		"SmithBar":        func(u repkit.Unit) error { _, err := progression.SmithBar(u); return err },
		"Dumbbells":       func(u repkit.Unit) error { _, err := progression.Dumbbells(u); return err },
		"Kettlebells":     func(u repkit.Unit) error { _, err := progression.Kettlebells(u); return err },
		"SelectorStack":   func(u repkit.Unit) error { _, err := progression.SelectorStack(u); return err },
		"CableColumn":     func(u repkit.Unit) error { _, err := progression.CableColumn(u); return err },
		"CommonGym":       func(u repkit.Unit) error { _, err := progression.CommonGym(u); return err },
	}
	for name, preset := range presets {
		for _, u := range []repkit.Unit{repkit.UnitUnknown, repkit.UnitGram, repkit.Unit(200)} {
			err := preset(u)
			var fe *progression.FieldError
			if !errors.As(err, &fe) || fe.Field != "unit" || fe.Value != u.String() || !errors.Is(err, repkit.ErrUnit) || fe.Hint != "give kg or lb" {
				t.Errorf("%s(%v) = %v, want a unit error naming %q", name, u, err, u.String())
			}
		}
		for _, u := range []repkit.Unit{repkit.UnitKilogram, repkit.UnitPound} {
			if err := preset(u); err != nil {
				t.Errorf("%s(%v): %v", name, u, err)
			}
		}
	}
}

// brute is a reference model: the sorted, de-duplicated achievable loads.
type brute []repkit.Load

func newBrute(loads []repkit.Load) brute {
	s := slices.Clone(loads)
	slices.Sort(s)
	return slices.Compact(s)
}

// compare checks e against the model at probe.
func (b brute) compare(t *rapid.T, e progression.Weights, probe repkit.Load) {
	i, found := slices.BinarySearch(b, probe)
	if got := e.Achievable(probe); got != found {
		t.Fatalf("Achievable(%v) = %v, want %v", probe, got, found)
	}
	wantNext, wantNextOK := repkit.Load(0), false
	if j := i + btoi(found); j < len(b) {
		wantNext, wantNextOK = b[j], true
	}
	if got, ok := e.Next(probe); got != wantNext || ok != wantNextOK {
		t.Fatalf("Next(%v) = %v, %v; want %v, %v", probe, got, ok, wantNext, wantNextOK)
	}
	wantPrev, wantPrevOK := repkit.Load(0), false
	if i > 0 {
		wantPrev, wantPrevOK = b[i-1], true
	}
	if got, ok := e.Prev(probe); got != wantPrev || ok != wantPrevOK {
		t.Fatalf("Prev(%v) = %v, %v; want %v, %v", probe, got, ok, wantPrev, wantPrevOK)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// probe draws a load near the model's loads, or anywhere.
func (b brute) probe(t *rapid.T) repkit.Load {
	if len(b) > 0 && rapid.Bool().Draw(t, "near") {
		return rapid.SampledFrom(b).Draw(t, "base") + repkit.Load(rapid.Int64Range(-1, 1).Draw(t, "nudge"))
	}
	return repkit.Load(rapid.Int64Range(-2*int64(kg), int64(b.top()+2*kg)).Draw(t, "load"))
}

func (b brute) top() repkit.Load {
	if len(b) == 0 {
		return 0
	}
	return b[len(b)-1]
}

// genBarbell draws a small barbell and its achievable loads by enumeration.
func genBarbell(t *rapid.T) (progression.BarAndPlates, brute) {
	unit := rapid.SampledFrom([]repkit.Load{250 * g, lb / 4, 1250 * g}).Draw(t, "unit")
	bar := progression.BarAndPlates{Bar: unit * repkit.Load(rapid.IntRange(0, 80).Draw(t, "bar"))}
	n := rapid.IntRange(0, 4).Draw(t, "sizes")
	for i := range n {
		_ = i
		bar.Plates = append(bar.Plates, progression.Plate{
			Weight: unit * repkit.Load(rapid.IntRange(1, 100).Draw(t, "weight")),
			Pairs:  rapid.IntRange(0, 3).Draw(t, "pairs"),
		})
	}
	sides := []repkit.Load{0}
	for _, p := range bar.Plates {
		var more []repkit.Load
		for _, s := range sides {
			for k := 0; k <= p.Pairs; k++ {
				more = append(more, s+repkit.Load(k)*p.Weight)
			}
		}
		sides = more
	}
	var loads []repkit.Load
	for _, s := range sides {
		loads = append(loads, bar.Bar+2*s)
	}
	return bar, newBrute(loads)
}

func testBarbellMatchesEnumeration(t *rapid.T) {
	bar, model := genBarbell(t)
	for range 20 {
		model.compare(t, bar, model.probe(t))
	}
	ladder, err := bar.Ladder()
	if err != nil {
		t.Fatal(err)
	}
	if got := ladder.Loads(); !slices.Equal(got, model) {
		t.Fatalf("Ladder() = %v, want %v", got, model)
	}
	model.compare(t, ladder, model.probe(t))
}

func TestBarbellMatchesEnumeration(t *testing.T) { rapid.Check(t, testBarbellMatchesEnumeration) }
func FuzzBarbellMatchesEnumeration(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(testBarbellMatchesEnumeration))
}

func genLoads(t *rapid.T, label string, minN, maxN int) []repkit.Load {
	return rapid.SliceOfN(rapid.Custom(func(t *rapid.T) repkit.Load {
		return repkit.Load(rapid.IntRange(0, 400).Draw(t, "l")) * 500 * g
	}), minN, maxN).Draw(t, label)
}

func testFixedAndStackMatchEnumeration(t *rapid.T) {
	loads := genLoads(t, "loads", 0, 12)
	model := newBrute(loads)
	fixed := progression.FixedWeights{Loads: loads}
	stack := progression.Stack{Pins: model}
	ladder, err := progression.NewLadder(loads...)
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		p := model.probe(t)
		model.compare(t, fixed, p)
		model.compare(t, stack, p)
		model.compare(t, ladder, p)
	}
}

func TestFixedAndStackMatchEnumeration(t *testing.T) {
	rapid.Check(t, testFixedAndStackMatchEnumeration)
}

func testAddOnsMatchEnumeration(t *rapid.T) {
	pins := newBrute(genLoads(t, "pins", 0, 8))
	addOns := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) repkit.Load {
		return repkit.Load(rapid.IntRange(1, 20).Draw(t, "a")) * 250 * g
	}), 0, 4).Draw(t, "addons")
	var loads []repkit.Load
	for mask := range 1 << len(addOns) {
		var sum repkit.Load
		for i, a := range addOns {
			if mask&(1<<i) != 0 {
				sum += a
			}
		}
		for _, p := range pins {
			loads = append(loads, p+sum)
		}
	}
	model := newBrute(loads)
	cable := progression.CableStack{Pins: pins, AddOns: addOns}
	generic := progression.AddOns[progression.Weights]{Base: progression.FixedWeights{Loads: pins}, Weights: addOns}
	for range 10 {
		p := model.probe(t)
		model.compare(t, cable, p)
		model.compare(t, generic, p)
	}
}

func TestAddOnsMatchEnumeration(t *testing.T) { rapid.Check(t, testAddOnsMatchEnumeration) }

// testRound checks Round's laws on any equipment: the result is achievable,
// round-down never rounds up, round-up never down, nearest is closest, and
// rounding an achievable load changes nothing (idempotence).
func testRound(t *rapid.T) {
	bar, model := genBarbell(t)
	target := model.probe(t)
	mode := rapid.SampledFrom([]progression.RoundMode{progression.RoundDown, progression.RoundNearest, progression.RoundUp}).Draw(t, "mode")
	got, err := progression.Round(bar, target, mode)
	if err != nil {
		if target >= 0 && (mode == progression.RoundDown && target >= model[0] || mode == progression.RoundUp && target <= model.top() || mode == progression.RoundNearest) {
			t.Fatalf("Round(%v, %v): unexpected error %v", target, mode, err)
		}
		return
	}
	if !bar.Achievable(got) {
		t.Fatalf("Round(%v, %v) = %v, not achievable", target, mode, got)
	}
	switch mode {
	case progression.RoundDown:
		if got > target {
			t.Fatalf("Round(%v, down) = %v rounds up", target, got)
		}
	case progression.RoundUp:
		if got < target {
			t.Fatalf("Round(%v, up) = %v rounds down", target, got)
		}
	}
	for _, l := range model {
		if d, best := absDiff(l, target), absDiff(got, target); d < best || mode == progression.RoundDown && l <= target && l > got || mode == progression.RoundUp && l >= target && l < got {
			if mode == progression.RoundNearest || mode == progression.RoundDown && l <= target || mode == progression.RoundUp && l >= target {
				t.Fatalf("Round(%v, %v) = %v, but %v is closer", target, mode, got, l)
			}
		}
	}
	again, err := progression.Round(bar, got, mode)
	if err != nil || again != got {
		t.Fatalf("Round is not idempotent: Round(%v) = %v, %v", got, again, err)
	}
}

func absDiff(a, b repkit.Load) repkit.Load {
	if a > b {
		return a - b
	}
	return b - a
}

func TestRound(t *testing.T) { rapid.Check(t, testRound) }
func FuzzRound(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testRound)) }

func TestExtremeProbes(t *testing.T) {
	equipment := []progression.Weights{
		must(progression.StandardBarbell(repkit.UnitKilogram)), must(progression.Dumbbells(repkit.UnitKilogram)),
		must(progression.SelectorStack(repkit.UnitKilogram)), must(progression.CableColumn(repkit.UnitKilogram)),
	}
	for _, e := range equipment {
		if err := progressiontest.TestWeights(e, repkit.MaxLoad, repkit.MaxLoad-1, -repkit.MaxLoad-1); err != nil {
			t.Errorf("%T: %v", e, err)
		}
		if l, ok := e.Next(-repkit.MaxLoad - 1); !ok || l < 0 {
			t.Errorf("%T: Next(MinInt64) = %v, %v", e, l, ok)
		}
	}
}

func FuzzFixedAndStackMatchEnumeration(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(testFixedAndStackMatchEnumeration))
}
func FuzzAddOnsMatchEnumeration(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testAddOnsMatchEnumeration)) }
