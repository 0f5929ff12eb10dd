// Package gen holds the [rapid] generators that several packages' property
// tests share: efforts, loads, instants, durations and enum values, and the
// JSON round trip of their JSON properties. Only test files import it, so
// rapid never reaches a program built on repkit.
//
// gen imports the root package repkit and nothing else of the module, so
// the internal tests of every other package (package fatigue, package
// history, ...) can use it. The root package's own property tests live in
// package repkit_test for the same reason: an internal test of repkit
// cannot import a package that imports repkit.
//
// Every generator draws valid values only, over the whole valid range,
// with a bias towards the values lifters use where that helps shrinking;
// a test that needs invalid values draws them itself. Generators are
// values without state, safe for concurrent use.
package gen

import (
	"encoding/json"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
)

// RIR draws a valid reps-in-reserve answer, 0 to [repkit.MaxRIR].
func RIR() *rapid.Generator[repkit.RIR] {
	return rapid.Custom(func(t *rapid.T) repkit.RIR {
		return repkit.RIR(rapid.IntRange(0, int(repkit.MaxRIR)).Draw(t, "rir"))
	})
}

// RPE draws a valid RPE: 1 to 10 in half points.
func RPE() *rapid.Generator[repkit.RPE] {
	return rapid.Custom(func(t *rapid.T) repkit.RPE {
		return repkit.RPE(rapid.IntRange(2, 20).Draw(t, "rpe halves")) / 2
	})
}

// Effort draws a valid [repkit.Effort]: not recorded (the zero Effort), a
// [RIR] or an [RPE], each a third of the time.
func Effort() *rapid.Generator[repkit.Effort] {
	return rapid.OneOf(
		rapid.Just(repkit.Effort{}),
		rapid.Map(RIR(), repkit.AtRIR),
		rapid.Map(RPE(), repkit.AtRPE),
	)
}

// Load draws a Load from lo to hi inclusive (0 <= lo <= hi): any nanogram
// count a third of the time, a whole number of grams or of 1/16 lb (the
// loads plates and pin stacks make) up to 2000 kg or 2000 lb above lo the
// rest. Where no round load fits between lo and hi it draws nanograms only.
func Load(lo, hi repkit.Load) *rapid.Generator[repkit.Load] {
	gens := []*rapid.Generator[repkit.Load]{
		rapid.Map(rapid.Int64Range(int64(lo), int64(hi)), func(n int64) repkit.Load { return repkit.Load(n) }),
	}
	for _, r := range []struct{ step, span repkit.Load }{
		{repkit.Gram, 2000 * repkit.Kilogram},
		{repkit.Pound / 16, 2000 * repkit.Pound},
	} {
		step := r.step
		if first, last, ok := multiples(lo, hi, step, r.span); ok {
			gens = append(gens, rapid.Map(rapid.Int64Range(first, last), func(n int64) repkit.Load { return repkit.Load(n) * step }))
		}
	}
	return rapid.OneOf(gens...)
}

// multiples returns the first and last multiple of step (as counts of
// step) from lo to hi, or to lo+span where hi is further, and false where
// no multiple fits.
func multiples(lo, hi, step, span repkit.Load) (first, last int64, ok bool) {
	top := hi
	if hi-lo > span {
		top = lo + span
	}
	first, last = int64(lo/step), int64(top/step)
	if repkit.Load(first)*step < lo {
		first++
	}
	return first, last, first <= last
}

// Duration draws a duration from 0 to limit: exactly zero half the time
// (the "not recorded" value most fields have), any nanosecond count the
// rest.
func Duration(limit time.Duration) *rapid.Generator[time.Duration] {
	return rapid.Custom(func(t *rapid.T) time.Duration {
		if rapid.Bool().Draw(t, "zero duration") {
			return 0
		}
		return time.Duration(rapid.Int64Range(0, int64(limit)).Draw(t, "duration"))
	})
}

// Seconds of the first and last instants [Time] draws: 0001-01-01 00:00:00
// and 9999-12-31 23:59:59 UTC.
const (
	firstUnix = -62135596800
	lastUnix  = 253402300799
)

// Time draws an instant from year 1 to year 9999 to the nanosecond. Zoned,
// it is in a fixed zone from -12:00 to +14:00 (UTC when the offset is 0),
// and its UTC instant stays 14 hours clear of the end of year 9999; else it
// is in UTC. Its first instant is the zero Time, drawn rarely; use
// [TimeOrZero] where a missing date is a case to cover.
func Time(zoned bool) *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		last := int64(lastUnix)
		if zoned {
			last -= 14 * 3600
		}
		sec := rapid.Int64Range(firstUnix, last).Draw(t, "unix seconds")
		nsec := rapid.Int64Range(0, 999999999).Draw(t, "nanoseconds")
		tm := time.Unix(sec, nsec).UTC()
		if !zoned {
			return tm
		}
		if off := rapid.IntRange(-12*60, 14*60).Draw(t, "offset minutes"); off != 0 {
			tm = tm.In(time.FixedZone("", off*60))
		}
		return tm
	})
}

// TimeOrZero draws the zero [time.Time] (a date not recorded) half the
// time and [Time] of zoned the rest.
func TimeOrZero(zoned bool) *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		if rapid.Bool().Draw(t, "zero time") {
			return time.Time{}
		}
		return Time(zoned).Draw(t, "time")
	})
}

// Enum draws a value of an integer enum from first to last inclusive, such
// as Concern(0) to ConcernMarked; first <= last.
func Enum[T ~uint8 | ~uint16](first, last T) *rapid.Generator[T] {
	return rapid.Custom(func(t *rapid.T) T {
		return T(rapid.IntRange(int(first), int(last)).Draw(t, "enum"))
	})
}

// JSONRoundTrip marshals v with encoding/json and decodes the JSON into a
// new T, which it returns with the JSON: the step every JSON round-trip
// property shares. An error in either direction stops the test through t
// (a *testing.T or a *rapid.T).
func JSONRoundTrip[T any](t interface {
	Helper()
	Fatalf(format string, args ...any)
}, v T) (T, []byte) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", data, err)
	}
	return back, data
}
