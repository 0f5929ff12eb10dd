package history_test

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// builtin is the built-in catalog as a history.Catalog.
var builtin = history.CatalogFunc(exercise.Lookup)

func rowErr(line int, err error) *history.RowError { return &history.RowError{Line: line, Err: err} }

func TestRowsNoteAndReport(t *testing.T) {
	var h history.History
	if got := h.RowsNote(); got != "" {
		t.Errorf("RowsNote of no rows = %q, want empty", got)
	}
	if got := h.RowReport(20); got != "" {
		t.Errorf("RowReport of no rows = %q, want empty", got)
	}
	bad := &history.FieldError{Field: "reps", Value: "x", Err: repkit.ErrInvalid}
	h.Skipped = []*history.RowError{rowErr(3, bad), rowErr(5, history.ErrNotDone), rowErr(9, bad)}
	h.Warnings = []*history.RowError{rowErr(7, history.ErrRow)}
	// Two unreadable rows, one set not done (counted apart), one repaired.
	if got, want := h.RowsNote(), "2 rows left out as unreadable, 1 planned set not done, 1 row repaired"; got != want {
		t.Errorf("RowsNote = %q, want %q", got, want)
	}
	want := "\nrows left out (3; the history above lacks them):\n" +
		"  line 3: " + trim(bad.Error()) + "\n" +
		"  and 2 more\n" +
		"\n" +
		"rows repaired (1; kept as read, check them):\n" +
		"  line 7: " + history.ErrRow.Error() + "\n"
	if diff := cmp.Diff(want, h.RowReport(1)); diff != "" {
		t.Errorf("RowReport(1) (-want +got):\n%s", diff)
	}
	h.Warnings = nil
	h.Skipped = h.Skipped[1:2]
	if got, want := h.RowsNote(), "1 planned set not done"; got != want {
		t.Errorf("RowsNote = %q, want %q", got, want)
	}
	if got, want := h.RowReport(0), "\nrows left out (1; the history above lacks them):\n  line 5: "+history.ErrNotDone.Error()+"\n"; got != want {
		t.Errorf("RowReport(0) = %q, want %q", got, want)
	}
}

// trim takes the "history: " prefix off an error text, as RowReport does.
func trim(s string) string { return s[len("history: "):] }

func TestTimedOnly(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, time.May, d, 18, 0, 0, 0, time.UTC) }
	plank := history.ExerciseLog{Name: "Plank", Sets: []history.Set{{Kind: history.KindWorking, Duration: time.Minute}}}
	run := history.ExerciseLog{Name: "Running", Sets: []history.Set{{Kind: history.KindWorking, Distance: "5km"}}}
	squat := history.ExerciseLog{Name: "Squat", Sets: []history.Set{{Kind: history.KindWorking, Load: 100 * repkit.Kilogram, Reps: 5}}}
	empty := history.ExerciseLog{Name: "Stretch", Sets: []history.Set{{Kind: history.KindWorking}}}
	// A carry logged once with reps is a lift; its timed workout is not listed.
	carryTimed := history.ExerciseLog{Name: "Farmer Carry", Sets: []history.Set{{Kind: history.KindWorking, Duration: 30 * time.Second}}}
	carryReps := history.ExerciseLog{Name: "Farmer Carry", Sets: []history.Set{{Kind: history.KindWorking, Load: 30 * repkit.Kilogram, Reps: 10}}}
	h := &history.History{Workouts: []history.Workout{ // out of date order: TimedOnly orders by date
		{Start: day(3), Exercises: []history.ExerciseLog{plank, squat, carryReps}},
		{Start: day(1), Exercises: []history.ExerciseLog{run, plank, empty, carryTimed}},
		{Start: day(2), Exercises: []history.ExerciseLog{plank}},
	}}
	want := []history.TimedExercise{{Name: "Running", Workouts: 1}, {Name: "Plank", Workouts: 3}}
	got := history.TimedOnly(h)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("TimedOnly (-want +got):\n%s", diff)
	}
	if s := fmt.Sprint(got[0], "; ", got[1]); s != "Running (1 workout); Plank (3 workouts)" {
		t.Errorf("String = %q", s)
	}
	if got := history.TimedOnly(&history.History{}); got != nil {
		t.Errorf("TimedOnly of an empty history = %v, want nil", got)
	}
}

