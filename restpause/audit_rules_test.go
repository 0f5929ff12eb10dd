package restpause

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
)

// TestAuditKnowsThePrescription: the "every set to failure" mistake (the
// guide's "taking every first set and every follow-up burst to ugly
// failure") is judged against what the record's protocol prescribes. DC
// prescribes failure on every mini-set (Trudel), so DC done as written is
// not the mistake; the same sets under the guide's default are.
func TestAuditKnowsThePrescription(t *testing.T) {
	kg := repkit.Kilogram
	history := func(protocol string, eff repkit.Effort) []Record {
		var h []Record
		for w := range 4 {
			r := rec(7*w, "pec-deck", 40*kg, 10, eff, 3, 2)
			r.Protocol = protocol
			h = append(h, r)
		}
		return h
	}
	for _, tc := range []struct {
		name string
		h    []Record
		want []Mistake
	}{
		{"dc to failure as written", history("dc", repkit.AtRIR(0)), nil},
		{"default protocol to failure", history("rest-pause", repkit.AtRIR(0)), []Mistake{MistakeAllFailure}},
		// RPE 9.5 is 0 RIR, failure, as RIRFloor reads it (repkit.RPE).
		{"default protocol at RPE 9.5", history("rest-pause", repkit.AtRPE(9.5)), []Mistake{MistakeAllFailure}},
		{"default protocol at RPE 9", history("rest-pause", repkit.AtRPE(9)), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Auditor{}.Audit(tc.h, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, mistakes(rep)); diff != "" {
				t.Errorf("mistakes (-want +got):\n%s", diff)
			}
		})
	}
	// A caller's own protocol that prescribes failure is honoured too.
	own := DC()
	own.Name = "my dc"
	rep, err := Auditor{Protocols: []Protocol{own}}.Audit(history("my dc", repkit.AtRIR(0)), nil)
	if err != nil || len(rep.Findings) != 0 {
		t.Errorf("own failure protocol: %+v, %v; want no findings", rep.Findings, err)
	}
}

// TestAuditChurnIsNotProgression: the guide's mistake is "changing load,
// rest, exercise, range, and effort target every week", while its
// progression checkpoint asks for "a clear next step for load". A weekly
// load increase of up to ProgressionStep (10%) is that step, not churn.
func TestAuditChurnIsNotProgression(t *testing.T) {
	kg := repkit.Kilogram
	weekly := func(loads ...repkit.Load) []Record {
		var h []Record
		for w, l := range loads {
			r := rec(7*w, "leg-extension", l, 12, repkit.AtRIR(2), 4, 3)
			// Rest and protocol change every week as well: two changes.
			if w%2 == 1 {
				r.Protocol = "myo-reps"
				for i := range r.Bursts {
					r.Bursts[i].Rest = 40 * time.Second
				}
			}
			h = append(h, r)
		}
		return h
	}
	for _, tc := range []struct {
		name  string
		loads []repkit.Load
		want  []Mistake
	}{
		// 20 -> 22 -> 24 -> 26 kg: +10%, +9.1%, +8.3%, each a progression step.
		{"steady weekly increases", []repkit.Load{20 * kg, 22 * kg, 24 * kg, 26 * kg}, nil},
		// 20 -> 23 kg is +15%: a jump, so with rest and protocol, three changes.
		{"jumps and drops", []repkit.Load{20 * kg, 23 * kg, 20 * kg, 23 * kg}, []Mistake{MistakeChurn}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Auditor{}.Audit(weekly(tc.loads...), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, mistakes(rep)); diff != "" {
				t.Errorf("mistakes (-want +got):\n%s", diff)
			}
		})
	}
}
