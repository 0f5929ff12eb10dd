package restpause

import (
	"strings"

	"github.com/repkit/repkit"
)

// The enums of this package share one text codec: String gives a
// lower-case name, MarshalText writes it, UnmarshalText reads it back
// case-insensitively. Names are looked up through each type's String
// method, so there is no table to keep in step and no package-level state.

// parseEnum returns the first value in [0, n) whose name equals text,
// ignoring case.
func parseEnum[T ~uint8](text []byte, n T, name func(T) string, kind string) (T, error) {
	s := string(text)
	for v := T(0); v < n; v++ {
		if strings.EqualFold(s, name(v)) {
			return v, nil
		}
	}
	return 0, &FieldError{Field: kind, Value: s, Err: repkit.ErrUnknownName}
}

// marshalEnum rejects values outside [0, n) so that every name written can
// be read back.
func marshalEnum[T ~uint8](v, n T, name func(T) string, kind string) ([]byte, error) {
	if v >= n {
		return nil, &FieldError{Field: kind, Value: name(v), Err: repkit.ErrUnknownName}
	}
	return []byte(name(v)), nil
}
