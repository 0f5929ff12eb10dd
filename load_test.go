package repkit

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/repkit/repkit/internal/fielderr"

	"pgregory.net/rapid"

	"github.com/repkit/repkit/internal/errtest"
)

var allSentinels = []error{ErrEmpty, ErrSyntax, ErrUnit, ErrNotFinite, ErrNegative, ErrOverflow}

func TestLoadConstantsAreExact(t *testing.T) {
	// 1 lb = 0.45359237 kg exactly, by the 1959 international agreement.
	if got, want := Pound, Load(453_592_370_000); got != want {
		t.Errorf("Pound = %d ng, want %d", got, want)
	}
	if Pound%16 != 0 {
		t.Errorf("Pound is not divisible by 16: 1/16 lb plates would not be exact")
	}
	if got, want := 100*Kilogram+4*(1250*Gram), 105*Kilogram; got != want {
		t.Errorf("100 kg + 4 x 1.25 kg = %v, want %v", got, want)
	}
	if got, want := 45*Pound+2*(5*Pound/2), 50*Pound; got != want {
		t.Errorf("45 lb + 2 x 2.5 lb = %v, want %v", got, want)
	}
}

func TestLoadNoDrift(t *testing.T) {
	var sum Load
	for range 10_000 {
		sum += 1250 * Gram
	}
	if sum != 12_500*Kilogram {
		t.Errorf("10,000 x 1.25 kg = %v, want exactly 12500kg", sum)
	}
	step := 5 * Pound / 2
	var lb Load
	for n := 1; n <= 10_000; n++ {
		lb += step
		want, err := ParseLoad(strconv.FormatFloat(2.5*float64(n), 'f', -1, 64) + "lb")
		if err != nil {
			t.Fatal(err)
		}
		if lb != want {
			t.Fatalf("%d x 2.5 lb = %d ng, want %d ng", n, lb, want)
		}
	}
}

func TestParseLoadExamples(t *testing.T) {
	tests := []struct {
		in   string
		want Load
	}{
		{"102.5kg", 102*Kilogram + 500*Gram},
		{"225lb", 225 * Pound},
		{"22.5 kg", 22*Kilogram + 500*Gram},
		{"0.5 kg", 500 * Gram},
		{"0kg", 0},
		{"  2.5 LBS ", 5 * Pound / 2},
		{"1.25lb", 5 * Pound / 4},
		{"0.25 lb", Pound / 4},
		{".5kg", 500 * Gram},
		{"5.kg", 5 * Kilogram},
		{"1250g", 1250 * Gram},
		{"1250 grams", 1250 * Gram},
		{"20 Kilograms", 20 * Kilogram},
		{"45 pounds", 45 * Pound},
		{"007kg", 7 * Kilogram},
		{"0.000000000001kg", Nanogram},
		{"0.0000000000004kg", 0},        // rounds to nearest nanogram
		{"0.0000000000005kg", Nanogram}, // halves round up
		{"9223372kg", 9_223_372 * Kilogram},
		{"0.01234567890123456789kg", 12_345_678_901 * Nanogram}, // 20 fraction digits
		{"20334054.642177459482lb", MaxLoad},                    // 20 significant digits
		{"1." + strings.Repeat("0", 90) + "1kg", Kilogram},
	}
	for _, tt := range tests {
		got, err := ParseLoad(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseLoad(%q) = %d, %v; want %d, nil", tt.in, got, err, tt.want)
		}
	}
}

func TestParseFieldErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrEmpty},
		{"   ", ErrEmpty},
		{"100", ErrUnit},
		{"100 stone", ErrUnit},
		{"kg", ErrSyntax},
		{"abc", ErrSyntax},
		{".kg", ErrSyntax},
		{"1.2.3kg", ErrSyntax},
		{"1 2kg", ErrSyntax},
		{"+5kg", ErrSyntax},
		{"-5kg", ErrNegative},
		{"-0.5 lb", ErrNegative},
		{"NaN", ErrNotFinite},
		{"nan kg", ErrNotFinite},
		{"Inf lb", ErrNotFinite},
		{"-infinity", ErrNotFinite},
		{"1e3kg", ErrSyntax},
		{"50,5kg", ErrSyntax},
		{"-", ErrSyntax},
		{"9224000kg", ErrOverflow},
		{"20334055lb", ErrOverflow}, // MaxLoad is 20334054.642... lb
		{"99999999999999999999kg", ErrOverflow},
		{"18446744073709551615kg", ErrOverflow},
		{strings.Repeat("1", 101) + "g", ErrSyntax},
		// found by FuzzParseLoad: the sign hint once quoted the whole
		// value, 1.6 kB of it for 1.5 kB of stray bytes
		{"+5" + strings.Repeat("\xb9", 1500) + "2-\xdegec", ErrSyntax},
		{"+" + strings.Repeat("5", 40) + "kg", ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseLoad(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseLoad(%q) = %v, %v; want error wrapping %v", tt.in, got, err, tt.want)
			continue
		}
		var le *FieldError
		if !errors.As(err, &le) || le.Value != fielderr.Clip(tt.in) {
			t.Errorf("ParseLoad(%q) error %v is not a *FieldError naming the input", tt.in, err)
		}
		if !strings.HasPrefix(err.Error(), "repkit: load ") {
			t.Errorf("ParseLoad(%q) error %q lacks the package prefix", tt.in, err)
		}
		if len(err.Error()) > 400 {
			t.Errorf("ParseLoad(%d bytes) error is %d bytes long; it must quote only a short prefix", len(tt.in), len(err.Error()))
		}
	}
}

func TestLoadStringExamples(t *testing.T) {
	tests := []struct {
		l    Load
		unit Unit
		want string
	}{
		{102*Kilogram + 500*Gram, UnitKilogram, "102.5kg"},
		{0, UnitKilogram, "0kg"},
		{225 * Pound, UnitKilogram, "102.05828325kg"}, // 225 x 0.45359237 by hand
		{225 * Pound, UnitPound, "225lb"},
		{5 * Pound / 4, UnitPound, "1.25lb"},
		{Pound / 16, UnitPound, "0.0625lb"},
		{20 * Kilogram, UnitPound, "44.092452436976lb"}, // 20/0.45359237 = 44.09245243697551...
		{1250 * Gram, UnitGram, "1250g"},
		{-(5 * Kilogram / 2), UnitKilogram, "-2.5kg"},
		{Nanogram, UnitKilogram, "0.000000000001kg"},
		{MaxLoad, UnitKilogram, "9223372.036854775807kg"},
		{20 * Kilogram, UnitUnknown, "20kg"},
	}
	for _, tt := range tests {
		if got := tt.l.Format(tt.unit); got != tt.want {
			t.Errorf("Load(%d).Format(%v) = %q, want %q", int64(tt.l), tt.unit, got, tt.want)
		}
	}
}

// TestFormatPoundsIsShortest checks that whole multiples of 1/16 lb format as
// the short decimal a lifter writes.
func TestFormatPoundsIsShortest(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Int64Range(0, 16*100_000).Draw(t, "sixteenths")
		l := Load(n) * (Pound / 16)
		want := strconv.FormatFloat(float64(n)/16, 'f', -1, 64) + "lb"
		if got := l.Format(UnitPound); got != want {
			t.Fatalf("%d/16 lb formats as %q, want %q", n, got, want)
		}
	})
}

// TestParseLoadMatchesRational checks ParseLoad against an independent
// oracle: the decimal read as an exact rational, times the unit, rounded to
// the nearest nanogram with halves up.
func TestParseLoadMatchesRational(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		whole := rapid.Uint64Range(0, 30_000_000_000).Draw(t, "whole")
		frac := rapid.StringMatching(`[0-9]{0,30}`).Draw(t, "frac")
		u := rapid.SampledFrom([]Unit{UnitKilogram, UnitPound, UnitGram}).Draw(t, "unit")
		text := strconv.FormatUint(whole, 10)
		if frac != "" {
			text += "." + frac
		}
		r, ok := new(big.Rat).SetString(text)
		if !ok {
			t.Fatalf("oracle cannot read %q", text)
		}
		r.Mul(r, new(big.Rat).SetInt64(int64(u.Size())))
		// round half up: floor(r + 1/2)
		r.Add(r, big.NewRat(1, 2))
		want := new(big.Int).Quo(r.Num(), r.Denom())

		got, err := ParseLoad(text + u.String())
		if !want.IsInt64() {
			if !errors.Is(err, ErrOverflow) {
				t.Fatalf("ParseLoad(%q) = %d, %v; want overflow", text+u.String(), got, err)
			}
			return
		}
		if err != nil || int64(got) != want.Int64() {
			t.Fatalf("ParseLoad(%q) = %d, %v; want %d", text+u.String(), got, err, want.Int64())
		}
	})
}

