// Package review turns a lifter's log into the weekly review of the
// rest-pause guide's decision checkpoints, one an app can show each week:
//
//   - Setup: "choose the version you can repeat with stable positions and
//     normal control";
//   - Progression: "use a clear next step for load, reps, range, pace,
//     time, or weekly volume" (the sentences are progression.Coach's own,
//     [progression.NextTime.String]);
//   - Common mistakes: "fix the boring failure points before adding a
//     harder variation" (restpause.Auditor, with the weekly ledger of
//     package volume, so rest-pause added on top of straight work shows);
//   - Recovery: "keep enough margin that the next important session does
//     not get worse";
//   - Simplify or switch: "when setup friction, pain, fatigue cost, or
//     stalled progress becomes the main story", with tolerance trends per
//     exercise and alternatives from the catalog.
//
// Each checkpoint carries the evidence it rests on. A [Log] holds the
// rest-pause records and the straight sets; [FromHistory] builds one from
// an imported export. The review reports what was done (sets, reps, loads,
// signals, trends) and never that rest-pause builds more muscle: the
// evidence (Enes et al. 2021) is that volume-matched rest-pause and
// straight sets give similar results, so its value is density, not growth.
//
// A [Review] and its parts ([Item], [Next], [Trend], [ToleranceWeek]) and
// a [Log] marshal to repkit's wire format: snake_case keys, enums by their
// lower-case kebab-case names ("common-mistakes", "attention"), times in
// RFC 3339, loads as text; the ledger and jump are package volume's
// values, the alternatives package exercise's. [Settings] is not a wire
// value.
//
// Everything is a pure function of its arguments: callers pass the date,
// the log and the gym. Safe for concurrent use.
package review
