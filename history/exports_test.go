package history

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
)

// Each test below reads one fixture of a shape real exports take (issue
// 17), made-up rows written for this package; the fuzzers seed from the
// same files. Expected values are read off the fixture rows by hand.

func starts(h *History) []time.Time {
	var out []time.Time
	for _, w := range h.Workouts {
		out = append(out, w.Start)
	}
	return out
}

// Liftosaur rows with toISOString dates and rows with "2025-11-02
// 18:30:00 +00:00" (and its variants) in one file all import.
func TestLiftosaurMixedDates(t *testing.T) {
	h, skipped, err := importFile(t, "liftosaur_mixed_dates.csv", Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	want := []time.Time{
		time.Date(2025, 6, 14, 17, 5, 12, 345e6, time.UTC),
		time.Date(2025, 11, 2, 18, 30, 0, 0, time.UTC),
		time.Date(2025, 11, 9, 8, 15, 0, 0, time.UTC), // 09:15 at +01:00
		time.Date(2025, 11, 16, 8, 15, 0, 0, time.UTC),
		time.Date(2025, 11, 23, 10, 0, 0, 5e8, time.UTC),
	}
	got := starts(h)
	if len(got) != len(want) {
		t.Fatalf("%d workouts, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Errorf("workout %d starts %v, want %v", i, got[i], want[i])
		}
	}
	if n := len(h.Workouts[1].Exercises); n != 2 {
		t.Errorf("the 2 Nov workout has %d exercises, want 2", n)
	}
}

// Strong's 12-hour dates: "pm" in lower case, a narrow no-break space
// (U+202F) or a no-break space before PM, "a.m.", and no seconds.
func TestStrongTwelveHourDates(t *testing.T) {
	h, skipped, err := importFile(t, "strong_12h.csv", Options{Unit: repkit.UnitKilogram})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	want := []time.Time{
		time.Date(2024, 3, 4, 18, 5, 0, 0, time.UTC),
		time.Date(2024, 3, 6, 18, 5, 0, 0, time.UTC),
		time.Date(2024, 3, 8, 19, 30, 0, 0, time.UTC),
		time.Date(2024, 3, 10, 0, 15, 0, 0, time.UTC), // 12:15 a.m. is a quarter past midnight
		time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 14, 9, 0, 0, 0, time.UTC),
	}
	if diff := cmp.Diff(want, starts(h)); diff != "" {
		t.Errorf("starts (-want +got):\n%s", diff)
	}
	if n := len(h.Workouts[0].Exercises[0].Sets); n != 2 {
		t.Errorf("first workout has %d sets, want 2", n)
	}
}

func TestNormaliseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-04 6:05:00 pm":       "2024-03-04 6:05:00 PM",
		"2024-03-04 6:05:00 PM":       "2024-03-04 6:05:00 PM",
		"2024-03-04 6:05:00\u202fPM":  "2024-03-04 6:05:00 PM",
		"2024-03-04 6:05:00 p.m.":     "2024-03-04 6:05:00 PM",
		"2024-03-04 6:05:00 A.M.":     "2024-03-04 6:05:00 AM",
		"2024-03-04 6:05:00 Am":       "2024-03-04 6:05:00 AM",
		"2024-03-04 6:05:00 pM":       "2024-03-04 6:05:00 PM",
		"14 Sept 2025, 6:30\u00a0pm":  "14 Sep 2025, 6:30 PM",
		"2024-03-04 18:05:00":         "2024-03-04 18:05:00",
		"2025-06-14T17:05:12.345Z":    "2025-06-14T17:05:12.345Z",
		"pm":                          "pm",
		"2024-03-04 6:05:00 xm":       "2024-03-04 6:05:00 xm",
		"2025-11-02 18:30:00 +00:00":  "2025-11-02 18:30:00 +00:00",
		"2024-03-04 6:05:00 \u202fpm": "2024-03-04 6:05:00  PM",
	} {
		if got := normaliseDate(in); got != want {
			t.Errorf("normaliseDate(%q) = %q, want %q", in, got, want)
		}
	}
	// A date that needs nothing is returned as it is. The result goes to
	// a package variable, so a rewrite could not build it on the stack.
	for _, in := range []string{"2024-03-04 18:05:00", "2024-03-04 6:05:00 PM"} {
		if n := testing.AllocsPerRun(100, func() { sinkDate = normaliseDate(in) }); n != 0 {
			t.Errorf("normaliseDate(%q) allocates %v times, want 0", in, n)
		}
	}
}

var sinkDate string

