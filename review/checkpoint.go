package review

import "github.com/repkit/repkit/internal/enum"

// A Checkpoint is one of the rest-pause guide's decision checkpoints. The
// zero Checkpoint is [CheckpointUnknown], which no review item holds.
type Checkpoint uint8

// The checkpoints, in the guide's order.
const (
	CheckpointUnknown Checkpoint = iota
	CheckSetup                   // a version the lifter can repeat
	CheckProgression             // a clear next step
	CheckMistakes                // the guide's common mistakes
	CheckRecovery                // the next important session did not get worse
	CheckSwitch                  // simplify or switch
	checkpointEnd
)

var checkpointText = enum.New[Checkpoint]("Checkpoint", "checkpoint", unknownName,
	"unknown", "setup", "progression", "common-mistakes", "recovery", "simplify-or-switch")

// Guide returns the checkpoint as the rest-pause guide words it.
func (c Checkpoint) Guide() string {
	switch c {
	case CheckSetup:
		return "Setup: choose the version you can repeat with stable positions and normal control."
	case CheckProgression:
		return "Progression: use a clear next step for load, reps, range, pace, time, or weekly volume."
	case CheckMistakes:
		return "Common mistakes: fix the boring failure points before adding a harder variation."
	case CheckRecovery:
		return "Recovery: keep enough margin that the next important session does not get worse."
	case CheckSwitch:
		return "Simplify or switch when setup friction, pain, fatigue cost, or stalled progress becomes the main story."
	}
	return ""
}

// String returns the checkpoint's name, such as "common-mistakes".
func (c Checkpoint) String() string { return checkpointText.String(c) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (c Checkpoint) AppendText(b []byte) ([]byte, error) { return checkpointText.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler].
func (c Checkpoint) MarshalText() ([]byte, error) { return checkpointText.MarshalText(c) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName].
func (c *Checkpoint) UnmarshalText(text []byte) error { return checkpointText.UnmarshalText(c, text) }

// A Status is how a checkpoint stands this week. The zero Status is
// [StatusUnknown].
type Status uint8

// The statuses.
const (
	StatusUnknown   Status = iota // not judged
	StatusOK                      // nothing to change
	StatusAttention               // the evidence asks for a change
	StatusNoData                  // nothing this week to judge it by
	statusEnd
)

var statusText = enum.New[Status]("Status", "status", unknownName, "unknown", "ok", "attention", "no-data")

// String returns the status's name, such as "attention".
func (s Status) String() string { return statusText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Status) AppendText(b []byte) ([]byte, error) { return statusText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) { return statusText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName].
func (s *Status) UnmarshalText(text []byte) error { return statusText.UnmarshalText(s, text) }
