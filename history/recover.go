package history

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/restpause"
)

// Evidence is what in a log shows that consecutive sets were one
// rest-pause set. The zero Evidence is [EvidenceUnknown].
type Evidence uint8

// The kinds of evidence [Recover] accepts. Some evidence is direct and
// stands on its own: a set the log marks as a rest-pause burst, or a drop
// set logged at the same load. The rest is circumstantial, and [Recover] accepts it only together with the
// rest-pause shape: a burst at the activation set's load clearly smaller
// than the activation set, at most three quarters of its reps (a small
// burst after a hard set). Equal reps at
// one load are straight sets whatever the rest timer or the notes say.
const (
	EvidenceUnknown      Evidence = iota // none
	EvidenceMarked                       // the log marks the set as a rest-pause burst (KindRestPause)
	EvidenceRestTimer                    // a recorded rest before it no longer than RecoverOptions.MaxRest, with the rest-pause shape after a fresh activation set
	EvidenceSameLoad                     // a drop set logged at the same load as the set before (how Hevy users log rest-pause)
	EvidenceNote                         // the notes of the burst or of the activation set say rest-pause, with the rest-pause shape
	EvidenceExerciseNote                 // the exercise's notes say rest-pause, with the rest-pause shape, for the one set they cover
)

var evidenceNames = []string{
	EvidenceUnknown:      "unknown",
	EvidenceMarked:       "marked",
	EvidenceRestTimer:    "rest-timer",
	EvidenceSameLoad:     "same-load-drop",
	EvidenceNote:         "note",
	EvidenceExerciseNote: "exercise-note",
}

// Describe returns a sentence saying what the evidence is.
func (e Evidence) Describe() string {
	switch e {
	case EvidenceMarked:
		return "the log marks the set as a rest-pause burst"
	case EvidenceRestTimer:
		return "the rest timer before it was short and it fell well short of the first set's reps"
	case EvidenceSameLoad:
		return "it is logged as a drop set at the same load"
	case EvidenceNote:
		return "the set notes say rest-pause and it fell well short of the first set's reps"
	case EvidenceExerciseNote:
		return "the exercise notes say rest-pause and it fell well short of the first set's reps"
	}
	return "no evidence"
}

// DefaultMaxRest is the longest recorded rest [Recover] reads as a
// rest-pause pause when RecoverOptions.MaxRest is zero: 30 s, the top of
// the 15-30 s the guide, Myo-reps and DC training all use.
const DefaultMaxRest = 30 * time.Second

// RecoverOptions tune [Recover]. The zero value uses [DefaultMaxRest].
type RecoverOptions struct {
	// MaxRest is the longest recorded rest between two sets that counts as
	// a rest-pause pause. A longer recorded rest always separates sets,
	// whatever else the log says.
	MaxRest time.Duration

	// Catalog maps each exercise name to its catalog exercise, whose ID
	// the recovered Records carry as ExerciseID, so a set recovered from
	// an export and one an app logged with a Session (which names the
	// catalog ID) are found as one exercise. Nil uses the built-in
	// catalog, as [Options.Catalog] does; a name it does not know leaves
	// ExerciseID empty.
	Catalog Catalog
}

// A Recovered is a rest-pause set reconstructed from an imported log: where
// its sets are, the [restpause.Record] they make, and the evidence for each
// burst.
//
// It is a plain value, safe to read from many goroutines. Its JSON has the
// keys workout, exercise, first, count, record ([restpause.Record]'s own
// JSON) and evidence, an array per burst of [Evidence] names, such as
// [["rest-timer","note"],["marked"]].
type Recovered struct {
	Workout  int `json:"workout"`  // index into History.Workouts
	Exercise int `json:"exercise"` // index into that workout's Exercises
	First    int `json:"first"`    // index of the activation set in the exercise's Sets
	Count    int `json:"count"`    // sets used: the activation set and every burst

	// Record is the rest-pause set: the workout's start as its date, the
	// exercise name verbatim, the load and the exercise's LoadKind (so an
	// assisted set's load reads as its assistance), the activation reps and the bursts
	// with the rests the log recorded (zero where it recorded none).
	// Stop.Reason is restpause.StopLifter, with a note saying it was
	// reconstructed: a log does not say which rule ended the set.
	Record restpause.Record `json:"record"`

	// Evidence holds, for each burst in order, what showed it belongs to
	// the set; a burst may have more than one kind.
	Evidence [][]Evidence `json:"evidence"`
}

