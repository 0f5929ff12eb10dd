package exercise

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
)

// An EntryError locates a problem in a decoded file: the entry's index in
// the array (-1 for the document as a whole) and its id when known. It
// carries no field of its own: when one field of the entry is at fault, Err
// is a [*FieldError] naming the field, the value, the sentinel and a hint;
// otherwise (JSON that does not parse, an entry that is not an object) Err
// wraps [repkit.ErrSyntax] and says what was found. [DecodeFreeExerciseDB]
// returns it both as a fatal error and, for unknown names, as a warning.
// [errors.As] reaches the *FieldError and [errors.Is] the sentinel.
type EntryError struct {
	Index int    // position in the JSON array, from 0; -1 for the whole document
	ID    string // the entry's id, if it was read
	Err   error  // a *FieldError, or an error wrapping repkit.ErrSyntax
}

// Error returns the message: the position, then the field, the value, the
// sentinel and the hint, such as
// `exercise: free-exercise-db entry 0 (id "a"): equipment "trampoline": unknown name; ...`.
func (e *EntryError) Error() string {
	b := make([]byte, 0, 96)
	b = append(b, "exercise: free-exercise-db "...)
	if e.Index < 0 {
		b = append(b, "document"...)
	} else {
		b = append(b, "entry "...)
		b = strconv.AppendInt(b, int64(e.Index), 10)
		if e.ID != "" {
			b = append(b, " (id "...)
			b = strconv.AppendQuote(b, e.ID)
			b = append(b, ')')
		}
	}
	b = append(b, ": "...)
	return string(fielderr.AppendInner(b, "exercise: ", e.Err))
}

// Unwrap returns Err, for [errors.Is] and [errors.As].
func (e *EntryError) Unwrap() error { return e.Err }

