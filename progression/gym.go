package progression

import (
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// GymWeights returns the preset loading of a typical gym for exercises of
// equipment eq, in unit u, and true; or nil and false when eq has no
// preset: body weight, bands, balls, foam rollers, other equipment and
// equipment not stated, whose resistance is not a load to round, and a unit
// other than [repkit.UnitKilogram] or [repkit.UnitPound]. The presets are:
//
//	exercise.Machine       SelectorStack
//	exercise.Cable         CableColumn
//	exercise.Dumbbell      Dumbbells
//	exercise.Barbell       StandardBarbell
//	exercise.EZBar         EZCurlBar
//	exercise.SmithMachine  SmithBar
//	exercise.Kettlebell    Kettlebells
//
// It is the glue an app writes to round an exercise's load before it knows
// the lifter's own gym; replace the result with the real equipment when the
// app does. Each call returns fresh values. Safe for concurrent use.
func GymWeights(eq exercise.Equipment, u repkit.Unit) (Weights, bool) {
	if u != repkit.UnitKilogram && u != repkit.UnitPound {
		return nil, false
	}
	switch eq {
	case exercise.Machine:
		return SelectorStack(u), true
	case exercise.Cable:
		return CableColumn(u), true
	case exercise.Dumbbell:
		return Dumbbells(u), true
	case exercise.Barbell:
		return StandardBarbell(u), true
	case exercise.EZBar:
		return EZCurlBar(u), true
	case exercise.SmithMachine:
		return SmithBar(u), true
	case exercise.Kettlebell:
		return Kettlebells(u), true
	}
	return nil, false
}
