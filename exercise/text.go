package exercise

import "github.com/repkit/repkit/internal/enum"

// The text methods of the package's enums, each a one-liner over its
// [enum.Codec]: String, AppendText and MarshalText write the name in the
// codec's table, UnmarshalText reads it back in any ASCII case. A value
// outside a table prints "Type(n)" and does not marshal; unknown text is an
// error wrapping [repkit.ErrUnknownName] that names the field and the text.

var muscleText = enum.New[Muscle]("Muscle", "muscle", unknownTrait, muscleNames...)

// String returns the lower-case name, such as "lower-back".
func (m Muscle) String() string { return muscleText.String(m) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (m Muscle) AppendText(b []byte) ([]byte, error) { return muscleText.AppendText(b, m) }

// MarshalText implements [encoding.TextMarshaler].
func (m Muscle) MarshalText() ([]byte, error) { return muscleText.MarshalText(m) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (m *Muscle) UnmarshalText(text []byte) error { return muscleText.UnmarshalText(m, text) }

var reasonText = enum.New[Reason]("Reason", "reason", unknownTrait, reasonCodes()...)

// String returns [Reason.Code].
func (r Reason) String() string { return reasonText.String(r) }

// AppendText implements [encoding.TextAppender]: it appends [Reason.Code]
// to b; a value past the last reason is an error, as for MarshalText.
func (r Reason) AppendText(b []byte) ([]byte, error) { return reasonText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler] with [Reason.Code]; a
// value past the last reason is an error wrapping [repkit.ErrUnknownName].
func (r Reason) MarshalText() ([]byte, error) { return reasonText.MarshalText(r) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the codes
// in any case; other text is an error wrapping [repkit.ErrUnknownName].
func (r *Reason) UnmarshalText(text []byte) error { return reasonText.UnmarshalText(r, text) }

var equipmentText = enum.New[Equipment]("Equipment", "equipment", unknownTrait, equipmentNames...)

// String returns the lower-case name, such as "smith-machine".
func (e Equipment) String() string { return equipmentText.String(e) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (e Equipment) AppendText(b []byte) ([]byte, error) { return equipmentText.AppendText(b, e) }

// MarshalText implements [encoding.TextMarshaler].
func (e Equipment) MarshalText() ([]byte, error) { return equipmentText.MarshalText(e) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the names
// [Equipment.String] returns, in any case; other text is an error wrapping
// [repkit.ErrUnknownName]. On error e is unchanged.
func (e *Equipment) UnmarshalText(text []byte) error { return equipmentText.UnmarshalText(e, text) }

var categoryText = enum.New[Category]("Category", "category", unknownTrait, categoryNames...)

// String returns the lower-case name, such as "olympic-weightlifting".
func (c Category) String() string { return categoryText.String(c) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (c Category) AppendText(b []byte) ([]byte, error) { return categoryText.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler].
func (c Category) MarshalText() ([]byte, error) { return categoryText.MarshalText(c) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (c *Category) UnmarshalText(text []byte) error { return categoryText.UnmarshalText(c, text) }

var mechanicsText = enum.New[Mechanics]("Mechanics", "mechanics", unknownTrait, mechanicsNames...)

// String returns the lower-case name.
func (m Mechanics) String() string { return mechanicsText.String(m) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (m Mechanics) AppendText(b []byte) ([]byte, error) { return mechanicsText.AppendText(b, m) }

// MarshalText implements [encoding.TextMarshaler].
func (m Mechanics) MarshalText() ([]byte, error) { return mechanicsText.MarshalText(m) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (m *Mechanics) UnmarshalText(text []byte) error { return mechanicsText.UnmarshalText(m, text) }

var skillText = enum.New[Skill]("Skill", "skill", unknownTrait, skillNames...)

// String returns the lower-case name.
func (s Skill) String() string { return skillText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Skill) AppendText(b []byte) ([]byte, error) { return skillText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Skill) MarshalText() ([]byte, error) { return skillText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (s *Skill) UnmarshalText(text []byte) error { return skillText.UnmarshalText(s, text) }

var stabilityText = enum.New[Stability]("Stability", "stability", unknownTrait, stabilityNames...)

// String returns the lower-case name, such as "self-stabilised".
func (s Stability) String() string { return stabilityText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Stability) AppendText(b []byte) ([]byte, error) { return stabilityText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Stability) MarshalText() ([]byte, error) { return stabilityText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (s *Stability) UnmarshalText(text []byte) error { return stabilityText.UnmarshalText(s, text) }

var limiterText = enum.New[Limiter]("Limiter", "limiter", unknownTrait, limiterNames...)

// String returns the lower-case name, such as "target-muscle".
func (l Limiter) String() string { return limiterText.String(l) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (l Limiter) AppendText(b []byte) ([]byte, error) { return limiterText.AppendText(b, l) }

// MarshalText implements [encoding.TextMarshaler].
func (l Limiter) MarshalText() ([]byte, error) { return limiterText.MarshalText(l) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (l *Limiter) UnmarshalText(text []byte) error { return limiterText.UnmarshalText(l, text) }

var stopSafetyText = enum.New[StopSafety]("StopSafety", "stop_safety", unknownTrait, stopSafetyNames...)

// String returns the lower-case name.
func (s StopSafety) String() string { return stopSafetyText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s StopSafety) AppendText(b []byte) ([]byte, error) { return stopSafetyText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s StopSafety) MarshalText() ([]byte, error) { return stopSafetyText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (s *StopSafety) UnmarshalText(text []byte) error { return stopSafetyText.UnmarshalText(s, text) }

var spinalLoadText = enum.New[SpinalLoad]("SpinalLoad", "spinal_load", unknownTrait, spinalLoadNames...)

// String returns the lower-case name.
func (s SpinalLoad) String() string { return spinalLoadText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s SpinalLoad) AppendText(b []byte) ([]byte, error) { return spinalLoadText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s SpinalLoad) MarshalText() ([]byte, error) { return spinalLoadText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (s *SpinalLoad) UnmarshalText(text []byte) error { return spinalLoadText.UnmarshalText(s, text) }

var formDriftText = enum.New[FormDrift]("FormDrift", "form_drift", unknownTrait, formDriftNames...)

// String returns the lower-case name.
func (f FormDrift) String() string { return formDriftText.String(f) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (f FormDrift) AppendText(b []byte) ([]byte, error) { return formDriftText.AppendText(b, f) }

// MarshalText implements [encoding.TextMarshaler].
func (f FormDrift) MarshalText() ([]byte, error) { return formDriftText.MarshalText(f) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (f *FormDrift) UnmarshalText(text []byte) error { return formDriftText.UnmarshalText(f, text) }

var verdictText = enum.New[Verdict]("Verdict", "verdict", unknownTrait, verdictNames...)

// String returns the lower-case name: "suitable", "caution", "unsuitable"
// or "unknown".
func (v Verdict) String() string { return verdictText.String(v) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (v Verdict) AppendText(b []byte) ([]byte, error) { return verdictText.AppendText(b, v) }

// MarshalText implements [encoding.TextMarshaler].
func (v Verdict) MarshalText() ([]byte, error) { return verdictText.MarshalText(v) }

// UnmarshalText implements [encoding.TextUnmarshaler], like
// [Equipment.UnmarshalText].
func (v *Verdict) UnmarshalText(text []byte) error { return verdictText.UnmarshalText(v, text) }
