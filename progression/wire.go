package progression

import (
	"encoding/json"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/jsontime"
)

// This file holds the JSON methods of the package's wire types that need
// more than their field tags: sets of reasons, written as arrays of names,
// and the structs with a time.Duration field, written through an
// unexported mirror of their fields with the duration in seconds.

// MarshalJSON writes s as a JSON array of reason names in constant order,
// such as ["top-of-range","new-load"], and [] for the empty set. A bit that
// is no [Reason] is an error wrapping [repkit.ErrUnknownName].
func (s Reasons) MarshalJSON() ([]byte, error) {
	return reasonText.AppendJSONSet(nil, enum.Members(s, Reason(0), Reason(32)))
}

// UnmarshalJSON reads a JSON array of reason names in any ASCII case, null
// for the empty set, or (as sets were once written) a string of
// comma-separated names. An unknown name, "unknown" or other JSON is an
// error wrapping [repkit.ErrUnknownName] and leaves s unchanged.
func (s *Reasons) UnmarshalJSON(data []byte) error {
	var out Reasons
	if err := reasonText.ParseJSONSet(data, func(r Reason) { out = out.With(r) }); err != nil {
		return err
	}
	*s = out
	return nil
}

// nextTimeWire is NextTime on the wire: the same fields and tags, with Away
// in seconds.
type nextTimeWire struct {
	Action        Action           `json:"action"`
	Lead          Reason           `json:"lead"`
	Why           Reasons          `json:"why"`
	Load          repkit.Load      `json:"load"`
	From          repkit.Load      `json:"from"`
	Reps          int              `json:"reps"`
	Again         bool             `json:"again"`
	Sets          int              `json:"sets,omitzero"`
	Range         repkit.RepRange  `json:"range"`
	Got           int              `json:"got"`
	Want          int              `json:"want"`
	Steps         int              `json:"steps,omitzero"`
	Percent       int              `json:"percent,omitzero"`
	Cut           int              `json:"cut,omitzero"`
	Since         int              `json:"since"`
	Best          repkit.Load      `json:"best"`
	BestReps      int              `json:"best_reps"`
	BestVolume    int              `json:"best_volume"`
	Prescribed    repkit.Load      `json:"prescribed,omitzero"`
	Away          jsontime.Seconds `json:"away,omitzero"`
	Total         bool             `json:"total"`
	RestPause     bool             `json:"rest_pause"`
	Unit          repkit.Unit      `json:"unit,omitzero"`
	TroubleWeeks  int              `json:"trouble_weeks,omitzero"`
	TroubleWindow int              `json:"trouble_window,omitzero"`
	Kind          repkit.LoadKind  `json:"kind,omitzero"`
}

// MarshalJSON writes d with the keys its field tags name, Away as a JSON
// number of seconds. It fails only for an enum value past the named ones.
func (d NextTime) MarshalJSON() ([]byte, error) {
	return json.Marshal(nextTimeWire{
		Action: d.Action, Lead: d.Lead, Why: d.Why, Load: d.Load, From: d.From,
		Reps: d.Reps, Again: d.Again, Sets: d.Sets, Range: d.Range, Got: d.Got, Want: d.Want,
		Steps: d.Steps, Percent: d.Percent, Cut: d.Cut, Since: d.Since,
		Best: d.Best, BestReps: d.BestReps, BestVolume: d.BestVolume, Prescribed: d.Prescribed,
		Away: jsontime.Seconds(d.Away), Total: d.Total, RestPause: d.RestPause, Unit: d.Unit,
		TroubleWeeks: d.TroubleWeeks, TroubleWindow: d.TroubleWindow, Kind: d.Kind,
	})
}

// UnmarshalJSON reads what MarshalJSON writes; Away may also be Go
// duration text such as "504h0m0s", as it was once written. Keys left out
// read as zero. On error d is unchanged.
func (d *NextTime) UnmarshalJSON(data []byte) error {
	var w nextTimeWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*d = NextTime{
		Action: w.Action, Lead: w.Lead, Why: w.Why, Load: w.Load, From: w.From,
		Reps: w.Reps, Again: w.Again, Sets: w.Sets, Range: w.Range, Got: w.Got, Want: w.Want,
		Steps: w.Steps, Percent: w.Percent, Cut: w.Cut, Since: w.Since,
		Best: w.Best, BestReps: w.BestReps, BestVolume: w.BestVolume, Prescribed: w.Prescribed,
		Away: time.Duration(w.Away), Total: w.Total, RestPause: w.RestPause, Unit: w.Unit,
		TroubleWeeks: w.TroubleWeeks, TroubleWindow: w.TroubleWindow, Kind: w.Kind,
	}
	return nil
}

