package progression_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

type enumValue interface {
	encoding.TextMarshaler
	String() string
}

// enums lists every enum with how many named values it has and how to
// decode into a fresh one.
var enums = []struct {
	name  string
	count int
	value func(int) enumValue
	parse func([]byte) (enumValue, error)
}{
	{"RoundMode", 3, func(i int) enumValue { return progression.RoundMode(i) }, func(b []byte) (enumValue, error) {
		var v progression.RoundMode
		err := v.UnmarshalText(b)
		return v, err
	}},
	{"Action", 6, func(i int) enumValue { return progression.Action(i) }, func(b []byte) (enumValue, error) {
		var v progression.Action
		err := v.UnmarshalText(b)
		return v, err
	}},
	{"Reason", 16, func(i int) enumValue { return progression.Reason(i) }, func(b []byte) (enumValue, error) {
		var v progression.Reason
		err := v.UnmarshalText(b)
		return v, err
	}},
	{"Formula", 9, func(i int) enumValue { return progression.Formula(i) }, func(b []byte) (enumValue, error) {
		var v progression.Formula
		err := v.UnmarshalText(b)
		return v, err
	}},
}

// testEnumRoundTrip: every named value marshals to its lower-case name and
// reads back, in any case; a value past the names fails to marshal.
func testEnumRoundTrip(t *rapid.T) {
	e := rapid.SampledFrom(enums).Draw(t, "enum")
	i := rapid.IntRange(0, e.count+2).Draw(t, "value")
	v := e.value(i)
	text, err := v.MarshalText()
	if i >= e.count {
		if err == nil || !errors.Is(err, repkit.ErrUnknownName) {
			t.Fatalf("%s(%d).MarshalText: err = %v", e.name, i, err)
		}
		return
	}
	if err != nil || string(text) != v.String() || strings.ToLower(v.String()) != v.String() {
		t.Fatalf("%s(%d).MarshalText = %q, %v", e.name, i, text, err)
	}
	if rapid.Bool().Draw(t, "upper") {
		text = []byte(strings.ToUpper(string(text)))
	}
	back, err := e.parse(text)
	if err != nil || back != v {
		t.Fatalf("%s: %q read back as %v, %v", e.name, text, back, err)
	}
}

func TestEnumRoundTrip(t *testing.T) { rapid.Check(t, testEnumRoundTrip) }
func FuzzEnumRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testEnumRoundTrip)) }

func TestEnumZeroValues(t *testing.T) {
	if progression.RoundMode(0) != progression.RoundDown || progression.Action(0).String() != "unknown" ||
		progression.Reason(0).String() != "unknown" || progression.Formula(0).String() != "unknown" {
		t.Error("zero values are not the documented ones")
	}
}

// FuzzEnumText feeds arbitrary text to every decoder: no panic; success
// only for a known name, which then marshals back to the same name ignoring
// case; failure wraps ErrUnknownName.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"down", "NEAREST", "add-load", "top-of-range", "epley", "rts", "", "x", "unknown"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, e := range enums {
			v, err := e.parse(b)
			if err != nil {
				if !errors.Is(err, repkit.ErrUnknownName) {
					t.Fatalf("%s: %q: err %v does not wrap ErrUnknownName", e.name, b, err)
				}
				continue
			}
			text, err := v.MarshalText()
			if err != nil || !strings.EqualFold(string(text), string(b)) {
				t.Fatalf("%s: %q decoded to %v, which marshals to %q, %v", e.name, b, v, text, err)
			}
		}
	})
}
