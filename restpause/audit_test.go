package restpause

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
)

var auditStart = time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC) // a Monday

func rec(day int, id string, load repkit.Load, act int, eff repkit.Effort, bursts ...int) Record {
	ex, _ := exercise.ByID(id)
	r := Record{
		Date: auditStart.AddDate(0, 0, day), ExerciseID: id, Exercise: ex.Name, Protocol: "default",
		Load: load, Activation: Burst{Reps: act, Effort: eff}, Stop: Decision{Reason: StopMaxBursts},
	}
	for _, n := range bursts {
		r.Bursts = append(r.Bursts, Burst{Reps: n, Rest: 20 * time.Second, Effort: eff})
	}
	return r
}

func mistakes(rep AuditReport) []Mistake {
	var ms []Mistake
	for _, f := range rep.Findings {
		ms = append(ms, f.Mistake)
	}
	return ms
}

// A steady, sensible history: two accessories a week, same setup, a rep
// buffer. No findings.
func steady() []Record {
	var h []Record
	for w := range 6 {
		h = append(h,
			rec(7*w, "cable-lateral-raise", 10*repkit.Kilogram, 15, repkit.AtRIR(2), 5, 4),
			rec(7*w+2, "leg-extension", 50*repkit.Kilogram, 14, repkit.AtRIR(1), 5, 4, 3))
	}
	return h
}

func TestAuditGuideMistakes(t *testing.T) {
	kg := repkit.Kilogram
	churny := func() []Record {
		// The exercises rotate every week: nothing is comparable.
		ids := []string{"cable-lateral-raise", "leg-extension", "pec-deck", "lat-pulldown"}
		var h []Record
		for w, id := range ids {
			h = append(h, rec(7*w, id, 20*kg, 12, repkit.AtRIR(1), 4))
		}
		return h
	}
	failing := func() []Record {
		var h []Record
		for w := range 4 {
			h = append(h, rec(7*w, "pec-deck", 40*kg, 10, repkit.AtRIR(0), 3, 2))
		}
		return h
	}
	for _, tc := range []struct {
		name    string
		h       []Record
		mains   []fatigue.Measure
		want    []Mistake
		records [][]int
	}{
		{"steady", steady(), nil, nil, nil},
		{"rest-pause on high-skill lifts", append(steady()[:2], rec(3, "deadlift", 140*kg, 6, repkit.AtRIR(1), 2)), nil,
			[]Mistake{MistakeHighSkill}, [][]int{{2}}},
		{"added everywhere", []Record{
			rec(0, "cable-lateral-raise", 10*kg, 15, repkit.Effort{}, 5),
			rec(0, "leg-extension", 50*kg, 15, repkit.Effort{}, 5),
			rec(0, "pec-deck", 40*kg, 15, repkit.Effort{}, 5),
		}, nil, []Mistake{MistakeEverywhere}, [][]int{{0, 1, 2}}},
		{"every set and burst to failure", failing(), nil, []Mistake{MistakeAllFailure}, [][]int{{0, 1, 2, 3}}},
		{"exercise changes every week", churny(), nil, []Mistake{MistakeChurn}, [][]int{{0, 1, 2, 3}}},
		{"used while main lifts drop", steady()[:2], []fatigue.Measure{
			{Date: auditStart.AddDate(0, 0, -40), Lift: "squat", E1RM: 150 * repkit.Kilogram},
			{Date: auditStart.AddDate(0, 0, -35), Lift: "squat", E1RM: 150 * repkit.Kilogram},
			{Date: auditStart.AddDate(0, 0, -30), Lift: "squat", E1RM: 150 * repkit.Kilogram},
			{Date: auditStart.AddDate(0, 0, -10), Lift: "squat", E1RM: 138 * repkit.Kilogram},
			{Date: auditStart.AddDate(0, 0, -6), Lift: "squat", E1RM: 139 * repkit.Kilogram},
			{Date: auditStart.AddDate(0, 0, -2), Lift: "squat", E1RM: 137 * repkit.Kilogram},
		}, []Mistake{MistakeWhileDropping}, [][]int{{0, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Auditor{}.Audit(tc.h, tc.mains)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, mistakes(rep)); diff != "" {
				t.Fatalf("mistakes (-want +got):\n%s", diff)
			}
			for i, f := range rep.Findings {
				if diff := cmp.Diff(tc.records[i], f.Records); diff != "" {
					t.Errorf("%v records (-want +got):\n%s", f.Mistake, diff)
				}
				if s := f.Explain(tc.h); !strings.Contains(s, "Sessions: 2026-") {
					t.Errorf("explanation lacks dates: %q", s)
				}
			}
			if len(rep.Unresolved) != 0 {
				t.Errorf("unresolved %v", rep.Unresolved)
			}
		})
	}
}

