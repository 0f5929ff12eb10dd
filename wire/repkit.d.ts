// Code generated from the JSON Schemas in schema/ by `go test ./wire -update`. DO NOT EDIT.
//
// repkit's wire format: snake_case keys, enums as kebab-case names, sets as
// arrays of names, durations as seconds, loads as text with their unit
// ("102.5kg"), times as RFC 3339 text.

/** An Action is what a Recommendation asks the lifter to change next time. */
export type Action = "unknown" | "add-load" | "add-reps" | "hold" | "reduce-load" | "change-exercise";

/** Advice is the monitor's verdict with the figures behind it. */
export interface Advice {
  baseline_e1rm?: Load;
  /** Compared counts the lifts with enough measures in both windows; Dropping counts those down by Drop or more. */
  compared: number;
  drop?: number;
  dropping: number;
  /** Lift is the compared lift with the largest drop ("" if no lift had enough measures), and Drop that drop as a fraction of its baseline median (negative for a rise). BaselineE1RM and RecentE1RM are the two medians (zero when Lift is ""); the median of an even count, the mean of its two middle loads, is rounded down to the nanogram here, while Drop is computed before that rounding. */
  lift?: string;
  recent_e1rm?: Load;
  /** what to do */
  response: Response;
  /** RestPauseRecent reports whether any recent note held rest-pause work. */
  rest_pause_recent: boolean;
  /** the warning signs found */
  signs: Signs;
}

/** An Assessment is Classify's answer: a verdict and every reason behind it. */
export interface Assessment {
  /** every reason behind the verdict; [] for none */
  reasons: ExerciseReasons;
  /** Suitable, Caution or Unsuitable from Classify */
  verdict: Verdict;
}

/** An AuditReport is what an audit found. */
export interface AuditReport {
  findings?: Finding[];
  /** Unresolved lists the records whose exercise the auditor could not resolve, so the high-skill check could not judge them. */
  unresolved?: number[];
}

/** A BarKind names a bar in a Gym. */
export type BarKind = "unknown" | "barbell" | "ez-bar" | "trap-bar" | "smith-machine";

/** A Burst is one entry of a rest-pause set: the activation set or one of the short follow-up bursts (mini-sets) after it. */
export interface Burst {
  /** Effort is the effort rating the lifter gave, if any. The zero Effort means not recorded, which is never read as failure. */
  effort?: Effort;
  /** MeanVelocity is the mean concentric bar or handle speed in metres per second from a velocity sensor, 0 when not measured. repkit's built-in policies ignore it; it is there for policies like the bar-speed example. */
  mean_velocity?: number;
  /** Reps is the number of completed reps, 0 to RepsLimit. */
  reps: number;
  /** Rest is the rest taken before this burst, from the end of the entry before. It is always zero for the activation set. (seconds) */
  rest?: number;
  /** Signals are the stop signals noticed during this entry. */
  signals?: Signals;
  /** Work is how long the reps took, if the app measured it; zero means not measured, and summaries then estimate it with DefaultRepTime. (seconds) */
  work?: number;
}

/** A CableStack is a selectorised Stack with add-on weights: the small plates that hang on the stack's top, or a second pin, to make loads between pins. */
export interface CableStack {
  /** at most 6 add-on weights, each heavier than zero */
  addons?: Load[];
  /** the stack numbers, strictly ascending */
  pins?: Load[];
}

/** Category is the kind of training an exercise belongs to, as exercise databases file it. */
export type Category = "unknown" | "strength" | "powerlifting" | "olympic-weightlifting" | "plyometrics" | "strongman" | "stretching" | "cardio";

/** A Change is one muscle's work before and after rest-pause entered, as totals over the weeks compared (the muscle's primary work only: what it was trained first by). */
export interface Change {
  /** the week it entered and those after */
  after: Tally;
  /** the weeks before rest-pause entered */
  before: Tally;
  /** the muscle's first week with rest-pause */
  entered: Week;
  muscle: Muscle;
  shift: Shift;
  /** weeks in After */
  weeks_after: number;
  /** weeks in Before */
  weeks_before: number;
}

/** A CheckIn is a lifter's readiness answers before a session: the recovery stresses the rest-pause guide says should lower the dose of intensifiers ("dieting hard, sleeping poorly, doing lots of endurance training, or already missing lifts") and the warning signs it names (soreness that hangs around, irritated joints, motivation that tanks). */
export interface CheckIn {
  /** Dieting is how hard the lifter is dieting (an energy deficit). */
  dieting?: Concern;
  /** Endurance is how much endurance training the lifter is doing. */
  endurance?: Concern;
  /** Joints is joint irritation. */
  joints?: Concern;
  /** LowMotivation is how low motivation to train is. */
  low_motivation?: Concern;
  /** MissedLifts counts planned reps or lifts missed in the last week or so: 1 lowers the dose to reduced, 2 or more to none. Negative is an error. */
  missed_lifts?: number;
  /** Sleep is the typical night's sleep over the last few nights; zero means not answered. Under ShortSleep lowers the dose to reduced, under VeryShortSleep to none. (seconds) */
  sleep?: number;
  /** Soreness is soreness still lingering from earlier sessions. */
  soreness?: Concern;
}

/** A Checkpoint is one of the rest-pause guide's decision checkpoints. */
export type Checkpoint = "unknown" | "setup" | "progression" | "common-mistakes" | "recovery" | "simplify-or-switch";

/** A Choice is what the planner gives an exercise. */
export type Choice = "unknown" | "straight-sets" | "rest-pause";

