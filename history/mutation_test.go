package history

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/restpause"
)

// Tests from mutation testing (gremlins, scripts/mutation): each pins an
// edge of a rule the other tests left unchecked. Expected values are worked
// out by hand from the rule, not taken from the code's output.

// parseWeight's fast path: exact nanograms at the edges of its uint64
// arithmetic, half a nanogram rounding up, and the 19-digit switch to
// ParseLoad.
func TestParseWeightEdges(t *testing.T) {
	for _, tt := range []struct {
		in   string
		u    repkit.Unit
		want repkit.Load
		err  error
	}{
		// 1 kg is 1e12 ng, so 13 fraction digits reach half a nanogram.
		{"0.0000000000005", repkit.UnitKilogram, 1, nil},    // exactly half: rounds up
		{"0.0000000000004999", repkit.UnitKilogram, 0, nil}, // below half: down
		{"0.0000000000015", repkit.UnitKilogram, 2, nil},
		// MaxLoad is 9223372036854775807 ng = 9223372.036854775807 kg:
		// the largest load is read, one nanogram more is not.
		{"9223372.036854775807", repkit.UnitKilogram, repkit.MaxLoad, nil},
		{"9223372.036854775808", repkit.UnitKilogram, 0, repkit.ErrOverflow},
		// 2e7 kg is 2e19 ng: the product passes 2^64 (hi = 1 = 10^0), an
		// overflow, not a division fault.
		{"20000000", repkit.UnitKilogram, 0, repkit.ErrOverflow},
		{"20000000.0", repkit.UnitKilogram, 0, repkit.ErrOverflow},
		// Leading zeros are not significant digits: 22 of them still leave
		// the fast path's 19 digits for "1.5".
		{strings.Repeat("0", 22) + "1.5", repkit.UnitKilogram, 1500 * repkit.Gram, nil},
		{"5.", repkit.UnitKilogram, 5 * repkit.Kilogram, nil},
		{".5", repkit.UnitKilogram, 500 * repkit.Gram, nil},
		{"0", repkit.UnitPound, 0, nil},
		{"9", repkit.UnitKilogram, 9 * repkit.Kilogram, nil},
		{"2.25", repkit.UnitPound, 225 * repkit.Pound / 100, nil},
		// Twenty significant digits: ParseLoad's slower path, same value
		// (1.0000000000000000001 kg is 1 kg to the nanogram).
		{"1.0000000000000000001", repkit.UnitKilogram, repkit.Kilogram, nil},
		{"12345678901.234567891", repkit.UnitKilogram, 0, repkit.ErrOverflow},
		{"1.50000000000000000000", repkit.UnitPound, 15 * repkit.Pound / 10, nil},
	} {
		got, err := parseWeight(tt.in, tt.u, false)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("parseWeight(%q, %v) = %d, %v; want %d, %v", tt.in, tt.u, got, err, tt.want, tt.err)
		}
	}
	// "1,5" is a decimal comma (a comma before one or two digits), read as
	// 1.5 even without a semicolon export's flag; "1,000" is refused.
	if got, err := parseWeight("1,5", repkit.UnitKilogram, false); err != nil || got != 1500*repkit.Gram {
		t.Errorf("parseWeight(1,5) = %v, %v; want 1.5 kg", got, err)
	}
	for _, in := range []string{".", "-", "-5", "1.2.3", "1,000", "5kg", "+5"} {
		if _, err := parseWeight(in, repkit.UnitKilogram, false); err == nil {
			t.Errorf("parseWeight(%q) accepted", in)
		}
	}
	if got, err := parseWeight("82,5", repkit.UnitKilogram, true); err != nil || got != 82500*repkit.Gram {
		t.Errorf("parseWeight(82,5 with a decimal comma) = %v, %v; want 82.5 kg", got, err)
	}
	if got, err := parseWeight("1,0000000000000000001", repkit.UnitKilogram, true); err != nil || got != repkit.Kilogram {
		t.Errorf("parseWeight(1,0000000000000000001 with a decimal comma) = %v, %v; want 1 kg", got, err)
	}
}

// The fast path allocates nothing, however many leading zeros the number
// has: they are not significant digits.
func TestParseWeightLeadingZerosStayFast(t *testing.T) {
	in := strings.Repeat("0", 30) + "82.5"
	if n := testing.AllocsPerRun(100, func() { _, _ = parseWeight(in, repkit.UnitKilogram, false) }); n != 0 {
		t.Errorf("parseWeight(%q) allocates %v times a call; leading zeros sent it to the slow path", in, n)
	}
	in = "1" + strings.Repeat("0", 18) + ".5" // 20 significant digits
	if n := testing.AllocsPerRun(100, func() { _, _ = parseWeight(in, repkit.UnitKilogram, false) }); n == 0 {
		t.Errorf("parseWeight(%q) allocated nothing: 20 significant digits stayed on the 19-digit fast path", in)
	}
}

