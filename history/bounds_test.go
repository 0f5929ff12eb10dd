package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
)

// The tests in this file pin the fixes of issue 15: bad input ends in a
// clear error or a reported skip, never a hang, a silent loss or an
// unwritable value.

const strongHeader = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
const strongRow = "2024-03-04 18:00:00,Push,1h 5m,Bench Press (Barbell),1,100.0,5,0,0,,,8\n"

type failingReader struct{ n int }

var errReset = errors.New("connection reset")

func (f *failingReader) Read([]byte) (int, error) { f.n++; return 0, errReset }

// A read failure ends a lenient import with the read error, once.
func TestImportFailingReader(t *testing.T) {
	for _, lenient := range []bool{false, true} {
		fr := &failingReader{}
		r := io.MultiReader(strings.NewReader(strongHeader+strongRow), fr)
		h, skipped, err := Import(r, Options{Unit: repkit.UnitKilogram, Lenient: lenient})
		if !errors.Is(err, errReset) || h != nil || skipped != nil {
			t.Errorf("lenient=%v: Import = %v, %d skipped, %v; want the read error", lenient, h, len(skipped), err)
		}
		var re *RowError
		if errors.As(err, &re) {
			t.Errorf("lenient=%v: a read failure is reported as a malformed row: %v", lenient, err)
		}
		if fr.n > 3 {
			t.Errorf("lenient=%v: the failing reader was read %d times", lenient, fr.n)
		}
	}
}

// A file with CR-only line ends reads like the same file with LF ends.
func TestImportCROnly(t *testing.T) {
	lf := strongHeader + strongRow + strings.Replace(strongRow, ",1,", ",2,", 1)
	want, _, err := Import(strings.NewReader(lf), Options{Unit: repkit.UnitKilogram})
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := Import(strings.NewReader(strings.ReplaceAll(lf, "\n", "\r")), Options{Unit: repkit.UnitKilogram})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(got.Workouts); n != 1 || len(got.Workouts[0].Exercises[0].Sets) != 2 {
		t.Fatalf("CR-only file: %v, want one workout of two sets", summary(got))
	}
	if g, w := strings.Join(summary(got), "\n"), strings.Join(summary(want), "\n"); g != w {
		t.Errorf("CR-only file reads as\n%s\nwant\n%s", g, w)
	}
}

func sampleHistory() *History {
	return &History{Source: FormatStrong, Unit: repkit.UnitKilogram, Workouts: []Workout{{
		Start: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), Name: "Push",
		Exercises: []ExerciseLog{{Name: "Bench", Sets: []Set{{Kind: KindWorking, Load: 100 * repkit.Kilogram, Reps: 5}}}},
	}}}
}

// ReadJSON reads exactly one document; errors say where.
func TestReadJSONBounds(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleHistory()); err != nil {
		t.Fatal(err)
	}
	doc := buf.String()
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", "empty"},
		{"spaces", "  \n", "empty"},
		{"two documents", doc + doc, "offset"},
		{"trailing text", doc + "x", "offset"},
		{"syntax error", `{"source": strong}`, "offset 12"}, // encoding/json: failed after reading 12 bytes,
		{"wrong type", `{"source": "strong", "workouts": 3}`, "offset"},
	} {
		_, err := ReadJSON(strings.NewReader(tt.in))
		if err == nil || errors.Is(err, io.EOF) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ReadJSON = %v, want an error mentioning %q", tt.name, err, tt.want)
		}
	}
	if _, err := ReadJSON(strings.NewReader(doc + "\n\n")); err != nil {
		t.Errorf("a document and blank lines: %v", err)
	}
}