/** A Coach makes one next-time decision per exercise from everything the library knows about its recent sessions: the progression rule, how the last sets ended, stalls, the dates, the prescription and today's dose. */
export interface Coach {
  /** Bodyweight is the lifter's body weight, optional; it is read for assisted exercises only. With it, a deload adds the assistance that takes DeloadPercent off the load the lifter moves (body weight less assistance); without it, percentages of that load are unknown, so a deload adds one step of assistance. Assistance must be lighter than it. */
  bodyweight?: Load;
  /** DeloadPercent is the cut of a deload and of a return after a gap, 1 to 50; zero means DefaultDeloadPercent. */
  deload_percent?: number;
  /** Kind says what the exercise's loads mean; the zero Kind is the weight lifted. For repkit.LoadBodyweight a load is what is added to body weight (zero: body weight alone): reps build first, then added load; at body weight alone the inferred range is at least 6-10; a deload is one step, down to body weight alone (a share of the added load is no share of what is lifted). For repkit.LoadAssisted a load is the assistance: progress takes assistance off, a deload adds it, the best is the least assistance, and Weights is the assistance the machine or bands give. */
  kind?: LoadKind;
  /** MaxSteps caps the load steps a rest-pause total far above its range earns in one session; zero means DefaultMaxSteps. */
  max_steps?: number;
  /** MinFirstReps is the shortest acceptable activation set of a rest-pause set; zero means DefaultMinFirstReps. */
  min_first_reps?: number;
  /** MinRIR is the effort cap of straight sets, as in DoubleProgression. */
  min_rir?: RIR;
  /** Range is the rep range of each straight working set; zero infers it. */
  range?: RepRange;
  /** ReturnGap is the break after which a lift is a return, counted in whole days; zero means DefaultReturnGap. JSON writes it in seconds (21 days is 1814400). (seconds) */
  return_gap?: number;
  /** StallSessions is how many sessions without a new best make a stall; zero means DefaultCoachStallSessions. */
  stall_sessions?: number;
  /** Total is the total-rep range of a rest-pause set; zero is DC's 11-15. For a set run with a protocol that has a range of its own (a plan's, DC's 15-20), give its TotalRepRange. */
  total?: RepRange;
  /** Trouble is how the lifter tolerated the exercise over recent weeks, as the review package's tolerance trend reads it from records (joint discomfort, pain, setup friction): the zero Trouble says nothing. When Trouble.Switch is set, the decision is ActionChangeExercise with ReasonRepeatedTrouble, whatever the sessions say: the rest-pause guide's "Simplify or switch when setup friction, pain, fatigue cost, or stalled progress becomes the main story". The other reasons stay in Why. */
  trouble?: Trouble;
  /** Unit is the unit sentences write loads in; zero means kilograms. */
  unit?: Unit;
}

/** A Concern is how strongly a lifter reports one recovery problem, such as lingering soreness or irritated joints. */
export type Concern = "unknown" | "none" | "mild" | "marked";

/** Conditions is a set of screened conditions, the answers to a health screen. */
export type Conditions = Array<"pain" | "recent-injury" | "pregnancy-postpartum" | "cardiac-symptoms" | "fainting" | "neurological-symptoms" | "medication-constraints" | "kidney-disease" | "eating-disorder-history" | "clinician-managed-weight-loss">;

/** A Decision is a stop policy's answer: go on, or stop with a reason. */
export interface Decision {
  /** Burst is the entry that triggered the stop: n for the n-th burst, ActivationSet (-1) for the activation set, 0 for the set as a whole. */
  burst?: number;
  limit?: number;
  /** Note is a short explanation from a custom policy. To keep Decide free of allocation, use a constant string. */
  note?: string;
  /** Reason is why the set stops; Continue means it does not. */
  reason: StopReason;
  /** Signal is the signal behind StopPain and StopTechnique. */
  signal?: Signal;
  /** Value is what was observed and Limit the limit it crossed; see the table above for their units. */
  value?: number;
}

/** A Dose is how much intensifier work, such as rest-pause, suits a lifter today. */
export type Dose = "unknown" | "full" | "reduced" | "none";

/** Effort as reps in reserve or RPE, such as "rir 2" or "rpe 8.5"; empty when not recorded. Pattern: ^(|rir (10|[0-9])|rpe (10|[1-9](\.5)?))$ */
export type Effort = string;

/** Equipment is what the load is. */
export type Equipment = "unknown" | "machine" | "smith-machine" | "cable" | "dumbbell" | "barbell" | "ez-bar" | "kettlebell" | "bodyweight" | "band" | "medicine-ball" | "stability-ball" | "foam-roller" | "other";

/** An Event is one log of a set, numbered, as an app sends it over a network that may deliver a request twice: the activation set (Kind StepActivation, Seq 1), a burst (Kind StepBurst, Seq 2, 3, ...), or the lifter's end of the set (Kind StepDone). */
export interface Event {
  /** the entry, for StepActivation and StepBurst */
  burst?: Burst;
  kind: StepKind;
  seq: number;
}

/** An Exercise is a movement with the traits that decide whether it suits rest-pause training. */
export interface Exercise {
  /** Aliases are other names for the same exercise, including the names logging apps use, such as "Lateral Raise (Cable)". */
  aliases?: string[];
  /** Ballistic is true when the load is thrown, jumped or driven with momentum (jumps, swings, Olympic lifts): speed, not the target muscle's fatigue, shapes every rep. */
  ballistic: boolean;
  category: Category;
  equipment: Equipment;
  form_drift: FormDrift;
  /** ID is a stable identifier, such as "cable-lateral-raise" in the catalog or the free-exercise-db id. Required. */
  id: string;
  limiter: Limiter;
  /** LoadKind says what a logged load of the exercise means: the weight lifted (repkit.LoadExternal, the zero value, for barbells, dumbbells, cables and machines), body weight plus the load added (repkit.LoadBodyweight: push-ups, pull-ups, dips, crunches; zero is body weight alone), or the help of an assisted machine's counterweight (repkit.LoadAssisted: less is harder). It is the exercise's own kind; a logged name can change it ("Pull Up (Band)" is assisted), see LoggedLoadKind. JSON "load_kind", omitted when external, so older documents decode unchanged. */
  load_kind?: LoadKind;
  mechanics: Mechanics;
  /** Name is what a lifter calls it, such as "Cable Lateral Raise". Required. */
  name: string;
  /** PrimaryMuscles are the muscles the exercise trains first. */
  primary_muscles: Muscles;
  skill: Skill;
  spinal_load: SpinalLoad;
  stability: Stability;
  stop_safety: StopSafety;
}

