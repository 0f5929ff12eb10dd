// Package enum is the one text codec that repkit's enums share, in the
// manner of [log/slog.Level]'s text methods: each enum type keeps a table
// of lower-case names indexed by value, where index 0 names the deliberate
// zero value (usually "unknown"), and its String, AppendText, MarshalText
// and UnmarshalText methods are one-liners over a [Codec].
//
// The text forms are the same for every enum:
//
//   - String gives the name of a value in the table and "Type(n)", such as
//     "Unit(9)", for any other value.
//   - AppendText and MarshalText write the name; a value outside the table
//     is an error, so that every text written reads back.
//   - UnmarshalText reads a name or an alias ignoring ASCII case; other
//     text is an error built by the enum's package, which names the field
//     and the value and wraps the package's sentinel for unknown names.
//
// String, AppendText into a buffer with room, and UnmarshalText of a known
// name do not allocate. A Codec is immutable after [New] and safe for
// concurrent use. The package imports only the standard library and
// repkit's internal/ascii, so the root package can use it too.
package enum

import (
	"strconv"
	"strings"

	"github.com/repkit/repkit/internal/ascii"
	"github.com/repkit/repkit/internal/fielderr"
)

// A Codec is the text form of the enum type T. Build one with [New]; the
// zero Codec has no names and is not usable. A Codec is never changed after
// New returns it, so a package may keep one in a package-level variable
// and use it from any goroutine.
type Codec[T ~uint8] struct {
	typ     string
	field   string
	names   []string
	aliases []Alias[T]
	unknown func(field, value, hint string) error
}

// An Alias is one more name a [Codec] reads as Value. It is only read:
// String and MarshalText always write the table's name.
type Alias[T ~uint8] struct {
	Name  string // lower-case ASCII, such as "kilos"
	Value T
}

// New returns the codec of the enum type named typ (the Go name, such as
// "Unit", used in the out-of-range form "Unit(9)"), whose values have the
// given names in order: names[0] is the name of T's zero value. field is
// the name that errors give the value, such as "equipment", and unknown
// builds the package's error for a field holding a value that is not one
// of the names, with the hint the codec gives ("give one of cable,
// barbell, ..."); it must wrap the package's unknown-name sentinel.
//
// New panics on a programming mistake: no names, more than 256, an empty
// name, a name that is not lower case (it could never be read back), or a
// nil unknown.
func New[T ~uint8](typ, field string, unknown func(field, value, hint string) error, names ...string) *Codec[T] {
	if len(names) == 0 || len(names) > 256 || unknown == nil {
		panic("enum: New(" + typ + "): need 1 to 256 names and an error builder")
	}
	for _, n := range names {
		checkName(typ, n)
	}
	return &Codec[T]{typ: typ, field: field, names: names, unknown: unknown}
}

// fail is the package's error for value, which is not one of the names,
// with a hint listing them (all but the zero value's, which no one needs
// to write).
func (c *Codec[T]) fail(value string) error {
	hint := "give " + c.names[0]
	if len(c.names) > 1 {
		hint = "give one of " + strings.Join(c.names[1:], ", ")
	}
	return c.unknown(c.field, value, hint)
}

// WithAliases returns a copy of c that also reads the given names. It
// panics on an alias that is not lower case or names a value outside the
// table.
func (c *Codec[T]) WithAliases(aliases ...Alias[T]) *Codec[T] {
	for _, a := range aliases {
		checkName(c.typ, a.Name)
		if int(a.Value) >= len(c.names) {
			panic("enum: " + c.typ + ": alias " + a.Name + " names no value")
		}
	}
	d := *c
	d.aliases = append(append([]Alias[T](nil), c.aliases...), aliases...)
	return &d
}

func checkName(typ, n string) {
	if n == "" {
		panic("enum: " + typ + ": empty name")
	}
	for i := range len(n) {
		if 'A' <= n[i] && n[i] <= 'Z' {
			panic("enum: " + typ + ": name " + n + " is not lower case")
		}
	}
}

// Len returns the number of names: the values 0 to Len()-1 are named.
func (c *Codec[T]) Len() int { return len(c.names) }

// Valid reports whether v is in the table.
func (c *Codec[T]) Valid(v T) bool { return int(v) < len(c.names) }

// String returns the name of v, or "Type(n)" for a value outside the
// table. It allocates only for a value outside the table.
func (c *Codec[T]) String(v T) string {
	if int(v) < len(c.names) {
		return c.names[v]
	}
	return c.outside(v)
}

