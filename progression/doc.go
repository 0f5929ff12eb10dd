// Package progression says what to lift next time, in loads the lifter's
// equipment can actually make. It reports what was done and what to change;
// it scores nothing, and it makes no claim that one method builds more
// muscle than another: volume-matched rest-pause, drop-set and traditional
// sets gave similar hypertrophy in Enes et al. (2021), and training to
// failure was not superior in Refalo et al. (2023).
//
// # Weights: what the lifter's equipment can make
//
// [Weights] is the extension point: which loads are achievable, and the
// next achievable load up ([Weights.Next]) or down ([Weights.Prev]).
// [Round] moves any target to an achievable load, down by default
// ([RoundDown]): a little light costs a rep, a little heavy can cost the set.
// Built in, all plain structs to write as literals, all exact integer
// arithmetic on [repkit.Load]:
//
//   - [BarAndPlates]: a bar and [Plate] pairs; presets [StandardBarbell], [EZCurlBar],
//     [TrapBar] and [SmithBar] with [Plates] and [Microplates].
//   - [FixedWeights]: dumbbells and kettlebells; presets [Dumbbells] and
//     [Kettlebells].
//   - [Stack]: a selectorised stack by pin, where progression counts steps.
//   - [CableStack]: a stack with add-on plates; presets [SelectorStack]
//     (machines) and [CableColumn].
//   - [AddOns]: any equipment plus add-on weights such as magnetic
//     microplates on dumbbells.
//   - [Ladder]: a precomputed list of loads, for hot loops ([NewLadder],
//     [BarAndPlates.Ladder]).
//
// Presets take [repkit.UnitKilogram] or [repkit.UnitPound] and return fresh
// values to change as you like, or an error for any other unit; each doc
// comment lists its loads and says why.
//
// # A lifter's gym
//
// A [Gym] is the equipment one lifter trains with, as an app stores it per
// user (JSON with loads in the gym's unit): plates, bars, a dumbbell rack,
// kettlebells, machine and cable stacks with their add-ons. [KilogramGym]
// and [PoundGym] are common commercial gyms to start from; [Gym.Validate]
// checks one read from outside; [Gym.Weights] maps an exercise's
// [exercise.Equipment] to the Weights that round its loads, and says when
// the equipment has no load to round ([ErrNoWeights]).
//
// # A first load for rest-pause
//
// [FirstLoad] picks the load of a rest-pause activation set of N reps at a
// target RIR from the lifter's straight sets of about as many reps, and
// [FirstLoadFromE1RM] from an e1RM, each rounded down to the equipment by a
// documented method with a stated valid range, and an error outside it.
//
// # Progressions
//
// [DoubleProgression] (Liftosaur's "dp") judges a [Performance] against its
// [Prescription]: every set at the top of the [repkit.RepRange] adds one
// achievable step and goes back to the bottom; a success below the top adds
// a rep to the targets; anything else holds. [DoubleProgression.Replay]
// runs a whole log through it. [SumOfReps] (Liftosaur's "sum",
// and DC training's totals, preset [DCSumOfReps]) judges rest-pause sets from
// [restpause.Record] values by their total reps. Both return a
// [Recommendation]: an [Action], a typed [Reason], the next load, and a
// sentence from [Recommendation.String].
//
// # One decision per exercise
//
// [Coach.Decide] composes all of the above into one [NextTime] for an
// exercise's next session: the progression rule (double progression that
// follows the lifter, or sum of reps for [restpause.Record] sets), how the
// last sets ended (pain never leads to more load; a technique signal holds
// it), stalls with one notion of best, return gaps, the prescription and
// today's [fatigue.Dose]. It returns one action, one load, one target and
// every [Reason] behind it, and never two answers. Apps should ask the
// Coach; the parts stay for apps that compose their own rules.
//
// [StallRule] finds a [Stall] in a history (no new best for a few sessions)
// and proposes a deload of a stated size, rounded to the equipment.
//
// # Estimated one-rep maximum
//
// [Formula.Estimate] implements Epley, Brzycki, Lombardi, Mayhew, O'Conner,
// Wathan and Lander, and [EstimateRTS], [RTSPercent] and [LoadForRTS] the
// RTS %1RM chart by reps and reps in reserve. Each has a valid rep range,
// and a set outside it is an error wrapping [repkit.ErrRange], never an
// invented number. For the 12-20-rep activation sets the chart does not
// reach, use [FirstLoad].
//
// # Errors and concurrency
//
// Bad input gets a [*FieldError] naming the field and value and saying what
// to give instead, wrapping one of
// [repkit.ErrInvalid], [repkit.ErrRange], [ErrNotAchievable], [ErrEquipment], [ErrNoWeights] or
// [repkit.ErrUnknownName]. Nothing here panics on data, the presets given a
// bad unit included. Every type is a value, safe for
// concurrent use as long as nobody modifies the slices it was given. The hot
// paths ([DoubleProgression.Next], [DoubleProgression.Replay],
// [SumOfReps.Next], [Ladder] and [BarAndPlates] lookups, [Formula.Estimate],
// [StallRule.Detect]) do not allocate.
//
// Check your own [Weights] with
// [github.com/repkit/repkit/progression/progressiontest.Run] in a test, or
// [github.com/repkit/repkit/progression/progressiontest.TestEquipment] for
// the joined error.
package progression
