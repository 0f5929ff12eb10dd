package restpause

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
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

// RIRFloor takes a floor from 1 to repkit.MaxRIR, both ends included.
func TestRIRFloorRange(t *testing.T) {
	for _, tt := range []struct {
		floor repkit.RIR
		ok    bool
	}{{0, false}, {1, true}, {repkit.MaxRIR, true}, {repkit.MaxRIR + 1, false}} {
		func() {
			defer func() {
				if r := recover(); (r == nil) != tt.ok {
					t.Errorf("RIRFloor(%v): panic %v, want ok=%v", tt.floor, r, tt.ok)
				}
			}()
			_ = RIRFloor(tt.floor)
		}()
	}
}

// Record.Validate takes every limit itself and refuses just past it.
func TestRecordLimitEdges(t *testing.T) {
	base := func() Record {
		return Record{Date: auditStart, Exercise: "Curl", Load: 20 * repkit.Kilogram, Activation: Burst{Reps: 12},
			Bursts: []Burst{{Reps: 4, Rest: 20 * time.Second}}, Stop: Decision{Reason: StopMaxBursts}}
	}
	for _, tt := range []struct {
		name  string
		edit  func(*Record)
		field string // "" when valid
	}{
		{"activation reps at RepsLimit", func(r *Record) { r.Activation.Reps = RepsLimit }, ""},
		{"activation reps past RepsLimit", func(r *Record) { r.Activation.Reps = RepsLimit + 1 }, "activation.reps"},
		{"burst reps at RepsLimit", func(r *Record) { r.Bursts[0].Reps = RepsLimit }, ""},
		{"burst reps past RepsLimit", func(r *Record) { r.Bursts[0].Reps = RepsLimit + 1 }, "bursts[0].reps"},
		{"rest at DurationLimit", func(r *Record) { r.Bursts[0].Rest = DurationLimit }, ""},
		{"rest past DurationLimit", func(r *Record) { r.Bursts[0].Rest = DurationLimit + 1 }, "bursts[0].rest"},
		{"work at DurationLimit", func(r *Record) { r.Bursts[0].Work = DurationLimit }, ""},
		{"work past DurationLimit", func(r *Record) { r.Bursts[0].Work = DurationLimit + 1 }, "bursts[0].work"},
		{"velocity at VelocityLimit", func(r *Record) { r.Bursts[0].MeanVelocity = VelocityLimit }, ""},
		{"velocity past VelocityLimit", func(r *Record) { r.Bursts[0].MeanVelocity = VelocityLimit + 1e-9 }, "bursts[0].mean_velocity"},
		{"load at LoadLimit", func(r *Record) { r.Load = LoadLimit }, ""},
		{"load past LoadLimit", func(r *Record) { r.Load = LoadLimit + 1 }, "load"},
		{"BurstsLimit bursts", func(r *Record) {
			r.Bursts = make([]Burst, BurstsLimit)
			for i := range r.Bursts {
				r.Bursts[i] = Burst{Reps: 1, Rest: 10 * time.Second}
			}
		}, ""},
		{"past BurstsLimit", func(r *Record) {
			r.Bursts = make([]Burst, BurstsLimit+1)
			for i := range r.Bursts {
				r.Bursts[i] = Burst{Reps: 1, Rest: 10 * time.Second}
			}
		}, "bursts"},
	} {
		r := base()
		tt.edit(&r)
		err := r.Validate()
		var fe *FieldError
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.field != "" && (!errors.As(err, &fe) || fe.Field != tt.field):
			t.Errorf("%s: %v; want an error naming %s", tt.name, err, tt.field)
		}
	}
}

// A panicking policy's value is quoted whole up to 64 bytes, and cut at a
// rune boundary with "..." past them.
func TestPolicyPanicQuote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{strings.Repeat("x", 64), strings.Repeat("x", 64)},
		{strings.Repeat("x", 65), strings.Repeat("x", 64) + "..."},
		{strings.Repeat("x", 63) + "é", strings.Repeat("x", 63) + "..."}, // é is 2 bytes: bytes 64-65
		{strings.Repeat("\x80", 70), "..."},                              // no rune starts in the first 64 bytes
	} {
		var fe *FieldError
		if err := policyPanic(tt.in); !errors.As(err, &fe) || fe.Value != tt.want || !errors.Is(err, ErrPolicy) {
			t.Errorf("policyPanic(%d bytes) = %v; want the value %q", len(tt.in), err, tt.want)
		}
	}
}

