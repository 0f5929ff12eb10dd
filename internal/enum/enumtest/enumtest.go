// Package enumtest is the contract test that every repkit enum built on
// [enum.Codec] passes, in the manner of testing/slogtest: [Check] returns
// the broken rules joined, and [Run] reports them from a test.
//
// The rules, for an enum type T with names n[0], ..., n[k-1]:
//
//   - T's zero value is the deliberate zero: its String is n[0].
//   - T(i).String() is n[i]; the names are lower case and distinct.
//   - MarshalText gives n[i]; AppendText appends n[i] to a buffer without
//     allocating when the buffer has room; UnmarshalText reads n[i] back
//     as T(i) in lower, upper and mixed case, without allocating.
//   - Unknown text (and empty text) is an error that wraps
//     [repkit.ErrUnknownName] and names the field and the text, and leaves
//     the value unchanged.
//   - T(k), the first value past the names, prints "Type(k)" and fails to
//     marshal with an error wrapping [repkit.ErrUnknownName].
package enumtest

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/repkit/repkit"
)

// An Enum is the method set every repkit enum has.
type Enum interface {
	~uint8
	String() string
	encoding.TextAppender
	encoding.TextMarshaler
}

// Run calls [Check] and reports each broken rule as a test error.
func Run[T Enum, P interface {
	*T
	encoding.TextUnmarshaler
}](t testing.TB, typ, field string, names ...string) {
	t.Helper()
	if err := Check[T, P](typ, field, names...); err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			t.Error(line)
		}
	}
}

// Check tests the enum type T, whose Go name is typ, whose errors name the
// field field, and whose values from 0 have the given names, and returns
// the broken rules joined, or nil. It counts allocations with
// [testing.AllocsPerRun], so call it from a test, not in parallel with
// allocation-heavy code.
func Check[T Enum, P interface {
	*T
	encoding.TextUnmarshaler
}](typ, field string, names ...string) error {
	var errs []error
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{typ}, args...)...))
	}
	if len(names) == 0 || len(names) > 255 {
		fail("need 1 to 255 names, have %d", len(names))
		return errors.Join(errs...)
	}
	var zero T
	if got := zero.String(); got != names[0] {
		fail("zero value String() = %q, want the deliberate zero %q", got, names[0])
	}
	seen := map[string]int{}
	for i, name := range names {
		v := T(i)
		if name != strings.ToLower(name) || name == "" {
			fail("name %q of value %d is not a lower-case word", name, i)
		}
		if j, dup := seen[name]; dup {
			fail("values %d and %d share the name %q", j, i, name)
		}
		seen[name] = i
		if got := v.String(); got != name {
			fail("%s(%d).String() = %q, want %q", typ, i, got, name)
		}
		if text, err := v.MarshalText(); err != nil || string(text) != name {
			fail("%s(%d).MarshalText() = %q, %v; want %q", typ, i, text, err, name)
		}
		buf := append(make([]byte, 0, 64), "x,"...)
		if b, err := v.AppendText(buf); err != nil || string(b) != "x,"+name {
			fail("%s(%d).AppendText(%q) = %q, %v; want %q", typ, i, buf, b, err, "x,"+name)
		}
		for _, in := range []string{name, strings.ToUpper(name), mixedCase(name)} {
			got := T(len(names)) // a value no name reads as
			if err := P(&got).UnmarshalText([]byte(in)); err != nil || got != v {
				fail("UnmarshalText(%q) = %d, %v; want %d", in, uint8(got), err, i)
			}
		}
		text := []byte(strings.ToUpper(name))
		var got T
		if n := testing.AllocsPerRun(10, func() { _ = v.String() }); n != 0 {
			fail("%s(%d).String() allocates %v times", typ, i, n)
		}
		if n := testing.AllocsPerRun(10, func() { buf, _ = v.AppendText(buf[:0]) }); n != 0 {
			fail("%s(%d).AppendText into a buffer with room allocates %v times", typ, i, n)
		}
		if n := testing.AllocsPerRun(10, func() { _ = P(&got).UnmarshalText(text) }); n != 0 {
			fail("UnmarshalText(%q) allocates %v times", text, n)
		}
	}

	unknown := "no-such-" + names[0]
	for _, in := range []string{unknown, ""} {
		before := T(len(names) - 1)
		got := before
		err := P(&got).UnmarshalText([]byte(in))
		switch {
		case !errors.Is(err, repkit.ErrUnknownName):
			fail("UnmarshalText(%q) error = %v, want one wrapping repkit.ErrUnknownName", in, err)
		case !strings.Contains(err.Error(), field) || !strings.Contains(err.Error(), strconv.Quote(in)):
			fail("UnmarshalText(%q) error %q does not name the field %q and the value %q", in, err, field, in)
		}
		if got != before {
			fail("a failed UnmarshalText(%q) changed the value from %d to %d", in, uint8(before), uint8(got))
		}
	}

	past := T(len(names))
	want := typ + "(" + strconv.Itoa(len(names)) + ")"
	if got := past.String(); got != want {
		fail("first value past the names: String() = %q, want %q", got, want)
	}
	if text, err := past.MarshalText(); !errors.Is(err, repkit.ErrUnknownName) || text != nil {
		fail("%s.MarshalText() = %q, %v; want an error wrapping repkit.ErrUnknownName", want, text, err)
	} else if !strings.Contains(err.Error(), field) || !strings.Contains(err.Error(), want) {
		fail("%s.MarshalText() error %q does not name the field %q and the value %q", want, err, field, want)
	}
	if b, err := past.AppendText([]byte("x,")); !errors.Is(err, repkit.ErrUnknownName) || !bytes.Equal(b, []byte("x,")) {
		fail("%s.AppendText(%q) = %q, %v; want the buffer unchanged and an error wrapping repkit.ErrUnknownName", want, "x,", b, err)
	}
	return errors.Join(errs...)
}

// mixedCase upper-cases every other ASCII letter of s: "drop-off" becomes
// "DrOp-OfF".
func mixedCase(s string) string {
	b := []byte(s)
	up := true
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			if up {
				b[i] = c - 'a' + 'A'
			}
			up = !up
		}
	}
	return string(b)
}

// Described reports, as test errors, each value of the enum type T from 1
// to n-1 for which text is empty: the check that every value but the
// deliberate zero has its entry in a second table, such as the sentence
// that explains it to a lifter.
func Described[T Enum](t testing.TB, n int, text func(T) string) {
	t.Helper()
	for i := 1; i < n; i++ {
		if v := T(i); text(v) == "" {
			t.Errorf("%v (value %d) has no text", v, i)
		}
	}
}
