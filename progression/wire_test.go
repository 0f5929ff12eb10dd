package progression_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/progression"
)

// wireOpts compare decoded values: Efforts by ==, a Coach's unexported
// state too, and empty slices as nil (JSON leaves both out).
var wireOpts = cmp.Options{
	cmp.Comparer(func(a, b repkit.Effort) bool { return a == b }),
	cmp.AllowUnexported(progression.Coach{}),
	cmpopts.EquateEmpty(),
}

// roundTrip checks that v survives encoding/json unchanged.
func roundTrip[T any](t *rapid.T, v T) {
	back, data := gen.JSONRoundTrip(t, v)
	if diff := cmp.Diff(v, back, wireOpts); diff != "" {
		t.Fatalf("%s read back differently (-wrote +read):\n%s", data, diff)
	}
}

func property[T any](g *rapid.Generator[T]) func(*testing.T) {
	return func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) { roundTrip(t, g.Draw(t, "v")) })
	}
}

// Every wire type reads back exactly what it wrote.
func TestWireRoundTrip(t *testing.T) {
	t.Run("Reasons", property(genReasons()))
	t.Run("WorkSet", property(genWorkSet()))
	t.Run("Prescription", property(genPrescription()))
	t.Run("Performance", property(genPerformance()))
	t.Run("Recommendation", property(genRecommendation()))
	t.Run("Stall", property(genStall()))
	t.Run("Trouble", property(genTrouble()))
	t.Run("Outing", property(genOuting()))
	t.Run("NextTime", property(genNextTime()))
	t.Run("Coach", property(genCoach()))
	t.Run("DoubleProgression", property(genDoubleProgression()))
	t.Run("SumOfReps", property(genSumOfReps()))
	t.Run("StallRule", property(genStallRule()))
}

// rangeJSON is how package repkit writes a RepRange, spliced into the
// goldens below: the rep range's keys are that package's to choose, and
// checked by its own golden tests.
func rangeJSON(t *testing.T, r repkit.RepRange) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func golden(t *testing.T, v any, want string) {
	t.Helper()
	got, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
	}
	if string(got) != want {
		t.Errorf("Marshal(%T):\n got %s\nwant %s", v, got, want)
	}
}