// Every writer refuses what a reader refuses, with one rule: dates JSON
// can carry exactly (years 0-9999, offsets of whole minutes within a day),
// no negative durations, text in UTF-8.
func TestWritersRefuseWhatReadersRefuse(t *testing.T) {
	bad := map[string]func(h *History){
		"+24:00":     func(h *History) { h.Workouts[0].Start = h.Workouts[0].Start.In(time.FixedZone("", 24*3600)) },
		"end -24:00": func(h *History) { h.Workouts[0].End = h.Workouts[0].Start.In(time.FixedZone("", -24*3600)) },
		"LMT seconds": func(h *History) {
			h.Workouts[0].Start = time.Date(1930, 3, 1, 8, 0, 0, 0, time.FixedZone("LMT", 19*60+32))
		},
		"year 10000": func(h *History) { h.Workouts[0].Start = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) },
		"year -1":    func(h *History) { h.Workouts[0].Start = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC) },
		"duration":   func(h *History) { h.Workouts[0].Duration = -time.Minute },
		"name utf8":  func(h *History) { h.Workouts[0].Name = "Push\xff" },
		"notes utf8": func(h *History) { h.Workouts[0].Exercises[0].Sets[0].Notes = "\xc3" },
		"reps":       func(h *History) { h.Workouts[0].Exercises[0].Sets[0].Reps = MaxReps + 1 },
		"volume": func(h *History) {
			s := &h.Workouts[0].Exercises[0].Sets[0]
			s.Load, s.Reps = repkit.MaxLoad/2, 3
		},
	}
	for name, mutate := range bad {
		h := sampleHistory()
		mutate(h)
		var fe *FieldError
		if err := h.Validate(); !errors.As(err, &fe) {
			t.Errorf("%s: Validate() = %v, want a *FieldError", name, err)
		}
		if err := WriteJSON(io.Discard, h); err == nil {
			t.Errorf("%s: WriteJSON wrote it", name)
		}
		if err := WriteCSV(io.Discard, h.Workouts); err == nil {
			t.Errorf("%s: WriteCSV wrote it", name)
		}
	}
}

// Workouts are grouped by instant, with no UnixNano overflow: two workouts
// of one name 2^64 ns apart stay two.
func TestGroupingFarApart(t *testing.T) {
	a := time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.Add(1 << 62).Add(1 << 62).Add(1 << 62).Add(1 << 62) // a + 2^64 ns
	if a.UnixNano() != b.UnixNano() {
		t.Fatalf("test setup: UnixNano differs (%d, %d), the times do not collide", a.UnixNano(), b.UnixNano())
	}
	// Liftosaur's format keeps nanoseconds and groups by start and name.
	csv := "Workout DateTime,Day Name,Exercise,Completed Reps,Completed Weight Value,Completed Weight Unit\n" +
		a.Format(time.RFC3339Nano) + ",W,X,1,0,kg\n" +
		b.Format(time.RFC3339Nano) + ",W,X,2,0,kg\n"
	got, _, err := Import(strings.NewReader(csv), Options{Unit: repkit.UnitKilogram})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Workouts) != 2 {
		t.Errorf("two workouts 2^64 ns apart read as %d: %v", len(got.Workouts), summary(got))
	}
}

// Cells accept only what their rule says.
func TestCellRules(t *testing.T) {
	secs := []struct {
		in string
		ok bool
	}{{"90", true}, {"90.5", true}, {"0x1p4", false}, {"1e3", false}, {"+5", false}, {"Inf", false}, {".5", true}}
	for _, tt := range secs {
		if _, err := parseSeconds(tt.in); (err == nil) != tt.ok {
			t.Errorf("parseSeconds(%q) error %v, want ok=%v", tt.in, err, tt.ok)
		}
	}
	durs := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"5:30", 5*time.Minute + 30*time.Second, true},
		{"05:30", 5*time.Minute + 30*time.Second, true},
		{"1:05:00", time.Hour + 5*time.Minute, true},
		{"90:00", 90 * time.Minute, true}, // the leading field is not capped
		{"5:99", 0, false},
		{"1:60:00", 0, false},
		{"+5:00", 0, false},
		{"5:+1", 0, false},
		{"1h1h", 0, false},
		{"5m 1h", 0, false},
		{"1h 5m", time.Hour + 5*time.Minute, true},
		{"2h 18m 3s", 2*time.Hour + 18*time.Minute + 3*time.Second, true},
		{"1e3", 0, false},
	}
	for _, tt := range durs {
		got, err := parseAppDuration(tt.in)
		if (err == nil) != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("parseAppDuration(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		in string
		ok bool
	}{{"8", true}, {"10000", true}, {"10001", false}, {"9223372036854775807", false}} {
		if _, err := parseCount(tt.in); (err == nil) != tt.ok {
			t.Errorf("parseCount(%q) error %v, want ok=%v", tt.in, err, tt.ok)
		}
	}
	for _, in := range []string{"0", "0.0", "0.00", "00", "0,0"} {
		if e, err := parseRPE(in); err != nil || e.Recorded() {
			t.Errorf("parseRPE(%q) = %v, %v; want not recorded", in, e, err)
		}
	}
	if _, err := parseRPE("10.00000000000000000001"); err == nil {
		t.Error("parseRPE(10.00000000000000000001) reads as a rating")
	}
}

