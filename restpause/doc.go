// Package restpause models rest-pause training as one parent set: an
// activation set, then short rests and small follow-up bursts with the same
// exercise and load, ended by a stop policy that apps can extend.
//
// # Records
//
// A [Record] is one set as it happened: date, exercise (by id and name, not
// by catalog type), [repkit.Load], the activation [Burst], every burst
// with the rest before it, an optional [repkit.Effort] and the guide's
// stop [Signals], the [Decision] that ended it, and the lifter's tolerance
// notes. It reports what was done: [Record.TotalReps], [Record.BurstReps],
// [Record.VolumeLoad], [Record.Elapsed] (rests included) and
// [Record.Density] in reps per minute. Records round-trip through JSON
// without loss, and decoding validates them ([Record.Validate]).
//
// # Stop policies
//
// [StopPolicy] is the extension point, shaped like [log/slog.Handler]: one
// method that reads the set so far and returns a [Decision] with a typed
// [StopReason] and, on demand, a sentence for the lifter
// ([Decision.String]). [PolicyFunc] adapts a function; [Any] and [All]
// compose; the built-ins are [MinBurstReps], [DropOff], [MaxBursts],
// [TotalReps], [MyoRep], [MatchActivation], [TechniqueGuard], [TimeCap] and
// [RIRFloor]. A rule's constructor, its [StopReason] and its [Protocol]
// field share a stem: [TotalReps], StopTotalReps and
// Protocol.StopAtTotalReps; [MyoRep], StopMyoRep and Protocol.MyoRep
// (StopMinReps also covers Guard's entry with no reps). [Guard] adds
// the rules no policy may drop: pain or nerve symptoms, or an entry with no
// reps, end the set. A nil policy given to Any, All or Guard means [Never].
// [Decision.Burst] names the entry a stop is about: a burst from 1,
// [ActivationSet] for the activation set, 0 for the set as a whole. Package
// restpause/restpausetest checks that a policy keeps the contract:
// TestPolicy returns every broken rule joined, and Run reports each rule in
// its own subtest.
//
// # Protocols and sessions
//
// A [Protocol] is a plain value: rep and effort targets, a [Rest] in time or
// deep breaths as its source gives it ([BreathTime] converts for
// estimates), and which stop rules are on. The presets are
// [DefaultProtocol] (the rest-pause guide), [MyoReps] (Borge Fagerli),
// [MyoRepMatch] (Renaissance Periodization's myorep match) and [DC] and
// [DCHigh] (Dante Trudel's Doggcrapp, 11-15 or 15-20 total reps); each call
// returns a fresh copy to adjust. [Protocol.Remarks] lists the entries that
// left the protocol's targets without stopping the set, such as an RPE 10
// first set against a target of RPE 8-9. A [Session] runs one set as a state
// machine with no clock: [Session.Next] says what comes next, the app logs
// what happened with [Session.LogActivation] and [Session.LogBurst], passing
// the rests it measured, and [Session.Record] returns the result. Calls out
// of order, logs after the end and impossible values return errors wrapping
// [repkit.ErrOrder], [ErrEnded] or [repkit.ErrInvalid], and change nothing.
// A set that no stop rule ends stops at [BurstsLimit] bursts with its own
// reason, StopBurstLimit. [NewSession] and [Resume] refuse a [Start] with
// no date, no exercise or no load (a zero load is allowed for body-weight
// and assisted work), and [Session.LogBurst] refuses a rest longer than
// [Protocol.LongestBurstRest] (twice the protocol's longest rest, never
// under a minute; five minutes when it prescribes none): after such a rest
// the entry is a new set, not a burst. The zero Session runs the zero
// Protocol for an unnamed set, for code that builds one directly;
// NewSession names the set and chooses the protocol.
//
// # Planning and audit
//
// A [Planner] decides which exercises of a session get rest-pause and
// explains every decision ([PlanItem.Sentences]): main lifts keep normal
// rest, unsuitable exercises ([exercise.Classify]) and screened lifters
// ([fatigue.Lifter]) never get it, today's [fatigue.Dose] limits it, and at
// most one or two accessories per session do. It replaces straight sets
// rather than adding on top: a [Replacement] is one hard set plus a couple
// of short bursts (the guide's busy lifter), says how many fewer reps it
// asks for than the straight sets, estimates the time saved from rep tempo
// and rests (at least a minute, or the sets stay), and
// [Replacement.Protocol] turns it into a [Protocol] a [Session] can run.
// Straight-set rests under 60 s are flagged (Singer et al. 2024).
//
// An [Auditor] checks a history of records against the guide's common
// mistakes: rest-pause on high-skill lifts, added everywhere, every set to
// failure, the setup changing week to week, and rest-pause kept while main
// lifts drop. Each finding names the sessions it rests on.
//
// # What this package does not claim
//
// Rest-pause is a way to make accessory work denser, not a proven upgrade:
// volume-matched rest-pause, drop-set and traditional sets gave similar
// hypertrophy (Enes et al. 2021), training to failure is not superior for
// hypertrophy (Refalo et al.), and failure costs more acute fatigue
// (Vieira et al. 2022). This package reports reps, loads, rests, effort,
// signals and time; it computes no growth score.
//
// Everything here is safe for concurrent use except a [Session], which one
// goroutine drives. Nothing reads a clock, starts a goroutine or does I/O.
package restpause
