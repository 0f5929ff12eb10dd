package restpause

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
)

// Tests from mutation testing (gremlins, scripts/mutation): each pins an
// edge of a rule the other tests left unchecked. Expected values are worked
// out by hand from the rule, not taken from the code's output.

// Explain names the dates of the records a finding rests on, each date
// once, and passes over indices outside the history.
func TestExplainSkipsOutOfRange(t *testing.T) {
	h := []Record{rec(0, "leg-extension", 50*repkit.Kilogram, 14, repkit.AtRIR(1), 5)}
	f := Finding{Mistake: MistakeEverywhere, Records: []int{0, 1, -1, 0}}
	want := MistakeEverywhere.Sentence() + " Sessions: 2026-03-02."
	if got := f.Explain(h); got != want {
		t.Errorf("Explain = %q, want %q", got, want)
	}
}

// The high-skill check: a record found by its catalog id even when its
// name is not in the catalog; one finding per exercise, named as the
// record names it, or by its id when it has no name.
func TestAuditHighSkillFindings(t *testing.T) {
	kg := repkit.Kilogram
	byID := rec(0, "deadlift", 140*kg, 6, repkit.AtRIR(1), 2)
	byID.Exercise = "Tuesday pulls" // no catalog name
	noName := rec(1, "back-squat", 120*kg, 6, repkit.AtRIR(1), 2)
	noName.Exercise = ""
	again := rec(2, "deadlift", 140*kg, 6, repkit.AtRIR(1), 2)
	again.Exercise = "Tuesday pulls"
	rep, err := Auditor{}.Audit([]Record{byID, noName, again}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Finding{
		{Mistake: MistakeHighSkill, Exercise: "Tuesday pulls", Records: []int{0, 2}},
		{Mistake: MistakeHighSkill, Exercise: "back-squat", Records: []int{1}},
	}
	if diff := cmp.Diff(want, rep.Findings); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if len(rep.Unresolved) != 0 {
		t.Errorf("unresolved %v: every record has a catalog id", rep.Unresolved)
	}
}

// Rest-pause on more than Limit (2) exercises in a day is the mistake;
// on exactly 2 it is not.
func TestAuditEverywhereLimit(t *testing.T) {
	kg := repkit.Kilogram
	two := []Record{
		rec(0, "cable-lateral-raise", 10*kg, 15, repkit.Effort{}, 5),
		rec(0, "leg-extension", 50*kg, 15, repkit.Effort{}, 5),
		rec(0, "leg-extension", 50*kg, 15, repkit.Effort{}, 5),
	}
	rep, err := Auditor{}.Audit(two, nil)
	if err != nil || len(rep.Findings) != 0 {
		t.Errorf("two exercises in a day: %v, %v; want no finding", rep.Findings, err)
	}
	rep, err = Auditor{Limit: 1}.Audit(two, nil)
	if err != nil || len(rep.Findings) != 1 || rep.Findings[0].Mistake != MistakeEverywhere {
		t.Errorf("two exercises in a day, limit 1: %v, %v; want the everywhere finding", rep.Findings, err)
	}
}

// All-failure needs MinFailure (3) records at failure and at least half of
// the fully rated ones: 3 of 6 is half, 3 of 7 is not.
func TestAuditAllFailureHalf(t *testing.T) {
	kg := repkit.Kilogram
	var h []Record
	for i := range 3 {
		h = append(h, rec(7*i, "leg-extension", 50*kg, 14, repkit.AtRIR(0), 5, 4))
	}
	for i := range 4 {
		h = append(h, rec(7*i+1, "leg-extension", 50*kg, 14, repkit.AtRIR(2), 5, 4))
	}
	for _, tt := range []struct {
		h    []Record
		want bool
	}{{h[:6], true}, {h, false}} {
		rep, err := Auditor{}.Audit(tt.h, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := len(rep.Findings) == 1 && rep.Findings[0].Mistake == MistakeAllFailure
		if got != tt.want || len(rep.Findings) > 1 {
			t.Errorf("3 at failure of %d rated: %v; want all-failure %v", len(tt.h), rep.Findings, tt.want)
		}
	}
}

// changed counts each of load, mean rest (10 s or more either way),
// protocol and effort that differ; a load increase of up to
// ProgressionStep (10%) is progression, not a change.
func TestChangedEdges(t *testing.T) {
	kg := repkit.Kilogram
	base := rec(0, "leg-extension", 100*kg, 14, repkit.AtRIR(1), 5, 4) // rests 20 s, 20 s
	withRest := func(d time.Duration) Record {
		r := base.Clone()
		for i := range r.Bursts {
			r.Bursts[i].Rest += d
		}
		return r
	}
	for _, tt := range []struct {
		name string
		y    Record
		want int
	}{
		{"same", base, 0},
		{"rest +10s", withRest(10 * time.Second), 1},
		{"rest -10s", withRest(-10 * time.Second), 1},
		{"rest +9.999s", withRest(9999 * time.Millisecond), 0},
		{"rest -9.999s", withRest(-9999 * time.Millisecond), 0},
		{"protocol", func() Record { r := base.Clone(); r.Protocol = "dc"; return r }(), 1},
		{"effort", func() Record { r := base.Clone(); r.Activation.Effort = repkit.AtRIR(3); return r }(), 1},
		{"load +10%", func() Record { r := base.Clone(); r.Load = 110 * kg; return r }(), 0},
		{"load +10% and a nanogram", func() Record { r := base.Clone(); r.Load = 110*kg + 1; return r }(), 1},
		{"load down", func() Record { r := base.Clone(); r.Load = 99 * kg; return r }(), 1},
	} {
		if got := changed(&base, &tt.y); got != tt.want {
			t.Errorf("%s: changed = %d, want %d", tt.name, got, tt.want)
		}
	}
	// The mean rest: 20 s and 40 s average 30 s.
	r := base.Clone()
	r.Bursts[1].Rest = 40 * time.Second
	if got := meanRest(&r); got != 30*time.Second {
		t.Errorf("meanRest(20s, 40s) = %v, want 30s", got)
	}
	if got := meanRest(&Record{}); got != 0 {
		t.Errorf("meanRest of no bursts = %v", got)
	}
	for _, tt := range []struct {
		before, after repkit.Load
		want          bool
	}{{100 * kg, 100 * kg, false}, {100 * kg, 110 * kg, true}, {100 * kg, 110*kg + 1, false}, {0, kg, false}, {100 * kg, 90 * kg, false}} {
		if got := progressed(tt.before, tt.after); got != tt.want {
			t.Errorf("progressed(%v, %v) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}

var _ = strings.Contains
