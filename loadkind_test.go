package repkit_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum/enumtest"
)

func TestLoadKindContract(t *testing.T) {
	enumtest.Run[repkit.LoadKind](t, "LoadKind", "load_kind", "external", "bodyweight", "assisted")
}

func TestParseLoadKindAliases(t *testing.T) {
	for text, want := range map[string]repkit.LoadKind{
		"External": repkit.LoadExternal, "BODYWEIGHT": repkit.LoadBodyweight, "body weight": repkit.LoadBodyweight,
		"body-weight": repkit.LoadBodyweight, "Weighted": repkit.LoadBodyweight, "assistance": repkit.LoadAssisted,
	} {
		got, err := repkit.ParseLoadKind(text)
		if err != nil || got != want {
			t.Errorf("ParseLoadKind(%q) = %v, %v; want %v", text, got, err, want)
		}
	}
	_, err := repkit.ParseLoadKind("band")
	var fe *repkit.FieldError
	if !errors.As(err, &fe) || fe.Field != "load_kind" || fe.Value != "band" || !errors.Is(err, repkit.ErrUnknownName) {
		t.Fatalf("ParseLoadKind(band) = %v; want a FieldError naming load_kind and band", err)
	}
}

// TestLoadKindHarder: for external and body-weight loads heavier is
// harder, for assisted ones lighter (less help); never both ways, and
// equal loads are not harder either way.
func TestLoadKindHarder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := repkit.LoadKind(rapid.IntRange(0, 2).Draw(t, "kind"))
		a := repkit.Load(rapid.Int64Range(0, 1e12).Draw(t, "a"))
		b := repkit.Load(rapid.Int64Range(0, 1e12).Draw(t, "b"))
		if k.Harder(a, b) && k.Harder(b, a) {
			t.Fatalf("%v: %v and %v each harder than the other", k, a, b)
		}
		want := a > b
		if k == repkit.LoadAssisted {
			want = a < b
		}
		if got := k.Harder(a, b); got != want {
			t.Fatalf("%v.Harder(%v, %v) = %v", k, a, b, got)
		}
	})
}

func TestLoadKindDescribe(t *testing.T) {
	kg, lb := repkit.Kilogram, repkit.Pound
	for _, tt := range []struct {
		k    repkit.LoadKind
		l    repkit.Load
		u    repkit.Unit
		want string
	}{
		{repkit.LoadAssisted, 0, repkit.UnitKilogram, "no assistance"},
		{repkit.LoadAssisted, 30 * lb, repkit.UnitPound, "30lb of assistance"},
		{repkit.LoadBodyweight, 0, repkit.UnitKilogram, "body weight"},
		{repkit.LoadBodyweight, 45 * lb, repkit.UnitPound, "body weight + 45lb"},
		{repkit.LoadExternal, 0, repkit.UnitKilogram, "no logged load"},
		{repkit.LoadExternal, 140 * lb, repkit.UnitKilogram, "63.5kg"}, // 63.5029318 kg, shown to 0.01
		{repkit.LoadExternal, 20 * kg, 0, "20kg"},
		{repkit.LoadExternal, 2500 * repkit.Gram, repkit.UnitKilogram, "2.5kg"},
		{repkit.LoadExternal, 25 * lb, repkit.UnitPound, "25lb"},
		{repkit.LoadBodyweight, 0, repkit.UnitPound, "body weight"},
	} {
		if got := tt.k.Describe(tt.l, tt.u); got != tt.want {
			t.Errorf("%v.Describe(%v, %v) = %q; want %q", tt.k, tt.l, tt.u, got, tt.want)
		}
	}
}

func TestLoadKindMoved(t *testing.T) {
	kg := repkit.Kilogram
	for _, tt := range []struct {
		k      repkit.LoadKind
		l, bw  repkit.Load
		want   repkit.Load
		wantOK bool
	}{
		{repkit.LoadExternal, 100 * kg, 0, 100 * kg, true},
		{repkit.LoadBodyweight, 10 * kg, 80 * kg, 90 * kg, true},
		{repkit.LoadBodyweight, 0, 80 * kg, 80 * kg, true},
		{repkit.LoadBodyweight, 10 * kg, 0, 0, false},
		{repkit.LoadAssisted, 30 * kg, 80 * kg, 50 * kg, true},
		{repkit.LoadAssisted, 80 * kg, 80 * kg, 0, false},
		{repkit.LoadAssisted, 30 * kg, 0, 0, false},
	} {
		got, ok := tt.k.Moved(tt.l, tt.bw)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%v.Moved(%v, %v) = %v, %v; want %v, %v", tt.k, tt.l, tt.bw, got, ok, tt.want, tt.wantOK)
		}
	}
}