// Explain returns a sentence naming the sets and the evidence used for
// each burst, with the rest the log recorded where a short rest is part of
// the evidence. The load is in the record's unit, rounded for display
// ([repkit.Load.Display]): "at 27.5lb" for a pound log, "at 40lb of
// assistance" for an assisted pull-up, "at body weight + 10kg" for a
// weighted dip.
func (r Recovered) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s: sets %d-%d at %s (%s", r.Record.Exercise, r.Record.Date.Format("2006-01-02"),
		r.First+1, r.First+r.Count, r.Record.LoadKind.Describe(r.Record.Load, r.Record.Unit), r.Record.RepsText())
	b.WriteString(" reps) read as one rest-pause set because ")
	for i, ev := range r.Evidence {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "burst %d: ", i+1)
		for j, e := range ev {
			if j > 0 {
				b.WriteString(" and ")
			}
			if e == EvidenceRestTimer && i < len(r.Record.Bursts) {
				fmt.Fprintf(&b, "the rest timer before it was %s and it fell well short of the first set's reps", r.Record.Bursts[i].Rest)
				continue
			}
			b.WriteString(e.Describe())
		}
	}
	return b.String()
}

// RecoverNote is the Decision note on every reconstructed record.
const RecoverNote = "reconstructed from an imported log"

// Recover finds rest-pause sets in h where the log supports them, and
// never where it does not. A rest-pause set is an activation set followed
// by sets of the same exercise at the same load, each with at least one
// kind of [Evidence]:
//
//   - direct: the burst is marked as one ([EvidenceMarked]), or is a drop
//     set at the same load ([EvidenceSameLoad]);
//   - circumstantial, accepted only with the rest-pause shape, a burst of
//     at most three quarters of the activation set's reps (see
//     burstShaped: 15 then 11 is a burst, 15 then 14 is not) after a rest,
//     where one was recorded, of at most MaxRest: a recorded rest before the burst of at most
//     MaxRest ([EvidenceRestTimer]), and then only after a fresh activation
//     set, one that did not itself follow a recorded short rest from a set
//     at the same load (so 15, 15, 12 reps at 30 s rests are short-rest
//     straight sets, not 15+12); a rest-pause note on the burst or on the
//     activation set ([EvidenceNote]); a rest-pause note on the exercise
//     ([EvidenceExerciseNote]).
//
// An exercise note is one statement about the exercise, so it vouches for
// one rest-pause set only: the last run of sets in the exercise with the
// rest-pause shape (rest-pause usually ends an exercise, "last set
// rest-pause"). Earlier sets join only on evidence of their own. A note
// says rest-pause when one of its clauses holds, as whole words in any
// case, "rest-pause", "rest pause", "restpause", "rp", "myo", "myo-reps"
// or "myoreps", and no word that negates it or puts it off: "forgot the
// myo-reps", "no myo-reps on the first set" and "do myo-reps next time"
// are no evidence (the rule, with its word classes and sources, is at
// saysRestPause in recover.go).
//
// Sets at one load with nothing else to show are straight sets and are left
// alone, and so are equal-rep sets whatever the rest timer or notes say;
// so is any set after a recorded rest longer than MaxRest, a warm-up, and a
// set with no reps. Sets at different loads are never joined. Every Record
// returned passes [restpause.Record.Validate]: sets a Record cannot hold
// (more than restpause.RepsLimit reps, a load over restpause.LoadLimit, a
// rest over restpause.DurationLimit) are never joined, and a set ends after
// restpause.BurstsLimit bursts. Each Record carries h's [History.Unit], the
// lifter's unit, when it is one a Record holds. Recover does not modify h.
func Recover(h *History, opts RecoverOptions) []Recovered {
	maxRest := opts.MaxRest
	if maxRest <= 0 {
		maxRest = DefaultMaxRest
	}
	var unit repkit.Unit
	if h.Unit <= repkit.UnitGram { // the named units

		unit = h.Unit
	}
	catalog := opts.Catalog
	if catalog == nil {
		catalog = CatalogFunc(exercise.Lookup)
	}
	ids := catalogIDs{}
	var out []Recovered
	for wi := range h.Workouts {
		w := &h.Workouts[wi]
		for ei := range w.Exercises {
			ex := &w.Exercises[ei]
			noteRun := -1
			if saysRestPause(ex.Notes) {
				noteRun = lastShapeRun(ex.Sets, maxRest)
			}
			sets := ex.Sets
			for i := 0; i < len(sets); {
				if !usable(sets[i]) {
					i++
					continue
				}
				run := runStart{
					first:        sets[i],
					fresh:        freshStart(sets, i, maxRest),
					firstNote:    saysRestPause(sets[i].Notes),
					exerciseNote: i == noteRun,
				}
				var evidence [][]Evidence
				j := i + 1
				for ; j < len(sets) && len(evidence) < restpause.BurstsLimit; j++ {
					ev := burstEvidence(run, sets[j-1], sets[j], maxRest)
					if ev == nil {
						break
					}
					evidence = append(evidence, ev)
				}
				if len(evidence) == 0 {
					i++
					continue
				}
				r := recovered(w, ex, wi, ei, i, j, evidence)
				r.Record.Unit = unit
				r.Record.ExerciseID = ids.of(catalog, ex.Name)
				if r.Record.Validate() != nil { // a date a Record cannot carry
					i++
					continue
				}
				out = append(out, r)
				i = j
			}
		}
	}
	return out
}

