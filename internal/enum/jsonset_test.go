package enum_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

func toneSeq(vs []Tone) func(func(Tone) bool) {
	return func(yield func(Tone) bool) {
		for _, v := range vs {
			if !yield(v) {
				return
			}
		}
	}
}

// A set written as a JSON array reads back as the same members, and the
// array is what encoding/json itself writes for the names.
func TestJSONSetRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var vs []Tone
		for _, v := range []Tone{Soft, Loud, VeryLoud} {
			if rapid.Bool().Draw(t, v.String()) {
				vs = append(vs, v)
			}
		}
		b, err := toneText.AppendJSONSet(nil, toneSeq(vs))
		if err != nil {
			t.Fatal(err)
		}
		names := []string{}
		for _, v := range vs {
			names = append(names, v.String())
		}
		if want, _ := json.Marshal(names); string(b) != string(want) {
			t.Fatalf("AppendJSONSet = %s, want %s", b, want)
		}
		var got []Tone
		if err := toneText.ParseJSONSet(b, func(v Tone) { got = append(got, v) }); err != nil || !slices.Equal(got, vs) {
			t.Fatalf("ParseJSONSet(%s) = %v, %v; want %v", b, got, err, vs)
		}
	})
}

func TestJSONSetEdges(t *testing.T) {
	var got []Tone
	add := func(v Tone) { got = append(got, v) }
	for text, want := range map[string][]Tone{`null`: nil, `[]`: nil, `["QUIET","loud"]`: {Soft, Loud}, `"soft, very-loud"`: {Soft, VeryLoud}, `""`: nil} {
		got = nil
		if err := toneText.ParseJSONSet([]byte(text), add); err != nil || !slices.Equal(got, want) {
			t.Errorf("ParseJSONSet(%s) = %v, %v; want %v", text, got, err, want)
		}
	}
	for _, text := range []string{`["unknown"]`, `["shrill"]`, `[1]`, `{}`, `"soft,,loud"`, `true`} {
		if err := toneText.ParseJSONSet([]byte(text), add); !errors.Is(err, repkit.ErrUnknownName) {
			t.Errorf("ParseJSONSet(%s) err = %v, want ErrUnknownName", text, err)
		}
	}
	for _, bad := range []Tone{ToneUnknown, Tone(9)} {
		if _, err := toneText.AppendJSONSet(nil, toneSeq([]Tone{Soft, bad})); !errors.Is(err, repkit.ErrUnknownName) {
			t.Errorf("AppendJSONSet with %v err = %v, want ErrUnknownName", bad, err)
		}
	}
}

// Every refusal of a name says which names to give: all but the zero
// value's, in table order.
func TestUnknownNameHintListsTheNames(t *testing.T) {
	var hints []string
	c := enum.New[Tone]("Tone", "tone", func(_, _, hint string) error {
		hints = append(hints, hint)
		return repkit.ErrUnknownName
	}, "unknown", "soft", "loud", "very-loud")
	var v Tone
	_ = c.UnmarshalText(&v, []byte("shrill"))
	_ = c.ParseJSONSet([]byte(`["soft","shrill"]`), func(Tone) {})
	_ = c.ParseSet([]byte("soft,unknown"), false, func(Tone) {})
	_, _ = c.MarshalText(Tone(7))
	for i, h := range hints {
		if h != "give one of soft, loud, very-loud" {
			t.Errorf("refusal %d hint %q", i, h)
		}
	}
	if len(hints) != 4 {
		t.Errorf("%d refusals, want 4", len(hints))
	}
}
