package restpause

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/internal/gen"
)

func catalog(t testing.TB, id string) exercise.Exercise {
	t.Helper()
	ex, ok := exercise.ByID(id)
	if !ok {
		t.Fatalf("catalog lacks %q", id)
	}
	return ex
}

func entry(t testing.TB, id string, slot Slot, sets, reps int, rest time.Duration) PlanEntry {
	return PlanEntry{Exercise: catalog(t, id), Slot: slot, Sets: StraightSets{Sets: sets, Reps: reps, Rest: rest}}
}

var intermediate = fatigue.Lifter{Experience: fatigue.Intermediate}

// The guide's busy lifter "replaces three straight sets of lateral raises
// with one hard set plus a couple of short follow-up bursts": 3 x 12
// becomes 12 at RPE 8-9 and 2 bursts of 3-4 reps (12/4 = 3 to 12/3 = 4), at
// most 12 + 2*4 = 20 reps, 16 fewer than the 36 replaced. Time, by hand:
// 36*3 s + 2*90 s = 288 s against 20*3 s + 2*20 s = 100 s, saving 188 s.
func TestPlanBusyLifter(t *testing.T) {
	plan, err := Planner{}.Plan(intermediate, fatigue.DoseFull,
		[]PlanEntry{entry(t, "dumbbell-lateral-raise", SlotAccessory, 3, 12, 90*time.Second)})
	if err != nil {
		t.Fatal(err)
	}
	it := plan.Items[0]
	want := Replacement{
		Activation: 12, RPE: RPERange{Min: 8, Max: 9}, Bursts: 2, BurstReps: repkit.RepRange{Min: 3, Max: 4},
		Rest: 20 * time.Second, TotalReps: 20, Replaced: 36, Straight: 288 * time.Second,
		Time: 100 * time.Second, Verdict: exercise.Suitable,
	}
	if it.Choice != ChoiceRestPause || it.Replacement != want {
		t.Fatalf("item %+v\nwant replacement %+v", it, want)
	}
	if plan.Saved != 188*time.Second || it.Replacement.Shortfall() != 16 {
		t.Fatalf("saved %v, shortfall %d", plan.Saved, it.Replacement.Shortfall())
	}
	p := it.Replacement.Protocol()
	if err := p.Validate(); err != nil {
		t.Fatalf("replacement protocol invalid: %v", err)
	}
	if p.TotalRepRange != (repkit.RepRange{Min: 18, Max: 20}) || p.StopAtTotalReps != 0 || p.MaxBursts != 2 {
		t.Fatalf("replacement protocol %+v", p)
	}
}

