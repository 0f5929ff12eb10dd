package progression_test

import (
	"errors"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
)

// Every Coach setting at its documented limit is accepted and one past it
// is refused, naming the setting. The range and total are set and valid in
// every case, so their checks passing never skip the checks after them.
func TestCoachSettingsBounds(t *testing.T) {
	base := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}, Total: repkit.RepRange{Min: 11, Max: 15}}
	tests := []struct {
		name  string
		ok    func(*progression.Coach) // the setting at its limit
		bad   func(*progression.Coach) // one past it
		field string
	}{
		{"range", func(c *progression.Coach) { c.Range = repkit.RepRange{Min: 1, Max: 1000} },
			func(c *progression.Coach) { c.Range = repkit.RepRange{Min: 12, Max: 8} }, "range"},
		{"total", func(c *progression.Coach) { c.Total = repkit.RepRange{Min: 1, Max: 1000} },
			func(c *progression.Coach) { c.Total = repkit.RepRange{Min: 15, Max: 11} }, "total"},
		{"min_rir", func(c *progression.Coach) { c.MinRIR = repkit.RIR(10) },
			func(c *progression.Coach) { c.MinRIR = repkit.RIR(11) }, "min_rir"},
		{"min_first_reps", func(c *progression.Coach) { c.MinFirstReps = 1000 },
			func(c *progression.Coach) { c.MinFirstReps = 1001 }, "min_first_reps"},
		{"min_first_reps below", func(c *progression.Coach) { c.MinFirstReps = 0 },
			func(c *progression.Coach) { c.MinFirstReps = -1 }, "min_first_reps"},
		{"stall_sessions", func(c *progression.Coach) { c.StallSessions = 1000 },
			func(c *progression.Coach) { c.StallSessions = 1001 }, "stall_sessions"},
		{"stall_sessions below", func(c *progression.Coach) { c.StallSessions = 0 },
			func(c *progression.Coach) { c.StallSessions = -1 }, "stall_sessions"},
		{"deload_percent", func(c *progression.Coach) { c.DeloadPercent = 50 },
			func(c *progression.Coach) { c.DeloadPercent = 51 }, "deload_percent"},
		{"deload_percent below", func(c *progression.Coach) { c.DeloadPercent = 0 },
			func(c *progression.Coach) { c.DeloadPercent = -1 }, "deload_percent"},
		{"max_steps", func(c *progression.Coach) { c.MaxSteps = 100 },
			func(c *progression.Coach) { c.MaxSteps = 101 }, "max_steps"},
		{"max_steps below", func(c *progression.Coach) { c.MaxSteps = 0 },
			func(c *progression.Coach) { c.MaxSteps = -1 }, "max_steps"},
		{"kind", func(c *progression.Coach) { c.Kind = repkit.LoadAssisted },
			func(c *progression.Coach) { c.Kind = repkit.LoadAssisted + 1 }, "kind"},
		{"bodyweight", func(c *progression.Coach) { c.Bodyweight = 0 },
			func(c *progression.Coach) { c.Bodyweight = -1 }, "bodyweight"},
		{"return_gap", func(c *progression.Coach) { c.ReturnGap = 0 },
			func(c *progression.Coach) { c.ReturnGap = -time.Nanosecond }, "return_gap"},
		{"trouble.window", func(c *progression.Coach) { c.Trouble.Window = 52 },
			func(c *progression.Coach) { c.Trouble.Window = 53 }, "trouble.window"},
		{"trouble.window below", func(c *progression.Coach) { c.Trouble.Window = 0 },
			func(c *progression.Coach) { c.Trouble.Window = -1 }, "trouble.window"},
		{"trouble.weeks", func(c *progression.Coach) { c.Trouble.Window, c.Trouble.Weeks = 3, 3 },
			func(c *progression.Coach) { c.Trouble.Window, c.Trouble.Weeks = 3, 4 }, "trouble.weeks"},
		{"trouble.weeks below", func(c *progression.Coach) { c.Trouble.Window, c.Trouble.Weeks = 3, 0 },
			func(c *progression.Coach) { c.Trouble.Window, c.Trouble.Weeks = 3, -1 }, "trouble.weeks"},
		{"trouble.switch", func(c *progression.Coach) { c.Trouble = progression.Trouble{Weeks: 1, Window: 3, Switch: true} },
			func(c *progression.Coach) { c.Trouble = progression.Trouble{Window: 3, Switch: true} }, "trouble.switch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.ok(&c)
			if err := c.Validate(); err != nil {
				t.Errorf("at the limit: %v", err)
			}
			c = base
			tt.bad(&c)
			err := c.Validate()
			var fe *progression.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, repkit.ErrInvalid) || fe.Hint == "" {
				t.Errorf("one past the limit: %v, want an ErrInvalid FieldError on %q with a hint", err, tt.field)
			}
		})
	}
}

// An outing's values at their documented limits are accepted and one past
// them refused, naming the field: discomfort 0-10, a prescription of up to
// 1000 reps and sets, a set's reps 0-1000 and its effort. A set with
// reps in range and a bad effort is refused for its effort.
func TestCoachOutingBounds(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}}
	badEffort := repkit.AtRPE(11)
	tests := []struct {
		name  string
		edit  func(*progression.Outing)
		field string // "" when accepted
	}{
		{"discomfort 10", func(o *progression.Outing) { o.Signals.Discomfort = 10 }, ""},
		{"discomfort 11", func(o *progression.Outing) { o.Signals.Discomfort = 11 }, "history[0].signals.discomfort"},
		{"1000 reps prescribed", func(o *progression.Outing) { o.Want = progression.Prescription{Load: 100 * kg, Reps: 1000} }, ""},
		{"1001 reps prescribed", func(o *progression.Outing) { o.Want = progression.Prescription{Load: 100 * kg, Reps: 1001} }, "history[0].want"},
		{"1000 sets prescribed", func(o *progression.Outing) { o.Want = progression.Prescription{Load: 100 * kg, Reps: 8, Sets: 1000} }, ""},
		{"1001 sets prescribed", func(o *progression.Outing) { o.Want = progression.Prescription{Load: 100 * kg, Reps: 8, Sets: 1001} }, "history[0].want"},
		{"the first set's reps", func(o *progression.Outing) { o.Sets[0].Reps = -1 }, "history[0].sets[0].reps"},
		{"1000 reps", func(o *progression.Outing) { o.Sets[0].Reps = 1000 }, ""},
		{"1001 reps", func(o *progression.Outing) { o.Sets[0].Reps = 1001 }, "history[0].sets[0].reps"},
		{"0 reps and a bad effort", func(o *progression.Outing) { o.Sets[0].Reps, o.Sets[0].Effort = 0, badEffort }, "history[0].sets[0].effort"},
		{"1000 reps and a bad effort", func(o *progression.Outing) { o.Sets[0].Reps, o.Sets[0].Effort = 1000, badEffort }, "history[0].sets[0].effort"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := out(0, 100*kg, 8, 8, 8)
			tt.edit(&o)
			_, err := c.Decide([]progression.Outing{o}, time.Time{}, fatigue.DoseFull)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var fe *progression.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, repkit.ErrInvalid) || fe.Hint == "" {
				t.Errorf("got %v, want an ErrInvalid FieldError on %q with a hint", err, tt.field)
			}
		})
	}
}
