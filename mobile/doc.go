// Package mobile is repkit for apps that call it across a language
// boundary: Kotlin and Swift through gomobile's gobind, and JavaScript
// through the WebAssembly build in js/. Every call takes and returns text
// of repkit's wire format (package wire: JSON with snake_case keys, enums
// as names, durations as seconds, loads with their unit), so its API is
// strings, booleans and errors only, and gobind binds all of it.
//
// The calls cover what an app does on a lifter's day:
//
//   - [Exercise] and [Classify]: find an exercise and whether it suits
//     rest-pause, and why.
//   - [Plan]: which exercises of today's session get a rest-pause set.
//   - [Protocol]: a preset protocol by name.
//   - [NewSession], [ResumeSession] and the methods of [Session]: run a
//     rest-pause set step by step, save it mid-set and resume it
//     elsewhere; an event retried with the same number is a no-op.
//   - [NextTime]: the Coach's one decision for an exercise's next session.
//   - [ImportHistory] and [HistoryLifts]: read a workout app's export and
//     turn it into the outings NextTime reads.
//
// Each call validates its input as the Go API does and returns its error;
// nothing panics on bad input. The functions are safe for concurrent use;
// a Session is not (as restpause.Session is not), so an app drives each
// set from one thread or guards it.
package mobile