func TestLoadConversions(t *testing.T) {
	if got := (102*Kilogram + 500*Gram).Kilograms(); got != 102.5 {
		t.Errorf("Kilograms() = %v, want 102.5", got)
	}
	if got := (225 * Pound).Pounds(); got != 225 {
		t.Errorf("Pounds() = %v, want 225", got)
	}
	if got := (225 * Pound).In(UnitKilogram); got != 102.05828325 {
		t.Errorf("In(Kilograms) = %v, want 102.05828325", got)
	}
	// An unknown unit counts in kilograms, as Format writes it.
	for _, u := range []Unit{UnitUnknown, Unit(9)} {
		if got := (2500 * Gram).In(u); got != 2.5 {
			t.Errorf("In(%v) = %v, want 2.5 (kilograms)", u, got)
		}
		if got := (2500 * Gram).Format(u); got != "2.5kg" {
			t.Errorf("Format(%v) = %q, want 2.5kg", u, got)
		}
	}
	for _, tt := range []struct {
		f    func(float64) (Load, error)
		in   float64
		want Load
	}{
		{FromKilograms, 102.5, 102*Kilogram + 500*Gram},
		{FromKilograms, 0, 0},
		{FromPounds, 225, 225 * Pound},
		{FromPounds, 1.25, 5 * Pound / 4},
	} {
		if got, err := tt.f(tt.in); err != nil || got != tt.want {
			t.Errorf("From(%v) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		in   float64
		want error
	}{
		{math.NaN(), ErrNotFinite},
		{math.Inf(1), ErrNotFinite},
		{math.Inf(-1), ErrNotFinite},
		{-0.5, ErrNegative},
		{1e7, ErrOverflow},
	} {
		if _, err := FromKilograms(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("FromKilograms(%v) error = %v, want %v", tt.in, err, tt.want)
		}
	}
}

// TestKilogramsPoundsAgree: converting through either float unit agrees with
// the exact ratio, and pounds-to-load is exact for every 1/16 lb.
func TestKilogramsPoundsAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Int64Range(0, 16*5000).Draw(t, "sixteenths")
		l := Load(n) * (Pound / 16)
		if got := l.Pounds(); got != float64(n)/16 {
			t.Fatalf("Pounds() of %d/16 lb = %v", n, got)
		}
		back, err := FromPounds(l.Pounds())
		if err != nil || back != l {
			t.Fatalf("FromPounds(%v) = %d, %v; want %d", l.Pounds(), back, err, l)
		}
		kg := l.Kilograms()
		if want := float64(n) / 16 * 0.45359237; math.Abs(kg-want) > 1e-9*math.Max(1, want) {
			t.Fatalf("Kilograms() of %d/16 lb = %v, want %v", n, kg, want)
		}
	})
}

func TestLoadJSON(t *testing.T) {
	type entry struct {
		Load Load `json:"load"`
		Unit Unit `json:"unit"`
	}
	b, err := json.Marshal(entry{102*Kilogram + 500*Gram, UnitPound})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"load":"102.5kg","unit":"lb"}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var e entry
	if err := json.Unmarshal([]byte(`{"load":"225 LB","unit":"KGS"}`), &e); err != nil {
		t.Fatal(err)
	}
	if e.Load != 225*Pound || e.Unit != UnitKilogram {
		t.Errorf("unmarshal = %+v", e)
	}
	// A difference marshals with its sign and reads back.
	b, err = json.Marshal(entry{Load: -(5 * Kilogram / 2), Unit: UnitKilogram})
	if got, want := string(b), `{"load":"-2.5kg","unit":"kg"}`; err != nil || got != want {
		t.Errorf("json of -2.5kg = %s, %v; want %s", got, err, want)
	}
	if err := json.Unmarshal([]byte(`{"load":"-3kg"}`), &e); err != nil || e.Load != -3*Kilogram {
		t.Errorf("unmarshal of -3kg = %v, %v; want -3kg", e.Load, err)
	}
	before := 7 * Kilogram
	e.Load = before
	if err := json.Unmarshal([]byte(`{"load":"50,5kg"}`), &e); !errors.Is(err, ErrSyntax) {
		t.Errorf("unmarshal of 50,5kg: err = %v, want ErrSyntax", err)
	}
	if e.Load != before {
		t.Errorf("failed unmarshal changed the load to %v", e.Load)
	}
}