/** An ExerciseLog is one exercise within a workout: the app's name for it, verbatim, what its loads mean, and its sets in order. */
export interface ExerciseLog {
  /** LoadKind says what the sets' loads mean: the weight lifted (the zero value, repkit.LoadExternal), body weight plus the load added (repkit.LoadBodyweight; zero is body weight alone), or a machine's or band's help (repkit.LoadAssisted; less is harder). The readers set it from the name by MapName through Options.Catalog; repkit's CSV and JSON carry it. JSON "load_kind", omitted when external. */
  load_kind?: LoadKind;
  /** exactly as the app wrote it, such as "Bench Press (Barbell)" */
  name: string;
  /** exercise notes, verbatim */
  notes?: string;
  sets?: Set[];
  /** the app's superset group id; empty when not in a superset */
  superset?: string;
}

/** Reasons is a set of reasons, one bit per Reason. */
export type ExerciseReasons = Array<"unknown-traits" | "not-resistance" | "ballistic" | "high-skill" | "moderate-skill" | "unstable" | "self-stabilised-compound" | "grip-limited" | "conditioning-limited" | "balance-limited" | "bracing-limited" | "careful-stop" | "hard-stop" | "spinal-load" | "form-drift" | "changes-exercise">;

/** An Experience is how long and how consistently a lifter has trained. */
export type Experience = "unknown" | "beginner" | "intermediate" | "advanced";

/** Reasons is a set of Reason values. */
export type FatigueReasons = Array<"short-sleep" | "hard-dieting" | "endurance-load" | "soreness" | "joint-irritation" | "low-motivation" | "missed-lifts" | "combined-stresses" | "beginner" | "experience-unknown" | "screened">;

/** A Finding is one mistake and the records it rests on, as indices into the audited history in ascending order. */
export interface Finding {
  /** Changes are, for a MistakeEverywhere finding from the weekly ledger, the muscles rest-pause was added on top for, with the weeks before and after (see Auditor); nil for the others. JSON carries them in package volume's own encoding. */
  changes?: Change[];
  /** the exercise concerned, for per-exercise findings */
  exercise?: string;
  mistake: Mistake;
  /** indices into the audited history */
  records: number[];
}

/** FormDrift is how far a tired rep drifts from the exercise as prescribed: the guide asks that technique stay recognisable as reps slow down. */
export type FormDrift = "unknown" | "low" | "moderate" | "high";

/** A Format is a file format a history is read from or written to. */
export type Format = "unknown" | "strong" | "hevy" | "fitnotes" | "liftosaur" | "repkit";

/** A Gym is the equipment one lifter trains with, as an app stores it per user: the unit the gym is in, its plates, bars, dumbbell rack, kettlebells and machine and cable stacks. */
export interface Gym {
  /** at most one of each kind */
  bars?: GymBar[];
  /** the cable column: stack numbers and add-on weights */
  cable?: CableStack;
  /** one dumbbell each, in any order */
  dumbbells?: Load[];
  /** in any order */
  kettlebells?: Load[];
  /** pin-loaded machines: stack numbers and add-on weights */
  machine?: CableStack;
  /** in pairs; they load every bar */
  plates?: Plate[];
  /** kg or lb: the unit the lifter reads loads in */
  unit: Unit;
}

/** A GymBar is one bar of a Gym and what it weighs empty (for a counterbalanced Smith machine, its effective load, which may be zero). */
export interface GymBar {
  kind: BarKind;
  weight: Load;
}

/** A History is a lifter's training log: workouts in the order the file gave them (see History.Sorted for date order), each with its exercises and sets. */
export interface History {
  /** the format it was read from */
  source: Format;
  /** the lifter's unit, to show loads in (see below); loads themselves are exact masses */
  unit?: Unit;
  /** as the file ordered them */
  workouts?: Workout[];
}

/** An Import is what an import read: the history, and the rows it left out (skipped) or kept only after repairing them (warnings). */
export interface Import {
  history: History | null;
  skipped?: Row[];
  /** UTCAssumed: the file's dates carry no zone and none was given, so they were read as UTC (see history.History.UTCAssumed). */
  utc_assumed?: boolean;
  warnings?: Row[];
}

/** ImportOptions are the options of an import, as wire JSON. */
export interface ImportOptions {
  /** Lenient skips malformed rows and reports them instead of failing. */
  lenient?: boolean;
  /** TimeZone is the IANA zone of dates the file writes without one, such as "Europe/Berlin"; empty means UTC. */
  time_zone?: string;
  /** Unit is the unit of a file whose weights carry none: "kg" or "lb". */
  unit?: Unit;
}

/** An Item is one checkpoint of a weekly review: how it stands, what to do (sentences for the lifter; where a sentence is about next time it is the progression Coach's own, progression.NextTime.String), and the evidence it rests on, as sentences naming dates, loads, reps and levels. */
export interface Item {
  checkpoint: Checkpoint;
  evidence?: string[];
  says?: string[];
  status: Status;
}

/** A Jump is what happened to each muscle's weekly work when rest-pause entered the program, as Ledger.Jump finds it. */
export interface Jump {
  /** one per muscle that got rest-pause work, in Muscle order */
  changes?: Change[];
  /** the first week with a rest-pause set, of any muscle */
  entered: Week;
}

/** A Ledger is a lifter's work week by week and muscle by muscle, as Count builds it. */
export interface Ledger {
  /** the lifter's unit, to show Volume in (repkit.Load.Display) */
  unit?: Unit;
  /** Unresolved lists, sorted, the exercise names the ledger found no exercise for; their sets are in the weeks' All and in no muscle. */
  unresolved?: string[];
  /** the weeks with any work, in date order */
  weeks?: WeekTally[];
}

/** A Lift is one exercise of a history as progression.Coach reads it: the name as logged, what its loads mean, and one Outing for each workout that did it, oldest first. */
export interface Lift {
  /** what its loads mean */
  load_kind?: LoadKind;
  /** the exercise's name as logged */
  name: string;
  /** one per workout that did it, oldest first */
  outings?: Outing[];
}

