package enumtest

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

func unknownShade(field, value, hint string) error {
	return fmt.Errorf("%s %q: %w; %s", field, value, repkit.ErrUnknownName, hint)
}

// shade is an enum built on enum.Codec, as every repkit enum is. Its
// type parameter F plants one broken rule in its methods (F's flaw), or
// none (noFlaw), so that one type serves as the conforming enum and as
// each broken one, with no state shared between tests.
type shade[F flaw] uint8

// flaw names the rule a shade breaks: "" for none.
type flaw interface{ flaw() string }

type (
	noFlaw                     struct{}
	flawZero                   struct{}
	flawString                 struct{}
	flawStringAllocates        struct{}
	flawMarshal                struct{}
	flawAppend                 struct{}
	flawAppendAllocates        struct{}
	flawCase                   struct{}
	flawUnmarshalAllocates     struct{}
	flawUnknownNotWrapped      struct{}
	flawUnknownNamesNothing    struct{}
	flawFailureChangesTheValue struct{}
	flawPast                   struct{}
	flawPastMarshal            struct{}
	flawPastErrorNamesNothing  struct{}
	flawPastAppend             struct{}
)

func (noFlaw) flaw() string                     { return "" }
func (flawZero) flaw() string                   { return "zero" }
func (flawString) flaw() string                 { return "string" }
func (flawStringAllocates) flaw() string        { return "string allocates" }
func (flawMarshal) flaw() string                { return "marshal" }
func (flawAppend) flaw() string                 { return "append" }
func (flawAppendAllocates) flaw() string        { return "append allocates" }
func (flawCase) flaw() string                   { return "case" }
func (flawUnmarshalAllocates) flaw() string     { return "unmarshal allocates" }
func (flawUnknownNotWrapped) flaw() string      { return "unknown not wrapped" }
func (flawUnknownNamesNothing) flaw() string    { return "unknown names nothing" }
func (flawFailureChangesTheValue) flaw() string { return "failure changes the value" }
func (flawPast) flaw() string                   { return "past" }
func (flawPastMarshal) flaw() string            { return "past marshal" }
func (flawPastErrorNamesNothing) flaw() string  { return "past error names nothing" }
func (flawPastAppend) flaw() string             { return "past append" }

// shadeCodec is the codec every shade[F] converts to.
type shadeCodec uint8

var shades = enum.New[shadeCodec]("Shade", "shade", unknownShade, "unknown", "light", "dark")

// flawOf returns the rule shade[F] breaks.
func flawOf[F flaw]() string { var f F; return f.flaw() }

func (s shade[F]) String() string {
	flaw := flawOf[F]()
	switch {
	case flaw == "zero" && s == 0:
		return "none"
	case flaw == "string" && s == 2:
		return "Dark"
	case flaw == "string allocates" && s == 1:
		return strings.Clone("light") // a new string every call
	case flaw == "past" && int(s) == shades.Len():
		return "shade(3)"
	}
	return shades.String(shadeCodec(s))
}

func (s shade[F]) AppendText(b []byte) ([]byte, error) {
	flaw := flawOf[F]()
	switch {
	case flaw == "append" && s == 1:
		return append(b, "lite"...), nil
	case flaw == "append allocates" && s == 1:
		return append(append([]byte(nil), b...), "light"...), nil
	case flaw == "past append" && int(s) == shades.Len():
		return append(b, "shade(3)"...), nil
	}
	return shades.AppendText(b, shadeCodec(s))
}

func (s shade[F]) MarshalText() ([]byte, error) {
	flaw := flawOf[F]()
	switch {
	case flaw == "marshal" && s == 2:
		return []byte("DARK"), nil
	case flaw == "past marshal" && int(s) == shades.Len():
		return []byte("shade(3)"), nil
	case flaw == "past error names nothing" && int(s) == shades.Len():
		return nil, repkit.ErrUnknownName
	}
	return shades.MarshalText(shadeCodec(s))
}

var errLowerOnly = fmt.Errorf("shade: %w; lower case only", repkit.ErrUnknownName)

func (s *shade[F]) UnmarshalText(text []byte) error {
	flaw := flawOf[F]()
	switch {
	case flaw == "case" && hasUpper(text):
		return errLowerOnly // prebuilt: refusing allocates nothing
	case flaw == "unmarshal allocates" && string(text) == "LIGHT":
		*s = 1
		_ = strings.ToLower(string(text))
		return nil
	case flaw == "unknown not wrapped" && !known(text):
		return errors.New("no such shade")
	case flaw == "unknown names nothing" && !known(text):
		return repkit.ErrUnknownName
	case flaw == "failure changes the value":
		err := shades.UnmarshalText((*shadeCodec)(s), text)
		if err != nil {
			*s = 0
		}
		return err
	}
	return shades.UnmarshalText((*shadeCodec)(s), text)
}

var names = []string{"unknown", "light", "dark"}

