package progression

import (
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// TypicalLoad returns a rough starting load for ex, in kilograms: about
// what an intermediate lifter does 10 times at RPE 9 (11 reps to failure),
// by its equipment and mechanics. Machines 50 kg (isolation 35 kg); cables
// 40 kg (isolation 15 kg, shoulder isolation 7.5 kg); dumbbells 22.5 kg
// each (isolation 12.5 kg, shoulder isolation 8 kg); barbells and the
// Smith machine 60 kg (isolation 30 kg); an EZ bar 30 kg; a kettlebell
// 16 kg. It returns 0 and false for equipment that is not loaded (body
// weight, bands, balls, other equipment, and equipment not stated).
//
// These are demonstration figures, not a standard, for an app that has no
// history of the lifter yet (a first run, a demo): round the load to the
// gym with [Round] and let the lifter's first sets replace it; once there
// is a history, use [FirstLoad]. It is a pure function, safe for
// concurrent use.
func TypicalLoad(ex exercise.Exercise) (repkit.Load, bool) {
	const kg, g = repkit.Kilogram, repkit.Gram
	isolation := ex.Mechanics == exercise.Isolation
	shoulders := isolation && ex.PrimaryMuscles.Has(exercise.Shoulders)
	switch ex.Equipment {
	case exercise.Machine:
		if isolation {
			return 35 * kg, true
		}
		return 50 * kg, true
	case exercise.Cable:
		switch {
		case shoulders:
			return 7500 * g, true
		case isolation:
			return 15 * kg, true
		}
		return 40 * kg, true
	case exercise.Dumbbell:
		switch {
		case shoulders:
			return 8 * kg, true
		case isolation:
			return 12500 * g, true
		}
		return 22500 * g, true
	case exercise.Barbell, exercise.SmithMachine:
		if isolation {
			return 30 * kg, true
		}
		return 60 * kg, true
	case exercise.EZBar:
		return 30 * kg, true
	case exercise.Kettlebell:
		return 16 * kg, true
	}
	return 0, false
}
