// Package repkit is an embeddable SDK for programming rest-pause training in
// fitness apps. The root package holds no code; the work is in its packages:
//
//   - [github.com/repkit/repkit/exercise]: what is lifted. Exact loads
//     ([exercise.Load], kilograms and pounds without drift), exercise traits,
//     the rest-pause suitability classifier and a built-in catalog.
//   - [github.com/repkit/repkit/fatigue]: effort and recovery. Reps in
//     reserve and the RIR-based RPE scale ([fatigue.Effort], where "not
//     recorded" is never read as failure), readiness, dose and trends.
//   - github.com/repkit/repkit/restpause: the method. Bursts, stop policies,
//     protocols, sessions and records.
//   - github.com/repkit/repkit/progression: what to lift next time.
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