// DecodeFreeExerciseDB reads the JSON array format of the public
// free-exercise-db (github.com/yuhonas/free-exercise-db, public domain):
// objects with id, name, force, level, mechanic, equipment,
// primaryMuscles, secondaryMuscles, instructions, category and images, of
// which force, mechanic and equipment may be null. It returns one
// [Exercise] per entry, in input order, with traits inferred by the rules
// below, and warnings for values it does not know. A leading UTF-8 byte
// order mark is skipped.
//
// Errors. Input that is not a JSON array of objects, a field of the wrong
// JSON type, text that is not UTF-8 (a bad byte or a lone surrogate escape
// such as \ud800, which would otherwise become U+FFFD and make two ids
// one), a missing or empty id or name, a repeated id, or data after
// the array stops decoding with an [*EntryError] naming the entry (index
// and id) and, in a [*FieldError], the field, wrapping [repkit.ErrSyntax],
// [repkit.ErrEmpty] or [ErrDuplicate]; no exercises are returned with it. A value outside the
// format's vocabulary (equipment "trampoline", level "elite", muscle
// "rotator cuff", ...) is not fatal and not dropped silently: it is
// returned as a warning, an [*EntryError] wrapping [repkit.ErrUnknownName], and
// the field is treated as null. Unknown object keys are ignored, so newer
// versions of the format still decode.
//
// Fields. id and name are copied. category and equipment map to
// [Category] and [Equipment] by name ("body only" is [Bodyweight],
// "kettlebells" [Kettlebell], "e-z curl bar" [EZBar], "exercise ball"
// [StabilityBall], "foam roll" [FoamRoller]); a null equipment stays
// [EquipmentUnknown] and is judged as body only. primaryMuscles map to
// [Muscles] ("lower back" is [LowerBack]). mechanic maps to [Mechanics];
// null is taken as [Compound], the more cautious value. force,
// secondaryMuscles, instructions and images are checked for type but not
// used. LoadKind is [repkit.LoadBodyweight] for "body only" and null
// equipment, then a word of the name decides as [LoggedLoadKind] says
// ("Band Assisted Pull-Up" is [repkit.LoadAssisted], "Weighted Pull Ups"
// body weight plus the load); otherwise it is [repkit.LoadExternal].
//
// Inference rules. The traits [Classify] reads come from the category, the
// equipment, the mechanics, the level and patterns in the name (matched as
// whole lower-case words after punctuation is removed, so "Push-Ups" is
// "push ups"). The rules, in the order they apply:
//
//  1. Name mentions Smith: equipment [SmithMachine].
//  2. Not resistance: category stretching or cardio, or a name ending in
//     "SMR" (foam rolling), leaves only [ReasonNotResistance] to decide;
//     the traits are set to their mildest values except cardio's
//     [Conditioning] limiter.
//  3. Ballistic: category plyometrics; category olympic weightlifting
//     unless the name is a deadlift, squat, shrug or stiff-legged pull;
//     or a name with jump, hop, bound, skip, sprint, throw, toss, slam,
//     swing, snatch, clean (not "clean grip"), jerk, push press, high pull,
//     thruster, kipping, plyo, speed squats, jammer, burpee or battling
//     ropes.
//  4. Skill: low for sled pushes and drags (walking against a load takes
//     little technique); moderate for loaded carries (farmer's walk, yoke,
//     rickshaw: a pick-up and a walk, as the catalog rates Farmer's Walk).
//     Otherwise high for olympic weightlifting and strongman, and for names
//     with a barbell-style squat (free weight, not goblet, dumbbell,
//     bodyweight or machine), deadlift, good morning, snatch, clean, jerk,
//     windmill, Turkish get-up, muscle up, handstand, pistol, renegade,
//     bent press, one-arm chin-up or single-arm push-up. Otherwise
//     moderate for a compound movement with free weights (barbell,
//     dumbbell, kettlebell, EZ bar, medicine ball, other), for pull-ups,
//     chin-ups, dips and hanging raises, for lunges, split squats and
//     step-ups not on a machine, and for any entry the data rates
//     "expert". Otherwise low. (The data's level is used only to raise the
//     skill: it rates barbell squats "beginner".)
//  5. Stability: unstable for an exercise ball or BOSU, a balance board,
//     suspension straps or rings, and a single-leg or one-leg stance on a
//     free weight or body weight (not seated, lying, bridging, or on a
//     machine or cable). Otherwise guided for machines and Smith machines.
//     Otherwise supported for cables and bands (self-stabilised when a
//     compound cable movement is standing, a hinge or a rotation), and for
//     free weights and body weight when the name puts the body on a bench,
//     seat, pad or the floor (bench, seated, lying, incline, decline,
//     prone, supine, preacher, kneeling, floor, spider, concentration,
//     crunch, sit-up, bridge, hip thrust) and the movement is not a squat,
//     hinge, lunge or step-up, and for body-weight work whose only primary
//     muscle is the abdominals. Otherwise self-stabilised.
//  6. Limiter, the first that applies: conditioning for sled pushes and
//     drags (legs and lungs give out, not one muscle); bracing for loaded
//     carries (grip or the trunk ends a carry; the limiter holds one value
//     and bracing is the one that rules a carry out, grip alone being a
//     caution) and for Pallof presses held against the cable (an
//     anti-rotation bracing drill: the brace is what fails; "with
//     rotation" variants turn the trunk and fall through); then bracing for olympic weightlifting
//     and strongman, free-weight squats and overhead squats (not goblet,
//     dumbbell or bodyweight), deadlifts (not on a lever machine), good
//     mornings, Romanian, stiff-legged and rack pulls, bent-over and
//     long-bar rows, and any other two-handed barbell, EZ-bar, dumbbell or
//     kettlebell row with nothing under the chest (not chest-supported,
//     one-arm, seated, kneeling, upright or renegade: the lifter holds a
//     hip hinge), standing barbell overhead presses, carries, drags and
//     zercher or Jefferson lifts; balance for unstable exercises, lunges, split
//     squats, step-ups, windmills and Turkish get-ups; conditioning for
//     cardio, sprints, skips, shuffles, mountain climbers, battling ropes,
//     sled pushes and burpees; grip for hanging exercises, pull-ups,
//     chin-ups, muscle-ups, rope climbs and shrugs; otherwise the target
//     muscle.
//  7. Stop safety: easy for sled pushes, drags and carries (the sled stays
//     put; the handles are set down at the lifter's side). Otherwise hard
//     for olympic weightlifting and strongman, and for a
//     barbell on the back, in the front rack or overhead (free-weight
//     squats, lunges, split squats, step-ups, good mornings, standing
//     overhead presses) or over the chest (barbell bench presses, not
//     floor, pin or board presses). Careful for free-weight presses,
//     flyes, lying, overhead and seated triceps presses and extensions,
//     free-weight neck work (a plate on the head), for barbell hip
//     thrusts and bridges, for box jumps, and for other free-weight
//     barbell compounds except hinges, rows, shrugs, curls, rollouts and
//     landmine work (so a Romanian or trap-bar deadlift is an easy stop:
//     the bar is set down; its bracing limiter and spinal load still
//     rule it out). Otherwise easy.
//  8. Spinal load: heavy for the bracing-limited barbell, Smith machine
//     and strongman movements of rule 6 and for standing barbell shrugs;
//     light for other standing loaded movements and for hack squats and
//     standing calf machines; otherwise none.
//  9. Form drift: high for ballistic movements, the rows held in a hinge
//     of rule 6, deadlifts and good mornings (not Romanian or stiff-legged),
//     standing barbell overhead presses, and anything "cheat" or
//     "kipping"; moderate for Romanian and stiff-legged deadlifts, push-ups,
//     dips, pull-ups, chin-ups, inverted rows, one-arm rows, seated cable
//     rows, upright rows, free-weight squats and lunges, hanging raises,
//     rollouts, hyperextensions, planks, bridges, Russian twists and
//     hip thrusts; otherwise low.
//
// The rules were checked against a hand-judged sample of the real file
// (see the package tests); where a name says too little, they err toward
// the more cautious verdict.
func DecodeFreeExerciseDB(r io.Reader) ([]Exercise, []*EntryError, error) {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3) // a byte order mark, which editors on Windows add
	}
	dec := json.NewDecoder(br)
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, docError(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, nil, &EntryError{Index: -1, Err: fmt.Errorf("%w: want a JSON array of exercises, as free-exercise-db's exercises.json holds", repkit.ErrSyntax)}
	}
	var (
		out      []Exercise
		warnings []*EntryError
		seen     = make(map[string]int)
	)
	for i := 0; dec.More(); i++ {
		var raw map[string]json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, &EntryError{Index: i, Err: malformed(err)}
		}
		if raw == nil {
			return nil, nil, &EntryError{Index: i, Err: fmt.Errorf("%w: entry is null, want an object with an id and a name", repkit.ErrSyntax)}
		}
		ex, warns, err := decodeEntry(i, raw)
		if err != nil {
			return nil, nil, err
		}
		if first, dup := seen[ex.ID]; dup {
			return nil, nil, &EntryError{Index: i, ID: ex.ID, Err: &FieldError{Field: "id", Value: ex.ID,
				Err: ErrDuplicate, Hint: "entry " + strconv.Itoa(first) + " has the same id; give each entry its own"}}
		}
		seen[ex.ID] = i
		out = append(out, ex)
		warnings = append(warnings, warns...)
	}
	if _, err := dec.Token(); err != nil { // the closing ']'
		return nil, nil, docError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, &EntryError{Index: -1, Err: fmt.Errorf("%w: data after the array; the file holds one JSON array", repkit.ErrSyntax)}
	}
	return out, warnings, nil
}

