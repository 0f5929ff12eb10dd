package repkit_test

// The root package's property tests, outside package repkit so that they
// can draw from internal/gen, which imports repkit. gen.Load(0,
// repkit.MaxLoad) is any non-negative Load, biased towards the loads
// lifters use.

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
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
		if ra.Min > ra.Max || (a >= 7 && ra.Max-ra.Min > 1) {
			t.Fatalf("RPE %v -> %+v is not a range of at most one rep", a, ra)
		}
		if whole := a == repkit.RPE(int(a)); whole && a >= 7 && ra.Min != ra.Max {
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
}

func TestEffortTextRoundTrip(t *testing.T) { rapid.Check(t, testEffortTextRoundTrip) }

func FuzzEffortTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testEffortTextRoundTrip)) }

// TestLoadStringMatchesExactDecimal checks String against an independent
// formula: the exact decimal of ng / 1e12 computed with math/big.
func TestLoadStringMatchesExactDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := gen.Load(0, repkit.MaxLoad).Draw(t, "l")
		want := new(big.Rat).SetFrac(big.NewInt(int64(l)), big.NewInt(int64(repkit.Kilogram))).FloatString(12)
		want = strings.TrimRight(want, "0")
		want = strings.TrimSuffix(want, ".") + "kg"
		if got := l.String(); got != want {
			t.Fatalf("Load(%d).String() = %q, want %q", int64(l), got, want)
		}
	})
}

func testParseFormatRoundTrip(t *rapid.T) {
	l := gen.Load(0, repkit.MaxLoad).Draw(t, "l")
	u := rapid.SampledFrom([]repkit.Unit{repkit.UnitKilogram, repkit.UnitPound, repkit.UnitGram}).Draw(t, "unit")
	s := l.Format(u)
	got, err := repkit.ParseLoad(s)
	if err != nil {
		t.Fatalf("ParseLoad(%q): %v", s, err)
	}
	if got != l {
		t.Fatalf("ParseLoad(Load(%d).Format(%v) = %q) = %d", int64(l), u, s, int64(got))
	}
}

func TestParseFormatRoundTrip(t *testing.T) { rapid.Check(t, testParseFormatRoundTrip) }

func FuzzParseFormatRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testParseFormatRoundTrip)) }

// genSignedLoad draws any Load: masses, differences (negative loads) and
// both extremes.
func genSignedLoad() *rapid.Generator[repkit.Load] {
	return rapid.OneOf(
		gen.Load(0, repkit.MaxLoad),
		rapid.Map(gen.Load(0, repkit.MaxLoad), func(l repkit.Load) repkit.Load { return -l }),
		rapid.SampledFrom([]repkit.Load{math.MinInt64, math.MinInt64 + 1, repkit.MaxLoad}),
	)
}

// testTextRoundTrip: MarshalText never fails and UnmarshalText reads back
// every Load, negative ones included, in any unit Format writes; ParseLoad,
// which reads masses, refuses exactly the negative ones.
func testTextRoundTrip(t *rapid.T) {
	l := genSignedLoad().Draw(t, "l")
	b, err := l.MarshalText()
	if err != nil {
		t.Fatalf("Load(%d).MarshalText: %v", int64(l), err)
	}
	var got repkit.Load
	if err := got.UnmarshalText(b); err != nil || got != l {
		t.Fatalf("UnmarshalText(%q) = %d, %v; want %d", b, int64(got), err, int64(l))
	}
	u := rapid.SampledFrom([]repkit.Unit{repkit.UnitKilogram, repkit.UnitPound, repkit.UnitGram}).Draw(t, "unit")
	s := l.Format(u)
	if err := got.UnmarshalText([]byte(s)); err != nil || got != l {
		t.Fatalf("UnmarshalText(%q) = %d, %v; want %d", s, int64(got), err, int64(l))
	}
	_, err = repkit.ParseLoad(s)
	if neg := l < 0; neg != errors.Is(err, repkit.ErrNegative) || (!neg && err != nil) {
		t.Fatalf("ParseLoad(%q) error = %v; want ErrNegative exactly for a negative load", s, err)
	}
}

func TestTextRoundTrip(t *testing.T) { rapid.Check(t, testTextRoundTrip) }

func FuzzTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testTextRoundTrip)) }

// Efforts, RIRs, RPEs, loads (negative ones too) and units survive JSON
// together, each as its text.
func testJSONRoundTrip(t *rapid.T) {
	type rec struct {
		Effort repkit.Effort `json:"effort,omitzero"`
		RIR    repkit.RIR    `json:"rir"`
		RPE    repkit.RPE    `json:"rpe"`
		Load   repkit.Load   `json:"load"`
		Unit   repkit.Unit   `json:"unit"`
	}
	in := rec{
		gen.Effort().Draw(t, "effort"), gen.RIR().Draw(t, "rir"), gen.RPE().Draw(t, "rpe"), genSignedLoad().Draw(t, "load"),
		rapid.SampledFrom([]repkit.Unit{repkit.UnitUnknown, repkit.UnitKilogram, repkit.UnitPound, repkit.UnitGram}).Draw(t, "unit"),
	}
	js, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out rec
	if err := json.Unmarshal(js, &out); err != nil || out != in {
		t.Fatalf("JSON round trip of %+v via %s = %+v, %v", in, js, out, err)
	}
}

func TestJSONRoundTrip(t *testing.T) { rapid.Check(t, testJSONRoundTrip) }

func FuzzJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testJSONRoundTrip)) }

// testFormatPoundsShortest: Format(UnitPound) reads back as the same load,
// and no decimal with one fraction digit fewer does: the nearest such
// decimals below and above the exact value both read back as other loads.
func testFormatPoundsShortest(t *rapid.T) {
	l := gen.Load(0, repkit.MaxLoad).Draw(t, "l")
	s := l.Format(repkit.UnitPound)
	if back, err := repkit.ParseLoad(s); err != nil || back != l {
		t.Fatalf("Load(%d).Format(UnitPound) = %q reads back as %d, %v", int64(l), s, int64(back), err)
	}
	num := strings.TrimSuffix(s, "lb")
	_, frac, ok := strings.Cut(num, ".")
	if !ok {
		return // a whole number of pounds: nothing shorter
	}
	k := len(frac) - 1
	exact := new(big.Rat).SetFrac(big.NewInt(int64(l)), big.NewInt(int64(repkit.Pound)))
	scaled := new(big.Rat).Mul(exact, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)))
	lo := new(big.Int).Quo(scaled.Num(), scaled.Denom()) // floor, as the value is positive
	for _, m := range []*big.Int{lo, new(big.Int).Add(lo, big.NewInt(1))} {
		cand := new(big.Rat).SetFrac(m, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)).FloatString(k)
		if back, err := repkit.ParseLoad(cand + "lb"); err == nil && back == l {
			t.Fatalf("Load(%d).Format(UnitPound) = %q, but the shorter %slb reads back too", int64(l), s, cand)
		}
	}
}

func TestFormatPoundsShortest(t *testing.T) { rapid.Check(t, testFormatPoundsShortest) }

func FuzzFormatPoundsShortest(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testFormatPoundsShortest)) }
