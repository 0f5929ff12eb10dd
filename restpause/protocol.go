package restpause

import (
	"time"

	"github.com/repkit/repkit"
)

// validateRange checks a prescribed rep range of a protocol or plan; the
// zero range (not prescribed) is valid.
func validateRange(field string, r repkit.RepRange) error {
	if err := r.Validate(); err != nil {
		return invalid(field, r.String(), "give the fewest reps first, from 1 to 1000, such as 3-5")
	}
	return nil
}

// An RPERange is an inclusive effort target on the RPE scale of package
// fatigue, such as 8 to 9 (one or two reps in reserve). The zero RPERange
// means "not prescribed"; RPE 0 is not on the scale.
type RPERange struct {
	Min, Max repkit.RPE
}

// IsZero reports whether the target is not prescribed.
func (r RPERange) IsZero() bool { return r == RPERange{} }

// String returns "rpe 8-9", "rpe 10", or "" when not prescribed.
func (r RPERange) String() string {
	switch {
	case r.IsZero():
		return ""
	case r.Min == r.Max:
		return "rpe " + r.Min.String()
	}
	return "rpe " + r.Min.String() + "-" + r.Max.String()
}

func (r RPERange) validate(field string) error {
	if r.IsZero() {
		return nil
	}
	if r.Min.Validate() != nil || r.Max.Validate() != nil || r.Min > r.Max {
		return invalid(field, r.String(), "give RPEs from 1 to 10 in half points, the lower first, such as rpe 8-9")
	}
	return nil
}

// BreathTime is how long one deep breath is taken to last when a rest is
// prescribed in breaths: 2 s, from DC training's "10 to 15 deep breaths,
// about 20 to 30 seconds". Sources differ: Myo-reps writes "3 to 5 deep
// breaths" beside "20 to 30 seconds", which would be 4 to 10 s a breath, so
// the presets keep both forms as their sources give them and [Rest.Range]
// prefers the time when a rest has one.
const BreathTime = 2 * time.Second

// A Rest is the rest prescribed before each burst, in time, in deep breaths,
// or both as alternatives. The zero Rest is not prescribed.
type Rest struct {
	Min, Max               time.Duration // rest in time; zero when not given in time
	MinBreaths, MaxBreaths int           // rest in deep breaths; zero when not given in breaths
}

// Range returns the rest as time: Min and Max when given, or else the
// breaths times [BreathTime].
func (r Rest) Range() (shortest, longest time.Duration) {
	if r.Max > 0 {
		return r.Min, r.Max
	}
	return time.Duration(r.MinBreaths) * BreathTime, time.Duration(r.MaxBreaths) * BreathTime
}

// String returns the prescription as a lifter reads it, such as
// "20s-30s or 3-5 deep breaths", or "" when not prescribed.
func (r Rest) String() string {
	var s string
	switch {
	case r.Max > 0 && r.Min == r.Max:
		s = r.Max.String()
	case r.Max > 0:
		s = r.Min.String() + "-" + r.Max.String()
	}
	if r.MaxBreaths > 0 {
		if s != "" {
			s += " or "
		}
		s += repkit.RepRange{Min: r.MinBreaths, Max: r.MaxBreaths}.String() + " deep breaths"
	}
	return s
}

func (r Rest) validate() error {
	if r.Min < 0 || r.Max > DurationLimit || r.Min > r.Max {
		return invalid("rest", r.Min.String()+"-"+r.Max.String(), "give a minimum of 0s or more and a maximum of at most 1h, the minimum first, such as 15s-30s")
	}
	if r.MinBreaths < 0 || r.MaxBreaths > 100 || r.MinBreaths > r.MaxBreaths {
		return invalid("rest breaths", repkit.RepRange{Min: r.MinBreaths, Max: r.MaxBreaths}.String(), "give 0 to 100 breaths, the fewer first, such as 10-15")
	}
	return nil
}

