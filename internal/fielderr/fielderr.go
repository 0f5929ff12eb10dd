// Package fielderr writes the message of every repkit package's FieldError
// in one shape, so that a field error reads the same whichever package
// returned it:
//
//	pkg: field "value": sentinel text; hint
//
// It also builds the package sentinels that refine a root one, so that
// [errors.Is] matches both.
package fielderr

import (
	"strconv"
	"unicode/utf8"
)

// Append appends `field "value": err; hint` to b: the field as the user
// wrote it, the value quoted, the sentinel's text, and the hint when there
// is one. A nil err reads "invalid value".
func Append(b []byte, field, value string, err error, hint string) []byte {
	if field != "" {
		b = append(b, field...)
		b = append(b, ' ')
	}
	if len(value) > MaxQuoted+32 { // a value Clip already cut is quoted as it is
		value = Clip(value)
	}
	b = strconv.AppendQuote(b, value)
	b = append(b, ": "...)
	if err == nil {
		b = append(b, "invalid value"...)
	} else {
		b = append(b, err.Error()...)
	}
	if hint != "" {
		b = append(b, "; "...)
		b = append(b, hint...)
	}
	return b
}

// AppendInner appends the message of err, an error a position type such
// as a row or an entry holds, without its leading prefix (the package's
// "pkg: "), so the position's own prefix is not repeated. A nil err appends
// nothing.
func AppendInner(b []byte, prefix string, err error) []byte {
	if err == nil {
		return b
	}
	msg := err.Error()
	if len(msg) >= len(prefix) && msg[:len(prefix)] == prefix {
		msg = msg[len(prefix):]
	}
	return append(b, msg...)
}

// MaxQuoted is the most bytes of a value an error message quotes.
const MaxQuoted = 64

// Clip returns value when it is at most [MaxQuoted] bytes long, and
// otherwise its first bytes, cut at a rune boundary, then "... (N bytes)"
// with its whole length: an error about a 100 MB cell quotes a short
// prefix, not the cell. Field errors store and quote clipped values.
func Clip[T string | []byte](value T) string {
	if len(value) <= MaxQuoted {
		return string(value)
	}
	// Cut at a rune start so the quote stays valid UTF-8, but back up no
	// more than one rune: a run of stray continuation bytes is cut as it is.
	n := MaxQuoted
	for n > MaxQuoted-utf8.UTFMax+1 && !utf8.RuneStart(value[n]) {
		n--
	}
	return string(value[:n]) + "... (" + strconv.Itoa(len(value)) + " bytes)"
}

// Message returns pkg + ": " + Append(field, value, err, hint).
func Message(pkg, field, value string, err error, hint string) string {
	b := make([]byte, 0, len(pkg)+len(field)+min(len(value), MaxQuoted+24)+len(hint)+48)
	b = append(b, pkg...)
	b = append(b, ": "...)
	return string(Append(b, field, value, err, hint))
}

// Sentinel returns an error whose text is text and which [errors.Is] also
// matches to parent: a package sentinel that is one kind of a root one.
func Sentinel(text string, parent error) error { return &sentinel{text, parent} }

type sentinel struct {
	text   string
	parent error
}

func (s *sentinel) Error() string { return s.text }
func (s *sentinel) Unwrap() error { return s.parent }

// Fields is the shape of every repkit package's FieldError: the field, the
// value as text, the sentinel and the hint. A package's FieldError is a
// struct with these fields, so [Builder] can build one.
type Fields = struct {
	Field string
	Value string
	Err   error
	Hint  string
}

// Builder returns a function that builds the package's error E (a struct
// of the shape [Fields], whose pointer is the error) for a field holding a
// value, wrapping sentinel with no hint: such as the error builder that an
// enum codec calls for text that names nothing.
func Builder[E ~Fields, P interface {
	*E
	error
}](sentinel error) func(field, value, hint string) error {
	return func(field, value, hint string) error {
		return P(&E{Field: field, Value: value, Err: sentinel, Hint: hint})
	}
}
