package progression_test

import (
	"encoding/csv"
	"errors"
	"os"
	"strconv"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/shareddata"
	"github.com/repkit/repkit/progression"
)

// strongSessions reads a real Strong export (kilograms, per its SOURCE.md)
// into sessions per exercise, in file order. It reads the columns it needs
// with encoding/csv, independently of package history.
func strongSessions(t *testing.T) map[string][]progression.Performance {
	f, err := os.Open(shareddata.Path(t, "workout-logs/strong/strong.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]progression.Performance{}
	last := map[string]string{}
	for _, row := range rows[1:] {
		date, name, weight, reps := row[0], row[3], row[5], row[6]
		load, err := repkit.ParseLoad(weight + "kg")
		if err != nil {
			t.Fatalf("weight %q: %v", weight, err)
		}
		n, err := strconv.Atoi(reps)
		if err != nil {
			t.Fatalf("reps %q: %v", reps, err)
		}
		s := out[name]
		if last[name] != date {
			s = append(s, progression.Performance{})
			last[name] = date
		}
		cur := &s[len(s)-1]
		cur.Load = max(cur.Load, load) // the session's top load
		cur.Sets = append(cur.Sets, progression.WorkSet{Reps: n})
		out[name] = s
	}
	return out
}

func TestRealStrongLog(t *testing.T) {
	byExercise := strongSessions(t)
	if len(byExercise) < 50 {
		t.Fatalf("%d exercises read; SOURCE.md says 72", len(byExercise))
	}
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	rule := progression.StallRule{Weights: bar}
	sets, estimates, refused := 0, 0, 0
	for name, sessions := range byExercise {
		for _, s := range sessions {
			for _, set := range s.Sets {
				sets++
				for _, f := range allFormulas {
					e, err := f.Estimate(s.Load, set.Reps)
					switch {
					case f.Reps().Contains(set.Reps):
						if err != nil || e < s.Load {
							t.Fatalf("%s %v x %d: %v %v, %v", name, s.Load, set.Reps, f, e, err)
						}
						estimates++
					case !errors.Is(err, repkit.ErrRange) || e != 0:
						t.Fatalf("%s %v x %d: %v gave %v, %v; want repkit.ErrRange", name, s.Load, set.Reps, f, e, err)
					default:
						refused++
					}
				}
			}
		}
		st, err := rule.Detect(sessions)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if st.Stalled() && st.Deload != st.From && (!bar.Achievable(st.Deload) || st.Deload >= st.From) {
			t.Errorf("%s: deload %v from %v is not an achievable lighter load", name, st.Deload, st.From)
		}
	}
	if sets != 2078 {
		t.Errorf("%d sets read; SOURCE.md says 2078", sets)
	}
	if estimates == 0 || refused == 0 {
		t.Errorf("%d estimates, %d refusals: the log should exercise both", estimates, refused)
	}
	t.Logf("%d exercises, %d sets, %d estimates, %d refused outside a formula's range", len(byExercise), sets, estimates, refused)
}