// docError reports an error reading the array itself; malformed turns a
// bare EOF into io.ErrUnexpectedEOF.
func docError(err error) error {
	return &EntryError{Index: -1, Err: malformed(err)}
}

func malformed(err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%w: %w", repkit.ErrSyntax, err)
}

// fdbEntry is one entry's fields as read, before inference.
type fdbEntry struct {
	id, name, level, mechanic, equipment, category, force string
	muscles                                               []string
}

func decodeEntry(i int, raw map[string]json.RawMessage) (Exercise, []*EntryError, error) {
	var e fdbEntry
	fail := func(fe *FieldError) (Exercise, []*EntryError, error) {
		return Exercise{}, nil, &EntryError{Index: i, ID: e.id, Err: fe}
	}
	str := func(field string, dst *string, required bool) *FieldError {
		v, ok := raw[field]
		if !ok || string(v) == "null" {
			if required {
				return &FieldError{Field: field, Err: repkit.ErrEmpty, Hint: "every entry needs a non-empty " + field}
			}
			return nil
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return &FieldError{Field: field, Value: rawText(v), Err: repkit.ErrSyntax,
				Hint: "want a string, got " + jsonKind(v)}
		}
		if lossy(v, *dst) {
			return &FieldError{Field: field, Value: rawText(v), Err: repkit.ErrSyntax,
				Hint: "the text is not valid UTF-8 (a bad byte or a lone surrogate escape); save the file as UTF-8"}
		}
		if required && strings.TrimSpace(*dst) == "" {
			return &FieldError{Field: field, Value: *dst, Err: repkit.ErrEmpty, Hint: "every entry needs a non-empty " + field}
		}
		return nil
	}
	for _, f := range [...]struct {
		name     string
		dst      *string
		required bool
	}{
		{"id", &e.id, true}, {"name", &e.name, true}, {"force", &e.force, false},
		{"level", &e.level, false}, {"mechanic", &e.mechanic, false},
		{"equipment", &e.equipment, false}, {"category", &e.category, false},
	} {
		if fe := str(f.name, f.dst, f.required); fe != nil {
			return fail(fe)
		}
	}
	for _, field := range [...]string{"primaryMuscles", "secondaryMuscles", "instructions", "images"} {
		v, ok := raw[field]
		if !ok || string(v) == "null" {
			continue
		}
		var list []string
		if err := json.Unmarshal(v, &list); err != nil {
			return fail(&FieldError{Field: field, Value: rawText(v), Err: repkit.ErrSyntax,
				Hint: "want an array of strings, got " + jsonKind(v)})
		}
		if field == "primaryMuscles" {
			e.muscles = list
		}
	}
	ex, warns := e.exercise(i)
	return ex, warns, nil
}

