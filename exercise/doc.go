// Package exercise describes what is lifted: the traits of an exercise that
// decide whether it suits rest-pause training, the classifier that reads
// them, a built-in catalog and a decoder for the free-exercise-db format.
// Loads and units are in the root package: [repkit.Load].
//
// # Exercises and their traits
//
// An [Exercise] is a plain value: an ID, a name, aliases, [Muscles], a
// [Category] and [Equipment], and the traits that decide whether it suits
// rest-pause training, each an enum ordered from best to worst: [Mechanics],
// [Skill], [Stability], [Limiter] (what ends a hard set), [StopSafety],
// [SpinalLoad] and [FormDrift], plus Ballistic, and the [repkit.LoadKind]
// of a logged load (body weight for push-ups, pull-ups, dips and crunches,
// assisted for the assistance machines, external otherwise), which
// [LoggedLoadKind] adjusts for the variant a logged name says ("Pull Up
// (Band)", "Weighted Dip"). Every enum has a
// deliberate zero (Unknown), a String, and text marshalling that accepts
// the lower-case names in any case and rejects others with a [*FieldError]
// wrapping [repkit.ErrUnknownName], so an Exercise round-trips through JSON.
//
// # JSON
//
// [Exercise] and [Assessment] are in repkit's wire format: snake_case keys
// (primary_muscles, stop_safety, spinal_load, form_drift, load_kind),
// enums as their lower-case kebab-case names, and the sets [Muscles] and
// [Reasons] as JSON arrays of names, such as
// {"verdict":"caution","reasons":["moderate-skill","form-drift"]}. Reading
// also accepts what earlier versions wrote: an Exercise's camelCase keys
// (primaryMuscles, stopSafety, ...) and a set as a comma-separated string
// ("moderate-skill,form-drift"). The free-exercise-db decoder reads that
// project's own camelCase format, which is not repkit's wire format.
//
// # Suitability
//
// [Classify] applies the guide's rule: rest-pause suits stable,
// lower-skill exercises where the target muscle, not balance or bracing,
// limits the set, with an easy rerack or stop point, and where technique
// stays recognisable as reps slow. It returns an [Assessment]: a [Verdict]
// ([Suitable], [Caution] or [Unsuitable]) and every [Reason] as a bit in
// [Reasons]. Each reason has a stable code ("bracing-limited"), a sentence a
// lifter understands and advice on what to do instead, usually straight
// sets with normal rest. Classify is deterministic, allocation-free and
// judges the exercise only; the lifter and the session are judged
// elsewhere. Rest-pause is a way to make accessory work denser, not a
// better way to grow: volume-matched rest-pause, drop-set and traditional
// sets gave similar hypertrophy (Enes et al. 2021).
//
// # The built-in catalog
//
// About a hundred common gym exercises, curated by hand, are built in:
// [Lookup] finds one by ID, name or alias, ignoring case and punctuation,
// including the names logging apps use ("Lat Pulldown (Cable)",
// "Bench Press (Barbell)"); [ByID] matches an ID exactly; [Builtin] yields
// them sorted by ID. Every accessor returns copies.
//
// # free-exercise-db
//
// [DecodeFreeExerciseDB] reads the public free-exercise-db JSON format and
// infers each exercise's traits by rules documented one by one in its doc
// comment. Malformed input is an [*EntryError] naming the entry, and in a
// [*FieldError] the field, the value and what to write instead;
// values outside the format's vocabulary come back as warnings. The program
// examples/classify prints a verdict line per exercise of such a file.
//
// All types in this package are values, safe for concurrent use.
package exercise