// A reader refuses a line longer than MaxLineBytes, or a header of more
// than MaxFields fields, with a short error and without holding the line.
func TestReaderLimits(t *testing.T) {
	long := strongHeader + strongRow + "2024-03-04 18:00:00,Push,,Bench," + strings.Repeat("x", MaxLineBytes) + "\n" + strongRow
	for _, lenient := range []bool{false, true} {
		_, _, err := Import(strings.NewReader(long), Options{Unit: repkit.UnitKilogram, Lenient: lenient})
		if !errors.Is(err, ErrLimit) || len(err.Error()) > 300 || !strings.Contains(err.Error(), "line 3") {
			t.Errorf("lenient=%v: a line over MaxLineBytes gives %.300v, want a short ErrLimit on line 3", lenient, err)
		}
	}
	// The streaming reader reports the limit once, then ends: a caller
	// that carries on past row errors does not loop.
	rd, err := NewReader(strings.NewReader(long), Options{Unit: repkit.UnitKilogram})
	if err != nil {
		t.Fatal(err)
	}
	var errs []error
	for range 10 {
		if _, err := rd.Next(); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrLimit) {
		t.Errorf("Next after a long line: errors %v, want one ErrLimit and then io.EOF", errs)
	}
	wide := strings.Repeat("x,", MaxFields) + "y\n"
	if _, err := NewReader(strings.NewReader(wide), Options{}); !errors.Is(err, ErrLimit) || len(err.Error()) > 300 {
		t.Errorf("a header of %d fields gives %.300v, want a short ErrLimit", MaxFields+1, err)
	}
	unknown := strings.Repeat("h", 1<<20) + "\n"
	if _, err := NewReader(strings.NewReader(unknown), Options{}); !errors.Is(err, ErrFormat) || len(err.Error()) > 400 {
		t.Errorf("an unknown 1 MiB header gives %.400v, want a short ErrFormat", err)
	}
	cell := strongHeader + "2024-03-04 18:00:00,Push,,Bench,1," + strings.Repeat("9", 500<<10) + ",5,0,0,,,\n"
	if _, _, err := Import(strings.NewReader(cell), Options{Unit: repkit.UnitKilogram}); err == nil || len(err.Error()) > 400 {
		t.Errorf("a 500 KiB weight cell gives %.400v, want a short error", err)
	}
}

// endless yields a header and then the same bytes forever, without
// holding them.
type endless struct {
	head string
	body []byte
	off  int
	left int
}

func (e *endless) Read(p []byte) (int, error) {
	if e.head != "" {
		n := copy(p, e.head)
		e.head = e.head[n:]
		return n, nil
	}
	if e.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && e.left > 0 {
		c := copy(p[n:], e.body[e.off:])
		n += c
		e.off = (e.off + c) % len(e.body)
		e.left -= c
	}
	return n, nil
}

// Memory stays proportional to the rows kept, not to the garbage read:
// 256 MiB of one endless line, or of lines that are all malformed,
// costs about what the limit allows.
func TestReaderMemoryBounded(t *testing.T) {
	for name, body := range map[string]string{"one line": ",,,,", "open quote": "\"abc\n"} {
		src := &endless{head: strongHeader + strongRow, body: []byte(body), left: 256 << 20}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, _, err := Import(src, Options{Unit: repkit.UnitKilogram, Lenient: true})
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrLimit) {
			t.Errorf("%s: Import = %v, want ErrLimit", name, err)
		}
		if got := after.TotalAlloc - before.TotalAlloc; got > 32*MaxLineBytes {
			t.Errorf("%s: reading 256 MiB of garbage allocated %d bytes, want at most %d", name, got, 32*MaxLineBytes)
		}
	}
}

// A lenient import reports every row it leaves out, with its line and
// why; a Liftosaur set planned but not done is reported too.
func TestImportReportsSkips(t *testing.T) {
	in := strongHeader + strongRow + "2024-03-04 18:00:00,Push,1h 5m,Bench,2,abc,5,0,0,,,\n" + strongRow
	h, skipped, err := Import(strings.NewReader(in), Options{Unit: repkit.UnitKilogram, Lenient: true})
	if err != nil || len(skipped) != 1 || skipped[0].Line != 3 || !errors.Is(skipped[0], repkit.ErrSyntax) {
		t.Fatalf("Import = %v, %v, %v; want line 3 skipped for its weight", h, skipped, err)
	}
	lift := "Workout DateTime,Day Name,Exercise,Is Warmup Set?,Required Reps,Completed Reps,Completed Weight Value,Completed Weight Unit\n" +
		"2024-03-04T18:00:00Z,Day 1,Squat,0,5,5,100,kg\n" +
		"2024-03-04T18:00:00Z,Day 1,Squat,0,5,,100,kg\n"
	for _, lenient := range []bool{false, true} {
		h, skipped, err := Import(strings.NewReader(lift), Options{Lenient: lenient})
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Workouts) != 1 || len(h.Workouts[0].Exercises[0].Sets) != 1 {
			t.Errorf("lenient=%v: %v, want one set", lenient, summary(h))
		}
		if len(skipped) != 1 || skipped[0].Line != 3 || !errors.Is(skipped[0], ErrNotDone) {
			t.Errorf("lenient=%v: skipped = %v, want line 3 reported as not done", lenient, skipped)
		}
	}
}

