// Package repkit is an embeddable SDK for programming rest-pause training in
// fitness apps. The root package holds the vocabulary every other package
// shares, the way package time holds Duration: exact loads ([Load], [Unit]),
// effort ratings ([Effort], [RIR], [RPE]) and the shared sentinel errors.
// The work is in its packages:
//
//   - [github.com/repkit/repkit/exercise]: what is lifted: exercise traits,
//     the suitability classifier [exercise.Classify], a built-in catalog
//     ([exercise.Lookup]) and a decoder for the public free-exercise-db format.
//   - [github.com/repkit/repkit/fatigue]: recovery: readiness check-ins and the
//     intensifier dose ([fatigue.Assess]), the health screen, the trend
//     monitor and DC's blast and cruise.
//   - [github.com/repkit/repkit/restpause]: the method. Bursts and records
//     ([restpause.Record]), the stop-policy extension point
//     ([restpause.StopPolicy]) with built-ins and combinators, protocol
//     presets, the [restpause.Session] state machine, session planning
//     ([restpause.Planner]) and the audit of a history against the guide's
//     common mistakes. [github.com/repkit/repkit/restpause/restpausetest]
//     checks your own stop policies against the contract.
//   - [github.com/repkit/repkit/progression]: what to lift next time.
//     Equipment-aware loads, double progression, sum-of-reps for rest-pause
//     sets, stalls and e1RM.
//   - [github.com/repkit/repkit/history]: real workout-app exports in and
//     out, rest-pause sets recovered from them, and name mapping to the
//     catalog.
//
// Dependencies run one way: the root imports only the standard library
// (and the module's own internal text helpers),
// exercise and fatigue import the root, restpause uses both, and
// progression and history may use everything above them. No package keeps mutable global
// state, starts goroutines, reads a clock or does I/O in its core logic:
// callers pass time and data in.
//
// repkit reports what was done: reps, loads, rests, effort, signals, time and
// trends. It makes no claim that rest-pause builds more muscle than straight
// sets: volume-matched trials found similar gains (Enes et al. 2021), and
// training to failure is not superior for hypertrophy (Refalo et al. 2023).
// Its practical value is density and organisation.
//
// # Loads
//
// A [Load] is an exact mass, an integer count of nanograms in the style of
// [time.Duration]. Build loads from the constants [Kilogram], [Gram] and
// [Pound] with integer arithmetic, read them from text with [ParseLoad]
// ("102.5kg", "225lb", "22.5 kg"), and write them with [Load.String] (always
// in kilograms, always exact) or [Load.Format] in a chosen [Unit], and show
// them to a lifter with [Load.Display], rounded to the hundredth of the unit
// that plates and pins can make ("63.5kg", not Format's "63.5029318kg" for
// 140 lb). Every sentence repkit prints uses Display. Loads
// marshal to JSON as text such as "102.5kg". A negative Load is a difference
// between loads ("-2.5kg"): it marshals and unmarshals, but [ParseLoad], which
// reads masses, refuses it. Bad text gets a [*FieldError] that wraps one of
// the shared sentinels below and hints at what to write instead.
//
// # The effort scale
//
// [RIR] counts reps in reserve (0 is failure). [RPE] is the RIR-based rating
// of perceived exertion of Zourdos et al. (2016), "Novel resistance
// training-specific rating of perceived exertion scale measuring repetitions
// in reserve", J Strength Cond Res 30(1), and Helms et al. (2016),
// "Application of the repetitions in reserve-based rating of perceived
// exertion scale for resistance training", Strength Cond J 38(4):
//
//	RPE  meaning                                          RIR
//	10   maximal effort                                   0
//	9.5  no further rep, but slightly more load possible  0
//	9    one more rep                                     1
//	8.5  one, maybe two more reps                         1-2
//	8    two more reps                                    2
//	7.5  two or three more reps                           2-3
//	7    three more reps                                  3
//	5-6  four to six more reps                            4-6
//	3-4  light effort                                     7 or more
//	1-2  little to no effort                              7 or more
//
// RPE 9.5 is 0 RIR (failure) everywhere in repkit; see [RPE]. Half points
// are intervals between rows, not fractional reps:
// [RPE.RIR] returns an [RIRRange]. [RIR.RPE] goes the other way. Strong's
// published map for RPE 6 to 10 agrees with this table.
//
// A log entry's effort is an [Effort]: recorded as RIR ([AtRIR]), as RPE
// ([AtRPE]), or not recorded at all, which is its zero value. Absence is
// never read as failure. [ParseEffort] reads "rir 2", "RPE 8.5" and "@9";
// errors are [*FieldError] values wrapping [ErrSyntax], [ErrRange] or
// [ErrNotFinite].
//
// # Errors
//
// Every package of the module wraps the same sentinel errors ([ErrSyntax],
// [ErrRange], [ErrUnknownName], [ErrInvalid], [ErrOrder] and the rest), so
// one [errors.Is] test works whichever package returned the error. Each
// package has one field-carrying error type, FieldError, of the same shape
// in every package: Field names the field as the user writes it (its JSON
// or CSV name), Value is the value as given, Err is the sentinel, and Hint
// says what to write instead. Its message reads
//
//	package: field "value": sentinel text; hint
//
// A package keeps a sentinel of its own only for a kind of problem that no
// shared one names (such as restpause.ErrEnded); where it refines a shared
// one (history.ErrUnitRequired is a kind of [ErrUnit]), [errors.Is]
// matches both.
package repkit
