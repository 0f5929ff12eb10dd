package fatigue

import (
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

// BlastCruise is Doggcrapp (DC) training's cycle: a blast of hard
// rest-pause training for 6 to 12 weeks, then a cruise of 10 to 14 days
// with no rest-pause and nothing taken to failure. It is a plain options
// value; the zero BlastCruise uses those figures, and it is safe for
// concurrent use.
//
// A hard day is a [Note] with RestPause or ToFailure set. The current blast
// starts at the first hard day after the last break of at least CruiseMin
// without one (or at the first hard day ever).
//
// JSON: the settings in seconds, each left out when zero, such as
// {"blast_min":4838400,"cruise_max":1209600} (8 weeks, 14 days).
type BlastCruise struct {
	BlastMin  time.Duration `json:"blast_min,omitzero"`  // zero: 6 weeks
	BlastMax  time.Duration `json:"blast_max,omitzero"`  // zero: 12 weeks
	CruiseMin time.Duration `json:"cruise_min,omitzero"` // zero: 10 days
	CruiseMax time.Duration `json:"cruise_max,omitzero"` // zero: 14 days
}

const day = 24 * time.Hour

func (bc BlastCruise) withDefaults() BlastCruise {
	if bc.BlastMin == 0 {
		bc.BlastMin = 6 * 7 * day
	}
	if bc.BlastMax == 0 {
		bc.BlastMax = 12 * 7 * day
	}
	if bc.CruiseMin == 0 {
		bc.CruiseMin = 10 * day
	}
	if bc.CruiseMax == 0 {
		bc.CruiseMax = 14 * day
	}
	return bc
}

// A Phase is where a lifter stands in the blast/cruise cycle. The zero Phase
// is [PhaseUnknown], returned only with an error.
type Phase uint8

// The phases.
const (
	PhaseUnknown    Phase = iota
	PhaseFresh            // no hard days yet, or a full cruise behind: a blast may start
	PhaseBlast            // inside the blast, before BlastMin
	PhaseCruiseSoon       // between BlastMin and BlastMax: plan the cruise
	PhaseCruiseDue        // BlastMax or more: cruise now
	PhaseCruising         // easy sessions, for less than CruiseMin so far, after a full blast
)

var phaseNames = []string{
	"unknown",
	"fresh",
	"blast",
	"cruise-soon",
	"cruise-due",
	"cruising",
}

var phaseSentences = []string{
	"",
	"No blast is running: rest-pause work may start.",
	"Inside the blast: rest-pause work as planned.",
	"The blast has run its minimum: plan 10-14 days with no rest-pause and nothing to failure soon.",
	"The blast has run its longest: take 10-14 days with no rest-pause and nothing to failure now.",
	"Cruising: no rest-pause and nothing to failure until the cruise is complete.",
}

// Sentence returns the phase as advice for the lifter.
func (p Phase) Sentence() string { return enum.Entry(phaseSentences, p) }

// A Cycle is where a lifter stands in the blast/cruise cycle on a date.
// The zero Cycle has [PhaseUnknown], which [BlastCruise.Status] returns
// only with an error; a Cycle is a plain value, safe for concurrent use.
//
// JSON: the phase as its name, dates as RFC 3339, Blast in seconds, and
// every field but the phase left out when zero:
//
//	{"phase":"blast","blast_start":"2026-05-04T00:00:00Z",
//	 "last_hard":"2026-06-01T00:00:00Z","blast":2505600,
//	 "cruise_from":"2026-06-11T00:00:00Z","cruise_by":"2026-06-15T00:00:00Z"}
type Cycle struct {
	Phase Phase `json:"phase"`
	// BlastStart and LastHard are the first and last hard days of the
	// current or just-finished blast (zero if none).
	BlastStart time.Time `json:"blast_start,omitzero"`
	LastHard   time.Time `json:"last_hard,omitzero"`
	// Blast is the time from BlastStart to asOf.
	Blast time.Duration `json:"blast,omitzero"`
	// CruiseFrom is the earliest date the cruise is complete (LastHard plus
	// CruiseMin), CruiseBy the latest (plus CruiseMax); zero if no blast.
	CruiseFrom time.Time `json:"cruise_from,omitzero"`
	CruiseBy   time.Time `json:"cruise_by,omitzero"`
}

// AllowsRestPause reports whether rest-pause work fits today: fresh or
// inside a blast, not while a cruise is due or running.
func (c Cycle) AllowsRestPause() bool {
	return c.Phase == PhaseFresh || c.Phase == PhaseBlast || c.Phase == PhaseCruiseSoon
}

// Status places asOf in the cycle from the notes (in date order; notes after
// asOf are ignored). Notes out of date order are an error wrapping
// [repkit.ErrOrder]; durations that are negative or with min above max wrap
// [repkit.ErrRange].
func (bc BlastCruise) Status(asOf time.Time, notes []Note) (Cycle, error) {
	if err := bc.validate(); err != nil {
		return Cycle{}, err
	}
	bc = bc.withDefaults()
	var c Cycle
	easySince := false // a session without hard work after LastHard
	for i, n := range notes {
		if i > 0 && n.Date.Before(notes[i-1].Date) {
			return Cycle{}, &FieldError{Field: indexed("notes", i, "date"), Value: n.Date.Format(time.DateOnly), Err: repkit.ErrOrder,
				Hint: "it is before the note above it (" + notes[i-1].Date.Format(time.DateOnly) + "); give notes oldest first"}
		}
		if n.Date.After(asOf) {
			continue
		}
		if !(n.RestPause || n.ToFailure) {
			easySince = easySince || !c.LastHard.IsZero()
			continue
		}
		easySince = false
		if c.LastHard.IsZero() || n.Date.Sub(c.LastHard) >= bc.CruiseMin {
			c.BlastStart = n.Date
		}
		c.LastHard = n.Date
	}
	if c.LastHard.IsZero() {
		c.Phase = PhaseFresh
		return c, nil
	}
	c.Blast = asOf.Sub(c.BlastStart)
	c.CruiseFrom = c.LastHard.Add(bc.CruiseMin)
	c.CruiseBy = c.LastHard.Add(bc.CruiseMax)
	rested := asOf.Sub(c.LastHard)
	blasted := c.LastHard.Sub(c.BlastStart)
	switch {
	case rested >= bc.CruiseMin:
		c.Phase = PhaseFresh
	case blasted >= bc.BlastMin && easySince:
		c.Phase = PhaseCruising
	case c.Blast >= bc.BlastMax:
		c.Phase = PhaseCruiseDue
	case c.Blast >= bc.BlastMin:
		c.Phase = PhaseCruiseSoon
	default:
		c.Phase = PhaseBlast
	}
	return c, nil
}

func (bc BlastCruise) validate() error {
	for _, f := range [...]struct {
		name string
		d    time.Duration
	}{{"blast_min", bc.BlastMin}, {"blast_max", bc.BlastMax}, {"cruise_min", bc.CruiseMin}, {"cruise_max", bc.CruiseMax}} {
		if f.d < 0 {
			return &FieldError{Field: "blast_cruise." + f.name, Value: f.d.String(), Err: repkit.ErrRange,
				Hint: "give a duration of zero (the default) or more"}
		}
	}
	d := bc.withDefaults()
	if d.BlastMin > d.BlastMax {
		return &FieldError{Field: "blast_cruise.blast_min", Value: d.BlastMin.String(), Err: repkit.ErrRange,
			Hint: "give at most blast_max (" + d.BlastMax.String() + ")"}
	}
	if d.CruiseMin > d.CruiseMax {
		return &FieldError{Field: "blast_cruise.cruise_min", Value: d.CruiseMin.String(), Err: repkit.ErrRange,
			Hint: "give at most cruise_max (" + d.CruiseMax.String() + ")"}
	}
	return nil
}