/** A Lifter is what an app knows about the person beyond today: training experience and the health screen. */
export interface Lifter {
  /** Conditions holds the screened conditions the lifter reported; any of them rules intensifiers out (see Condition). */
  conditions?: Conditions;
  /** Experience is the lifter's training experience; zero is not known. */
  experience?: Experience;
}

/** Limiter is what usually ends a hard set of the exercise. */
export type Limiter = "unknown" | "target-muscle" | "grip" | "conditioning" | "balance" | "bracing";

/** A mass with its unit, as repkit writes it, such as "102.5kg"; readers also accept pounds ("225lb"). Pattern: ^[0-9]+(\.[0-9]+)?(kg|lb)$ */
export type Load = string;

/** A LoadKind says what a logged load means, and so which way is harder. */
export type LoadKind = "external" | "bodyweight" | "assisted";

/** A Log is what the review reads: a lifter's rest-pause records and the straight sets logged beside them, with the lifter's unit. */
export interface Log {
  /** rest-pause sets, in any order */
  records?: Record[];
  /** straight sets (RestPause false), in any order */
  straight?: Work[];
  /** the lifter's unit; zero shows kilograms */
  unit?: Unit;
}

/** A Measure is one main lift's estimated one-rep max (e1RM) on one day, an exact repkit.Load such as progression's e1RM estimates return. */
export interface Measure {
  /** the day of the estimate Format: date-time. */
  date: string;
  /** positive */
  e1rm: Load;
  /** the lift's name, such as "squat" */
  lift: string;
}

/** Mechanics says how many joints move: an isolation exercise moves one and fatigues mostly the target muscle; a compound one spreads the work, and the fatigue, over more of the body. */
export type Mechanics = "unknown" | "isolation" | "compound";

/** A Mistake is one of the rest-pause guide's common mistakes that a history of records can show. */
export type Mistake = "unknown" | "high-skill" | "everywhere" | "all-failure" | "churn" | "while-dropping";

/** Muscle is a muscle group, named as exercise databases name them. */
export type Muscle = "unknown" | "abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower-back" | "middle-back" | "neck" | "quadriceps" | "shoulders" | "traps" | "triceps";

/** A MuscleTally is one muscle's work in a week: the sets of exercises that train it first (Primary) and of those that train it second (Secondary), kept apart so neither is counted twice. */
export interface MuscleTally {
  muscle: Muscle;
  primary: Tally;
  secondary?: Tally;
}

/** Muscles is a set of muscle groups, one bit per Muscle. */
export type Muscles = Array<"abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower-back" | "middle-back" | "neck" | "quadriceps" | "shoulders" | "traps" | "triceps">;

/** A Next is the Coach's decision for one rest-pause exercise of the week. */
export interface Next {
  /** the exercise's name as logged */
  exercise: string;
  /** Decision.String() */
  sentence: string;
}

/** NextTime is the Coach's one decision for an exercise's next session. */
export interface NextTime {
  action: Action;
  again: boolean;
  /** Away is how long the lift was not done: from the last session to today (ReasonReturnAfterGap), or the gap before the last session (ReasonReturned). JSON writes it in seconds. (seconds) */
  away?: number;
  /** Best and BestReps are the last new best's load and measure. */
  best: Load;
  best_reps: number;
  /** BestVolume is the last new best's reps in all: every straight set's, or the rest-pause set's total. A best at one load is the most reps in all, so this is what the next session there must beat. */
  best_volume: number;
  cut?: number;
  from: Load;
  /** Got is the last session's measure: the fewest reps in a straight set, or the rest-pause set's total reps; Want what it was judged against. */
  got: number;
  /** Kind is what the loads mean, from Coach.Kind: for repkit.LoadAssisted, Load, From, Best and Prescribed are assistance, and ActionAddLoad takes assistance off. */
  kind?: LoadKind;
  /** Lead is the reason that decided Action; Why holds it and every other reason that shaped the decision. */
  lead: Reason;
  /** Load is the load for next time, always achievable; From the load of the session judged. */
  load: Load;
  /** Percent is the cut the rule asked for, and Cut the real cut after rounding in tenths of a percent (ActionReduceLoad). */
  percent?: number;
  /** Prescribed is the load the last session prescribed, when it differs from the load lifted. */
  prescribed?: Load;
  /** Range is the rep range judged against: per set, or the total. */
  range: RepRange;
  /** Reps is the target: reps in each straight set, or the total reps of the rest-pause set. Again says the lifter has done it at Load before. */
  reps: number;
  /** RestPause reports whether next time keeps a rest-pause set. */
  rest_pause: boolean;
  /** Sets is the straight working sets next time (0: as many as before). */
  sets?: number;
  /** Since is the sessions since the last new best. */
  since: number;
  /** Steps is the achievable steps added (ActionAddLoad) or taken off, counted up to 1000 (a cut over a ladder of gram steps can span more). */
  steps?: number;
  /** Total reports that Got and Reps count the total reps of a rest-pause set rather than reps a straight set. Reps is 0 when rest-pause was taken out and next time is the lifter's usual straight sets. */
  total: boolean;
  /** TroubleWeeks and TroubleWindow are Coach.Trouble's figures when the decision is ReasonRepeatedTrouble's change of exercise. */
  trouble_weeks?: number;
  trouble_window?: number;
  /** Unit is the unit loads are written in; zero writes kilograms. */
  unit?: Unit;
  want: number;
  why: ProgressionReasons;
}

/** A Note is how one training day went beyond the numbers: whether it held rest-pause work, whether any set went to failure, and the lifter's answers on soreness, joints and motivation (ConcernUnknown when not asked). */
export interface Note {
  /** the training day Format: date-time. */
  date: string;
  /** joint irritation */
  joints?: Concern;
  /** how low motivation is */
  low_motivation?: Concern;
  /** the session included rest-pause work */
  rest_pause?: boolean;
  /** lingering soreness */
  soreness?: Concern;
  /** some set or burst was taken to failure */
  to_failure?: boolean;
}

