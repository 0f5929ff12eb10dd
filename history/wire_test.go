package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
)

// goldenHistory and goldenHistoryJSON are a small history and its wire
// form, written by hand from the wire rules: snake_case keys in field
// order, enums and loads as text, the effort as "rpe 8", the start in RFC
// 3339, durations as seconds (65 minutes is 3900, 90 s of rest 90, a 2.5 s
// hold 2.5), zero values of optional fields left out.
var (
	goldenHistory = &History{
		Source: FormatStrong, Unit: repkit.UnitKilogram,
		Workouts: []Workout{{
			Start: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), Duration: 65 * time.Minute, Name: "Push",
			Exercises: []ExerciseLog{
				{Name: "Bench Press (Barbell)", Sets: []Set{
					{Kind: KindWarmup, Load: 60 * repkit.Kilogram, Reps: 5, Line: 2},
					{Kind: KindWorking, Load: 100 * repkit.Kilogram, Reps: 8, Effort: repkit.AtRPE(8), Rest: 90 * time.Second, Line: 3},
				}},
				{Name: "Pull Up (Assisted)", LoadKind: repkit.LoadAssisted, Sets: []Set{
					{Kind: KindWorking, NegativeLoad: true, Load: 20 * repkit.Kilogram, Reps: 10, Duration: 2500 * time.Millisecond, Line: 4},
				}},
			},
		}},
	}
	goldenHistoryJSON = `{"source":"strong","unit":"kg","workouts":[{"start":"2024-03-04T18:00:00Z","duration":3900,"name":"Push",` +
		`"exercises":[{"name":"Bench Press (Barbell)","sets":[` +
		`{"kind":"warmup","load":"60kg","reps":5,"line":2},` +
		`{"kind":"working","load":"100kg","reps":8,"effort":"rpe 8","rest":90,"line":3}]},` +
		`{"name":"Pull Up (Assisted)","load_kind":"assisted","sets":[` +
		`{"kind":"working","negative_load":true,"load":"20kg","reps":10,"duration":2.5,"line":4}]}]}]}`
)

var effortEqual = cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })

func TestHistoryGoldenJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, goldenHistory); err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	if compact.String() != goldenHistoryJSON {
		t.Errorf("WriteJSON:\n got %s\nwant %s", compact.String(), goldenHistoryJSON)
	}
	back, err := ReadJSON(strings.NewReader(goldenHistoryJSON))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(goldenHistory, back, effortEqual); diff != "" {
		t.Errorf("ReadJSON golden (-want +got):\n%s", diff)
	}
}

// TestHistoryReadsGoDurationText: durations written as Go's duration text
// still read.
func TestHistoryReadsGoDurationText(t *testing.T) {
	old := strings.NewReplacer(`"duration":3900`, `"duration":"1h5m0s"`, `"rest":90`, `"rest":"1m30s"`, `"duration":2.5`, `"duration":"2.5s"`).Replace(goldenHistoryJSON)
	back, err := ReadJSON(strings.NewReader(old))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(goldenHistory, back, effortEqual); diff != "" {
		t.Errorf("ReadJSON of Go duration text (-want +got):\n%s", diff)
	}
}

// TestHistoryRefusesNanoseconds: a file written when durations were
// integer nanoseconds is refused with an error that names the field and
// the value and says durations are seconds, never read as centuries.
func TestHistoryRefusesNanoseconds(t *testing.T) {
	for _, tt := range []struct{ from, to, field, value string }{
		{`"rest":90`, `"rest":90000000000`, "rest", "90000000000"},
		{`"duration":2.5`, `"duration":2500000000`, "duration", "2500000000"},
		{`"duration":3900`, `"duration":3900000000000`, "duration", "3900000000000"},
		// Just past the limits: a day and a second of rest, a week and a
		// second of workout.
		{`"rest":90`, `"rest":86401`, "rest", "86401"},
		{`"duration":3900`, `"duration":604801`, "duration", "604801"},
	} {
		doc := strings.Replace(goldenHistoryJSON, tt.from, tt.to, 1)
		_, err := ReadJSON(strings.NewReader(doc))
		var fe *FieldError
		if !errors.As(err, &fe) || !strings.HasSuffix(fe.Field, "."+tt.field) || fe.Value != tt.value || !errors.Is(err, repkit.ErrRange) ||
			!strings.Contains(fe.Hint, "durations are seconds") {
			t.Errorf("%s: ReadJSON = %v, want a FieldError on %s %s saying durations are seconds", tt.to, err, tt.field, tt.value)
		}
	}
	// The limits themselves read.
	for _, doc := range []string{
		strings.Replace(goldenHistoryJSON, `"rest":90`, `"rest":86400`, 1),
		strings.Replace(goldenHistoryJSON, `"duration":2.5`, `"duration":86400`, 1),
		strings.Replace(goldenHistoryJSON, `"duration":3900`, `"duration":604800`, 1),
	} {
		if _, err := ReadJSON(strings.NewReader(doc)); err != nil {
			t.Errorf("a duration at its limit: %v", err)
		}
	}
}

