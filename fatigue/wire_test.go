package fatigue

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
)

// wireOpts compare decoded values, reading empty lists as nil (JSON
// leaves both out).
var wireOpts = cmp.Options{cmpopts.EquateEmpty()}

func wireProperty[T any](g *rapid.Generator[T]) func(*testing.T) {
	return func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			v := g.Draw(t, "v")
			back, data := gen.JSONRoundTrip(t, v)
			if diff := cmp.Diff(v, back, wireOpts); diff != "" {
				t.Fatalf("%s read back differently (-wrote +read):\n%s", data, diff)
			}
		})
	}
}

// Every wire type reads back exactly what it wrote.
func TestWireRoundTrip(t *testing.T) {
	t.Run("CheckIn", wireProperty(genCheckIn()))
	t.Run("Reasons", wireProperty(genReasons()))
	t.Run("Conditions", wireProperty(genConditions()))
	t.Run("Signs", wireProperty(genSigns()))
	t.Run("Lifter", wireProperty(genLifter()))
	t.Run("Readiness", wireProperty(genReadiness()))
	t.Run("Advice", wireProperty(genAdvice()))
	t.Run("Measure", wireProperty(genMeasure()))
	t.Run("Note", wireProperty(genNote()))
	t.Run("TrainingLog", wireProperty(genTrainingLog()))
	t.Run("Cycle", wireProperty(genCycle()))
	t.Run("BlastCruise", wireProperty(genBlastCruise()))
	t.Run("Monitor", wireProperty(genMonitor()))
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
// snake_case keys, enum names, sets as arrays of names, loads as text,
// durations in seconds, optional fields left out when zero.
func TestWireGolden(t *testing.T) {
	// 6 h 30 min is 6.5*3600 = 23400 s.
	golden(t, CheckIn{Sleep: 6*time.Hour + 30*time.Minute, Dieting: ConcernMild, Joints: ConcernNone, MissedLifts: 1},
		`{"sleep":23400,"dieting":"mild","joints":"none","missed_lifts":1}`)
	// 7 h 0.5 s is 25200.5 s.
	golden(t, CheckIn{Sleep: 7*time.Hour + 500*time.Millisecond, Endurance: ConcernMarked, Soreness: ConcernMild, LowMotivation: ConcernNone},
		`{"sleep":25200.5,"endurance":"marked","soreness":"mild","low_motivation":"none"}`)
	golden(t, CheckIn{}, `{}`)

	golden(t, Advice{
		Response: ResponseRemoveRestPause, Signs: 1<<SignDip | 1<<SignDrop | 1<<SignJoints, Lift: "squat", Drop: 0.06,
		BaselineE1RM: 150 * kg, RecentE1RM: 141 * kg, Compared: 2, Dropping: 1, RestPauseRecent: true,
	}, `{"response":"remove-rest-pause","signs":["dip","drop","joints"],"lift":"squat","drop":0.06,`+
		`"baseline_e1rm":"150kg","recent_e1rm":"141kg","compared":2,"dropping":1,"rest_pause_recent":true}`)
	golden(t, Advice{}, `{"response":"unknown","signs":[],"compared":0,"dropping":0,"rest_pause_recent":false}`)

	golden(t, Readiness{Dose: DoseNone, Reasons: 1<<ReasonShortSleep | 1<<ReasonBeginner, Conditions: ConditionsOf(Fainting, Pain)},
		`{"dose":"none","reasons":["short-sleep","beginner"],"conditions":["pain","fainting"]}`)
	golden(t, Readiness{Dose: DoseFull}, `{"dose":"full","reasons":[],"conditions":[]}`)
	golden(t, Lifter{Experience: Intermediate}, `{"experience":"intermediate"}`)
	golden(t, Lifter{Conditions: ConditionsOf(ClinicianManagedWeightLoss)}, `{"conditions":["clinician-managed-weight-loss"]}`)

	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	golden(t, Measure{Date: day(6, 30), Lift: "bench press", E1RM: 102*kg + 500*repkit.Gram},
		`{"date":"2026-06-30T00:00:00Z","lift":"bench press","e1rm":"102.5kg"}`)
	golden(t, Note{Date: day(6, 30), RestPause: true, Soreness: ConcernMild},
		`{"date":"2026-06-30T00:00:00Z","rest_pause":true,"soreness":"mild"}`)
	golden(t, TrainingLog{Notes: []Note{{Date: day(6, 1), ToFailure: true, Joints: ConcernMarked, LowMotivation: ConcernNone}}},
		`{"notes":[{"date":"2026-06-01T00:00:00Z","to_failure":true,"joints":"marked","low_motivation":"none"}]}`)
	golden(t, TrainingLog{}, `{}`)

	// 29 days is 29*86400 = 2505600 s.
	golden(t, Cycle{Phase: PhaseBlast, BlastStart: day(5, 4), LastHard: day(6, 1), Blast: 29 * day1,
		CruiseFrom: day(6, 11), CruiseBy: day(6, 15)},
		`{"phase":"blast","blast_start":"2026-05-04T00:00:00Z","last_hard":"2026-06-01T00:00:00Z",`+
			`"blast":2505600,"cruise_from":"2026-06-11T00:00:00Z","cruise_by":"2026-06-15T00:00:00Z"}`)
	golden(t, Cycle{Phase: PhaseFresh}, `{"phase":"fresh"}`)
	// 8 weeks is 56*86400 = 4838400 s, 14 days 1209600 s.
	golden(t, BlastCruise{BlastMin: 8 * 7 * day1, CruiseMax: 14 * day1}, `{"blast_min":4838400,"cruise_max":1209600}`)
	golden(t, Monitor{Recent: 14 * day1, MinPoints: 4, Drop: 0.06}, `{"recent":1209600,"min_points":4,"drop":0.06}`)
	golden(t, Monitor{}, `{}`)
	golden(t, Signs(0), `[]`)
}

const day1 = 24 * time.Hour

// What older versions wrote still reads: durations as Go text, sets as
// comma-separated names.
func TestWireReadsOldForms(t *testing.T) {
	var c CheckIn
	if err := json.Unmarshal([]byte(`{"sleep":"7h30m"}`), &c); err != nil || c.Sleep != 7*time.Hour+30*time.Minute {
		t.Errorf("old sleep: %v, %v", c.Sleep, err)
	}
	var r Readiness
	if err := json.Unmarshal([]byte(`{"dose":"none","reasons":"short-sleep,Beginner","conditions":"pain, fainting"}`), &r); err != nil {
		t.Fatal(err)
	}
	if want := (Readiness{Dose: DoseNone, Reasons: 1<<ReasonShortSleep | 1<<ReasonBeginner, Conditions: ConditionsOf(Pain, Fainting)}); r != want {
		t.Errorf("old readiness = %+v, want %+v", r, want)
	}
	var bc BlastCruise
	if err := json.Unmarshal([]byte(`{"cruise_min":"240h"}`), &bc); err != nil || bc.CruiseMin != 10*day1 {
		t.Errorf("old cruise_min: %v, %v", bc.CruiseMin, err)
	}
}

// Bad JSON is an error naming the field and what to give, and leaves the
// value as it was.
func TestWireRefuses(t *testing.T) {
	keep := CheckIn{Sleep: 8 * time.Hour, Joints: ConcernMild}
	for _, tt := range []struct {
		data, field string
		is          error
	}{
		{`{"sleep":90000}`, "sleep", repkit.ErrRange},
		{`{"sleep":-1}`, "sleep", repkit.ErrRange},
		{`{"missed_lifts":-1}`, "missed_lifts", repkit.ErrRange},
		{`{"dieting":"awful"}`, "concern", repkit.ErrUnknownName},
	} {
		c := keep
		err := json.Unmarshal([]byte(tt.data), &c)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.is) {
			t.Errorf("CheckIn %s: err = %v, want a FieldError for %s wrapping %v", tt.data, err, tt.field, tt.is)
		}
		if c != keep {
			t.Errorf("CheckIn %s changed the receiver to %+v", tt.data, c)
		}
	}
	bc := BlastCruise{BlastMin: day1}
	for _, data := range []string{`{"blast_min":-1}`, `{"blast_min":8467200,"blast_max":3628800}`} {
		b := bc
		if err := json.Unmarshal([]byte(data), &b); !errors.Is(err, repkit.ErrRange) || b != bc {
			t.Errorf("BlastCruise %s: %+v, err %v; want ErrRange and the value unchanged", data, b, err)
		}
	}
	m := Monitor{MinPoints: 2}
	for _, data := range []string{`{"dip":1}`, `{"dip":0.1,"drop":0.05}`, `{"recent":-86400}`, `{"min_points":-1}`} {
		v := m
		if err := json.Unmarshal([]byte(data), &v); !errors.Is(err, repkit.ErrRange) || v != m {
			t.Errorf("Monitor %s: %+v, err %v; want ErrRange and the value unchanged", data, v, err)
		}
	}
	conds := ConditionsOf(Pain)
	for _, data := range []string{`["pain","tired"]`, `["unknown"]`, `"pain,,fainting"`, `{}`} {
		s := conds
		if err := json.Unmarshal([]byte(data), &s); !errors.Is(err, repkit.ErrUnknownName) || s != conds {
			t.Errorf("Conditions %s: %v, err %v; want ErrUnknownName and the set unchanged", data, s, err)
		}
	}
	for _, v := range []any{Conditions(1), Signs(1 << 7), Reasons(1 << 15), Signs(1)} {
		if _, err := json.Marshal(v); !errors.Is(err, repkit.ErrUnknownName) {
			t.Errorf("Marshal(%T %#x) err = %v, want ErrUnknownName", v, v, err)
		}
	}
}

