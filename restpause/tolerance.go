package restpause

import (
	"unicode/utf8"

	"github.com/repkit/repkit/volume"
)

// Tolerance is how the lifter tolerated a rest-pause set as a whole, as
// typed data an app can trend over weeks (the review package does), beside
// the free-text [Record.Notes]. The guide asks to "record the load,
// first-set reps, follow-up reps, rest pattern, and exercise tolerance",
// and to "simplify or switch when setup friction, pain, fatigue cost, or
// stalled progress becomes the main story". The per-entry [Signals] hold
// what was noticed during each burst; Tolerance holds what belongs to the
// set: its setup, and how the joints felt after it. The zero Tolerance
// means nothing was recorded, and JSON omits it, so older records decode
// unchanged. A Tolerance is a plain value, safe for concurrent use; JSON:
// {"setup_friction":2,"joint_discomfort":3,"joint":"left elbow","pain":true}.
type Tolerance struct {
	// SetupFriction is how hard the setup was to get right and repeat,
	// from 0 (none) to [MaxDiscomfort]: seat and pad positions, pins,
	// handles, a bench to fetch, a position that could not be held the
	// same way each burst.
	SetupFriction int `json:"setup_friction,omitempty"`
	// JointDiscomfort is joint discomfort after the set, from 0 (none) to
	// [MaxDiscomfort], on the scale of [Signals.Discomfort].
	JointDiscomfort int `json:"joint_discomfort,omitempty"`
	// Joint names the joint, in the lifter's words, such as "left elbow".
	Joint string `json:"joint,omitempty"`
	// Pain is pain during or after the set that was not the target muscle
	// working; pain with nerve symptoms during a burst is
	// [Signals.PainOrNerve].
	Pain bool `json:"pain,omitempty"`
}

// IsZero reports whether nothing was recorded.
func (t Tolerance) IsZero() bool { return t == Tolerance{} }

func (t Tolerance) validate() error {
	if t.SetupFriction < 0 || t.SetupFriction > MaxDiscomfort {
		return invalidInt("tolerance.setup_friction", t.SetupFriction, 0, MaxDiscomfort)
	}
	if t.JointDiscomfort < 0 || t.JointDiscomfort > MaxDiscomfort {
		return invalidInt("tolerance.joint_discomfort", t.JointDiscomfort, 0, MaxDiscomfort)
	}
	if !utf8.ValidString(t.Joint) {
		return invalid("tolerance.joint", t.Joint, "write the text in UTF-8")
	}
	return nil
}

// Worst returns the record's worst joint discomfort (of every entry's
// [Signals.Discomfort] and Tolerance.JointDiscomfort, 0 to
// [MaxDiscomfort]), whether any entry rose in discomfort (DiscomfortRising,
// or a level above the entry before), and whether there was pain: pain or
// nerve symptoms in any entry, or Tolerance.Pain.
func (r Record) Worst() (discomfort int, rising, pain bool) {
	discomfort = r.Tolerance.JointDiscomfort
	pain = r.Tolerance.Pain
	prev := -1
	for _, e := range append([]Burst{r.Activation}, r.Bursts...) {
		s := e.Signals
		discomfort = max(discomfort, s.Discomfort)
		rising = rising || s.DiscomfortRising || (prev >= 0 && s.Discomfort > prev)
		pain = pain || s.PainOrNerve
		prev = s.Discomfort
	}
	return discomfort, rising, pain
}

// Work returns the record as the weekly ledger counts it
// ([volume.Count]): one rest-pause set, its activation reps and effort,
// and the reps of each burst.
func (r Record) Work() volume.Work {
	w := volume.Work{
		Date:       r.Date,
		Exercise:   r.Exercise,
		ExerciseID: r.ExerciseID,
		RestPause:  true,
		Load:       r.Load,
		LoadKind:   r.LoadKind,
		Reps:       r.Activation.Reps,
		Effort:     r.Activation.Effort,
	}
	if len(r.Bursts) > 0 {
		w.Bursts = make([]int, len(r.Bursts))
		for i := range r.Bursts {
			w.Bursts[i] = r.Bursts[i].Reps
		}
	}
	return w
}
