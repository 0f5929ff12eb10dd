package repkit_test

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
)

// displayUnits are the units Display is checked in, with UnitUnknown,
// which displays in kilograms.
var displayUnits = []repkit.Unit{repkit.UnitKilogram, repkit.UnitPound, repkit.UnitGram, repkit.UnitUnknown}

// splitDisplay splits a displayed load into its number and its unit text.
func splitDisplay(t *rapid.T, s string) (num, unit string) {
	i := strings.IndexFunc(s, func(r rune) bool { return r != '-' && r != '.' && (r < '0' || r > '9') })
	if i <= 0 {
		t.Fatalf("Display = %q: no number before the unit", s)
	}
	return s[:i], s[i:]
}

// TestDisplayPrecision: a displayed load never has more than two decimals
// and no trailing zero, and it is the load rounded to the nearest hundredth
// of the unit, computed here independently with math/big.
func TestDisplayPrecision(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapid.OneOf(gen.Load(0, repkit.MaxLoad), rapid.Map(gen.Load(0, repkit.MaxLoad), func(l repkit.Load) repkit.Load { return -l })).Draw(t, "l")
		u := rapid.SampledFrom(displayUnits).Draw(t, "u")
		s := l.Display(u)
		num, unit := splitDisplay(t, s)
		shown := u
		if u == repkit.UnitUnknown {
			shown = repkit.UnitKilogram
		}
		if unit != shown.String() {
			t.Fatalf("Load(%d).Display(%v) = %q: unit %q, want %q", int64(l), u, s, unit, shown)
		}
		if dot := strings.IndexByte(num, '.'); dot >= 0 {
			if frac := num[dot+1:]; len(frac) > repkit.DisplayDigits || frac == "" || strings.HasSuffix(frac, "0") {
				t.Fatalf("Load(%d).Display(%v) = %q: fraction %q, want 1 or 2 digits, no trailing zero", int64(l), u, s, frac)
			}
		}
		// The exact value in hundredths of the unit, rounded half away
		// from zero.
		exact := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(int64(l)), big.NewInt(100)), big.NewInt(int64(shown.Size())))
		abs := new(big.Rat).Abs(exact)
		q, r := new(big.Int).QuoRem(abs.Num(), abs.Denom(), new(big.Int))
		if new(big.Int).Mul(r, big.NewInt(2)).Cmp(abs.Denom()) >= 0 {
			q.Add(q, big.NewInt(1))
		}
		if exact.Sign() < 0 {
			q.Neg(q)
		}
		want := new(big.Rat).SetFrac(q, big.NewInt(100))
		got, ok := new(big.Rat).SetString(num)
		if !ok || got.Cmp(want) != 0 {
			t.Fatalf("Load(%d).Display(%v) = %q, want %s", int64(l), u, s, want.FloatString(2))
		}
		if num == "-0" || strings.HasPrefix(num, "-") && got.Sign() == 0 {
			t.Fatalf("Load(%d).Display(%v) = %q: a minus sign on zero", int64(l), u, s)
		}
	})
}

// TestDisplayExactMultiple: a load that is a whole number of hundredths of
// its unit (every load made of kg or lb plates) displays exactly, as the
// lossless Format writes it, and reads back as the same Load.
func TestDisplayExactMultiple(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := rapid.SampledFrom([]repkit.Unit{repkit.UnitKilogram, repkit.UnitPound, repkit.UnitGram}).Draw(t, "u")
		hundredth := u.Size() / 100
		k := rapid.Int64Range(-int64(repkit.MaxLoad/hundredth), int64(repkit.MaxLoad/hundredth)).Draw(t, "k")
		l := repkit.Load(k) * hundredth
		if got, want := l.Display(u), l.Format(u); got != want {
			t.Fatalf("Load(%d).Display(%v) = %q, Format = %q", int64(l), u, got, want)
		}
		if l >= 0 {
			back, err := repkit.ParseLoad(l.Display(u))
			if err != nil || back != l {
				t.Fatalf("ParseLoad(%q) = %d, %v; want %d", l.Display(u), int64(back), err, int64(l))
			}
		}
	})
}

// TestDisplayCases checks hand-worked values: 140 lb is 63.5029318 kg
// exactly, so 63.5kg to the hundredth; 60 kg is 132.27735731... lb.
func TestDisplayCases(t *testing.T) {
	for _, c := range []struct {
		l    repkit.Load
		u    repkit.Unit
		want string
	}{
		{140 * repkit.Pound, repkit.UnitPound, "140lb"},
		{140 * repkit.Pound, repkit.UnitKilogram, "63.5kg"},
		{55 * repkit.Pound / 2, repkit.UnitPound, "27.5lb"},
		{55 * repkit.Pound / 2, repkit.UnitKilogram, "12.47kg"},          // 12.473790175
		{175 * repkit.Pound / 2, repkit.UnitKilogram, "39.69kg"},         // 39.689332375
		{60 * repkit.Kilogram, repkit.UnitPound, "132.28lb"},             // 132.2773573
		{10125 * repkit.Kilogram / 100, repkit.UnitKilogram, "101.25kg"}, // change plates
		{5 * repkit.Kilogram / 1000, repkit.UnitKilogram, "0.01kg"},      // 0.005 rounds away from zero
		{4 * repkit.Kilogram / 1000, repkit.UnitKilogram, "0kg"},
		{-4 * repkit.Kilogram / 1000, repkit.UnitKilogram, "0kg"},
		{-5 * repkit.Pound / 2, repkit.UnitPound, "-2.5lb"},
		{25 * repkit.Kilogram / 10, repkit.UnitUnknown, "2.5kg"},
		{math.MinInt64, repkit.UnitKilogram, "-9223372.04kg"},
		{repkit.MaxLoad, repkit.UnitPound, "20334054.64lb"},
	} {
		if got := c.l.Display(c.u); got != c.want {
			t.Errorf("Load(%d).Display(%v) = %q, want %q", int64(c.l), c.u, got, c.want)
		}
	}
}

func TestAppendDisplayNoAlloc(t *testing.T) {
	buf := make([]byte, 0, 32)
	l := 140 * repkit.Pound
	if n := testing.AllocsPerRun(100, func() { buf = l.AppendDisplay(buf[:0], repkit.UnitKilogram) }); n != 0 {
		t.Errorf("AppendDisplay allocates %v times, want 0", n)
	}
}

// A pound log shows pounds; a kilogram lifter sees the same set rounded to
// what a scale reads, where Format keeps every digit.
func ExampleLoad_Display() {
	set := 140 * repkit.Pound
	fmt.Println(set.Display(repkit.UnitPound))
	fmt.Println(set.Display(repkit.UnitKilogram), "not", set.Format(repkit.UnitKilogram))
	fmt.Println((60 * repkit.Kilogram).Display(repkit.UnitPound))
	// Output:
	// 140lb
	// 63.5kg not 63.5029318kg
	// 132.28lb
}
