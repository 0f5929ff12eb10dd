package progression_test

import (
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
)

func TestTypicalLoad(t *testing.T) {
	for _, c := range []struct {
		name string
		want repkit.Load // 0: not loaded
	}{
		{"machine chest press", 50 * repkit.Kilogram},
		{"leg extension", 35 * repkit.Kilogram}, // machine isolation
		{"cable lateral raise", 7500 * repkit.Gram},
		{"dumbbell lateral raise", 8 * repkit.Kilogram},
		{"barbell bench press", 60 * repkit.Kilogram},
		{"push-up", 0},
	} {
		ex, ok := exercise.Lookup(c.name)
		if !ok {
			t.Fatalf("catalog has no %q", c.name)
		}
		got, loaded := progression.TypicalLoad(ex)
		if got != c.want || loaded != (c.want > 0) {
			t.Errorf("TypicalLoad(%s) = %v, %v; want %v, %v", c.name, got, loaded, c.want, c.want > 0)
		}
	}
	if l, ok := progression.TypicalLoad(exercise.Exercise{}); l != 0 || ok {
		t.Errorf("TypicalLoad of the zero Exercise = %v, %v; want 0, false", l, ok)
	}
}