// Counts: a decimal point with only zeros after it is a whole number; any
// other fraction is refused as a fraction, not as a bad number.
func TestParseCountDecimals(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
		err  error
	}{
		{"8.0", 8, nil},
		{"8.", 8, nil},
		{"10.000", 10, nil},
		{"10000.0", 10000, nil},
		{"8.5", 0, errFraction},
		{".5", 0, errFraction},
		{"8.05", 0, errFraction},
		{"-3", 0, errNegative},
		{"x", 0, errNumber},
		{"10001.0", 0, errTooMany},
	} {
		got, err := parseCount(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) { // the causes are the problem values themselves
			t.Errorf("parseCount(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// Seconds: up to 1e9 s is a duration; past it is refused.
func TestParseSecondsLimit(t *testing.T) {
	if got, err := parseSeconds("1000000000"); err != nil || got != 1e9*time.Second {
		t.Errorf("parseSeconds(1000000000) = %v, %v; want 1e9 s", got, err)
	}
	if _, err := parseSeconds("1000000000.5"); err == nil {
		t.Error("parseSeconds(1000000000.5) accepted: past the 1e9 s limit")
	}
	if got, err := parseSeconds("0.5"); err != nil || got != 500*time.Millisecond {
		t.Errorf("parseSeconds(0.5) = %v, %v", got, err)
	}
	if _, err := parseSeconds("-5"); !errors.Is(err, errNegative) {
		t.Errorf("parseSeconds(-5) = %v; want the negative error", err)
	}
}

// Strong's durations: each number is 1 to 9 digits and needs a unit after
// it; the total may reach but not pass the largest Duration.
func TestParseAppDurationEdges(t *testing.T) {
	maxHours := math.MaxInt64 / int64(time.Hour) // 2562047
	for _, tt := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"9m", 9 * time.Minute, true},
		{"1h 59m 9s", time.Hour + 59*time.Minute + 9*time.Second, true},
		{"100000000s", 1e8 * time.Second, true}, // nine digits
		{"1000000000s", 0, false},               // ten
		{"2562047h", time.Duration(maxHours) * time.Hour, true},
		{"2562048h", 0, false}, // past the largest Duration
		{"2562047h 47m", time.Duration(maxHours)*time.Hour + 47*time.Minute, true},
		{"2562047h 48m", 0, false},
		{"5m 30", 0, false}, // a number with no unit
		{"5m 30x", 0, false},
		{"h", 0, false},
		{"5", 5 * time.Second, true},
		{"100000:00", 100000 * time.Minute, true}, // a six-digit leading field
		{"1000000:00", 0, false},                  // seven
		{"0:59", 59 * time.Second, true},
		{"0:00:59", 59 * time.Second, true},
		{"1:2:3:4", 0, false},
		{"5", 5 * time.Second, true},
		{":30", 0, false},
	} {
		got, err := parseAppDuration(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseAppDuration(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// A blank date is an error on a workout's start, even on the first row,
// before the cache holds any date.
func TestBlankDateOnFirstRow(t *testing.T) {
	var c dateCache
	c.layouts, c.loc = strongLayouts, time.UTC
	if _, err := c.parse(""); err == nil {
		t.Error("a blank date parsed")
	}
	_, _, err := Import(strings.NewReader(strongHeader+",Push,1h 5m,Bench Press (Barbell),1,100.0,5,0,0,,,8\n"), Options{Unit: repkit.UnitKilogram})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "Date" {
		t.Errorf("a blank first date: %v; want an error naming Date", err)
	}
}

// rotateColumns rewrites a CSV export with column k moved to the front, the
// rest in their order, in the same delimiter.
func rotateColumns(t *testing.T, data []byte, k int) []byte {
	t.Helper()
	comma := ','
	if first, _, _ := strings.Cut(string(data), "\n"); strings.Count(first, ";") > strings.Count(first, ",") {
		comma = ';'
	}
	rd := csv.NewReader(bytes.NewReader(data))
	rd.Comma, rd.FieldsPerRecord = comma, -1
	recs, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = comma
	for _, rec := range recs {
		out := append([]string{rec[k]}, rec[:k]...)
		if err := w.Write(append(out, rec[k+1:]...)); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	return buf.Bytes()
}

// Formats find their columns by name, so the order of the columns does not
// matter: every fixture, with any one of its columns moved to the front,
// reads as the contents written out by hand in fixtureWant. (Moving each
// column to index 0 checks every "is the column there" test at its edge.)
func TestColumnOrderDoesNotMatter(t *testing.T) {
	units := map[string]repkit.Unit{"strong_rpe.csv": repkit.UnitKilogram, "strong_old.csv": repkit.UnitPound}
	for name, want := range fixtureWant {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		header, _, _ := strings.Cut(string(data), "\n")
		n := max(strings.Count(header, ","), strings.Count(header, ";")) + 1
		for k := range n {
			h, skipped, err := Import(bytes.NewReader(rotateColumns(t, data, k)), Options{Unit: units[name]})
			if err != nil {
				t.Fatalf("%s, column %d first: %v", name, k+1, err)
			}
			if len(skipped) > 0 && (name != "liftosaur.csv" || len(skipped) != 1 || skipped[0].Line != 4) {
				t.Errorf("%s, column %d first: skipped %v", name, k+1, skipped)
			}
			if diff := cmp.Diff(want, summary(h)); diff != "" {
				t.Errorf("%s, column %d first (-want +got):\n%s", name, k+1, diff)
			}
		}
	}
}

// A Hevy file with both weight_kg and weight_lbs reads each row's weight
// from the column that has it: kilograms when weight_kg is filled, pounds
// when only weight_lbs is, and no load (body weight) when neither is.
func TestHevyBothWeightColumns(t *testing.T) {
	const header = `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","weight_lbs","reps","distance_km","duration_seconds","rpe"` + "\n"
	rows := `"Mixed","2 Feb 2025, 18:00","2 Feb 2025, 19:00","","Bench Press (Barbell)",,"",0,"normal",100,,5,,,` + "\n" +
		`"Mixed","2 Feb 2025, 18:00","2 Feb 2025, 19:00","","Bench Press (Barbell)",,"",1,"normal",,225,5,,,` + "\n" +
		`"Mixed","2 Feb 2025, 18:00","2 Feb 2025, 19:00","","Bench Press (Barbell)",,"",2,"normal", ,45,5,,,` + "\n" +
		`"Mixed","2 Feb 2025, 18:00","2 Feb 2025, 19:00","","Chin Up",,"",0,"normal",,,8,,,` + "\n"
	want := []string{
		"hevy unit=lb", // mixed units: the latest weighted row's (History.Unit),
		`W 2025-02-02T18:00:00Z "Mixed" end=2025-02-02T19:00:00Z dur=1h0m0s`,
		` E "Bench Press (Barbell)"`,
		"  working 100kg x5 @2",
		"  working 102.05828325kg x5 @3", // 225 lb x 0.45359237
		"  working 20.41165665kg x5 @4",  // 45 lb: a blank weight_kg cell
		` E "Chin Up"`,
		"  working 0kg x8 @5",
	}
	for k := range 15 { // and with each column first
		h := importAll(t, rotateColumns(t, []byte(header+rows), k), Options{})
		if diff := cmp.Diff(want, summary(h)); diff != "" {
			t.Errorf("column %d first (-want +got):\n%s", k+1, diff)
		}
	}
}

// FitNotes' plain Weight column names no unit: Options.Unit gives it, and
// without one the file is refused at the header.
func TestFitNotesPlainWeight(t *testing.T) {
	const data = "Date,Exercise,Category,Weight,Reps,Distance,Distance Unit,Time,Comment\n" +
		"2022-08-01,Flat Barbell Bench Press,Chest,135,8,,,,\n"
	h := importAll(t, []byte(data), Options{Unit: repkit.UnitPound})
	want := []string{
		"fitnotes unit=lb",
		`W 2022-08-01T00:00:00Z ""`,
		` E "Flat Barbell Bench Press"`,
		"  working 61.23496995kg x8 @2", // 135 lb x 0.45359237
	}
	if diff := cmp.Diff(want, summary(h)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, _, err := Import(strings.NewReader(data), Options{}); !errors.Is(err, ErrUnitRequired) {
		t.Errorf("no unit anywhere: %v; want ErrUnitRequired", err)
	}
}

// A rest timer row belongs to the latest set of its exercise, wherever the
// exercise is in the workout: the first exercise, or one before the last
// (Strong writes a superset's rest after its partner's set).
func TestRestTimerFindsItsExercise(t *testing.T) {
	const w = "2024-01-01 10:00:00,W,1h,"
	data := strongHeader +
		w + "Curl,1,20,10,0,0,,,\n" +
		w + "Curl,Rest Timer,0,0,0,30,,,\n" +
		w + "Dip,1,0,8,0,0,,,\n" +
		w + "Curl,Rest Timer,0,0,0,45,,,\n" + // Curl is before Dip: its last set gets 45 s
		w + "Dip,Rest Timer,0,0,0,60,,,\n"
	h := importAll(t, []byte(data), Options{Unit: repkit.UnitKilogram})
	want := []string{
		"strong unit=kg",
		`W 2024-01-01T10:00:00Z "W" dur=1h0m0s`,
		` E "Curl"`,
		"  working 20kg x10 rest=45s @2",
		` E "Dip"`,
		"  working 0kg x8 rest=1m0s @4",
	}
	if diff := cmp.Diff(want, summary(h)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// The first row's workout is new even when its key is the zero key: a
// workout at the Unix epoch with no name.
func TestEpochWorkoutFirst(t *testing.T) {
	data := strongHeader + "1970-01-01 00:00:00,,1h,Curl,1,20,10,0,0,,,\n" + "1970-01-01 00:00:00,,1h,Curl,2,20,8,0,0,,,\n"
	h := importAll(t, []byte(data), Options{Unit: repkit.UnitKilogram})
	want := []string{"strong unit=kg", `W 1970-01-01T00:00:00Z "" dur=1h0m0s`, ` E "Curl"`, "  working 20kg x10 @2", "  working 20kg x8 @3"}
	if diff := cmp.Diff(want, summary(h)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Validate checks a workout's end as it checks its start.
func TestValidateEnd(t *testing.T) {
	start := time.Date(2024, 3, 1, 18, 0, 0, 0, time.UTC)
	for _, end := range []time.Time{
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		start.In(time.FixedZone("", 24*3600)),
		start.In(time.FixedZone("LMT", 19*60+32)),
	} {
		h := &History{Workouts: []Workout{{Start: start, End: end, Name: "Push"}}}
		var fe *FieldError
		if err := h.Validate(); !errors.As(err, &fe) || fe.Field != "workouts[0].end" || !errors.Is(err, repkit.ErrRange) {
			t.Errorf("end %v: Validate = %v; want a range error naming workouts[0].end", end, err)
		}
	}
	h := &History{Workouts: []Workout{{Start: start, Name: "Push"}}} // no end
	if err := h.Validate(); err != nil {
		t.Errorf("no end: %v", err)
	}
}

// The set arena costs a few large allocations, not one or more a set: one
// exercise of 10000 sets, and 2000 exercises of 3 sets each.
func TestSetArenaAllocations(t *testing.T) {
	for _, tt := range []struct {
		name            string
		exercises, sets int
		maxAllocs       float64
	}{
		{"one long exercise", 1, 10000, 12},
		{"many short exercises", 2000, 3, 12},
	} {
		allocs := testing.AllocsPerRun(3, func() {
			var a setArena
			for e := range tt.exercises {
				var sets []Set
				for i := range tt.sets {
					sets = a.add(sets, 0, e, Set{Reps: i})
				}
				if len(sets) != tt.sets || sets[tt.sets-1].Reps != tt.sets-1 {
					t.Fatalf("exercise %d: %d sets", e, len(sets))
				}
			}
		})
		if allocs > tt.maxAllocs {
			t.Errorf("%s: %v allocations, want at most %v", tt.name, allocs, tt.maxAllocs)
		}
	}
}

// A Liftosaur export without the completed weight columns reads the
// required weight, wherever its column is.
func TestLiftosaurRequiredWeightOnly(t *testing.T) {
	data := []byte("Workout DateTime,Day Name,Exercise,Is Warmup Set?,Required Reps,Completed Reps,Required Weight Value,Required Weight Unit\n" +
		"2025-06-01T09:00:00.000Z,Day 1,\"Squat, Barbell\",0,5,5,100,kg\n" +
		"2025-06-01T09:00:00.000Z,Day 1,\"Squat, Barbell\",0,5,4,185,lb\n")
	want := []string{
		"liftosaur unit=lb", // mixed units: the latest weighted row's,
		`W 2025-06-01T09:00:00Z "Day 1"`,
		` E "Squat, Barbell"`,
		"  working 100kg x5 target=5 @2",
		"  working 83.91458845kg x4 target=5 @3", // 185 lb x 0.45359237
	}
	for k := range 8 {
		h := importAll(t, rotateColumns(t, data, k), Options{})
		if diff := cmp.Diff(want, summary(h)); diff != "" {
			t.Errorf("column %d first (-want +got):\n%s", k+1, diff)
		}
	}
}

// countingReader fails every read and counts them.
type countingReader struct{ n int }

func (c *countingReader) Read([]byte) (int, error) { c.n++; return 0, errReset }

// The reader under the parser keeps the first read error: the source is
// read once, and every later read gets the same error without reaching it.
func TestLineReaderKeepsReadError(t *testing.T) {
	src := &countingReader{}
	lr := &lineReader{r: src}
	buf := make([]byte, 16)
	for i := range 3 {
		if n, err := lr.Read(buf); n != 0 || !errors.Is(err, errReset) {
			t.Fatalf("read %d = %d, %v; want the source's error", i+1, n, err)
		}
	}
	if src.n != 1 {
		t.Errorf("the failing source was read %d times, want once", src.n)
	}
	// The end of the file is not an error to keep: the source says so again.
	eof := &lineReader{r: strings.NewReader("")}
	for range 2 {
		if _, err := eof.Read(buf); !errors.Is(err, io.EOF) {
			t.Fatalf("at the end: %v, want io.EOF", err)
		}
	}
	if eof.err != nil {
		t.Errorf("io.EOF kept as a read error: %v", eof.err)
	}
}

// A file is not limited in size, only its lines and rows: 3 MiB of
// ordinary rows read in full.
func TestLargeFileReads(t *testing.T) {
	row := "2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell),1,100.0,5,0,0,,,8\n" // 72 bytes
	n := 3*MaxLineBytes/len(row) + 1
	h := importAll(t, []byte(strongHeader+strings.Repeat(row, n)), Options{Unit: repkit.UnitKilogram})
	if got := len(h.Workouts[0].Exercises[0].Sets); len(h.Workouts) != 1 || got != n {
		t.Errorf("%d rows read as %d sets", n, got)
	}
}

// A row's separators are limited over the whole row, with room for the
// read-ahead (64*MaxFields + 2*64 KiB = 195072 separators): a quoted note
// running over three lines of 55000 commas (165000 in the row, each line
// under the 64000 a line may hold) is read, over four lines (220000) it is
// refused. The note opens with 70000 letters, more than a read-ahead
// buffer, so every comma is counted after the row begins.
func TestRowSeparatorLimit(t *testing.T) {
	row := func(lines int) string {
		parts := []string{strings.Repeat("x", 70000)}
		for range lines {
			parts = append(parts, strings.Repeat(",", 55000))
		}
		return "2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell),2,100.0,5,0,0,\"" + strings.Join(parts, "\n") + "\",,8\n"
	}
	for _, lines := range []int{2, 3} {
		h := importAll(t, []byte(strongHeader+strongRow+row(lines)+strongRow), Options{Unit: repkit.UnitKilogram})
		e := h.Workouts[0].Exercises[0]
		if len(e.Sets) != 3 || strings.Count(e.Notes, ",") != 55000*lines {
			t.Errorf("%d lines of commas in a note: %d sets, %d commas", lines, len(e.Sets), strings.Count(e.Notes, ","))
		}
	}
	_, _, err := Import(strings.NewReader(strongHeader+strongRow+row(4)+strongRow), Options{Unit: repkit.UnitKilogram, Lenient: true})
	if !errors.Is(err, ErrLimit) {
		t.Errorf("220000 separators in one row: %v, want ErrLimit", err)
	}
}

// Names: only the text before a " - " is an equipment qualifier, so one
// that starts with it names none; a name that is all parenthesis is a
// movement, not a qualifier.
func TestNameEdges(t *testing.T) {
	if got := QualifierEquipment(" - Cable"); got != exercise.EquipmentUnknown {
		t.Errorf(`QualifierEquipment(" - Cable") = %v, want unknown`, got)
	}
	if got := QualifierEquipment("Cable - Straight Bar"); got != exercise.Cable {
		t.Errorf(`QualifierEquipment("Cable - Straight Bar") = %v, want cable`, got)
	}
	if diff := cmp.Diff([]string{"(Barbell)"}, NameCandidates("(Barbell)")); diff != "" {
		t.Errorf("NameCandidates((Barbell)) (-want +got):\n%s", diff)
	}
}

// A line of spaces is a blank line and is passed over; a line of one
// non-blank field is a row with too few fields. A quote error on one line
// is that line's error, with no span of swallowed lines.
func TestBlankAndShortLines(t *testing.T) {
	h := importAll(t, []byte(strongHeader+strongRow+"   \n"+strongRow), Options{Unit: repkit.UnitKilogram})
	if n := len(h.Workouts[0].Exercises[0].Sets); n != 2 {
		t.Errorf("a line of spaces between two rows: %d sets, want 2", n)
	}
	_, skipped, err := Import(strings.NewReader(strongHeader+strongRow+"oops\n"+strongRow), Options{Unit: repkit.UnitKilogram, Lenient: true})
	var fc fieldCountError
	if err != nil || len(skipped) != 1 || skipped[0].Line != 3 || !errors.As(skipped[0], &fc) || fc.got != 1 || fc.want != 12 {
		t.Errorf("a line of one field: %v, %v; want line 3 skipped, 1 field of 12", err, skipped)
	}
	bad := `2024-03-04 18:00:00,"Push"x,1h 5m,Bench Press (Barbell),1,100.0,5,0,0,,,8` + "\n"
	_, skipped, err = Import(strings.NewReader(strongHeader+strongRow+bad+strongRow), Options{Unit: repkit.UnitKilogram, Lenient: true})
	if err != nil || len(skipped) != 1 || skipped[0].Line != 3 || skipped[0].EndLine != 0 || strings.Contains(skipped[0].Error(), "ran on") {
		t.Errorf("a quote error on one line: %v, %v; want line 3 skipped with no span", err, skipped)
	}
}

// A row is limited to 2*MaxLineBytes: a quoted note of three lines, each
// under MaxLineBytes, is refused when the row passes 2 MiB and read when it
// stays well under. The row comes first, so the read-ahead that filled
// with the header already holds its start.
func TestRowByteLimit(t *testing.T) {
	row := func(size int) string {
		third := strings.Repeat("x", size/3)
		return "2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell),1,100.0,5,0,0,\"" + third + "\n" + third + "\n" + third + "\",,8\n"
	}
	_, _, err := Import(strings.NewReader(strongHeader+row(2*MaxLineBytes+3000)+strongRow), Options{Unit: repkit.UnitKilogram, Lenient: true})
	if !errors.Is(err, ErrLimit) {
		t.Errorf("a 2 MiB + 3000 byte row: %v, want ErrLimit", err)
	}
	h := importAll(t, []byte(strongHeader+row(2*MaxLineBytes-300000)+strongRow), Options{Unit: repkit.UnitKilogram})
	if n := len(h.Workouts[0].Exercises[0].Sets); n != 2 {
		t.Errorf("a row under 2 MiB: %d sets, want 2", n)
	}
}

// A set's volume may reach MaxLoad but not pass it. MaxLoad is
// 9223372036854775807 ng = 7 x 1317624576693539401 exactly, so
// 1317624.576693539401 kg x 7 is the largest volume there is.
func TestVolumeEdge(t *testing.T) {
	row := func(weight string) string {
		return "2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell),1," + weight + ",7,0,0,,,\n"
	}
	h := importAll(t, []byte(strongHeader+row("1317624.576693539401")), Options{Unit: repkit.UnitKilogram})
	if s := h.Workouts[0].Exercises[0].Sets[0]; s.Load*7 != repkit.MaxLoad {
		t.Errorf("load %d x 7 is not MaxLoad", s.Load)
	}
	_, _, err := Import(strings.NewReader(strongHeader+row("1317624.576693539402")), Options{Unit: repkit.UnitKilogram})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "Reps" || !errors.Is(err, repkit.ErrOverflow) {
		t.Errorf("one nanogram more: %v; want an overflow naming Reps", err)
	}
}

// Line ends: a file ending in a CR after its header alone; a CRLF file
// whose first CR is the last byte the reader peeks at (64 KiB), which is
// not evidence of CR-only ends; a CR-only file that starts with a blank
// line.
func TestLineEndEdges(t *testing.T) {
	h, skipped, err := Import(strings.NewReader(strings.TrimSuffix(strongHeader, "\n")+"\r"), Options{Unit: repkit.UnitKilogram})
	if err != nil || len(skipped) != 0 || len(h.Workouts) != 0 {
		t.Errorf("a header ending in CR alone: %v, %v, %v; want an empty history", h, skipped, err)
	}

	head := strings.TrimSuffix(strongHeader, "\n") + ","
	head += strings.Repeat("x", readAhead-1-len(head)) // the CR is byte 65535
	row := strings.TrimSuffix(strongRow, "\n") + ","
	h = importAll(t, []byte(head+"\r\n"+row+"\r\n"+row+"\r\n"), Options{Unit: repkit.UnitKilogram})
	want := []string{"strong unit=kg", `W 2024-03-04T18:00:00Z "Push" dur=1h5m0s`, ` E "Bench Press (Barbell)"`,
		"  working 100kg x5 rpe 8 @2", "  working 100kg x5 rpe 8 @3"}
	if diff := cmp.Diff(want, summary(h)); diff != "" {
		t.Errorf("CRLF with the first CR at the end of the peek (-want +got):\n%s", diff)
	}

	cr := strings.ReplaceAll(strongHeader+strongRow+strongRow, "\n", "\r")
	h = importAll(t, []byte("\r"+cr), Options{Unit: repkit.UnitKilogram})
	want = []string{"strong unit=kg", `W 2024-03-04T18:00:00Z "Push" dur=1h5m0s`, ` E "Bench Press (Barbell)"`,
		"  working 100kg x5 rpe 8 @3", "  working 100kg x5 rpe 8 @4"}
	if diff := cmp.Diff(want, summary(h)); diff != "" {
		t.Errorf("a CR-only file opening with a blank line (-want +got):\n%s", diff)
	}
}

// A cell under a blank header is named by its column number, counted from
// 1.
func TestBlankHeaderColumnNumber(t *testing.T) {
	head := strings.TrimSuffix(strongHeader, "\n") + ",,\n" // columns 13 and 14 are blank
	row := strings.TrimSuffix(strongRow, "\n") + ",,\xff\n"
	_, _, err := Import(strings.NewReader(head+row), Options{Unit: repkit.UnitKilogram})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "column 14" {
		t.Errorf("bad UTF-8 under the 14th, blank header: %v; want it named column 14", err)
	}
}

// The delimiter is the header's: semicolons win only when there are more of
// them than commas, and a blank line before the header does not hide it.
func TestDelimiterSniffing(t *testing.T) {
	semi := strings.ReplaceAll(strongHeader, ",", ";") + "2024-03-04 18:00:00;Push;1h 5m;Bench Press (Barbell);1;82,5;5;0;0;;;8\n"
	want := []string{"strong unit=kg", `W 2024-03-04T18:00:00Z "Push" dur=1h5m0s`, ` E "Bench Press (Barbell)"`, "  working 82.5kg x5 rpe 8 @3"}
	h := importAll(t, []byte("\n"+semi), Options{Unit: repkit.UnitKilogram})
	if diff := cmp.Diff(want, summary(h)); diff != "" {
		t.Errorf("a semicolon file after a blank line (-want +got):\n%s", diff)
	}
	// 12 commas and 12 semicolons (in a 13th column's name): a tie is comma.
	tie := strings.TrimSuffix(strongHeader, "\n") + "," + strings.Repeat(";", 12) + "\n" + strings.TrimSuffix(strongRow, "\n") + ",\n"
	h = importAll(t, []byte(tie), Options{Unit: repkit.UnitKilogram})
	if n := len(h.Workouts); n != 1 {
		t.Errorf("a header with as many semicolons as commas: %d workouts, want 1 read with commas", n)
	}
}

// editColumn rewrites a CSV export with column k dropped (blank false) or
// with every cell under it emptied (blank true).
func editColumn(t *testing.T, data []byte, k int, blank bool) []byte {
	t.Helper()
	comma := ','
	if first, _, _ := strings.Cut(string(data), "\n"); strings.Count(first, ";") > strings.Count(first, ",") {
		comma = ';'
	}
	rd := csv.NewReader(bytes.NewReader(data))
	rd.Comma, rd.FieldsPerRecord = comma, -1
	recs, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = comma
	for i, rec := range recs {
		out := append([]string(nil), rec...)
		switch {
		case !blank:
			out = append(out[:k], out[k+1:]...)
		case i > 0:
			out[k] = ""
		}
		if err := w.Write(out); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	return buf.Bytes()
}

// An optional column a file lacks reads as that column left empty: for
// every fixture and every column, the file without the column imports as
// the file with the column's cells emptied, or is refused for lacking a
// column it needs.
func TestMissingColumnReadsAsEmpty(t *testing.T) {
	units := map[string]repkit.Unit{"strong_rpe.csv": repkit.UnitKilogram, "strong_old.csv": repkit.UnitPound}
	for name := range fixtureWant {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		header, _, _ := strings.Cut(string(data), "\n")
		n := max(strings.Count(header, ","), strings.Count(header, ";")) + 1
		opts := Options{Unit: units[name], Lenient: true}
		for k := range n {
			dropped, dskip, derr := Import(bytes.NewReader(editColumn(t, data, k, false)), opts)
			if errors.Is(derr, ErrColumn) || errors.Is(derr, ErrFormat) || errors.Is(derr, ErrUnitRequired) {
				continue // a column the format needs
			}
			blanked, bskip, berr := Import(bytes.NewReader(editColumn(t, data, k, true)), opts)
			if derr != nil || berr != nil {
				t.Errorf("%s without column %d: %v; with it blank: %v", name, k+1, derr, berr)
				continue
			}
			// The first line names the file's unit, which its header says:
			// without one of FitNotes' two weight columns the other's unit is it.
			if diff := cmp.Diff(summary(blanked)[1:], summary(dropped)[1:]); diff != "" || len(dskip) != len(bskip) {
				t.Errorf("%s, column %d: dropped %d skipped, blank %d skipped (-blank +dropped):\n%s", name, k+1, len(dskip), len(bskip), diff)
			}
		}
	}
}

// A per-row unit cell left blank, with no unit in the header or the
// options, is an error naming that cell, wherever the column is.
func TestBlankUnitCell(t *testing.T) {
	data := []byte("Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n" +
		"2026-04-29,Preacher Curl - Star Trac,Biceps,15,,10,,,,\n")
	for k := range 10 {
		_, _, err := Import(bytes.NewReader(rotateColumns(t, data, k)), Options{})
		var re *RowError
		var fe *FieldError
		if !errors.As(err, &re) || !errors.As(err, &fe) || re.Line != 2 || fe.Field != "Weight Unit" || !errors.Is(err, ErrUnitRequired) {
			t.Errorf("column %d first: %v; want line 2's Weight Unit cell, unit required", k+1, err)
		}
	}
}

// repkit's own CSV finds its columns by name too: a written history, with
// any one column moved to the front, reads as the file as written.
func TestRepkitCSVColumnOrder(t *testing.T) {
	h, _, err := importFile(t, "hevy_kg.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	h.Workouts = append(h.Workouts, Workout{Start: time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC), Name: "Empty"})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, h.Workouts); err != nil {
		t.Fatal(err)
	}
	want := summary(importAll(t, buf.Bytes(), Options{}))
	header, _, _ := strings.Cut(buf.String(), "\n")
	for k := range strings.Count(header, ",") + 1 {
		got := importAll(t, rotateColumns(t, buf.Bytes(), k), Options{})
		if diff := cmp.Diff(want, summary(got)); diff != "" {
			t.Errorf("column %d first (-want +got):\n%s", k+1, diff)
		}
	}
}

// Explain of a hand-built Recovered with more evidence than bursts
// describes the extra evidence without a rest it does not have.
func TestExplainMoreEvidenceThanBursts(t *testing.T) {
	r := Recovered{
		Count: 2,
		Record: restpause.Record{
			Date: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), Exercise: "Curl", Load: 20 * repkit.Kilogram,
			Activation: restpause.Burst{Reps: 12}, Bursts: []restpause.Burst{{Reps: 4, Rest: 20 * time.Second}},
		},
		Evidence: [][]Evidence{{EvidenceRestTimer}, {EvidenceRestTimer}},
	}
	want := "Curl on 2024-03-04: sets 1-2 at 20kg (12+4 reps) read as one rest-pause set because " +
		"burst 1: the rest timer before it was 20s and it fell well short of the first set's reps; " +
		"burst 2: the rest timer before it was short and it fell well short of the first set's reps"
	if got := r.Explain(); got != want {
		t.Errorf("Explain =\n%q\nwant\n%q", got, want)
	}
}

// A set with no reps is never part of a rest-pause set, even marked as a
// burst or logged as a drop at the same load.
func TestRecoverSkipsZeroRepSets(t *testing.T) {
	kg20 := 20 * repkit.Kilogram
	day := time.Date(2024, 1, 1, 18, 0, 0, 0, time.UTC)
	for _, sets := range [][]Set{
		{{Kind: KindWorking, Load: kg20, Reps: 12}, {Kind: KindDrop, Load: kg20, Reps: 0}},
		{{Kind: KindWorking, Load: kg20, Reps: 12}, {Kind: KindRestPause, Load: kg20, Reps: 0}},
		{{Kind: KindWorking, Load: kg20, Reps: 0}, {Kind: KindRestPause, Load: kg20, Reps: 4}},
	} {
		h := &History{Workouts: []Workout{{Start: day, Exercises: []ExerciseLog{{Name: "Curl", Sets: sets}}}}}
		if got := Recover(h, RecoverOptions{}); len(got) != 0 {
			t.Errorf("%v: recovered %v", sets, got[0].Record)
		}
	}
}

// The limits of Recover at their edges: a recorded rest of exactly MaxRest
// (the default 30 s, or restpause.DurationLimit when MaxRest allows more)
// is a pause, a nanosecond more is not; RepsLimit reps and a LoadLimit load
// fit in a Record, one more does not.
func TestRecoverLimitEdges(t *testing.T) {
	day := time.Date(2024, 1, 1, 18, 0, 0, 0, time.UTC)
	kg20 := 20 * repkit.Kilogram
	pair := func(load repkit.Load, reps int, rest time.Duration) []Set {
		return []Set{{Kind: KindWorking, Load: load, Reps: reps, Rest: rest}, {Kind: KindRestPause, Load: load, Reps: 3}}
	}
	for _, tt := range []struct {
		name string
		sets []Set
		opts RecoverOptions
		want int // sets recovered
	}{
		{"rest of MaxRest", pair(kg20, 12, DefaultMaxRest), RecoverOptions{}, 1},
		{"rest past MaxRest", pair(kg20, 12, DefaultMaxRest+1), RecoverOptions{}, 0},
		{"rest of DurationLimit", pair(kg20, 12, restpause.DurationLimit), RecoverOptions{MaxRest: 2 * time.Hour}, 1},
		{"rest past DurationLimit", pair(kg20, 12, restpause.DurationLimit+1), RecoverOptions{MaxRest: 2 * time.Hour}, 0},
		{"RepsLimit reps", pair(kg20, restpause.RepsLimit, 0), RecoverOptions{}, 1},
		{"past RepsLimit", pair(kg20, restpause.RepsLimit+1, 0), RecoverOptions{}, 0},
		{"LoadLimit", pair(restpause.LoadLimit, 12, 0), RecoverOptions{}, 1},
		{"past LoadLimit", pair(restpause.LoadLimit+1, 12, 0), RecoverOptions{}, 0},
	} {
		h := &History{Workouts: []Workout{{Start: day, Exercises: []ExerciseLog{{Name: "Curl", Sets: tt.sets}}}}}
		if got := Recover(h, tt.opts); len(got) != tt.want {
			t.Errorf("%s: %d recovered, want %d", tt.name, len(got), tt.want)
		}
	}
}

// An exercise note vouches for the last run with the rest-pause shape, a
// run being at most BurstsLimit bursts: 12 reps then 100 sets of 3 is one
// full run, and the 2 after it starts none of its own (nothing follows).
// The same after a warm-up, so the run starts at the second set.
func TestExerciseNoteRunOfBurstsLimit(t *testing.T) {
	kg20 := 20 * repkit.Kilogram
	for _, warmup := range []bool{false, true} {
		var sets []Set
		if warmup {
			sets = append(sets, Set{Kind: KindWarmup, Load: 10 * repkit.Kilogram, Reps: 10})
		}
		first := len(sets)
		sets = append(sets, Set{Kind: KindWorking, Load: kg20, Reps: 12})
		for range restpause.BurstsLimit {
			sets = append(sets, Set{Kind: KindWorking, Load: kg20, Reps: 3})
		}
		sets = append(sets, Set{Kind: KindWorking, Load: kg20, Reps: 2})
		h := &History{Workouts: []Workout{{Start: time.Date(2024, 1, 1, 18, 0, 0, 0, time.UTC),
			Exercises: []ExerciseLog{{Name: "Curl", Notes: "rest-pause", Sets: sets}}}}}
		got := Recover(h, RecoverOptions{})
		if len(got) != 1 || got[0].First != first || got[0].Count != restpause.BurstsLimit+1 {
			t.Fatalf("warm-up %v: recovered %d sets: %+v; want one of 101 sets from set %d", warmup, len(got), got, first+1)
		}
		for i, ev := range got[0].Evidence {
			if len(ev) != 1 || ev[0] != EvidenceExerciseNote {
				t.Fatalf("warm-up %v: burst %d evidence %v, want the exercise note", warmup, i+1, ev)
			}
		}
	}
}

// The exercise note's run is found however late in the exercise it comes:
// after 60 sets at other loads, 12 then 3 reps at 20 kg.
func TestExerciseNoteLateRun(t *testing.T) {
	var sets []Set
	for i := range 60 {
		sets = append(sets, Set{Kind: KindWorking, Load: repkit.Load(i+1) * repkit.Kilogram, Reps: 10})
	}
	sets = append(sets, Set{Kind: KindWorking, Load: 200 * repkit.Kilogram, Reps: 12}, Set{Kind: KindWorking, Load: 200 * repkit.Kilogram, Reps: 3})
	h := &History{Workouts: []Workout{{Start: time.Date(2024, 1, 1, 18, 0, 0, 0, time.UTC),
		Exercises: []ExerciseLog{{Name: "Curl", Notes: "myo-reps", Sets: sets}}}}}
	got := Recover(h, RecoverOptions{})
	if len(got) != 1 || got[0].First != 60 || got[0].Count != 2 || len(got[0].Evidence) != 1 || got[0].Evidence[0][0] != EvidenceExerciseNote {
		t.Fatalf("recovered %+v; want sets 61-62 on the exercise note", got)
	}
}

// Strong's variant headers: a distance whose unit is in its header, and a
// workout duration in seconds, found wherever their columns are.
func TestStrongVariantColumns(t *testing.T) {
	data := []byte("Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,Distance (km),Seconds\n" +
		"2024-03-04 18:00:00,Cardio,1800,Rowing (Machine),1,0,0,5,1500\n")
	want := []string{"strong unit=kg", `W 2024-03-04T18:00:00Z "Cardio" dur=30m0s`, ` E "Rowing (Machine)"`,
		`  working 0kg x0 time=25m0s dist="5 km" @2`}
	for k := range 9 {
		h := importAll(t, rotateColumns(t, data, k), Options{})
		if diff := cmp.Diff(want, summary(h)); diff != "" {
			t.Errorf("column %d first (-want +got):\n%s", k+1, diff)
		}
	}
}

// Strong's Set Order: "0" is a set number; a blank order is not.
func TestStrongSetOrderZero(t *testing.T) {
	row := func(order string) string {
		return "2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell)," + order + ",100.0,5,0,0,,,8\n"
	}
	h := importAll(t, []byte(strongHeader+row("0")), Options{Unit: repkit.UnitKilogram})
	if s := h.Workouts[0].Exercises[0].Sets; len(s) != 1 || s[0].Kind != KindWorking {
		t.Errorf("set order 0: %v", summary(h))
	}
	for _, order := range []string{"", "00", "0.0"} {
		_, _, err := Import(strings.NewReader(strongHeader+row(order)), Options{Unit: repkit.UnitKilogram})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Set Order" {
			t.Errorf("set order %q: %v; want an error naming Set Order", order, err)
		}
	}
}

// noColumns marks every column absent. The readers cannot show it today
// (each format's bind assigns every column it reads, from col, which gives
// -1 itself), but a format that forgot one would read column 1 for it.
func TestNoColumnsAllAbsent(t *testing.T) {
	v := reflect.ValueOf(noColumns())
	for i := range v.NumField() {
		if got := v.Field(i).Int(); got != -1 {
			t.Errorf("noColumns().%s = %d, want -1", v.Type().Field(i).Name, got)
		}
	}
}

// A Liftosaur export with only the completed weight columns, the value
// first.
func TestLiftosaurCompletedWeightOnly(t *testing.T) {
	data := []byte("Completed Weight Value,Workout DateTime,Day Name,Exercise,Completed Reps,Completed Weight Unit\n" +
		"100,2025-06-01T09:00:00.000Z,Day 1,Squat,5,kg\n")
	want := []string{"liftosaur unit=kg", `W 2025-06-01T09:00:00Z "Day 1"`, ` E "Squat"`, "  working 100kg x5 @2"}
	if diff := cmp.Diff(want, summary(importAll(t, data, Options{}))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// repkit's CSV: a zero rest is a rest of 0, not an error; a line cell that
// is not a number is an error naming the column.
func TestRepkitCSVCells(t *testing.T) {
	h := &History{Workouts: []Workout{{Start: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), Name: "Push",
		Exercises: []ExerciseLog{{Name: "Curl", Sets: []Set{{Kind: KindWorking, Load: 20 * repkit.Kilogram, Reps: 10, Line: 7}}}}}}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, h.Workouts); err != nil {
		t.Fatal(err)
	}
	rd := csv.NewReader(bytes.NewReader(buf.Bytes()))
	recs, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) int { return slices.Index(recs[0], name) }
	edit := func(name, v string) []byte {
		var out bytes.Buffer
		w := csv.NewWriter(&out)
		for i, rec := range recs {
			rec = slices.Clone(rec)
			if i == 1 {
				rec[col(name)] = v
			}
			_ = w.Write(rec)
		}
		w.Flush()
		return out.Bytes()
	}
	got := importAll(t, edit("rest", "0s"), Options{})
	if s := got.Workouts[0].Exercises[0].Sets[0]; s.Rest != 0 || s.Line != 7 {
		t.Errorf("rest 0s: %+v", s)
	}
	_, _, err = Import(bytes.NewReader(edit("line", "x")), Options{})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "line" {
		t.Errorf("line x: %v; want an error naming line", err)
	}
}

// The line and row limits at their exact edges. The row puts its Notes
// column first and opens the note with 70000 letters, more than the
// read-ahead buffer, and the file ends with the row: so every separator and
// every byte of it is counted after the row begins, and nothing after it.
// A line may hold 64000 separators (64*MaxFields), a row 195072
// (64*MaxFields + 2*64 KiB) and 2 MiB (2*MaxLineBytes); one more is refused.
func TestLimitsExactly(t *testing.T) {
	const head = "Notes,Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Workout Notes,RPE\n"
	const tail = ",2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell),1,100.0,5,0,0,,8\n" // 11 separators
	// row builds the row from the lines of its note after the letters.
	row := func(lines ...string) string {
		return `"` + strings.Repeat("x", 70000) + "\n" + strings.Join(lines, "\n") + `"` + tail
	}
	commas := func(n int) string { return strings.Repeat(",", n) }
	read := func(data string) error {
		_, _, err := Import(strings.NewReader(head+data), Options{Unit: repkit.UnitKilogram, Lenient: true})
		return err
	}
	lineSeps := 64 * MaxFields
	rowSeps := 64*MaxFields + 2*readAhead
	for _, tt := range []struct {
		name string
		data string
		ok   bool
	}{
		{"a line of 64000 separators", row(commas(lineSeps - 11)), true},
		{"a line of 64001", row(commas(lineSeps - 10)), false},
		// 3 x 64000 + 3061 + 11 = 195072
		{"a row of 195072 separators", row(commas(lineSeps), commas(lineSeps), commas(lineSeps), commas(rowSeps-3*lineSeps-11)), true},
		{"a row of 195073", row(commas(lineSeps), commas(lineSeps), commas(lineSeps), commas(rowSeps-3*lineSeps-10)), false},
	} {
		if err := read(tt.data); (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrLimit)) {
			t.Errorf("%s: %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
	// A row of exactly 2 MiB: the letters, two lines of 700000, and the
	// rest of the 2097152 bytes in a third.
	fixed := len(row("", "", "")) // the row with three empty lines
	third := 2*MaxLineBytes - fixed - 2*700000
	exact := row(strings.Repeat("y", 700000), strings.Repeat("y", 700000), strings.Repeat("y", third))
	if len(exact) != 2*MaxLineBytes {
		t.Fatalf("the row is %d bytes", len(exact))
	}
	if err := read(exact); err != nil {
		t.Errorf("a row of exactly 2 MiB: %v", err)
	}
	if err := read(row(strings.Repeat("y", 700000), strings.Repeat("y", 700000), strings.Repeat("y", third+1))); !errors.Is(err, ErrLimit) {
		t.Errorf("a row of 2 MiB and a byte: %v, want ErrLimit", err)
	}
}
