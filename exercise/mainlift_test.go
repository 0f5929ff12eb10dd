package exercise_test

import (
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

func TestIsMainLift(t *testing.T) {
	for _, c := range []struct {
		name string
		kind repkit.LoadKind
		want bool
	}{
		{"barbell bench press", repkit.LoadExternal, true}, // high-skill, heavily loaded: unsuitable
		{"back squat", repkit.LoadExternal, true},
		{"back squat", repkit.LoadBodyweight, false}, // an e1RM of added load means nothing without body weight
		{"back squat", repkit.LoadAssisted, false},
		{"leg extension", repkit.LoadExternal, false},       // suitable for rest-pause
		{"machine chest press", repkit.LoadExternal, false}, // suitable
		{"chest dip", repkit.LoadExternal, false},           // caution, not unsuitable
	} {
		ex, ok := exercise.Lookup(c.name)
		if !ok {
			t.Fatalf("catalog has no %q", c.name)
		}
		if got := exercise.IsMainLift(ex, c.kind); got != c.want {
			t.Errorf("IsMainLift(%s, %v) = %v, want %v", c.name, c.kind, got, c.want)
		}
	}
	if exercise.IsMainLift(exercise.Exercise{}, repkit.LoadExternal) {
		t.Error("the zero Exercise is a main lift")
	}
}
