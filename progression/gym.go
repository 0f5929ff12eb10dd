package progression

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/fielderr"
)

// ErrNoWeights: equipment whose resistance is not a load to round, such as
// body weight, a band or a stability ball; [Gym.Weights] returns it for
// those. It is a kind of [repkit.ErrInvalid], and [errors.Is] matches both.
var ErrNoWeights = fielderr.Sentinel("equipment whose resistance is not a load", repkit.ErrInvalid)

// A Gym is the equipment one lifter trains with, as an app stores it per
// user: the unit the gym is in, its plates, bars, dumbbell rack,
// kettlebells and machine and cable stacks. Four methods map an exercise
// to the [Weights] that round its loads, each building on the one before:
//
//   - [Gym.Weights]: by its [exercise.Equipment], for the weight lifted;
//   - [Gym.WeightsFor]: by equipment and [repkit.LoadKind], so that
//     body-weight work adds dumbbells and assisted work uses the stack;
//   - [Gym.WeightsAt]: the same, for an exercise whose last load was
//     logged, and an error when the gym cannot make it;
//   - [Gym.WeightsLogged]: never an error, for a report over an imported
//     log: WeightsAt, or steps from the last load.
//
// Start from [KilogramGym] or [PoundGym] (or [CommonGym] for a unit from
// user data) and change what differs; check a Gym read from outside the
// program with [Gym.Validate]. An empty list means the gym has none of
// that equipment. The zero Gym has no unit and no equipment and fails
// Validate.
//
// JSON: snake_case keys, every load as text in the gym's unit, such as
// "20kg" or "45lb" (decoding reads any unit [repkit.ParseLoad] reads):
//
//	{"unit":"kg","plates":[{"weight":"25kg","pairs":8}],
//	 "bars":[{"kind":"barbell","weight":"20kg"}],"dumbbells":["10kg","12kg"],
//	 "machine":{"pins":["5kg","10kg"],"addons":["2.5kg"]}}
//
// Unknown keys are ignored, so a profile written by a newer version reads.
// A Gym is a value; it is safe for concurrent use as long as nobody
// modifies its slices, and the Weights it returns share none of them.
type Gym struct {
	Unit        repkit.Unit   `json:"unit"`                  // kg or lb: the unit the lifter reads loads in
	Plates      []Plate       `json:"plates,omitempty"`      // in pairs; they load every bar
	Bars        []GymBar      `json:"bars,omitempty"`        // at most one of each kind
	Dumbbells   []repkit.Load `json:"dumbbells,omitempty"`   // one dumbbell each, in any order
	Kettlebells []repkit.Load `json:"kettlebells,omitempty"` // in any order
	Machine     CableStack    `json:"machine,omitzero"`      // pin-loaded machines: stack numbers and add-on weights
	Cable       CableStack    `json:"cable,omitzero"`        // the cable column: stack numbers and add-on weights
}

// A GymBar is one bar of a [Gym] and what it weighs empty (for a
// counterbalanced Smith machine, its effective load, which may be zero).
type GymBar struct {
	Kind   BarKind     `json:"kind"`
	Weight repkit.Load `json:"weight"`
}

// A BarKind names a bar in a [Gym]. The zero BarKind is [BarUnknown],
// which no Gym may hold. It marshals as text ("barbell", "ez-bar",
// "trap-bar", "smith-machine"), the names [exercise.Equipment] uses, and
// parsing is case-insensitive.
type BarKind uint8

// The kinds of bar.
const (
	BarUnknown BarKind = iota // not stated
	BarOlympic                // the barbell: 20 kg or 45 lb in most gyms
	BarEZ                     // the cambered curl bar
	BarTrap                   // the trap (hex) bar
	BarSmith                  // a Smith machine's bar, by its effective load
)

var barKindText = enum.New[BarKind]("BarKind", "kind", unknownName, "unknown", "barbell", "ez-bar", "trap-bar", "smith-machine")

