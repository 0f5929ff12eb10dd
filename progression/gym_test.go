package progression_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
)

// TestGymWeights checks each equipment's preset by the loads it makes,
// worked from the presets' doc comments: the step above a load and whether
// an in-between load is achievable.
func TestGymWeights(t *testing.T) {
	const kg, lb, g = repkit.Kilogram, repkit.Pound, repkit.Gram
	for _, tt := range []struct {
		eq       exercise.Equipment
		u        repkit.Unit
		from     repkit.Load
		next     repkit.Load // the load after from
		notThere repkit.Load // a load the preset cannot make
	}{
		{exercise.Machine, repkit.UnitKilogram, 25 * kg, 27500 * g, 26 * kg},    // 5 kg pins, 2.5 kg add-on: a curl's +10%, not +20%
		{exercise.Machine, repkit.UnitKilogram, 100 * kg, 102500 * g, 101 * kg}, // the top pin plus the add-on
		{exercise.Machine, repkit.UnitPound, 110 * lb, 115 * lb, 112 * lb},      // 10 lb pins, 5 lb add-on
		{exercise.Cable, repkit.UnitKilogram, 10 * kg, 11250 * g, 11 * kg},      // 2.5 kg pins, 1.25 kg add-on
		{exercise.Cable, repkit.UnitKilogram, 57500 * g, 58750 * g, 58 * kg},    // past the old 51.25 kg top
		{exercise.Cable, repkit.UnitKilogram, 100 * kg, 101250 * g, 101 * kg},   // the top pin plus the add-on
		{exercise.Cable, repkit.UnitPound, 150 * lb, 152500 * lb / 1000, 151 * lb},
		{exercise.Dumbbell, repkit.UnitKilogram, 10 * kg, 12 * kg, 11 * kg}, // 1 kg steps to 10, then 2 kg
		{exercise.Dumbbell, repkit.UnitKilogram, 20 * kg, 22 * kg, 21 * kg},
		{exercise.Dumbbell, repkit.UnitPound, 20 * lb, 25 * lb, 22 * lb},
		{exercise.Barbell, repkit.UnitKilogram, 20 * kg, 22500 * g, 21 * kg}, // 20 kg bar, 1.25 kg plates
		{exercise.Barbell, repkit.UnitPound, 45 * lb, 50 * lb, 47 * lb},      // 45 lb bar, 2.5 lb plates
		{exercise.EZBar, repkit.UnitKilogram, 10 * kg, 12500 * g, 11 * kg},   // 10 kg bar
		{exercise.SmithMachine, repkit.UnitKilogram, 15 * kg, 17500 * g, 16 * kg},
		{exercise.Kettlebell, repkit.UnitKilogram, 16 * kg, 18 * kg, 17 * kg},
		{exercise.Kettlebell, repkit.UnitPound, 50 * lb, 53 * lb, 52 * lb},
	} {
		w, ok := progression.GymWeights(tt.eq, tt.u)
		if !ok {
			t.Errorf("%v %v: no preset", tt.eq, tt.u)
			continue
		}
		if next, ok := w.Next(tt.from); !ok || next != tt.next {
			t.Errorf("%v %v: next after %v is %v (%v), want %v", tt.eq, tt.u, tt.from, next, ok, tt.next)
		}
		if w.Achievable(tt.notThere) {
			t.Errorf("%v %v: %v should not be achievable", tt.eq, tt.u, tt.notThere)
		}
	}
	for _, eq := range []exercise.Equipment{exercise.Bodyweight, exercise.Band, exercise.MedicineBall,
		exercise.StabilityBall, exercise.FoamRoller, exercise.OtherEquipment, exercise.EquipmentUnknown} {
		if w, ok := progression.GymWeights(eq, repkit.UnitKilogram); ok || w != nil {
			t.Errorf("%v: got a preset %v, want none", eq, w)
		}
	}
	if _, ok := progression.GymWeights(exercise.Machine, repkit.UnitGram); ok {
		t.Error("grams: got a preset, want none (a gym is in kg or lb)")
	}
}

// must returns v, or panics with err: for presets given a constant unit,
// where an error is a broken test.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// allLoads lists every load w makes from the lightest up, by Next.
func allLoads(t testing.TB, w progression.Weights) []repkit.Load {
	t.Helper()
	var out []repkit.Load
	for l, ok := w.Next(-1); ok; l, ok = w.Next(l) {
		out = append(out, l)
		if len(out) > 100_000 {
			t.Fatal("more than 100000 loads")
		}
	}
	return out
}