func TestMatchedBy(t *testing.T) {
	for _, c := range []struct {
		m    history.Mapping
		want string
	}{
		{history.Mapping{}, ""},
		{history.Mapping{Status: history.MatchExact, Via: "squat"}, "catalog name"},
		{history.Mapping{Status: history.MatchAlias, Via: "Bench Press (Barbell)"}, "catalog alias"},
		{history.Mapping{Status: history.MatchUser, Via: "Leg Press (Gelb)"}, "your alias"},
		{history.Mapping{Status: history.MatchRewritten, Via: "leg extension"}, `read as "leg extension"`},
	} {
		if got := c.m.MatchedBy(); got != c.want {
			t.Errorf("MatchedBy of %v = %q, want %q", c.m.Status, got, c.want)
		}
	}
}

func TestSuggestionString(t *testing.T) {
	s := history.Suggestion{Exercise: exercise.Exercise{ID: "leg-press", Name: "Leg Press"}, Via: "leg press", Score: 0.7}
	if got, want := s.String(), "Leg Press (leg-press)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

func TestResolverAndRecords(t *testing.T) {
	resolve := history.Resolver(builtin)
	ex, ok := resolve(&restpause.Record{Exercise: "Squat (Barbell)"})
	if !ok || ex.ID != "back-squat" {
		t.Errorf("Resolve(Squat (Barbell)) = %q, %v; want back-squat, true", ex.ID, ok)
	}
	if ex, ok := resolve(&restpause.Record{Exercise: "Zercher Sandbag Walk"}); ok {
		t.Errorf("Resolve of an unknown name = %q, true; want false", ex.ID)
	}
	if _, ok := history.Resolver(nil)(&restpause.Record{Exercise: "squat"}); ok {
		t.Error("a nil catalog resolved a name")
	}
	rec := []history.Recovered{{Record: restpause.Record{Exercise: "a"}}, {Record: restpause.Record{Exercise: "b"}}}
	got := history.Records(rec)
	if len(got) != 2 || got[0].Exercise != "a" || got[1].Exercise != "b" {
		t.Errorf("Records = %v", got)
	}
	if history.Records(nil) != nil {
		t.Error("Records(nil) is not nil")
	}
}

// bench is a bench press lift of three sessions, worked by hand with Epley
// (load x (1 + reps/30)): 90 kg x 10, 9 gives 90 x 4/3 = 120 kg; 60 kg x
// 12 is past 10 reps and gives nothing; 80 kg x 3, 6 gives 80 x 1.2 = 96
// kg, its best set; the last session is a rest-pause set at 70 kg.
func bench() history.Lift {
	day := func(d int) time.Time { return time.Date(2025, time.June, d, 0, 0, 0, 0, time.UTC) }
	return history.Lift{Name: "Bench Press (Barbell)", Outings: []progression.Outing{
		{Date: day(1), Load: 90 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 10}, {Reps: 9}}},
		{Date: day(4), Load: 60 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 12}}},
		{Date: day(8), Load: 80 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 3}, {Reps: 6}}},
		{Date: day(11), Load: 70 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 8}},
			RestPause: []restpause.Record{{Load: 75 * repkit.Kilogram, Activation: restpause.Burst{Reps: 8}}}},
	}}
}

func TestLiftE1RMsAndLastLoad(t *testing.T) {
	l := bench()
	d := func(i int) time.Time { return l.Outings[i].Date }
	// The last session: its straight 70 x 8 gives 70 x 38/30 = 88.666... kg.
	last, _ := repkit.FromKilograms(70.0 * 38 / 30)
	want := []fatigue.Measure{
		{Date: d(0), Lift: l.Name, E1RM: 120 * repkit.Kilogram},
		{Date: d(2), Lift: l.Name, E1RM: 96 * repkit.Kilogram},
		{Date: d(3), Lift: l.Name, E1RM: last},
	}
	if diff := cmp.Diff(want, l.E1RMs()); diff != "" {
		t.Errorf("E1RMs (-want +got):\n%s", diff)
	}
	if got := l.LastLoad(); got != 75*repkit.Kilogram {
		t.Errorf("LastLoad = %v, want the rest-pause set's 75kg", got)
	}
	if got := (history.Lift{}).LastLoad(); got != 0 {
		t.Errorf("LastLoad of no outings = %v, want 0", got)
	}
	if got := (history.Lift{}).E1RMs(); got != nil {
		t.Errorf("E1RMs of no outings = %v, want nil", got)
	}
}

