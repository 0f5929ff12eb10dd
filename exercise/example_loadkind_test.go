package exercise_test

import (
	"fmt"

	"github.com/repkit/repkit/exercise"
)

// An app reads what a logged load means from the catalog exercise and
// the name the lifter logged: a pull-up is body weight plus the load
// added, the same pull-up logged "(Band)" is body weight less the band's
// help, and a band fly's band is the resistance.
func ExampleLoggedLoadKind() {
	for _, name := range []string{"Pull Up", "Pull Up (Band)", "Pull Up (Weighted)", "Chest Dip (Assisted)", "Chest Fly (Band)", "Push-Up"} {
		ex, _ := exercise.Lookup(name)
		fmt.Printf("%-21s %-22s %s\n", name, ex.Name, exercise.LoggedLoadKind(name, ex))
	}
	// Output:
	// Pull Up               Pull-Up                bodyweight
	// Pull Up (Band)        Pull-Up                assisted
	// Pull Up (Weighted)    Pull-Up                bodyweight
	// Chest Dip (Assisted)  Assisted Dip Machine   assisted
	// Chest Fly (Band)      Band Chest Fly         external
	// Push-Up               Push-Up                bodyweight
}