// TestPresetSteps checks every preset against its doc comment: ascending,
// the lightest and heaviest loads, and no gap wider than stated (22 kg
// dumbbells, a cable column past 51.25 kg, a machine stack in 2.5 kg steps
// are the cases).
func TestPresetSteps(t *testing.T) {
	for _, tt := range []struct {
		name            string
		u               repkit.Unit
		w               progression.Weights
		lightest, top   repkit.Load
		widest          repkit.Load // the widest gap allowed
		wantIn, wantNot []repkit.Load
	}{
		{"dumbbells", repkit.UnitKilogram, must(progression.Dumbbells(repkit.UnitKilogram)), 1 * kg, 50 * kg, 2 * kg,
			[]repkit.Load{22 * kg, 10 * kg, 12 * kg}, []repkit.Load{11 * kg, 12500 * g}},
		{"dumbbells", repkit.UnitPound, must(progression.Dumbbells(repkit.UnitPound)), 5 * lb, 100 * lb, 5 * lb, nil, nil},
		{"kettlebells", repkit.UnitKilogram, must(progression.Kettlebells(repkit.UnitKilogram)), 4 * kg, 48 * kg, 4 * kg, []repkit.Load{24 * kg}, nil},
		{"kettlebells", repkit.UnitPound, must(progression.Kettlebells(repkit.UnitPound)), 10 * lb, 100 * lb, 10 * lb, []repkit.Load{53 * lb}, nil},
		{"machine", repkit.UnitKilogram, must(progression.SelectorStack(repkit.UnitKilogram)), 5 * kg, 102500 * g, 2500 * g,
			[]repkit.Load{27500 * g}, []repkit.Load{26 * kg}},
		{"machine", repkit.UnitPound, must(progression.SelectorStack(repkit.UnitPound)), 10 * lb, 205 * lb, 5 * lb, nil, nil},
		{"cable", repkit.UnitKilogram, must(progression.CableColumn(repkit.UnitKilogram)), 2500 * g, 101250 * g, 1250 * g,
			[]repkit.Load{57500 * g, 80 * kg}, nil},
		{"cable", repkit.UnitPound, must(progression.CableColumn(repkit.UnitPound)), 5 * lb, 202500 * lb / 1000, 5 * lb / 2, []repkit.Load{200 * lb}, nil},
		// 20 kg + 2 x (8 x 25 + 2 x (20 + 15 + 10 + 5 + 2.5 + 1.25)) = 635 kg.
		{"barbell", repkit.UnitKilogram, must(progression.StandardBarbell(repkit.UnitKilogram)), 20 * kg, 635 * kg, 2500 * g, nil, nil},
		// 45 lb + 2 x (8 x 45 + 2 x (35 + 25 + 10 + 5 + 2.5)) = 1075 lb.
		{"barbell", repkit.UnitPound, must(progression.StandardBarbell(repkit.UnitPound)), 45 * lb, 1075 * lb, 5 * lb, nil, nil},
	} {
		loads := allLoads(t, tt.w)
		name := tt.name + " " + tt.u.String()
		var listed []repkit.Load // the preset's own list, lightest first
		switch w := tt.w.(type) {
		case progression.FixedWeights:
			listed = w.Loads
		case progression.CableStack:
			listed = w.Pins
		}
		if !slices.IsSorted(listed) || len(slices.Compact(slices.Clone(listed))) != len(listed) {
			t.Errorf("%s: the list is not strictly ascending: %v", name, listed)
		}
		if len(loads) == 0 || loads[0] != tt.lightest || loads[len(loads)-1] != tt.top {
			t.Errorf("%s: loads run %v to %v, want %v to %v", name, loads[0], loads[len(loads)-1], tt.lightest, tt.top)
		}
		for i := 1; i < len(loads); i++ {
			if d := loads[i] - loads[i-1]; d <= 0 || d > tt.widest {
				t.Errorf("%s: %v to %v is a step of %v, want at most %v", name, loads[i-1].Format(tt.u), loads[i].Format(tt.u), d.Format(tt.u), tt.widest.Format(tt.u))
			}
		}
		for _, l := range tt.wantIn {
			if !tt.w.Achievable(l) {
				t.Errorf("%s: %v is not achievable", name, l.Format(tt.u))
			}
		}
		for _, l := range tt.wantNot {
			if tt.w.Achievable(l) {
				t.Errorf("%s: %v is achievable", name, l.Format(tt.u))
			}
		}
	}
}

