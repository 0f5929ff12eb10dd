package history

import (
	"fmt"
	"strings"
	"time"

	"github.com/repkit/repkit/restpause"
)

// Evidence is what in a log shows that consecutive sets were one
// rest-pause set. The zero Evidence is [EvidenceUnknown].
type Evidence uint8

// The kinds of evidence [Recover] accepts. Consecutive sets at the same load
// with nothing else are not evidence: that is how straight sets look.
const (
	EvidenceUnknown   Evidence = iota // none
	EvidenceMarked                    // the log marks the set as a rest-pause burst (KindRestPause)
	EvidenceRestTimer                 // a recorded rest before it no longer than RecoverOptions.MaxRest
	EvidenceSameLoad                  // a drop set logged at the same load as the set before (how Hevy users log rest-pause)
	EvidenceNote                      // the exercise or set notes say rest-pause ("rest pause", "rp", "myo")
)

var evidenceNames = [...]string{
	EvidenceUnknown:   "unknown",
	EvidenceMarked:    "marked",
	EvidenceRestTimer: "resttimer",
	EvidenceSameLoad:  "sameloaddrop",
	EvidenceNote:      "note",
}

// String returns the evidence's lower-case name.
func (e Evidence) String() string {
	if int(e) < len(evidenceNames) {
		return evidenceNames[e]
	}
	return fmt.Sprintf("Evidence(%d)", uint8(e))
}

// MarshalText implements [encoding.TextMarshaler].
func (e Evidence) MarshalText() ([]byte, error) {
	if int(e) >= len(evidenceNames) {
		return nil, &FieldError{Field: "evidence", Value: e.String(), Err: ErrValue}
	}
	return []byte(evidenceNames[e]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], case-insensitively;
// unknown names are an error wrapping [ErrValue].
func (e *Evidence) UnmarshalText(text []byte) error {
	for i, n := range evidenceNames {
		if strings.EqualFold(string(text), n) {
			*e = Evidence(i)
			return nil
		}
	}
	return &FieldError{Field: "evidence", Value: string(text), Err: ErrValue}
}

// Describe returns a sentence saying what the evidence is.
func (e Evidence) Describe() string {
	switch e {
	case EvidenceMarked:
		return "the log marks the set as a rest-pause burst"
	case EvidenceRestTimer:
		return "the rest timer before it was short"
	case EvidenceSameLoad:
		return "it is logged as a drop set at the same load"
	case EvidenceNote:
		return "the notes say rest-pause"
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
	// exercise name verbatim, the load, the activation reps and the bursts
	// with the rests the log recorded (zero where it recorded none).
	// Stop.Reason is restpause.StopLifter, with a note saying it was
	// reconstructed: a log does not say which rule ended the set.
	Record restpause.Record

	// Evidence holds, for each burst in order, what showed it belongs to
	// the set; a burst may have more than one kind.
	Evidence [][]Evidence
}

// Explain returns a sentence naming the sets and the evidence used.
func (r Recovered) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s: sets %d-%d at %s (%d", r.Record.Exercise, r.Record.Date.Format("2006-01-02"),
		r.First+1, r.First+r.Count, r.Record.Load.String(), r.Record.Activation.Reps)
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
			b.WriteString(e.Describe())
		}
	}
	return b.String()
}

// RecoverNote is the Decision note on every reconstructed record.
const RecoverNote = "reconstructed from an imported log"