// TestWriteJSONRefusesLongDurations: what ReadJSON would refuse is not
// written; the error names the path.
func TestWriteJSONRefusesLongDurations(t *testing.T) {
	for _, tt := range []struct {
		change func(h *History)
		field  string
	}{
		{func(h *History) { h.Workouts[0].Duration = 7*24*time.Hour + time.Nanosecond }, "workouts[0].duration"},
		{func(h *History) { h.Workouts[0].Exercises[0].Sets[1].Rest = 25 * time.Hour }, "workouts[0].exercises[0].sets[1].rest"},
		{func(h *History) { h.Workouts[0].Exercises[1].Sets[0].Duration = 25 * time.Hour }, "workouts[0].exercises[1].sets[0].duration"},
	} {
		h := cloneHistory(goldenHistory)
		tt.change(h)
		var fe *FieldError
		if err := WriteJSON(&bytes.Buffer{}, h); !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, repkit.ErrRange) {
			t.Errorf("WriteJSON = %v, want a FieldError on %s", err, tt.field)
		}
		if _, err := json.Marshal(h.Workouts[0]); err == nil {
			t.Errorf("json.Marshal of the workout with %s too long succeeded", tt.field)
		}
	}
}

func cloneHistory(h *History) *History {
	c := *h
	c.Workouts = append([]Workout(nil), h.Workouts...)
	for i := range c.Workouts {
		w := &c.Workouts[i]
		w.Exercises = append([]ExerciseLog(nil), w.Exercises...)
		for j := range w.Exercises {
			w.Exercises[j].Sets = append([]Set(nil), w.Exercises[j].Sets...)
		}
	}
	return &c
}

// TestSetUnmarshalLeavesReceiver: a set that does not read leaves the
// receiver as it was; an unknown key is refused, as in ReadJSON.
func TestSetUnmarshalLeavesReceiver(t *testing.T) {
	want := goldenHistory.Workouts[0].Exercises[0].Sets[1]
	for _, doc := range []string{`{"kind":"working","rest":90000000000}`, `{"kind":"working","reps":3,"colour":"red"}`, `{"rest":"soon"}`} {
		got := want
		if err := json.Unmarshal([]byte(doc), &got); err == nil {
			t.Errorf("Unmarshal %s succeeded", doc)
		}
		if diff := cmp.Diff(want, got, effortEqual); diff != "" {
			t.Errorf("Unmarshal %s changed the receiver (-want +got):\n%s", doc, diff)
		}
	}
}

func TestMappingSuggestionLiftJSON(t *testing.T) {
	// An unclassified name leaves the zero exercise, via and load kind out.
	data, err := json.Marshal(Mapping{Name: "Zercher Carry"})
	if want := `{"name":"Zercher Carry","status":"unclassified"}`; err != nil || string(data) != want {
		t.Errorf("Marshal(unclassified) = %s, %v; want %s", data, err, want)
	}
	ex := exercise.Exercise{ID: "chin-up", Name: "Chin-Up", PrimaryMuscles: exercise.MusclesOf(exercise.Lats), LoadKind: repkit.LoadBodyweight}
	m := Mapping{Name: "Chin Up (Band)", Status: MatchRewritten, Via: "Chin Up", Exercise: ex, LoadKind: repkit.LoadAssisted}
	data, err = json.Marshal(m)
	want := `{"name":"Chin Up (Band)","status":"rewritten","via":"Chin Up","exercise":{"id":"chin-up","name":"Chin-Up",` +
		`"primary_muscles":["lats"],"category":"unknown","equipment":"unknown","mechanics":"unknown","skill":"unknown",` +
		`"stability":"unknown","limiter":"unknown","stop_safety":"unknown","spinal_load":"unknown","form_drift":"unknown",` +
		`"ballistic":false,"load_kind":"bodyweight"},"load_kind":"assisted"}`
	if err != nil || string(data) != want {
		t.Errorf("Marshal(mapping):\n got %s, %v\nwant %s", data, err, want)
	}
	s := Suggestion{Exercise: ex, Via: "Chin-Up", Score: 0.75}
	if back, data := gen.JSONRoundTrip(t, s); !cmp.Equal(s, back, cmpopts.EquateEmpty()) || !strings.HasSuffix(string(data), `"via":"Chin-Up","score":0.75}`) {
		t.Errorf("Suggestion %s read back as %+v", data, back)
	}
	l := Lift{Name: "Chin Up (Band)", LoadKind: repkit.LoadAssisted}
	if data, err := json.Marshal(l); err != nil || string(data) != `{"name":"Chin Up (Band)","load_kind":"assisted"}` {
		t.Errorf("Marshal(lift) = %s, %v", data, err)
	}
}

