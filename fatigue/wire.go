package fatigue

import (
	"encoding/json"
	"iter"
	"time"

	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/jsontime"
)

// This file holds the JSON methods of the package's wire types that need
// more than their field tags: the sets, written as arrays of names, and
// the structs with a time.Duration field, written through an unexported
// mirror of their fields with each duration in seconds.

// MarshalJSON writes s as a JSON array of reason names in constant order,
// such as ["short-sleep","beginner"], and [] for the empty set. A bit that
// is no [Reason] is an error wrapping [repkit.ErrUnknownName].
func (s Reasons) MarshalJSON() ([]byte, error) {
	return reasonText.AppendJSONSet(nil, enum.Members(s, Reason(0), Reason(16)))
}

// UnmarshalJSON reads a JSON array of reason names in any ASCII case, null
// for the empty set, or (as sets were once written) a string of
// comma-separated names. An unknown name, "unknown" or other JSON is an
// error wrapping [repkit.ErrUnknownName] and leaves s unchanged.
func (s *Reasons) UnmarshalJSON(data []byte) error {
	var out Reasons
	if err := reasonText.ParseJSONSet(data, func(r Reason) { out |= 1 << r }); err != nil {
		return err
	}
	*s = out
	return nil
}

// MarshalJSON writes s as a JSON array of condition names in constant
// order, such as ["pain","fainting"], and [] for the empty set. A set that
// fails [Conditions.Validate] is that error.
func (s Conditions) MarshalJSON() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return conditionText.AppendJSONSet(nil, s.All())
}

// UnmarshalJSON reads a JSON array of condition names in any ASCII case,
// null for the empty set, or a string of comma-separated names as
// [Conditions.UnmarshalText] reads (the form sets were once written in).
// An unknown name, "unknown" or other JSON is an error wrapping
// [repkit.ErrUnknownName] and leaves s unchanged.
func (s *Conditions) UnmarshalJSON(data []byte) error {
	var out Conditions
	if err := conditionText.ParseJSONSet(data, func(c Condition) { out = out.With(c) }); err != nil {
		return err
	}
	*s = out
	return nil
}

// bits yields every value whose bit is set in s, named or not, so that
// MarshalJSON refuses a bit that is no Sign rather than drop it.
func (s Signs) bits() iter.Seq[Sign] {
	return func(yield func(Sign) bool) {
		for g := range Sign(8) {
			if s&(1<<g) != 0 && !yield(g) {
				return
			}
		}
	}
}

// MarshalJSON writes s as a JSON array of sign names in constant order,
// such as ["drop","joints"], and [] for the empty set. A bit that is no
// [Sign] is an error wrapping [repkit.ErrUnknownName].
func (s Signs) MarshalJSON() ([]byte, error) {
	return signText.AppendJSONSet(nil, s.bits())
}

// UnmarshalJSON reads a JSON array of sign names in any ASCII case, null
// for the empty set, or a string of comma-separated names. An unknown
// name, "unknown" or other JSON is an error wrapping
// [repkit.ErrUnknownName] and leaves s unchanged.
func (s *Signs) UnmarshalJSON(data []byte) error {
	var out Signs
	if err := signText.ParseJSONSet(data, func(g Sign) { out |= 1 << g }); err != nil {
		return err
	}
	*s = out
	return nil
}

// checkInWire is CheckIn on the wire: the same fields and tags, with Sleep
// in seconds.
type checkInWire struct {
	Sleep         jsontime.Seconds `json:"sleep,omitzero"`
	Dieting       Concern          `json:"dieting,omitzero"`
	Endurance     Concern          `json:"endurance,omitzero"`
	Soreness      Concern          `json:"soreness,omitzero"`
	Joints        Concern          `json:"joints,omitzero"`
	LowMotivation Concern          `json:"low_motivation,omitzero"`
	MissedLifts   int              `json:"missed_lifts,omitzero"`
}

// MarshalJSON writes c with the keys its field tags name, each left out
// when unanswered, Sleep as a JSON number of seconds. It fails only for a
// Concern past the named ones.
func (c CheckIn) MarshalJSON() ([]byte, error) {
	return json.Marshal(checkInWire{
		Sleep: jsontime.Seconds(c.Sleep), Dieting: c.Dieting, Endurance: c.Endurance, Soreness: c.Soreness,
		Joints: c.Joints, LowMotivation: c.LowMotivation, MissedLifts: c.MissedLifts,
	})
}

