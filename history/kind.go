package history

import (
	"fmt"
	"strings"
)

// A SetKind says what a logged set was for. The zero SetKind is
// [KindUnknown]: the file did not say and nothing could be inferred.
type SetKind uint8

// The kinds of set a history records.
const (
	KindUnknown   SetKind = iota // not stated
	KindWarmup                   // a warm-up set, not counted as work
	KindWorking                  // a normal working set
	KindDrop                     // a drop set (Strong "D", Hevy "dropset")
	KindFailure                  // a set the lifter marked as taken to failure
	KindRestPause                // a rest-pause burst: a continuation of the set before it after a short rest
)

var kindNames = [...]string{
	KindUnknown:   "unknown",
	KindWarmup:    "warmup",
	KindWorking:   "working",
	KindDrop:      "drop",
	KindFailure:   "failure",
	KindRestPause: "restpause",
}

// String returns the kind's lower-case name, such as "warmup" or "restpause".
func (k SetKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("SetKind(%d)", uint8(k))
}

// MarshalText implements [encoding.TextMarshaler]; an undefined kind is an
// error wrapping [ErrKind].
func (k SetKind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, &FieldError{Field: "kind", Value: k.String(), Err: ErrKind}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the names
// String returns, case-insensitively, and rejects others with an error
// wrapping [ErrKind]. On error k is unchanged.
func (k *SetKind) UnmarshalText(text []byte) error {
	v, ok := ParseSetKind(string(text))
	if !ok {
		return &FieldError{Field: "kind", Value: string(text), Err: ErrKind}
	}
	*k = v
	return nil
}

// ParseSetKind reads a kind name case-insensitively, reporting whether it
// was one. It does not allocate.
func ParseSetKind(s string) (SetKind, bool) {
	for i, name := range kindNames {
		if strings.EqualFold(s, name) {
			return SetKind(i), true
		}
	}
	return KindUnknown, false
}

// Counts reports whether a set of this kind is work the lifter did for the
// exercise: every kind but warm-ups. An unknown kind counts, because the
// apps that do not mark kinds (FitNotes, older exports) log mostly work.
func (k SetKind) Counts() bool { return k != KindWarmup }

// A Format is a file format a history is read from or written to. The zero
// Format is [FormatUnknown].
type Format uint8

// The formats [NewReader] detects from a header.
const (
	FormatUnknown   Format = iota // not recognised
	FormatStrong                  // Strong (any of its CSV variants)
	FormatHevy                    // Hevy CSV
	FormatFitNotes                // FitNotes CSV (Android, and the iOS "FitNotes 2" variant)
	FormatLiftosaur               // Liftosaur's 20-column history CSV
	FormatRepkit                  // repkit's own history CSV, written by [WriteCSV]
)

var formatNames = [...]string{
	FormatUnknown:   "unknown",
	FormatStrong:    "strong",
	FormatHevy:      "hevy",
	FormatFitNotes:  "fitnotes",
	FormatLiftosaur: "liftosaur",
	FormatRepkit:    "repkit",
}

// String returns the format's lower-case name, such as "strong".
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// MarshalText implements [encoding.TextMarshaler]; an undefined format is an
// error wrapping [ErrFormat].
func (f Format) MarshalText() ([]byte, error) {
	if int(f) >= len(formatNames) {
		return nil, &FieldError{Field: "format", Value: f.String(), Err: ErrFormat}
	}
	return []byte(formatNames[f]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns case-insensitively and rejecting others with an error
// wrapping [ErrFormat]. On error f is unchanged.
func (f *Format) UnmarshalText(text []byte) error {
	for i, name := range formatNames {
		if strings.EqualFold(string(text), name) {
			*f = Format(i)
			return nil
		}
	}
	return &FieldError{Field: "format", Value: string(text), Err: ErrFormat}
}
