package history

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
)

// fuzzReader feeds arbitrary bytes to the reader: it must never panic, and
// every row error must name a line (and a column when a cell is at fault).
func fuzzReader(t *testing.T, data []byte, opts Options) {
	rd, err := NewReader(bytes.NewReader(data), opts)
	if err != nil {
		if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrColumn) && !errors.Is(err, ErrUnitRequired) && !errors.Is(err, ErrRow) {
			t.Fatalf("header error wraps no sentinel: %v", err)
		}
		return
	}
	eachRow(t, rd, func(row Row) {
		if row.Line < 2 || row.Set.Reps < 0 || row.Set.Load < 0 {
			t.Fatalf("bad row %+v", row)
		}
	}, func(err error, re *RowError) {
		if re.Line < 1 {
			t.Fatalf("row error names no line: %v", err)
		}
		if fe := (*FieldError)(nil); !errors.As(re, &fe) && !errors.Is(err, ErrRow) {
			t.Fatalf("row error is neither a cell's *FieldError nor ErrRow: %v", err)
		} else if fe != nil && fe.Field == "" {
			t.Fatalf("cell error names no column: %v", err)
		}
		if !strings.Contains(err.Error(), "line ") {
			t.Fatalf("message names no line: %v", err)
		}
	})
	// Import in both modes must agree with the streaming reader and not panic.
	h, skipped, err := Import(bytes.NewReader(data), Options{Unit: opts.Unit, Lenient: true})
	if err == nil {
		if verr := h.Validate(); verr != nil {
			t.Fatalf("imported history is invalid: %v", verr)
		}
		for _, s := range skipped {
			if s.Line < 1 {
				t.Fatalf("skipped row names no line: %v", s)
			}
		}
	}
}

// fuzzFormat seeds the fuzzer with the testdata exports whose names start
// with prefix and runs fuzzReader with opts on what it makes of them.
func fuzzFormat(f *testing.F, prefix string, opts Options) {
	paths, _ := filepath.Glob(filepath.Join("testdata", prefix+"*.csv"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, opts) })
}

func FuzzStrong(f *testing.F) { fuzzFormat(f, "strong", Options{Unit: repkit.UnitKilogram}) }

func FuzzHevy(f *testing.F) { fuzzFormat(f, "hevy", Options{}) }

func FuzzFitNotes(f *testing.F) { fuzzFormat(f, "fitnotes", Options{Unit: repkit.UnitPound}) }

func FuzzLiftosaur(f *testing.F) { fuzzFormat(f, "liftosaur", Options{}) }

func FuzzRepkitCSV(f *testing.F) {
	var buf bytes.Buffer
	h, _, err := Import(strings.NewReader(mustRead(f, "testdata/hevy_kg.csv")), Options{})
	if err != nil {
		f.Fatal(err)
	}
	if err := WriteCSV(&buf, h.Workouts); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, data, Options{}) })
}

func FuzzReadJSON(f *testing.F) {
	h, _, err := Import(strings.NewReader(mustRead(f, "testdata/strong_rpe.csv")), Options{Unit: repkit.UnitKilogram})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, h); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	// The wire format's seconds, Go duration text, and an old file's
	// nanoseconds (refused); FuzzWireJSON checks the round trip.
	f.Add([]byte(goldenHistoryJSON))
	f.Add([]byte(strings.Replace(goldenHistoryJSON, `"rest":90`, `"rest":"1m30s"`, 1)))
	f.Add([]byte(strings.Replace(goldenHistoryJSON, `"rest":90`, `"rest":90000000000`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ReadJSON(bytes.NewReader(data))
		if err == nil {
			if verr := h.Validate(); verr != nil {
				t.Fatalf("ReadJSON accepted an invalid history: %v", verr)
			}
		}
	})
}

func mustRead(f testing.TB, p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}

// FuzzCells checks the cell parsers against their documented rules: a
// clock "m:ss" is read exactly when the seconds are below 60, as m*60+ss;
// seconds are plain decimals; a count is 0 to MaxReps; an RPE cell is
// empty, zero or a valid rating. None panics.
func FuzzCells(f *testing.F) {
	for _, s := range []string{"5:30", "5:99", "+5:00", "1h1h", "0x1p4", "1e3", "90", "0.00", "10.00000000000000000001", "1:05:00", "9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := parseAppDuration(s); err == nil && d < 0 {
			t.Fatalf("parseAppDuration(%q) = %v", s, d)
		}
		if m, sec, ok := strings.Cut(s, ":"); ok && len(m) > 0 && len(m) <= 6 && len(sec) > 0 && len(sec) <= 6 && strings.Trim(m+sec, "0123456789") == "" {
			mi, _ := strconv.Atoi(m)
			si, _ := strconv.Atoi(sec)
			d, err := parseAppDuration(s)
			if (err == nil) != (si < 60) || (err == nil && d != time.Duration(mi)*time.Minute+time.Duration(si)*time.Second) {
				t.Fatalf("parseAppDuration(%q) = %v, %v", s, d, err)
			}
		}
		if d, err := parseSeconds(s); err == nil {
			if d < 0 || !plainNumber(strings.TrimSpace(s)) && strings.TrimSpace(s) != "" {
				t.Fatalf("parseSeconds(%q) = %v", s, d)
			}
		}
		if n, err := parseCount(s); err == nil && (n < 0 || n > MaxReps) {
			t.Fatalf("parseCount(%q) = %d", s, n)
		}
		if e, err := parseRPE(s); err == nil && e.Validate() != nil {
			t.Fatalf("parseRPE(%q) = %v, invalid", s, e)
		}
	})
}