func TestAuditRejectsCorruptHistory(t *testing.T) {
	h := steady()
	h[3].Bursts[0].Reps = -2
	_, err := Auditor{}.Audit(h, nil)
	if !errors.Is(err, repkit.ErrInvalid) || !strings.Contains(err.Error(), "history[3].bursts[0].reps") {
		t.Fatalf("err = %v", err)
	}
}

func TestAuditUnresolved(t *testing.T) {
	h := []Record{{Date: auditStart, Exercise: "zercher moonwalk", Activation: Burst{Reps: 8}, Stop: Decision{Reason: StopLifter}}}
	rep, err := Auditor{}.Audit(h, nil)
	if err != nil || !slices.Equal(rep.Unresolved, []int{0}) {
		t.Fatalf("%+v, %v", rep, err)
	}
}

// The audit does not depend on the order of the history: findings rest on
// the same records whichever way they are listed.
func testAuditOrderFree(t *rapid.T) {
	ids := []string{"cable-lateral-raise", "leg-extension", "pec-deck", "deadlift", "lat-pulldown"}
	n := rapid.IntRange(0, 12).Draw(t, "n")
	h := make([]Record, n)
	for i := range h {
		eff := rapid.SampledFrom([]repkit.Effort{{}, repkit.AtRIR(0), repkit.AtRIR(2), repkit.AtRPE(10)}).Draw(t, "effort")
		h[i] = rec(rapid.IntRange(0, 40).Draw(t, "day"), rapid.SampledFrom(ids).Draw(t, "id"),
			repkit.Load(rapid.IntRange(10, 60).Draw(t, "kg"))*repkit.Kilogram, rapid.IntRange(1, 20).Draw(t, "act"), eff,
			rapid.SliceOfN(rapid.IntRange(1, 6), 0, 4).Draw(t, "bursts")...)
	}
	rep, err := Auditor{}.Audit(h, nil)
	if err != nil {
		t.Fatal(err)
	}
	perm := rand.New(rand.NewPCG(uint64(n), 7)).Perm(n)
	shuffled := make([]Record, n)
	for i, p := range perm {
		shuffled[p] = h[i]
	}
	rep2, err := Auditor{}.Audit(shuffled, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Map the shuffled indices back and compare as sets per mistake.
	back := func(r AuditReport) map[Mistake][]int {
		m := map[Mistake][]int{}
		inv := make([]int, n)
		for i, p := range perm {
			inv[p] = i
		}
		for _, f := range r.Findings {
			for _, i := range f.Records {
				m[f.Mistake] = append(m[f.Mistake], inv[i])
			}
		}
		for k := range m {
			slices.Sort(m[k])
		}
		return m
	}
	orig := map[Mistake][]int{}
	for _, f := range rep.Findings {
		orig[f.Mistake] = append(orig[f.Mistake], f.Records...)
		if len(f.Records) == 0 || !slices.IsSorted(f.Records) {
			t.Fatalf("finding %+v: records empty or unsorted", f)
		}
		for _, i := range f.Records {
			if f.Mistake == MistakeHighSkill && exercise.Classify(mustByID(h[i].ExerciseID)).Verdict != exercise.Unsuitable {
				t.Fatalf("high-skill finding on %s", h[i].ExerciseID)
			}
		}
	}
	for k := range orig {
		slices.Sort(orig[k])
	}
	if diff := cmp.Diff(orig, back(rep2)); diff != "" {
		t.Fatalf("order changed findings (-orig +shuffled):\n%s", diff)
	}
}

func mustByID(id string) exercise.Exercise { ex, _ := exercise.ByID(id); return ex }

func TestAuditOrderFree(t *testing.T) { rapid.Check(t, testAuditOrderFree) }
func FuzzAuditOrderFree(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testAuditOrderFree)) }
