package progression

import "github.com/repkit/repkit/internal/enum"

// The text methods of the package's enums, each a one-liner over its
// [enum.Codec]: String, AppendText and MarshalText write the name in the
// codec's table, UnmarshalText reads it back in any ASCII case. A value
// outside a table prints "Type(n)" and does not marshal; unknown text is an
// error wrapping [repkit.ErrUnknownName] that names the field and the text.

var formulaText = enum.New[Formula]("Formula", "formula", unknownName, formulaNames...)

// String returns the formula's lower-case name, such as "epley" or "rts".
func (f Formula) String() string { return formulaText.String(f) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (f Formula) AppendText(b []byte) ([]byte, error) { return formulaText.AppendText(b, f) }

// MarshalText implements [encoding.TextMarshaler].
func (f Formula) MarshalText() ([]byte, error) { return formulaText.MarshalText(f) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName] and leaves f unchanged.
func (f *Formula) UnmarshalText(text []byte) error { return formulaText.UnmarshalText(f, text) }

var actionText = enum.New[Action]("Action", "action", unknownName, actionNames...)

// String returns the action's lower-case name, such as "add-load".
func (a Action) String() string { return actionText.String(a) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (a Action) AppendText(b []byte) ([]byte, error) { return actionText.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler].
func (a Action) MarshalText() ([]byte, error) { return actionText.MarshalText(a) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName] and leaves a unchanged.
func (a *Action) UnmarshalText(text []byte) error { return actionText.UnmarshalText(a, text) }

var reasonText = enum.New[Reason]("Reason", "reason", unknownName, reasonNames...)

// String returns the reason's lower-case name, such as "top-of-range".
func (r Reason) String() string { return reasonText.String(r) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (r Reason) AppendText(b []byte) ([]byte, error) { return reasonText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler].
func (r Reason) MarshalText() ([]byte, error) { return reasonText.MarshalText(r) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName] and leaves r unchanged.
func (r *Reason) UnmarshalText(text []byte) error { return reasonText.UnmarshalText(r, text) }

var roundModeText = enum.New[RoundMode]("RoundMode", "round mode", unknownName, roundModeNames...)

// String returns "down", "nearest" or "up".
func (m RoundMode) String() string { return roundModeText.String(m) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (m RoundMode) AppendText(b []byte) ([]byte, error) { return roundModeText.AppendText(b, m) }

// MarshalText implements [encoding.TextMarshaler].
func (m RoundMode) MarshalText() ([]byte, error) { return roundModeText.MarshalText(m) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns in any case. Unknown text is an error wrapping
// [repkit.ErrUnknownName], and m is left unchanged.
func (m *RoundMode) UnmarshalText(text []byte) error { return roundModeText.UnmarshalText(m, text) }
