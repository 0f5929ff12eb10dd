package mobile_test

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/repkit/repkit/mobile"
)

// res holds a call's two results, so get(call()).ok(t) fails the test on
// an error and gives the value.
type res[T any] struct {
	v   T
	err error
}

func get[T any](v T, err error) res[T] { return res[T]{v, err} }

func (r res[T]) ok(t *testing.T) T {
	t.Helper()
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.v
}

func field(t *testing.T, text string, path ...string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		t.Fatalf("%v in %s", err, text)
	}
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("no %q in %s", p, text)
		}
		v = m[p]
	}
	return v
}

// A whole set through the text API, saved and resumed mid-way, with a
// retried event, then the Coach's decision from the finished record.
func TestSetAcrossRequests(t *testing.T) {
	fly := get(mobile.LookupExercise("Cable Fly")).ok(t)
	if got := field(t, get(mobile.ClassifyExercise(fly)).ok(t), "verdict"); got != "suitable" {
		t.Fatalf("cable fly verdict = %v", got)
	}
	protocol := get(mobile.LookupProtocol("myo-reps")).ok(t)
	start := `{"date":"2026-03-02T18:00:00Z","exercise":"Cable Fly","exercise_id":"cable-fly","load":"15kg"}`
	s := get(mobile.StartSet(protocol, start)).ok(t)
	if got := field(t, get(s.Next()).ok(t), "kind"); got != "activation" {
		t.Fatalf("first step %v", got)
	}
	if err := s.Apply(`{"seq":1,"kind":"activation","burst":{"reps":16,"effort":"rpe 8.5"}}`); err != nil {
		t.Fatal(err)
	}
	state := get(s.State()).ok(t)
	s = get(mobile.ResumeSet(protocol, state)).ok(t)
	for i, reps := range []int{5, 4, 4, 2} {
		if s.Ended() {
			break
		}
		e := `{"seq":` + itoa(int(s.Seq())+1) + `,"kind":"burst","burst":{"reps":` + itoa(reps) + `,"rest":20}}`
		if err := s.Apply(e); err != nil {
			t.Fatalf("burst %d: %v", i+1, err)
		}
		if err := s.Apply(e); err != nil { // retried
			t.Fatalf("retried burst %d: %v", i+1, err)
		}
	}
	if !s.Ended() {
		t.Fatal("the set did not end")
	}
	rec := get(s.Record()).ok(t)
	if got := field(t, rec, "bursts"); len(got.([]any)) < 2 {
		t.Fatalf("bursts %v", got)
	}
	outings := `[{"date":"2026-03-02T18:00:00Z","load":"15kg","rest_pause":[` + rec + `]}]`
	next := get(mobile.DecideNextTime(outings, `{"total":{"min":20,"max":25}}`, "", "cable", "2026-03-09T18:00:00Z", "full")).ok(t)
	if a := field(t, next, "action"); a == "" || a == nil {
		t.Fatalf("no action in %s", next)
	}
	if l := field(t, next, "load"); l != "15kg" && l != "16.25kg" && l != "17.5kg" {
		t.Errorf("next load %v, want the same load or one cable step up", l)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// Every misspelt key is an error naming it, where encoding/json alone
// would read it as a missing value.
func TestUnknownKeysAreErrors(t *testing.T) {
	protocol := get(mobile.LookupProtocol("dc")).ok(t)
	for _, tc := range []struct {
		name, want string
		call       func() error
	}{
		{"start", `unknown key "lod"`, func() error {
			_, err := mobile.StartSet(protocol, `{"date":"2026-03-02T18:00:00Z","exercise":"Leg Press","lod":"100kg"}`)
			return err
		}},
		{"protocol", `unknown key "nme"`, func() error { _, err := mobile.StartSet(`{"nme":"dc"}`, `{}`); return err }},
		{"nested", `unknown key "record.activation.rps"`, func() error {
			_, err := mobile.ResumeSet(protocol, `{"record":{"activation":{"rps":8}}}`)
			return err
		}},
		{"outing", `unknown key "[0].sets[0].rep"`, func() error {
			_, err := mobile.DecideNextTime(`[{"load":"100kg","sets":[{"rep":8}]}]`, "", "", "barbell", "2026-03-09T18:00:00Z", "")
			return err
		}},
	} {
		err := tc.call()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to name %s", tc.name, err, tc.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	if _, err := mobile.LookupExercise("no such lift"); !errors.Is(err, mobile.ErrNotFound) {
		t.Errorf("unknown exercise: %v", err)
	}
	for name, call := range map[string]func() error{
		"not json":   func() error { _, err := mobile.ClassifyExercise("{"); return err },
		"two values": func() error { _, err := mobile.ClassifyExercise(`{} {}`); return err },
		"bad dose":   func() error { _, err := mobile.PlanSession(`{}`, "lots", `[]`); return err },
		"bad equipment": func() error {
			_, err := mobile.DecideNextTime(`[]`, "", "", "anvil", "2026-03-09T18:00:00Z", "")
			return err
		},
		"bad date":         func() error { _, err := mobile.DecideNextTime(`[]`, "", "", "cable", "next tuesday", ""); return err },
		"bad zone":         func() error { _, err := mobile.ImportHistory("x", `{"time_zone":"Mars/Olympus"}`); return err },
		"bad history":      func() error { _, err := mobile.HistoryLifts(`{"source":"nope"}`); return err },
		"unknown protocol": func() error { _, err := mobile.LookupProtocol("myo reps please"); return err },
	} {
		err := call()
		if err == nil || len(err.Error()) > 600 {
			t.Errorf("%s: err = %v, want a short error", name, err)
		}
	}
}

func TestImportAndLifts(t *testing.T) {
	csv := "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
		"2026-03-02 18:00:00,Push,50m,Bench Press (Barbell),1,80,8,,,,,8\n" +
		"2026-03-02 18:00:00,Push,50m,Bench Press (Barbell),2,80,x,,,,,\n" +
		"2026-03-09 18:00:00,Push,50m,Bench Press (Barbell),1,82.5,8,,,,,8\n"
	got := get(mobile.ImportHistory(csv, `{"unit":"kg","time_zone":"Europe/Berlin","lenient":true}`)).ok(t)
	skipped := field(t, got, "skipped").([]any)
	if len(skipped) != 1 || skipped[0].(map[string]any)["line"] != 3.0 {
		t.Errorf("skipped = %v, want line 3", skipped)
	}
	h, _ := json.Marshal(field(t, got, "history"))
	if start := field(t, string(h), "workouts").([]any)[0].(map[string]any)["start"]; start != "2026-03-02T18:00:00+01:00" {
		t.Errorf("first workout starts %v, want 18:00 Berlin time", start)
	}
	lifts := field(t, get(mobile.HistoryLifts(string(h))).ok(t)).([]any)
	if len(lifts) != 1 || len(lifts[0].(map[string]any)["outings"].([]any)) != 2 {
		t.Errorf("lifts = %v, want one lift of two outings", lifts)
	}
	if _, err := mobile.ImportHistory(csv, ""); err == nil || !strings.Contains(err.Error(), "unit") {
		t.Errorf("import without a unit: %v, want the unit asked for", err)
	}
}

// The exported API is what gobind binds: functions and methods over
// string, []byte, int64, bool and error, and *ActiveSet. .ci/gobind runs
// gobind itself; this catches a stray int or struct in the usual test run.
func TestAPIIsBindable(t *testing.T) {
	ok := map[string]bool{"string": true, "[]byte": true, "int64": true, "bool": true, "error": true, "*ActiveSet": true}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		af, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fd, isFunc := d.(*ast.FuncDecl)
			if !isFunc || !fd.Name.IsExported() {
				continue
			}
			for _, list := range []*ast.FieldList{fd.Type.Params, fd.Type.Results} {
				if list == nil {
					continue
				}
				for _, p := range list.List {
					if ty := string(src[fset.Position(p.Type.Pos()).Offset:fset.Position(p.Type.End()).Offset]); !ok[ty] {
						t.Errorf("%s: %s has a %s, which gobind cannot bind", f, fd.Name.Name, ty)
					}
				}
			}
		}
	}
}

