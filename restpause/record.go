package restpause

import (
	"encoding/json"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/jsontime"
)

// LoadLimit is the heaviest load a [Record] accepts, 10 tonnes: far beyond
// any lift, and low enough that a set's volume load cannot overflow.
const LoadLimit = 10000 * repkit.Kilogram

// A Record is one rest-pause set as it happened: one parent set made of an
// activation set and the bursts after it, with the same exercise and load,
// and why it ended. A [Session] builds one; apps may also build or decode
// them directly, and [Record.Validate] checks them.
//
// The record names its exercise by strings rather than by a catalog type, so
// it survives catalog changes. Date is when the set started, as the app's
// clock gave it; JSON carries it as RFC 3339 text with its UTC offset, so a
// round trip keeps the instant and the offset (compare with [time.Time.Equal]).
//
// A record of a set still in progress has Stop.Reason == Continue. Records
// are plain values; a Record is safe for concurrent reads, but its Bursts
// slice is shared by copies, so clone it before changing a copy.
//
// Like [time.Time], a Record's read methods take value receivers, so they
// work on a value, a pointer and a call result alike:
// s.Record().TotalReps() and, in a [StopPolicy], r.TotalReps(). Only
// [Record.UnmarshalJSON], which writes the record, takes a pointer.
type Record struct {
	Date       time.Time   `json:"date"`
	ExerciseID string      `json:"exercise_id,omitempty"` // catalog id, if any
	Exercise   string      `json:"exercise"`              // name as shown to the lifter
	Protocol   string      `json:"protocol,omitempty"`    // name of the protocol followed, if any
	Load       repkit.Load `json:"load"`                  // the same load for every entry; its meaning is LoadKind's
	// Unit is the lifter's unit, the one to show Load in
	// ([repkit.Load.Display]); the zero UnitUnknown shows kilograms. Load
	// is an exact mass whatever Unit says. JSON omits it when unknown.
	Unit repkit.Unit `json:"unit,omitzero"`
	// LoadKind says what Load is: the weight lifted (the zero value,
	// [repkit.LoadExternal]), body weight plus Load added
	// ([repkit.LoadBodyweight]; zero is body weight alone), or the help of
	// a machine or band ([repkit.LoadAssisted]; less is harder). JSON
	// "load_kind", omitted when external, so older records decode
	// unchanged.
	LoadKind   repkit.LoadKind `json:"load_kind,omitempty"`
	Activation Burst           `json:"activation"`       // the first, hard set; its Rest is zero
	Bursts     []Burst         `json:"bursts,omitempty"` // follow-up bursts, in order
	Stop       Decision        `json:"stop"`             // why the set ended
	// Notes are the lifter's tolerance notes in their own words, such as
	// "left elbow ached on the last burst".
	Notes string `json:"notes,omitempty"`
	// Tolerance is the set's tolerance as typed data: setup friction,
	// joint discomfort after it, pain. JSON "tolerance", omitted when
	// nothing was recorded.
	Tolerance Tolerance `json:"tolerance,omitzero"`
}

// Clone returns a copy of r that shares no memory with it.
func (r Record) Clone() Record {
	if r.Bursts != nil {
		r.Bursts = append(make([]Burst, 0, len(r.Bursts)), r.Bursts...)
	}
	return r
}

// Ended reports whether the set has ended.
func (r Record) Ended() bool { return r.Stop.Stop() }

// ActivationReps returns the reps of the activation set.
func (r Record) ActivationReps() int { return r.Activation.Reps }

// BurstReps returns the reps of all bursts after the activation set.
func (r Record) BurstReps() int {
	n := 0
	for i := range r.Bursts {
		n += r.Bursts[i].Reps
	}
	return n
}

// TotalReps returns the reps of the whole set: activation plus bursts.
func (r Record) TotalReps() int { return r.Activation.Reps + r.BurstReps() }

// RepsText returns the set's reps as the activation set's then each
// burst's, joined by "+": "14+5+3" for 14 reps then bursts of 5 and 3,
// "12" for a record with no burst yet. The zero Record gives "0". It is a
// pure function of r, safe for concurrent use.
func (r Record) RepsText() string {
	b := strconv.AppendInt(make([]byte, 0, 3+3*len(r.Bursts)), int64(r.Activation.Reps), 10)
	for i := range r.Bursts {
		b = append(b, '+')
		b = strconv.AppendInt(b, int64(r.Bursts[i].Reps), 10)
	}
	return string(b)
}

// Summary names the set for a list of sets: its date (in the date's own
// zone), exercise, load as its LoadKind describes it in unit u
// ([repkit.LoadKind.Describe]; zero u writes kilograms) and reps
// ([Record.RepsText]): "2025-06-02 Leg Extension, 45kg x 14+5+3 reps". It
// is a pure function of its arguments, safe for concurrent use.
func (r Record) Summary(u repkit.Unit) string {
	return r.Date.Format(time.DateOnly) + " " + r.Exercise + ", " + r.LoadKind.Describe(r.Load, u) + " x " + r.RepsText() + " reps"
}