// UnmarshalJSON reads what MarshalJSON writes (Sleep may also be Go
// duration text such as "7h30m0s") and checks the answers with
// [CheckIn.Validate]. Keys left out read as unanswered. On error c is
// unchanged.
func (c *CheckIn) UnmarshalJSON(data []byte) error {
	var w checkInWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := CheckIn{
		Sleep: time.Duration(w.Sleep), Dieting: w.Dieting, Endurance: w.Endurance, Soreness: w.Soreness,
		Joints: w.Joints, LowMotivation: w.LowMotivation, MissedLifts: w.MissedLifts,
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*c = v
	return nil
}

// cycleWire is Cycle on the wire: the same fields and tags, with Blast in
// seconds.
type cycleWire struct {
	Phase      Phase            `json:"phase"`
	BlastStart time.Time        `json:"blast_start,omitzero"`
	LastHard   time.Time        `json:"last_hard,omitzero"`
	Blast      jsontime.Seconds `json:"blast,omitzero"`
	CruiseFrom time.Time        `json:"cruise_from,omitzero"`
	CruiseBy   time.Time        `json:"cruise_by,omitzero"`
}

// MarshalJSON writes c with the keys its field tags name, Blast as a JSON
// number of seconds. It fails for a Phase past the named ones and for a
// time RFC 3339 cannot carry (a year outside 0000 to 9999).
func (c Cycle) MarshalJSON() ([]byte, error) {
	return json.Marshal(cycleWire{
		Phase: c.Phase, BlastStart: c.BlastStart, LastHard: c.LastHard, Blast: jsontime.Seconds(c.Blast),
		CruiseFrom: c.CruiseFrom, CruiseBy: c.CruiseBy,
	})
}

// UnmarshalJSON reads what MarshalJSON writes (Blast may also be Go
// duration text such as "672h0m0s"). Keys left out read as zero. On error
// c is unchanged.
func (c *Cycle) UnmarshalJSON(data []byte) error {
	var w cycleWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*c = Cycle{
		Phase: w.Phase, BlastStart: w.BlastStart, LastHard: w.LastHard, Blast: time.Duration(w.Blast),
		CruiseFrom: w.CruiseFrom, CruiseBy: w.CruiseBy,
	}
	return nil
}

// blastCruiseWire is BlastCruise on the wire, its durations in seconds.
type blastCruiseWire struct {
	BlastMin  jsontime.Seconds `json:"blast_min,omitzero"`
	BlastMax  jsontime.Seconds `json:"blast_max,omitzero"`
	CruiseMin jsontime.Seconds `json:"cruise_min,omitzero"`
	CruiseMax jsontime.Seconds `json:"cruise_max,omitzero"`
}

// MarshalJSON writes bc's settings in seconds, each left out when zero
// (the default). It never fails.
func (bc BlastCruise) MarshalJSON() ([]byte, error) {
	return json.Marshal(blastCruiseWire{
		BlastMin: jsontime.Seconds(bc.BlastMin), BlastMax: jsontime.Seconds(bc.BlastMax),
		CruiseMin: jsontime.Seconds(bc.CruiseMin), CruiseMax: jsontime.Seconds(bc.CruiseMax),
	})
}

// UnmarshalJSON reads what MarshalJSON writes (each duration may also be
// Go duration text such as "336h0m0s") and checks the settings as
// [BlastCruise.Status] does: a negative duration, or a minimum above its
// maximum, is a [*FieldError] wrapping [repkit.ErrRange]. Keys left out
// read as zero, the defaults. On error bc is unchanged.
func (bc *BlastCruise) UnmarshalJSON(data []byte) error {
	var w blastCruiseWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := BlastCruise{
		BlastMin: time.Duration(w.BlastMin), BlastMax: time.Duration(w.BlastMax),
		CruiseMin: time.Duration(w.CruiseMin), CruiseMax: time.Duration(w.CruiseMax),
	}
	if err := v.validate(); err != nil {
		return err
	}
	*bc = v
	return nil
}

// monitorWire is Monitor on the wire, its windows in seconds.
type monitorWire struct {
	Recent    jsontime.Seconds `json:"recent,omitzero"`
	Baseline  jsontime.Seconds `json:"baseline,omitzero"`
	MinPoints int              `json:"min_points,omitzero"`
	Dip       float64          `json:"dip,omitzero"`
	Drop      float64          `json:"drop,omitzero"`
}

// MarshalJSON writes m's settings, each left out when zero (the default),
// the windows in seconds. It fails only for a Dip or Drop that is not a
// finite number, which JSON cannot carry.
func (m Monitor) MarshalJSON() ([]byte, error) {
	return json.Marshal(monitorWire{
		Recent: jsontime.Seconds(m.Recent), Baseline: jsontime.Seconds(m.Baseline),
		MinPoints: m.MinPoints, Dip: m.Dip, Drop: m.Drop,
	})
}

// UnmarshalJSON reads what MarshalJSON writes (the windows may also be Go
// duration text such as "504h0m0s") and checks the settings as
// [Monitor.Check] does: a negative window or minimum, or a dip or drop
// outside 0 to below 1 or a dip above the drop, is a [*FieldError]
// wrapping [repkit.ErrRange]. Keys left out read as zero, the defaults. On
// error m is unchanged.
func (m *Monitor) UnmarshalJSON(data []byte) error {
	var w monitorWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := Monitor{
		Recent: time.Duration(w.Recent), Baseline: time.Duration(w.Baseline),
		MinPoints: w.MinPoints, Dip: w.Dip, Drop: w.Drop,
	}
	if err := v.validate(); err != nil {
		return err
	}
	*m = v
	return nil
}