// Recover finds rest-pause sets in h where the log supports them: an
// activation set followed by sets of the same exercise at the same load,
// each with at least one kind of [Evidence]. Sets at the same load with
// nothing else to show are straight sets and are left alone; so is any set
// after a recorded rest longer than MaxRest, a warm-up, and a set with no
// reps. With note evidence only, a burst must also have no more reps than
// the activation set. Every Record returned passes
// [restpause.Record.Validate]: sets a Record cannot hold (more than
// restpause.RepsLimit reps, a load over restpause.LoadLimit, a rest over
// restpause.DurationLimit) are never joined, and a set ends after
// restpause.BurstsLimit bursts. Recover does not modify h.
func Recover(h *History, opts RecoverOptions) []Recovered {
	maxRest := opts.MaxRest
	if maxRest <= 0 {
		maxRest = DefaultMaxRest
	}
	var out []Recovered
	for wi := range h.Workouts {
		w := &h.Workouts[wi]
		for ei := range w.Exercises {
			ex := &w.Exercises[ei]
			noted := mentionsRestPause(ex.Notes)
			sets := ex.Sets
			for i := 0; i < len(sets); {
				first := sets[i]
				if first.Kind == KindWarmup || first.Reps == 0 || !recordable(first) {
					i++
					continue
				}
				var evidence [][]Evidence
				j := i + 1
				for ; j < len(sets) && len(evidence) < restpause.BurstsLimit; j++ {
					ev := burstEvidence(first, sets[j-1], sets[j], noted, maxRest)
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

// burstEvidence returns the evidence that cur continues the rest-pause set
// begun by first, prev being the set just before cur; nil if there is none.
func burstEvidence(first, prev, cur Set, noted bool, maxRest time.Duration) []Evidence {
	if cur.Load != first.Load || cur.Reps == 0 || cur.Kind == KindWarmup || !recordable(cur) {
		return nil
	}
	if prev.Rest > maxRest || prev.Rest > restpause.DurationLimit {
		return nil
	}
	var ev []Evidence
	if cur.Kind == KindRestPause {
		ev = append(ev, EvidenceMarked)
	}
	if prev.Rest > 0 {
		ev = append(ev, EvidenceRestTimer)
	}
	if cur.Kind == KindDrop && prev.Load == cur.Load {
		ev = append(ev, EvidenceSameLoad)
	}
	if (noted || mentionsRestPause(first.Notes) || mentionsRestPause(cur.Notes)) && cur.Reps <= first.Reps {
		ev = append(ev, EvidenceNote)
	}
	return ev
}

// recordable reports whether s fits in a [restpause.Record]: reps up to
// restpause.RepsLimit and a load up to restpause.LoadLimit. A set beyond
// them is a typo in the log, not part of a rest-pause set.
func recordable(s Set) bool {
	return s.Reps <= restpause.RepsLimit && s.Load <= restpause.LoadLimit && s.Effort.Validate() == nil
}

func recovered(w *Workout, ex *Exercise, wi, ei, i, j int, evidence [][]Evidence) Recovered {
	sets := ex.Sets
	rec := restpause.Record{
		Date:       w.Start,
		Exercise:   ex.Name,
		Load:       sets[i].Load,
		Activation: restpause.Burst{Reps: sets[i].Reps, Effort: sets[i].Effort},
		Stop:       restpause.Decision{Reason: restpause.StopLifter, Note: RecoverNote},
		Notes:      ex.Notes,
	}
	for k := i + 1; k < j; k++ {
		rec.Bursts = append(rec.Bursts, restpause.Burst{Reps: sets[k].Reps, Rest: sets[k-1].Rest, Effort: sets[k].Effort})
	}
	return Recovered{Workout: wi, Exercise: ei, First: i, Count: j - i, Record: rec, Evidence: evidence}
}

// mentionsRestPause reports whether a note says rest-pause: "rest pause",
// "rest-pause", "restpause", "myo" (Myo-reps), or "rp" as a word of its own.
func mentionsRestPause(note string) bool {
	if note == "" {
		return false
	}
	n := strings.ToLower(note)
	for _, p := range []string{"rest pause", "rest-pause", "restpause", "myo"} {
		if strings.Contains(n, p) {
			return true
		}
	}
	for _, f := range strings.FieldsFunc(n, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		if f == "rp" {
			return true
		}
	}
	return false
}