/** An Outing is one session of one exercise as the Coach reads it: the straight working sets at Load, or the rest-pause sets, or both, with the signals noticed and what was prescribed. */
export interface Outing {
  /** Date is when the session took place; the zero Date turns off the date rules for this session. Format: date-time. */
  date?: string;
  /** Load is the load of the straight Sets. */
  load: Load;
  /** RestPause are the rest-pause sets of the session, finished, in order. When present, the last one is judged by sum of reps at its own load. */
  rest_pause?: Record[];
  /** Sets are the straight working sets, in order. */
  sets?: WorkSet[];
  /** Signals are what the lifter noticed during the straight sets; the rest-pause records carry their own. */
  signals?: Signals;
  /** Want is what was prescribed; the zero Prescription means nothing was. For a rest-pause set, Want.Reps is a total to beat. */
  want?: Prescription;
}

/** A Plan is a session's decisions, in session order. */
export interface Plan {
  items?: PlanItem[];
  /** RestPause counts the items given rest-pause. */
  rest_pause: number;
  /** Saved is the total estimated time saved; JSON seconds. (seconds) */
  saved: number;
}

/** A PlanEntry is one exercise of a planned session, in session order: what is lifted, its slot, and the straight sets it would get. */
export interface PlanEntry {
  /** what is lifted; left out of JSON when zero (no exercise is named) */
  exercise?: Exercise;
  /** the straight sets it would get */
  sets: StraightSets;
  /** its place in the session; "unknown" when not given */
  slot: Slot;
}

/** A PlanItem is the planner's decision for one exercise. */
export interface PlanItem {
  choice: Choice;
  /** Classified is the exercise's exercise.Classify assessment, in package exercise's own encoding. */
  classified: Assessment;
  entry: PlanEntry;
  /** Reasons explains the choice; for a rest-pause item it holds PlanReplaces and any flags. */
  reasons: PlanReasons;
  /** Replacement is set when Choice is ChoiceRestPause; JSON omits it otherwise. */
  replacement?: Replacement;
}

/** PlanReasons is a set of PlanReason values; the zero PlanReasons is empty. */
export type PlanReasons = Array<"replaces" | "screened" | "no-dose" | "main-lift" | "slot-unknown" | "unsuitable" | "caution" | "nothing-to-replace" | "session-limit" | "short-rest" | "beginner" | "repeated" | "little-saving">;

/** A Plate is one size of plate in an inventory and how many pairs of it there are. */
export interface Plate {
  /** pairs available; zero means none */
  pairs: number;
  /** one plate, heavier than zero */
  weight: Load;
}

/** A Prescription is what a double-progression session asks for: sets of Reps reps at Load. */
export interface Prescription {
  load: Load;
  reps: number;
  sets?: number;
}

/** Reasons is a set of Reason values. */
export type ProgressionReasons = Array<"top-of-range" | "targets-met" | "target-missed" | "effort-cap-exceeded" | "missing-sets" | "no-heavier-load" | "total-above-range" | "total-in-range" | "total-below-range" | "below-range-twice" | "first-set-short" | "stalled-twice" | "no-lighter-load" | "stalled" | "progressing" | "pain-stop" | "technique-held" | "return-after-gap" | "returned" | "dose-held" | "dose-none" | "load-not-prescribed" | "range-inferred" | "cut-rounded" | "far-above-range" | "new-load" | "stalled-after-deload" | "repeated-trouble">;

/** A Protocol is a rest-pause prescription: targets to show the lifter and the stop rules that end the set. */
export interface Protocol {
  /** target reps for the activation set */
  activation?: RepRange;
  /** target effort for the activation set */
  activation_rpe?: RPERange;
  /** target reps per burst */
  burst?: RepRange;
  /** DropOff */
  drop_off_percent?: number;
  /** HeavyBelow: an activation set with fewer reps than this means the load is too heavy, and HeavyDropPercent is how much to take off next time (DC: under 6 reps, drop about 10%). See Protocol.TooHeavy. */
  heavy_below?: number;
  heavy_drop_percent?: number;
  /** MatchActivation */
  match_activation?: boolean;
  /** Stop rules, each turned on by a non-zero value; see the built-in policy named beside each, which shares the field's stem. TechniqueGuard is always on, and pain or nerve symptoms always end the set. */
  max_bursts?: number;
  /** MinBurstReps */
  min_burst_reps?: number;
  /** MyoRep */
  myo_rep?: boolean;
  /** short name stored in each Record, such as "myo-reps"; may be empty */
  name: string;
  /** rest before each burst */
  rest?: Rest;
  /** RIRFloor; JSON text, such as "1" */
  rir_floor?: RIR;
  /** where the numbers come from */
  source?: string;
  /** TotalReps */
  stop_at_total_reps?: number;
  /** TimeCap; JSON seconds (seconds) */
  time_cap?: number;
  /** TotalRepRange is the range the whole set's reps should land in, used for progression (DC's 11-15) and shown to the lifter; it does not stop the set. For a stop at a total, use StopAtTotalReps. */
  total_rep_range?: RepRange;
}

/** Reps in reserve, 0 (failure) to 10. */
export type RIR = number;

/** An RPE target such as "rpe 8-9" or "rpe 10"; empty when none is prescribed. Pattern: ^(|rpe (10|[1-9](\.5)?)(-(10|[1-9](\.5)?))?)$ */
export type RPERange = string;

/** A Readiness is today's intensifier dose and why it is not full. */
export interface Readiness {
  /** Conditions holds the screened conditions behind ReasonScreened. */
  conditions: Conditions;
  /** Dose is today's dose. */
  dose: Dose;
  /** Reasons holds every reason the dose is below DoseFull. */
  reasons: FatigueReasons;
}

/** A Reason is why a Recommendation or Stall says what it says. */
export type Reason = "unknown" | "top-of-range" | "targets-met" | "target-missed" | "effort-cap-exceeded" | "missing-sets" | "no-heavier-load" | "total-above-range" | "total-in-range" | "total-below-range" | "below-range-twice" | "first-set-short" | "stalled-twice" | "no-lighter-load" | "stalled" | "progressing" | "pain-stop" | "technique-held" | "return-after-gap" | "returned" | "dose-held" | "dose-none" | "load-not-prescribed" | "range-inferred" | "cut-rounded" | "far-above-range" | "new-load" | "stalled-after-deload" | "repeated-trouble";

