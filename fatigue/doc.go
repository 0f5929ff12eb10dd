// Package fatigue says when intensifiers such as rest-pause belong in a
// session at all: readiness check-ins, a health screen, the intensifier
// dose, a trend monitor and DC's blast/cruise cycle. The effort scale it
// reads (reps in reserve and RPE) is in the root package: [repkit.Effort].
//
// # Readiness, screen and dose
//
// [Assess] turns a [Lifter] (its [Experience] and screened [Conditions])
// and today's [CheckIn] (sleep, hard dieting, endurance training, lingering
// soreness, joint irritation, low motivation, missed lifts) into an
// [Readiness]: a [Dose] of [DoseFull], [DoseReduced] or [DoseNone], every
// [Reason] it is lower, and a sentence for each. Any screened [Condition]
// (pain, recent injury, pregnancy or postpartum restrictions, cardiac
// symptoms, fainting, neurological symptoms, medication constraints, kidney
// disease, eating-disorder history, clinician-managed weight loss) gives no
// intensifier and [Readiness.Referral]: the app refers the lifter to
// qualified guidance. Beginners, and lifters whose experience is unknown,
// get no intensifier dose: normal hard sets first, as the guide says and as
// the restpause planner also decides from experience alone. A worse answer or an
// added condition never raises the dose. This is training guidance, not
// medical care, diagnosis or rehabilitation.
//
// # Trend monitor
//
// [Monitor.Check] reads a [TrainingLog] of main-lift e1RMs ([Measure]) and
// session notes ([Note]) as of a date and returns [Advice]: continue, watch
// (a small dip), remove rest-pause work first (a drop, lingering soreness,
// irritated joints or low motivation, each on its own, as the guide lists
// them), review the program (the signs are there but no rest-pause work is
// logged to remove), or not enough data (no main lift to compare and no
// sign). A drop is the median of the recent window
// against the median of the baseline window before it, which one bad day or
// a few missed days cannot move; see [Monitor] for the exact rule.
//
// # Blast and cruise
//
// [BlastCruise.Status] places a date in DC training's cycle: 6 to 12 weeks
// of rest-pause, then 10 to 14 days with no rest-pause and nothing taken to
// failure ([Cycle], [Phase]).
//
// Nothing here claims rest-pause builds more muscle: volume-matched
// rest-pause, drop sets and traditional sets gave similar hypertrophy (Enes
// et al. 2021), failure is not superior for hypertrophy (Refalo et al.
// 2023), and it costs more acute fatigue (Vieira et al. 2022). That cost is
// why the dose drops first when recovery is short.
//
// All types in this package are values, safe for concurrent use. Nothing
// reads a clock: dates are parameters.
package fatigue