func TestUnit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Unit
	}{{"kg", UnitKilogram}, {"KG", UnitKilogram}, {"Kilos", UnitKilogram}, {"lbs", UnitPound}, {"Pound", UnitPound}, {"g", UnitGram}, {"unknown", UnitUnknown}} {
		if got, err := ParseUnit(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseUnit(%q) = %v, %v", tt.in, got, err)
		}
	}
	for _, in := range []string{"", "stone", "k g"} {
		if _, err := ParseUnit(in); !errors.Is(err, ErrUnit) {
			t.Errorf("ParseUnit(%q) err = %v, want ErrUnit", in, err)
		}
	}
	if _, err := Unit(9).MarshalText(); !errors.Is(err, ErrUnit) {
		t.Errorf("Unit(9).MarshalText() err = %v", err)
	}
	if got := Unit(9).String(); got != "Unit(9)" {
		t.Errorf("Unit(9).String() = %q", got)
	}
	if UnitPound.Size() != Pound || UnitUnknown.Size() != 0 {
		t.Errorf("Size() wrong")
	}
}

// FuzzParseLoad: arbitrary text never panics; every error is a *FieldError
// wrapping exactly one exported sentinel; every success formats back to the
// same load.
func FuzzParseLoad(f *testing.F) {
	for _, s := range []string{"102.5kg", "225lb", "22.5 kg", "0.5 kg", "", "-1kg", "NaN", "1e9kg", "99999999999999999999999lb", ".", "0.0000000000000000000000001 g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLoad(s)
		if err != nil {
			var le *FieldError
			if !errors.As(err, &le) || le.Value != fielderr.Clip(s) {
				t.Fatalf("ParseLoad(%q) error %v is not a *FieldError naming the input (clipped)", s, err)
			}
			if len(err.Error()) > 400 {
				t.Fatalf("ParseLoad(%q) error is %d bytes long; it must quote only a short prefix", s, len(err.Error()))
			}
			if n := errtest.Matches(err, allSentinels); n != 1 {
				t.Fatalf("ParseLoad(%q) error %v wraps %d sentinels, want 1", s, err, n)
			}
			return
		}
		if l < 0 {
			t.Fatalf("ParseLoad(%q) = %d, negative", s, l)
		}
		if back, err := ParseLoad(l.String()); err != nil || back != l {
			t.Fatalf("ParseLoad(%q) = %d; String %q parses to %d, %v", s, l, l.String(), back, err)
		}
	})
}

// FuzzUnmarshalLoad: arbitrary text never panics; UnmarshalText agrees with
// ParseLoad wherever ParseLoad succeeds, fails only where ParseLoad fails,
// and what it reads marshals back to text it reads as the same Load.
func FuzzUnmarshalLoad(f *testing.F) {
	for _, s := range []string{"-2.5kg", "-0kg", "- 1kg", "--1kg", "-9223372.036854775808kg", "-9223372.036854775809kg", "50,5kg", "-50,5 lb", "1,2,3,4,5,6,7,8,9kg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l Load
		err := l.UnmarshalText([]byte(s))
		p, perr := ParseLoad(s)
		if perr == nil && (err != nil || l != p) {
			t.Fatalf("ParseLoad(%q) = %d but UnmarshalText = %d, %v", s, p, l, err)
		}
		if err != nil {
			if perr == nil {
				t.Fatalf("UnmarshalText(%q) fails (%v) where ParseLoad succeeds", s, err)
			}
			return
		}
		b, _ := l.MarshalText()
		var back Load
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Fatalf("UnmarshalText(%q) = %d; MarshalText %q reads back as %d, %v", s, l, b, back, err)
		}
	})
}

func TestParseLoadDoesNotAllocate(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are checked in the full run")
	}
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := ParseLoad("102.5 kg"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("ParseLoad allocates %v times per call, want 0", allocs)
	}
}
