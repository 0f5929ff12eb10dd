package history

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum/enumtest"
	"github.com/repkit/repkit/internal/gen"
)

func genText() *rapid.Generator[string] {
	return rapid.OneOf(rapid.Just(""), rapid.StringMatching(`[A-Za-z0-9 ,;"'()\-#\n\täöü€]{0,12}`)).Filter(func(s string) bool {
		return !strings.Contains(s, "\r\n")
	})
}

func genSet() *rapid.Generator[Set] {
	return rapid.Custom(func(t *rapid.T) Set {
		return Set{
			Kind:       gen.Enum(KindUnknown, KindRestPause).Draw(t, "kind"),
			Load:       gen.Load(0, 1000*repkit.Kilogram).Draw(t, "load"),
			Reps:       rapid.IntRange(0, 100).Draw(t, "reps"),
			TargetReps: rapid.IntRange(0, 30).Draw(t, "target"),
			Effort:     gen.Effort().Draw(t, "effort"),
			Duration:   gen.Duration(maxSetDuration).Draw(t, "duration"),
			Distance:   genText().Draw(t, "distance"),
			Rest:       gen.Duration(maxRest).Draw(t, "rest"),
			Notes:      genText().Draw(t, "notes"),
			Line:       rapid.IntRange(0, 1<<20).Draw(t, "line"),
		}
	})
}

func genWorkouts() *rapid.Generator[[]Workout] {
	ex := rapid.Custom(func(t *rapid.T) ExerciseLog {
		e := ExerciseLog{
			Name:     genText().Draw(t, "name"),
			LoadKind: gen.Enum(repkit.LoadExternal, repkit.LoadAssisted).Draw(t, "load_kind"),
			Notes:    genText().Draw(t, "notes"),
			Superset: rapid.SampledFrom([]string{"", "0", "1"}).Draw(t, "superset"),
			Sets:     rapid.SliceOfN(genSet(), 0, 5).Draw(t, "sets"),
		}
		if e.LoadKind == repkit.LoadAssisted { // some apps write assistance below zero
			for i := range e.Sets {
				e.Sets[i].NegativeLoad = e.Sets[i].Load > 0 && rapid.Bool().Draw(t, "negative")
			}
		}
		return e
	})
	w := rapid.Custom(func(t *rapid.T) Workout {
		return Workout{
			Start:     gen.TimeOrZero(false).Draw(t, "start"),
			End:       gen.TimeOrZero(false).Draw(t, "end"),
			Duration:  gen.Duration(maxWorkoutDuration).Draw(t, "duration"),
			Name:      genText().Draw(t, "name"),
			Notes:     genText().Draw(t, "notes"),
			Exercises: rapid.SliceOfN(ex, 0, 4).Draw(t, "exercises"),
		}
	})
	return rapid.SliceOfN(w, 0, 4)
}

// normalise maps empty slices to nil: neither format tells them apart.
func normalise(ws []Workout) []Workout {
	if len(ws) == 0 {
		return nil
	}
	for i := range ws {
		if len(ws[i].Exercises) == 0 {
			ws[i].Exercises = nil
		}
		for j := range ws[i].Exercises {
			if len(ws[i].Exercises[j].Sets) == 0 {
				ws[i].Exercises[j].Sets = nil
			}
		}
	}
	return ws
}

func testCSVRoundTrip(t *rapid.T) {
	in := genWorkouts().Draw(t, "workouts")
	var buf bytes.Buffer
	if err := WriteCSV(&buf, in); err != nil {
		t.Fatal(err)
	}
	h, skipped, err := Import(bytes.NewReader(buf.Bytes()), Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("reading back: %v %v\n%s", err, skipped, buf.String())
	}
	if h.Source != FormatRepkit {
		t.Fatalf("source %v", h.Source)
	}
	if diff := cmp.Diff(normalise(in), normalise(h.Workouts), cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })); diff != "" {
		t.Fatalf("round trip (-in +out):\n%s\n%s", diff, buf.String())
	}
}

func testJSONRoundTrip(t *rapid.T) {
	in := &History{
		Source:   Format(rapid.IntRange(0, int(FormatRepkit)).Draw(t, "source")),
		Unit:     repkit.Unit(rapid.IntRange(0, 3).Draw(t, "unit")),
		Workouts: genWorkouts().Draw(t, "workouts"),
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, err := ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	in.Workouts = normalise(in.Workouts)
	out.Workouts = normalise(out.Workouts)
	if diff := cmp.Diff(in, out, cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })); diff != "" {
		t.Fatalf("round trip (-in +out):\n%s", diff)
	}
}

