package restpause

import (
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
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
// means "not prescribed"; RPE 0 is not on the scale. An RPERange is a plain
// value, comparable with == and safe for concurrent use.
//
// JSON carries it as its text, as an effort is carried: "rpe 8-9", "rpe
// 10", or "" when not prescribed (see [RPERange.MarshalText]); a struct
// field of type RPERange has no JSON keys of its own.
type RPERange struct {
	Min repkit.RPE `json:"-"` // the easier end, such as 8; JSON carries the range as text
	Max repkit.RPE `json:"-"` // the harder end, at least Min, such as 9
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

// MarshalText implements [encoding.TextMarshaler] with [RPERange.String]:
// "rpe 8-9", "rpe 10", or empty text when not prescribed. An invalid
// range is an error, as for [Protocol.Validate].
func (r RPERange) MarshalText() ([]byte, error) {
	if err := r.validate("rpe"); err != nil {
		return nil, err
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads what
// MarshalText writes ("rpe 8-9", "rpe 10", or empty text for not
// prescribed), case-insensitively; on error r is unchanged.
func (r *RPERange) UnmarshalText(text []byte) error {
	s := strings.TrimSpace(string(text))
	if s == "" {
		*r = RPERange{}
		return nil
	}
	body, ok := strings.CutPrefix(strings.ToLower(s), "rpe ")
	lo, hi, dash := strings.Cut(body, "-")
	if !dash {
		hi = lo
	}
	lo1, err1 := repkit.ParseRPE(strings.TrimSpace(lo))
	hi1, err2 := repkit.ParseRPE(strings.TrimSpace(hi))
	v := RPERange{lo1, hi1}
	if !ok || err1 != nil || err2 != nil || v.validate("rpe") != nil {
		return invalid("rpe", fielderr.Clip(s), "write an RPE target such as rpe 8-9 or rpe 10")
	}
	*r = v
	return nil
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
// prescribed in breaths only: 2 s, from DC training's own "10 to 15 deep
// breaths, about 20 to 30 seconds". It is used by [Rest.Range] for time
// estimates and never shown to the lifter as an equivalence.
const BreathTime = 2 * time.Second

// A Rest is the rest prescribed before each burst, in time, in deep breaths,
// or both, as the protocol's source states it. The presets give each rest
// in the one form their source uses, so that no preset claims that a count
// of breaths and a span of seconds are the same rest: 3-5 deep breaths
// take 6-10 s at [BreathTime], not 20-30 s. A Rest written with both forms
// is shown as alternatives the author chose. The zero Rest is not
// prescribed. A Rest is a plain value, safe for concurrent use.
//
// JSON carries the times as numbers of seconds and leaves out what is not
// given: {"min":15,"max":30} or {"min_breaths":3,"max_breaths":5}; the
// zero Rest is {}. Reading also takes Go duration text ("15s") and checks
// the rest as [Protocol.Validate] does.
type Rest struct {
	Min time.Duration `json:"min,omitzero"` // shortest rest in time; zero when not given in time
	Max time.Duration `json:"max,omitzero"` // longest rest in time; zero when not given in time
	// MinBreaths and MaxBreaths are the rest in deep breaths; zero when
	// not given in breaths.
	MinBreaths int `json:"min_breaths,omitzero"`
	MaxBreaths int `json:"max_breaths,omitzero"`
}

// Range returns the rest as time for estimates: Min and Max when given, or
// else the breaths times [BreathTime].
func (r Rest) Range() (shortest, longest time.Duration) {
	if r.Max > 0 {
		return r.Min, r.Max
	}
	return time.Duration(r.MinBreaths) * BreathTime, time.Duration(r.MaxBreaths) * BreathTime
}

// String returns the prescription as its source states it, such as "15s-30s"
// or "3-5 deep breaths", or "" when not prescribed. A Rest given in both
// forms reads "20s-30s or 3-5 deep breaths": the author's alternatives.
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

// The rule for the rest before a burst that a [Session] accepts: a rest
// much longer than the protocol prescribes means the lifter did not
// rest-pause but started another set, so the entry is refused (log it as a
// new set) rather than stored as a burst that the protocol's stop rules and
// time estimates would misread. [Protocol.LongestBurstRest] applies it:
//
//   - a protocol whose [Rest] is given: BurstRestFactor times its longest
//     rest (Rest.Max, or Rest.MaxBreaths deep breaths at [BreathTime],
//     whichever is longer), but never less than BurstRestFloor;
//   - a protocol with no rest given, such as the zero Protocol:
//     UnprescribedBurstRest.
//
// The numbers are repkit's reading of its sources. The rest-pause guide
// ("rest briefly", "a short rest") and the presets (DefaultProtocol 15-30
// s, Myo-reps 3-5 deep breaths, DC 10-15 deep breaths, about 20-30 s) put
// the rests before bursts at seconds to half a minute; twice the longest
// leaves room for a timer started late or breaths counted slowly. The
// floor is [ShortRest], 60 s, the straight-set rest of Singer et al. 2024
// (the inter-set rest meta-analysis the guide cites): a rest under it is
// still short, whatever the protocol, while 3-5 breaths doubled (20 s) would
// refuse a lifter who took a few breaths more. Five minutes is over three
// times the 90 s past which Singer et al. found little further benefit of
// rest between straight sets: a "burst" after it is a new set, even when
// the protocol prescribes no rest. A rest of zero (not timed) is always
// accepted.
const (
	BurstRestFactor       = 2               // times the protocol's longest rest
	BurstRestFloor        = ShortRest       // 60 s: the least the limit ever is
	UnprescribedBurstRest = 5 * time.Minute // the limit when a protocol gives no rest
)

// LongestBurstRest returns the longest rest before a burst that a
// [Session] running p accepts, by the rule of [BurstRestFactor]: for
// [DefaultProtocol] (15-30 s) 60 s, for [MyoReps] (3-5 breaths, 10 s) the
// 60 s floor, for [DC] (10-15 breaths, 30 s) 60 s, for a rest of 45-90 s
// 3 minutes, and for the zero Protocol 5 minutes. It is never more than
// [DurationLimit]. A rest equal to it is accepted; a nanosecond more is not.
func (p Protocol) LongestBurstRest() time.Duration {
	longest := max(p.Rest.Max, time.Duration(p.Rest.MaxBreaths)*BreathTime)
	if longest <= 0 {
		return UnprescribedBurstRest
	}
	if longest > DurationLimit/BurstRestFactor {
		return DurationLimit
	}
	return max(BurstRestFactor*longest, BurstRestFloor)
}

// burstRestProblem reports a rest before burst n (from 1) longer than
// [Protocol.LongestBurstRest] allows.
func (p Protocol) burstRestProblem(n int, rest time.Duration) error {
	limit := p.LongestBurstRest()
	if rest <= limit {
		return nil
	}
	why := "twice the longest rest of " + p.Rest.String() + ", and never under " + BurstRestFloor.String()
	if p.Rest == (Rest{}) {
		why = "the limit for a protocol that prescribes no rest"
	}
	return invalid("bursts["+strconv.Itoa(n-1)+"].rest", rest.String(),
		"a rest longer than "+limit.String()+" ("+why+") means this entry is not a burst of this set: log it as a new set, or use a protocol with longer rests")
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
// ([DefaultProtocol], [MyoReps], [MyoRepMatch], [DC], [DCHigh]) and change what you
// like, or write one as a literal. Zero fields are "not prescribed" or "rule
// off". A Protocol is safe for concurrent use if Extra is.
//
// JSON carries a protocol with the keys of its field tags, leaving out
// the zero fields but the name, with rep ranges as {"min":12,"max":20},
// the effort target as "rpe 8-9", the rest as a [Rest] and the time cap
// in seconds:
//
//	{"name":"dc","source":"...","activation_rpe":"rpe 10","rest":{"min_breaths":10,"max_breaths":15},...}
//
// Reading checks the protocol with [Protocol.Validate]. Extra, the app's
// own code, is not carried: a protocol with a custom rule travels by its
// name, and the app gets it back, Extra and all, from its [Protocols].
type Protocol struct {
	Name   string `json:"name"`             // short name stored in each Record, such as "myo-reps"; may be empty
	Source string `json:"source,omitempty"` // where the numbers come from

	Activation    repkit.RepRange `json:"activation,omitzero"`     // target reps for the activation set
	ActivationRPE RPERange        `json:"activation_rpe,omitzero"` // target effort for the activation set
	Rest          Rest            `json:"rest,omitzero"`           // rest before each burst
	Burst         repkit.RepRange `json:"burst,omitzero"`          // target reps per burst
	// TotalRepRange is the range the whole set's reps should land in, used
	// for progression (DC's 11-15) and shown to the lifter; it does not stop
	// the set. For a stop at a total, use StopAtTotalReps.
	TotalRepRange repkit.RepRange `json:"total_rep_range,omitzero"`
	// HeavyBelow: an activation set with fewer reps than this means the
	// load is too heavy, and HeavyDropPercent is how much to take off next
	// time (DC: under 6 reps, drop about 10%). See [Protocol.TooHeavy].
	HeavyBelow       int `json:"heavy_below,omitzero"`
	HeavyDropPercent int `json:"heavy_drop_percent,omitzero"`

	// Stop rules, each turned on by a non-zero value; see the built-in
	// policy named beside each, which shares the field's stem. [TechniqueGuard] is always on, and pain or
	// nerve symptoms always end the set.
	MaxBursts       int           `json:"max_bursts,omitzero"`         // [MaxBursts]
	MinBurstReps    int           `json:"min_burst_reps,omitzero"`     // [MinBurstReps]
	DropOffPercent  int           `json:"drop_off_percent,omitzero"`   // [DropOff]
	StopAtTotalReps int           `json:"stop_at_total_reps,omitzero"` // [TotalReps]
	MyoRep          bool          `json:"myo_rep,omitzero"`            // [MyoRep]
	MatchActivation bool          `json:"match_activation,omitzero"`   // [MatchActivation]
	RIRFloor        repkit.RIR    `json:"rir_floor,omitzero"`          // [RIRFloor]; JSON text, such as "1"
	TimeCap         time.Duration `json:"time_cap,omitzero"`           // [TimeCap]; JSON seconds
	// Extra is your own policy, asked after the built-in rules; nil for
	// none. It is code, not data, so JSON leaves it out: a protocol with a
	// custom rule travels by its name, and [Protocols] gives it back with
	// its Extra in the app that registered it.
	Extra StopPolicy `json:"-"`
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

// Policy returns the protocol's stop rules, deciding as [Any] of them
// would (the first rule that stops names the stop), in this order:
// technique guard, min burst reps, drop-off, myo-rep stop, match,
// total-rep target, RIR floor, max bursts, time cap, then Extra. The rules
// about what the last entry showed come before the burst cap, so a last
// burst that collapses is named as collapsing, not as the cap. It does
// not include [Guard]; [Session] adds that. An invalid protocol is an error
// from [Protocol.Validate].
func (p Protocol) Policy() (StopPolicy, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	r := p.rules()
	r.unguarded = true
	if r.extra == nil {
		return &r.ruleSet, nil
	}
	return &r, nil
}

// rules returns the protocol's stop rules as one value, behind [Guard]'s
// rules; p must be valid.
func (p Protocol) rules() protocolRules {
	return protocolRules{ruleSet: ruleSet{
		minBurstReps: p.MinBurstReps,
		dropOff:      p.DropOffPercent,
		myoRep:       p.MyoRep,
		match:        p.MatchActivation,
		totalReps:    p.StopAtTotalReps,
		rirFloor:     p.RIRFloor,
		maxBursts:    p.MaxBursts,
		timeCap:      p.TimeCap,
	}, extra: p.Extra}
}

// protocolRules is a valid protocol's stop policy: its built-in rules,
// then Extra, deciding as Any of them would. Without Extra the policy is
// the ruleSet alone.
type protocolRules struct {
	ruleSet
	extra StopPolicy
}

// Decide keeps the StopPolicy contract if Extra does.
func (p *protocolRules) Decide(r *Record) Decision {
	if d := p.ruleSet.Decide(r); d.Stop() {
		return d
	}
	if p.extra != nil {
		if d := p.extra.Decide(r); d.Stop() {
			return d
		}
	}
	return Decision{}
}

// ruleSet is a valid protocol's built-in stop rules in [Protocol.Policy]'s
// order, each on when its setting is positive (the technique guard
// always), deciding as Any of them would, with [Guard]'s rules first
// unless unguarded. It is one concrete value, so a decision makes one
// call per rule rather than one interface call per rule and per layer,
// and a [Session] holds it without boxing it. The zero value is the zero
// Protocol's rules behind Guard.
type ruleSet struct {
	minBurstReps int
	dropOff      int
	myoRep       bool
	match        bool
	totalReps    int
	rirFloor     repkit.RIR
	maxBursts    int
	timeCap      time.Duration
	unguarded    bool
}

// Decide keeps the StopPolicy contract: these are repkit's own rules,
// which never write to r, keep it or panic, so a [Session] may show them
// its record on the stack. Each rule only finds where it stops; the
// Decision is built for the one that does.
func (p *ruleSet) Decide(r *Record) Decision {
	if !p.unguarded {
		if burst, ok := painAt(r); ok {
			return Decision{Reason: StopPain, Burst: burst, Signal: SignalPainOrNerve}
		}
		if burst, reps, ok := noRepsAt(r); ok {
			return Decision{Reason: StopMinReps, Burst: burst, Value: int64(reps), Limit: 1}
		}
	}
	// techniqueGuard.at and rirFloor.at, written in place: as calls they
	// cost a third of a decision. TestHandDecideMatches checks this against
	// Any of the separate policies.
	prev := r.Activation.Signals.Discomfort
	if s := r.Activation.Signals.first(-1); s != SignalNone {
		return signalDecision(s, ActivationSet)
	}
	for i := range r.Bursts {
		sig := &r.Bursts[i].Signals
		if s := sig.first(prev); s != SignalNone {
			return signalDecision(s, i+1)
		}
		prev = sig.Discomfort
	}
	if m := minBurstReps(p.minBurstReps); m > 0 {
		if i, ok := m.at(r); ok {
			return m.decision(r, i)
		}
	}
	if d := dropOff(p.dropOff); d > 0 {
		if i, ok := d.at(r); ok {
			return d.decision(r, i)
		}
	}
	if p.myoRep {
		if i, ok := (myoRep{}).at(r); ok {
			return myoRep{}.decision(r, i)
		}
	}
	if p.match && len(r.Bursts) > 0 {
		target := int64(r.Activation.Reps)
		if v := sumReps(r) - target; v >= target {
			return Decision{Reason: StopMatchActivation, Value: v, Limit: target}
		}
	}
	if t := int64(p.totalReps); t > 0 {
		if v := sumReps(r); v >= t {
			return Decision{Reason: StopTotalReps, Value: v, Limit: t}
		}
	}
	if f := p.rirFloor; f > 0 {
		for i := range r.Bursts {
			if rr, ok := r.Bursts[i].Effort.RIR(); ok && rr.Min < f {
				return Decision{Reason: StopRIRFloor, Burst: i + 1, Value: int64(rr.Min), Limit: int64(f)}
			}
		}
	}
	if m := int64(p.maxBursts); m > 0 {
		if n := int64(len(r.Bursts)); n >= m {
			return Decision{Reason: StopMaxBursts, Value: n, Limit: m}
		}
	}
	if c := int64(p.timeCap); c > 0 {
		if e := int64(r.Elapsed()); e >= c {
			return Decision{Reason: StopTimeCap, Value: e, Limit: c}
		}
	}
	return Decision{}
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
// hard but keeps a small rep buffer ("a small rep buffer is usually the
// better default"), brief rests, and a few small bursts, stopped "when reps
// collapse, range shortens, momentum takes over, joint discomfort rises, or
// the next mini-set would mostly be a technique compromise".
//
// The guide gives the shape, not the numbers; these are repkit's readings
// of it, each kept in this one function:
//
//   - first set at RPE 8-9 (1-2 RIR): the small rep buffer; a first set
//     outside it, such as RPE 10, is a [Remark] after the set, not a stop;
//   - rests of 15-30 s: the guide says only "a short rest";
//   - at most 3 bursts ("a small number"; the planner uses 2, the guide's
//     "couple", see [Planner]);
//   - reps collapsing: a burst under 2 reps ([MinBurstReps]) or at least
//     40% below the first burst ([DropOff]), so 6-3 and 5-4-3 stop;
//   - a burst at 0 RIR (failure, RPE 9.5 or 10) ends the set ([RIRFloor]
//     1), since taking every burst to ugly failure is one of the guide's
//     common mistakes;
//   - joint discomfort rising or at [HighDiscomfort] ends it
//     ([TechniqueGuard]).
//
// Rep targets are left to the lifter's usual range.
func DefaultProtocol() Protocol {
	return Protocol{
		Name:           "rest-pause",
		Source:         "repkit rest-pause guide: hard first set with a small rep buffer, brief follow-up bursts",
		ActivationRPE:  RPERange{8, 9},
		Rest:           Rest{Min: 15 * time.Second, Max: 30 * time.Second},
		MaxBursts:      3,
		MinBurstReps:   2,
		DropOffPercent: 40,
		RIRFloor:       1,
	}
}

// MyoReps is Borge Fagerli's Myo-reps ("Myo-reps - a time-efficient method
// for maximum muscle growth", 2012, and The Myo-reps E-book): an activation
// set of 12-20 reps at about RPE 8-9, a rest of 3-5 deep breaths, mini-sets
// of 3-5 reps ("working 3 to 5"), ending at the first mini-set that falls
// short of the first ([MyoRep]) or under 3 reps ([MinBurstReps] 3, the
// bottom of Fagerli's mini-set range), so 15 + 2 ends at the first
// mini-set. An activation set outside 12-20 or a mini-set over 5 reps is a
// [Remark]: the load was too heavy or too light for the method. The rest
// is kept in breaths, as Fagerli counts it. MaxBursts 5 is repkit's safety
// bound, not part of Fagerli's rule.
func MyoReps() Protocol {
	return Protocol{
		Name:          "myo-reps",
		Source:        "Borge Fagerli, Myo-reps (2012 article and e-book)",
		Activation:    repkit.RepRange{Min: 12, Max: 20},
		ActivationRPE: RPERange{8, 9},
		Rest:          Rest{MinBreaths: 3, MaxBreaths: 5},
		Burst:         repkit.RepRange{Min: 3, Max: 5},
		MinBurstReps:  3,
		MyoRep:        true,
		MaxBursts:     5,
	}
}

// MyoRepMatch is Myo-rep match, the variant Renaissance Periodization (Mike
// Israetel and colleagues) teach as "myorep match" sets: the same
// activation set, rests and 3-5-rep mini-sets as [MyoReps], then mini-sets
// until their reps add up to the activation set's ([MatchActivation]). It
// keeps Fagerli's mini-set floor of 3 reps ([MinBurstReps]), so 12 followed
// by 1-rep mini-sets ends at the first of them rather than grinding out
// eight. The attribution is repkit's reading of the method's public
// descriptions; Fagerli's own articles describe the fixed mini-set rule of
// [MyoReps]. MaxBursts 8 is repkit's safety bound.
func MyoRepMatch() Protocol {
	p := MyoReps()
	p.Name = "myo-rep-match"
	p.Source = "Renaissance Periodization, myorep match sets (after Borge Fagerli's Myo-reps)"
	p.MyoRep = false
	p.MatchActivation = true
	p.MaxBursts = 8
	return p
}

// DCTotal and DCTotalHigh return Dante Trudel's two total-rep ranges for a
// DC rest-pause set: 11-15 reps for most muscles and 15-20 for the muscles
// and exercises he programs higher. Trudel assigns the range by muscle, so
// the choice is the caller's, per exercise; these two functions are the one
// place repkit keeps the numbers, for [DC], [DCHigh] and progression's
// DCSumOfReps and DCSumOfRepsHigh.
func DCTotal() repkit.RepRange { return repkit.RepRange{Min: 11, Max: 15} }

// DCTotalHigh returns DC's higher total-rep range, 15-20; see [DCTotal].
func DCTotalHigh() repkit.RepRange { return repkit.RepRange{Min: 15, Max: 20} }

// DC is the rest-pause set of Dante Trudel's Doggcrapp (DC) training: three
// mini-sets (the activation set and 2 bursts), each taken to failure, with
// 10-15 deep breaths between them (rest kept in breaths, as Trudel gives it;
// [BreathTime] makes that the 20-30 s he also writes), aiming at 11-15
// total reps ([DCTotal]; [DCHigh] for the 15-20 range). An activation set
// under 6 reps means the load is too heavy: take about 10% off next time
// ([Protocol.TooHeavy]). DC prescribes failure on every mini-set (activation
// target RPE 10), harder than the guide's default rep buffer; the guide asks
// for more care with recovery the closer and more often sets go to failure.
// Because failure is what DC prescribes, the [Auditor] does not count DC
// sets done as written as the "every set to failure" mistake.
func DC() Protocol {
	return Protocol{
		Name:             "dc",
		Source:           "Dante Trudel, Doggcrapp (DC) training",
		ActivationRPE:    RPERange{10, 10},
		Rest:             Rest{MinBreaths: 10, MaxBreaths: 15},
		TotalRepRange:    DCTotal(),
		HeavyBelow:       6,
		HeavyDropPercent: 10,
		MaxBursts:        2,
	}
}

// DCHigh is [DC] aiming at the higher total of 15-20 reps ([DCTotalHigh]),
// for the muscles Trudel programs in that range.
func DCHigh() Protocol {
	p := DC()
	p.Name = "dc-high"
	p.TotalRepRange = DCTotalHigh()
	return p
}

// PrescribesFailure reports whether the protocol asks for its activation
// set at failure (an activation effort target of RPE 10, as [DC] does), so
// that sets taken to failure are the protocol done as written.
func (p Protocol) PrescribesFailure() bool { return p.ActivationRPE.Min >= 10 }

// A Remark notes an entry of a finished or running set that left its
// protocol's targets without breaking a stop rule: an activation set
// outside the activation reps (Myo-reps' 6 against 12-20) or outside the
// effort target (an RPE 10 first set against the guide's RPE 8-9 rep
// buffer), or a burst with more or fewer reps than the burst target
// (Myo-reps' 8-rep mini-set against 3-5). A Remark does not stop the set;
// show it to the lifter after the set, and use it to pick next time's load.
// The zero Remark is not a remark. A Remark is a plain value, safe for
// concurrent use; JSON carries it with the keys of its field tags, such as
// {"burst":-1,"field":"activation.reps","value":"6","target":"12-20","below":true}.
type Remark struct {
	// Burst is the entry: [ActivationSet], or n for the n-th burst.
	Burst int `json:"burst"`
	// Field is the value's JSON path in the [Record], such as
	// "activation.reps", "activation.effort" or "bursts[1].reps".
	Field string `json:"field"`
	// Value is what was done and Target what the protocol prescribes, as
	// text, such as "6" and "12-20", or "rpe 10" and "rpe 8-9".
	Value  string `json:"value"`
	Target string `json:"target"`
	// Below reports fewer reps, or an easier effort, than the target;
	// false means more reps or a harder effort. JSON omits it when false.
	Below bool `json:"below,omitempty"`
}

// String returns the remark as a sentence for the lifter, such as "the
// activation set: 6 reps, fewer than the target of 12-20".
func (m Remark) String() string {
	at := "burst " + strconv.Itoa(m.Burst)
	if m.Burst == ActivationSet {
		at = "the activation set"
	}
	if strings.HasSuffix(m.Field, ".effort") {
		if m.Below {
			return at + ": rated " + m.Value + ", easier than the target of " + m.Target
		}
		s := at + ": rated " + m.Value + ", harder than the target of " + m.Target
		if m.Target != "rpe 10" {
			s += "; keep a small rep buffer next time"
		}
		return s
	}
	if m.Below {
		return at + ": " + m.Value + " reps, fewer than the target of " + m.Target
	}
	return at + ": " + m.Value + " reps, more than the target of " + m.Target
}

// Remarks returns the entries of r that left p's targets (see [Remark]), in
// entry order: the activation set's reps, then its effort, then each
// burst's reps. Targets that are not prescribed (zero) give no remarks, and
// an effort that was not recorded is never remarked on. Remarks allocates;
// call it when showing the set, not while deciding.
func (p Protocol) Remarks(r *Record) []Remark {
	var out []Remark
	if m, ok := repsRemark(ActivationSet, "activation.reps", r.Activation.Reps, p.Activation); ok {
		out = append(out, m)
	}
	if t := p.ActivationRPE; !t.IsZero() {
		if got, ok := r.Activation.Effort.RIR(); ok {
			// The target's RIR span: its hardest end is t.Max's fewest
			// reps in reserve, its easiest t.Min's most.
			hard, easy := t.Max.RIR().Min, t.Min.RIR().Max
			if got.Max < hard || got.Min > easy {
				out = append(out, Remark{Burst: ActivationSet, Field: "activation.effort",
					Value: r.Activation.Effort.String(), Target: t.String(), Below: got.Min > easy})
			}
		}
	}
	for i := range r.Bursts {
		if m, ok := repsRemark(i+1, "bursts["+strconv.Itoa(i)+"].reps", r.Bursts[i].Reps, p.Burst); ok {
			out = append(out, m)
		}
	}
	return out
}

func repsRemark(burst int, field string, reps int, target repkit.RepRange) (Remark, bool) {
	if target.IsZero() || (reps >= target.Min && reps <= target.Max) {
		return Remark{}, false
	}
	return Remark{Burst: burst, Field: field, Value: strconv.Itoa(reps), Target: target.String(), Below: reps < target.Min}, true
}
