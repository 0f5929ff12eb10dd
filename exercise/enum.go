package exercise

import (
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/ascii"
)

// The enums in this package share one text form: a fixed table of lower-case
// names indexed by value, where index 0 names the deliberate zero value
// ("unknown"). These helpers keep every enum's String, MarshalText and
// UnmarshalText consistent. The tables are arrays of constants; nothing
// writes to them.

// enumString returns names[v], or "Type(v)" for a value outside the table.
func enumString[T ~uint8](names []string, typ string, v T) string {
	if int(v) < len(names) {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// enumMarshal returns the name of v, or an error wrapping [repkit.ErrUnknownName]
// for a value outside the table.
func enumMarshal[T ~uint8](names []string, field string, v T) ([]byte, error) {
	if int(v) >= len(names) {
		return nil, &TraitError{Field: field, Value: strconv.Itoa(int(v)), Err: repkit.ErrUnknownName}
	}
	return []byte(names[v]), nil
}

// enumParse finds text among names, ignoring ASCII case. Unknown text is an
// error wrapping [repkit.ErrUnknownName] that names the field and the text.
func enumParse[T ~uint8](names []string, field string, text []byte) (T, error) {
	for i, n := range names {
		if ascii.EqualFold(text, n) {
			return T(i), nil
		}
	}
	return 0, &TraitError{Field: field, Value: string(text), Err: repkit.ErrUnknownName}
}
