package restpause_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/restpause"
)

// The wire format of issue 16 for every app-facing restpause type:
// snake_case keys, durations as seconds, enum sets as arrays of names.

// roundTrip checks that every value g draws reads back from its JSON.
func roundTrip[T any](g *rapid.Generator[T]) func(*testing.T) {
	return func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			v := g.Draw(t, "value")
			got, b := gen.JSONRoundTrip(t, v)
			if diff := cmp.Diff(v, got, recordOpts); diff != "" {
				t.Fatalf("round trip (-want +got):\n%s\nJSON %s", diff, b)
			}
		})
	}
}

func TestWireRoundTrip(t *testing.T) {
	t.Run("Burst", roundTrip(genBurst(false)))
	t.Run("Rest", roundTrip(genRest()))
	t.Run("RPERange", roundTrip(genRPERange()))
	t.Run("Protocol", roundTrip(genProtocol()))
	t.Run("Decision", roundTrip(genDecision(restpause.BurstsLimit)))
	t.Run("Signals", roundTrip(genSignals()))
	t.Run("Tolerance", roundTrip(genTolerance()))
	t.Run("Record", roundTrip(genRecord(8)))
	t.Run("Step", roundTrip(genStep()))
	t.Run("Start", roundTrip(genAnyStart()))
	t.Run("SessionState", roundTrip(genSessionState()))
	t.Run("Event", roundTrip(genEvent()))
	t.Run("StraightSets", roundTrip(genStraightSets()))
	t.Run("PlanReasons", roundTrip(genPlanReasons()))
	t.Run("Replacement", roundTrip(genReplacement()))
	t.Run("PlanItem", roundTrip(genPlanItem()))
	t.Run("Plan", roundTrip(genPlan()))
	t.Run("Remark", roundTrip(genRemark()))
	t.Run("Finding", roundTrip(genFinding()))
	t.Run("AuditReport", roundTrip(genAuditReport()))
	t.Run("Planner", roundTrip(genPlanner()))
}

// golden checks v's JSON against want, written by hand from the wire
// rules, and that want reads back as v.
func golden[T any](t *testing.T, name string, v T, want string) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if string(b) != want {
		t.Errorf("%s JSON:\n got %s\nwant %s", name, b, want)
	}
	var back T
	if err := json.Unmarshal([]byte(want), &back); err != nil {
		t.Fatalf("%s: reading %s: %v", name, want, err)
	}
	if diff := cmp.Diff(v, back, recordOpts); diff != "" {
		t.Errorf("%s read back (-want +got):\n%s", name, diff)
	}
}

func TestProtocolJSONGolden(t *testing.T) {
	golden(t, "MyoReps", restpause.MyoReps(),
		`{"name":"myo-reps","source":"Borge Fagerli, Myo-reps (2012 article and e-book)",`+
			`"activation":{"min":12,"max":20},"activation_rpe":"rpe 8-9","rest":{"min_breaths":3,"max_breaths":5},`+
			`"burst":{"min":3,"max":5},"max_bursts":5,"min_burst_reps":3,"myo_rep":true}`)
	golden(t, "DefaultProtocol", restpause.DefaultProtocol(),
		`{"name":"rest-pause","source":"repkit rest-pause guide: hard first set with a small rep buffer, brief follow-up bursts",`+
			`"activation_rpe":"rpe 8-9","rest":{"min":15,"max":30},"max_bursts":3,"min_burst_reps":2,"drop_off_percent":40,"rir_floor":1}`)
	golden(t, "DC", restpause.DC(),
		`{"name":"dc","source":"Dante Trudel, Doggcrapp (DC) training","activation_rpe":"rpe 10",`+
			`"rest":{"min_breaths":10,"max_breaths":15},"total_rep_range":{"min":11,"max":15},`+
			`"heavy_below":6,"heavy_drop_percent":10,"max_bursts":2}`)
	golden(t, "zero", restpause.Protocol{}, `{"name":""}`)

	// Extra is the app's code: it is left out, and the protocol comes
	// back without it, to be found by name in the app's Protocols.
	capped := restpause.Protocol{Name: "capped", TimeCap: 90*time.Second + 500*time.Millisecond, Extra: restpause.Never()}
	b, err := json.Marshal(capped)
	if want := `{"name":"capped","time_cap":90.5}`; err != nil || string(b) != want {
		t.Errorf("protocol with a time cap and Extra: %s, %v; want %s", b, err, want)
	}
	var back restpause.Protocol
	if err := json.Unmarshal(b, &back); err != nil || back.Extra != nil || back.TimeCap != capped.TimeCap {
		t.Errorf("read back %+v, %v; want the time cap and no Extra", back, err)
	}
	// Older text for the cap still reads.
	if err := json.Unmarshal([]byte(`{"name":"capped","time_cap":"1m30.5s"}`), &back); err != nil || back.TimeCap != capped.TimeCap {
		t.Errorf(`"1m30.5s" read as %v, %v`, back.TimeCap, err)
	}
}

