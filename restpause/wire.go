package restpause

import (
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/fielderr"
	"github.com/repkit/repkit/internal/jsontime"
)

// The JSON methods of the package's wire types that hold a time.Duration
// (issue 16): each marshals through an unexported struct that mirrors the
// type's fields and tags with jsontime.Seconds in place of time.Duration,
// so every duration on the wire is a number of seconds, and reading also
// takes the Go duration text ("20s") that older records hold.

// secondsHint says what to write for a duration that does not read.
const secondsHint = "give seconds as a number, such as 20 or 2.5"

// durationField turns the *jsontime.DurationError that err may hold into a
// *FieldError naming the first of fields (JSON keys of the object data)
// whose value is not a duration; other errors pass unchanged.
func durationField(data []byte, err error, fields ...string) error {
	var de *jsontime.DurationError
	if !errors.As(err, &de) {
		return err
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) == nil {
		for _, f := range fields {
			if raw, ok := obj[f]; ok {
				if _, perr := jsontime.ParseSeconds(raw); perr != nil {
					return invalid(f, fielderr.Clip([]byte(raw)), secondsHint)
				}
			}
		}
	}
	return invalid("duration", de.Value, secondsHint)
}

// burstJSON is [Burst] on the wire.
type burstJSON struct {
	Reps         int              `json:"reps"`
	Rest         jsontime.Seconds `json:"rest,omitzero"`
	Work         jsontime.Seconds `json:"work,omitzero"`
	Effort       repkit.Effort    `json:"effort,omitzero"`
	MeanVelocity float64          `json:"mean_velocity,omitempty"`
	Signals      Signals          `json:"signals,omitzero"`
}

// MarshalJSON writes the burst with its rest and work in seconds, leaving
// out what was not recorded: {"reps":4,"rest":20}. An invalid effort is an
// error.
func (b Burst) MarshalJSON() ([]byte, error) {
	return json.Marshal(burstJSON{Reps: b.Reps, Rest: jsontime.Seconds(b.Rest), Work: jsontime.Seconds(b.Work),
		Effort: b.Effort, MeanVelocity: b.MeanVelocity, Signals: b.Signals})
}

// UnmarshalJSON reads what MarshalJSON writes, and rest and work as Go
// duration text ("20s") as older records hold them; a duration that reads
// as neither is a *[FieldError] naming "rest" or "work". It does not
// range-check the values; [Record.UnmarshalJSON] validates the whole
// record. On error b is unchanged.
func (b *Burst) UnmarshalJSON(data []byte) error {
	var j burstJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "rest", "work")
	}
	*b = Burst{Reps: j.Reps, Rest: time.Duration(j.Rest), Work: time.Duration(j.Work),
		Effort: j.Effort, MeanVelocity: j.MeanVelocity, Signals: j.Signals}
	return nil
}

// restJSON is [Rest] on the wire.
type restJSON struct {
	Min        jsontime.Seconds `json:"min,omitzero"`
	Max        jsontime.Seconds `json:"max,omitzero"`
	MinBreaths int              `json:"min_breaths,omitzero"`
	MaxBreaths int              `json:"max_breaths,omitzero"`
}

// MarshalJSON writes the rest with its times in seconds, leaving out the
// forms not given: {"min":15,"max":30}, {"min_breaths":3,"max_breaths":5},
// or {} when not prescribed.
func (r Rest) MarshalJSON() ([]byte, error) {
	return json.Marshal(restJSON{jsontime.Seconds(r.Min), jsontime.Seconds(r.Max), r.MinBreaths, r.MaxBreaths})
}

// UnmarshalJSON reads what MarshalJSON writes (times also as Go duration
// text) and checks the rest as [Protocol.Validate] does: an error wrapping
// [repkit.ErrInvalid] for a reversed, negative or too long rest. On error r
// is unchanged.
func (r *Rest) UnmarshalJSON(data []byte) error {
	var j restJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "min", "max")
	}
	v := Rest{time.Duration(j.Min), time.Duration(j.Max), j.MinBreaths, j.MaxBreaths}
	if err := v.validate(); err != nil {
		return err
	}
	*r = v
	return nil
}

