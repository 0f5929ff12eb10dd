package exercise

import "testing"

// TestSeveritySets: the two sets Reasons.Severity tests hold exactly the
// reasons of each severity in the reasons' table, and Reasons.Severity is
// the worst Reason.Severity over every set of one or two reasons.
func TestSeveritySets(t *testing.T) {
	for r := range Reason(64) {
		inU, inC := unsuitableReasons.Has(r), cautionReasons.Has(r)
		switch sev := r.Severity(); {
		case sev == Unsuitable && (!inU || inC), sev == Caution && (!inC || inU), sev == VerdictUnknown && (inU || inC):
			t.Errorf("reason %d has severity %v but unsuitable set %v, caution set %v", r, sev, inU, inC)
		}
		for q := range Reason(64) {
			s := Reasons(1)<<r | Reasons(1)<<q
			if got, want := s.Severity(), max(r.Severity(), q.Severity()); got != want {
				t.Errorf("Reasons{%d, %d}.Severity() = %v, want %v", r, q, got, want)
			}
		}
	}
	if got := Reasons(0).Severity(); got != VerdictUnknown {
		t.Errorf("empty set's severity %v", got)
	}
}