func (c *Codec[T]) outside(v T) string {
	return c.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// AppendText appends the name of v to b, as [encoding.TextAppender] asks.
// A value outside the table appends nothing and is the package's error,
// naming the field and "Type(n)".
func (c *Codec[T]) AppendText(b []byte, v T) ([]byte, error) {
	if int(v) >= len(c.names) {
		return b, c.fail(c.outside(v))
	}
	return append(b, c.names[v]...), nil
}

// MarshalText returns the name of v, as [encoding.TextMarshaler] asks; a
// value outside the table is an error, as for [Codec.AppendText].
func (c *Codec[T]) MarshalText(v T) ([]byte, error) {
	if int(v) >= len(c.names) {
		return nil, c.fail(c.outside(v))
	}
	return []byte(c.names[v]), nil
}

// UnmarshalText sets *v to the value text names, as
// [encoding.TextUnmarshaler] asks: a name or an alias, in any ASCII case.
// Other text is the package's error naming the field and the text, and
// leaves *v unchanged.
func (c *Codec[T]) UnmarshalText(v *T, text []byte) error {
	x, ok := Lookup(c, text)
	if !ok {
		return c.fail(fielderr.Clip(text))
	}
	*v = x
	return nil
}

// Parse returns the value s names, like [Codec.UnmarshalText].
func (c *Codec[T]) Parse(s string) (T, error) {
	x, ok := Lookup(c, s)
	if !ok {
		return 0, c.fail(fielderr.Clip(s))
	}
	return x, nil
}

// Lookup returns the value that s names in c, a name or an alias in any
// ASCII case, and whether there was one. It does not allocate.
func Lookup[T ~uint8, S string | []byte](c *Codec[T], s S) (T, bool) {
	for i, n := range c.names {
		if ascii.EqualFold(s, n) {
			return T(i), true
		}
	}
	for _, a := range c.aliases {
		if ascii.EqualFold(s, a.Name) {
			return a.Value, true
		}
	}
	return 0, false
}

// Also returns an error whose message is sentinel's and which unwraps to
// both sentinel and also, for a package whose enum errors already wrap a
// sentinel of their own (such as "unknown set kind") and must wrap the
// shared unknown-name sentinel too.
func Also(sentinel, also error) error { return &both{sentinel, also} }

type both struct{ err, also error }

func (e *both) Error() string   { return e.err.Error() }
func (e *both) Unwrap() []error { return []error{e.err, e.also} }

// Entry returns table[v], or "" for a value outside table: the lookup of a
// second text table an enum keeps beside its names, such as the sentences
// that explain each value to a lifter.
func Entry[T ~uint8](table []string, v T) string {
	if int(v) < len(table) {
		return table[v]
	}
	return ""
}

// ParseSet reads text as comma-separated names of c, such as
// "pain,fainting", and calls add with each value in order: the reading of
// a set type built over the enum. Empty text is the empty set. An empty
// item (",pain", "pain,"), an unknown name, or the zero value's name (the
// deliberate zero is never a member) is the package's error naming the
// field and the item, and add is not called for the items after it. With
// trim, spaces and tabs around each name are ignored. It does not allocate
// unless it fails.
func (c *Codec[T]) ParseSet(text []byte, trim bool, add func(T)) error {
	return Items(text, func(item []byte) error {
		if trim {
			item = ascii.TrimSpace(item)
		}
		v, ok := Lookup(c, item)
		if !ok || v == 0 {
			return c.fail(string(item))
		}
		add(v)
		return nil
	})
}

// Items calls f with each comma-separated item of text, in order, and
// returns the first error f returns. Empty text has no items; an empty item
// (",a", "a,,b", "a,") is passed to f as empty, so that a list parser
// built on Items rejects it as it rejects any unknown name.
func Items(text []byte, f func(item []byte) error) error {
	for len(text) > 0 {
		item := text
		rest := []byte(nil)
		last := true
		for i, c := range text {
			if c == ',' {
				item, rest, last = text[:i], text[i+1:], false
				break
			}
		}
		if err := f(item); err != nil {
			return err
		}
		if !last && len(rest) == 0 {
			return f(rest) // the empty item after a trailing comma
		}
		text = rest
	}
	return nil
}

// Parsed sets *v to the value parse reads from text, leaving *v unchanged
// on error: the UnmarshalText of a type whose text is not a names table
// (a number such as an RIR) and that has a parse function.
func Parsed[T any](v *T, text []byte, parse func(string) (T, error)) error {
	x, err := parse(string(text))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// Checked returns format() as text, or err if it is not nil: the
// MarshalText of a type whose text is its String once it is valid, called
// as Checked(v.Validate(), v.String).
func Checked(err error, format func() string) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return []byte(format()), nil
}
