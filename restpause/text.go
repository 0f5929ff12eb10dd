package restpause

import (
	"strings"

	"github.com/repkit/repkit/internal/enum"
)

// The text methods of the package's enums, each a one-liner over its
// [enum.Codec]: String, AppendText and MarshalText write the name in the
// codec's table, UnmarshalText reads it back in any ASCII case. A value
// outside a table prints "Type(n)" and does not marshal; unknown text is an
// error wrapping [repkit.ErrUnknownName] that names the field and the text.
//
// The names are lower-case kebab-case, such as "min-reps", the one enum
// form of the wire format (issue 16). Before it, StopReason, Signal,
// PlanReason and Mistake wrote snake_case ("min_reps"); UnmarshalText
// still reads those names, so stored records and plans load.

// snakeAliases returns, for each kebab-case name, its snake_case spelling
// as an alias, so that text written before issue 16 still reads.
func snakeAliases[T ~uint8](names []string) []enum.Alias[T] {
	var out []enum.Alias[T]
	for i, n := range names {
		if strings.Contains(n, "-") {
			out = append(out, enum.Alias[T]{Name: strings.ReplaceAll(n, "-", "_"), Value: T(i)})
		}
	}
	return out
}

var mistakeText = enum.New[Mistake]("Mistake", "mistake", unknownName, mistakeNames...).WithAliases(snakeAliases[Mistake](mistakeNames)...)

// String returns the mistake's lower-case name, such as "high-skill".
func (m Mistake) String() string { return mistakeText.String(m) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (m Mistake) AppendText(b []byte) ([]byte, error) { return mistakeText.AppendText(b, m) }

// MarshalText implements [encoding.TextMarshaler]; an unknown Mistake is an
// error wrapping [repkit.ErrUnknownName].
func (m Mistake) MarshalText() ([]byte, error) { return mistakeText.MarshalText(m) }

// UnmarshalText reads a name written by [Mistake.String], or its older
// snake_case spelling, ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave m unchanged.
func (m *Mistake) UnmarshalText(text []byte) error { return mistakeText.UnmarshalText(m, text) }

var slotText = enum.New[Slot]("Slot", "slot", unknownName, slotNames...)

// String returns "unknown", "main" or "accessory".
func (s Slot) String() string { return slotText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Slot) AppendText(b []byte) ([]byte, error) { return slotText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler]; an unknown Slot is an
// error wrapping [repkit.ErrUnknownName].
func (s Slot) MarshalText() ([]byte, error) { return slotText.MarshalText(s) }

// UnmarshalText reads a name written by [Slot.String], ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave s unchanged.
func (s *Slot) UnmarshalText(text []byte) error { return slotText.UnmarshalText(s, text) }

var choiceText = enum.New[Choice]("Choice", "choice", unknownName, choiceNames...)

// String returns "unknown", "straight-sets" or "rest-pause".
func (c Choice) String() string { return choiceText.String(c) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (c Choice) AppendText(b []byte) ([]byte, error) { return choiceText.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler]; an unknown Choice is an
// error wrapping [repkit.ErrUnknownName].
func (c Choice) MarshalText() ([]byte, error) { return choiceText.MarshalText(c) }

// UnmarshalText reads a name written by [Choice.String], ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave c unchanged.
func (c *Choice) UnmarshalText(text []byte) error { return choiceText.UnmarshalText(c, text) }

var planReasonText = enum.New[PlanReason]("PlanReason", "plan reason", unknownName, planReasonNames...).WithAliases(snakeAliases[PlanReason](planReasonNames)...)

// String returns the reason's lower-case name, such as "main-lift".
func (r PlanReason) String() string { return planReasonText.String(r) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (r PlanReason) AppendText(b []byte) ([]byte, error) { return planReasonText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler]; an unknown PlanReason is
// an error wrapping [repkit.ErrUnknownName].
func (r PlanReason) MarshalText() ([]byte, error) { return planReasonText.MarshalText(r) }

// UnmarshalText reads a name written by [PlanReason.String], or its older
// snake_case spelling, ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave r unchanged.
func (r *PlanReason) UnmarshalText(text []byte) error { return planReasonText.UnmarshalText(r, text) }

var stopReasonText = enum.New[StopReason]("StopReason", "stop reason", unknownName, stopReasonNames...).WithAliases(snakeAliases[StopReason](stopReasonNames)...)

// String returns the reason's lower-case name, such as "min-reps".
func (r StopReason) String() string { return stopReasonText.String(r) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (r StopReason) AppendText(b []byte) ([]byte, error) { return stopReasonText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler]; an unknown reason is an
// error wrapping [repkit.ErrUnknownName].
func (r StopReason) MarshalText() ([]byte, error) { return stopReasonText.MarshalText(r) }

// UnmarshalText reads a name written by [StopReason.String], or its older
// snake_case spelling, ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave r unchanged.
func (r *StopReason) UnmarshalText(text []byte) error { return stopReasonText.UnmarshalText(r, text) }

var stepKindText = enum.New[StepKind]("StepKind", "step kind", unknownName, stepKindNames...)

// String returns the kind's lower-case name, such as "burst".
func (k StepKind) String() string { return stepKindText.String(k) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (k StepKind) AppendText(b []byte) ([]byte, error) { return stepKindText.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler]; an unknown kind is an
// error wrapping [repkit.ErrUnknownName].
func (k StepKind) MarshalText() ([]byte, error) { return stepKindText.MarshalText(k) }

// UnmarshalText reads a name written by [StepKind.String], ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave k unchanged.
func (k *StepKind) UnmarshalText(text []byte) error { return stepKindText.UnmarshalText(k, text) }

var signalText = enum.New[Signal]("Signal", "signal", unknownName, signalNames...).WithAliases(snakeAliases[Signal](signalNames)...)

// String returns the signal's lower-case name, such as "range-shortened".
func (s Signal) String() string { return signalText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Signal) AppendText(b []byte) ([]byte, error) { return signalText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler]; an unknown Signal is an
// error wrapping [repkit.ErrUnknownName].
func (s Signal) MarshalText() ([]byte, error) { return signalText.MarshalText(s) }

// UnmarshalText reads a name written by [Signal.String], or its older
// snake_case spelling, ignoring case.
// Unknown names are an error wrapping [repkit.ErrUnknownName] and leave s unchanged.
func (s *Signal) UnmarshalText(text []byte) error { return signalText.UnmarshalText(s, text) }