// Hevy: "Sept" and lower-case pm in dates, and the literal \n it writes
// for a line break in notes.
func TestHevyNotesAndDates(t *testing.T) {
	h, skipped, err := importFile(t, "hevy_notes_dates.csv", Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	w := h.Workouts[0]
	if !w.Start.Equal(time.Date(2025, 9, 14, 18, 30, 0, 0, time.UTC)) || w.Duration != 55*time.Minute {
		t.Errorf("start %v, duration %v; want 2025-09-14 18:30 and 55m", w.Start, w.Duration)
	}
	if w.Notes != "Line one\nLine two" || w.Exercises[0].Notes != "Grip wide\nSeat 4" {
		t.Errorf("notes %q and %q, want line breaks", w.Notes, w.Exercises[0].Notes)
	}
	if got := h.Workouts[1].Start; !got.Equal(time.Date(2025, 9, 16, 7, 5, 0, 0, time.UTC)) {
		t.Errorf("second workout starts %v", got)
	}
}

// FitNotes circuits: every row of one name on one day is one exercise,
// its sets in the order logged.
func TestFitNotesCircuit(t *testing.T) {
	h, skipped, err := importFile(t, "fitnotes_circuit.csv", Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	type ex struct {
		Name string
		Reps []int
	}
	var got [][]ex
	for _, w := range h.Workouts {
		var day []ex
		for _, e := range w.Exercises {
			x := ex{Name: e.Name}
			for _, s := range e.Sets {
				x.Reps = append(x.Reps, s.Reps)
			}
			day = append(day, x)
		}
		got = append(got, day)
	}
	want := [][]ex{
		{{"Lateral Dumbbell Raise", []int{12, 11, 10}}, {"Rope Push Down", []int{15, 14, 12}}, {"Flat Barbell Bench Press", []int{8}}},
		{{"Rope Push Down", []int{12, 11}}, {"Dumbbell Hammer Curl", []int{10}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FitNotes names and comments with unquoted commas: the row is read from
// its fixed columns and kept, with a warning; a row no reading parses is
// skipped with the field count error.
func TestFitNotesUnquotedCommas(t *testing.T) {
	h, skipped, err := importFile(t, "fitnotes_commas.csv", Options{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	type set struct {
		Name  string
		Load  repkit.Load
		Reps  int
		Notes string
	}
	var got []set
	for _, e := range h.Workouts[0].Exercises {
		for _, s := range e.Sets {
			got = append(got, set{e.Name, s.Load, s.Reps, s.Notes})
		}
	}
	kg := repkit.Kilogram
	want := []set{
		{"Shoulder Press (Seated, Dumbbells)", 25 * kg / 2, 8, ""},
		{"Shoulder Press (Seated, Dumbbells)", 25 * kg / 2, 7, ""},
		{"Flat Dumbbell Bench Press", 45 * kg / 2, 10, "slow, paused"},
		{"Curl, Hammer, Rope", 15 * kg, 12, ""},
		{"Fly (Cable, High, Low)", 10 * kg, 12, ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var lines []int
	var fields []string
	for _, w := range h.Warnings {
		var fe *FieldError
		if !errors.Is(w, ErrRepaired) || !errors.As(w, &fe) || fe.Hint == "" {
			t.Errorf("warning %v does not wrap ErrRepaired with a hint", w)
			continue
		}
		lines = append(lines, w.Line)
		// Each hint names what was repaired: the name or the comment.
		fields = append(fields, fe.Field)
		what := "name"
		if fe.Field == "Comment" {
			what = "comment"
		}
		if !strings.Contains(fe.Hint, "commas in this "+what) {
			t.Errorf("line %d: the hint for %s reads %q", w.Line, fe.Field, fe.Hint)
		}
	}
	if diff := cmp.Diff([]int{2, 3, 4, 5, 6}, lines); diff != "" {
		t.Errorf("warning lines (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Exercise", "Exercise", "Comment", "Exercise", "Exercise"}, fields); diff != "" {
		t.Errorf("repaired fields (-want +got):\n%s", diff)
	}
	if len(skipped) != 1 || skipped[0].Line != 7 || !errors.Is(skipped[0], ErrRow) {
		t.Fatalf("skipped %v, want line 7 as a malformed row", skipped)
	}
	if len(h.Skipped) != 1 || h.Skipped[0] != skipped[0] {
		t.Errorf("History.Skipped = %v, want the skipped rows Import returned", h.Skipped)
	}
	if !strings.Contains(h.Warnings[0].Error(), `"Shoulder Press (Seated, Dumbbells)"`) {
		t.Errorf("warning %q does not quote the name read", h.Warnings[0])
	}
	// Strict mode keeps repaired rows too: they are not errors.
	if _, _, err := importFile(t, "fitnotes_commas.csv", Options{}); err == nil || !strings.Contains(err.Error(), "line 7") {
		t.Errorf("strict import: %v, want the error of line 7", err)
	}
}

// Rows other formats write with too many fields are not guessed at.
func TestRepairOnlyFitNotes(t *testing.T) {
	data := "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
		"2024-03-04 18:00:00,Push,1h,Press (Seated, Dumbbells),1,20,8,0,0,,,\n"
	_, skipped, err := Import(strings.NewReader(data), Options{Unit: repkit.UnitKilogram, Lenient: true})
	if err != nil || len(skipped) != 1 || !errors.Is(skipped[0], ErrRow) {
		t.Fatalf("got %v, %v; want the row skipped as malformed", skipped, err)
	}
}

// Notes that negate rest-pause or put it off are no evidence; a burst
// must be clearly smaller than the activation set.
func TestRecoverNotesAndShape(t *testing.T) {
	h, skipped, err := importFile(t, "strong_notes.csv", Options{Unit: repkit.UnitKilogram})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	var got []string
	for _, r := range Recover(h, RecoverOptions{}) {
		got = append(got, r.Record.Date.Format("01-02")+" "+r.Evidence[0][0].String())
	}
	want := []string{
		"04-04 exercise-note", // "myo-reps, 3 mini-sets"
		"04-07 rest-timer",    // 15, 20 s, 11
		"04-09 exercise-note", // "no spotter, rest-pause": the negation is in another clause
		"04-10 exercise-note", // "rest-pause but forgot the last burst"
		"04-12 exercise-note", // "rp to failure"
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("recovered (-want +got):\n%s", diff)
	}
}

func TestSaysRestPause(t *testing.T) {
	for note, want := range map[string]bool{
		"myo-reps":                      true,
		"Myo reps, 3 mini sets":         true,
		"rp to failure":                 true,
		"no spotter, rest-pause":        true,
		"rest-pause but forgot the end": true,
		"last set RP. next time more":   true,
		"forgot the myo-reps":           false,
		"Forgot myo reps":               false,
		"no myo-reps on the first set":  false,
		"do myo-reps next time":         false,
		"didn't rest-pause":             false,
		"didn’t rest-pause":             false,
		"didnt rp":                      false,
		"will try rest pause":           false,
		"I'll rp tomorrow":              false,
		"skipped myo":                   false,
		"rest-pause? no":                false,
		"rp?":                           false,
		"remember: myo-reps":            true, // the reminder is its own clause: "myo-reps" stands
		"remember myo-reps":             false,
		"should have done rp":           false,
		"":                              false,
		"heavy":                         false,
	} {
		if got := saysRestPause(note); got != want {
			t.Errorf("saysRestPause(%q) = %v, want %v", note, got, want)
		}
	}
}

func TestBurstShaped(t *testing.T) {
	for _, c := range []struct {
		first, burst int
		want         bool
	}{{15, 14, false}, {15, 12, false}, {15, 11, true}, {15, 5, true}, {12, 9, true}, {12, 10, false}, {4, 3, true}, {5, 4, false}, {1, 1, false}} {
		if got := burstShaped(Set{Reps: c.first}, Set{Reps: c.burst}); got != c.want {
			t.Errorf("burstShaped(%d, %d) = %v, want %v", c.first, c.burst, got, c.want)
		}
	}
}

// Decimal commas: RPE "8,5" in a semicolon export, and a quoted "82,5" in
// a comma export; "1,000" may be a thousands separator and is refused.
func TestDecimalCommas(t *testing.T) {
	h, skipped, err := importFile(t, "strong_semicolon_rpe_comma.csv", Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	sets := h.Workouts[0].Exercises[0].Sets
	if sets[0].Load != 165*repkit.Kilogram/2 || sets[0].Effort != repkit.AtRPE(8.5) || sets[1].Effort != repkit.AtRPE(9) {
		t.Errorf("sets %+v", sets)
	}
	h, skipped, err = importFile(t, "strong_decimal_comma.csv", Options{Unit: repkit.UnitKilogram, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	sets = h.Workouts[0].Exercises[0].Sets
	if len(sets) != 2 || sets[0].Load != 165*repkit.Kilogram/2 || sets[0].Effort != repkit.AtRPE(8.5) || sets[1].Load != 329*repkit.Kilogram/4 {
		t.Errorf("sets %+v", sets)
	}
	if len(skipped) != 1 || skipped[0].Line != 4 || column(skipped[0]) != "Weight" {
		t.Errorf("skipped %v, want line 4's weight", skipped)
	}
}
