// Package repkit is an embeddable SDK for programming rest-pause training in
// fitness apps. The root package holds no code; the work is in its packages:
//
//   - [github.com/repkit/repkit/exercise]: what is lifted. Exact loads
//     ([exercise.Load], kilograms and pounds without drift), exercise traits,
//     the suitability classifier [exercise.Classify], a built-in catalog
//     ([exercise.Lookup]) and a decoder for the public free-exercise-db format.
//   - [github.com/repkit/repkit/fatigue]: effort and recovery. Reps in
//     reserve and the RIR-based RPE scale ([fatigue.Effort], where "not
//     recorded" is never read as failure), readiness check-ins and the
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
//     sets, stalls and e1RM. [github.com/repkit/repkit/progression/history]
//     imports and exports training histories from workout apps.
//
// Dependencies run one way: exercise and fatigue are leaves, restpause uses
// both, and progression may use all three. No package keeps mutable global
// state, starts goroutines, reads a clock or does I/O in its core logic:
// callers pass time and data in.
//
// repkit reports what was done: reps, loads, rests, effort, signals, time and
// trends. It makes no claim that rest-pause builds more muscle than straight
// sets: volume-matched trials found similar gains (Enes et al. 2021), and
// training to failure is not superior for hypertrophy (Refalo et al. 2023).
// Its practical value is density and organisation.
package repkit
