package fatigue

import (
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/ascii"
)

// enumText returns the lower-case name of value v in names, or an error
// naming the type for a value outside it.
func enumText[T ~uint8](typ string, names []string, v T) ([]byte, error) {
	if int(v) >= len(names) {
		return nil, &FieldError{Field: typ, Value: enumString(names, v), Err: repkit.ErrUnknownName}
	}
	return []byte(names[v]), nil
}

func enumString[T ~uint8](names []string, v T) string {
	if int(v) < len(names) {
		return names[v]
	}
	return "invalid(" + strconv.Itoa(int(v)) + ")"
}

// parseEnum reads one of names, ignoring ASCII case.
func parseEnum[T ~uint8](typ string, names []string, text []byte) (T, error) {
	for i, n := range names {
		if len(n) == len(text) && ascii.EqualFold(string(text), n) {
			return T(i), nil
		}
	}
	return 0, &FieldError{Field: typ, Value: string(text), Err: repkit.ErrUnknownName}
}