// known reports whether text is a shade's name in any case; hasUpper
// whether it has an upper-case ASCII letter. Neither allocates, so the
// flaws that use them add no allocation of their own.
func known(text []byte) bool { _, ok := enum.Lookup(shades, text); return ok }

func hasUpper(text []byte) bool {
	for _, c := range text {
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// TestCheckPassesAConformingEnum: an enum built on enum.Codec breaks no
// rule, so Check returns nil and Run reports nothing.
func TestCheckPassesAConformingEnum(t *testing.T) {
	if err := Check[shade[noFlaw]]("Shade", "shade", names...); err != nil {
		t.Errorf("a conforming enum fails:\n%v", err)
	}
	f := &fakeTB{}
	Run[shade[noFlaw]](f, "Shade", "shade", names...)
	if len(f.errs) != 0 {
		t.Errorf("Run reported %q for a conforming enum", f.errs)
	}
}

// TestCheckNamesEachBrokenRule: each enum planted to break one rule gets
// exactly the errors that name it, each starting with the type's name,
// and Run reports the same errors, one a line.
func TestCheckNamesEachBrokenRule(t *testing.T) {
	for _, tc := range []struct {
		flaw  string
		check func() error
		run   func(testing.TB)
		want  []string
	}{
		// The zero value's String is its name, n[0].
		{"zero", checkOf[flawZero], runOf[flawZero], []string{`Shade: zero value String() = "none", want the deliberate zero "unknown"`,
			`Shade: Shade(0).String() = "none", want "unknown"`}},
		{"string", checkOf[flawString], runOf[flawString], []string{`Shade: Shade(2).String() = "Dark", want "dark"`}},
		{"string allocates", checkOf[flawStringAllocates], runOf[flawStringAllocates], []string{`Shade: Shade(1).String() allocates 1 times`}},
		{"marshal", checkOf[flawMarshal], runOf[flawMarshal], []string{`Shade: Shade(2).MarshalText() = "DARK", <nil>; want "dark"`}},
		{"append", checkOf[flawAppend], runOf[flawAppend], []string{`Shade: Shade(1).AppendText("x,") = "x,lite", <nil>; want "x,light"`}},
		{"append allocates", checkOf[flawAppendAllocates], runOf[flawAppendAllocates], []string{`Shade: Shade(1).AppendText into a buffer with room allocates 1 times`}},
		// Upper and mixed case refused: "LIGHT", "LiGhT", "UNKNOWN", ...
		{"case", checkOf[flawCase], runOf[flawCase], []string{
			`Shade: UnmarshalText("UNKNOWN") = 3, shade: unknown name; lower case only; want 0`,
			`Shade: UnmarshalText("UnKnOwN") = 3, shade: unknown name; lower case only; want 0`,
			`Shade: UnmarshalText("LIGHT") = 3, shade: unknown name; lower case only; want 1`,
			`Shade: UnmarshalText("LiGhT") = 3, shade: unknown name; lower case only; want 1`,
			`Shade: UnmarshalText("DARK") = 3, shade: unknown name; lower case only; want 2`,
			`Shade: UnmarshalText("DaRk") = 3, shade: unknown name; lower case only; want 2`,
		}},
		{"unmarshal allocates", checkOf[flawUnmarshalAllocates], runOf[flawUnmarshalAllocates], []string{`Shade: UnmarshalText("LIGHT") allocates 1 times`}},
		{"unknown not wrapped", checkOf[flawUnknownNotWrapped], runOf[flawUnknownNotWrapped], []string{
			`Shade: UnmarshalText("no-such-unknown") error = no such shade, want one wrapping repkit.ErrUnknownName`,
			`Shade: UnmarshalText("") error = no such shade, want one wrapping repkit.ErrUnknownName`,
		}},
		{"unknown names nothing", checkOf[flawUnknownNamesNothing], runOf[flawUnknownNamesNothing], []string{
			`Shade: UnmarshalText("no-such-unknown") error "unknown name" does not name the field "shade" and the value "no-such-unknown"`,
			`Shade: UnmarshalText("") error "unknown name" does not name the field "shade" and the value ""`,
		}},
		// The value before is the last name's, Shade(2).
		{"failure changes the value", checkOf[flawFailureChangesTheValue], runOf[flawFailureChangesTheValue], []string{
			`Shade: a failed UnmarshalText("no-such-unknown") changed the value from 2 to 0`,
			`Shade: a failed UnmarshalText("") changed the value from 2 to 0`,
		}},
		{"past", checkOf[flawPast], runOf[flawPast], []string{`Shade: first value past the names: String() = "shade(3)", want "Shade(3)"`}},
		{"past marshal", checkOf[flawPastMarshal], runOf[flawPastMarshal], []string{`Shade: Shade(3).MarshalText() = "shade(3)", <nil>; want an error wrapping repkit.ErrUnknownName`}},
		{"past error names nothing", checkOf[flawPastErrorNamesNothing], runOf[flawPastErrorNamesNothing], []string{`Shade: Shade(3).MarshalText() error "unknown name" does not name the field "shade" and the value "Shade(3)"`}},
		{"past append", checkOf[flawPastAppend], runOf[flawPastAppend], []string{`Shade: Shade(3).AppendText("x,") = "x,shade(3)", <nil>; want the buffer unchanged and an error wrapping repkit.ErrUnknownName`}},
	} {
		err := tc.check()
		var got []string
		if err != nil {
			got = strings.Split(err.Error(), "\n")
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: Check reported\n%q\nwant\n%q", tc.flaw, got, tc.want)
		}
		f := &fakeTB{}
		tc.run(f)
		if !slices.Equal(f.errs, tc.want) {
			t.Errorf("%s: Run reported\n%q\nwant\n%q", tc.flaw, f.errs, tc.want)
		}
	}
}

// checkOf and runOf check shade[F] as the table's rows do.
func checkOf[F flaw]() error { return Check[shade[F]]("Shade", "shade", names...) }

func runOf[F flaw](tb testing.TB) { Run[shade[F]](tb, "Shade", "shade", names...) }

// TestCheckNames: the names must be 1 to 255 lower-case, distinct words;
// the checker says which break that before trusting them.
func TestCheckNames(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		want  *regexp.Regexp
	}{
		{"none", nil, regexp.MustCompile(`^Shade: need 1 to 255 names, have 0$`)},
		{"256", make([]string, 256), regexp.MustCompile(`^Shade: need 1 to 255 names, have 256$`)},
		{"upper case", []string{"unknown", "Light", "dark"}, regexp.MustCompile(`(?m)^Shade: name "Light" of value 1 is not a lower-case word$`)},
		{"empty", []string{"unknown", "", "dark"}, regexp.MustCompile(`(?m)^Shade: name "" of value 1 is not a lower-case word$`)},
		{"shared", []string{"unknown", "dark", "dark"}, regexp.MustCompile(`(?m)^Shade: values 1 and 2 share the name "dark"$`)},
	} {
		err := Check[shade[noFlaw]]("Shade", "shade", tc.names...)
		if err == nil || !tc.want.MatchString(err.Error()) {
			t.Errorf("%s: Check = %v, want an error matching %s", tc.name, err, tc.want)
		}
	}
}

// wide is an enum of 255 names, the most Check takes: T(255) is still a
// value past them.
type wide uint8

func wideNames() []string {
	n := []string{"unknown"}
	for i := 1; i < 255; i++ {
		n = append(n, "w"+strconv.Itoa(i))
	}
	return n
}

var wides = enum.New[wide]("Wide", "wide", unknownShade, wideNames()...)

func (w wide) String() string                      { return wides.String(w) }
func (w wide) AppendText(b []byte) ([]byte, error) { return wides.AppendText(b, w) }
func (w wide) MarshalText() ([]byte, error)        { return wides.MarshalText(w) }
func (w *wide) UnmarshalText(text []byte) error    { return wides.UnmarshalText(w, text) }

// TestCheckTakes255Names: 255 names is within the limit.
func TestCheckTakes255Names(t *testing.T) {
	if err := Check[wide]("Wide", "wide", wideNames()...); err != nil {
		t.Errorf("an enum of 255 names fails:\n%v", err)
	}
}

// TestMixedCase: every other ASCII letter is upper-cased, from the first,
// counting letters only, and other bytes are kept.
func TestMixedCase(t *testing.T) {
	for in, want := range map[string]string{
		"drop-off": "DrOp-OfF",
		"abz-yz":   "AbZ-yZ", // both ends of a-z
		"a9b`{c":   "A9b`{C", // '`' and '{' are just outside a-z
		"":         "",
	} {
		if got := mixedCase(in); got != want {
			t.Errorf("mixedCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDescribed: Described reports each value from 1 to n-1 with no text,
// and asks about no value outside that range.
func TestDescribed(t *testing.T) {
	var asked []shade[noFlaw]
	text := map[shade[noFlaw]]string{1: "a pale shade"} // 2 has none; 0 and 3 are never asked
	f := &fakeTB{}
	Described[shade[noFlaw]](f, 3, func(s shade[noFlaw]) string { asked = append(asked, s); return text[s] })
	if want := []string{"dark (value 2) has no text"}; !slices.Equal(f.errs, want) {
		t.Errorf("Described reported %q, want %q", f.errs, want)
	}
	if want := []shade[noFlaw]{1, 2}; !slices.Equal(asked, want) {
		t.Errorf("Described asked about %v, want %v", asked, want)
	}
}

// fakeTB records errors instead of failing. A checker that loops without
// end is stopped with a panic after 1000 errors, so the test fails rather
// than hangs. Any other method is the embedded nil TB and panics.
type fakeTB struct {
	testing.TB
	errs []string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Error(args ...any) {
	f.errs = append(f.errs, fmt.Sprint(args...))
	f.runaway()
}
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errs = append(f.errs, fmt.Sprintf(format, args...))
	f.runaway()
}

func (f *fakeTB) runaway() {
	if len(f.errs) > 1000 {
		panic("more than 1000 errors: the checker does not stop")
	}
}