// A runStart is what a candidate rest-pause set knows of its activation set.
type runStart struct {
	first        Set
	fresh        bool // see freshStart
	firstNote    bool // the activation set's notes say rest-pause
	exerciseNote bool // the exercise notes say rest-pause and cover this run (see lastShapeRun)
}

// burstEvidence returns the evidence that cur continues the rest-pause set
// begun by run.first, prev being the set just before cur; nil if there is
// none.
func burstEvidence(run runStart, prev, cur Set, maxRest time.Duration) []Evidence {
	if !canJoin(run.first, prev, cur, maxRest) {
		return nil
	}
	shaped := burstShaped(run.first, cur) // a small burst after a hard set
	var ev []Evidence
	if cur.Kind == KindRestPause {
		ev = append(ev, EvidenceMarked)
	}
	if prev.Rest > 0 && shaped && run.fresh {
		ev = append(ev, EvidenceRestTimer)
	}
	if cur.Kind == KindDrop {
		ev = append(ev, EvidenceSameLoad) // canJoin: prev and cur are at the first set's load
	}
	if shaped && (run.firstNote || saysRestPause(cur.Notes)) {
		ev = append(ev, EvidenceNote)
	}
	if shaped && run.exerciseNote {
		ev = append(ev, EvidenceExerciseNote)
	}
	return ev
}

// burstShaped reports whether cur has the size of a rest-pause burst after
// the activation set first: at most three quarters of its reps (4 x burst
// <= 3 x activation), so 15 then 11 is a burst and 15 then 12, or 15 then
// 14, is the next straight set, a little more tired. The rule follows the
// protocols' shapes: Myo-reps' mini-sets of 3-5 reps after an activation
// of 12-20+ (Borge Fagerli, as DESIGN.md section 4 cites), DC training's
// mini-sets that fall well short of the first, and the guide's "small
// number of clean reps" after a short rest.
func burstShaped(first, cur Set) bool {
	return 4*cur.Reps <= 3*first.Reps
}

// usable reports whether s can be part of a rest-pause set at all: not a
// warm-up, some reps, and recordable.
func usable(s Set) bool {
	return s.Kind != KindWarmup && s.Reps > 0 && recordable(s)
}

// canJoin reports whether cur could continue a set begun by first, prev
// being the set before it: the same load, usable, and a recorded rest
// before it (if any) no longer than maxRest.
func canJoin(first, prev, cur Set, maxRest time.Duration) bool {
	return cur.Load == first.Load && usable(cur) && prev.Rest <= maxRest && prev.Rest <= restpause.DurationLimit
}