// The planner's own rules, each with its source: the burst count (the
// guide's "couple"), no 1:1 rep matching (a quarter to a third of the
// activation reps, after Fagerli's 3-5 after 12-20), the minimum saving
// (DefaultPlanMinSaving, repkit's choice), caution exercises (reduced plan,
// advice kept), an exercise listed twice (planned once), and no short-rest
// flag on sets that rest-pause replaced.
func TestPlanRules(t *testing.T) {
	full := fatigue.DoseFull
	t.Run("4 x 6 is not matched one for one", func(t *testing.T) {
		// 6/4 = 1, raised to the floor of 2; (6+2)/3 = 2: bursts of 2, at
		// most 6 + 2*2 = 10 reps of the 24. 24*3 + 3*90 = 342 s against
		// 10*3 + 2*20 = 70 s.
		plan, _ := Planner{}.Plan(intermediate, full, []PlanEntry{entry(t, "leg-extension", SlotAccessory, 4, 6, 90*time.Second)})
		r := plan.Items[0].Replacement
		if r.Bursts != 2 || r.BurstReps != (repkit.RepRange{Min: 2, Max: 2}) || r.TotalReps != 10 || r.Saved() != 272*time.Second {
			t.Fatalf("replacement %+v, saved %v", r, r.Saved())
		}
	})
	t.Run("a saving of seconds keeps the straight sets", func(t *testing.T) {
		// 2 x 12 at 10 s rest: 24*3 + 10 = 82 s against 12 + 2*4 = 20 reps,
		// 60 + 40 = 100 s: no saving at all. At 60 s rest: 132 s against
		// 100 s, 32 s, under the minute.
		for _, rest := range []time.Duration{10 * time.Second, 60 * time.Second} {
			plan, _ := Planner{}.Plan(intermediate, full, []PlanEntry{entry(t, "leg-extension", SlotAccessory, 2, 12, rest)})
			if it := plan.Items[0]; it.Choice != ChoiceStraightSets || !it.Reasons.Has(PlanLittleSaving) || plan.Saved != 0 {
				t.Fatalf("rest %v: %+v", rest, it)
			}
		}
		// With MinSaving 1ns, the 32 s saving is taken.
		plan, _ := Planner{MinSaving: 1}.Plan(intermediate, full, []PlanEntry{entry(t, "leg-extension", SlotAccessory, 2, 12, time.Minute)})
		if plan.Saved != 32*time.Second {
			t.Fatalf("MinSaving 1ns: saved %v, want 32s", plan.Saved)
		}
	})
	t.Run("caution keeps its advice and a reduced plan", func(t *testing.T) {
		e := entry(t, "seated-cable-row", SlotAccessory, 3, 12, 90*time.Second)
		plan, _ := Planner{}.Plan(intermediate, full, []PlanEntry{e})
		it := plan.Items[0]
		if it.Classified.Verdict != exercise.Caution {
			t.Skipf("seated cable row is %v in this catalog", it.Classified.Verdict)
		}
		if r := it.Replacement; it.Choice != ChoiceRestPause || r.Bursts != 1 || r.RPE != (RPERange{7, 8}) {
			t.Fatalf("caution item %+v", it)
		}
		var text string
		for s := range it.Sentences() {
			text += s
		}
		if adv := it.Classified.Advice(); adv == "" || !strings.Contains(text, adv) {
			t.Fatalf("caution advice %q missing from %q", adv, text)
		}
	})
	t.Run("an exercise listed twice is planned once", func(t *testing.T) {
		e := entry(t, "cable-lateral-raise", SlotAccessory, 3, 12, 90*time.Second)
		plan, _ := Planner{}.Plan(intermediate, full, []PlanEntry{e, e})
		if plan.RestPause != 1 || plan.Items[0].Choice != ChoiceStraightSets || !plan.Items[0].Reasons.Has(PlanRepeated) ||
			plan.Items[1].Choice != ChoiceRestPause || plan.Saved != plan.Items[1].Replacement.Saved() {
			t.Fatalf("plan %+v", plan)
		}
	})
	t.Run("no short-rest flag on replaced sets", func(t *testing.T) {
		// 4 x 15 at 45 s: 60*3 + 3*45 = 315 s against 15 + 2*5 = 25 reps,
		// 75 + 40 = 115 s; replaced, so its 45 s rests are gone.
		plan, _ := Planner{}.Plan(intermediate, full, []PlanEntry{entry(t, "leg-extension", SlotAccessory, 4, 15, 45*time.Second)})
		if it := plan.Items[0]; it.Choice != ChoiceRestPause || it.Reasons.Has(PlanShortRest) {
			t.Fatalf("item %+v", it)
		}
	})
}

// The guide's accessory finisher: bench keeps normal rest; the final chest
// exercise (machine press or cable fly) gets rest-pause.
func TestPlanAccessoryFinisher(t *testing.T) {
	plan, err := Planner{Limit: 1}.Plan(intermediate, fatigue.DoseFull, []PlanEntry{
		entry(t, "barbell-bench-press", SlotMain, 4, 5, 3*time.Minute),
		entry(t, "machine-chest-press", SlotAccessory, 3, 10, 2*time.Minute),
		entry(t, "cable-fly", SlotAccessory, 3, 15, 90*time.Second),
	})
	if err != nil {
		t.Fatal(err)
	}
	got := []Choice{plan.Items[0].Choice, plan.Items[1].Choice, plan.Items[2].Choice}
	if want := []Choice{ChoiceStraightSets, ChoiceStraightSets, ChoiceRestPause}; !slices.Equal(got, want) {
		t.Fatalf("choices %v, want %v", got, want)
	}
	if !plan.Items[0].Reasons.Has(PlanMainLift) || !plan.Items[1].Reasons.Has(PlanSessionLimit) {
		t.Fatalf("reasons %v %v", plan.Items[0].Reasons, plan.Items[1].Reasons)
	}
}