func TestCSVRoundTrip(t *testing.T)  { rapid.Check(t, testCSVRoundTrip) }
func TestJSONRoundTrip(t *testing.T) { rapid.Check(t, testJSONRoundTrip) }

func FuzzCSVRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(testCSVRoundTrip)) }
func FuzzJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testJSONRoundTrip)) }

// An exact fixture import survives both writers unchanged.
func TestFixtureSurvivesWriters(t *testing.T) {
	h, _, err := importFile(t, "hevy_kg.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, h.Workouts); err != nil {
		t.Fatal(err)
	}
	back, _, err := Import(&buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(summary(h)[1:], summary(back)[1:]); diff != "" {
		t.Errorf("(-imported +written and read):\n%s", diff)
	}
}

func TestWritersRejectInvalid(t *testing.T) {
	bad := []Set{{Reps: -1}, {Load: -1}, {Kind: 99}, {Effort: repkit.AtRPE(8.3)}, {Rest: -time.Second}}
	for _, s := range bad {
		ws := []Workout{{Exercises: []ExerciseLog{{Name: "x", Sets: []Set{s}}}}}
		if err := WriteCSV(&bytes.Buffer{}, ws); err == nil {
			t.Errorf("WriteCSV accepted %+v", s)
		}
		var fe *FieldError
		if err := WriteJSON(&bytes.Buffer{}, &History{Workouts: ws}); !errors.As(err, &fe) || fe.Hint == "" {
			t.Errorf("WriteJSON(%+v) = %v, want a *FieldError with a hint", s, err)
		}
	}
}

// parseWeight must agree with repkit.ParseLoad, an independent parser, on
// every plain decimal in kilograms and pounds.
func TestParseWeightMatchesParseLoad(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`[0-9]{1,7}(\.[0-9]{0,12})?`).Draw(t, "number")
		u := rapid.SampledFrom([]repkit.Unit{repkit.UnitKilogram, repkit.UnitPound}).Draw(t, "unit")
		got, err := parseWeight(s, u, false)
		want, werr := repkit.ParseLoad(s + u.String())
		if (err != nil) != (werr != nil) || got != want {
			t.Fatalf("parseWeight(%q, %v) = %v, %v; ParseLoad = %v, %v", s, u, got, err, want, werr)
		}
	})
}

// TestEnumContract runs the shared enum contract on every enum of the
// package, with the names of the JSON format written out, and checks that
// unknown names also wrap the package's own sentinels, as before.
func TestEnumContract(t *testing.T) {
	enumtest.Run[SetKind](t, "SetKind", "kind", "unknown", "warmup", "working", "drop", "failure", "restpause")
	enumtest.Run[Format](t, "Format", "format", "unknown", "strong", "hevy", "fitnotes", "liftosaur", "repkit")
	enumtest.Run[MatchStatus](t, "MatchStatus", "status", "unclassified", "exact", "rewritten", "alias", "user")
	enumtest.Run[Evidence](t, "Evidence", "evidence",
		"unknown", "marked", "rest-timer", "same-load-drop", "note", "exercise-note")

	k := KindDrop
	if err := k.UnmarshalText([]byte("superset")); !errors.Is(err, repkit.ErrUnknownName) || k != KindDrop {
		t.Errorf("unknown kind: %v, kind now %v", err, k)
	}
	if _, err := SetKind(99).MarshalText(); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("SetKind(99).MarshalText() = %v", err)
	}
	if k, ok := ParseSetKind("RestPause"); !ok || k != KindRestPause {
		t.Errorf("ParseSetKind(RestPause) = %v, %v", k, ok)
	}
	if _, ok := ParseSetKind("superset"); ok {
		t.Error("ParseSetKind(superset) reports a kind")
	}
	var f Format
	if err := f.UnmarshalText([]byte("myfitnesspal")); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v", err)
	}
	var e Evidence
	if err := e.UnmarshalText([]byte("hunch")); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("unknown evidence: %v", err)
	}
	var m MatchStatus
	err := m.UnmarshalText([]byte("fuzzy"))
	if !errors.Is(err, repkit.ErrUnknownName) || err.Error() != `history: status "fuzzy": unknown name; give one of exact, rewritten, alias, user` {
		t.Errorf("unknown match status: %v", err)
	}
}