// A Protocol is a rest-pause prescription: targets to show the lifter and
// the stop rules that end the set. It is a plain value: copy a preset
// ([DefaultProtocol], [MyoReps], [MyoRepMatch], [DC]) and change what you
// like, or write one as a literal. Zero fields are "not prescribed" or "rule
// off". A Protocol is safe for concurrent use if Extra is.
type Protocol struct {
	Name   string // short name stored in each Record, such as "myo-reps"
	Source string // where the numbers come from

	Activation    repkit.RepRange // target reps for the activation set
	ActivationRPE RPERange        // target effort for the activation set
	Rest          Rest            // rest before each burst
	Burst         repkit.RepRange // target reps per burst
	// TotalRepRange is the range the whole set's reps should land in, used
	// for progression (DC's 11-15) and shown to the lifter; it does not stop
	// the set. For a stop at a total, use StopAtTotalReps.
	TotalRepRange repkit.RepRange
	// HeavyBelow: an activation set with fewer reps than this means the
	// load is too heavy, and HeavyDropPercent is how much to take off next
	// time (DC: under 6 reps, drop about 10%). See [Protocol.TooHeavy].
	HeavyBelow, HeavyDropPercent int

	// Stop rules, each turned on by a non-zero value; see the built-in
	// policy named beside each, which shares the field's stem. [TechniqueGuard] is always on, and pain or
	// nerve symptoms always end the set.
	MaxBursts       int           // [MaxBursts]
	MinBurstReps    int           // [MinBurstReps]
	DropOffPercent  int           // [DropOff]
	StopAtTotalReps int           // [TotalReps]
	MyoRep          bool          // [MyoRep]
	MatchActivation bool          // [MatchActivation]
	RIRFloor        repkit.RIR    // [RIRFloor]
	TimeCap         time.Duration // [TimeCap]
	// Extra is your own policy, asked after the built-in rules; nil for none.
	Extra StopPolicy
}

// Validate checks the protocol's numbers; errors wrap [repkit.ErrInvalid] and name
// the field.
func (p Protocol) Validate() error {
	for _, c := range []struct {
		field string
		r     repkit.RepRange
	}{{"activation reps", p.Activation}, {"burst reps", p.Burst}, {"total rep range", p.TotalRepRange}} {
		if err := validateRange(c.field, c.r); err != nil {
			return err
		}
	}
	if err := p.ActivationRPE.validate("activation rpe"); err != nil {
		return err
	}
	if err := p.Rest.validate(); err != nil {
		return err
	}
	checks := []struct {
		field     string
		v, lo, hi int
	}{
		{"heavy below", p.HeavyBelow, 0, RepsLimit},
		{"heavy drop percent", p.HeavyDropPercent, 0, 99},
		{"max bursts", p.MaxBursts, 0, BurstsLimit},
		{"min burst reps", p.MinBurstReps, 0, RepsLimit},
		{"drop-off percent", p.DropOffPercent, 0, 99},
		{"stop at total reps", p.StopAtTotalReps, 0, RepsLimit * (BurstsLimit + 1)},
		{"rir floor", int(p.RIRFloor), 0, int(repkit.MaxRIR)},
	}
	for _, c := range checks {
		if c.v < c.lo || c.v > c.hi {
			return invalidInt(c.field, c.v, c.lo, c.hi)
		}
	}
	if p.TimeCap < 0 {
		return invalid("time cap", p.TimeCap.String(), "give a duration of 0s (no cap) or more")
	}
	return nil
}

// Policy returns the protocol's stop rules composed with [Any], in this
// order: technique guard, max bursts, min burst reps, drop-off, myo-rep
// stop, match, total-rep target, RIR floor, time cap, then Extra. It does
// not include [Guard]; [Session] adds that. An invalid protocol is an error
// from [Protocol.Validate].
func (p Protocol) Policy() (StopPolicy, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	ps := []StopPolicy{TechniqueGuard()}
	ps = appendPositive(ps, p.MaxBursts, MaxBursts)
	ps = appendPositive(ps, p.MinBurstReps, MinBurstReps)
	ps = appendPositive(ps, p.DropOffPercent, DropOff)
	if p.MyoRep {
		ps = append(ps, MyoRep())
	}
	if p.MatchActivation {
		ps = append(ps, MatchActivation())
	}
	ps = appendPositive(ps, p.StopAtTotalReps, TotalReps)
	ps = appendPositive(ps, p.RIRFloor, RIRFloor)
	ps = appendPositive(ps, p.TimeCap, TimeCap)
	if p.Extra != nil {
		ps = append(ps, p.Extra)
	}
	return Any(ps...), nil
}