// FuzzWireJSON decodes arbitrary bytes into each wire type of the package;
// whatever decodes must re-encode and decode to the same value.
func FuzzWireJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `null`, `["pain","fainting"]`, `"short-sleep,beginner"`, `["dip","joints"]`,
		`{"sleep":23400,"dieting":"mild","joints":"none","missed_lifts":1}`,
		`{"sleep":"7h30m","soreness":"MARKED"}`,
		`{"response":"watch","signs":["dip"],"lift":"squat","drop":0.03,"baseline_e1rm":"150kg","recent_e1rm":"145.5kg","compared":1}`,
		`{"dose":"reduced","reasons":["short-sleep"],"conditions":[]}`,
		`{"experience":"advanced","conditions":"pain"}`,
		`{"measures":[{"date":"2026-06-30T00:00:00+02:00","lift":"squat","e1rm":"225lb"}],"notes":[{"date":"2026-06-30T00:00:00Z","rest_pause":true}]}`,
		`{"phase":"cruising","blast_start":"2026-05-04T00:00:00Z","blast":2505600.5}`,
		`{"blast_min":4838400,"cruise_max":"336h"}`,
		`{"recent":1209600,"min_points":4,"dip":0.02,"drop":0.06}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[CheckIn](t, data, wireOpts)
		gen.WireFixpoint[Concern](t, data, wireOpts)
		gen.WireFixpoint[Dose](t, data, wireOpts)
		gen.WireFixpoint[Reasons](t, data, wireOpts)
		gen.WireFixpoint[Conditions](t, data, wireOpts)
		gen.WireFixpoint[Signs](t, data, wireOpts)
		gen.WireFixpoint[Lifter](t, data, wireOpts)
		gen.WireFixpoint[Readiness](t, data, wireOpts)
		gen.WireFixpoint[Advice](t, data, wireOpts)
		gen.WireFixpoint[Measure](t, data, wireOpts)
		gen.WireFixpoint[Note](t, data, wireOpts)
		gen.WireFixpoint[TrainingLog](t, data, wireOpts)
		gen.WireFixpoint[Cycle](t, data, wireOpts)
		gen.WireFixpoint[BlastCruise](t, data, wireOpts)
		gen.WireFixpoint[Monitor](t, data, wireOpts)
	})
}
