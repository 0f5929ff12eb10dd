package history

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
)

// The unit fixtures were written for these tests: strong_lbs.csv is a
// Strong semicolon export stating "lbs" on every row, strong_mixed_units.csv
// a lifter who logged kg for three weeks and then lbs, and hevy_lbs_log.csv
// a Hevy export with weight_lbs.
func TestImportUnitFixtures(t *testing.T) {
	for _, c := range []struct {
		file   string
		opts   Options
		reader repkit.Unit // Reader.Unit: what the header says
		want   repkit.Unit // History.Unit
	}{
		{"strong_lbs.csv", Options{}, repkit.UnitUnknown, repkit.UnitPound},
		{"strong_mixed_units.csv", Options{}, repkit.UnitUnknown, repkit.UnitPound},
		// A stated unit does not override what the rows say.
		{"strong_mixed_units.csv", Options{Unit: repkit.UnitKilogram}, repkit.UnitUnknown, repkit.UnitPound},
		{"hevy_lbs_log.csv", Options{}, repkit.UnitPound, repkit.UnitPound},
		{"hevy_kg.csv", Options{}, repkit.UnitKilogram, repkit.UnitKilogram},
		{"strong_rpe.csv", Options{Unit: repkit.UnitPound}, repkit.UnitPound, repkit.UnitPound},
	} {
		h, skipped, err := importFile(t, c.file, c.opts)
		if err != nil || len(skipped) != 0 {
			t.Fatalf("%s: %v %v", c.file, err, skipped)
		}
		if h.Unit != c.want || h.DisplayUnit() != c.want {
			t.Errorf("%s: Unit %v, DisplayUnit %v; want %v", c.file, h.Unit, h.DisplayUnit(), c.want)
		}
		f := strings.NewReader(mustRead(t, "testdata/"+c.file))
		rd, err := NewReader(f, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		if rd.Unit() != c.reader {
			t.Errorf("%s: Reader.Unit %v, want %v", c.file, rd.Unit(), c.reader)
		}
	}
}

// Each row says the unit its weight was written in; the 140 lb bench set
// is exactly 140 x 0.45359237 kg.
func TestRowUnitMixedLog(t *testing.T) {
	rd, err := NewReader(strings.NewReader(mustRead(t, "testdata/strong_mixed_units.csv")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]int{}
	for {
		row, err := rd.Next()
		if err != nil {
			break
		}
		units[row.Set.Load.Display(row.Unit)+" "+row.Unit.String()]++
		if row.Unit == repkit.UnitPound && row.Set.Load != 0 && row.Set.Load%(5*repkit.Pound) != 0 {
			t.Errorf("line %d: %v is not a multiple of 5 lb", row.Line, row.Set.Load)
		}
	}
	want := map[string]int{"60kg kg": 3, "62.5kg kg": 6, "0kg kg": 9, "140lb lb": 6, "145lb lb": 3, "0lb lb": 9}
	if diff := cmp.Diff(want, units); diff != "" {
		t.Errorf("row loads and units (-want +got):\n%s", diff)
	}
}

// The latest row decides a mixed log whatever the file order: the same
// rows newest first still give pounds, and a file whose last workout is in
// kg gives kilograms.
func TestMixedUnitLatestWins(t *testing.T) {
	text := mustRead(t, "testdata/strong_mixed_units.csv")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	reversed := []string{lines[0]}
	for i := len(lines) - 1; i > 0; i-- {
		reversed = append(reversed, lines[i])
	}
	h, _, err := Import(strings.NewReader(strings.Join(reversed, "\n")+"\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h.Unit != repkit.UnitPound {
		t.Errorf("newest first: Unit %v, want lb", h.Unit)
	}
	back := lines[0] + "\n" + strings.Join(lines[1:], "\n") + "\n" +
		`"2026-04-01 18:00:00";"Upper Lower";"Bench Press (Barbell)";"1";"65";"kg";"8";"";"";"";"";"";"";"1h"` + "\n"
	if h, _, err = Import(strings.NewReader(back), Options{}); err != nil || h.Unit != repkit.UnitKilogram {
		t.Errorf("back to kg on 04-01: Unit %v, %v; want kg", h.Unit, err)
	}
}

// A log of bodyweight work only names no unit of its own: it takes the
// stated one, or none.
func TestUnitBodyweightOnly(t *testing.T) {
	const text = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n" +
		`"2026-01-05 18:00:00";"Core";"Plank";"1";"";"";"";"";"";"";"60";"";"";"10m"` + "\n"
	for _, stated := range []repkit.Unit{repkit.UnitUnknown, repkit.UnitPound} {
		h, _, err := Import(strings.NewReader(text), Options{Unit: stated})
		if err != nil {
			t.Fatal(err)
		}
		if h.Unit != stated {
			t.Errorf("stated %v: Unit %v", stated, h.Unit)
		}
	}
	if got := (&History{}).DisplayUnit(); got != repkit.UnitKilogram {
		t.Errorf("zero History DisplayUnit %v, want kg", got)
	}
}

// WriteHistoryCSV keeps the unit: loads written in it read back exactly,
// and the History read back has the same display unit.
func testHistoryCSVRoundTrip(t *rapid.T) {
	in := &History{
		Unit:     repkit.Unit(rapid.IntRange(0, 3).Draw(t, "unit")),
		Workouts: genWorkouts().Draw(t, "workouts"),
	}
	var buf bytes.Buffer
	if err := WriteHistoryCSV(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, skipped, err := Import(bytes.NewReader(buf.Bytes()), Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("reading back: %v %v\n%s", err, skipped, buf.String())
	}
	if diff := cmp.Diff(normalise(in.Workouts), normalise(out.Workouts), cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })); diff != "" {
		t.Fatalf("round trip (-in +out):\n%s\n%s", diff, buf.String())
	}
	sets := 0
	for _, w := range in.Workouts {
		for _, e := range w.Exercises {
			sets += len(e.Sets)
		}
	}
	want := repkit.UnitUnknown
	if sets > 0 {
		want = in.DisplayUnit()
	}
	if out.Unit != want {
		t.Fatalf("unit %v written, %v read back (%d sets)", in.Unit, out.Unit, sets)
	}
}

func TestHistoryCSVRoundTrip(t *testing.T) { rapid.Check(t, testHistoryCSVRoundTrip) }

func TestWriteHistoryCSVPounds(t *testing.T) {
	h := &History{Unit: repkit.UnitPound, Workouts: []Workout{{
		Start:     time.Date(2026, 1, 5, 18, 0, 0, 0, time.UTC),
		Exercises: []ExerciseLog{{Name: "Bench Press (Barbell)", Sets: []Set{{Kind: KindWorking, Load: 140 * repkit.Pound, Reps: 8}}}},
	}}}
	var buf bytes.Buffer
	if err := WriteHistoryCSV(&buf, h); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); !strings.Contains(s, ",140lb,8,") || strings.Contains(s, "63.5029318kg") {
		t.Errorf("WriteHistoryCSV:\n%s", s)
	}
}

// A rest-pause set recovered from a pound log carries the unit and is
// explained in pounds: 27.5 lb, not its exact 12.473790175 kg.
func TestRecoverPounds(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"strong_lbs.csv", "Bicep Curl (Dumbbell) on 2026-02-23: sets 1-3 at 27.5lb (12+4+3 reps)"},
		{"hevy_lbs_log.csv", "Leg Extension (Machine) on 2026-03-23: sets 1-3 at 112.5lb (14+5+3 reps)"},
	} {
		h, _, err := importFile(t, c.file, Options{})
		if err != nil {
			t.Fatal(err)
		}
		rs := Recover(h, RecoverOptions{})
		if len(rs) != 1 {
			t.Fatalf("%s: %d recovered, want 1", c.file, len(rs))
		}
		if rs[0].Record.Unit != repkit.UnitPound {
			t.Errorf("%s: record unit %v, want lb", c.file, rs[0].Record.Unit)
		}
		if got := rs[0].Explain(); !strings.HasPrefix(got, c.want) || strings.Contains(got, "kg") {
			t.Errorf("%s: Explain = %q, want it to start %q", c.file, got, c.want)
		}
	}
}