// TestWireRoundTrip: every wire value of the package survives
// encoding/json.
func TestWireRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSet().Draw(t, "set")
		if back, data := gen.JSONRoundTrip(t, s); !cmp.Equal(s, back, effortEqual) {
			t.Fatalf("set %s: %s", data, cmp.Diff(s, back, effortEqual))
		}
		ws := genWorkouts().Draw(t, "workouts")
		for _, w := range ws {
			back, data := gen.JSONRoundTrip(t, w)
			nw, nb := normalise([]Workout{w}), normalise([]Workout{back})
			if diff := cmp.Diff(nw, nb, effortEqual); diff != "" {
				t.Fatalf("workout %s (-in +out):\n%s", data, diff)
			}
		}
		m := Mapping{
			Name:     genText().Draw(t, "name"),
			Status:   gen.Enum(Unclassified, MatchUser).Draw(t, "status"),
			Via:      genText().Draw(t, "via"),
			LoadKind: gen.Enum(repkit.LoadExternal, repkit.LoadAssisted).Draw(t, "load kind"),
		}
		if m.Status != Unclassified {
			ex, _ := exercise.ByID("leg-extension")
			m.Exercise = ex
		}
		if back, data := gen.JSONRoundTrip(t, m); !cmp.Equal(m, back, cmpopts.EquateEmpty()) {
			t.Fatalf("mapping %s: %s", data, cmp.Diff(m, back, cmpopts.EquateEmpty()))
		}
		ev := rapid.SliceOfN(rapid.SliceOfN(gen.Enum(EvidenceMarked, EvidenceExerciseNote), 1, 3), 0, 3).Draw(t, "evidence")
		r := Recovered{Workout: rapid.IntRange(0, 9).Draw(t, "w"), Exercise: 1, First: 2, Count: len(ev) + 1, Evidence: ev}
		back, data := gen.JSONRoundTrip(t, r)
		if diff := cmp.Diff(r.Evidence, back.Evidence, cmpopts.EquateEmpty()); diff != "" || back.Workout != r.Workout || back.Count != r.Count {
			t.Fatalf("recovered %s (-in +out):\n%s", data, diff)
		}
	})
}

// TestEvidenceOldNames: records stored with the run-together names of
// earlier versions still read.
func TestEvidenceOldNames(t *testing.T) {
	var ev []Evidence
	if err := json.Unmarshal([]byte(`["resttimer","SameLoadDrop","exercisenote","rest-timer"]`), &ev); err != nil ||
		!cmp.Equal(ev, []Evidence{EvidenceRestTimer, EvidenceSameLoad, EvidenceExerciseNote, EvidenceRestTimer}) {
		t.Errorf("old names: %v, %v", ev, err)
	}
	if data, err := json.Marshal([]Evidence{EvidenceRestTimer, EvidenceSameLoad}); err != nil || string(data) != `["rest-timer","same-load-drop"]` {
		t.Errorf("Marshal = %s, %v", data, err)
	}
}