func TestMainLiftE1RMs(t *testing.T) {
	b := bench()
	ext := history.Lift{Name: "Leg Extension", Outings: b.Outings} // suitable for rest-pause: not a main lift
	dip := history.Lift{Name: "Weighted Dip", LoadKind: repkit.LoadBodyweight, Outings: b.Outings}
	unknown := history.Lift{Name: "Zercher Sandbag Walk", Outings: b.Outings}
	squat := history.Lift{Name: "Squat (Barbell)", Outings: []progression.Outing{b.Outings[0], {Load: 0, Sets: []progression.WorkSet{{Reps: 5}}}}}
	got := history.MainLiftE1RMs([]history.Lift{ext, b, dip, unknown, squat}, builtin)
	if diff := cmp.Diff(b.E1RMs(), got); diff != "" {
		t.Errorf("MainLiftE1RMs: want the bench press's alone (-want +got):\n%s", diff)
	}
}

func TestShowIn(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone data:", err)
	}
	start := time.Date(2025, time.June, 1, 22, 30, 0, 0, time.UTC)
	h := &history.History{Workouts: []history.Workout{{Start: start}}}
	h.ShowIn(nil)
	if h.Workouts[0].Start.Location() != time.UTC {
		t.Error("ShowIn(nil) changed the zone")
	}
	h.ShowIn(berlin)
	got := h.Workouts[0].Start
	// 22:30 UTC is 00:30 the next day in Berlin's summer time (UTC+2).
	if !got.Equal(start) || got.Format(time.DateTime) != "2025-06-02 00:30:00" {
		t.Errorf("ShowIn(Berlin) = %v, want the same instant at 2025-06-02 00:30", got)
	}
}

func TestAliasFlags(t *testing.T) {
	a := history.AliasFlags{}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(a, "alias", "")
	if err := fs.Parse([]string{"-alias", " Leg Press (Gelb) = leg-press", "-alias", "Curl=dumbbell-curl"}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(history.AliasFlags{"Leg Press (Gelb)": "leg-press", "Curl": "dumbbell-curl"}, a); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
	if got, want := a.String(), "Curl=dumbbell-curl, Leg Press (Gelb)=leg-press"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	err := a.Set("leg press")
	var fe *history.FieldError
	if !errors.As(err, &fe) || fe.Field != "alias" || fe.Value != "leg press" || !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("Set without '=': %v, want a FieldError for alias wrapping ErrInvalid", err)
	}
	if len(a) != 2 {
		t.Errorf("a bad pair changed the flags: %v", a)
	}
}

func TestImportFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "log.csv")
	if _, _, err := history.ImportFile(name, history.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v, want one wrapping os.ErrNotExist", err)
	}
	csv := "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
		"2025-06-01 18:00:00,Push,1h,Bench Press (Barbell),1,80,8,0,0,,,\n"
	if err := os.WriteFile(name, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	h, skipped, err := history.ImportFile(name, history.Options{Unit: repkit.UnitKilogram})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("ImportFile: %v %v", err, skipped)
	}
	if len(h.Workouts) != 1 || h.Workouts[0].Exercises[0].Sets[0].Load != 80*repkit.Kilogram {
		t.Errorf("ImportFile read %+v", h.Workouts)
	}
}

// A report names the exercises it cannot judge, how each other name found
// its catalog exercise, and feeds the main lifts' e1RMs to the monitor.
func ExampleMainLiftE1RMs() {
	day := func(d int) time.Time { return time.Date(2025, time.June, d, 18, 0, 0, 0, time.UTC) }
	lifts := []history.Lift{
		{Name: "Squat (Barbell)", Outings: []progression.Outing{
			{Date: day(2), Load: 100 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 6}, {Reps: 5}}},
			{Date: day(9), Load: 105 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 5}}},
		}},
		{Name: "Leg Extension (Machine)", Outings: []progression.Outing{
			{Date: day(9), Load: 45 * repkit.Kilogram, RestPause: []restpause.Record{{Load: 45 * repkit.Kilogram,
				Activation: restpause.Burst{Reps: 14}, Bursts: []restpause.Burst{{Reps: 5}, {Reps: 3}}}}},
		}},
	}
	for _, l := range lifts {
		m := history.MapName(builtin, l.Name)
		fmt.Printf("%s (%s): %s\n", m.Exercise.Name, m.MatchedBy(), l.Outings[len(l.Outings)-1].Summary(l.LoadKind, repkit.UnitKilogram))
	}
	for _, m := range history.MainLiftE1RMs(lifts, builtin) {
		fmt.Printf("%s %s e1RM %s\n", m.Date.Format(time.DateOnly), m.Lift, m.E1RM.Display(repkit.UnitKilogram))
	}
	// Output:
	// Barbell Back Squat (catalog alias): 105kg x 5
	// Leg Extension (catalog alias): 45kg x 14+5+3 (a rest-pause set)
	// 2025-06-02 Squat (Barbell) e1RM 120kg
	// 2025-06-09 Squat (Barbell) e1RM 122.5kg
}
