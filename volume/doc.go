// Package volume counts what a lifter did in a week, per muscle: straight
// hard sets beside rest-pause sets, total reps and volume load, from
// rest-pause records and imported histories alike (both turn into [Work]:
// see restpause.Record.Work and the review package). It also compares the
// weeks before rest-pause entered a program with the weeks after
// ([Ledger.Jump]), to say whether rest-pause replaced straight work or was
// added on top of it.
//
// The rest-pause guide's first rule is the reason for the package: "Start by
// replacing some straight-set accessory work rather than adding rest-pause
// on top of a full program. Otherwise the method gets blamed or praised for
// a volume jump it did not magically erase." The package reports what was
// done, in sets and reps side by side. It never converts a rest-pause set
// into a number of "effective" straight sets, and it makes no claim that
// either builds more muscle (DESIGN.md section 7).
//
// # JSON
//
// [Work], [Tally], [Week], [WeekTally], [MuscleTally], [Ledger], [Change]
// and [Jump] are in repkit's wire format: snake_case keys
// (straight_sets, rest_pause_sets, iso_week, weeks_before, ...), muscles
// and shifts by their lower-case names ("lower-back", "no-baseline"),
// dates in RFC 3339, loads as text ("2400kg"), efforts as "rpe 8" or
// "rir 2". A week is {"start":"2024-01-29T00:00:00Z","iso_year":2024,"iso_week":5}.
// [Weeks] and [Counting] are settings, not wire values: they have no JSON.
//
// volume imports only the root package and exercise, so that restpause
// (whose Auditor reads the ledger) and everything above it can use it.
//
// Everything here is a pure function of its arguments and safe for
// concurrent use.
package volume
