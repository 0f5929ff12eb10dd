package repkit_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
)

// The root package's wire format (issue 16): rep ranges as {"min","max"},
// efforts, RIRs, RPEs and loads as their text.

// TestWireGolden checks each app-facing value against JSON written by
// hand from the wire rules.
func TestWireGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    any
		want string
	}{
		{"range", repkit.RepRange{Min: 8, Max: 12}, `{"min":8,"max":12}`},
		{"zero range", repkit.RepRange{}, `{"min":0,"max":0}`},
		{"rir effort", repkit.AtRIR(2), `"rir 2"`},
		{"rpe effort", repkit.AtRPE(8.5), `"rpe 8.5"`},
		{"no effort", repkit.Effort{}, `""`},
		{"rir", repkit.RIR(2), `2`},
		{"rpe", repkit.RPE(9.5), `9.5`},
		{"load", 1025 * repkit.Kilogram / 10, `"102.5kg"`},
		{"unit", repkit.UnitPound, `"lb"`},
		{"load kind", repkit.LoadAssisted, `"assisted"`},
	} {
		b, err := json.Marshal(tc.v)
		if err != nil || string(b) != tc.want {
			t.Errorf("%s: Marshal(%v) = %s, %v; want %s", tc.name, tc.v, b, err, tc.want)
		}
	}
}

func TestRepRangeJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := repkit.RepRange{}
		if rapid.Bool().Draw(t, "prescribed") {
			r.Min = rapid.IntRange(1, 1000).Draw(t, "min")
			r.Max = rapid.IntRange(r.Min, 1000).Draw(t, "max")
		}
		back, b := gen.JSONRoundTrip(t, r)
		if diff := cmp.Diff(r, back); diff != "" {
			t.Fatalf("%s round trip (-want +got):\n%s", b, diff)
		}
	})
}

func TestEffortJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := gen.Effort().Draw(t, "effort")
		back, b := gen.JSONRoundTrip(t, e)
		if back != e {
			t.Fatalf("%s read back as %v, want %v", b, back, e)
		}
		rir := gen.RIR().Draw(t, "rir")
		if got, b := gen.JSONRoundTrip(t, rir); got != rir {
			t.Fatalf("%s read back as %v, want %v", b, got, rir)
		}
		rpe := gen.RPE().Draw(t, "rpe")
		if got, b := gen.JSONRoundTrip(t, rpe); got != rpe {
			t.Fatalf("%s read back as %v, want %v", b, got, rpe)
		}
	})
}

// TestRepRangeUnmarshalInvalid: a range Validate refuses does not decode,
// and leaves the receiver as it was.
func TestRepRangeUnmarshalInvalid(t *testing.T) {
	for _, in := range []string{`{"min":12,"max":8}`, `{"min":0,"max":5}`, `{"min":1,"max":1001}`} {
		r := repkit.RepRange{Min: 3, Max: 5}
		var fe *repkit.FieldError
		err := json.Unmarshal([]byte(in), &r)
		if !errors.As(err, &fe) || !errors.Is(err, repkit.ErrInvalid) || fe.Field != "reps" {
			t.Errorf("Unmarshal(%s) = %v; want a reps FieldError wrapping ErrInvalid", in, err)
		}
		if r != (repkit.RepRange{Min: 3, Max: 5}) {
			t.Errorf("Unmarshal(%s) changed the range to %v", in, r)
		}
	}
	var r repkit.RepRange
	if err := json.Unmarshal([]byte(`{"min":8,"max":12}`), &r); err != nil || r != (repkit.RepRange{Min: 8, Max: 12}) {
		t.Errorf(`Unmarshal({"min":8,"max":12}) = %v, %v`, r, err)
	}
}

// RIR and RPE read the JSON numbers they write and the strings repkit
// wrote before; anything else is an error that leaves them unchanged.
func TestRIRRPEJSONReadsNumbersAndOldStrings(t *testing.T) {
	for text, want := range map[string]repkit.RIR{`2`: 2, `"2"`: 2, `0`: 0, `10`: 10} {
		var r repkit.RIR
		if err := json.Unmarshal([]byte(text), &r); err != nil || r != want {
			t.Errorf("RIR from %s = %v, %v; want %v", text, r, err, want)
		}
	}
	for text, want := range map[string]repkit.RPE{`8.5`: 8.5, `"8.5"`: 8.5, `10`: 10, `1`: 1} {
		var p repkit.RPE
		if err := json.Unmarshal([]byte(text), &p); err != nil || p != want {
			t.Errorf("RPE from %s = %v, %v; want %v", text, p, err, want)
		}
	}
	for _, text := range []string{`11`, `-1`, `2.5`, `"x"`, `true`} {
		r := repkit.RIR(3)
		if err := json.Unmarshal([]byte(text), &r); err == nil || r != 3 {
			t.Errorf("RIR from %s = %v, %v; want an error and 3 kept", text, r, err)
		}
	}
	for _, text := range []string{`8.25`, `0`, `10.5`, `"x"`, `null`} {
		p := repkit.RPE(7)
		if err := json.Unmarshal([]byte(text), &p); (err == nil) != (text == `null`) || p != 7 {
			t.Errorf("RPE from %s = %v, %v; want an error and 7 kept", text, p, err)
		}
	}
}