// The JSON of each wire type, written out by hand from the wire rules:
// snake_case keys, enum names, sets as arrays of names, loads as text in
// kilograms, durations in seconds, optional fields left out when zero.
func TestWireGolden(t *testing.T) {
	kg := repkit.Kilogram
	r812 := repkit.RepRange{Min: 8, Max: 12}
	rng := rangeJSON(t, r812)

	// 22 days and 2.5 s is 22*86400 + 2.5 = 1900802.5 seconds.
	golden(t, progression.NextTime{
		Action: progression.ActionAddLoad, Lead: progression.ReasonTopOfRange,
		Why:  progression.Reasons(0).With(progression.ReasonReturned).With(progression.ReasonTopOfRange),
		Load: 102*kg + 500*repkit.Gram, From: 100 * kg, Reps: 8, Range: r812, Got: 12, Want: 12, Steps: 1,
		Best: 100 * kg, BestReps: 12, BestVolume: 36, Away: 22*24*time.Hour + 2500*time.Millisecond,
		Unit: repkit.UnitPound, Kind: repkit.LoadBodyweight,
	}, `{"action":"add-load","lead":"top-of-range","why":["top-of-range","returned"],`+
		`"load":"102.5kg","from":"100kg","reps":8,"again":false,"range":`+rng+`,"got":12,"want":12,`+
		`"steps":1,"since":0,"best":"100kg","best_reps":12,"best_volume":36,"away":1900802.5,`+
		`"total":false,"rest_pause":false,"unit":"lb","kind":"bodyweight"}`)

	golden(t, progression.NextTime{
		Action: progression.ActionReduceLoad, Lead: progression.ReasonStalled,
		Why:  progression.Reasons(0).With(progression.ReasonStalled).With(progression.ReasonCutRounded),
		Load: 90 * kg, From: 100 * kg, Reps: 10, Again: true, Sets: 3, Range: r812, Got: 10, Want: 10,
		Steps: 2, Percent: 10, Cut: 100, Since: 6, Best: 100 * kg, BestReps: 10, BestVolume: 30,
		Prescribed: 95 * kg, TroubleWeeks: 2, TroubleWindow: 8, Total: true, RestPause: true,
	}, `{"action":"reduce-load","lead":"stalled","why":["stalled","cut-rounded"],"load":"90kg","from":"100kg",`+
		`"reps":10,"again":true,"sets":3,"range":`+rng+`,"got":10,"want":10,"steps":2,"percent":10,"cut":100,`+
		`"since":6,"best":"100kg","best_reps":10,"best_volume":30,"prescribed":"95kg","total":true,`+
		`"rest_pause":true,"trouble_weeks":2,"trouble_window":8}`)

	golden(t, progression.Recommendation{
		Action: progression.ActionAddLoad, Reason: progression.ReasonTopOfRange,
		Load: 102*kg + 500*repkit.Gram, From: 100 * kg, Sets: 3, Reps: 8, Range: r812, Got: 12, Want: 12,
	}, `{"action":"add-load","reason":"top-of-range","load":"102.5kg","from":"100kg","sets":3,"reps":8,`+
		`"range":`+rng+`,"got":12,"want":12}`)
	golden(t, progression.Recommendation{
		Action: progression.ActionHold, Reason: progression.ReasonTargetMissed,
		Load: 100 * kg, From: 100 * kg, Reps: 9, Range: r812, Set: 2, Got: 7, Want: 9, Unit: repkit.UnitKilogram,
	}, `{"action":"hold","reason":"target-missed","load":"100kg","from":"100kg","reps":9,`+
		`"range":`+rng+`,"set":2,"got":7,"want":9,"unit":"kg"}`)

	golden(t, progression.Outing{
		Date: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC), Load: 100 * kg,
		Sets: []progression.WorkSet{{Reps: 8, Effort: repkit.AtRIR(2)}, {Reps: 7, Effort: repkit.AtRPE(8.5)}, {Reps: 6}},
		Want: progression.Prescription{Load: 100 * kg, Reps: 8},
	}, `{"date":"2026-03-02T18:00:00Z","load":"100kg","sets":[{"reps":8,"effort":"rir 2"},`+
		`{"reps":7,"effort":"rpe 8.5"},{"reps":6}],"want":{"load":"100kg","reps":8}}`)
	golden(t, progression.Performance{Load: 60 * kg, Sets: []progression.WorkSet{{Reps: 5}}},
		`{"load":"60kg","sets":[{"reps":5}]}`)

	golden(t, progression.Stall{
		Reason: progression.ReasonStalled, Since: 3, Best: 2, BestLoad: 100 * kg, BestReps: 8,
		From: 100 * kg, Deload: 90 * kg, Percent: 10,
	}, `{"reason":"stalled","since":3,"best":2,"best_load":"100kg","best_reps":8,"from":"100kg","deload":"90kg","percent":10}`)
	golden(t, progression.Stall{Reason: progression.ReasonProgressing, From: 100 * kg, BestLoad: 100 * kg, BestReps: 8},
		`{"reason":"progressing","since":0,"best":0,"best_load":"100kg","best_reps":8,"from":"100kg"}`)

	// 21 days is 21*86400 = 1814400 seconds. Weights is not written.
	golden(t, progression.Coach{
		Weights: progression.FixedWeights{Loads: []repkit.Load{10 * kg}},
		Unit:    repkit.UnitPound, Range: r812, MinRIR: 1, ReturnGap: 21 * 24 * time.Hour,
		Trouble: progression.Trouble{Weeks: 3, Window: 8, Switch: true},
	}, `{"unit":"lb","range":`+rng+`,"min_rir":1,"return_gap":1814400,"trouble":{"weeks":3,"window":8,"switch":true}}`)
	golden(t, progression.Coach{}, `{}`)
	golden(t, progression.SumOfReps{Total: r812, MinFirstReps: 6, TooHeavyCut: 10},
		`{"total":`+rng+`,"min_first_reps":6,"too_heavy_cut":10}`)
	golden(t, progression.DoubleProgression{Range: r812, MinRIR: 1, Unit: repkit.UnitPound},
		`{"range":`+rng+`,"min_rir":1,"unit":"lb"}`)
	golden(t, progression.StallRule{Sessions: 4, DeloadPercent: 15}, `{"sessions":4,"deload_percent":15}`)
	golden(t, progression.Reasons(0), `[]`)

	// The zero values marshal, enums as "unknown".
	golden(t, progression.NextTime{}, `{"action":"unknown","lead":"unknown","why":[],"load":"0kg","from":"0kg",`+
		`"reps":0,"again":false,"range":`+rangeJSON(t, repkit.RepRange{})+`,"got":0,"want":0,"since":0,"best":"0kg",`+
		`"best_reps":0,"best_volume":0,"total":false,"rest_pause":false}`)
}

