package mobile

import (
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"

	"github.com/repkit/repkit/internal/fielderr"
)

// An inputError is wire text that does not decode, naming the argument.
type inputError struct {
	what string
	err  error
}

func (e *inputError) Error() string { return "mobile: " + e.what + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

type notFound struct{ what, q, hint string }

func (e *notFound) Error() string {
	return "mobile: " + e.what + " " + strconv.Quote(fielderr.Clip(e.q)) + ": not found; " + e.hint
}
func (e *notFound) Unwrap() error { return ErrNotFound }

// decodeError says what is wrong with text that encoding/json refused, in
// the wire format's words rather than Go's: the key path, what was there
// and what to write. Errors of the types' own readers (a *FieldError
// naming the field) pass through.
func decodeError(what string, err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF):
		return &inputError{what: what, err: errors.New("empty; give a JSON value, such as {} for the defaults where they are allowed")}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &inputError{what: what, err: errors.New("the JSON ends early; send the whole value")}
	case errors.As(err, &syntaxErr):
		return &inputError{what: what, err: errors.New("not JSON at byte " + strconv.FormatInt(syntaxErr.Offset, 10) + ": " + syntaxErr.Error())}
	case errors.As(err, &typeErr):
		at := what
		if typeErr.Field != "" {
			at += "." + typeErr.Field
		}
		return &inputError{what: at, err: errors.New("got a JSON " + typeErr.Value + ", want " + wireKind(typeErr.Type))}
	}
	return &inputError{what: what, err: err}
}

// wireKind names the JSON a Go type reads, as a client writes it.
func wireKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()) {
		return "string, such as \"15kg\", \"rpe 8.5\" or a name"
	}
	switch t.Kind() {
	case reflect.Struct:
		return "object"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Map:
		return "object"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "true or false"
	case reflect.Float32, reflect.Float64:
		return "number"
	}
	return "whole number"
}