var loadEquipment = []exercise.Equipment{exercise.Machine, exercise.Cable, exercise.Dumbbell, exercise.Kettlebell,
	exercise.Barbell, exercise.EZBar, exercise.SmithMachine}

// testGymRounding: on every equipment of the kg and lb gyms, rounding down
// never rounds up and skips no achievable load, and every mode is
// idempotent.
func testGymRounding(t *rapid.T) {
	gym := rapid.SampledFrom([]progression.Gym{progression.KilogramGym(), progression.PoundGym()}).Draw(t, "gym")
	eq := rapid.SampledFrom(loadEquipment).Draw(t, "equipment")
	w, err := gym.Weights(eq)
	if err != nil {
		t.Fatal(err)
	}
	target := repkit.Load(rapid.Int64Range(0, int64(250*kg)).Draw(t, "target"))
	down, err := progression.Round(w, target, progression.RoundDown)
	if err != nil {
		if !errors.Is(err, progression.ErrNotAchievable) {
			t.Fatal(err)
		}
		if first, _ := w.Next(-1); target >= first {
			t.Fatalf("%v on %v: %v, but %v is achievable", target, eq, err, first)
		}
		return
	}
	if down > target || !w.Achievable(down) {
		t.Fatalf("%v on %v rounds down to %v", target, eq, down)
	}
	if next, ok := w.Next(down); ok && next <= target {
		t.Fatalf("%v on %v rounds down to %v, skipping %v", target, eq, down, next)
	}
	for _, mode := range []progression.RoundMode{progression.RoundDown, progression.RoundNearest, progression.RoundUp} {
		r, err := progression.Round(w, target, mode)
		if err != nil {
			continue
		}
		if again, err := progression.Round(w, r, mode); err != nil || again != r {
			t.Fatalf("%v: Round(%v) = %v, Round of that = %v, %v", mode, target, r, again, err)
		}
	}
}

func TestGymRounding(t *testing.T) { rapid.Check(t, testGymRounding) }

// TestGymWeightsErrors: equipment with no load to round, equipment the gym
// lacks, and a bad profile, each with the field to fix.
func TestGymWeightsErrors(t *testing.T) {
	for _, eq := range []exercise.Equipment{exercise.Bodyweight, exercise.Band, exercise.MedicineBall,
		exercise.StabilityBall, exercise.FoamRoller, exercise.OtherEquipment, exercise.EquipmentUnknown} {
		_, err := progression.KilogramGym().Weights(eq)
		var fe *progression.FieldError
		if !errors.As(err, &fe) || fe.Field != "equipment" || fe.Value != eq.String() ||
			!errors.Is(err, progression.ErrNoWeights) || !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("%v: %v, want an ErrNoWeights naming it", eq, err)
		}
	}
	bare := progression.Gym{Unit: repkit.UnitPound}
	for eq, field := range map[exercise.Equipment]string{exercise.Dumbbell: "dumbbells", exercise.Kettlebell: "kettlebells",
		exercise.Machine: "machine.pins", exercise.Cable: "cable.pins", exercise.Barbell: "bars", exercise.EZBar: "bars", exercise.SmithMachine: "bars"} {
		_, err := bare.Weights(eq)
		var fe *progression.FieldError
		if !errors.As(err, &fe) || fe.Field != field || !errors.Is(err, progression.ErrEquipment) {
			t.Errorf("%v in an empty gym: %v, want ErrEquipment on %s", eq, err, field)
		}
	}
	if _, err := (progression.Gym{}).Weights(exercise.Dumbbell); !errors.Is(err, repkit.ErrUnit) {
		t.Errorf("the zero Gym: %v, want a unit error", err)
	}
	// The Weights share nothing with the gym.
	gym := progression.KilogramGym()
	w, _ := gym.Weights(exercise.Dumbbell)
	gym.Dumbbells[0] = 99 * kg
	if !w.Achievable(1*kg) || w.Achievable(99*kg) {
		t.Error("changing the gym changed the Weights it returned")
	}
	trap, err := gym.Bar(progression.BarTrap)
	if err != nil || trap.Bar != 25*kg {
		t.Errorf("trap bar: %v, %v", trap.Bar, err)
	}
}

