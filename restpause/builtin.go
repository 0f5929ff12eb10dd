package restpause

import (
	"strconv"
	"time"

	"github.com/repkit/repkit"
)

// The built-in policies below each check one rule from the guide or from a
// named protocol. Each considers the whole set so far, not only the last
// burst, and reports the first entry that breaks its rule, so once a set has
// stopped, logging more bursts never makes it continue. Each is a small
// value, safe for concurrent use, that never allocates in Decide.
// Constructors panic on arguments that can only be programming mistakes.

// MinBurstReps stops when a burst has fewer than min reps: the reps have
// collapsed (StopMinReps). The activation set is not checked. least must be
// at least 1.
func MinBurstReps(least int) StopPolicy {
	mustBePositive("MinBurstReps", "minimum", least)
	return minBurstReps(least)
}

type minBurstReps int

func (m minBurstReps) Decide(r *Record) Decision {
	if i, ok := m.at(r); ok {
		return m.decision(r, i)
	}
	return Decision{}
}

// at returns the index of the first burst under m reps. The rules' at
// methods find where a rule stops and their decision methods say so, so
// that [ruleSet] builds a Decision only for a stop.
func (m minBurstReps) at(r *Record) (int, bool) {
	for i := range r.Bursts {
		if r.Bursts[i].Reps < int(m) {
			return i, true
		}
	}
	return 0, false
}

func (m minBurstReps) decision(r *Record, i int) Decision {
	return Decision{Reason: StopMinReps, Burst: i + 1, Value: int64(r.Bursts[i].Reps), Limit: int64(m)}
}

// DropOff stops when a later burst has at least percent fewer reps than
// the first burst (StopDropOff; Value is the drop in whole percent, rounded
// down): the guide's "stop when reps collapse". With percent 40, a first
// burst of 5 stops at a burst of 3 (40% fewer) but not at 4, and a first
// burst of 6 stops at 3 but not at 4. A first burst of zero reps gives
// nothing to drop from; pair DropOff with [MinBurstReps] for that. percent
// must be from 1 to 99.
func DropOff(percent int) StopPolicy {
	if percent < 1 || percent > 99 {
		panic("restpause: DropOff(" + strconv.Itoa(percent) + "): percent must be from 1 to 99")
	}
	return dropOff(percent)
}

type dropOff int

func (p dropOff) Decide(r *Record) Decision {
	if i, ok := p.at(r); ok {
		return p.decision(r, i)
	}
	return Decision{}
}

func (p dropOff) at(r *Record) (int, bool) {
	if len(r.Bursts) < 2 || r.Bursts[0].Reps <= 0 {
		return 0, false
	}
	first := int64(r.Bursts[0].Reps)
	for i := 1; i < len(r.Bursts); i++ {
		if drop := first - int64(r.Bursts[i].Reps); drop*100 >= int64(p)*first {
			return i, true
		}
	}
	return 0, false
}

func (p dropOff) decision(r *Record, i int) Decision {
	first := int64(r.Bursts[0].Reps)
	drop := first - int64(r.Bursts[i].Reps)
	return Decision{Reason: StopDropOff, Burst: i + 1, Value: drop * 100 / first, Limit: int64(p)}
}

// MaxBursts stops once n bursts are done (StopMaxBursts). n must be at least
// 1; a set that should have no bursts is a straight set, not rest-pause.
func MaxBursts(n int) StopPolicy {
	mustBePositive("MaxBursts", "maximum", n)
	return maxBursts(n)
}

type maxBursts int

func (m maxBursts) Decide(r *Record) Decision {
	return reached(StopMaxBursts, int64(len(r.Bursts)), int64(m))
}

// TotalReps stops once the whole set, activation included, has at least
// target reps (StopTotalReps); [Protocol.StopAtTotalReps] turns it on.
// target must be at least 1.
func TotalReps(target int) StopPolicy {
	mustBePositive("TotalReps", "target", target)
	return totalReps(target)
}

type totalReps int

func (t totalReps) Decide(r *Record) Decision {
	return reached(StopTotalReps, sumReps(r), int64(t))
}

// mustBePositive panics, naming the constructor ctor, its argument n and
// what n is, unless n is at least 1: a programming mistake.
func mustBePositive(ctor, what string, n int) {
	if n < 1 {
		panic("restpause: " + ctor + "(" + strconv.Itoa(n) + "): " + what + " must be at least 1")
	}
}

// reached is the decision of a policy that stops, for reason, once value
// has reached limit; below it, the set goes on.
func reached(reason StopReason, value, limit int64) Decision {
	if value >= limit {
		return Decision{Reason: reason, Value: value, Limit: limit}
	}
	return Decision{}
}

// sumReps totals reps in int64 so that no record, valid or not, overflows.
func sumReps(r *Record) int64 {
	n := int64(r.Activation.Reps)
	for i := range r.Bursts {
		n += int64(r.Bursts[i].Reps)
	}
	return n
}

// MyoRep is Borge Fagerli's Myo-reps rule: stop at the first mini-set
// that falls short of the first mini-set (the first burst after the
// activation set). So 4-3 stops at the second mini-set, 4-4-3 at the third,
// 3-3-3-2 at the fourth (StopMyoRep).
func MyoRep() StopPolicy { return myoRep{} }

