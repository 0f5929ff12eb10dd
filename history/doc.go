// Package history is a training history imported from workout apps: the
// exports of Strong, Hevy, FitNotes and Liftosaur read into one model,
// written back out as JSON or as one documented CSV, with rest-pause sets
// recovered where the log shows them and app exercise names mapped to a
// catalog.
//
// # The model
//
// A [History] holds [Workout] values, each with [ExerciseLog] entries (the
// app's exercise name kept verbatim) and their [Set] values: an exact
// [repkit.Load], reps, an optional [repkit.Effort] (the zero Effort means
// not recorded, never failure), a [SetKind] (warm-up, working, drop,
// failure, rest-pause burst), and the rest after the set when the app
// recorded one. Each ExerciseLog says what its loads mean, a
// [repkit.LoadKind]: the weight lifted, body weight plus the load added
// (push-ups, weighted dips: zero is body weight alone), or the help of an
// assisted machine or a band (less is harder). The readers set it from
// the exercise's name through [Options.Catalog] (the built-in catalog by
// default), and [TopSet] picks a log's top set by it: for assisted work,
// the set with the least help.
//
// # Reading exports
//
// [Import] reads a whole file; [NewReader] and [Reader.Next] stream it a
// [Row] at a time. Both detect the [Format] from the header, the delimiter
// (comma or semicolon) and a byte order mark. Files that carry no weight
// unit (Strong's plain "Weight" column, FitNotes' plain "Weight") need
// [Options.Unit]; without it they are an error wrapping [ErrUnitRequired],
// because kilograms and pounds are never guessed; its message asks the app's
// user to choose kg or lb, and the app passes the answer in Options.Unit.
// The History's Unit is the lifter's display unit, which Import takes from
// the file: its header's unit, the one unit its rows agree on, or, for a
// log that moved from kg to lb part-way, the latest row's (the rule is at
// [History]); each [Row] says the unit its weight was written in. A
// malformed row is a [*RowError] naming its line, holding a [*FieldError]
// that names the column and the cell and says what to write instead;
// [Options.Lenient] skips such rows and reports them while keeping every
// row around them. The rows Import returns as skipped account for every
// row the History lacks (blank lines aside), with line and reason, so an
// app can show them.
//
// Every reader is bounded: lines of at most [MaxLineBytes], headers of at
// most [MaxFields] fields, at most [MaxSkipped] skipped rows; past a limit
// is an error wrapping [ErrLimit], and memory stays proportional to the
// rows kept, not to the garbage read. Error messages quote at most a short
// prefix of a cell. Line ends may be LF, CRLF or CR alone.
//
// Formats read (header variants are listed beside each reader):
//   - Strong: the comma export with Duration and RPE, the older one with
//     Notes and Workout Notes, the semicolon export with Weight Unit and
//     Distance Unit, and the newer one with "Weight (kg)"; Set Order W, D, F
//     and "Rest Timer" rows; dates in the 24-hour or the 12-hour clock,
//     "PM" or "pm", with a space, a no-break space or iOS's narrow
//     no-break space before it.
//   - Hevy: weight_kg or weight_lbs; set_type normal, warmup, dropset,
//     failure; dates like "13 Mar 2026, 15:22" (or "14 Sept 2025, 6:30
//     pm"); supersets; the literal \n it writes in notes read as a line
//     break.
//   - FitNotes: Android ("Weight (kgs)", "Weight (lbs)", or "Weight" with
//     "Weight Unit") and iOS ("Weight (kg)" and "Weight (lbs)"). Sources: the
//     header given in repkit issue 7 and a FitNotes export specification
//     verified against a real Android export (Hypertrophus/LOGBOOK). Every
//     row of one name on one day is one exercise (circuits and supersets
//     alternate rows), and a row whose name or comment holds commas the
//     app did not quote is read from its fixed columns, with a warning.
//   - Liftosaur: its 20-column history export (History_exportAsCSV in
//     github.com/astashov/liftosaur, src/models/history.ts) and the older
//     15-column form, with dates as toISOString writes them or as
//     "2025-11-02 18:30:00 +00:00", mixed in one file.
//
// A decimal comma is read in a semicolon export, and in a comma export
// where a quoted cell has one or two decimals ("82,5"); RPE "8,5" too.
//   - repkit: the CSV [WriteCSV] writes.
//
// # Rest-pause sets and exercise names
//
// [Recover] finds the rest-pause sets a log holds as separate sets and
// returns each as a [Recovered]: a restpause.Record and, per burst, the
// [Evidence] for it, which [Recovered.Explain] puts in a sentence. A set
// marked as a burst, or a drop set at the same load (Hevy), is enough; a
// short rest timer or a rest-pause note counts only for bursts with fewer
// reps than the activation set, so equal-rep straight sets are never read
// as rest-pause, and sets at different loads are never joined.
//
// [Lifts] gathers a history's exercises as progression.Coach reads them:
// per workout, the working sets at the hardest load (the least help for
// assisted work) and the recovered rest-pause set as one record, so an
// app asks the Coach for next time with no glue of its own.
//
// [MapName] and [MapNames] map app names to a [Catalog] by the candidates
// [NameCandidates] lists, and refuse a catalog entry whose equipment
// differs from the name's "(Equipment)" qualifier; a name not found keeps
// its text with status [Unclassified]. Every [Mapping] carries the load
// kind the name and its match give ("Pull Up (Band)": the body-weight
// pull-up, assisted by the band), and says whether the name is the
// catalog's own ([MatchExact]), one of its aliases ([MatchAlias]), a
// rewriting of the app's style ([MatchRewritten]: Strong's "Lateral Raise
// (Cable)", Liftosaur's "Triceps Extension, Cable", FitNotes' "Lateral
// Dumbbell Raise") or the lifter's own ([MatchUser]). A lifter's own
// names, such as one gym's machines, go in an [AliasTable] beside the
// catalog, which the readers take as [Options.Catalog]. For a name that
// finds nothing, [Suggest] offers the closest catalog entries, by a
// documented word measure.
//
// # What an import leaves out
//
// [History.Skipped] lists every row the History lacks, with its line and
// why, and [History.Warnings] the rows it holds only after a repair (a
// FitNotes name with unquoted commas), so an app can tell the lifter.
//
// # Writing
//
// [WriteJSON] and [ReadJSON], and [WriteCSV] with [Import], round-trip
// without loss. Readers and writers share one rule, [History.Validate]:
// what a reader refuses (a time RFC 3339 cannot carry exactly, such as a
// +24:00 offset or one with seconds; a year outside 0000-9999; a negative
// duration; text that is not UTF-8; reps past [MaxReps]) a writer refuses
// too, so nothing is written that cannot be read back.
//
// The JSON is repkit's wire format: snake_case keys, set kinds, formats
// and load kinds by name, loads as text ("102.5kg"), efforts as "rpe 8",
// times in RFC 3339 and durations as JSON numbers of seconds (a set's
// "rest":90). Files written when durations were integer nanoseconds cannot
// be told apart by type, so [ReadJSON] refuses a workout of more than 7
// days and a set duration or rest of more than a day with an error saying
// durations are seconds (and [WriteJSON] refuses to write them), rather
// than read 90 s of rest as centuries. [Mapping], [Suggestion], [Lift] and
// [Recovered] have the same form, for apps that store or send them.
//
// Everything in this package is a plain value or a function of its
// arguments: no package state, no clocks, no I/O beyond the readers and
// writers passed in. A [Reader] is not safe for concurrent use; everything
// else is.
package history