// VolumeLoad returns load times total reps. It is exact for a valid record;
// for one that fails [Record.Validate] it may overflow.
func (r Record) VolumeLoad() repkit.Load {
	return r.Load * repkit.Load(r.TotalReps())
}

// Rest returns the total rest taken between entries.
func (r Record) Rest() time.Duration {
	var d time.Duration
	for i := range r.Bursts {
		d = addSat(d, r.Bursts[i].Rest)
	}
	return d
}

// Elapsed returns the time the whole set took, rests included: each entry's
// measured Work, or its reps times [DefaultRepTime] when not measured, plus
// every rest. Very large invalid values saturate rather than wrap.
func (r Record) Elapsed() time.Duration {
	d := r.Activation.work()
	for i := range r.Bursts {
		d = addSat(d, r.Bursts[i].Rest)
		d = addSat(d, r.Bursts[i].work())
	}
	return d
}

// Density returns reps per minute of [Record.Elapsed], or 0 for a set that
// took no time.
func (r Record) Density() float64 {
	e := r.Elapsed()
	if e <= 0 {
		return 0
	}
	return float64(r.TotalReps()) / e.Minutes()
}

func addSat(a, b time.Duration) time.Duration {
	if b > 0 && a > time.Duration(1<<63-1)-b {
		return time.Duration(1<<63 - 1)
	}
	return a + b
}

// Validate checks that r could have happened: reps, rests, work times,
// efforts, velocities, discomfort levels and [Tolerance] levels in range, no rest before the
// activation set, a load from 0 to [LoadLimit], a LoadKind of the three
// [repkit.LoadKind] names, at most [BurstsLimit]
// bursts, a known stop reason and signal, a stop burst that names an entry
// of the record ([ActivationSet], 0, or 1 to len(Bursts)), a named unit
// (or UnitUnknown), text in valid
// UTF-8 (JSON would replace a bad byte with U+FFFD), and a date that JSON
// can carry exactly: years 0000 to 9999 and a UTC offset of whole minutes
// from -23:59 to +23:59 (a +24:00 offset, or one with seconds such as
// local mean time before 1937, is refused rather than moved).
// Errors are *[FieldError] values wrapping [repkit.ErrInvalid] that name the field.
func (r Record) Validate() error {
	if hint := jsontime.Problem(r.Date); hint != "" {
		return invalid("date", r.Date.String(), hint)
	}
	for _, t := range [...]struct{ field, text string }{
		{"exercise_id", r.ExerciseID}, {"exercise", r.Exercise}, {"protocol", r.Protocol}, {"notes", r.Notes},
	} {
		if !utf8.ValidString(t.text) {
			return invalid(t.field, t.text, "write the text in UTF-8")
		}
	}
	if r.Load < 0 || r.Load > LoadLimit {
		return invalid("load", r.Load.String(), "give a load from 0kg to 10000kg")
	}
	if r.Unit > repkit.UnitGram { // the last named unit
		return invalid("unit", r.Unit.String(), "give kg, lb or g, or leave the unit out")
	}
	if r.LoadKind > repkit.LoadAssisted {
		return invalid("load_kind", r.LoadKind.String(), "give external, bodyweight or assisted")
	}
	if err := r.Activation.validate("activation"); err != nil {
		return err
	}
	if r.Activation.Rest != 0 {
		return invalid("activation.rest", r.Activation.Rest.String(), "give 0s: the activation set has no rest before it")
	}
	if len(r.Bursts) > BurstsLimit {
		return invalidInt("bursts", len(r.Bursts), 0, BurstsLimit)
	}
	for i := range r.Bursts {
		if err := r.Bursts[i].validate("bursts[" + strconv.Itoa(i) + "]"); err != nil {
			return err
		}
	}
	if err := r.Tolerance.validate(); err != nil {
		return err
	}
	if !r.Stop.Reason.Valid() {
		return invalid("stop.reason", r.Stop.Reason.String(), "give one of the StopReason names")
	}
	if !r.Stop.Signal.Valid() {
		return invalid("stop.signal", r.Stop.Signal.String(), "give one of the Signal names, or none")
	}
	if !r.Stop.burstIn(len(r.Bursts)) {
		hint := "give -1 for the activation set or 0 for the set as a whole"
		if n := len(r.Bursts); n > 0 {
			hint += ", or a burst from 1 to " + strconv.Itoa(n)
		}
		return invalid("stop.burst", strconv.Itoa(r.Stop.Burst), hint)
	}
	return nil
}

// recordJSON breaks the recursion of Record.UnmarshalJSON.
type recordJSON Record

// UnmarshalJSON decodes a record and validates it with [Record.Validate],
// so a decoded Record is always one that could have happened. Unknown
// fields are ignored. On error r is unchanged.
func (r *Record) UnmarshalJSON(data []byte) error {
	var j recordJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	nr := Record(j)
	if err := nr.Validate(); err != nil {
		return err
	}
	*r = nr
	return nil
}
