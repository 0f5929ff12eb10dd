package progression_test

import (
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

func TestUnloadedAdvice(t *testing.T) {
	rng := repkit.RepRange{Min: 12, Max: 14}
	for _, c := range []struct {
		total int
		at    string
		want  string
	}{
		{10, "body weight", "The set totalled 10 reps, below 12-14: stay at body weight and build the total toward 12-14."},
		{12, "band tension", "The set totalled 12 reps, inside 12-14: stay at band tension and aim for 13 total reps."},
		{13, "body weight", "The set totalled 13 reps, inside 12-14: stay at body weight and aim for 14 total reps."},
		{14, "body weight", "The set totalled 14 reps, the top of 12-14: add a little load (a belt or vest) next time and aim for 12 total reps."},
		{19, "body weight", "The set totalled 19 reps, above 12-14: add a little load (a belt or vest) next time and aim for 12 total reps."},
	} {
		if got := progression.UnloadedAdvice(c.total, rng, c.at); got != c.want {
			t.Errorf("UnloadedAdvice(%d) =\n%s\nwant\n%s", c.total, got, c.want)
		}
	}
}
