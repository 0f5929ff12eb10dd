package enum_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/enum/enumtest"
)

// fieldError stands for a package's field-carrying error type.
type fieldError struct{ field, value string }

func (e *fieldError) Error() string {
	return "test: " + e.field + " " + strconv.Quote(e.value) + ": " + repkit.ErrUnknownName.Error()
}
func (e *fieldError) Unwrap() error { return repkit.ErrUnknownName }

func unknown(field, value, _ string) error { return &fieldError{field, value} }

// Tone is a test enum on the codec.
type Tone uint8

const (
	ToneUnknown Tone = iota
	Soft
	Loud
	VeryLoud
)

var toneText = enum.New[Tone]("Tone", "tone", unknown, "unknown", "soft", "loud", "very-loud").
	WithAliases(enum.Alias[Tone]{Name: "quiet", Value: Soft})

func (t Tone) String() string                      { return toneText.String(t) }
func (t Tone) AppendText(b []byte) ([]byte, error) { return toneText.AppendText(b, t) }
func (t Tone) MarshalText() ([]byte, error)        { return toneText.MarshalText(t) }
func (t *Tone) UnmarshalText(text []byte) error    { return toneText.UnmarshalText(t, text) }

func TestToneContract(t *testing.T) {
	enumtest.Run[Tone](t, "Tone", "tone", "unknown", "soft", "loud", "very-loud")
}

func TestCodec(t *testing.T) {
	if got := Tone(4).String(); got != "Tone(4)" {
		t.Errorf("Tone(4).String() = %q", got)
	}
	if got := Tone(255).String(); got != "Tone(255)" {
		t.Errorf("Tone(255).String() = %q", got)
	}
	var v Tone
	if err := v.UnmarshalText([]byte("QUIET")); err != nil || v != Soft {
		t.Errorf("alias QUIET = %v, %v", v, err)
	}
	if text, _ := Soft.MarshalText(); string(text) != "soft" {
		t.Errorf("an alias changed the written name: %q", text)
	}
	_, err := Tone(7).MarshalText()
	var fe *fieldError
	if !errors.As(err, &fe) || fe.field != "tone" || fe.value != "Tone(7)" {
		t.Errorf("Tone(7).MarshalText() error = %#v, want field tone, value Tone(7)", err)
	}
	if got, err := toneText.Parse("Very-Loud"); err != nil || got != VeryLoud {
		t.Errorf("Parse(Very-Loud) = %v, %v", got, err)
	}
	if _, err := toneText.Parse("véry-loud"); !errors.As(err, &fe) || fe.value != "véry-loud" {
		t.Errorf("Parse of non-ASCII text: %v", err)
	}
	if toneText.Len() != 4 || !toneText.Valid(VeryLoud) || toneText.Valid(4) {
		t.Errorf("Len %d, Valid(3) %v, Valid(4) %v", toneText.Len(), toneText.Valid(VeryLoud), toneText.Valid(4))
	}
}

func TestAlso(t *testing.T) {
	own := errors.New("unknown set kind")
	err := enum.Also(own, repkit.ErrUnknownName)
	if err.Error() != "unknown set kind" || !errors.Is(err, own) || !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Also: %q, Is own %v, Is ErrUnknownName %v", err, errors.Is(err, own), errors.Is(err, repkit.ErrUnknownName))
	}
}

func TestNewPanicsOnMistakes(t *testing.T) {
	for name, f := range map[string]func(){
		"no names":   func() { enum.New[Tone]("Tone", "tone", unknown) },
		"upper case": func() { enum.New[Tone]("Tone", "tone", unknown, "unknown", "Soft") },
		"empty name": func() { enum.New[Tone]("Tone", "tone", unknown, "unknown", "") },
		"nil error":  func() { enum.New[Tone]("Tone", "tone", nil, "unknown") },
		"257 names":  func() { enum.New[Tone]("Tone", "tone", unknown, make([]string, 257)...) },
		"bad alias": func() {
			enum.New[Tone]("Tone", "tone", unknown, "unknown").WithAliases(enum.Alias[Tone]{Name: "x", Value: 1})
		},
	} {
		func() {
			defer func() {
				if r, ok := recover().(string); !ok || !strings.HasPrefix(r, "enum: ") {
					t.Errorf("%s: recover() = %v, want a panic prefixed enum:", name, r)
				}
			}()
			f()
		}()
	}
}

