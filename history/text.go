package history

import "github.com/repkit/repkit/internal/enum"

// The text methods of the package's enums, each a one-liner over its
// [enum.Codec]: String, AppendText and MarshalText write the name in the
// codec's table, UnmarshalText reads it back in any ASCII case. A value
// outside a table prints "Type(n)" and does not marshal; unknown text is an
// error wrapping [repkit.ErrUnknownName] that names the field and the text.

var kindText = enum.New[SetKind]("SetKind", "kind", unknownName, kindNames...)

// String returns the kind's lower-case name, such as "warmup" or "restpause".
func (k SetKind) String() string { return kindText.String(k) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (k SetKind) AppendText(b []byte) ([]byte, error) { return kindText.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler]; an undefined kind is an
// error wrapping [repkit.ErrUnknownName].
func (k SetKind) MarshalText() ([]byte, error) { return kindText.MarshalText(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the names
// String returns, case-insensitively, and rejects others with an error
// wrapping [repkit.ErrUnknownName]. On error k is unchanged.
func (k *SetKind) UnmarshalText(text []byte) error { return kindText.UnmarshalText(k, text) }

var formatText = enum.New[Format]("Format", "format", unknownFormat, formatNames...)

// String returns the format's lower-case name, such as "strong".
func (f Format) String() string { return formatText.String(f) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (f Format) AppendText(b []byte) ([]byte, error) { return formatText.AppendText(b, f) }

// MarshalText implements [encoding.TextMarshaler]; an undefined format is an
// error wrapping [ErrFormat].
func (f Format) MarshalText() ([]byte, error) { return formatText.MarshalText(f) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns case-insensitively and rejecting others with an error
// wrapping [ErrFormat]. On error f is unchanged.
func (f *Format) UnmarshalText(text []byte) error { return formatText.UnmarshalText(f, text) }

var statusText = enum.New[MatchStatus]("MatchStatus", "status", unknownName, statusNames...)

// String returns the status's lower-case name.
func (s MatchStatus) String() string { return statusText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s MatchStatus) AppendText(b []byte) ([]byte, error) { return statusText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s MatchStatus) MarshalText() ([]byte, error) { return statusText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], case-insensitively;
// unknown names are an error wrapping [repkit.ErrUnknownName].
func (s *MatchStatus) UnmarshalText(text []byte) error { return statusText.UnmarshalText(s, text) }

// evidenceText also reads the names of earlier versions, which ran the
// words together ("resttimer"), so stored records still load.
var evidenceText = enum.New[Evidence]("Evidence", "evidence", unknownName, evidenceNames...).WithAliases(
	enum.Alias[Evidence]{Name: "resttimer", Value: EvidenceRestTimer},
	enum.Alias[Evidence]{Name: "sameloaddrop", Value: EvidenceSameLoad},
	enum.Alias[Evidence]{Name: "exercisenote", Value: EvidenceExerciseNote},
)

// String returns the evidence's lower-case name.
func (e Evidence) String() string { return evidenceText.String(e) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (e Evidence) AppendText(b []byte) ([]byte, error) { return evidenceText.AppendText(b, e) }

// MarshalText implements [encoding.TextMarshaler].
func (e Evidence) MarshalText() ([]byte, error) { return evidenceText.MarshalText(e) }

// UnmarshalText implements [encoding.TextUnmarshaler], case-insensitively;
// unknown names are an error wrapping [repkit.ErrUnknownName].
func (e *Evidence) UnmarshalText(text []byte) error { return evidenceText.UnmarshalText(e, text) }