// protocolJSON is [Protocol] on the wire, without Extra.
type protocolJSON struct {
	Name             string           `json:"name"`
	Source           string           `json:"source,omitempty"`
	Activation       repkit.RepRange  `json:"activation,omitzero"`
	ActivationRPE    RPERange         `json:"activation_rpe,omitzero"`
	Rest             Rest             `json:"rest,omitzero"`
	Burst            repkit.RepRange  `json:"burst,omitzero"`
	TotalRepRange    repkit.RepRange  `json:"total_rep_range,omitzero"`
	HeavyBelow       int              `json:"heavy_below,omitzero"`
	HeavyDropPercent int              `json:"heavy_drop_percent,omitzero"`
	MaxBursts        int              `json:"max_bursts,omitzero"`
	MinBurstReps     int              `json:"min_burst_reps,omitzero"`
	DropOffPercent   int              `json:"drop_off_percent,omitzero"`
	StopAtTotalReps  int              `json:"stop_at_total_reps,omitzero"`
	MyoRep           bool             `json:"myo_rep,omitzero"`
	MatchActivation  bool             `json:"match_activation,omitzero"`
	RIRFloor         repkit.RIR       `json:"rir_floor,omitzero"`
	TimeCap          jsontime.Seconds `json:"time_cap,omitzero"`
}

// MarshalJSON writes the protocol with the keys of its field tags, the
// time cap in seconds, leaving out Extra (see [Protocol]) and the zero
// fields but the name. An invalid protocol is the error of
// [Protocol.Validate], so that every protocol written reads back.
func (p Protocol) MarshalJSON() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(protocolJSON{
		Name: p.Name, Source: p.Source,
		Activation: p.Activation, ActivationRPE: p.ActivationRPE, Rest: p.Rest, Burst: p.Burst,
		TotalRepRange: p.TotalRepRange, HeavyBelow: p.HeavyBelow, HeavyDropPercent: p.HeavyDropPercent,
		MaxBursts: p.MaxBursts, MinBurstReps: p.MinBurstReps, DropOffPercent: p.DropOffPercent,
		StopAtTotalReps: p.StopAtTotalReps, MyoRep: p.MyoRep, MatchActivation: p.MatchActivation,
		RIRFloor: p.RIRFloor, TimeCap: jsontime.Seconds(p.TimeCap),
	})
}

// UnmarshalJSON reads what MarshalJSON writes (the time cap also as Go
// duration text) and checks it with [Protocol.Validate]. The decoded
// protocol has no Extra: look a protocol with a custom rule up by name in
// your [Protocols] instead. Unknown keys are ignored. On error p is
// unchanged.
func (p *Protocol) UnmarshalJSON(data []byte) error {
	var j protocolJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "time_cap")
	}
	v := Protocol{
		Name: j.Name, Source: j.Source,
		Activation: j.Activation, ActivationRPE: j.ActivationRPE, Rest: j.Rest, Burst: j.Burst,
		TotalRepRange: j.TotalRepRange, HeavyBelow: j.HeavyBelow, HeavyDropPercent: j.HeavyDropPercent,
		MaxBursts: j.MaxBursts, MinBurstReps: j.MinBurstReps, DropOffPercent: j.DropOffPercent,
		StopAtTotalReps: j.StopAtTotalReps, MyoRep: j.MyoRep, MatchActivation: j.MatchActivation,
		RIRFloor: j.RIRFloor, TimeCap: time.Duration(j.TimeCap),
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*p = v
	return nil
}

// decisionJSON is [Decision] on the wire; Value and Limit are raw because
// their unit depends on the reason.
type decisionJSON struct {
	Reason StopReason      `json:"reason"`
	Burst  int             `json:"burst,omitempty"`
	Signal Signal          `json:"signal,omitzero"`
	Value  json.RawMessage `json:"value,omitempty"`
	Limit  json.RawMessage `json:"limit,omitempty"`
	Note   string          `json:"note,omitempty"`
}

