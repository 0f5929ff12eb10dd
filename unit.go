package repkit

import "github.com/repkit/repkit/internal/enum"

// A Unit is a unit of mass that loads are written in. The zero Unit is
// [UnitUnknown]: a file that does not say whether its weights are kilograms
// or pounds must not be guessed at, so callers state the unit.
type Unit uint8

// The units loads are written in.
const (
	UnitUnknown  Unit = iota // not stated
	UnitKilogram             // kg
	UnitPound                // lb
	UnitGram                 // g
)

var unitText = enum.New[Unit]("Unit", "unit", unknownUnit, "unknown", "kg", "lb", "g").WithAliases(
	enum.Alias[Unit]{Name: "kgs", Value: UnitKilogram}, enum.Alias[Unit]{Name: "kilo", Value: UnitKilogram},
	enum.Alias[Unit]{Name: "kilos", Value: UnitKilogram}, enum.Alias[Unit]{Name: "kilogram", Value: UnitKilogram},
	enum.Alias[Unit]{Name: "kilograms", Value: UnitKilogram},
	enum.Alias[Unit]{Name: "lbs", Value: UnitPound}, enum.Alias[Unit]{Name: "pound", Value: UnitPound},
	enum.Alias[Unit]{Name: "pounds", Value: UnitPound},
	enum.Alias[Unit]{Name: "gram", Value: UnitGram}, enum.Alias[Unit]{Name: "grams", Value: UnitGram},
)

// unknownUnit is the error for unit text that names no unit, or a Unit
// value past [UnitGram]: a [*FieldError] with Field "unit" wrapping both
// [ErrUnit] and [ErrUnknownName].
func unknownUnit(_, value, _ string) error {
	return &FieldError{Field: "unit", Value: value, Err: enum.Also(ErrUnit, ErrUnknownName), Hint: "write kg, lb or g"}
}

// String returns the unit's symbol: "kg", "lb", "g", or "unknown"; a value
// past [UnitGram] is "Unit(n)".
func (u Unit) String() string { return unitText.String(u) }

// AppendText implements [encoding.TextAppender]: it appends the symbol to
// b; a value past [UnitGram] is an error, as for MarshalText.
func (u Unit) AppendText(b []byte) ([]byte, error) { return unitText.AppendText(b, u) }

// Size returns one of the unit as a Load, or 0 for an unknown unit.
func (u Unit) Size() Load { return u.size() }

// display returns the unit a load is shown in for u: u itself, or
// kilograms for UnitUnknown and units past the named ones.
func (u Unit) display() Unit {
	if u.size() == 0 {
		return UnitKilogram
	}
	return u
}

func (u Unit) displaySize() Load { return u.display().size() }

func (u Unit) size() Load {
	switch u {
	case UnitKilogram:
		return Kilogram
	case UnitPound:
		return Pound
	case UnitGram:
		return Gram
	}
	return 0
}

// ParseUnit reads a unit name case-insensitively: kg, kgs, kilo, kilos,
// kilogram, kilograms, lb, lbs, pound, pounds, g, gram, grams, or unknown.
// Other text is a [*FieldError] with Field "unit" wrapping [ErrUnit] and [ErrUnknownName].
func ParseUnit(s string) (Unit, error) { return unitText.Parse(s) }

// MarshalText implements [encoding.TextMarshaler] with [Unit.String]; a
// value past [UnitGram] is an error wrapping [ErrUnit] and [ErrUnknownName].
func (u Unit) MarshalText() ([]byte, error) { return unitText.MarshalText(u) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUnit]; on
// error u is unchanged.
func (u *Unit) UnmarshalText(text []byte) error { return unitText.UnmarshalText(u, text) }

// lookupUnit finds the unit that ends a load, such as the "kg" of "50kg";
// "unknown" is no unit there.
func lookupUnit[T string | []byte](s T) (Unit, bool) {
	u, ok := enum.Lookup(unitText, s)
	return u, ok && u != UnitUnknown
}
