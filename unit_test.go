package repkit_test

import (
	"errors"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum/enumtest"
)

// TestUnitContract runs the shared enum contract on Unit, and checks that
// every alias ParseUnit documents reads as its unit, in any case, while
// String and MarshalText keep writing the symbol.
func TestUnitContract(t *testing.T) {
	enumtest.Run[repkit.Unit](t, "Unit", "unit", "unknown", "kg", "lb", "g")
	for _, tt := range []struct {
		in   string
		want repkit.Unit
	}{
		{"kgs", repkit.UnitKilogram}, {"KILO", repkit.UnitKilogram}, {"kilos", repkit.UnitKilogram},
		{"Kilogram", repkit.UnitKilogram}, {"kilograms", repkit.UnitKilogram},
		{"LBS", repkit.UnitPound}, {"pound", repkit.UnitPound}, {"Pounds", repkit.UnitPound},
		{"gram", repkit.UnitGram}, {"GRAMS", repkit.UnitGram},
	} {
		var u repkit.Unit
		if err := u.UnmarshalText([]byte(tt.in)); err != nil || u != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.in, u, err, tt.want)
		}
		if got, err := repkit.ParseUnit(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseUnit(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	_, err := repkit.ParseUnit("stone")
	var le *repkit.FieldError
	if !errors.Is(err, repkit.ErrUnit) || !errors.As(err, &le) || le.Value != "stone" {
		t.Errorf("ParseUnit(stone) error = %v, want a *FieldError wrapping ErrUnit", err)
	}
	// "unknown" names the zero Unit but is no unit at the end of a load.
	if _, err := repkit.ParseLoad("50unknown"); !errors.Is(err, repkit.ErrUnit) {
		t.Errorf("ParseLoad(50unknown) error = %v, want ErrUnit", err)
	}
}