// A velocity out of range is quoted as written, in full precision.
func TestVelocityErrorValue(t *testing.T) {
	r := Record{Date: auditStart, Exercise: "Curl", Load: 20 * repkit.Kilogram, Activation: Burst{Reps: 12, MeanVelocity: 12.345},
		Stop: Decision{Reason: StopMaxBursts}}
	var fe *FieldError
	if err := r.Validate(); !errors.As(err, &fe) || fe.Field != "activation.mean_velocity" || fe.Value != "12.345" {
		t.Errorf("Validate = %v; want activation.mean_velocity quoted as 12.345", err)
	}
}

// The replacement sentence warns of a shortfall only when the prescription
// asks for fewer reps than the straight sets: 3 x 10 (30 reps) against 30
// at most has none, against 25 at most it is 5.
func TestReplacementShortfallSentence(t *testing.T) {
	ex, _ := exercise.ByID("leg-extension")
	for _, tt := range []struct {
		total int
		want  string
	}{{30, ""}, {25, "That is at least 5 fewer reps than the straight sets"}} {
		it := PlanItem{
			Entry:  PlanEntry{Exercise: ex, Slot: SlotAccessory, Sets: StraightSets{3, 10, time.Minute}},
			Choice: ChoiceRestPause,
			Replacement: Replacement{Activation: 15, Bursts: 2, BurstReps: repkit.RepRange{Min: 3, Max: 5}, Rest: 20 * time.Second,
				TotalReps: tt.total, Replaced: 30, Straight: 5 * time.Minute, Time: 2 * time.Minute, Verdict: exercise.Suitable},
		}
		s := it.sentence(PlanReplaces)
		if tt.want == "" && strings.Contains(s, "fewer reps") || tt.want != "" && !strings.Contains(s, tt.want) {
			t.Errorf("at most %d of 30 reps: %q; want %q", tt.total, s, tt.want)
		}
	}
}