// What older versions wrote still reads: a duration as Go text, a set of
// reasons as comma-separated names.
func TestWireReadsOldForms(t *testing.T) {
	var d progression.NextTime
	if err := json.Unmarshal([]byte(`{"action":"hold","why":"Top-of-range, returned","away":"504h0m0s"}`), &d); err != nil {
		t.Fatal(err)
	}
	want := progression.NextTime{Action: progression.ActionHold, Away: 21 * 24 * time.Hour,
		Why: progression.Reasons(0).With(progression.ReasonTopOfRange).With(progression.ReasonReturned)}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("old NextTime (-want +got):\n%s", diff)
	}
	var c progression.Coach
	if err := json.Unmarshal([]byte(`{"return_gap":"336h"}`), &c); err != nil || c.ReturnGap != 14*24*time.Hour {
		t.Errorf("old return_gap: %v, %v", c.ReturnGap, err)
	}
}

// Bad JSON is an error naming what is wrong, and leaves the value as it was.
func TestWireRefuses(t *testing.T) {
	w := progression.FixedWeights{Loads: []repkit.Load{10 * repkit.Kilogram}}
	keep := progression.Coach{Weights: w, MaxSteps: 3}
	for _, tt := range []struct {
		data  string
		field string
		is    error
	}{
		{`{"deload_percent":60}`, "deload_percent", repkit.ErrInvalid},
		{`{"return_gap":-1}`, "return_gap", repkit.ErrInvalid},
		{`{"trouble":{"weeks":3,"window":2}}`, "trouble.weeks", repkit.ErrInvalid},
		{`{"trouble":{"switch":true}}`, "trouble.switch", repkit.ErrInvalid},
	} {
		c := keep
		err := json.Unmarshal([]byte(tt.data), &c)
		var fe *progression.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.is) {
			t.Errorf("Coach %s: err = %v, want a FieldError for %s wrapping %v", tt.data, err, tt.field, tt.is)
		}
		if diff := cmp.Diff(keep, c, wireOpts); diff != "" {
			t.Errorf("Coach %s changed the receiver:\n%s", tt.data, diff)
		}
	}
	for _, data := range []string{`{"return_gap":1e3}`, `{"return_gap":"soon"}`} {
		c := keep
		if err := json.Unmarshal([]byte(data), &c); err == nil {
			t.Errorf("Coach %s: no error", data)
		}
	}
	// Decoding keeps the Weights the Coach had: they are not wire data.
	c := keep
	if err := json.Unmarshal([]byte(`{"min_rir":"2"}`), &c); err != nil || c.Weights == nil || c.MinRIR != 2 || c.MaxSteps != 0 {
		t.Errorf("Coach decoded into one with Weights: %+v, %v", c, err)
	}

	// The settings of the other rules are checked too, and keep their Weights.
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: w}
	for _, data := range []string{`{}`, `{"range":{"min":12,"max":8}}`, `{"range":{"min":8,"max":12},"min_rir":"11"}`} {
		p := dp
		if err := json.Unmarshal([]byte(data), &p); err == nil || !cmp.Equal(p, dp, wireOpts) {
			t.Errorf("DoubleProgression %s: %+v, err %v; want an error and the value unchanged", data, p, err)
		}
	}
	p := progression.DoubleProgression{}
	if err := json.Unmarshal([]byte(`{"range":{"min":6,"max":10},"min_rir":"1"}`), &p); err != nil ||
		p != (progression.DoubleProgression{Range: repkit.RepRange{Min: 6, Max: 10}, MinRIR: 1}) {
		t.Errorf("DoubleProgression: %+v, %v", p, err)
	}
	sr := progression.SumOfReps{Total: repkit.RepRange{Min: 11, Max: 15}, Weights: w}
	for _, data := range []string{`{}`, `{"total":{"min":11,"max":15},"too_heavy_cut":51}`, `{"total":{"min":11,"max":15},"min_first_reps":-1}`} {
		s := sr
		var fe *progression.FieldError
		if err := json.Unmarshal([]byte(data), &s); !errors.As(err, &fe) || !cmp.Equal(s, sr, wireOpts) {
			t.Errorf("SumOfReps %s: %+v, err %v; want a FieldError and the value unchanged", data, s, err)
		}
	}
	rule := progression.StallRule{Sessions: 4, Weights: w}
	for _, data := range []string{`{"sessions":-1}`, `{"deload_percent":51}`, `{"range":{"min":0,"max":3}}`} {
		r := rule
		if err := json.Unmarshal([]byte(data), &r); err == nil || !cmp.Equal(r, rule, wireOpts) {
			t.Errorf("StallRule %s: %+v, err %v; want an error and the value unchanged", data, r, err)
		}
	}
	if r := rule; json.Unmarshal([]byte(`{"deload_percent":20}`), &r) != nil || r.Weights == nil || r.Sessions != 0 || r.DeloadPercent != 20 {
		t.Errorf("StallRule decoded into one with Weights: %+v", r)
	}

	why := progression.Reasons(0).With(progression.ReasonStalled)
	for _, data := range []string{`["stalled","tired"]`, `["unknown"]`, `[3]`, `{}`} {
		s := why
		if err := json.Unmarshal([]byte(data), &s); !errors.Is(err, repkit.ErrUnknownName) || s != why {
			t.Errorf("Reasons %s: %v, err %v; want ErrUnknownName and the set unchanged", data, s, err)
		}
	}
	if _, err := json.Marshal(progression.Reasons(1)); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Marshal(Reasons holding ReasonUnknown) err = %v, want ErrUnknownName", err)
	}
	if _, err := json.Marshal(progression.Reasons(1 << 31)); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Marshal(Reasons holding bit 31) err = %v, want ErrUnknownName", err)
	}
}

