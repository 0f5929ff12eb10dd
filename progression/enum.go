package progression

import (
	"bytes"
	"strconv"

	"github.com/repkit/repkit"
)

// enumString returns names[v], or "Type(v)" for a value outside the table.
func enumString(typ string, names []string, v int) string {
	if v >= 0 && v < len(names) {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

// enumMarshal is MarshalText for an enum whose names are names.
func enumMarshal(typ string, names []string, v int) ([]byte, error) {
	if v < 0 || v >= len(names) {
		return nil, &Error{Field: typ, Value: strconv.Itoa(v), Err: repkit.ErrUnknownName}
	}
	return []byte(names[v]), nil
}

// enumParse finds text among names, ignoring ASCII case.
func enumParse(typ string, names []string, text []byte) (int, error) {
	for i, n := range names {
		if bytes.EqualFold(text, []byte(n)) {
			return i, nil
		}
	}
	return 0, &Error{Field: typ, Value: string(text), Err: repkit.ErrUnknownName}
}
