package history

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// Evidence is what in a log shows that consecutive sets were one
// rest-pause set. The zero Evidence is [EvidenceUnknown].
type Evidence uint8

// The kinds of evidence [Recover] accepts. Some evidence is direct and
// stands on its own: a set the log marks as a rest-pause burst, or a drop
// set logged at the same load. The rest is circumstantial, and [Recover] accepts it only together with the
// rest-pause shape: a burst at the activation set's load with fewer reps
// than the activation set (a small burst after a hard set). Equal reps at
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
	EvidenceRestTimer:    "resttimer",
	EvidenceSameLoad:     "sameloaddrop",
	EvidenceNote:         "note",
	EvidenceExerciseNote: "exercisenote",
}

// Describe returns a sentence saying what the evidence is.
func (e Evidence) Describe() string {
	switch e {
	case EvidenceMarked:
		return "the log marks the set as a rest-pause burst"
	case EvidenceRestTimer:
		return "the rest timer before it was short and it had fewer reps than the first set"
	case EvidenceSameLoad:
		return "it is logged as a drop set at the same load"
	case EvidenceNote:
		return "the set notes say rest-pause and it had fewer reps than the first set"
	case EvidenceExerciseNote:
		return "the exercise notes say rest-pause and it had fewer reps than the first set"
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
}

// A Recovered is a rest-pause set reconstructed from an imported log: where
// its sets are, the [restpause.Record] they make, and the evidence for each
// burst.
type Recovered struct {
	Workout  int // index into History.Workouts
	Exercise int // index into that workout's Exercises
	First    int // index of the activation set in the exercise's Sets
	Count    int // sets used: the activation set and every burst

	// Record is the rest-pause set: the workout's start as its date, the
	// exercise name verbatim, the load and the exercise's LoadKind (so an
	// assisted set's load reads as its assistance), the activation reps and the bursts
	// with the rests the log recorded (zero where it recorded none).
	// Stop.Reason is restpause.StopLifter, with a note saying it was
	// reconstructed: a log does not say which rule ended the set.
	Record restpause.Record

	// Evidence holds, for each burst in order, what showed it belongs to
	// the set; a burst may have more than one kind.
	Evidence [][]Evidence
}

// Explain returns a sentence naming the sets and the evidence used for
// each burst, with the rest the log recorded where a short rest is part of
// the evidence. The load is in the record's unit, rounded for display
// ([repkit.Load.Display]): "at 27.5lb" for a pound log, "at 40lb of
// assistance" for an assisted pull-up, "at body weight + 10kg" for a
// weighted dip.
func (r Recovered) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s: sets %d-%d at %s (%d", r.Record.Exercise, r.Record.Date.Format("2006-01-02"),
		r.First+1, r.First+r.Count, r.Record.LoadKind.Describe(r.Record.Load, r.Record.Unit), r.Record.Activation.Reps)
	for _, bu := range r.Record.Bursts {
		fmt.Fprintf(&b, "+%d", bu.Reps)
	}
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
				fmt.Fprintf(&b, "the rest timer before it was %s and it had fewer reps than the first set", r.Record.Bursts[i].Rest)
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
//   - circumstantial, accepted only with the rest-pause shape, fewer reps
//     than the activation set: a recorded rest before the burst of at most
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
// says rest-pause when it holds, as whole words in any case, "rest-pause",
// "rest pause", "restpause", "rp", "myo", "myo-reps" or "myoreps".
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
	var out []Recovered
	for wi := range h.Workouts {
		w := &h.Workouts[wi]
		for ei := range w.Exercises {
			ex := &w.Exercises[ei]
			noteRun := -1
			if mentionsRestPause(ex.Notes) {
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
					firstNote:    mentionsRestPause(sets[i].Notes),
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
	shaped := cur.Reps < run.first.Reps // a small burst after a hard set
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
	if shaped && (run.firstNote || mentionsRestPause(cur.Notes)) {
		ev = append(ev, EvidenceNote)
	}
	if shaped && run.exerciseNote {
		ev = append(ev, EvidenceExerciseNote)
	}
	return ev
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
		for j < len(sets) && j-i <= restpause.BurstsLimit && canJoin(sets[i], sets[j-1], sets[j], maxRest) && sets[j].Reps < sets[i].Reps {
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