// When normal sets win: learning deadlifts, rebuilding squat technique,
// heavy strength work. Each keeps straight sets, and the plan says why.
func TestPlanNormalSetsWin(t *testing.T) {
	for _, tc := range []struct {
		name    string
		lifter  fatigue.Lifter
		e       PlanEntry
		why     PlanReason
		reduced bool // today's dose is reduced rather than full
	}{
		{"learning deadlifts", fatigue.Lifter{Experience: fatigue.Beginner}, entry(t, "deadlift", SlotMain, 3, 5, 3*time.Minute), PlanBeginner, false},
		{"deadlift even as accessory", intermediate, entry(t, "deadlift", SlotAccessory, 3, 8, 2*time.Minute), PlanUnsuitable, false},
		{"rebuilding squat technique", intermediate, entry(t, "back-squat", SlotMain, 5, 3, 3*time.Minute), PlanMainLift, false},
		{"heavy strength work", fatigue.Lifter{Experience: fatigue.Advanced}, entry(t, "barbell-bench-press", SlotMain, 5, 3, 4*time.Minute), PlanMainLift, false},
		{"caution for a beginner", fatigue.Lifter{Experience: fatigue.Beginner}, entry(t, "seated-cable-row", SlotAccessory, 3, 12, 90*time.Second), PlanBeginner, false},
		{"suitable, but a beginner", fatigue.Lifter{Experience: fatigue.Beginner}, entry(t, "lat-pulldown", SlotAccessory, 3, 10, 90*time.Second), PlanBeginner, false},
		{"experience not given", fatigue.Lifter{}, entry(t, "leg-extension", SlotAccessory, 3, 12, 90*time.Second), PlanBeginner, false},
		{"caution on a reduced dose", intermediate, entry(t, "seated-cable-row", SlotAccessory, 3, 12, 90*time.Second), PlanCaution, true},
		{"slot not given", intermediate, PlanEntry{Exercise: catalog(t, "leg-extension"), Sets: StraightSets{3, 12, time.Minute}}, PlanSlotUnknown, false},
		{"single set", intermediate, entry(t, "leg-extension", SlotAccessory, 1, 15, 0), PlanNothingToReplace, false},
		{"screened", fatigue.Lifter{Experience: fatigue.Advanced, Conditions: fatigue.ConditionsOf(fatigue.Pain)}, entry(t, "leg-extension", SlotAccessory, 3, 12, time.Minute), PlanScreened, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dose := fatigue.DoseFull
			if tc.reduced {
				dose = fatigue.DoseReduced
			}
			plan, err := Planner{}.Plan(tc.lifter, dose, []PlanEntry{tc.e})
			if err != nil {
				t.Fatal(err)
			}
			it := plan.Items[0]
			if it.Choice != ChoiceStraightSets || !it.Reasons.Has(tc.why) {
				t.Fatalf("choice %v reasons %v, want straight sets for %v", it.Choice, it.Reasons, tc.why)
			}
			for s := range it.Sentences() {
				if s == "" {
					t.Fatal("empty sentence")
				}
			}
		})
	}
}