// appendPositive appends policy(v) to ps when v is positive: a protocol
// setting that zero turns off.
func appendPositive[T ~int | ~int8 | ~int64](ps []StopPolicy, v T, policy func(T) StopPolicy) []StopPolicy {
	if v > 0 {
		ps = append(ps, policy(v))
	}
	return ps
}

// TooHeavy reports whether r's activation set fell below HeavyBelow reps,
// meaning the load should come down by HeavyDropPercent next time. It is
// always false when HeavyBelow is zero.
func (p Protocol) TooHeavy(r *Record) bool {
	return p.HeavyBelow > 0 && r.Activation.Reps < p.HeavyBelow
}

// The presets are functions, not variables, so that no caller can change
// another's copy: each call returns a fresh value to adjust.

// DefaultProtocol is the rest-pause guide's default: a first set that is
// hard but keeps a small rep buffer (about 1-2 reps in reserve, RPE 8-9, not
// failure), brief rests of 15-30 s, and a few small bursts, stopped by the
// technique guard as soon as reps collapse, range shortens, momentum takes
// over or joint discomfort rises.
//
// The guide gives the shape, not every number; these are repkit's readings
// of it: at most 3 bursts ("a few"), a burst under 2 reps or more than 50%
// below the first burst counts as reps collapsing, and a burst at 0 RIR
// (failure) ends the set (RIR floor 1), since taking every burst to ugly
// failure is one of the guide's common mistakes. Rep targets are left to the
// lifter's usual range.
func DefaultProtocol() Protocol {
	return Protocol{
		Name:           "rest-pause",
		Source:         "repkit rest-pause guide: hard first set with a small rep buffer, brief follow-up bursts",
		ActivationRPE:  RPERange{8, 9},
		Rest:           Rest{Min: 15 * time.Second, Max: 30 * time.Second},
		MaxBursts:      3,
		MinBurstReps:   2,
		DropOffPercent: 50,
		RIRFloor:       1,
	}
}

// MyoReps is Borge Fagerli's Myo-reps: an activation set of 12-20 or more
// reps at about RPE 8-9, rests of about 20-30 s or 3-5 deep breaths,
// mini-sets of 3-5 reps, ending at the first mini-set that falls short of
// the first ([MyoRep]). MaxBursts 5 is repkit's safety bound, not part
// of Fagerli's rule.
func MyoReps() Protocol {
	return Protocol{
		Name:          "myo-reps",
		Source:        "Borge Fagerli, Myo-reps",
		Activation:    repkit.RepRange{Min: 12, Max: 20},
		ActivationRPE: RPERange{8, 9},
		Rest:          Rest{Min: 20 * time.Second, Max: 30 * time.Second, MinBreaths: 3, MaxBreaths: 5},
		Burst:         repkit.RepRange{Min: 3, Max: 5},
		MyoRep:        true,
		MaxBursts:     5,
	}
}

// MyoRepMatch is the Myo-rep match variant (Borge Fagerli): the same
// activation set and rests as [MyoReps], then mini-sets until their reps add
// up to the activation set's ([MatchActivation]). MaxBursts 8 is repkit's
// safety bound.
func MyoRepMatch() Protocol {
	p := MyoReps()
	p.Name = "myo-rep match"
	p.Source = "Borge Fagerli, Myo-rep match"
	p.MyoRep = false
	p.MatchActivation = true
	p.MaxBursts = 8
	return p
}

// DC is the rest-pause set of Dante Trudel's Doggcrapp (DC) training: three
// mini-sets (the activation set and 2 bursts), each taken to failure, with
// 10-15 deep breaths (about 20-30 s) between them, aiming at 11-15 total reps
// (15-20 on some exercises: change TotalRepRange). An activation set under 6
// reps means the load is too heavy: take about 10% off next time
// ([Protocol.TooHeavy]). DC's failure on every mini-set is harder than the
// guide's default rep buffer; the guide asks for more care with recovery the
// closer and more often sets go to failure.
func DC() Protocol {
	return Protocol{
		Name:             "dc",
		Source:           "Dante Trudel, Doggcrapp (DC) training",
		ActivationRPE:    RPERange{10, 10},
		Rest:             Rest{Min: 20 * time.Second, Max: 30 * time.Second, MinBreaths: 10, MaxBreaths: 15},
		TotalRepRange:    repkit.RepRange{Min: 11, Max: 15},
		HeavyBelow:       6,
		HeavyDropPercent: 10,
		MaxBursts:        2,
	}
}