func TestProtocolJSONRejects(t *testing.T) {
	for _, tc := range []struct{ in, field string }{
		{`{"name":"x","activation":{"min":20,"max":12}}`, "reps"},
		{`{"name":"x","max_bursts":101}`, "max bursts"},
		{`{"name":"x","rest":{"min":30,"max":15}}`, "rest"},
		{`{"name":"x","time_cap":-5}`, "time cap"},
		{`{"name":"x","time_cap":"soon"}`, "time_cap"},
		{`{"name":"x","activation_rpe":"rpe 9-8"}`, "rpe"},
	} {
		p := restpause.MyoReps()
		err := json.Unmarshal([]byte(tc.in), &p)
		var fe interface{ Unwrap() error }
		if err == nil || !errors.As(err, &fe) || !errors.Is(err, repkit.ErrInvalid) || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("Unmarshal(%s) = %v; want an invalid-value error naming %q", tc.in, err, tc.field)
		}
		if diff := cmp.Diff(restpause.MyoReps(), p, recordOpts); diff != "" {
			t.Errorf("Unmarshal(%s) changed the protocol:\n%s", tc.in, diff)
		}
	}
}

// TestStepJSONGolden: json.Marshal of Session.Next succeeds for every
// kind of step, in the form the wire rules give.
func TestStepJSONGolden(t *testing.T) {
	golden(t, "zero step", restpause.Step{}, `{"kind":"none"}`)

	s, err := restpause.NewSession(restpause.MyoReps(), restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "activation", s.Next(), `{"kind":"activation","reps":{"min":12,"max":20},"rpe":"rpe 8-9"}`)
	if err := s.LogActivation(restpause.Burst{Reps: 15}); err != nil {
		t.Fatal(err)
	}
	golden(t, "burst", s.Next(), `{"kind":"burst","burst":1,"reps":{"min":3,"max":5},"rest":{"min_breaths":3,"max_breaths":5}}`)
	if err := s.End(); err != nil {
		t.Fatal(err)
	}
	golden(t, "done by the lifter", s.Next(), `{"kind":"done","decision":{"reason":"lifter"}}`)

	// A time-cap stop carries its elapsed time and cap in seconds: 12
	// reps measured at 31.5 s against a 30 s cap.
	s, err = restpause.NewSession(restpause.Protocol{Name: "capped", TimeCap: 30 * time.Second}, restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LogActivation(restpause.Burst{Reps: 12, Work: 31500 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	golden(t, "done at the time cap", s.Next(), `{"kind":"done","decision":{"reason":"time-cap","value":31.5,"limit":30}}`)

	// A burst step with a rest in time.
	s, err = restpause.NewSession(restpause.DefaultProtocol(), restpause.Start{Date: start.Date, Exercise: "Cable Row", Load: 40 * repkit.Kilogram})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LogActivation(restpause.Burst{Reps: 10}); err != nil {
		t.Fatal(err)
	}
	golden(t, "burst with a timed rest", s.Next(), `{"kind":"burst","burst":1,"rest":{"min":15,"max":30}}`)
}

func TestDecisionJSON(t *testing.T) {
	golden(t, "min reps", restpause.Decision{Reason: restpause.StopMinReps, Burst: 2, Value: 1, Limit: 2},
		`{"reason":"min-reps","burst":2,"value":1,"limit":2}`)
	golden(t, "pain", restpause.Decision{Reason: restpause.StopPain, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve},
		`{"reason":"pain","burst":-1,"signal":"pain-or-nerve"}`)
	golden(t, "time cap", restpause.Decision{Reason: restpause.StopTimeCap, Value: int64(10*time.Minute + 5*time.Second), Limit: int64(10 * time.Minute)},
		`{"reason":"time-cap","value":605,"limit":600}`)
	golden(t, "zero", restpause.Decision{}, `{"reason":"continue"}`)

	// A time-cap decision stored before issue 16 held nanoseconds; those
	// are too large to be seconds of a Duration and read as nanoseconds.
	var d restpause.Decision
	if err := json.Unmarshal([]byte(`{"reason":"time-cap","value":605000000000,"limit":600000000000}`), &d); err != nil ||
		d != (restpause.Decision{Reason: restpause.StopTimeCap, Value: int64(605 * time.Second), Limit: int64(600 * time.Second)}) {
		t.Errorf("old time-cap decision read as %+v, %v", d, err)
	}
	for _, bad := range []string{`{"reason":"min-reps","value":1.5}`, `{"reason":"min-reps","limit":"2"}`, `{"reason":"time-cap","value":"soon"}`, `{"reason":"time-cap","limit":1e3}`} {
		d := restpause.Decision{Reason: restpause.StopLifter}
		err := json.Unmarshal([]byte(bad), &d)
		var fe *restpause.FieldError
		if !errors.As(err, &fe) || !errors.Is(err, repkit.ErrInvalid) || (fe.Field != "value" && fe.Field != "limit") {
			t.Errorf("Unmarshal(%s) = %v; want a value or limit FieldError", bad, err)
		}
		if d != (restpause.Decision{Reason: restpause.StopLifter}) {
			t.Errorf("Unmarshal(%s) changed the decision to %+v", bad, d)
		}
	}
}

func TestRecordJSONGolden(t *testing.T) {
	r := restpause.Record{
		Date:       time.Date(2025, 3, 1, 18, 0, 0, 0, time.FixedZone("", 3600)),
		ExerciseID: "cable-lateral-raise",
		Exercise:   "Cable Lateral Raise",
		Protocol:   "myo-reps",
		Load:       125 * repkit.Kilogram / 10,
		Unit:       repkit.UnitKilogram,
		Activation: restpause.Burst{Reps: 15, Work: 42500 * time.Millisecond, Effort: repkit.AtRPE(8.5)},
		Bursts: []restpause.Burst{
			{Reps: 5, Rest: 8 * time.Second, Signals: restpause.Signals{Discomfort: 1}},
			{Reps: 3, Rest: 9 * time.Second, MeanVelocity: 0.25},
		},
		Stop:      restpause.Decision{Reason: restpause.StopMyoRep, Burst: 2, Value: 3, Limit: 5},
		Notes:     "easy on the shoulder",
		Tolerance: restpause.Tolerance{SetupFriction: 2, Joint: "right shoulder"},
	}
	want := `{"date":"2025-03-01T18:00:00+01:00","exercise_id":"cable-lateral-raise","exercise":"Cable Lateral Raise",` +
		`"protocol":"myo-reps","load":"12.5kg","unit":"kg",` +
		`"activation":{"reps":15,"work":42.5,"effort":"rpe 8.5"},` +
		`"bursts":[{"reps":5,"rest":8,"signals":{"discomfort":1}},{"reps":3,"rest":9,"mean_velocity":0.25}],` +
		`"stop":{"reason":"myo-rep","burst":2,"value":3,"limit":5},"notes":"easy on the shoulder",` +
		`"tolerance":{"setup_friction":2,"joint":"right shoulder"}}`
	golden(t, "record", r, want)

	// A record stored before issue 16, with Go duration text and a
	// snake_case stop reason, reads as the same record.
	old := strings.NewReplacer(`"work":42.5`, `"work":"42.5s"`, `"rest":8`, `"rest":"8s"`, `"rest":9`, `"rest":"9s"`,
		`"reason":"myo-rep"`, `"reason":"myo_rep"`).Replace(want)
	var back restpause.Record
	if err := json.Unmarshal([]byte(old), &back); err != nil {
		t.Fatalf("old record %s: %v", old, err)
	}
	if diff := cmp.Diff(r, back, recordOpts); diff != "" {
		t.Errorf("old record read back (-want +got):\n%s", diff)
	}
}

func TestStartAndStateJSONGolden(t *testing.T) {
	start := restpause.Start{Date: time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC), Exercise: "Dip",
		Load: 10 * repkit.Kilogram, Unit: repkit.UnitPound, LoadKind: repkit.LoadBodyweight}
	golden(t, "start", start, `{"date":"2025-03-01T18:00:00Z","exercise":"Dip","load":"10kg","unit":"lb","load_kind":"bodyweight"}`)

	s, err := restpause.NewSession(restpause.DefaultProtocol(), start)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(restpause.Event{Seq: 1, Kind: restpause.StepActivation, Burst: restpause.Burst{Reps: 10}}); err != nil {
		t.Fatal(err)
	}
	golden(t, "state", s.State(), `{"record":{"date":"2025-03-01T18:00:00Z","exercise":"Dip","protocol":"rest-pause",`+
		`"load":"10kg","unit":"lb","load_kind":"bodyweight","activation":{"reps":10},"stop":{"reason":"continue"}},"activated":true,"seq":1}`)
	golden(t, "event", restpause.Event{Seq: 2, Kind: restpause.StepBurst, Burst: restpause.Burst{Reps: 4, Rest: 22500 * time.Millisecond}},
		`{"seq":2,"kind":"burst","burst":{"reps":4,"rest":22.5}}`)
	golden(t, "end event", restpause.Event{Seq: 3, Kind: restpause.StepDone}, `{"seq":3,"kind":"done"}`)
}

func TestPlanJSONGolden(t *testing.T) {
	bench, _ := exercise.ByID("barbell-bench-press")
	fly, _ := exercise.ByID("cable-fly")
	plan, err := restpause.Planner{}.Plan(fatigue.Lifter{Experience: fatigue.Intermediate}, fatigue.DoseFull, []restpause.PlanEntry{
		{Exercise: bench, Slot: restpause.SlotMain, Sets: restpause.StraightSets{Sets: 4, Reps: 6, Rest: 3 * time.Minute}},
		{Exercise: fly, Slot: restpause.SlotAccessory, Sets: restpause.StraightSets{Sets: 3, Reps: 15, Rest: 90 * time.Second}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The exercise and its assessment are package exercise's to encode;
	// the rest is written out here. The fly's 3 x 15 at 90 s become 15
	// reps and 2 bursts of 3-5 after 20 s (15/4 = 3 to (15+2)/3 = 5): at
	// most 25 reps against 45, 315 s (45*3 + 2*90) against 115 s
	// (25*3 + 2*20), saving 200 s.
	enc := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := `{"items":[` +
		`{"entry":{"exercise":` + enc(bench) + `,"slot":"main","sets":{"sets":4,"reps":6,"rest":180}},` +
		`"choice":"straight-sets","reasons":["main-lift"],"classified":` + enc(exercise.Classify(bench)) + `},` +
		`{"entry":{"exercise":` + enc(fly) + `,"slot":"accessory","sets":{"sets":3,"reps":15,"rest":90}},` +
		`"choice":"rest-pause","reasons":["replaces"],"classified":` + enc(exercise.Classify(fly)) + `,` +
		`"replacement":{"activation":15,"rpe":"rpe 8-9","bursts":2,"burst_reps":{"min":3,"max":5},"rest":20,` +
		`"total_reps":25,"replaced":45,"straight":315,"time":115,"verdict":"suitable"}}` +
		`],"rest_pause":1,"saved":200}`
	golden(t, "plan", plan, want)
	golden(t, "zero plan", restpause.Plan{}, `{"rest_pause":0,"saved":0}`)
	golden(t, "planner", restpause.Planner{Limit: 1, BurstRest: 15 * time.Second, MinSaving: 1}, `{"limit":1,"burst_rest":15,"min_saving":0.000000001}`)
	golden(t, "zero planner", restpause.Planner{}, `{}`)
	p := restpause.Planner{Limit: 3}
	if err := json.Unmarshal([]byte(`{"burst_rest":7200}`), &p); !errors.Is(err, repkit.ErrInvalid) || p != (restpause.Planner{Limit: 3}) {
		t.Errorf("a 2 h burst rest read as %+v, %v; want ErrInvalid and no change", p, err)
	}
}

func TestPlanReasonsJSON(t *testing.T) {
	var s restpause.PlanReasons
	golden(t, "empty", s, `[]`)
	// Older snake_case names read too, in any case.
	if err := json.Unmarshal([]byte(`["short-rest","MAIN_LIFT"]`), &s); err != nil || !s.Has(restpause.PlanMainLift) || !s.Has(restpause.PlanShortRest) || s.Len() != 2 {
		t.Fatalf("read %v, %v", s, err)
	}
	golden(t, "two", s, `["main-lift","short-rest"]`)
	var old restpause.PlanReasons
	if err := json.Unmarshal([]byte(`"main-lift,short_rest"`), &old); err != nil || old != s {
		t.Errorf("old comma text read as %v, %v; want %v", old, err, s)
	}
	for _, bad := range []string{`["tired"]`, `["unknown"]`, `16`, `[1]`} {
		got := s
		if err := json.Unmarshal([]byte(bad), &got); !errors.Is(err, repkit.ErrUnknownName) || got != s {
			t.Errorf("Unmarshal(%s) = %v, %v; want ErrUnknownName and no change", bad, got, err)
		}
	}
	if b, err := json.Marshal(restpause.PlanReasons(1)); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("a set holding PlanReasonUnknown marshals to %s, %v; want ErrUnknownName", b, err)
	}
}

func TestAuditJSONGolden(t *testing.T) {
	rep := restpause.AuditReport{
		Findings:   []restpause.Finding{{Mistake: restpause.MistakeHighSkill, Records: []int{0, 3}, Exercise: "Barbell Snatch"}},
		Unresolved: []int{2},
	}
	golden(t, "report", rep, `{"findings":[{"mistake":"high-skill","records":[0,3],"exercise":"Barbell Snatch"}],"unresolved":[2]}`)
	golden(t, "remark", restpause.Remark{Burst: restpause.ActivationSet, Field: "activation.reps", Value: "6", Target: "12-20", Below: true},
		`{"burst":-1,"field":"activation.reps","value":"6","target":"12-20","below":true}`)
	golden(t, "rest", restpause.Rest{Min: 20 * time.Second, Max: 30 * time.Second, MinBreaths: 10, MaxBreaths: 15},
		`{"min":20,"max":30,"min_breaths":10,"max_breaths":15}`)
	golden(t, "zero rest", restpause.Rest{}, `{}`)
	golden(t, "rpe range", restpause.RPERange{Min: 7.5, Max: 8.5}, `"rpe 7.5-8.5"`)
}

// FuzzWireJSON decodes arbitrary bytes into each wire type; whatever
// decodes must encode, and decode again to the same value.
func FuzzWireJSON(f *testing.F) {
	for _, seed := range []string{
		`{"name":"myo-reps","activation":{"min":12,"max":20},"activation_rpe":"rpe 8-9","rest":{"min_breaths":3,"max_breaths":5},"time_cap":90.5}`,
		`{"kind":"done","decision":{"reason":"time-cap","value":31.5,"limit":30}}`,
		`{"reason":"time-cap","value":605000000000,"limit":"10m"}`,
		`{"reps":4,"rest":"20s","work":12.5,"effort":"rir 1","signals":{"discomfort":2}}`,
		`{"date":"2025-03-01T18:00:00+01:00","exercise":"Curl","load":"12.5kg","activation":{"reps":15},"bursts":[{"reps":5,"rest":8}],"stop":{"reason":"lifter"}}`,
		`{"items":[{"entry":{"slot":"accessory","sets":{"sets":3,"reps":15,"rest":90}},"choice":"rest-pause","reasons":["replaces"]}],"rest_pause":1,"saved":200}`,
		`["main-lift","short-rest"]`, `["main_lift"]`, `"main_lift,short-rest"`,
		`{"findings":[{"mistake":"churn","records":[1]}],"unresolved":[0]}`,
		`{"record":{"activation":{"reps":3}},"activated":true,"seq":1}`,
		`{"seq":2,"kind":"burst","burst":{"reps":4,"rest":22.5}}`,
		`{"min":15,"max":30}`, `"rpe 8-9"`, `null`, `{}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[restpause.Burst](t, data, recordOpts)
		gen.WireFixpoint[restpause.Rest](t, data, recordOpts)
		gen.WireFixpoint[restpause.RPERange](t, data, recordOpts)
		gen.WireFixpoint[restpause.Protocol](t, data, recordOpts)
		gen.WireFixpoint[restpause.Decision](t, data, recordOpts)
		gen.WireFixpoint[restpause.Signals](t, data, recordOpts)
		gen.WireFixpoint[restpause.Tolerance](t, data, recordOpts)
		gen.WireFixpoint[restpause.Record](t, data, recordOpts)
		gen.WireFixpoint[restpause.Step](t, data, recordOpts)
		gen.WireFixpoint[restpause.Start](t, data, recordOpts)
		gen.WireFixpoint[restpause.SessionState](t, data, recordOpts)
		gen.WireFixpoint[restpause.Event](t, data, recordOpts)
		gen.WireFixpoint[restpause.StraightSets](t, data, recordOpts)
		gen.WireFixpoint[restpause.PlanReasons](t, data, recordOpts)
		gen.WireFixpoint[restpause.Replacement](t, data, recordOpts)
		gen.WireFixpoint[restpause.PlanItem](t, data, recordOpts)
		gen.WireFixpoint[restpause.Plan](t, data, recordOpts)
		gen.WireFixpoint[restpause.Remark](t, data, recordOpts)
		gen.WireFixpoint[restpause.Finding](t, data, recordOpts)
		gen.WireFixpoint[restpause.AuditReport](t, data, recordOpts)
		gen.WireFixpoint[restpause.Planner](t, data, recordOpts)
	})
}

// TestSnakeCaseNamesStillRead: the snake_case enum names written before
// the wire format took kebab-case (issue 16) read as the same values.
func TestSnakeCaseNamesStillRead(t *testing.T) {
	var d restpause.Decision
	if err := json.Unmarshal([]byte(`{"reason":"min_reps","burst":-1,"signal":"pain_or_nerve"}`), &d); err != nil ||
		d != (restpause.Decision{Reason: restpause.StopMinReps, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve}) {
		t.Errorf("old decision read as %+v, %v", d, err)
	}
	var f restpause.Finding
	if err := json.Unmarshal([]byte(`{"mistake":"while_dropping","records":[1]}`), &f); err != nil || f.Mistake != restpause.MistakeWhileDropping {
		t.Errorf("old finding read as %+v, %v", f, err)
	}
	for _, tc := range []struct {
		v    interface{ String() string }
		want string
	}{
		{restpause.StopMatchActivation, "match-activation"}, {restpause.SignalTargetNotLimiting, "target-not-limiting"},
		{restpause.PlanNothingToReplace, "nothing-to-replace"}, {restpause.MistakeAllFailure, "all-failure"},
	} {
		if got := tc.v.String(); got != tc.want {
			t.Errorf("%T String() = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// TestWireZeroValues: the zero value of every wire type marshals, and
// reads back as the zero value.
func TestWireZeroValues(t *testing.T) {
	zero[restpause.Burst](t)
	zero[restpause.Rest](t)
	zero[restpause.RPERange](t)
	zero[restpause.Protocol](t)
	zero[restpause.Decision](t)
	zero[restpause.Signals](t)
	zero[restpause.Tolerance](t)
	zero[restpause.Record](t)
	zero[restpause.Step](t)
	zero[restpause.Start](t)
	zero[restpause.SessionState](t)
	zero[restpause.Event](t)
	zero[restpause.StraightSets](t)
	zero[restpause.PlanReasons](t)
	zero[restpause.Replacement](t)
	zero[restpause.PlanEntry](t)
	zero[restpause.PlanItem](t)
	zero[restpause.Plan](t)
	zero[restpause.Remark](t)
	zero[restpause.Finding](t)
	zero[restpause.AuditReport](t)
	zero[restpause.Planner](t)
}

func zero[T any](t *testing.T) {
	t.Helper()
	var v T
	got, b := gen.JSONRoundTrip(t, v)
	if diff := cmp.Diff(v, got, recordOpts); diff != "" {
		t.Errorf("zero %T through %s (-want +got):\n%s", v, b, diff)
	}
}
