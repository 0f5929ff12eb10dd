package enum_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

// names returns n distinct lower-case names.
func names(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "v" + strconv.Itoa(i)
	}
	return out
}

// panics reports whether f panics with a message prefixed "enum: ".
func panics(f func()) (ok bool) {
	defer func() {
		r, isString := recover().(string)
		ok = isString && strings.HasPrefix(r, "enum: ")
	}()
	f()
	return false
}

// New takes 1 to 256 names (every uint8 value), and names with no upper-case
// ASCII letter: the letters at both ends of A-Z are upper case, and the
// bytes just outside them are not.
func TestNewEdges(t *testing.T) {
	for _, tt := range []struct {
		name   string
		names  []string
		panics bool
	}{
		{"1 name", names(1), false},
		{"256 names", names(256), false},
		{"257 names", names(257), true},
		{"A", []string{"unknown", "xAy"}, true},
		{"Z", []string{"unknown", "xZy"}, true},
		{"@, before A", []string{"unknown", "x@y"}, false},
		{"[, after Z", []string{"unknown", "x[y"}, false},
	} {
		got := panics(func() { enum.New[Tone]("Tone", "tone", unknown, tt.names...) })
		if got != tt.panics {
			t.Errorf("%s: New panics %v, want %v", tt.name, got, tt.panics)
		}
	}
	c := enum.New[Tone]("Tone", "tone", unknown, names(256)...)
	if c.Len() != 256 || c.String(255) != "v255" || !c.Valid(255) {
		t.Errorf("256 names: Len %d, String(255) %q, Valid(255) %v", c.Len(), c.String(255), c.Valid(255))
	}
	for _, alias := range []string{"Xa", "aZ"} {
		if !panics(func() { c.WithAliases(enum.Alias[Tone]{Name: alias, Value: 1}) }) {
			t.Errorf("alias %q: WithAliases does not panic", alias)
		}
	}
}

// TestHintOfOneName: a codec with only the zero value's name hints at that
// name ("give unknown"), since there is no "one of" the others to list;
// with more names the hint lists all but the zero value's.
func TestHintOfOneName(t *testing.T) {
	var hint string
	record := func(field, value, h string) error { hint = h; return unknown(field, value, h) }
	if _, err := enum.New[Tone]("Tone", "tone", record, "unknown").Parse("x"); err == nil || hint != "give unknown" {
		t.Errorf("one name: Parse(x) = %v with hint %q, want an error with hint \"give unknown\"", err, hint)
	}
	if _, err := enum.New[Tone]("Tone", "tone", record, "unknown", "soft").Parse("x"); err == nil || hint != "give one of soft" {
		t.Errorf("two names: Parse(x) = %v with hint %q, want an error with hint \"give one of soft\"", err, hint)
	}
}

// TestParseJSONSetEmptyInput: empty input is neither null nor an array nor
// a string: the package's unknown-name error, not a panic.
func TestParseJSONSetEmptyInput(t *testing.T) {
	for _, data := range [][]byte{nil, {}} {
		err := toneText.ParseJSONSet(data, func(Tone) { t.Error("add called for empty input") })
		if !errors.Is(err, repkit.ErrUnknownName) {
			t.Errorf("ParseJSONSet(%q) = %v, want the unknown-name error", data, err)
		}
	}
}