// lossy reports whether decoding raw JSON text replaced something with
// U+FFFD: a byte that is not UTF-8, or a lone surrogate escape such as
// \ud800. A U+FFFD the file wrote, as itself or as \ufffd, is kept as text.
func lossy(raw json.RawMessage, s string) bool {
	if !utf8.Valid(raw) {
		return true
	}
	if !strings.ContainsRune(s, utf8.RuneError) {
		return false
	}
	written := strings.Count(string(raw), "\uFFFD") + strings.Count(strings.ToLower(string(raw)), `\ufffd`)
	return strings.Count(s, "\uFFFD") != written
}

// rawText is a raw JSON value as text for an error, cut to 40 bytes.
func rawText(v json.RawMessage) string {
	s := strings.TrimSpace(string(v))
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return s
}

// jsonKind names the JSON type of a raw value for error messages.
func jsonKind(v json.RawMessage) string {
	s := strings.TrimSpace(string(v))
	if s == "" {
		return "nothing"
	}
	switch s[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

var (
	fdbCategories = map[string]Category{
		"strength": Strength, "powerlifting": Powerlifting, "olympic weightlifting": OlympicWeightlifting,
		"plyometrics": Plyometrics, "strongman": Strongman, "stretching": Stretching, "cardio": Cardio,
	}
	fdbEquipment = map[string]Equipment{
		"machine": Machine, "cable": Cable, "dumbbell": Dumbbell, "barbell": Barbell,
		"e-z curl bar": EZBar, "kettlebells": Kettlebell, "body only": Bodyweight, "bands": Band,
		"medicine ball": MedicineBall, "exercise ball": StabilityBall, "foam roll": FoamRoller,
		"other": OtherEquipment,
	}
	fdbMechanics = map[string]Mechanics{"isolation": Isolation, "compound": Compound}
	fdbLevels    = map[string]bool{"beginner": true, "intermediate": true, "expert": true}
	fdbForces    = map[string]bool{"push": true, "pull": true, "static": true}
	fdbMuscles   = map[string]Muscle{
		"abdominals": Abdominals, "abductors": Abductors, "adductors": Adductors, "biceps": Biceps,
		"calves": Calves, "chest": Chest, "forearms": Forearms, "glutes": Glutes,
		"hamstrings": Hamstrings, "lats": Lats, "lower back": LowerBack, "middle back": MiddleBack,
		"neck": Neck, "quadriceps": Quadriceps, "shoulders": Shoulders, "traps": Traps, "triceps": Triceps,
	}
)

// fdbNames lists the names the format defines for field, sorted and joined
// by commas, for a warning's hint.
func fdbNames(field string) string {
	var names []string
	switch field {
	case "category":
		names = slices.Collect(maps.Keys(fdbCategories))
	case "equipment":
		names = slices.Collect(maps.Keys(fdbEquipment))
	case "mechanic":
		names = slices.Collect(maps.Keys(fdbMechanics))
	case "level":
		names = slices.Collect(maps.Keys(fdbLevels))
	case "force":
		names = slices.Collect(maps.Keys(fdbForces))
	default:
		names = slices.Collect(maps.Keys(fdbMuscles))
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// exercise converts the entry, inferring traits, and returns warnings for
// values outside the format's vocabulary.
func (e fdbEntry) exercise(i int) (Exercise, []*EntryError) {
	var warns []*EntryError
	warn := func(field, value string) {
		warns = append(warns, &EntryError{Index: i, ID: e.id, Err: &FieldError{Field: field, Value: value,
			Err: repkit.ErrUnknownName, Hint: "read as unknown; the format's names are " + fdbNames(field)}})
	}
	ex := Exercise{ID: e.id, Name: e.name}
	if e.category != "" {
		if c, ok := fdbCategories[e.category]; ok {
			ex.Category = c
		} else {
			warn("category", e.category)
		}
	}
	if e.equipment != "" {
		if q, ok := fdbEquipment[e.equipment]; ok {
			ex.Equipment = q
		} else {
			warn("equipment", e.equipment)
		}
	}
	ex.Mechanics = Compound
	if e.mechanic != "" {
		if m, ok := fdbMechanics[e.mechanic]; ok {
			ex.Mechanics = m
		} else {
			warn("mechanic", e.mechanic)
		}
	}
	level := e.level
	if level != "" && !fdbLevels[level] {
		warn("level", level)
		level = ""
	}
	if e.force != "" && !fdbForces[e.force] {
		warn("force", e.force)
	}
	for _, m := range e.muscles {
		if mu, ok := fdbMuscles[m]; ok {
			ex.PrimaryMuscles |= 1 << mu
		} else {
			warn("primaryMuscles", m)
		}
	}
	inferTraits(&ex, normaliseName(e.name), level == "expert")
	if ex.Equipment == Bodyweight || ex.Equipment == EquipmentUnknown {
		ex.LoadKind = bodyweight
	}
	ex.LoadKind = LoggedLoadKind(e.name, ex)
	return ex, warns
}

// normaliseName lower-cases name, turns every run of other characters than
// letters and digits into one space, and pads it with a space at each end,
// so that whole words match as " word ".
func normaliseName(name string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range strings.ToLower(name) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r >= 0x80 {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}