/** A Recommendation is what to lift next time and why. */
export interface Recommendation {
  action: Action;
  /** the load of the session judged */
  from: Load;
  /** see the table above */
  got: number;
  /** the load for next time; always achievable */
  load: Load;
  /** the rep range (double progression) or total-rep range (sum of reps) */
  range: RepRange;
  reason: Reason;
  /** double progression: target reps in each set next time (0 for sum of reps) */
  reps?: number;
  /** the 1-based set that decided, or 0 */
  set?: number;
  /** double progression: working sets next time (0: as many as before) */
  sets?: number;
  /** the unit loads are written in; zero writes kilograms */
  unit?: Unit;
  /** see the table above */
  want: number;
}

/** A Record is one rest-pause set as it happened: one parent set made of an activation set and the bursts after it, with the same exercise and load, and why it ended. */
export interface Record {
  /** the first, hard set; its Rest is zero */
  activation: Burst;
  /** follow-up bursts, in order */
  bursts?: Burst[];
  /** Format: date-time. */
  date: string;
  /** name as shown to the lifter */
  exercise: string;
  /** catalog id, if any */
  exercise_id?: string;
  /** the same load for every entry; its meaning is LoadKind's */
  load: Load;
  /** LoadKind says what Load is: the weight lifted (the zero value, repkit.LoadExternal), body weight plus Load added (repkit.LoadBodyweight; zero is body weight alone), or the help of a machine or band (repkit.LoadAssisted; less is harder). JSON "load_kind", omitted when external, so older records decode unchanged. */
  load_kind?: LoadKind;
  /** Notes are the lifter's tolerance notes in their own words, such as "left elbow ached on the last burst". */
  notes?: string;
  /** name of the protocol followed, if any */
  protocol?: string;
  /** why the set ended */
  stop: Decision;
  /** Tolerance is the set's tolerance as typed data: setup friction, joint discomfort after it, pain. JSON "tolerance", omitted when nothing was recorded. */
  tolerance?: Tolerance;
  /** Unit is the lifter's unit, the one to show Load in (repkit.Load.Display); the zero UnitUnknown shows kilograms. Load is an exact mass whatever Unit says. JSON omits it when unknown. */
  unit?: Unit;
}

/** A RepRange is an inclusive range of reps, such as 8-12 reps a set, 3-5 reps a mini-set or 11-15 total reps in a rest-pause set. */
export interface RepRange {
  /** the most reps, at least Min and at most 1000; 0 in the zero range */
  max: number;
  /** the fewest reps, from 1; 0 in the zero range */
  min: number;
}

/** A Replacement is the rest-pause set that replaces an exercise's straight sets, with the time estimate behind it. */
export interface Replacement {
  /** target reps of the activation set */
  activation: number;
  /** target reps per burst */
  burst_reps: RepRange;
  /** planned bursts after it */
  bursts: number;
  /** the straight sets' total reps */
  replaced: number;
  /** rest before each burst; JSON seconds (seconds) */
  rest: number;
  /** effort target of the activation set, as text */
  rpe: RPERange;
  /** estimated time of the straight sets; JSON seconds (seconds) */
  straight: number;
  /** estimated time of the rest-pause set; JSON seconds (seconds) */
  time: number;
  /** the most reps the plan asks for: Activation plus Bursts times BurstReps.Max */
  total_reps: number;
  /** the exercise's classification */
  verdict: Verdict;
}

/** An Response is what the monitor advises. */
export type Response = "unknown" | "continue" | "watch" | "remove-rest-pause" | "review-program" | "not-enough-data";

/** A Rest is the rest prescribed before each burst, in time, in deep breaths, or both, as the protocol's source states it. */
export interface Rest {
  /** longest rest in time; zero when not given in time (seconds) */
  max?: number;
  max_breaths?: number;
  /** shortest rest in time; zero when not given in time (seconds) */
  min?: number;
  /** MinBreaths and MaxBreaths are the rest in deep breaths; zero when not given in breaths. */
  min_breaths?: number;
}

/** A Review is one week's review: the week, its ledger, the volume jump when rest-pause entered, the five checkpoints in the guide's order, the tolerance trends of the week's rest-pause exercises and the Coach's decisions for them. */
export interface Review {
  items?: Item[];
  /** Jump is what happened to each muscle when rest-pause entered the program (its Entered week may be before this one); zero when the log has no rest-pause set up to this week. */
  jump?: Jump;
  /** this week's work per muscle */
  ledger: WeekTally;
  next?: Next[];
  tolerance?: Trend[];
  unit?: Unit;
  week: Week;
}

/** A Row is one row an import left out or repaired: its lines and why. */
export interface Row {
  end_line?: number;
  line: number;
  message: string;
}

/** A SessionState is everything a Session holds, as plain data an app can store between requests (it marshals to JSON with the Record's own encoding) and give back to Resume. */
export interface SessionState {
  /** Activated reports that the activation set is logged: false means Record.Activation is not logged yet, whatever it holds. */
  activated: boolean;
  /** Record is the set so far; its Stop is Continue until the set ends. */
  record: Record;
  /** Seq is the number of events logged so far (see Event). */
  seq: number;
}

/** A Set is one logged set. */
export interface Set {
  /** for distance sets, verbatim with its unit when the file named one */
  distance?: string;
  /** for timed sets (a plank), as logged; JSON seconds (see Set.MarshalJSON) (seconds) */
  duration?: number;
  effort?: Effort;
  kind: SetKind;
  /** the line of the source file it came from; 0 when not read from a file */
  line?: number;
  load: Load;
  /** NegativeLoad records that the file wrote Load as a negative number, as apps that log assistance below zero do; the readers accept that only for an assisted exercise, and read it as that much help. JSON "negative_load", omitted when false. */
  negative_load?: boolean;
  /** set notes, verbatim */
  notes?: string;
  reps: number;
  /** rest after this set, JSON seconds; zero when not recorded (seconds) */
  rest?: number;
  /** the program's target (Liftosaur), 0 if none */
  target_reps?: number;
}