// An unsuitable or caution item's sentence ends with the exercise's advice
// when there is one, and with nothing (no stray space) when there is none.
func TestPlanSentenceAdvice(t *testing.T) {
	for _, id := range []string{"deadlift", "leg-extension"} {
		ex, _ := exercise.ByID(id)
		as := exercise.Classify(ex)
		it := PlanItem{Entry: PlanEntry{Exercise: ex}, Classified: as}
		want := ex.Name + ": " + PlanUnsuitable.Sentence()
		if adv := as.Advice(); adv != "" {
			want += " " + adv
		}
		if got := it.sentence(PlanUnsuitable); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
	ex, _ := exercise.ByID("deadlift")
	if exercise.Classify(ex).Advice() == "" {
		t.Error("the deadlift has no advice: the case above checks nothing")
	}
}

// A replacement that saves exactly MinSaving is made. 3 x 12 at 90 s of
// lateral raises saves 188 s (worked by hand in TestPlanBusyLifter): with
// MinSaving 188 s it is replaced, with 188 s and a nanosecond it is not.
func TestPlanMinSavingEdge(t *testing.T) {
	for _, tt := range []struct {
		min  time.Duration
		want Choice
	}{{188 * time.Second, ChoiceRestPause}, {188*time.Second + 1, ChoiceStraightSets}} {
		plan, err := Planner{MinSaving: tt.min}.Plan(intermediate, fatigue.DoseFull,
			[]PlanEntry{entry(t, "dumbbell-lateral-raise", SlotAccessory, 3, 12, 90*time.Second)})
		if err != nil {
			t.Fatal(err)
		}
		if got := plan.Items[0].Choice; got != tt.want {
			t.Errorf("MinSaving %v: %v, want %v", tt.min, got, tt.want)
		}
	}
}

// A refused item with two or more sets at under ShortRest (60 s) is also
// flagged for its short rests; one set is not a rest to flag.
func TestPlanShortRestFlag(t *testing.T) {
	for _, tt := range []struct {
		sets int
		rest time.Duration
		want bool
	}{{2, 59 * time.Second, true}, {2, ShortRest, false}, {1, 30 * time.Second, false}, {3, 30 * time.Second, true}} {
		plan, err := Planner{}.Plan(intermediate, fatigue.DoseFull, []PlanEntry{entry(t, "deadlift", SlotMain, tt.sets, 5, tt.rest)})
		if err != nil {
			t.Fatal(err)
		}
		it := plan.Items[0]
		if it.Choice != ChoiceStraightSets || it.Reasons.Has(PlanShortRest) != tt.want {
			t.Errorf("deadlift %d sets at %v: %v %v; want the short-rest flag %v", tt.sets, tt.rest, it.Choice, it.Reasons, tt.want)
		}
	}
}

// An exercise planned again later in the session is the same exercise by
// catalog id when both entries have one (whatever their names), else by
// name in any case.
func TestPlanRepeatedByIDOrName(t *testing.T) {
	le, _ := exercise.ByID("leg-extension")
	renamed := le
	renamed.Name = "Quad extensions"
	other := le
	other.ID = "my-leg-extension"
	noID := le
	noID.ID = ""
	upper := noID
	upper.Name = strings.ToUpper(le.Name)
	for _, tt := range []struct {
		name   string
		a, b   exercise.Exercise
		repeat bool
	}{
		{"same id, other name", le, renamed, true},
		{"same name, other id", le, other, false},
		{"no id, same name in other case", noID, upper, true},
		{"one id, same name", le, noID, true},
	} {
		plan, err := Planner{}.Plan(intermediate, fatigue.DoseFull, []PlanEntry{
			{Exercise: tt.a, Slot: SlotAccessory, Sets: StraightSets{3, 12, 90 * time.Second}},
			{Exercise: tt.b, Slot: SlotAccessory, Sets: StraightSets{3, 12, 90 * time.Second}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := plan.Items[0].Reasons.Has(PlanRepeated); got != tt.repeat {
			t.Errorf("%s: repeated %v, want %v (%v)", tt.name, got, tt.repeat, plan.Items[0].Reasons)
		}
	}
}

// A protocol's rest may reach DurationLimit and 100 breaths, not pass them.
func TestProtocolRestEdges(t *testing.T) {
	for _, tt := range []struct {
		rest Rest
		ok   bool
	}{
		{Rest{Min: 15 * time.Second, Max: DurationLimit}, true},
		{Rest{Min: 15 * time.Second, Max: DurationLimit + 1}, false},
		{Rest{Min: 15 * time.Second, Max: 30 * time.Second, MinBreaths: 10, MaxBreaths: 100}, true},
		{Rest{Min: 15 * time.Second, Max: 30 * time.Second, MinBreaths: 10, MaxBreaths: 101}, false},
	} {
		p := DefaultProtocol()
		p.Rest = tt.rest
		if err := p.Validate(); (err == nil) != tt.ok {
			t.Errorf("rest %+v: %v, want ok=%v", tt.rest, err, tt.ok)
		}
	}
}

// StopAtTotalReps may be as many reps as a whole Record holds:
// RepsLimit x (BurstsLimit + 1) = 101000.
func TestStopAtTotalRepsLimit(t *testing.T) {
	for _, tt := range []struct {
		n  int
		ok bool
	}{{RepsLimit * (BurstsLimit + 1), true}, {RepsLimit*(BurstsLimit+1) + 1, false}} {
		p := DefaultProtocol()
		p.StopAtTotalReps = tt.n
		if err := p.Validate(); (err == nil) != tt.ok {
			t.Errorf("StopAtTotalReps %d: %v, want ok=%v", tt.n, err, tt.ok)
		}
	}
}

// TooHeavy: an activation set below HeavyBelow reps; exactly HeavyBelow is
// not, and HeavyBelow 0 never is.
func TestTooHeavyEdge(t *testing.T) {
	p := DefaultProtocol()
	p.HeavyBelow = 8
	for _, tt := range []struct {
		reps int
		want bool
	}{{7, true}, {8, false}, {0, true}} {
		if got := p.TooHeavy(&Record{Activation: Burst{Reps: tt.reps}}); got != tt.want {
			t.Errorf("HeavyBelow 8, %d reps: %v, want %v", tt.reps, got, tt.want)
		}
	}
	p.HeavyBelow = 0
	if p.TooHeavy(&Record{Activation: Burst{Reps: 0}}) {
		t.Error("HeavyBelow 0: too heavy")
	}
	p.HeavyBelow = 1
	if !p.TooHeavy(&Record{Activation: Burst{Reps: 0}}) {
		t.Error("HeavyBelow 1, 0 reps: not too heavy")
	}
}

// Remarks: reps at the top of the target are on target.
func TestRemarksAtTargetMax(t *testing.T) {
	p := DefaultProtocol()
	p.Activation = repkit.RepRange{Min: 12, Max: 15}
	p.Burst = repkit.RepRange{Min: 3, Max: 5}
	r := Record{Activation: Burst{Reps: 15}, Bursts: []Burst{{Reps: 5}, {Reps: 6}}}
	got := p.Remarks(&r)
	if len(got) != 1 || got[0].Field != "bursts[1].reps" || got[0].Below {
		t.Errorf("Remarks = %+v; want only bursts[1].reps, above its target", got)
	}
}

// Elapsed saturates at the longest Duration rather than wrap, for a record
// (not validated) whose times overflow.
func TestElapsedSaturates(t *testing.T) {
	const maxDuration = time.Duration(1<<63 - 1)
	r := Record{Activation: Burst{Reps: 1, Work: maxDuration - time.Second}, Bursts: []Burst{{Reps: 1, Rest: time.Hour, Work: time.Second}}}
	if got := r.Elapsed(); got != maxDuration {
		t.Errorf("Elapsed = %v, want the largest Duration", got)
	}
	r = Record{Activation: Burst{Reps: 1, Work: time.Minute}, Bursts: []Burst{{Reps: 4, Rest: 20 * time.Second, Work: 10 * time.Second}}}
	if got := r.Elapsed(); got != 90*time.Second {
		t.Errorf("Elapsed = %v, want 1m30s", got)
	}
}

// A stop burst out of range: the hint offers the bursts there are, and
// none when there are none.
func TestStopBurstHint(t *testing.T) {
	base := Record{Date: auditStart, Exercise: "Curl", Load: 20 * repkit.Kilogram, Activation: Burst{Reps: 12},
		Stop: Decision{Reason: StopMaxBursts, Burst: 3}}
	var fe *FieldError
	if err := base.Validate(); !errors.As(err, &fe) || fe.Field != "stop.burst" || strings.Contains(fe.Hint, "from 1 to") {
		t.Errorf("no bursts: %v; want a stop.burst error offering no burst", err)
	}
	base.Bursts = []Burst{{Reps: 4, Rest: 20 * time.Second}, {Reps: 3, Rest: 20 * time.Second}}
	if err := base.Validate(); !errors.As(err, &fe) || fe.Field != "stop.burst" || !strings.Contains(fe.Hint, "or a burst from 1 to 2") {
		t.Errorf("two bursts: %v; want the hint to offer bursts 1 to 2", err)
	}
}

// Churn is three consecutive ISO weeks, two changes in a row: three weeks
// of different exercises are churn, two are not.
func TestAuditChurnThreeWeeks(t *testing.T) {
	kg := repkit.Kilogram
	ids := []string{"cable-lateral-raise", "leg-extension", "pec-deck"}
	var h []Record
	for w, id := range ids {
		h = append(h, rec(7*w, id, 20*kg, 12, repkit.AtRIR(1), 4))
	}
	for _, tt := range []struct {
		weeks int
		want  bool
	}{{3, true}, {2, false}} {
		rep, err := Auditor{}.Audit(h[:tt.weeks], nil)
		if err != nil {
			t.Fatal(err)
		}
		got := slices.Contains(mistakes(rep), MistakeChurn)
		if got != tt.want {
			t.Errorf("%d weeks of new exercises: churn %v, want %v", tt.weeks, got, tt.want)
		}
	}
}
