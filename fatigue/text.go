package fatigue

import "github.com/repkit/repkit/internal/enum"

// The text methods of the package's enums, each a one-liner over its
// [enum.Codec]: String, AppendText and MarshalText write the name in the
// codec's table, UnmarshalText reads it back in any ASCII case. A value
// outside a table prints "Type(n)" and does not marshal; unknown text is an
// error wrapping [repkit.ErrUnknownName] that names the field and the text.

var concernText = enum.New[Concern]("Concern", "concern", unknownName, concernNames...)

// String returns the lower-case name: "unknown", "none", "mild" or "marked".
func (c Concern) String() string { return concernText.String(c) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (c Concern) AppendText(b []byte) ([]byte, error) { return concernText.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler] with [Concern.String]; a
// value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (c Concern) MarshalText() ([]byte, error) { return concernText.MarshalText(c) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (c *Concern) UnmarshalText(text []byte) error { return concernText.UnmarshalText(c, text) }

var experienceText = enum.New[Experience]("Experience", "experience", unknownName, experienceNames...)

// String returns the lower-case name: "unknown", "beginner", "intermediate"
// or "advanced".
func (e Experience) String() string { return experienceText.String(e) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (e Experience) AppendText(b []byte) ([]byte, error) { return experienceText.AppendText(b, e) }

// MarshalText implements [encoding.TextMarshaler] with [Experience.String];
// a value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (e Experience) MarshalText() ([]byte, error) { return experienceText.MarshalText(e) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (e *Experience) UnmarshalText(text []byte) error { return experienceText.UnmarshalText(e, text) }

var phaseText = enum.New[Phase]("Phase", "phase", unknownName, phaseNames...)

// String returns the lower-case, hyphenated name, such as "cruise-due".
func (p Phase) String() string { return phaseText.String(p) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (p Phase) AppendText(b []byte) ([]byte, error) { return phaseText.AppendText(b, p) }

// MarshalText implements [encoding.TextMarshaler] with [Phase.String]; a
// value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (p Phase) MarshalText() ([]byte, error) { return phaseText.MarshalText(p) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (p *Phase) UnmarshalText(text []byte) error { return phaseText.UnmarshalText(p, text) }

var doseText = enum.New[Dose]("Dose", "dose", unknownName, doseNames...)

// String returns the lower-case name: "unknown", "full", "reduced" or "none".
func (d Dose) String() string { return doseText.String(d) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (d Dose) AppendText(b []byte) ([]byte, error) { return doseText.AppendText(b, d) }

// MarshalText implements [encoding.TextMarshaler] with [Dose.String]; a value
// outside the constants is an error wrapping [repkit.ErrUnknownName].
func (d Dose) MarshalText() ([]byte, error) { return doseText.MarshalText(d) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName] and
// leaves d unchanged.
func (d *Dose) UnmarshalText(text []byte) error { return doseText.UnmarshalText(d, text) }

var responseText = enum.New[Response]("Response", "response", unknownName, responseNames...)

// String returns the lower-case, hyphenated name, such as "remove-rest-pause".
func (a Response) String() string { return responseText.String(a) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (a Response) AppendText(b []byte) ([]byte, error) { return responseText.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler] with [Response.String]; a
// value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (a Response) MarshalText() ([]byte, error) { return responseText.MarshalText(a) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (a *Response) UnmarshalText(text []byte) error { return responseText.UnmarshalText(a, text) }

var signText = enum.New[Sign]("Sign", "sign", unknownName, signNames...)

// String returns the lower-case name, such as "drop".
func (s Sign) String() string { return signText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Sign) AppendText(b []byte) ([]byte, error) { return signText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler] with [Sign.String]; a
// value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (s Sign) MarshalText() ([]byte, error) { return signText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (s *Sign) UnmarshalText(text []byte) error { return signText.UnmarshalText(s, text) }

var reasonText = enum.New[Reason]("Reason", "reason", unknownName, reasonNames...)

// String returns the lower-case, hyphenated name, such as "short-sleep".
func (r Reason) String() string { return reasonText.String(r) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (r Reason) AppendText(b []byte) ([]byte, error) { return reasonText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler] with [Reason.String]; a
// value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (r Reason) MarshalText() ([]byte, error) { return reasonText.MarshalText(r) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (r *Reason) UnmarshalText(text []byte) error { return reasonText.UnmarshalText(r, text) }

var conditionText = enum.New[Condition]("Condition", "condition", unknownName, conditionNames...)

// String returns the lower-case, hyphenated name, such as "recent-injury".
func (c Condition) String() string { return conditionText.String(c) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (c Condition) AppendText(b []byte) ([]byte, error) { return conditionText.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler] with [Condition.String];
// a value outside the constants is an error wrapping [repkit.ErrUnknownName].
func (c Condition) MarshalText() ([]byte, error) { return conditionText.MarshalText(c) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// case-insensitively; unknown text is an error wrapping [repkit.ErrUnknownName].
func (c *Condition) UnmarshalText(text []byte) error { return conditionText.UnmarshalText(c, text) }
