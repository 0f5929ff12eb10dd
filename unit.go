package repkit

import (
	"fmt"

	"github.com/repkit/repkit/internal/ascii"
)

// A Unit is a unit of mass that loads are written in. The zero Unit is
// [UnitUnknown]: a file that does not say whether its weights are kilograms
// or pounds must not be guessed at, so callers state the unit.
type Unit uint8

// The units loads are written in.
const (
	UnitUnknown Unit = iota // not stated
	Kilograms               // kg
	Pounds                  // lb
	Grams                   // g
)

// String returns the unit's symbol: "kg", "lb", "g", or "unknown".
func (u Unit) String() string {
	switch u {
	case Kilograms:
		return "kg"
	case Pounds:
		return "lb"
	case Grams:
		return "g"
	case UnitUnknown:
		return "unknown"
	}
	return fmt.Sprintf("Unit(%d)", uint8(u))
}

// Size returns one of the unit as a Load, or 0 for an unknown unit.
func (u Unit) Size() Load { return u.size() }

// display returns the unit a load is shown in for u: u itself, or
// kilograms for UnitUnknown and units past the named ones.
func (u Unit) display() Unit {
	if u.size() == 0 {
		return Kilograms
	}
	return u
}

func (u Unit) displaySize() Load { return u.display().size() }

func (u Unit) size() Load {
	switch u {
	case Kilograms:
		return Kilogram
	case Pounds:
		return Pound
	case Grams:
		return Gram
	}
	return 0
}

// ParseUnit reads a unit name case-insensitively: kg, kgs, kilo, kilos,
// kilogram, kilograms, lb, lbs, pound, pounds, g, gram, grams, or unknown.
// Other text is a [*FieldError] with Field "unit" wrapping [ErrUnit].
func ParseUnit(s string) (Unit, error) {
	if ascii.EqualFold(s, "unknown") {
		return UnitUnknown, nil
	}
	u, ok := lookupUnit(s)
	if !ok {
		return UnitUnknown, &FieldError{Field: "unit", Value: s, Err: ErrUnit, Hint: "write kg, lb or g"}
	}
	return u, nil
}

// MarshalText implements [encoding.TextMarshaler].
func (u Unit) MarshalText() ([]byte, error) {
	if u > Grams {
		return nil, fmt.Errorf("exercise: %w: Unit(%d)", ErrUnit, uint8(u))
	}
	return []byte(u.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUnit].
func (u *Unit) UnmarshalText(text []byte) error {
	v, err := ParseUnit(string(text))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

var unitNames = [...]struct {
	name string
	unit Unit
}{
	{"kg", Kilograms}, {"kgs", Kilograms}, {"kilo", Kilograms}, {"kilos", Kilograms},
	{"kilogram", Kilograms}, {"kilograms", Kilograms},
	{"lb", Pounds}, {"lbs", Pounds}, {"pound", Pounds}, {"pounds", Pounds},
	{"g", Grams}, {"gram", Grams}, {"grams", Grams},
}

func lookupUnit[T string | []byte](s T) (Unit, bool) {
	for _, n := range unitNames {
		if ascii.EqualFold(s, n.name) {
			return n.unit, true
		}
	}
	return UnitUnknown, false
}