// Every format that states units per row gives the History the unit its
// rows state: FitNotes' Weight Unit ("lbs"), Liftosaur's, Hevy with both
// weight columns (the lb one filled), and repkit's own load text.
func TestImportPerRowUnits(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       repkit.Unit
	}{
		{"fitnotes lbs", "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n" +
			"2026-05-01,Bench Press,Chest,135,lbs,8,,,,\n2026-05-03,Bench Press,Chest,140,lbs,8,,,,\n", repkit.UnitPound},
		{"liftosaur lb", "Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,Completed Reps,Is AMRAP?,Required RPE,Completed RPE,Log RPE?,Required Weight Value,Required Weight Unit,Completed Weight Value,Completed Weight Unit,Ask Weight?,Completed Reps Time,Target Muscles,Synergist Muscles,Notes\n" +
			"2025-06-01T09:00:00.000Z,GZCLP,Day 1,\"Squat, Barbell\",0,5,5,0,,,0,185,lb,185,lb,0,,,,\n", repkit.UnitPound},
		{"hevy both columns", `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","weight_lbs","reps","distance_km","duration_seconds","rpe"` + "\n" +
			`"Push","2 Feb 2025, 18:00","2 Feb 2025, 19:00","","Bench Press (Barbell)",,"",0,"normal",,140,8,,,` + "\n", repkit.UnitPound},
		{"repkit lb", strings.Join(repkitHeader, ",") + "\n1,2026-01-05T18:00:00Z,,,,,1,Curl,,,1,working,27.5lb,12,,,,,,,\n", repkit.UnitPound},
		{"repkit kg", strings.Join(repkitHeader, ",") + "\n1,2026-01-05T18:00:00Z,,,,,1,Curl,,,1,working,12.5kg,12,,,,,,,\n", repkit.UnitKilogram},
	} {
		h, skipped, err := Import(strings.NewReader(c.text), Options{})
		if err != nil || len(skipped) != 0 {
			t.Fatalf("%s: %v %v", c.name, err, skipped)
		}
		if h.Unit != c.want {
			t.Errorf("%s: Unit %v, want %v", c.name, h.Unit, c.want)
		}
	}
}