func TestPlanDoseAndShortRest(t *testing.T) {
	session := []PlanEntry{
		entry(t, "leg-extension", SlotAccessory, 3, 12, 45*time.Second),
		entry(t, "lying-leg-curl", SlotAccessory, 3, 12, 90*time.Second),
	}
	none, _ := Planner{}.Plan(intermediate, fatigue.DoseNone, session)
	unknown, _ := Planner{}.Plan(intermediate, fatigue.DoseUnknown, session)
	reduced, _ := Planner{}.Plan(intermediate, fatigue.DoseReduced, session)
	if none.RestPause != 0 || unknown.RestPause != 0 || !none.Items[0].Reasons.Has(PlanNoDose) {
		t.Fatalf("no dose planned rest-pause: %+v %+v", none, unknown)
	}
	if reduced.RestPause != 1 || reduced.Items[1].Choice != ChoiceRestPause {
		t.Fatalf("reduced dose: %+v", reduced)
	}
	// Reduced: one burst and a gentler target: 12 + 1*4 = 16 of 36.
	if r := reduced.Items[1].Replacement; r.Bursts != 1 || r.TotalReps != 16 || r.Shortfall() != 20 || r.RPE != (RPERange{7, 8}) {
		t.Fatalf("reduced replacement %+v", r)
	}
	if !none.Items[0].Reasons.Has(PlanShortRest) || none.Items[1].Reasons.Has(PlanShortRest) {
		t.Fatal("45 s rest not flagged, or 90 s flagged")
	}
}

func TestPlanRejectsBadInput(t *testing.T) {
	good := entry(t, "leg-extension", SlotAccessory, 3, 12, time.Minute)
	for _, tc := range []struct {
		name string
		p    Planner
		e    PlanEntry
		err  error
	}{
		{"zero sets", Planner{}, PlanEntry{Exercise: good.Exercise, Slot: SlotAccessory, Sets: StraightSets{0, 12, time.Minute}}, repkit.ErrInvalid},
		{"negative reps", Planner{}, PlanEntry{Exercise: good.Exercise, Slot: SlotAccessory, Sets: StraightSets{3, -1, time.Minute}}, repkit.ErrInvalid},
		{"negative rest", Planner{}, PlanEntry{Exercise: good.Exercise, Slot: SlotAccessory, Sets: StraightSets{3, 12, -time.Second}}, repkit.ErrInvalid},
		{"bad slot", Planner{}, PlanEntry{Exercise: good.Exercise, Slot: 9, Sets: good.Sets}, repkit.ErrUnknownName},
		{"no exercise", Planner{}, PlanEntry{Slot: SlotAccessory, Sets: good.Sets}, repkit.ErrInvalid},
		{"negative limit", Planner{Limit: -1}, good, repkit.ErrInvalid},
	} {
		plan, err := tc.p.Plan(intermediate, fatigue.DoseFull, []PlanEntry{good, tc.e})
		var fe *FieldError
		if !errors.As(err, &fe) || !errors.Is(err, tc.err) || plan.Items != nil {
			t.Errorf("%s: err %v, plan %+v", tc.name, err, plan)
		}
	}
}

func drawEntry(t *rapid.T, i int) PlanEntry {
	ex := rapid.SampledFrom(catalogSlice()).Draw(t, "exercise")
	return PlanEntry{
		Exercise: ex,
		Slot:     Slot(rapid.IntRange(0, int(slotEnd)-1).Draw(t, "slot")),
		Sets: StraightSets{
			Sets: rapid.IntRange(1, 6).Draw(t, "sets"),
			Reps: rapid.IntRange(1, 30).Draw(t, "reps"),
			Rest: time.Duration(rapid.IntRange(0, 300).Draw(t, "rest s")) * time.Second,
		},
	}
}

func catalogSlice() []exercise.Exercise {
	var out []exercise.Exercise
	for ex := range exercise.Builtin() {
		out = append(out, ex)
	}
	return out
}

