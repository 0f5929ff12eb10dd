package repkit_test

// The effort property tests, outside package repkit so that they can draw
// from internal/gen, which imports repkit.

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
)

func TestRPEToRIRMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := gen.RPE().Draw(t, "a"), gen.RPE().Draw(t, "b")
		if a > b {
			a, b = b, a
		}
		ra, rb := a.RIR(), b.RIR()
		if ra.Min < rb.Min || ra.Max < rb.Max {
			t.Fatalf("RPE %v -> %+v but harder RPE %v -> %+v: more reserve", a, ra, b, rb)
		}
		if ra.Min > ra.Max || ra.Max-ra.Min > 1 {
			t.Fatalf("RPE %v -> %+v is not a range of at most one rep", a, ra)
		}
		if whole := a == repkit.RPE(int(a)); whole && a > 1 && ra.Min != ra.Max {
			t.Fatalf("whole RPE %v -> %+v, want a single value", a, ra)
		}
	})
}

func TestRIRToRPERoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gen.RIR().Draw(t, "r")
		p := r.RPE()
		if err := p.Validate(); err != nil {
			t.Fatalf("RIR %d -> RPE %v invalid: %v", r, p, err)
		}
		if rr := p.RIR(); r < rr.Min || r > rr.Max {
			t.Fatalf("RIR %d -> RPE %v -> %+v does not contain %d", r, p, rr, r)
		}
		s := gen.RIR().Draw(t, "s")
		if r < s && r.RPE() < s.RPE() {
			t.Fatalf("RIR %d -> RPE %v is easier than RIR %d -> RPE %v", r, r.RPE(), s, s.RPE())
		}
	})
}

func testEffortTextRoundTrip(t *rapid.T) {
	e := gen.Effort().Draw(t, "e")
	b, err := e.MarshalText()
	if err != nil {
		t.Fatalf("MarshalText(%v): %v", e, err)
	}
	var got repkit.Effort
	if err := got.UnmarshalText(b); err != nil || got != e {
		t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, e)
	}
	type rec struct {
		Effort repkit.Effort `json:"effort,omitzero"`
		RIR    repkit.RIR    `json:"rir"`
		RPE    repkit.RPE    `json:"rpe"`
	}
	in := rec{e, gen.RIR().Draw(t, "rir"), gen.RPE().Draw(t, "rpe")}
	js, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out rec
	if err := json.Unmarshal(js, &out); err != nil || out != in {
		t.Fatalf("JSON round trip of %+v via %s = %+v, %v", in, js, out, err)
	}
}

func TestEffortTextRoundTrip(t *testing.T) { rapid.Check(t, testEffortTextRoundTrip) }

func FuzzEffortTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testEffortTextRoundTrip)) }