// Broken is a hand-written enum that breaks every rule of the contract, to
// show that Check finds each.
type Broken uint8

func (b Broken) String() string {
	if b == 1 {
		return "One" // not lower case
	}
	return "b" + strconv.Itoa(int(b)) // no Type(n) form
}
func (b Broken) AppendText(p []byte) ([]byte, error) { return append(p, b.String()...), nil }
func (b Broken) MarshalText() ([]byte, error)        { return []byte(b.String()), nil }
func (b *Broken) UnmarshalText(text []byte) error {
	*b = 0 // changes the value even on error
	if string(text) == "b0" {
		return nil
	}
	return errors.New("no") // wraps nothing
}

func TestCheckFindsBrokenRules(t *testing.T) {
	err := enumtest.Check[Broken]("Broken", "broken", "b0", "one")
	if err == nil {
		t.Fatal("Check passed a broken enum")
	}
	for _, want := range []string{
		`Broken(1).String() = "One", want "one"`,
		`UnmarshalText("B0")`,
		`UnmarshalText("no-such-b0") error = no, want one wrapping repkit.ErrUnknownName`,
		`a failed UnmarshalText("no-such-b0") changed the value from 1 to 0`,
		`first value past the names: String() = "b2", want "Broken(2)"`,
		`Broken(2).MarshalText() = "b2", <nil>; want an error`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Check's report lacks %q:\n%v", want, err)
		}
	}
	if err := enumtest.Check[Tone]("Tone", "tone", "unknown", "soft", "loud", "very-loud"); err != nil {
		t.Errorf("Check of a sound enum: %v", err)
	}
	if err := enumtest.Check[Tone]("Tone", "tone", "unknown", "soft", "loud"); err == nil {
		t.Error("Check passed a names list one short")
	}
}

// genCodec draws a codec over distinct lower-case names.
func genNames(t *rapid.T) []string {
	return rapid.SliceOfNDistinct(rapid.StringMatching(`[a-z][a-z0-9_-]{0,11}`), 1, 40, rapid.ID[string]).Draw(t, "names")
}

// testRoundTrip: for any table, every value's name marshals, appends and
// parses back in any case; a value past the table prints Type(n) and fails
// to marshal; text parses exactly when it equals a name ignoring ASCII case.
func testRoundTrip(t *rapid.T) {
	names := genNames(t)
	c := enum.New[uint8]("T", "t", unknown, names...)
	v := uint8(rapid.IntRange(0, 255).Draw(t, "v"))
	if int(v) >= len(names) {
		if got := c.String(v); got != "T("+strconv.Itoa(int(v))+")" {
			t.Fatalf("String(%d) = %q", v, got)
		}
		if _, err := c.MarshalText(v); !errors.Is(err, repkit.ErrUnknownName) {
			t.Fatalf("MarshalText(%d) err = %v", v, err)
		}
		return
	}
	text, err := c.AppendText([]byte("x"), v)
	if err != nil || string(text) != "x"+names[v] || c.String(v) != names[v] {
		t.Fatalf("AppendText(%d) = %q, %v", v, text, err)
	}
	in := []byte(names[v])
	for i := range in {
		if rapid.Bool().Draw(t, "upper") {
			in[i] = []byte(strings.ToUpper(string(in[i])))[0]
		}
	}
	var back uint8
	if err := c.UnmarshalText(&back, in); err != nil || back != v {
		t.Fatalf("UnmarshalText(%q) = %d, %v; want %d", in, back, err, v)
	}
	other := rapid.StringMatching(`[A-Za-z0-9_-]{0,12}`).Draw(t, "other")
	want := -1
	for i, n := range names {
		if strings.ToLower(other) == n {
			want = i
		}
	}
	got, err := c.Parse(other)
	if (want < 0) != (err != nil) || (want >= 0 && int(got) != want) {
		t.Fatalf("Parse(%q) = %d, %v; want value %d", other, got, err, want)
	}
}

func TestRoundTrip(t *testing.T) { rapid.Check(t, testRoundTrip) }