// FuzzMobile: no text makes a call panic, and every error is short.
func FuzzMobile(f *testing.F) {
	f.Add(`{"date":"2026-03-02T18:00:00Z","exercise":"Curl","load":"10kg"}`, `{"seq":1,"kind":"activation","burst":{"reps":12}}`)
	f.Add(`{"record":{"activation":{"reps":8}},"activated":true,"seq":1}`, `[{"load":"100kg","sets":[{"reps":8}]}]`)
	protocol, _ := mobile.LookupProtocol("myo-reps")
	f.Fuzz(func(t *testing.T, a, b string) {
		check := func(err error) {
			if err != nil && len(err.Error()) > 2000 {
				t.Fatalf("error of %d bytes", len(err.Error()))
			}
		}
		_, err := mobile.ClassifyExercise(a)
		check(err)
		s, err := mobile.StartSet(protocol, a)
		check(err)
		if s != nil {
			check(s.Apply(b))
			_, err = s.State()
			check(err)
		}
		_, err = mobile.ResumeSet(protocol, a)
		check(err)
		_, err = mobile.DecideNextTime(b, "", "", "cable", "2026-03-09T18:00:00Z", "")
		check(err)
		_, err = mobile.PlanSession(a, "", b)
		check(err)
		_, err = mobile.ImportHistory(a, "")
		check(err)
	})
}
