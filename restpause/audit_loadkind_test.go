package restpause

import (
	"testing"
	"time"

	"github.com/repkit/repkit"
)

// An assisted pull-up whose assistance drops 30, 27.5, 25, 22.5 kg a week
// (each step under 10% of the help before it), with the rest and the
// effort changing every week too: two setup changes a week. Read as
// assistance, the load is progress and nothing churns; read as an
// external load, every drop is a third change and the weeks churn.
func TestAuditChurnAssisted(t *testing.T) {
	build := func(kind repkit.LoadKind) []Record {
		var h []Record
		for w, help := range []repkit.Load{30000, 27500, 25000, 22500} {
			eff := repkit.AtRIR(repkit.RIR(1 + w%2))
			r := rec(7*w, "assisted-pull-up", help*repkit.Gram, 10, eff, 4, 3)
			r.LoadKind = kind
			for i := range r.Bursts {
				r.Bursts[i].Rest = time.Duration(20+15*(w%2)) * time.Second
			}
			h = append(h, r)
		}
		return h
	}
	for _, tc := range []struct {
		kind  repkit.LoadKind
		churn bool
	}{{repkit.LoadAssisted, false}, {repkit.LoadExternal, true}} {
		rep, err := Auditor{}.Audit(build(tc.kind), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, m := range mistakes(rep) {
			got = got || m == MistakeChurn
		}
		if got != tc.churn {
			t.Errorf("%v: churn %v, want %v (findings %v)", tc.kind, got, tc.churn, mistakes(rep))
		}
	}
}

func TestProgressedKind(t *testing.T) {
	kg := repkit.Kilogram
	as := func(l repkit.Load) *Record { return &Record{Load: l, LoadKind: repkit.LoadAssisted} }
	ext := func(l repkit.Load) *Record { return &Record{Load: l} }
	for _, c := range []struct {
		name string
		x, y *Record
		want bool
	}{
		{"less help, 30 to 27.5 kg (8%)", as(30 * kg), as(27500 * repkit.Gram), true},
		{"less help, 30 to 25 kg (17%)", as(30 * kg), as(25 * kg), false},
		{"the last 2.5 kg of help off", as(2500 * repkit.Gram), as(0), true},
		{"more help", as(25 * kg), as(27500 * repkit.Gram), false},
		{"external up 5%", ext(40 * kg), ext(42 * kg), true},
		{"external down", ext(42 * kg), ext(40 * kg), false},
		{"kind changed", ext(30 * kg), as(27500 * repkit.Gram), false},
	} {
		if got := progressedKind(c.x, c.y); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
