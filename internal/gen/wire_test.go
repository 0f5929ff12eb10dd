package gen

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// fatalTB records the first Fatalf and stops the check there, as
// testing.T's Fatalf does, so a test can see WireFixpoint fail.
type fatalTB struct {
	testing.TB
	msg string
}

type stopped struct{}

func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = format
	panic(stopped{})
}

// fixpointFailure runs WireFixpoint[T] on data and returns the format of
// its failure, "" when it passed.
func fixpointFailure[T any](t *testing.T, data string) (msg string) {
	f := &fatalTB{TB: t}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(stopped); !ok {
				panic(r)
			}
			msg = f.msg
		}
	}()
	WireFixpoint[T](f, []byte(data))
	return ""
}

// noEncode decodes from anything but never encodes.
type noEncode struct{}

func (*noEncode) UnmarshalJSON([]byte) error  { return nil }
func (noEncode) MarshalJSON() ([]byte, error) { return nil, errors.New("no") }

// noDecodeBack encodes to text it then refuses.
type noDecodeBack struct{ raw string }

func (d *noDecodeBack) UnmarshalJSON(b []byte) error {
	if string(b) == `"refused"` {
		return errors.New("refused")
	}
	d.raw = string(b)
	return nil
}
func (noDecodeBack) MarshalJSON() ([]byte, error) { return []byte(`"refused"`), nil }

// drifts encodes to a different value than it decoded.
type drifts struct{ N int }

func (d *drifts) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &d.N) }
func (d drifts) MarshalJSON() ([]byte, error)  { return json.Marshal(d.N + 1) }

func TestWireFixpoint(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		check      func() string
	}{
		{"round trips", "", func() string { return fixpointFailure[struct{ A int }](t, `{"A":3}`) }},
		{"does not decode: not a failure", "", func() string { return fixpointFailure[struct{ A int }](t, `{"A":"x"}`) }},
		{"does not encode", "does not encode", func() string { return fixpointFailure[noEncode](t, `{}`) }},
		{"encoding does not decode", "does not decode", func() string { return fixpointFailure[noDecodeBack](t, `1`) }},
		{"round-trips differently", "round-trips differently", func() string { return fixpointFailure[drifts](t, `1`) }},
	} {
		got := tt.check()
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: WireFixpoint failed with %q, want a failure containing %q", tt.name, got, tt.want)
		}
	}
}
