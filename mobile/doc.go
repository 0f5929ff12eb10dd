// Package mobile is repkit for apps that call it across a language
// boundary: Kotlin and Swift through gomobile's gobind, and JavaScript
// through the WebAssembly build in js/. Every call takes and returns text
// of repkit's wire format (package wire: JSON with snake_case keys, enums
// as names, durations as seconds, loads with their unit), so its API is
// strings, int64, booleans and errors only, and gobind binds all of it.
//
// The calls cover what an app does on a lifter's day:
//
//   - [LookupExercise] and [ClassifyExercise]: find an exercise and whether it suits
//     rest-pause, and why.
//   - [PlanSession]: which exercises of today's session get a rest-pause set.
//   - [LookupProtocol]: a preset protocol by name.
//   - [StartSet], [ResumeSet] and the methods of [ActiveSet]: run a
//     rest-pause set step by step, save it mid-set and resume it
//     elsewhere; an event retried with the same number is a no-op.
//   - [DecideNextTime]: the Coach's one decision for an exercise's next session.
//   - [ImportHistory] and [HistoryLifts]: read a workout app's export and
//     turn it into the outings DecideNextTime reads.
//
// Each call validates its input as the Go API does and returns its error
// (a set with no date, exercise or load, or a rest too long for the
// protocol, is refused as restpause refuses it); a key the type does not
// have is an error naming its path, and nothing panics on bad input. The functions are safe for concurrent use;
// an ActiveSet is not (as restpause.Session is not), so an app drives each
// set from one thread or guards it.
package mobile