func TestGymValidate(t *testing.T) {
	for _, tt := range []struct {
		name  string
		edit  func(*progression.Gym)
		field string
		err   error
	}{
		{"zero unit", func(g *progression.Gym) { g.Unit = repkit.UnitUnknown }, "unit", repkit.ErrUnit},
		{"grams", func(g *progression.Gym) { g.Unit = repkit.UnitGram }, "unit", repkit.ErrUnit},
		{"zero plate", func(g *progression.Gym) { g.Plates[2].Weight = 0 }, "plates[2].weight", progression.ErrEquipment},
		{"negative pairs", func(g *progression.Gym) { g.Plates[1].Pairs = -1 }, "plates[1].pairs", progression.ErrEquipment},
		{"unknown bar", func(g *progression.Gym) { g.Bars[1].Kind = progression.BarUnknown }, "bars[1].kind", repkit.ErrUnknownName},
		{"bar past the kinds", func(g *progression.Gym) { g.Bars[1].Kind = 9 }, "bars[1].kind", repkit.ErrUnknownName},
		{"two EZ bars", func(g *progression.Gym) { g.Bars[2].Kind = progression.BarEZ }, "bars[2].kind", progression.ErrEquipment},
		{"negative bar", func(g *progression.Gym) { g.Bars[0].Weight = -kg }, "bars[0].weight", progression.ErrEquipment},
		{"negative dumbbell", func(g *progression.Gym) { g.Dumbbells[3] = -kg }, "dumbbells[3]", progression.ErrEquipment},
		{"absurd kettlebell", func(g *progression.Gym) { g.Kettlebells[0] = 20_000 * kg }, "kettlebells[0]", progression.ErrEquipment},
		{"pins out of order", func(g *progression.Gym) { g.Machine.Pins[4] = g.Machine.Pins[3] }, "machine.pins[4]", progression.ErrEquipment},
		{"zero add-on", func(g *progression.Gym) { g.Cable.AddOns[0] = 0 }, "cable.addons[0]", progression.ErrEquipment},
	} {
		gym := progression.KilogramGym()
		tt.edit(&gym)
		err := gym.Validate()
		var fe *progression.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.err) || fe.Hint == "" {
			t.Errorf("%s: %v, want %v on %s with a hint", tt.name, err, tt.err, tt.field)
		}
	}
	for _, gym := range []progression.Gym{progression.KilogramGym(), progression.PoundGym(), {Unit: repkit.UnitKilogram}} {
		if err := gym.Validate(); err != nil {
			t.Errorf("%v gym: %v", gym.Unit, err)
		}
	}
	// A counterbalanced Smith machine may weigh nothing.
	gym := progression.Gym{Unit: repkit.UnitKilogram, Bars: []progression.GymBar{{Kind: progression.BarSmith}}}
	if w, err := gym.Weights(exercise.SmithMachine); err != nil || !w.Achievable(0) {
		t.Errorf("a 0 kg Smith bar: %v, %v", w, err)
	}
}

