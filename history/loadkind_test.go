package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
)

// The two fixtures log the same three workouts in Strong's semicolon
// export (pounds stated on every row) and in Hevy's weight_lbs export:
// an assisted pull-up at 50, 40 and 30 lb of help after a 70 lb warm-up,
// a band pull-up, weighted dips, and push-ups and crunches at zero. The
// expected kinds and top sets are read off the rows by hand: the top set
// of an assisted exercise is the least help (30 lb, not 50 lb), of a
// weighted dip the most added load (45 lb x 5), of body-weight work at
// zero the most reps.
func TestLoadKindFixtures(t *testing.T) {
	lb := repkit.Pound
	type top struct {
		kind repkit.LoadKind
		load repkit.Load
		reps int
	}
	as, bw, ext := repkit.LoadAssisted, repkit.LoadBodyweight, repkit.LoadExternal
	for _, c := range []struct {
		file string
		dip  string
	}{{"strong_loadkinds.csv", "Chest Dip (Weighted)"}, {"hevy_loadkinds.csv", "Triceps Dip (Weighted)"}} {
		t.Run(c.file, func(t *testing.T) {
			h, skipped, err := importFile(t, c.file, Options{})
			if err != nil || len(skipped) != 0 {
				t.Fatalf("import: %v %v", err, skipped)
			}
			want := [][]struct {
				name string
				top  top
			}{
				{{"Pull Up (Assisted)", top{as, 30 * lb, 6}}, {"Pull Up (Band)", top{as, 25 * lb, 8}}, {"Crunch", top{bw, 0, 25}}},
				{{c.dip, top{bw, 45 * lb, 5}}, {"Push Up", top{bw, 0, 15}}, {"Chest Fly (Band)", top{ext, 0, 15}}},
				{{"Pull Up (Assisted)", top{as, 40 * lb, 10}}}, // 45 lb is more help, not a better set
			}
			if len(h.Workouts) != len(want) {
				t.Fatalf("%d workouts, want %d", len(h.Workouts), len(want))
			}
			for wi, w := range h.Workouts {
				if len(w.Exercises) != len(want[wi]) {
					t.Fatalf("workout %d: %d exercises, want %d", wi, len(w.Exercises), len(want[wi]))
				}
				for ei, e := range w.Exercises {
					wt := want[wi][ei]
					if e.Name != wt.name || e.LoadKind != wt.top.kind {
						t.Errorf("workout %d: %q %v, want %q %v", wi, e.Name, e.LoadKind, wt.name, wt.top.kind)
					}
					i, ok := e.TopSet()
					if !ok || e.Sets[i].Load != wt.top.load || e.Sets[i].Reps != wt.top.reps {
						t.Errorf("workout %d %q: top set %d (%v), want %v x %d", wi, e.Name, i, e.Sets[i], wt.top.load, wt.top.reps)
					}
				}
			}
			// The best across both assisted pull-up workouts is the least help.
			all := append(append([]Set(nil), h.Workouts[0].Exercises[0].Sets...), h.Workouts[2].Exercises[0].Sets...)
			if i, _ := TopSet(as, all); all[i].Load != 30*lb {
				t.Errorf("best assisted set %v, want 30 lb", all[i])
			}
			// The drop set at the same load is a rest-pause burst, and the
			// record says its load is assistance.
			rec := Recover(h, RecoverOptions{})
			if len(rec) != 1 || rec[0].Record.LoadKind != as || rec[0].Record.Load != 40*lb || rec[0].Record.TotalReps() != 14 {
				t.Fatalf("recovered %+v, want one assisted 40 lb set of 10+4", rec)
			}
			if err := rec[0].Record.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestMapNameLoadKind(t *testing.T) {
	cat := CatalogFunc(exercise.Lookup)
	for _, c := range []struct {
		cat  Catalog
		name string
		id   string
		want repkit.LoadKind
	}{
		{cat, "Pull Up (Band)", "pull-up", repkit.LoadAssisted},
		{cat, "Chin Up (Band)", "chin-up", repkit.LoadAssisted}, // the band's help, not band equipment
		{cat, "Chest Dip (Band)", "chest-dip", repkit.LoadAssisted},
		{cat, "Lat Pulldown (Band)", "", repkit.LoadExternal}, // band equipment, not the cable pulldown
		{cat, "Pull Up", "pull-up", repkit.LoadBodyweight},
		{cat, "Pull Up (Weighted)", "pull-up", repkit.LoadBodyweight},
		{cat, "Chin Up (Assisted)", "assisted-pull-up", repkit.LoadAssisted},
		{cat, "Triceps Dip (Assisted)", "assisted-dip-machine", repkit.LoadAssisted},
		{cat, "Band-Assisted Chin-Up", "", repkit.LoadAssisted},
		{cat, "Chest Fly (Band)", "band-chest-fly", repkit.LoadExternal},
		{cat, "Bench Press (Barbell)", "barbell-bench-press", repkit.LoadExternal},
		{nil, "Pull Up (Assisted)", "", repkit.LoadAssisted},
		{nil, "Weighted Dips", "", repkit.LoadBodyweight},
		{nil, "Push Up", "", repkit.LoadExternal},
	} {
		m := MapName(c.cat, c.name)
		if m.Exercise.ID != c.id || m.LoadKind != c.want {
			t.Errorf("MapName(%q) = %q %v, want %q %v", c.name, m.Exercise.ID, m.LoadKind, c.id, c.want)
		}
	}
}

func TestImportCatalogOption(t *testing.T) {
	const csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
		"2024-01-01 10:00:00,W,1h,Push Up,1,0,10,0,0,,,\n" +
		"2024-01-01 10:00:00,W,1h,Pull Up (Band),1,20,8,0,0,,,\n" +
		"2024-01-01 10:00:00,W,1h,Pull Up (Assisted),1,20,8,0,0,,,\n"
	none := CatalogFunc(func(string) (exercise.Exercise, bool) { return exercise.Exercise{}, false })
	for _, c := range []struct {
		name string
		cat  Catalog
		want []repkit.LoadKind
	}{
		{"built-in", nil, []repkit.LoadKind{repkit.LoadBodyweight, repkit.LoadAssisted, repkit.LoadAssisted}},
		{"names only", none, []repkit.LoadKind{repkit.LoadExternal, repkit.LoadExternal, repkit.LoadAssisted}},
	} {
		h, _, err := Import(strings.NewReader(csv), Options{Unit: repkit.UnitKilogram, Catalog: c.cat})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range h.Workouts[0].Exercises {
			if e.LoadKind != c.want[i] {
				t.Errorf("%s: %q %v, want %v", c.name, e.Name, e.LoadKind, c.want[i])
			}
		}
	}
}

// No app this package reads is documented to write assistance below zero
// (Strong and Hevy write the help as a positive number, as the fixtures
// do), but apps that let lifters type it do, and an export may carry it:
// a negative weight on an assisted exercise is read as that much help and
// marked, and anywhere else stays an error that says how to log help.
func TestNegativeAssistance(t *testing.T) {
	strong := "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
	opts := Options{Unit: repkit.UnitPound}
	h, _, err := Import(strings.NewReader(strong+"2024-01-01 10:00:00,W,1h,Pull Up (Assisted),1,-30,8,0,0,,,\n"+
		"2024-01-01 10:00:00,W,1h,Pull Up (Assisted),2,40,8,0,0,,,\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	e := h.Workouts[0].Exercises[0]
	if s := e.Sets[0]; s.Load != 30*repkit.Pound || !s.NegativeLoad || e.Sets[1].NegativeLoad {
		t.Fatalf("sets %+v, want 30 lb marked negative, then 40 lb unmarked", e.Sets)
	}
	if i, _ := e.TopSet(); i != 0 {
		t.Errorf("top set %d, want the 30 lb set", i)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, h.Workouts); err != nil || !strings.Contains(buf.String(), ",-13.6077711kg,") {
		t.Fatalf("CSV %q, %v: want the load written as -13.6077711kg (30 lb)", buf.String(), err)
	}
	back, _, err := Import(&buf, Options{})
	if err != nil || !back.Workouts[0].Exercises[0].Sets[0].NegativeLoad || back.Workouts[0].Exercises[0].Sets[0].Load != 30*repkit.Pound {
		t.Fatalf("CSV read back %+v, %v", back, err)
	}
	data, err := json.Marshal(h)
	if err != nil || !strings.Contains(string(data), `"negative_load":true`) || !strings.Contains(string(data), `"load_kind":"assisted"`) {
		t.Fatalf("JSON %s, %v", data, err)
	}
	for _, name := range []string{"Pull Up", "Bench Press (Barbell)"} {
		_, _, err := Import(strings.NewReader(strong+"2024-01-01 10:00:00,W,1h,"+name+",1,-30,8,0,0,,,\n"), opts)
		if !errors.Is(err, repkit.ErrNegative) || !strings.Contains(err.Error(), "assisted exercise") {
			t.Errorf("%s at -30: %v, want ErrNegative saying how to log assistance", name, err)
		}
	}
	bad := []Workout{{Exercises: []ExerciseLog{{Name: "Lat Pulldown", Sets: []Set{{Load: repkit.Kilogram, Reps: 5, NegativeLoad: true}}}}}}
	var fe *FieldError
	if err := WriteCSV(&buf, bad); !errors.As(err, &fe) || fe.Field != "workouts[0].exercises[0].sets[0].negative_load" {
		t.Errorf("negative load on an external exercise: %v", err)
	}
	bad[0].Exercises[0].Sets[0].NegativeLoad = false
	bad[0].Exercises[0].LoadKind = repkit.LoadKind(9)
	if err := (&History{Workouts: bad}).Validate(); !errors.As(err, &fe) || fe.Field != "workouts[0].exercises[0].load_kind" || !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("LoadKind(9): %v", err)
	}
}

// repkit's CSV gained load_kind after its other columns: a file written
// before it still reads, with kinds from the names; a stated kind wins
// over the name; a kind that names none is a cell error.
func TestRepkitCSVLoadKind(t *testing.T) {
	old := strings.Join(repkitHeader, ",") + "\n" +
		"1,2024-01-01T10:00:00Z,,,W,,1,Pull Up (Band),,,1,working,10kg,8,,,,,,,\n" +
		"1,2024-01-01T10:00:00Z,,,W,,2,Lat Pulldown,,,1,working,40kg,8,,,,,,,\n"
	h, _, err := Import(strings.NewReader(old), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if k := h.Workouts[0].Exercises[0].LoadKind; k != repkit.LoadAssisted {
		t.Errorf("old file, band pull-up: %v, want assisted", k)
	}
	stated := strings.Join(repkitHeader, ",") + ",load_kind\n" +
		"1,2024-01-01T10:00:00Z,,,W,,1,Pull Up (Band),,,1,working,10kg,8,,,,,,,,external\n" +
		"1,2024-01-01T10:00:00Z,,,W,,2,Lat Pulldown,,,1,working,40kg,8,,,,,,,,assisted\n" +
		"1,2024-01-01T10:00:00Z,,,W,,3,Push Up,,,1,working,0kg,8,,,,,,,,\n"
	h, _, err = Import(strings.NewReader(stated), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []repkit.LoadKind{repkit.LoadExternal, repkit.LoadAssisted, repkit.LoadBodyweight} {
		if k := h.Workouts[0].Exercises[i].LoadKind; k != want {
			t.Errorf("stated file, exercise %d: %v, want %v", i, k, want)
		}
	}
	_, _, err = Import(strings.NewReader(strings.Replace(stated, ",assisted", ",counterweight", 1)), Options{})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "load_kind" || !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("unknown load_kind: %v", err)
	}
}

// For any sets, the top set of an assisted exercise has the least
// assistance of the sets that count, and the most reps at it; more
// assistance added to the log is never a new top set. For an external
// load the top set is the heaviest. Checked against a plain minimum and
// maximum, not against TopSet's own loop.
func TestTopSetProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sets := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Set {
			return Set{
				Kind: gen.Enum(KindUnknown, KindRestPause).Draw(t, "kind"),
				Load: repkit.Load(rapid.IntRange(0, 20).Draw(t, "steps")) * 2500 * repkit.Gram,
				Reps: rapid.IntRange(0, 15).Draw(t, "reps"),
			}
		}), 0, 12).Draw(t, "sets")
		var least, most repkit.Load = -1, -1
		for _, s := range sets {
			if s.Kind.Counts() && s.Reps > 0 {
				if least < 0 || s.Load < least {
					least = s.Load
				}
				most = max(most, s.Load)
			}
		}
		for _, c := range []struct {
			kind repkit.LoadKind
			want repkit.Load
		}{{repkit.LoadAssisted, least}, {repkit.LoadExternal, most}, {repkit.LoadBodyweight, most}} {
			i, ok := TopSet(c.kind, sets)
			if ok != (least >= 0) {
				t.Fatalf("%v: ok %v with %d counted sets", c.kind, ok, least)
			}
			if !ok {
				continue
			}
			top := sets[i]
			if !top.Kind.Counts() || top.Reps <= 0 || top.Load != c.want {
				t.Fatalf("%v: top set %+v, want a counted set at %v", c.kind, top, c.want)
			}
			for _, s := range sets {
				if s.Kind.Counts() && s.Load == top.Load && s.Reps > top.Reps {
					t.Fatalf("%v: top set %+v, but %+v has more reps at that load", c.kind, top, s)
				}
			}
		}
		if least >= 0 {
			more := append(append([]Set(nil), sets...), Set{Kind: KindWorking, Load: least + repkit.Load(rapid.Int64Range(1, 1e6).Draw(t, "more")), Reps: 20})
			i, _ := TopSet(repkit.LoadAssisted, sets)
			j, _ := TopSet(repkit.LoadAssisted, more)
			if i != j {
				t.Fatalf("a set with more assistance moved the top set from %d to %d", i, j)
			}
		}
	})
}

// Through the importers: for any assisted pull-up logged in Strong's and
// Hevy's pound exports, the top set is at the least help the rows wrote.
func TestTopSetImportProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		helps := rapid.SliceOfN(rapid.IntRange(0, 20), 1, 8).Draw(t, "help") // in 5 lb steps
		var strong, hevy strings.Builder
		strong.WriteString("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n")
		hevy.WriteString(`"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"` + "\n")
		least := helps[0]
		for i, h := range helps {
			least = min(least, h)
			fmt.Fprintf(&strong, "\"2024-04-01 18:00:00\";\"Pull\";\"Pull Up (Assisted)\";\"%d\";\"%d\";\"lbs\";\"8\";\"\";\"\";\"\";\"\";\"\";\"\";\"1h\"\n", i+1, 5*h)
			fmt.Fprintf(&hevy, "\"Pull\",\"1 Apr 2024, 18:00\",\"1 Apr 2024, 19:00\",\"\",\"Pull Up (Assisted)\",,\"\",%d,\"normal\",%d,8,,,\n", i, 5*h)
		}
		for _, src := range []string{strong.String(), hevy.String()} {
			h, _, err := Import(strings.NewReader(src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			e := h.Workouts[0].Exercises[0]
			i, ok := e.TopSet()
			if e.LoadKind != repkit.LoadAssisted || !ok || e.Sets[i].Load != repkit.Load(5*least)*repkit.Pound {
				t.Fatalf("%v top set %v, want %d lb of help", e.LoadKind, e.Sets[i], 5*least)
			}
		}
	})
}