// FuzzParseFormat: any text either fails to parse, wrapping the sentinel
// and leaving the value alone, or names a value whose text equals it
// ignoring ASCII case; any byte value formats, and marshals exactly when
// it is named.
func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"unknown", "SOFT", "Very-Loud", "quiet", "", "loud ", "tone(1)", "\xff"} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, text []byte, b uint8) {
		v := Tone(b)
		got := v
		err := got.UnmarshalText(text)
		if err != nil {
			if !errors.Is(err, repkit.ErrUnknownName) || got != v {
				t.Fatalf("UnmarshalText(%q) = %v, %v", text, got, err)
			}
		} else {
			out, _ := got.MarshalText()
			if !strings.EqualFold(string(out), string(text)) && !strings.EqualFold(string(text), "quiet") {
				t.Fatalf("%q read as %v, which writes %q", text, got, out)
			}
		}
		s := v.String()
		m, err := v.MarshalText()
		if (err == nil) != toneText.Valid(v) || (err == nil && string(m) != s) {
			t.Fatalf("%d: String %q, MarshalText %q, %v", b, s, m, err)
		}
		if err != nil && s != "Tone("+strconv.Itoa(int(b))+")" {
			t.Fatalf("%d: String %q", b, s)
		}
	})
}

func TestEntry(t *testing.T) {
	table := []string{"", "first", "second"}
	for v, want := range map[uint8]string{0: "", 1: "first", 2: "second", 3: "", 255: ""} {
		if got := enum.Entry(table, v); got != want {
			t.Errorf("Entry(%d) = %q, want %q", v, got, want)
		}
	}
}

func TestItems(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a,b", []string{"a", "b"}},
		{" a , b ", []string{" a ", " b "}},
		{",a", []string{"", "a"}},
		{"a,,b", []string{"a", "", "b"}},
		{"a,", []string{"a", ""}},
		{",", []string{"", ""}},
	} {
		var got []string
		if err := enum.Items([]byte(tt.text), func(item []byte) error {
			got = append(got, string(item))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Items(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	stop := errors.New("stop")
	n := 0
	err := enum.Items([]byte("a,b,c"), func([]byte) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Items did not stop at the first error: %v after %d calls", err, n)
	}
}

func TestParseSet(t *testing.T) {
	for _, tt := range []struct {
		text string
		trim bool
		want []Tone // nil with bad != "": an error naming bad
		bad  string
	}{
		{"", false, nil, ""},
		{"soft,LOUD", false, []Tone{Soft, Loud}, ""},
		{"quiet", false, []Tone{Soft}, ""},
		{" soft , loud ", true, []Tone{Soft, Loud}, ""},
		{" soft", false, nil, " soft"},
		{"soft,unknown", false, nil, "unknown"},
		{"soft,", false, nil, ""},
		{",soft", true, nil, ""},
		{"soft,,loud", false, nil, ""},
		{"soft,shrill", false, nil, "shrill"},
	} {
		var got []Tone
		err := toneText.ParseSet([]byte(tt.text), tt.trim, func(v Tone) { got = append(got, v) })
		wantErr := tt.want == nil && (tt.bad != "" || tt.text != "")
		var fe *fieldError
		switch {
		case wantErr && (!errors.As(err, &fe) || fe.value != tt.bad || fe.field != "tone"):
			t.Errorf("ParseSet(%q) error = %v, want one naming tone %q", tt.text, err, tt.bad)
		case !wantErr && (err != nil || len(got) != len(tt.want)):
			t.Errorf("ParseSet(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		case !wantErr:
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("ParseSet(%q) = %v, want %v", tt.text, got, tt.want)
				}
			}
		}
	}
}

func TestParsedAndChecked(t *testing.T) {
	v := 7
	if err := enum.Parsed(&v, []byte("42"), strconv.Atoi); err != nil || v != 42 {
		t.Errorf("Parsed(42) = %d, %v", v, err)
	}
	if err := enum.Parsed(&v, []byte("x"), strconv.Atoi); err == nil || v != 42 {
		t.Errorf("Parsed(x) = %d, %v; want an error and 42 unchanged", v, err)
	}
	if b, err := enum.Checked(nil, func() string { return "8.5" }); err != nil || string(b) != "8.5" {
		t.Errorf("Checked(nil) = %q, %v", b, err)
	}
	bad := errors.New("bad")
	if b, err := enum.Checked(bad, func() string { t.Error("format called on error"); return "" }); !errors.Is(err, bad) || b != nil {
		t.Errorf("Checked(bad) = %q, %v", b, err)
	}
}
