package fielderr

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMessage(t *testing.T) {
	errX := errors.New("out of range")
	tests := []struct {
		pkg, field, value string
		err               error
		hint, want        string
	}{
		{"repkit", "rir", "11", errX, "write 0 to 10", `repkit: rir "11": out of range; write 0 to 10`},
		{"fatigue", "sleep", "", errX, "", `fatigue: sleep "": out of range`},
		{"history", "", "x", nil, "", `history: "x": invalid value`},
		{"exercise", "name", "a\"b", errX, "", `exercise: name "a\"b": out of range`},
	}
	for _, tt := range tests {
		if got := Message(tt.pkg, tt.field, tt.value, tt.err, tt.hint); got != tt.want {
			t.Errorf("Message(%q, %q, %q, %v, %q) = %s, want %s", tt.pkg, tt.field, tt.value, tt.err, tt.hint, got, tt.want)
		}
	}
}

func TestSentinel(t *testing.T) {
	parent := errors.New("missing or unknown unit")
	s := Sentinel("no weight unit", parent)
	if s.Error() != "no weight unit" {
		t.Errorf("Error() = %q", s.Error())
	}
	if !errors.Is(s, parent) || !errors.Is(s, s) {
		t.Error("errors.Is does not match the sentinel and its parent")
	}
	if errors.Is(parent, s) {
		t.Error("the parent matches the refinement")
	}
}

func TestAppendInner(t *testing.T) {
	inner := errors.New("history: Weight \"x\": invalid syntax")
	for _, tt := range []struct {
		err  error
		want string
	}{
		{inner, `line 3: Weight "x": invalid syntax`},
		{errors.New("malformed row"), "line 3: malformed row"},
		{nil, "line 3: "},
	} {
		if got := string(AppendInner([]byte("line 3: "), "history: ", tt.err)); got != tt.want {
			t.Errorf("AppendInner(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// testFieldError has the shape of a package's FieldError.
type testFieldError struct {
	Field string // a comment does not change the shape
	Value string
	Err   error
	Hint  string
}

func (e *testFieldError) Error() string {
	return Message("test", e.Field, e.Value, e.Err, e.Hint)
}

func (e *testFieldError) Unwrap() error { return e.Err }

func TestBuilder(t *testing.T) {
	sentinel := errors.New("unknown name")
	err := Builder[testFieldError](sentinel)("kind", "warmup", "give one of working, drop")
	var fe *testFieldError
	if !errors.As(err, &fe) {
		t.Fatalf("Builder error %T is not a *testFieldError", err)
	}
	want := testFieldError{Field: "kind", Value: "warmup", Err: sentinel, Hint: "give one of working, drop"}
	if *fe != want {
		t.Errorf("built %+v, want %+v", *fe, want)
	}
	if !errors.Is(err, sentinel) {
		t.Errorf("errors.Is(%v, sentinel) = false", err)
	}
	if got, wantMsg := err.Error(), `test: kind "warmup": unknown name; give one of working, drop`; got != wantMsg {
		t.Errorf("Error() = %q, want %q", got, wantMsg)
	}
}

// A value longer than MaxQuoted bytes is quoted as its first bytes (cut at
// a rune boundary) and its length, so a 100 MB cell gives a short message.
func TestClip(t *testing.T) {
	long := strings.Repeat("a", 1000)
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"8.5", "8.5"},
		{strings.Repeat("x", MaxQuoted), strings.Repeat("x", MaxQuoted)},
		{long, strings.Repeat("a", MaxQuoted) + "... (1000 bytes)"},
		// a three-byte rune straddling the cut is left out whole
		{strings.Repeat("a", MaxQuoted-1) + "€" + long, strings.Repeat("a", MaxQuoted-1) + "... (1066 bytes)"},
		// stray continuation bytes are no rune: the cut backs up at most
		// one rune's length, so the quote is never a bare prefix of "+"
		{"+" + strings.Repeat("\xb9", 1000), "+" + strings.Repeat("\xb9", MaxQuoted-utf8.UTFMax) + "... (1001 bytes)"},
	} {
		if got := Clip(tt.in); got != tt.want {
			t.Errorf("Clip(%d bytes) = %q, want %q", len(tt.in), got, tt.want)
		}
	}
	msg := Message("repkit", "load", strings.Repeat("9", 1<<20), errors.New("overflow"), "")
	if want := `repkit: load "` + strings.Repeat("9", MaxQuoted) + `... (1048576 bytes)": overflow`; msg != want {
		t.Errorf("Message of a 1 MiB value = %q, want %q", msg, want)
	}
}

// A value up to MaxQuoted+32 bytes is quoted whole (a value Clip already
// cut is up to that long, and is not cut again); a longer one is clipped.
func TestAppendClipsOnlyPastTheSlack(t *testing.T) {
	whole := strings.Repeat("w", MaxQuoted+32)
	if got, want := string(Append(nil, "f", whole, nil, "")), `f "`+whole+`": invalid value`; got != want {
		t.Errorf("Append of %d bytes = %q, want it quoted whole", len(whole), got)
	}
	long := whole + "w"
	if got, want := string(Append(nil, "f", long, nil, "")), `f "`+Clip(long)+`": invalid value`; got != want {
		t.Errorf("Append of %d bytes = %q, want %q", len(long), got, want)
	}
	// Clip's own output is never cut again, however long its length suffix.
	if clipped := Clip(strings.Repeat("c", 1<<20)); !strings.Contains(string(Append(nil, "", clipped, nil, "")), clipped) {
		t.Errorf("Append cut the clipped value %q again", clipped)
	}
}

// A message that is exactly the prefix loses it, leaving nothing.
func TestAppendInnerWholePrefix(t *testing.T) {
	if got := string(AppendInner([]byte("line 3: "), "history: ", errors.New("history: "))); got != "line 3: " {
		t.Errorf("AppendInner of a bare prefix = %q, want %q", got, "line 3: ")
	}
}

// Message sizes its buffer once: the buffer and the string, at most two
// allocations, for a long field, an unclipped value and a long hint.
func TestMessageAllocatesTwice(t *testing.T) {
	field := strings.Repeat("f", 100)
	value := strings.Repeat("v", MaxQuoted+24)
	hint := strings.Repeat("h", 50)
	errX := errors.New("bad")
	var msg string
	allocs := testing.AllocsPerRun(100, func() { msg = Message("p", field, value, errX, hint) })
	if want := "p: " + field + ` "` + value + `": bad; ` + hint; msg != want {
		t.Fatalf("Message = %q, want %q", msg, want)
	}
	if allocs > 2 {
		t.Errorf("Message allocated %v times, want at most 2 (its buffer and the string)", allocs)
	}
}