type myoRep struct{}

func (m myoRep) Decide(r *Record) Decision {
	if i, ok := m.at(r); ok {
		return m.decision(r, i)
	}
	return Decision{}
}

func (myoRep) at(r *Record) (int, bool) {
	if len(r.Bursts) < 2 {
		return 0, false
	}
	first := r.Bursts[0].Reps
	for i := 1; i < len(r.Bursts); i++ {
		if r.Bursts[i].Reps < first {
			return i, true
		}
	}
	return 0, false
}

func (myoRep) decision(r *Record, i int) Decision {
	return Decision{Reason: StopMyoRep, Burst: i + 1, Value: int64(r.Bursts[i].Reps), Limit: int64(r.Bursts[0].Reps)}
}

// MatchActivation is the Myo-rep match rule: stop once the bursts' reps add
// up to at least the activation set's reps (StopMatchActivation). It never
// stops before the first burst.
func MatchActivation() StopPolicy { return matchActivation{} }

type matchActivation struct{}

func (matchActivation) Decide(r *Record) Decision {
	if len(r.Bursts) == 0 {
		return Decision{}
	}
	target := int64(r.Activation.Reps)
	return reached(StopMatchActivation, sumReps(r)-target, target)
}

// TechniqueGuard stops at the first entry, activation set included, that
// shows any of the guide's signals (StopTechnique, or StopPain for pain or
// nerve symptoms): range shortened, momentum taking over, joint discomfort
// rising (flagged, or a higher level than the entry before), joint
// discomfort at [HighDiscomfort] or more (even when it is flat from the
// first set on), technique no longer recognisable, or the target muscle no
// longer the limiter. [Decision.Signal] names it; when an entry shows
// several, the order of the [Signal] constants decides which is named.
func TechniqueGuard() StopPolicy { return techniqueGuard{} }

type techniqueGuard struct{}

func (g techniqueGuard) Decide(r *Record) Decision {
	if s, burst := g.at(r); s != SignalNone {
		return signalDecision(s, burst)
	}
	return Decision{}
}

// at returns the first entry's signal and the entry (a Decision.Burst), or
// SignalNone.
func (techniqueGuard) at(r *Record) (Signal, int) {
	prev := r.Activation.Signals.Discomfort
	if s := r.Activation.Signals.first(-1); s != SignalNone {
		return s, ActivationSet
	}
	for i := range r.Bursts {
		sig := &r.Bursts[i].Signals
		if s := sig.first(prev); s != SignalNone {
			return s, i + 1
		}
		prev = sig.Discomfort
	}
	return SignalNone, 0
}

func signalDecision(s Signal, burst int) Decision {
	if s == SignalPainOrNerve {
		return Decision{Reason: StopPain, Burst: burst, Signal: s}
	}
	return Decision{Reason: StopTechnique, Burst: burst, Signal: s}
}

// TimeCap stops once the set has run for at least limit, rests included, as
// [Record.Elapsed] counts it (StopTimeCap). limit must be positive.
func TimeCap(limit time.Duration) StopPolicy {
	if limit <= 0 {
		panic("restpause: TimeCap(" + limit.String() + "): cap must be positive")
	}
	return timeCap(limit)
}

type timeCap time.Duration

func (c timeCap) Decide(r *Record) Decision {
	return reached(StopTimeCap, int64(r.Elapsed()), int64(c))
}

// RIRFloor stops at the first burst rated closer to failure than floor reps
// in reserve (StopRIRFloor): with floor 1, a burst at 0 RIR (failure) stops
// the set. An RPE half point counts at its end nearer failure, the cautious
// reading, so RPE 8.5 (1 to 2 RIR) meets floor 1 and RPE 9.5 (0 RIR, "no
// further rep", as [repkit.RPE] reads it everywhere) is below it. Bursts without an
// effort rating are skipped: absence is not failure. The activation set is
// not checked; how hard it should be is the protocol's effort target.
// floor must be from 1 to repkit.MaxRIR.
func RIRFloor(floor repkit.RIR) StopPolicy {
	if floor < 1 || floor > repkit.MaxRIR {
		panic("restpause: RIRFloor(" + floor.String() + "): floor must be from 1 to 10")
	}
	return rirFloor(floor)
}

type rirFloor repkit.RIR

func (f rirFloor) Decide(r *Record) Decision {
	if i, rir, ok := f.at(r); ok {
		return Decision{Reason: StopRIRFloor, Burst: i + 1, Value: int64(rir), Limit: int64(f)}
	}
	return Decision{}
}

// at returns the first burst below the floor and its RIR.
func (f rirFloor) at(r *Record) (int, repkit.RIR, bool) {
	for i := range r.Bursts {
		rr, ok := r.Bursts[i].Effort.RIR()
		if ok && rr.Min < repkit.RIR(f) {
			return i, rr.Min, true
		}
	}
	return 0, 0, false
}

// Never is a policy that never stops: the identity for [Any]. A Session
// running it still ends on pain or nerve symptoms, on [Session.End], and at
// [BurstsLimit].
func Never() StopPolicy { return PolicyFunc(func(*Record) Decision { return Decision{} }) }