/** A SetKind says what a logged set was for. */
export type SetKind = "unknown" | "warmup" | "working" | "drop" | "failure" | "restpause";

/** A Shift says what rest-pause did to one muscle's weekly work when it entered the program. */
export type Shift = "unknown" | "replaced" | "added" | "held" | "no-baseline";

/** A Signal names one of the Signals a Decision stopped on. */
export type Signal = "none" | "pain-or-nerve" | "technique-lost" | "target-not-limiting" | "range-shortened" | "momentum" | "discomfort-rising" | "discomfort-high";

/** Signals are what the lifter (or a coach, or a sensor) noticed during one activation set or burst: the guide's reasons to stop a rest-pause set. */
export interface Signals {
  /** Discomfort is joint discomfort from 0 (none) to MaxDiscomfort. It is not pain with nerve symptoms; that is PainOrNerve. */
  discomfort?: number;
  /** DiscomfortRising: joint discomfort is climbing. TechniqueGuard also treats a Discomfort higher than the entry before as rising, and a Discomfort of HighDiscomfort or more as too high to go on. */
  discomfort_rising?: boolean;
  /** Momentum: swinging, bouncing or cheating moved the load. */
  momentum?: boolean;
  /** PainOrNerve: sharp pain, numbness, tingling, weakness or other nerve symptoms. This always ends the set, whatever the stop policy says. */
  pain_or_nerve?: boolean;
  /** RangeShortened: the range of motion got shorter than the first reps. */
  range_shortened?: boolean;
  /** TargetNotLimiting: something other than the target muscle limits the set, such as traps or swinging taking over a lateral raise. */
  target_not_limiting?: boolean;
  /** TechniqueLost: the movement is no longer recognisable as the exercise. */
  technique_lost?: boolean;
}

/** Signs is a set of Sign values; the zero Signs is empty. */
export type Signs = Array<"dip" | "drop" | "soreness" | "joints" | "motivation">;

/** Skill is how much technique the exercise demands: how hard it is to perform well, and to judge a rep as good, once fatigue slows it down. */
export type Skill = "unknown" | "low" | "moderate" | "high";

/** A Slot is an exercise's place in a session. */
export type Slot = "unknown" | "main" | "accessory";

/** SpinalLoad is how much the exercise compresses or shears the spine under load (axial loading). */
export type SpinalLoad = "unknown" | "none" | "light" | "heavy";

/** Stability is what holds the body and the load on their path. */
export type Stability = "unknown" | "guided" | "supported" | "self-stabilised" | "unstable";

/** Start names the set a Session runs: when, which exercise, and the load used for every entry, with the lifter's unit to show it in (the zero UnitUnknown shows kilograms) and what it means (LoadKind, the zero value external; see Record.LoadKind). */
export interface Start {
  /** when the set starts; RFC 3339 in JSON Format: date-time. */
  date: string;
  /** name as shown to the lifter */
  exercise: string;
  /** catalog id, if any */
  exercise_id?: string;
  /** the load of every entry, as text such as "60kg" */
  load: Load;
  /** what Load means; omitted when external */
  load_kind?: LoadKind;
  /** the lifter's unit; omitted when unknown */
  unit?: Unit;
}

/** A Status is how a checkpoint stands this week. */
export type Status = "unknown" | "ok" | "attention" | "no-data";

/** A Step is what comes next in a Session: the activation set with its targets, a rest and then a burst with its targets, or the end and why. */
export interface Step {
  /** StepBurst: the number of the burst to do, from 1 */
  burst?: number;
  /** StepDone: why the set ended */
  decision?: Decision;
  kind: StepKind;
  /** StepActivation, StepBurst: target reps */
  reps?: RepRange;
  /** StepBurst: the rest to take first */
  rest?: Rest;
  /** StepActivation: target effort */
  rpe?: RPERange;
}

/** A StepKind says what a Session expects next. */
export type StepKind = "none" | "activation" | "burst" | "done";

/** A StopReason says why a rest-pause set ended. */
export type StopReason = "continue" | "pain" | "technique" | "min-reps" | "drop-off" | "max-bursts" | "total-reps" | "myo-rep" | "match-activation" | "time-cap" | "rir-floor" | "lifter" | "custom" | "burst-limit";

/** StopSafety is how safely a set can end on a rep that does not come up. */
export type StopSafety = "unknown" | "easy" | "careful" | "hard";

/** StraightSets is a straight-set prescription: Sets sets of Reps reps with Rest between sets. */
export interface StraightSets {
  /** reps a set */
  reps: number;
  /** rest between sets; JSON seconds (seconds) */
  rest: number;
  /** number of sets */
  sets: number;
}

/** A Tally is the work of one week, on one muscle or in all, counted by the rule of Count: straight sets and rest-pause sets side by side, never converted into one another. */
export interface Tally {
  /** reps of their activation sets */
  activation_reps: number;
  /** reps of their bursts */
  burst_reps: number;
  /** follow-up bursts of those sets */
  bursts: number;
  /** straight sets with 5 or more reps in reserve recorded: in reps and volume, not in StraightSets */
  easy_sets?: number;
  /** rest-pause sets, each one parent set: its activation set */
  rest_pause_sets: number;
  /** reps of all straight sets, hard and easy */
  straight_reps: number;
  /** hard straight sets */
  straight_sets: number;
  /** sets not in Volume: body-weight and assisted loads, whose mass moved is not logged */
  unweighed?: number;
  /** Volume is the volume load, load times reps, of the sets with an external load; see Unweighed. It saturates at repkit.MaxLoad rather than wrap. */
  volume: Load;
}