// MarshalJSON writes the decision with the keys of its field tags, leaving
// out the zero fields but the reason. For StopTimeCap, value and limit are
// seconds ({"reason":"time-cap","value":605,"limit":600}); for the other
// reasons they are the whole numbers they are. An unknown reason or signal
// is an error wrapping [repkit.ErrUnknownName].
func (d Decision) MarshalJSON() ([]byte, error) {
	num := func(n int64) json.RawMessage {
		switch {
		case n == 0:
			return nil
		case d.Reason == StopTimeCap:
			return jsontime.AppendSeconds(nil, time.Duration(n))
		}
		return strconv.AppendInt(nil, n, 10)
	}
	return json.Marshal(decisionJSON{Reason: d.Reason, Burst: d.Burst, Signal: d.Signal,
		Value: num(d.Value), Limit: num(d.Limit), Note: d.Note})
}

// UnmarshalJSON reads what MarshalJSON writes. For StopTimeCap it reads
// value and limit as seconds, or as Go duration text; an integer too large
// to be seconds of a [time.Duration] is read as the nanoseconds that
// decisions written before the wire format (issue 16) held, which any cap
// of 10 s or more was. A value or limit that is not a number in its unit
// is a *[FieldError] naming "value" or "limit". It does not check the
// reason against the record; [Record.UnmarshalJSON] does. On error d is
// unchanged.
func (d *Decision) UnmarshalJSON(data []byte) error {
	var j decisionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	v := Decision{Reason: j.Reason, Burst: j.Burst, Signal: j.Signal, Note: j.Note}
	for _, f := range [...]struct {
		name string
		raw  json.RawMessage
		to   *int64
	}{{"value", j.Value, &v.Value}, {"limit", j.Limit, &v.Limit}} {
		if f.raw == nil || string(f.raw) == "null" {
			continue
		}
		if j.Reason == StopTimeCap {
			dur, err := jsontime.ParseSeconds(f.raw)
			if err != nil {
				n, nerr := strconv.ParseInt(string(f.raw), 10, 64)
				if nerr != nil {
					return invalid(f.name, fielderr.Clip([]byte(f.raw)), "give the time cap's "+f.name+" in seconds, such as 600 or 2.5")
				}
				dur = time.Duration(n) // nanoseconds, as written before issue 16
			}
			*f.to = int64(dur)
			continue
		}
		n, err := strconv.ParseInt(string(f.raw), 10, 64)
		if err != nil {
			return invalid(f.name, fielderr.Clip([]byte(f.raw)), "give a whole number, such as 3")
		}
		*f.to = n
	}
	*d = v
	return nil
}

// straightSetsJSON is [StraightSets] on the wire.
type straightSetsJSON struct {
	Sets int              `json:"sets"`
	Reps int              `json:"reps"`
	Rest jsontime.Seconds `json:"rest"`
}

// MarshalJSON writes {"sets":3,"reps":12,"rest":90}, the rest in seconds.
func (s StraightSets) MarshalJSON() ([]byte, error) {
	return json.Marshal(straightSetsJSON{s.Sets, s.Reps, jsontime.Seconds(s.Rest)})
}

// UnmarshalJSON reads what MarshalJSON writes, the rest also as Go
// duration text ("90s"). It does not range-check the values; [Planner.Plan]
// does. On error s is unchanged.
func (s *StraightSets) UnmarshalJSON(data []byte) error {
	var j straightSetsJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "rest")
	}
	*s = StraightSets{j.Sets, j.Reps, time.Duration(j.Rest)}
	return nil
}

// replacementJSON is [Replacement] on the wire.
type replacementJSON struct {
	Activation int              `json:"activation"`
	RPE        RPERange         `json:"rpe"`
	Bursts     int              `json:"bursts"`
	BurstReps  repkit.RepRange  `json:"burst_reps"`
	Rest       jsontime.Seconds `json:"rest"`
	TotalReps  int              `json:"total_reps"`
	Replaced   int              `json:"replaced"`
	Straight   jsontime.Seconds `json:"straight"`
	Time       jsontime.Seconds `json:"time"`
	Verdict    exercise.Verdict `json:"verdict"`
}

// MarshalJSON writes the replacement with the keys of its field tags and
// its times in seconds. An invalid effort target or an unknown verdict is
// an error.
func (r Replacement) MarshalJSON() ([]byte, error) {
	return json.Marshal(replacementJSON{r.Activation, r.RPE, r.Bursts, r.BurstReps, jsontime.Seconds(r.Rest),
		r.TotalReps, r.Replaced, jsontime.Seconds(r.Straight), jsontime.Seconds(r.Time), r.Verdict})
}