// FuzzWireJSON decodes arbitrary bytes into each wire type of the package;
// whatever decodes must re-encode and decode to the same value.
func FuzzWireJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `null`, `["top-of-range","returned"]`, `"stalled,new-load"`,
		`{"action":"add-load","lead":"top-of-range","why":["top-of-range"],"load":"102.5kg","from":"100kg","reps":8,"range":{"min":8,"max":12},"away":1900802.5}`,
		`{"unit":"lb","range":{"min":8,"max":12},"min_rir":"1","return_gap":"504h","trouble":{"weeks":3,"window":8,"switch":true}}`,
		`{"date":"2026-03-02T18:00:00+01:00","load":"225lb","sets":[{"reps":8,"effort":"rpe 8.5"}],"signals":{"momentum":true},"want":{"load":"100kg","reps":8}}`,
		`{"reason":"stalled","since":3,"best_load":"100kg","deload":"90kg","percent":10}`,
		`{"unit":"kg","plates":[{"weight":"25kg","pairs":8}],"bars":[{"kind":"barbell","weight":"20kg"}],"machine":{"pins":["5kg"]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[progression.Reasons](t, data, wireOpts)
		gen.WireFixpoint[progression.Action](t, data, wireOpts)
		gen.WireFixpoint[progression.Reason](t, data, wireOpts)
		gen.WireFixpoint[progression.WorkSet](t, data, wireOpts)
		gen.WireFixpoint[progression.Prescription](t, data, wireOpts)
		gen.WireFixpoint[progression.Performance](t, data, wireOpts)
		gen.WireFixpoint[progression.Recommendation](t, data, wireOpts)
		gen.WireFixpoint[progression.Stall](t, data, wireOpts)
		gen.WireFixpoint[progression.Trouble](t, data, wireOpts)
		gen.WireFixpoint[progression.Outing](t, data, wireOpts)
		gen.WireFixpoint[progression.NextTime](t, data, wireOpts)
		gen.WireFixpoint[progression.Coach](t, data, wireOpts)
		gen.WireFixpoint[progression.DoubleProgression](t, data, wireOpts)
		gen.WireFixpoint[progression.SumOfReps](t, data, wireOpts)
		gen.WireFixpoint[progression.StallRule](t, data, wireOpts)
		gen.WireFixpoint[progression.Gym](t, data, wireOpts)
	})
}

// A Gym's JSON follows the wire rules too: snake_case keys, loads as text
// in the gym's unit, a bar kind as its name, and a stack with nothing in
// it left out, as the omitzero of Gym's tags says (CableStack.IsZero).
func TestGymWireGolden(t *testing.T) {
	lb := repkit.Pound
	golden(t, progression.Gym{
		Unit:    repkit.UnitPound,
		Plates:  []progression.Plate{{Weight: 45 * lb, Pairs: 4}},
		Bars:    []progression.GymBar{{Kind: progression.BarEZ, Weight: 25 * lb}},
		Machine: progression.CableStack{Pins: []repkit.Load{}},
		Cable:   progression.CableStack{Pins: []repkit.Load{10 * lb, 20 * lb}, AddOns: []repkit.Load{5 * lb}},
	}, `{"unit":"lb","plates":[{"weight":"45lb","pairs":4}],"bars":[{"kind":"ez-bar","weight":"25lb"}],`+
		`"cable":{"pins":["10lb","20lb"],"addons":["5lb"]}}`)
	if (progression.CableStack{Pins: []repkit.Load{}}).IsZero() != true || (progression.CableStack{AddOns: []repkit.Load{1}}).IsZero() {
		t.Error("CableStack.IsZero is not len(Pins) == 0 && len(AddOns) == 0")
	}
}