/** Tolerance is how the lifter tolerated a rest-pause set as a whole, as typed data an app can trend over weeks (the review package does), beside the free-text Record.Notes. */
export interface Tolerance {
  /** Joint names the joint, in the lifter's words, such as "left elbow". */
  joint?: string;
  /** JointDiscomfort is joint discomfort after the set, from 0 (none) to MaxDiscomfort, on the scale of Signals.Discomfort. */
  joint_discomfort?: number;
  /** Pain is pain during or after the set that was not the target muscle working; pain with nerve symptoms during a burst is Signals.PainOrNerve. */
  pain?: boolean;
  /** SetupFriction is how hard the setup was to get right and repeat, from 0 (none) to MaxDiscomfort: seat and pad positions, pins, handles, a bench to fetch, a position that could not be held the same way each burst. */
  setup_friction?: number;
}

/** A ToleranceWeek is how one exercise was tolerated in one week, from its rest-pause records' typed signals (restpause.Record.Worst, restpause.Tolerance). */
export interface ToleranceWeek {
  /** worst joint discomfort, 0 to 10 */
  discomfort?: number;
  /** records with pain or nerve symptoms */
  pain?: number;
  /** rest-pause sets of the exercise that week */
  records: number;
  /** records in which discomfort rose */
  rising?: number;
  /** worst setup friction, 0 to 10 */
  setup_friction?: number;
  /** records whose activation set already showed a technique signal */
  technique?: number;
  /** Trouble reports that a record of the week had pain, joint discomfort or setup friction at TroubleLevel or more, or discomfort that rose during the set to RisingLevel or more. */
  trouble?: boolean;
  week: Week;
}

/** A TrainingLog is what the trend monitor reads: main-lift e1RMs and session notes, in any order, with any days missing. */
export interface TrainingLog {
  /** main-lift e1RMs */
  measures?: Measure[];
  /** session notes */
  notes?: Note[];
}

/** A Trend is one exercise's tolerance over the weeks it was done with rest-pause, and whether repeated trouble says to switch. */
export interface Trend {
  alternatives?: Exercise[];
  /** DiscomfortChange and FrictionChange are the last week's worst level less the first's over the last TroubleWindow weeks: positive is worse. */
  discomfort_change?: number;
  exercise: string;
  exercise_id?: string;
  friction_change?: number;
  /** Switch reports trouble in TroubleWeeks of the last TroubleWindow weeks, and Alternatives the catalog exercises to switch to (see Alternatives). Trend.Trouble hands it to the progression Coach, which then decides the change of exercise. */
  switch?: boolean;
  /** in date order, weeks with a record only */
  weeks: ToleranceWeek[];
}

/** A Trouble is what a tolerance trend says about an exercise for the Coach: in how many of the last Window weeks it caused trouble, and whether that is enough to switch. */
export interface Trouble {
  /** the trend says to switch; needs Weeks >= 1 */
  switch?: boolean;
  /** weeks with trouble, 0 to Window */
  weeks?: number;
  /** the weeks looked at, 0 to 52 */
  window?: number;
}

/** A Unit is a unit of mass that loads are written in. */
export type Unit = "unknown" | "kg" | "lb" | "g";

/** Verdict is how well an exercise suits rest-pause training. */
export type Verdict = "unknown" | "suitable" | "caution" | "unsuitable";

/** A Week is one week of a Weeks rule: the midnight it starts at, in the zone that read its dates, and for ISO weeks its ISO year and number (zero otherwise). */
export interface Week {
  /** 1 to 53 for an ISO week; 0 otherwise */
  iso_week?: number;
  /** the ISO year, which may differ from Start's year near New Year */
  iso_year?: number;
  /** Format: date-time. */
  start: string;
}

/** A WeekTally is one week of a Ledger. */
export interface WeekTally {
  /** All is every set of the week, each once, whatever its muscles; the sets of exercises the ledger could not resolve are here and in no muscle. */
  all: Tally;
  /** the muscles trained, in Muscle order */
  muscles?: MuscleTally[];
  week: Week;
}

/** A Work is one logged set as the ledger counts it: a straight set, or one whole rest-pause set (its activation set and its bursts, one parent set). */
export interface Work {
  /** the reps of each burst of a rest-pause set, in order */
  bursts?: number[];
  /** Format: date-time. */
  date: string;
  /** a straight set's effort, or the activation set's; zero when not recorded */
  effort?: Effort;
  /** name as logged or shown */
  exercise: string;
  /** catalog id, if known */
  exercise_id?: string;
  /** its meaning is LoadKind's */
  load: Load;
  /** external (the zero value), body weight plus Load, or assistance */
  load_kind?: LoadKind;
  /** a straight set's reps, or a rest-pause set's activation reps */
  reps: number;
  /** a rest-pause set: Reps is its activation set, Bursts its follow-ups */
  rest_pause?: boolean;
}

/** A WorkSet is one working set: the reps completed and the effort, if recorded. */
export interface WorkSet {
  effort?: Effort;
  reps: number;
}

/** A Workout is one training session. */
export interface Workout {
  /** the length the app reported, JSON seconds (see Workout.MarshalJSON); zero when not reported (seconds) */
  duration?: number;
  /** when it ended; zero when the app did not say Format: date-time. */
  end?: string;
  /** in the order performed */
  exercises?: ExerciseLog[];
  /** the app's workout title, verbatim */
  name?: string;
  /** workout notes or description, verbatim */
  notes?: string;
  /** when it began, as the app recorded it (see Options.Location) Format: date-time. */
  start: string;
}

/** Each wire type by its schema name, as wire.Schema names it. */
export interface WireTypes {
  advice: Advice;
  assessment: Assessment;
  audit_report: AuditReport;
  check_in: CheckIn;
  coach: Coach;
  event: Event;
  exercise: Exercise;
  gym: Gym;
  history: History;
  import: Import;
  import_options: ImportOptions;
  ledger: Ledger;
  lift: Lift;
  lifter: Lifter;
  next_time: NextTime;
  outing: Outing;
  plan: Plan;
  protocol: Protocol;
  readiness: Readiness;
  recommendation: Recommendation;
  record: Record;
  review: Review;
  review_log: Log;
  session_state: SessionState;
  start: Start;
  step: Step;
  training_log: TrainingLog;
}