func testPlannerSafety(t *rapid.T) {
	n := rapid.IntRange(0, 8).Draw(t, "n")
	entries := make([]PlanEntry, n)
	for i := range entries {
		entries[i] = drawEntry(t, i)
	}
	l := fatigue.Lifter{
		Experience: gen.Enum(fatigue.ExperienceUnknown, fatigue.Advanced).Draw(t, "experience"),
		Conditions: fatigue.Conditions(rapid.SampledFrom([]uint16{0, 0, 1 << 1, 1 << 5}).Draw(t, "conditions")),
	}
	dose := gen.Enum(fatigue.DoseUnknown, fatigue.DoseNone).Draw(t, "dose")
	p := Planner{Limit: rapid.IntRange(0, 3).Draw(t, "limit"), MaxBursts: rapid.IntRange(0, 6).Draw(t, "max bursts"), MaxBurstReps: rapid.IntRange(0, 8).Draw(t, "max burst reps")}
	plan, err := p.Plan(l, dose, entries)
	if err != nil {
		t.Fatal(err)
	}
	limit := p.withDefaults().Limit
	if dose == fatigue.DoseReduced {
		limit = min(limit, 1) // a reduced dose: one at most
	}
	if l.Experience.Conservative() {
		limit = 0 // beginners and unknown experience: straight sets first
	}
	if plan.RestPause > limit {
		t.Fatalf("%d rest-pause exercises, limit %d", plan.RestPause, limit)
	}
	count := 0
	for _, it := range plan.Items {
		if it.Choice != ChoiceRestPause {
			continue
		}
		count++
		switch {
		case it.Entry.Slot != SlotAccessory:
			t.Fatalf("rest-pause on slot %v", it.Entry.Slot)
		case it.Classified.Verdict == exercise.Unsuitable:
			t.Fatalf("rest-pause on unsuitable %s", it.Entry.Exercise.ID)
		case l.Conditions.Any():
			t.Fatal("rest-pause for a screened lifter")
		case !dose.Allows():
			t.Fatalf("rest-pause on dose %v", dose)
		}
		r := it.Replacement
		if r.BurstReps.Max > r.Activation || r.BurstReps.Min > r.BurstReps.Max || r.TotalReps != r.Activation+r.Bursts*r.BurstReps.Max {
			t.Fatalf("bursts do not add up: %+v", r)
		}
		if r.Saved() < p.withDefaults().MinSaving {
			t.Fatalf("replacement %+v saves %v, under the minimum", r, r.Saved())
		}
		if it.Reasons.Has(PlanShortRest) {
			t.Fatalf("short-rest flag on a replaced item: %+v", it)
		}
	}
	if count != plan.RestPause {
		t.Fatalf("count %d, RestPause %d", count, plan.RestPause)
	}
}

func TestPlannerSafety(t *testing.T) { rapid.Check(t, testPlannerSafety) }
func FuzzPlannerSafety(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testPlannerSafety)) }

func benchSession(b *testing.B) []PlanEntry {
	return []PlanEntry{
		entry(b, "back-squat", SlotMain, 5, 5, 3*time.Minute),
		entry(b, "romanian-deadlift", SlotAccessory, 3, 8, 2*time.Minute),
		entry(b, "leg-press", SlotAccessory, 3, 12, 2*time.Minute),
		entry(b, "leg-extension", SlotAccessory, 3, 15, 90*time.Second),
		entry(b, "lying-leg-curl", SlotAccessory, 3, 12, 90*time.Second),
		entry(b, "seated-calf-raise", SlotAccessory, 4, 15, 45*time.Second),
	}
}

// BenchmarkPlanBaseline classifies every exercise of the session: the floor
// of any plan over it.
func BenchmarkPlanBaseline(b *testing.B) {
	s := benchSession(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range s {
			_ = exercise.Classify(e.Exercise)
		}
	}
}

func BenchmarkPlan(b *testing.B) {
	s := benchSession(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Planner{}).Plan(intermediate, fatigue.DoseFull, s); err != nil {
			b.Fatal(err)
		}
	}
}

// Enum values outside their constants are errors, not silently read: an
// unknown experience would otherwise get an experienced lifter's rules.
func TestPlanRejectsUnknownLifterAndDose(t *testing.T) {
	good := []PlanEntry{entry(t, "leg-extension", SlotAccessory, 3, 12, time.Minute)}
	for _, tc := range []struct {
		name  string
		l     fatigue.Lifter
		dose  fatigue.Dose
		field string
	}{
		{"experience", fatigue.Lifter{Experience: 9}, fatigue.DoseFull, "lifter experience"},
		{"conditions", fatigue.Lifter{Experience: fatigue.Advanced, Conditions: 1 << 15}, fatigue.DoseFull, "lifter conditions"},
		{"dose", intermediate, 9, "dose"},
	} {
		plan, err := Planner{}.Plan(tc.l, tc.dose, good)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, repkit.ErrUnknownName) || plan.Items != nil {
			t.Errorf("%s: err %v, plan %+v; want a FieldError for %q", tc.name, err, plan, tc.field)
		}
	}
}