// TestGymJSON checks the text of a small pound gym, worked by hand: snake
// case keys, loads in pounds, empty equipment left out.
func TestGymJSON(t *testing.T) {
	gym := progression.Gym{
		Unit:      repkit.UnitPound,
		Plates:    []progression.Plate{{Weight: 45 * lb, Pairs: 4}, {Weight: 5 * lb / 2, Pairs: 1}},
		Bars:      []progression.GymBar{{Kind: progression.BarOlympic, Weight: 45 * lb}, {Kind: progression.BarSmith}},
		Dumbbells: []repkit.Load{5 * lb, 52500 * lb / 1000},
		Cable:     progression.CableStack{Pins: []repkit.Load{10 * lb, 20 * lb}, AddOns: []repkit.Load{5 * lb}},
	}
	b, err := json.Marshal(gym)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"unit":"lb","plates":[{"weight":"45lb","pairs":4},{"weight":"2.5lb","pairs":1}],` +
		`"bars":[{"kind":"barbell","weight":"45lb"},{"kind":"smith-machine","weight":"0lb"}],` +
		`"dumbbells":["5lb","52.5lb"],"cable":{"pins":["10lb","20lb"],"addons":["5lb"]}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	// Kilograms in a pound gym read back exactly; unknown keys are ignored.
	var back progression.Gym
	if err := json.Unmarshal([]byte(`{"unit":"lb","dumbbells":["20kg","45LB"],"note":"x"}`), &back); err != nil {
		t.Fatal(err)
	}
	if back.Unit != repkit.UnitPound || len(back.Dumbbells) != 2 || back.Dumbbells[0] != 20*kg || back.Dumbbells[1] != 45*lb {
		t.Errorf("decoded %+v", back)
	}
	for _, bad := range []string{`{"unit":"stone"}`, `{"unit":"kg","bars":[{"kind":"yoke","weight":"20kg"}]}`, `{"unit":"kg","dumbbells":["20"]}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// genGym draws any Gym whose unit and bar kinds marshal, valid or not:
// loads of either unit or none, negative ones included.
func genGym(t *rapid.T) progression.Gym {
	load := rapid.Custom(func(t *rapid.T) repkit.Load {
		switch rapid.IntRange(0, 3).Draw(t, "load kind") {
		case 0:
			return repkit.Load(rapid.Int64Range(-int64(kg), int64(500*kg)).Draw(t, "any"))
		case 1:
			return repkit.Load(rapid.IntRange(0, 400).Draw(t, "quarter lb")) * lb / 4
		}
		return repkit.Load(rapid.IntRange(0, 800).Draw(t, "quarter kg")) * kg / 4
	})
	loads := func(name string) []repkit.Load {
		s := rapid.SliceOfN(load, 0, 6).Draw(t, name)
		if len(s) == 0 {
			return nil
		}
		return s
	}
	gym := progression.Gym{
		Unit:        rapid.SampledFrom([]repkit.Unit{repkit.UnitUnknown, repkit.UnitKilogram, repkit.UnitPound, repkit.UnitGram}).Draw(t, "unit"),
		Dumbbells:   loads("dumbbells"),
		Kettlebells: loads("kettlebells"),
		Machine:     progression.CableStack{Pins: loads("machine pins"), AddOns: loads("machine addons")},
		Cable:       progression.CableStack{Pins: loads("cable pins"), AddOns: loads("cable addons")},
	}
	for range rapid.IntRange(0, 4).Draw(t, "plates") {
		gym.Plates = append(gym.Plates, progression.Plate{Weight: load.Draw(t, "plate"), Pairs: rapid.IntRange(-1, 10).Draw(t, "pairs")})
	}
	for range rapid.IntRange(0, 5).Draw(t, "bars") {
		gym.Bars = append(gym.Bars, progression.GymBar{Kind: progression.BarKind(rapid.IntRange(0, 4).Draw(t, "kind")), Weight: load.Draw(t, "bar")})
	}
	return gym
}

// testGymJSONRoundTrip: encoding then decoding gives the same Gym, and
// Validate says the same of both.
func testGymJSONRoundTrip(t *rapid.T) {
	gym := genGym(t)
	b, err := json.Marshal(gym)
	if err != nil {
		t.Fatal(err)
	}
	var back progression.Gym
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if diff := cmp.Diff(gym, back, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("%s: round trip (-in +out):\n%s", b, diff)
	}
	if (gym.Validate() == nil) != (back.Validate() == nil) {
		t.Fatalf("%s: Validate %v before, %v after", b, gym.Validate(), back.Validate())
	}
}

func TestGymJSONRoundTrip(t *testing.T) { rapid.Check(t, testGymJSONRoundTrip) }

// FuzzGymJSON decodes any bytes as a Gym: never a panic, and a profile that
// decodes and validates encodes to JSON that decodes to the same Gym, whose
// equipment rounds without error or panic.
func FuzzGymJSON(f *testing.F) {
	for _, gym := range []progression.Gym{progression.KilogramGym(), progression.PoundGym(), {}} {
		b, err := json.Marshal(gym)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"unit":"lb","plates":[{"weight":"45lb","pairs":-3}],"bars":[{"kind":"EZ-BAR","weight":"-1kg"}]}`))
	f.Add([]byte(`{"unit":"kg","machine":{"pins":["5kg","5kg"],"addons":["1g","2g","3g","4g","5g","6g","7g"]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var gym progression.Gym
		if json.Unmarshal(data, &gym) != nil || gym.Validate() != nil {
			return
		}
		b, err := json.Marshal(gym)
		if err != nil {
			t.Fatalf("%+v: %v", gym, err)
		}
		var back progression.Gym
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(gym, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s: round trip (-in +out):\n%s", b, diff)
		}
		for _, eq := range loadEquipment {
			if w, err := gym.Weights(eq); err == nil {
				_, _ = progression.Round(w, 60*kg, progression.RoundDown)
			}
		}
	})
}

// TestGymWeightsAllocs: checking a gym allocates nothing on success, so
// Gym.Weights costs only the copies it returns.
func TestGymWeightsAllocs(t *testing.T) {
	gym := progression.KilogramGym()
	if n := testing.AllocsPerRun(100, func() { _ = gym.Validate() }); n != 0 {
		t.Errorf("Gym.Validate allocates %v times", n)
	}
}
