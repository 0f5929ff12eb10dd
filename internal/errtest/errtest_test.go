package errtest

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"testing"
)

// recorder is a testing.TB that records Errorf calls instead of failing.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

// TestCheck: Check reports a nil error, a wrong text and a failed
// errors.Is, each naming its case, and passes a right case.
func TestCheck(t *testing.T) {
	parent := errors.New("out of range")
	err := fmt.Errorf("x %q: %w", "11", parent)
	r := &recorder{TB: t}
	Check(r, []Case{
		C("right", err, parent, `x "11": out of range`),
		C("wrong text", err, nil, `x "12": out of range`),
		C("wrong sentinel", err, errors.New("other"), `x "11": out of range`),
		C("no error", nil, nil, "something"),
	})
	// One report for each broken case, in order and naming it; none for
	// "right", which reads Want and matches Is.
	want := []string{
		"wrong text:\n got x \"11\": out of range\nwant x \"12\": out of range",
		"wrong sentinel: x \"11\": out of range does not match other",
		"no error: no error, want something",
	}
	if !slices.Equal(r.msgs, want) {
		t.Errorf("Check reported\n%q\nwant\n%q", r.msgs, want)
	}
}

// TestCheckWithoutIs: a case with a nil Is checks the text alone, so a
// right text is no report at all.
func TestCheckWithoutIs(t *testing.T) {
	r := &recorder{TB: t}
	Check(r, []Case{C("text only", errors.New("bad load"), nil, "bad load")})
	if len(r.msgs) != 0 {
		t.Errorf("Check reported %q for a right text and no sentinel", r.msgs)
	}
}

func TestMatches(t *testing.T) {
	a, b, c := errors.New("a"), errors.New("b"), errors.New("c")
	sentinels := []error{a, b, c}
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"nil", nil, 0},
		{"unrelated", errors.New("a"), 0},
		{"one", fmt.Errorf("x: %w", b), 1},
		{"two", errors.Join(a, fmt.Errorf("y: %w", c)), 2},
	}
	for _, tt := range tests {
		if got := Matches(tt.err, sentinels); got != tt.want {
			t.Errorf("%s: Matches(%v) = %d, want %d", tt.name, tt.err, got, tt.want)
		}
	}
}

func TestRules(t *testing.T) {
	rule := regexp.MustCompile(`^kit: ([a-z ]+): `)
	err := errors.Join(errors.New("kit: round trip: x"), errors.New("kit: below zero: y"), errors.New("kit: round trip: z"))
	if got, want := Rules(t, err, rule), []string{"below zero", "round trip"}; !slices.Equal(got, want) {
		t.Errorf("Rules = %q, want %q", got, want)
	}
}