// Whatever the unit and the load, Explain prints the load in the record's
// unit with at most repkit.DisplayDigits decimals.
func TestExplainLoadPrecision(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := rapid.SampledFrom([]repkit.Unit{repkit.UnitKilogram, repkit.UnitPound}).Draw(t, "unit")
		load := repkit.Load(rapid.Int64Range(1, int64(300*repkit.Kilogram)).Draw(t, "load"))
		h := &History{Unit: u, Workouts: []Workout{{
			Start: time.Date(2026, 1, 5, 18, 0, 0, 0, time.UTC),
			Exercises: []ExerciseLog{{Name: "Curl", Sets: []Set{
				{Kind: KindWorking, Load: load, Reps: 12}, {Kind: KindRestPause, Load: load, Reps: 4},
			}}},
		}}}
		rs := Recover(h, RecoverOptions{})
		if len(rs) != 1 {
			t.Fatalf("%d recovered, want 1", len(rs))
		}
		s := rs[0].Explain()
		at := strings.Index(s, " at ")
		end := strings.Index(s, " (")
		text := s[at+4 : end]
		if !strings.HasSuffix(text, u.String()) {
			t.Fatalf("%q: load %q not in %v", s, text, u)
		}
		if dot := strings.IndexByte(text, '.'); dot >= 0 && len(text)-len(u.String())-dot-1 > repkit.DisplayDigits {
			t.Fatalf("%q: load %q has more than %d decimals", s, text, repkit.DisplayDigits)
		}
	})
}

// A decimal comma reads as a point in weights (also before a bare
// fraction, ",5" being half a kilogram) and in RPE, also on the slow path
// that weights of more than 19 digits take.
func TestDecimalCommaCells(t *testing.T) {
	zeros := strings.Repeat("0", 20)
	for s, want := range map[string]repkit.Load{
		"8,5": 8500 * repkit.Gram, ",5": 500 * repkit.Gram, "1,25": 1250 * repkit.Gram,
		"1," + zeros: repkit.Kilogram, ",5" + zeros: 500 * repkit.Gram, "," + zeros: 0,
	} {
		if l, err := parseWeight(s, repkit.UnitKilogram, true); err != nil || l != want {
			t.Errorf("parseWeight(%q, decimal comma) = %v, %v; want %v", s, l, err, want)
		}
		if len(s) < 5 {
			if l, err := parseWeight(s, repkit.UnitKilogram, false); err != nil || l != want {
				t.Errorf("parseWeight(%q) = %v, %v; want %v", s, l, err, want)
			}
		}
	}
	if e, err := parseRPE("8,5"); err != nil || e != repkit.AtRPE(8.5) {
		t.Errorf("parseRPE(8,5) = %v, %v; want rpe 8.5", e, err)
	}
}