// String returns the kind's name, such as "ez-bar"; a value past
// [BarSmith] is "BarKind(n)".
func (k BarKind) String() string { return barKindText.String(k) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (k BarKind) AppendText(b []byte) ([]byte, error) { return barKindText.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k BarKind) MarshalText() ([]byte, error) { return barKindText.MarshalText(k) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName] and leaves k unchanged.
func (k *BarKind) UnmarshalText(text []byte) error { return barKindText.UnmarshalText(k, text) }

// CommonGym returns the presets of a common commercial gym in u: [Plates]
// (no microplates), an Olympic bar, an EZ bar, a trap bar and a Smith
// machine as [StandardBarbell], [EZCurlBar], [TrapBar] and [SmithBar]
// weigh them, the [Dumbbells] rack, the [Kettlebells], a [SelectorStack]
// for machines and a [CableColumn]. Each preset's doc comment lists its
// loads and why. A unit other than kg or lb is a [*FieldError] with Field
// "unit" wrapping [repkit.ErrUnit]. Each call returns fresh values.
func CommonGym(u repkit.Unit) (Gym, error) {
	if err := checkGymUnit(u); err != nil {
		return Gym{}, err
	}
	// With a checked unit the presets cannot fail.
	plates, _ := Plates(u)
	gym := Gym{Unit: u, Plates: plates}
	for _, b := range []struct {
		kind BarKind
		fn   func(repkit.Unit) (BarAndPlates, error)
	}{{BarOlympic, StandardBarbell}, {BarEZ, EZCurlBar}, {BarTrap, TrapBar}, {BarSmith, SmithBar}} {
		bar, _ := b.fn(u)
		gym.Bars = append(gym.Bars, GymBar{Kind: b.kind, Weight: bar.Bar})
	}
	dumbbells, _ := Dumbbells(u)
	kettlebells, _ := Kettlebells(u)
	gym.Dumbbells, gym.Kettlebells = dumbbells.Loads, kettlebells.Loads
	gym.Machine, _ = SelectorStack(u)
	gym.Cable, _ = CableColumn(u)
	return gym, nil
}

// KilogramGym returns [CommonGym] in kilograms: plates from 25 to 1.25 kg,
// a 20 kg bar, dumbbells 1-10 kg by 1 and 12-50 kg by 2, kettlebells 4-48
// kg, machines in 2.5 kg steps and a cable column in 1.25 kg steps.
func KilogramGym() Gym {
	gym, _ := CommonGym(repkit.UnitKilogram)
	return gym
}

// PoundGym returns [CommonGym] in pounds: plates from 45 to 2.5 lb, a 45 lb
// bar, dumbbells 5-100 lb by 5, kettlebells 10-100 lb, machines in 5 lb
// steps and a cable column in 2.5 lb steps.
func PoundGym() Gym {
	gym, _ := CommonGym(repkit.UnitPound)
	return gym
}

// Validate reports the first bad field as a [*FieldError] naming it with
// its JSON path ("unit", "plates[2].weight", "bars[1].kind",
// "dumbbells[4]", "machine.pins[3]", "cable.addons[0]"): a unit other than
// kg or lb ([repkit.ErrUnit]), a bar kind that is unknown or repeated, a
// negative or absurd load, stack pins out of order or more than 6 add-ons
// ([ErrEquipment]).
func (g Gym) Validate() error {
	if err := checkGymUnit(g.Unit); err != nil {
		return err
	}
	if err := (BarAndPlates{Plates: g.Plates}).Validate(); err != nil {
		return err
	}
	var seen [BarSmith + 1]bool
	for i, b := range g.Bars {
		at := func() string { return "bars[" + strconv.Itoa(i) + "]" }
		if b.Kind == BarUnknown || b.Kind > BarSmith {
			return &FieldError{Field: at() + ".kind", Value: b.Kind.String(), Err: repkit.ErrUnknownName, Hint: "give barbell, ez-bar, trap-bar or smith-machine"}
		}
		if seen[b.Kind] {
			return &FieldError{Field: at() + ".kind", Value: b.Kind.String(), Err: ErrEquipment, Hint: "give each kind of bar once"}
		}
		seen[b.Kind] = true
		if err := checkEquipmentLoad("weight", b.Weight, false); err != nil {
			return errAt(err, at()+".weight")
		}
	}
	for _, list := range [...]struct {
		name  string
		loads []repkit.Load
	}{{"dumbbells", g.Dumbbells}, {"kettlebells", g.Kettlebells}} {
		for i, l := range list.loads {
			if err := checkEquipmentLoad("load", l, false); err != nil {
				return errAt(err, list.name+"["+strconv.Itoa(i)+"]")
			}
		}
	}
	if err := g.Machine.Validate(); err != nil {
		return errIn(err, "machine.")
	}
	if err := g.Cable.Validate(); err != nil {
		return errIn(err, "cable.")
	}
	return nil
}

// errIn prefixes the field of a *FieldError with prefix.
func errIn(err error, prefix string) error {
	var e *FieldError
	if errors.As(err, &e) {
		e.Field = prefix + e.Field
	}
	return err
}

// Weights returns the equipment of g that loads exercises of equipment eq,
// as fresh values that share no slice with g:
//
//	exercise.Machine       Machine, a CableStack
//	exercise.Cable         Cable, a CableStack
//	exercise.Dumbbell      Dumbbells, as FixedWeights
//	exercise.Kettlebell    Kettlebells, as FixedWeights
//	exercise.Barbell       the BarOlympic bar and Plates, a BarAndPlates
//	exercise.EZBar         the BarEZ bar and Plates
//	exercise.SmithMachine  the BarSmith bar and Plates
//
// Errors: g's own [Gym.Validate] error; equipment whose resistance is not a
// load to round (body weight, bands, balls, foam rollers, other equipment
// and equipment not stated) wraps [ErrNoWeights]; equipment the gym does
// not have (no dumbbells listed, no EZ bar) wraps [ErrEquipment] and names
// the field to fill in. For a trap bar, whose exercises the catalogue files
// under other equipment, use [Gym.Bar]. Safe for concurrent use.
func (g Gym) Weights(eq exercise.Equipment) (Weights, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	switch eq {
	case exercise.Machine:
		return g.stack("machine", g.Machine)
	case exercise.Cable:
		return g.stack("cable", g.Cable)
	case exercise.Dumbbell:
		return g.fixed("dumbbells", g.Dumbbells)
	case exercise.Kettlebell:
		return g.fixed("kettlebells", g.Kettlebells)
	case exercise.Barbell:
		return g.Bar(BarOlympic)
	case exercise.EZBar:
		return g.Bar(BarEZ)
	case exercise.SmithMachine:
		return g.Bar(BarSmith)
	}
	return nil, &FieldError{Field: "equipment", Value: eq.String(), Err: ErrNoWeights,
		Hint: "its resistance is not a load to round; progress it by reps, or give the equipment that carries the load"}
}

// WeightsFor is [Gym.Weights] for an exercise whose loads mean kind k
// (see [repkit.LoadKind]): for [repkit.LoadBodyweight], the load added to
// body weight, from the gym's dumbbells (one held, or hung from a belt;
// body weight alone is always there); for [repkit.LoadAssisted] on a
// machine, the assistance the machine stack gives. Band assistance is
// not a load the gym lists, so it wraps [ErrNoWeights]: give the bands
// the lifter has as a [Ladder] or [FixedWeights]. Safe for concurrent
// use.
func (g Gym) WeightsFor(eq exercise.Equipment, k repkit.LoadKind) (Weights, error) {
	switch {
	case k == repkit.LoadBodyweight:
		if err := g.Validate(); err != nil {
			return nil, err
		}
		return g.fixed("dumbbells", g.Dumbbells)
	case k == repkit.LoadAssisted && eq == exercise.Machine:
		return g.Weights(eq)
	case k == repkit.LoadAssisted:
		return nil, &FieldError{Field: "equipment", Value: eq.String(), Err: ErrNoWeights,
			Hint: "band assistance is not a load the gym lists; give the bands the lifter has"}
	}
	return g.Weights(eq)
}

// WeightsAt is [Gym.WeightsFor] for an exercise whose last load was last:
// the gym's equipment for it when that equipment can make last. Dumbbell
// work logged above the rack's heaviest dumbbell at twice a dumbbell the
// rack has is read as a pair's total (apps that log both hands together:
// 72 kg for two 36 kg dumbbells), and stepped by pairs. Body weight alone
// is always there for body-weight work. When the gym cannot make last, the
// error wraps [ErrNotAchievable] and names the load; errors of
// [Gym.WeightsFor] come back as they are. Safe for concurrent use.
func (g Gym) WeightsAt(eq exercise.Equipment, k repkit.LoadKind, last repkit.Load) (Weights, error) {
	w, err := g.WeightsFor(eq, k)
	if err != nil {
		return nil, err
	}
	if w.Achievable(last) || k == repkit.LoadBodyweight && last == 0 {
		return w, nil
	}
	if f, ok := w.(FixedWeights); ok && eq == exercise.Dumbbell && k == repkit.LoadExternal && last%2 == 0 && f.Achievable(last/2) {
		pairs := FixedWeights{Loads: make([]repkit.Load, len(f.Loads))}
		for i, l := range f.Loads {
			pairs.Loads[i] = 2 * l
		}
		return pairs, nil
	}
	return nil, errLoad("load", last, ErrNotAchievable, "the gym's "+eq.String()+" cannot make this load; give the lifter's own equipment")
}

// WeightsLogged is the equipment the next load of a logged exercise comes
// from, when the app knows no better: [Gym.WeightsAt] when the gym can make
// last, the load the log used last time; otherwise steps of the smallest
// plate pair of the gym's unit (2.5 kg, or 5 lb) from last, up to 200 steps
// above it: the lifter's own equipment, which the gym profile does not
// describe (bands, another gym, equipment not stated). Work logged at no
// load whose resistance is not a load (a band, a ball) gets that one load,
// so the Coach says a stronger band or a harder variation is the next step
// rather than adding weight. It never fails; give last as logged. Safe for
// concurrent use.
func (g Gym) WeightsLogged(eq exercise.Equipment, k repkit.LoadKind, last repkit.Load) Weights {
	w, err := g.WeightsAt(eq, k, last)
	switch {
	case err == nil:
		return w
	case errors.Is(err, ErrNoWeights) && last == 0 && k == repkit.LoadExternal:
		return FixedWeights{Loads: []repkit.Load{0}}
	}
	step := g.LoggedStep()
	loads := make([]repkit.Load, 0, 256)
	for l := last % step; l <= last+200*step; l += step {
		loads = append(loads, l)
	}
	if d, err := NewLadder(loads...); err == nil {
		return d
	}
	return FixedWeights{Loads: []repkit.Load{last}} // past what a ladder holds: only the load itself
}

func (g Gym) stack(field string, s CableStack) (Weights, error) {
	if len(s.Pins) == 0 {
		return nil, &FieldError{Field: field + ".pins", Value: "none", Err: ErrEquipment, Hint: "list the stack's numbers, lightest first"}
	}
	return CableStack{Pins: slices.Clone(s.Pins), AddOns: slices.Clone(s.AddOns)}, nil
}

func (g Gym) fixed(field string, loads []repkit.Load) (Weights, error) {
	if len(loads) == 0 {
		return nil, &FieldError{Field: field, Value: "none", Err: ErrEquipment, Hint: "list the gym's " + field + ", one load each"}
	}
	return FixedWeights{Loads: slices.Clone(loads)}, nil
}

// Bar returns the bar of kind k loaded with the gym's Plates, as a fresh
// value. Errors: g's own [Gym.Validate] error, and a gym with no bar of
// kind k wraps [ErrEquipment] with Field "bars". Safe for concurrent use.
func (g Gym) Bar(k BarKind) (BarAndPlates, error) {
	if err := g.Validate(); err != nil {
		return BarAndPlates{}, err
	}
	for _, b := range g.Bars {
		if b.Kind == k {
			return BarAndPlates{Bar: b.Weight, Plates: slices.Clone(g.Plates)}, nil
		}
	}
	return BarAndPlates{}, &FieldError{Field: "bars", Value: "no " + k.String(), Err: ErrEquipment,
		Hint: "add the " + k.String() + " and its weight to the gym's bars"}
}

// MarshalJSON writes g with every load in g's unit, such as "45lb" in a
// pound gym, so that a stored profile reads as the lifter wrote it; a unit
// that is not kg or lb writes loads in that unit's symbol, or kilograms
// for [repkit.UnitUnknown]. Decoding needs no method of its own: every
// load reads back exactly ([repkit.Load.Format] writes the shortest
// decimal that parses to the same Load). It fails only for a Unit or
// BarKind past the named ones.
func (g Gym) MarshalJSON() ([]byte, error) {
	u := g.Unit
	loads := func(ls []repkit.Load) []unitLoad {
		if len(ls) == 0 {
			return nil
		}
		out := make([]unitLoad, len(ls))
		for i, l := range ls {
			out[i] = unitLoad{l, u}
		}
		return out
	}
	stack := func(s CableStack) *stackWire {
		if s.IsZero() {
			return nil
		}
		return &stackWire{Pins: loads(s.Pins), AddOns: loads(s.AddOns)}
	}
	w := gymWire{Unit: u, Dumbbells: loads(g.Dumbbells), Kettlebells: loads(g.Kettlebells),
		Machine: stack(g.Machine), Cable: stack(g.Cable)}
	for _, p := range g.Plates {
		w.Plates = append(w.Plates, plateWire{unitLoad{p.Weight, u}, p.Pairs})
	}
	for _, b := range g.Bars {
		w.Bars = append(w.Bars, barWire{b.Kind, unitLoad{b.Weight, u}})
	}
	return json.Marshal(w)
}

// gymWire is Gym's JSON with its loads written in the gym's unit; its
// keys are Gym's.
type gymWire struct {
	Unit        repkit.Unit `json:"unit"`
	Plates      []plateWire `json:"plates,omitempty"`
	Bars        []barWire   `json:"bars,omitempty"`
	Dumbbells   []unitLoad  `json:"dumbbells,omitempty"`
	Kettlebells []unitLoad  `json:"kettlebells,omitempty"`
	Machine     *stackWire  `json:"machine,omitempty"`
	Cable       *stackWire  `json:"cable,omitempty"`
}

type plateWire struct {
	Weight unitLoad `json:"weight"`
	Pairs  int      `json:"pairs"`
}

type barWire struct {
	Kind   BarKind  `json:"kind"`
	Weight unitLoad `json:"weight"`
}

type stackWire struct {
	Pins   []unitLoad `json:"pins,omitempty"`
	AddOns []unitLoad `json:"addons,omitempty"`
}

// unitLoad is a load that marshals in a given unit.
type unitLoad struct {
	l repkit.Load
	u repkit.Unit
}

func (x unitLoad) MarshalText() ([]byte, error) { return x.l.AppendFormat(nil, x.u), nil }

// GymWeights returns the preset loading of a common gym for exercises of
// equipment eq, in unit u, and true; or nil and false when eq has no
// preset (body weight, bands, balls, foam rollers, other equipment and
// equipment not stated, whose resistance is not a load to round) or u is
// not kg or lb. It is [CommonGym] followed by [Gym.Weights], with the
// errors dropped: new code should store a [Gym] per lifter and call
// Gym.Weights, which says why there is no answer. Each call returns fresh
// values. Safe for concurrent use.
func GymWeights(eq exercise.Equipment, u repkit.Unit) (Weights, bool) {
	gym, err := CommonGym(u)
	if err != nil {
		return nil, false
	}
	w, err := gym.Weights(eq)
	if err != nil {
		return nil, false
	}
	return w, true
}
