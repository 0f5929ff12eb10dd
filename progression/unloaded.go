package progression

import (
	"fmt"

	"github.com/repkit/repkit"
)

// UnloadedAdvice is next session's advice for a rest-pause set done with
// no load to change, at body weight or band tension (at names which, as
// [exercise.Equipment.UnloadedPhrase] writes it): the total reps carry the
// progress by sum of reps over rng. A total below rng builds toward it; one
// inside aims for one rep more; at the top or past it, a little added load
// (a belt or vest) and the bottom of rng again. For total 13 and rng
// 12-14 at body weight: "The set totalled 13 reps, inside 12-14: stay at
// body weight and aim for 14 total reps." It does not check rng (give a
// valid range, Min at most Max); it is a pure function, safe for
// concurrent use.
func UnloadedAdvice(total int, rng repkit.RepRange, at string) string {
	switch {
	case total < rng.Min:
		return fmt.Sprintf("The set totalled %d reps, below %s: stay at %s and build the total toward %s.", total, rng, at, rng)
	case total > rng.Max:
		return fmt.Sprintf("The set totalled %d reps, above %s: add a little load (a belt or vest) next time and aim for %d total reps.", total, rng, rng.Min)
	case total == rng.Max:
		return fmt.Sprintf("The set totalled %d reps, the top of %s: add a little load (a belt or vest) next time and aim for %d total reps.", total, rng, rng.Min)
	}
	return fmt.Sprintf("The set totalled %d reps, inside %s: stay at %s and aim for %d total reps.", total, rng, at, total+1)
}