// A lifter who does exactly what a replacement prescribes runs its
// Protocol in a Session to the planned end: every planned burst, then a
// stop at the burst count, never a min-reps stop on a
// burst the plan itself asked for.
func testReplacementRunsToPlan(t *rapid.T) {
	p := Planner{MaxBurstReps: rapid.IntRange(0, 8).Draw(t, "max burst reps"), MaxBursts: rapid.IntRange(0, 6).Draw(t, "max bursts")}
	sets := StraightSets{
		Sets: rapid.IntRange(2, 6).Draw(t, "sets"),
		Reps: rapid.IntRange(1, 30).Draw(t, "reps"),
		Rest: time.Duration(rapid.IntRange(0, 300).Draw(t, "rest s")) * time.Second,
	}
	dose := rapid.SampledFrom([]fatigue.Dose{fatigue.DoseFull, fatigue.DoseReduced}).Draw(t, "dose")
	plan, err := p.Plan(fatigue.Lifter{Experience: fatigue.Advanced}, dose,
		[]PlanEntry{{Exercise: mustByID("leg-extension"), Slot: SlotAccessory, Sets: sets}})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Items[0].Choice != ChoiceRestPause {
		return // too little to save: nothing to run
	}
	r := plan.Items[0].Replacement
	s, err := NewSession(r.Protocol(), Start{Date: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC), Exercise: "leg extension", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatalf("replacement %+v: %v", r, err)
	}
	if err := s.LogActivation(Burst{Reps: r.Activation}); err != nil {
		t.Fatal(err)
	}
	for i := range r.Bursts {
		if s.Ended() {
			t.Fatalf("replacement %+v: ended before burst %d: %s", r, i+1, s.Record().Stop.String())
		}
		if err := s.LogBurst(Burst{Reps: r.BurstReps.Max, Rest: r.Rest}); err != nil {
			t.Fatal(err)
		}
	}
	rec := s.Record()
	if rec.TotalReps() != r.TotalReps {
		t.Fatalf("replacement %+v: lifter did %d reps", r, rec.TotalReps())
	}
	if why := rec.Stop.Reason; why != StopMaxBursts {
		t.Fatalf("replacement %+v: ended with %s, want the total or the burst count", r, rec.Stop.String())
	}
}

func TestReplacementRunsToPlan(t *testing.T) { rapid.Check(t, testReplacementRunsToPlan) }

// Readiness and the planner agree on beginners (the guide: "Beginners
// usually need normal hard sets, stable technique, and simple progression
// before advanced set structures add much value"): fatigue.Assess gives no
// dose, and the planner, given any dose, plans no rest-pause.
func TestPlanAgreesWithReadiness(t *testing.T) {
	session := []PlanEntry{entry(t, "cable-lateral-raise", SlotAccessory, 3, 12, 90*time.Second)}
	for _, tc := range []struct {
		exp       fatigue.Experience
		restPause bool
	}{
		{fatigue.ExperienceUnknown, false}, {fatigue.Beginner, false},
		{fatigue.Intermediate, true}, {fatigue.Advanced, true},
	} {
		l := fatigue.Lifter{Experience: tc.exp}
		ready, err := fatigue.Assess(l, fatigue.CheckIn{})
		if err != nil {
			t.Fatal(err)
		}
		if ready.Dose.Allows() != tc.restPause {
			t.Errorf("%v: readiness dose %v", tc.exp, ready.Dose)
		}
		for _, dose := range []fatigue.Dose{ready.Dose, fatigue.DoseFull} {
			plan, err := Planner{}.Plan(l, dose, session)
			if err != nil {
				t.Fatal(err)
			}
			if got := plan.RestPause > 0; got != tc.restPause {
				t.Errorf("%v on dose %v: rest-pause %v, want %v", tc.exp, dose, got, tc.restPause)
			}
		}
	}
}