// FuzzWireJSON decodes arbitrary bytes into each wire type of the package;
// whatever decodes re-encodes and decodes again to the same value.
func FuzzWireJSON(f *testing.F) {
	f.Add([]byte(goldenHistoryJSON))
	f.Add([]byte(`{"kind":"working","load":"100kg","reps":8,"effort":"rpe 8","rest":90,"duration":"2.5s"}`))
	f.Add([]byte(`{"start":"2024-03-04T18:00:00Z","duration":3900,"exercises":[{"name":"x","sets":[{"rest":1e3}]}]}`))
	f.Add([]byte(`{"name":"Chin Up (Band)","status":"rewritten","via":"Chin Up","load_kind":"assisted"}`))
	f.Add([]byte(`{"workout":1,"exercise":0,"first":2,"count":2,"evidence":[["resttimer","note"]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gen.WireFixpoint[Set](t, data, effortEqual)
		gen.WireFixpoint[Workout](t, data, effortEqual, cmpopts.EquateEmpty())
		gen.WireFixpoint[Mapping](t, data, cmpopts.EquateEmpty())
		// A Suggestion always holds a catalog exercise; one decoded
		// without any (from {}) cannot be written back, as the zero
		// Exercise is not valid.
		var sg Suggestion
		if json.Unmarshal(data, &sg) == nil && sg.Exercise.Validate() == nil {
			gen.WireFixpoint[Suggestion](t, data, cmpopts.EquateEmpty())
		}
		gen.WireFixpoint[Lift](t, data, effortEqual, cmpopts.EquateEmpty())
		if h, err := ReadJSON(bytes.NewReader(data)); err == nil {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, h); err != nil {
				t.Fatalf("ReadJSON accepted what WriteJSON refuses: %v", err)
			}
			back, err := ReadJSON(&buf)
			if err != nil {
				t.Fatalf("WriteJSON wrote what ReadJSON refuses: %v\n%s", err, buf.Bytes())
			}
			if diff := cmp.Diff(h, back, effortEqual, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("history round trip (-first +second):\n%s", diff)
			}
		}
	})
}

// TestWireStructsMirrorTags: the wire structs behind Set's and Workout's
// JSON methods write exactly the keys, with the same options, that the
// types' own tags name.
func TestWireStructsMirrorTags(t *testing.T) {
	tags := func(v any) []string {
		var out []string
		rt := reflect.TypeOf(v)
		for i := range rt.NumField() {
			out = append(out, rt.Field(i).Name+" "+rt.Field(i).Tag.Get("json"))
		}
		return out
	}
	if diff := cmp.Diff(tags(Set{}), tags(setWire{})); diff != "" {
		t.Errorf("Set and setWire tags (-Set +setWire):\n%s", diff)
	}
	if diff := cmp.Diff(tags(Workout{}), tags(workoutWire{})); diff != "" {
		t.Errorf("Workout and workoutWire tags (-Workout +workoutWire):\n%s", diff)
	}
	// And what ReadJSON decodes, the same keys again.
	if diff := cmp.Diff(tags(Set{}), tags(setIn{})); diff != "" {
		t.Errorf("Set and setIn tags (-Set +setIn):\n%s", diff)
	}
	var in historyIn
	if diff := cmp.Diff(tags(History{})[:3], tags(in)); diff != "" {
		t.Errorf("History and historyIn tags (-History +historyIn):\n%s", diff)
	}
	rw := reflect.TypeOf(in.Workouts).Elem()
	if diff := cmp.Diff(tags(Workout{}), tags(reflect.New(rw).Elem().Interface())); diff != "" {
		t.Errorf("Workout and historyIn's workout tags:\n%s", diff)
	}
	re := rw.Field(5).Type.Elem()
	if diff := cmp.Diff(tags(ExerciseLog{}), tags(reflect.New(re).Elem().Interface())); diff != "" {
		t.Errorf("ExerciseLog and historyIn's exercise tags:\n%s", diff)
	}
}

// TestReadJSONErrorsPointIntoTheDocument: a type error deep in a set has
// its offset in the whole document and a path of wire keys; a duration
// error names its path.
func TestReadJSONErrorsPointIntoTheDocument(t *testing.T) {
	doc := strings.Replace(goldenHistoryJSON, `"reps":8`, `"reps":"8"`, 1)
	at := strings.Index(doc, `"reps":"8"`)
	_, err := ReadJSON(strings.NewReader(doc))
	var je *jsonError
	if !errors.As(err, &je) || je.offset < int64(at) || je.offset > int64(at+len(`"reps":"8"`)) {
		t.Errorf("ReadJSON = %v, want a JSON error at about offset %d", err, at)
	}
	if err != nil && (strings.Contains(err.Error(), "Wire") || strings.Contains(err.Error(), "In.")) {
		t.Errorf("error %q names an internal type", err)
	}
	doc = strings.Replace(goldenHistoryJSON, `"duration":2.5`, `"duration":"soon"`, 1)
	_, err = ReadJSON(strings.NewReader(doc))
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "workouts[0].exercises[1].sets[0].duration" || fe.Value != `"soon"` || !errors.Is(err, repkit.ErrSyntax) {
		t.Errorf("ReadJSON = %v, want a FieldError on workouts[0].exercises[1].sets[0].duration", err)
	}
	doc = strings.Replace(goldenHistoryJSON, `"line":4`, `"line":4,"colour":"red"`, 1)
	if _, err := ReadJSON(strings.NewReader(doc)); err == nil || !strings.Contains(err.Error(), "colour") {
		t.Errorf("an unknown key in a set: %v", err)
	}
}

// isNumber: an optional minus, digits and at most one point, with at
// least one digit.
func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"1": true, "-1.5": true, "1.": true, ".5": true, "0": true,
		"": false, "-": false, ".": false, "-.": false, "1.2.3": false, "--1": false, "+1": false, "1-": false, "1e3": false,
	} {
		if got := isNumber([]byte(s)); got != want {
			t.Errorf("isNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