// UnmarshalJSON reads what MarshalJSON writes, times also as Go duration
// text. On error r is unchanged.
func (r *Replacement) UnmarshalJSON(data []byte) error {
	var j replacementJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "rest", "straight", "time")
	}
	*r = Replacement{j.Activation, j.RPE, j.Bursts, j.BurstReps, time.Duration(j.Rest),
		j.TotalReps, j.Replaced, time.Duration(j.Straight), time.Duration(j.Time), j.Verdict}
	return nil
}

// planJSON is [Plan] on the wire.
type planJSON struct {
	Items     []PlanItem       `json:"items,omitempty"`
	RestPause int              `json:"rest_pause"`
	Saved     jsontime.Seconds `json:"saved"`
}

// MarshalJSON writes {"items":[...],"rest_pause":1,"saved":188}, the time
// saved in seconds.
func (p Plan) MarshalJSON() ([]byte, error) {
	return json.Marshal(planJSON{p.Items, p.RestPause, jsontime.Seconds(p.Saved)})
}

// UnmarshalJSON reads what MarshalJSON writes, the time saved also as Go
// duration text. On error p is unchanged.
func (p *Plan) UnmarshalJSON(data []byte) error {
	var j planJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "saved")
	}
	*p = Plan{j.Items, j.RestPause, time.Duration(j.Saved)}
	return nil
}

// MarshalJSON writes the set as a JSON array of [PlanReason] names in
// constant order, such as ["main-lift","short-rest"], or [] when empty. A
// set holding a value that is no PlanReason (PlanReasonUnknown, or a bit
// past the last reason) is an error wrapping [repkit.ErrUnknownName].
func (s PlanReasons) MarshalJSON() ([]byte, error) {
	return planReasonText.AppendJSONSet(nil, enum.Members(s, PlanReasonUnknown, 16))
}

// UnmarshalJSON reads a JSON array of reason names (ASCII case ignored),
// null for the empty set, or the comma-separated string of names that
// older plans may hold. An unknown name, or "unknown", is an error
// wrapping [repkit.ErrUnknownName]; on error s is unchanged.
func (s *PlanReasons) UnmarshalJSON(data []byte) error {
	var v PlanReasons
	if err := planReasonText.ParseJSONSet(data, func(r PlanReason) { v = v.with(r) }); err != nil {
		return err
	}
	*s = v
	return nil
}

// plannerJSON is [Planner] on the wire.
type plannerJSON struct {
	Limit        int              `json:"limit,omitzero"`
	MaxBursts    int              `json:"max_bursts,omitzero"`
	MaxBurstReps int              `json:"max_burst_reps,omitzero"`
	BurstRest    jsontime.Seconds `json:"burst_rest,omitzero"`
	RepTime      jsontime.Seconds `json:"rep_time,omitzero"`
	MinSaving    jsontime.Seconds `json:"min_saving,omitzero"`
}

// MarshalJSON writes the planner's settings with the keys of its field
// tags, times in seconds, leaving out the zero (default) ones.
func (p Planner) MarshalJSON() ([]byte, error) {
	return json.Marshal(plannerJSON{p.Limit, p.MaxBursts, p.MaxBurstReps,
		jsontime.Seconds(p.BurstRest), jsontime.Seconds(p.RepTime), jsontime.Seconds(p.MinSaving)})
}

// UnmarshalJSON reads what MarshalJSON writes (times also as Go duration
// text) and checks the settings as [Planner.Plan] does. On error p is
// unchanged.
func (p *Planner) UnmarshalJSON(data []byte) error {
	var j plannerJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return durationField(data, err, "burst_rest", "rep_time", "min_saving")
	}
	v := Planner{j.Limit, j.MaxBursts, j.MaxBurstReps, time.Duration(j.BurstRest), time.Duration(j.RepTime), time.Duration(j.MinSaving)}
	if err := v.validate(); err != nil {
		return err
	}
	*p = v
	return nil
}