// coachWire is Coach on the wire: the same fields and tags, without
// Weights, with ReturnGap in seconds.
type coachWire struct {
	Unit          repkit.Unit      `json:"unit,omitzero"`
	Range         repkit.RepRange  `json:"range,omitzero"`
	Total         repkit.RepRange  `json:"total,omitzero"`
	MinRIR        repkit.RIR       `json:"min_rir,omitzero"`
	MinFirstReps  int              `json:"min_first_reps,omitzero"`
	StallSessions int              `json:"stall_sessions,omitzero"`
	DeloadPercent int              `json:"deload_percent,omitzero"`
	ReturnGap     jsontime.Seconds `json:"return_gap,omitzero"`
	MaxSteps      int              `json:"max_steps,omitzero"`
	Kind          repkit.LoadKind  `json:"kind,omitzero"`
	Bodyweight    repkit.Load      `json:"bodyweight,omitzero"`
	Trouble       Trouble          `json:"trouble,omitzero"`
}

// MarshalJSON writes c's settings with the keys its field tags name, each
// left out when zero, ReturnGap as a JSON number of seconds. Weights is not
// written. It fails only for an enum value past the named ones.
func (c Coach) MarshalJSON() ([]byte, error) {
	return json.Marshal(coachWire{
		Unit: c.Unit, Range: c.Range, Total: c.Total, MinRIR: c.MinRIR, MinFirstReps: c.MinFirstReps,
		StallSessions: c.StallSessions, DeloadPercent: c.DeloadPercent, ReturnGap: jsontime.Seconds(c.ReturnGap),
		MaxSteps: c.MaxSteps, Kind: c.Kind, Bodyweight: c.Bodyweight, Trouble: c.Trouble,
	})
}

// UnmarshalJSON reads what MarshalJSON writes (ReturnGap may also be Go
// duration text such as "504h0m0s") and checks the settings as
// [Coach.Validate] does, except Weights, which JSON does not carry: c keeps
// the Weights it had, so an app may set them first and decode the stored
// settings into the same Coach. Every other key left out reads as zero,
// the default. On error c is unchanged.
func (c *Coach) UnmarshalJSON(data []byte) error {
	var w coachWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := Coach{
		Unit: w.Unit, Range: w.Range, Total: w.Total, MinRIR: w.MinRIR, MinFirstReps: w.MinFirstReps,
		StallSessions: w.StallSessions, DeloadPercent: w.DeloadPercent, ReturnGap: time.Duration(w.ReturnGap),
		MaxSteps: w.MaxSteps, Kind: w.Kind, Bodyweight: w.Bodyweight, Trouble: w.Trouble,
		Weights: c.Weights,
	}
	if err := v.validateSettings(); err != nil {
		return err
	}
	*c = v
	return nil
}

// The settings types below have no time.Duration, so encoding/json writes
// them from their tags; their UnmarshalJSON methods read through a copy
// of the type without methods and check what they read.

type (
	doubleWire    DoubleProgression
	sumOfRepsWire SumOfReps
	stallRuleWire StallRule
)

// UnmarshalJSON reads the settings encoding/json writes from p's tags and
// checks them as [DoubleProgression.Validate] does, except Weights, which
// JSON does not carry: p keeps the Weights it had. The range is required
// (a progression cannot judge reps against no range); every other key
// left out reads as zero. On error p is unchanged.
func (p *DoubleProgression) UnmarshalJSON(data []byte) error {
	w := doubleWire{Weights: p.Weights}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if err := DoubleProgression(w).validateSettings(); err != nil {
		return err
	}
	*p = DoubleProgression(w)
	return nil
}

// UnmarshalJSON reads the settings encoding/json writes from s's tags and
// checks them as [SumOfReps.Validate] does, except Weights, which JSON does
// not carry: s keeps the Weights it had. The total is required; every
// other key left out reads as zero. On error s is unchanged.
func (s *SumOfReps) UnmarshalJSON(data []byte) error {
	w := sumOfRepsWire{Weights: s.Weights}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if err := SumOfReps(w).validateSettings(); err != nil {
		return err
	}
	*s = SumOfReps(w)
	return nil
}

// UnmarshalJSON reads the settings encoding/json writes from r's tags and
// checks them as [StallRule.Validate] does, except Weights, which JSON does
// not carry: r keeps the Weights it had. Keys left out read as zero, the
// defaults. On error r is unchanged.
func (r *StallRule) UnmarshalJSON(data []byte) error {
	w := stallRuleWire{Weights: r.Weights}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if err := StallRule(w).validateSettings(); err != nil {
		return err
	}
	*r = StallRule(w)
	return nil
}