// A stray quote that swallows lines reports the last line it swallowed.
func TestRowErrorEndLine(t *testing.T) {
	in := strongHeader + strongRow + "2024-03-04 18:00:00,Push,,Bench,2,\"100,5,0,0,,,\n" + strongRow + strongRow
	_, skipped, err := Import(strings.NewReader(in), Options{Unit: repkit.UnitKilogram, Lenient: true})
	if err != nil || len(skipped) != 1 || skipped[0].Line != 3 || skipped[0].EndLine != 5 {
		t.Fatalf("skipped = %v, %v; want one row from line 3 to 5", skipped, err)
	}
}

// Text that is not UTF-8 is an error naming the column.
func TestImportInvalidUTF8(t *testing.T) {
	in := strongHeader + "2024-03-04 18:00:00,Push,,Bench\xff,1,100,5,0,0,,,\n"
	_, _, err := Import(strings.NewReader(in), Options{Unit: repkit.UnitKilogram})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "Exercise Name" {
		t.Errorf("Import = %v, want a FieldError naming Exercise Name", err)
	}
}

// Dates with an offset JSON cannot carry are refused when read.
func TestImportRefusesUnwritableDates(t *testing.T) {
	for _, d := range []string{"2024-03-04T18:00:00+24:00", "2024-03-04T18:00:00-24:00"} {
		in := strongHeader + d + ",Push,,Bench,1,100,5,0,0,,,\n"
		_, _, err := Import(strings.NewReader(in), Options{Unit: repkit.UnitKilogram})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Date" {
			t.Errorf("%s: Import = %v, want a FieldError naming Date", d, err)
		}
	}
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip("no tz database")
	}
	in := strongHeader + "1930-03-04 18:00:00,Push,,Bench,1,100,5,0,0,,,\n"
	_, _, err = Import(strings.NewReader(in), Options{Unit: repkit.UnitKilogram, Location: ams})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "Date" {
		t.Errorf("1930 Amsterdam (offset +00:19:32): Import = %v, want a FieldError naming Date", err)
	}
}

// A file of rows that are nothing but separators, under a header of
// MaxFields columns, is read: the separator limit is per line, not per
// buffer read ahead.
func TestReaderDenseSeparators(t *testing.T) {
	head := "Date,Workout Name,Exercise Name,Set Order,Weight,Reps" + strings.Repeat(",x", MaxFields-6) + "\n"
	row := "2024-03-04 18:00:00,W,Bench,1,100,5" + strings.Repeat(",", MaxFields-6) + "\n"
	in := head + strings.Repeat(row, 300)
	h, _, err := Import(strings.NewReader(in), Options{Unit: repkit.UnitKilogram})
	if err != nil || len(h.Workouts) != 1 || len(h.Workouts[0].Exercises[0].Sets) != 300 {
		t.Fatalf("Import of 300 wide rows = %v", err)
	}
}

// Recover makes no Record JSON cannot write: a workout dated +24:00 gives
// none (issue 15: before, the record passed Validate and json.Marshal
// failed on it).
func TestRecoverDateOffsets(t *testing.T) {
	kg20 := 20 * repkit.Kilogram
	sets := []Set{{Kind: KindWorking, Load: kg20, Reps: 10, Rest: 20 * time.Second}, {Kind: KindRestPause, Load: kg20, Reps: 3}}
	for _, tt := range []struct {
		off  int
		want int
	}{{0, 1}, {23*3600 + 59*60, 1}, {24 * 3600, 0}, {-24 * 3600, 0}} {
		day := time.Date(2024, 1, 1, 18, 0, 0, 0, time.FixedZone("", tt.off))
		h := &History{Workouts: []Workout{{Start: day, Exercises: []ExerciseLog{{Name: "Curl", Sets: sets}}}}}
		got := Recover(h, RecoverOptions{})
		if len(got) != tt.want {
			t.Errorf("offset %ds: %d records, want %d", tt.off, len(got), tt.want)
		}
		for _, r := range got {
			if _, err := json.Marshal(r.Record); err != nil {
				t.Errorf("offset %ds: recovered record does not marshal: %v", tt.off, err)
			}
		}
	}
}