// freshStart reports whether sets[i] can begin a rest-pause set that a
// short rest timer shows: it does not itself follow a recorded rest of at
// most maxRest after a working set at the same load. Otherwise the lifter
// was doing short-rest straight sets, and a later smaller set is the fatigue
// of those, not a planned burst.
func freshStart(sets []Set, i int, maxRest time.Duration) bool {
	if i == 0 {
		return true
	}
	p := sets[i-1]
	return p.Load != sets[i].Load || p.Kind == KindWarmup || p.Reps == 0 || p.Rest == 0 || p.Rest > maxRest
}

// lastShapeRun returns the index of the activation set of the last run of
// sets with the rest-pause shape (usable sets at one load, each after the
// first with fewer reps than it, no recorded rest over maxRest between
// them), or -1 when there is none. It is the one set an exercise note
// vouches for.
func lastShapeRun(sets []Set, maxRest time.Duration) int {
	last := -1
	for i := 0; i < len(sets); {
		if !usable(sets[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(sets) && j-i <= restpause.BurstsLimit && canJoin(sets[i], sets[j-1], sets[j], maxRest) && burstShaped(sets[i], sets[j]) {
			j++
		}
		if j == i+1 {
			i++
			continue
		}
		last, i = i, j
	}
	return last
}

// catalogIDs remembers the catalog ID of each name Recover has mapped, so
// a history of a few exercises and many workouts maps each name once.
type catalogIDs map[string]string

// of returns the catalog ID name maps to through c, or "" when it maps to
// none.
func (ids catalogIDs) of(c Catalog, name string) string {
	id, seen := ids[name]
	if !seen {
		if m := MapName(c, name); m.Status != Unclassified {
			id = m.Exercise.ID
		}
		ids[name] = id
	}
	return id
}

// recordable reports whether s fits in a [restpause.Record]: reps up to
// restpause.RepsLimit and a load up to restpause.LoadLimit. A set beyond
// them is a typo in the log, not part of a rest-pause set.
func recordable(s Set) bool {
	return s.Reps <= restpause.RepsLimit && s.Load <= restpause.LoadLimit && s.Effort.Validate() == nil
}

func recovered(w *Workout, ex *ExerciseLog, wi, ei, i, j int, evidence [][]Evidence) Recovered {
	sets := ex.Sets
	rec := restpause.Record{
		Date:       w.Start,
		Exercise:   ex.Name,
		Load:       sets[i].Load,
		LoadKind:   ex.LoadKind,
		Activation: restpause.Burst{Reps: sets[i].Reps, Effort: sets[i].Effort},
		Stop:       restpause.Decision{Reason: restpause.StopLifter, Note: RecoverNote},
		Notes:      ex.Notes,
	}
	for k := i + 1; k < j; k++ {
		rec.Bursts = append(rec.Bursts, restpause.Burst{Reps: sets[k].Reps, Rest: sets[k-1].Rest, Effort: sets[k].Effort})
	}
	return Recovered{Workout: wi, Exercise: ei, First: i, Count: j - i, Record: rec, Evidence: evidence}
}

// saysRestPause reports whether a note says the set was rest-pause: some
// clause of it mentions rest-pause (see mentionsRestPause) and holds no
// cue that negates the mention or puts it off. It is the NegEx rule
// (Chapman et al., "A simple algorithm for identifying negated findings
// and diseases in discharge summaries", J Biomed Inform 34, 2001) with
// ConText's hypothetical and future cues (Harkema et al., "ConText: an
// algorithm for determining negation, experiencer, and temporal status
// from clinical reports", J Biomed Inform 42, 2009), applied to word
// classes rather than phrases:
//
//   - a clause ends at . , ; : ! ? or a line break, and at the words
//     "but", "though", "although", "however", "except" and "instead",
//     so "no spotter, rest-pause" still says rest-pause; a clause ending
//     in "?" asks and says nothing;
//   - negation cues: the negative words (no, not, none, never, without,
//     nor, cannot, and any n't: "didn't", "dont"), and the verbs of
//     leaving a thing undone (forgot, skipped, missed, failed, omitted,
//     in any tense);
//   - cues of what has not happened yet: the future and the modal verbs
//     (will, shall, should, must, would, might, may, gonna), the words of
//     plans and reminders (next, tomorrow, later, try, plan, remember,
//     reminder, todo, want, need, maybe, consider).
//
// So "forgot the myo-reps", "no myo-reps on the first set" and "do
// myo-reps next time" are not rest-pause; "myo-reps, 3 mini-sets" is.
// Words match whole and in any case.
func saysRestPause(note string) bool {
	for len(note) > 0 {
		clause := note
		end, question := len(note), false
		for i, r := range note {
			if strings.ContainsRune(".,;:!?\n\r", r) {
				clause, end, question = note[:i], i+utf8.RuneLen(r), r == '?'
				break
			}
		}
		if question { // "rest-pause?" asks; it does not say
			note = note[end:]
			continue
		}
		// Split the clause further at its conjunctions.
		start := 0
		for word, rest := nextWord(clause); word != ""; word, rest = nextWord(rest) {
			if clauseWord(word) {
				at := len(clause) - len(rest) - len(word)
				if clauseSays(clause[start:at]) {
					return true
				}
				start = at + len(word)
			}
		}
		if clauseSays(clause[start:]) {
			return true
		}
		note = note[end:]
	}
	return false
}

// clauseSays reports whether one clause mentions rest-pause with no
// negation or deferral cue.
func clauseSays(clause string) bool {
	if !mentionsRestPause(clause) {
		return false
	}
	prev := ""
	for word, rest := nextWord(clause); word != ""; word, rest = nextWord(rest) {
		if cueWord(word) || (strings.EqualFold(word, "t") && strings.HasSuffix(strings.ToLower(prev), "n")) {
			return false
		}
		prev = word
	}
	return true
}

func clauseWord(w string) bool {
	for _, c := range [...]string{"but", "though", "although", "however", "except", "instead"} {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// cueWord reports whether w negates or defers what its clause says (see
// saysRestPause): a negative word or a contraction with n't written
// without its apostrophe, a verb of leaving a thing undone, a future or
// modal verb, or a word of plans.
func cueWord(w string) bool {
	lw := strings.ToLower(w)
	switch lw {
	case "no", "not", "none", "never", "without", "nor", "cannot", "nope", "neither",
		"dont", "didnt", "doesnt", "cant", "wont", "wasnt", "werent", "isnt", "arent", "couldnt", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt",
		"will", "shall", "should", "must", "would", "might", "may", "gonna", "ll",
		"next", "tomorrow", "later", "try", "plan", "planned", "planning", "remember", "reminder", "todo", "want", "need", "maybe", "consider":
		return true
	}
	switch lw { // leaving a thing undone ("failure" is not among them: "to failure" is how a set ends)
	case "forgot", "forget", "forgotten", "forgetting", "skip", "skipped", "skipping", "miss", "missed", "missing", "fail", "failed", "omit", "omitted":
		return true
	}
	return false
}

// restPauseWords are the single words that say rest-pause in a note;
// "rest pause" and "rest-pause" are matched as a pair of words.
var restPauseWords = [...]string{"rp", "myo", "myoreps", "restpause"}

// mentionsRestPause reports whether a note says rest-pause: one of
// restPauseWords, or "rest" then "pause" joined by one space or hyphen,
// each a whole word (letters and digits of any script), in any case. So
// "Myo-reps" and "RP" count; "myology", "rpé" and "rest, pause" do not.
func mentionsRestPause(note string) bool {
	prevRest := false // the word before was "rest", followed by one space or hyphen
	for word, rest := nextWord(note); word != ""; word, rest = nextWord(rest) {
		for _, w := range restPauseWords {
			if strings.EqualFold(word, w) {
				return true
			}
		}
		if prevRest && strings.EqualFold(word, "pause") {
			return true
		}
		prevRest = strings.EqualFold(word, "rest") && len(rest) > 1 && (rest[0] == ' ' || rest[0] == '-') && isWordRune(rest[1:])
	}
	return false
}

// nextWord returns the first word of s (a run of letters and digits) and
// what follows it.
func nextWord(s string) (word, rest string) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			return s[start:i], s[i:]
		}
	}
	if start >= 0 {
		return s[start:], ""
	}
	return "", ""
}

// isWordRune reports whether s begins with a letter or digit.
func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
