package history

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ReadJSON(bytes.NewReader(data))
		if err == nil {
			if verr := h.Validate(); verr != nil {
				t.Fatalf("ReadJSON accepted an invalid history: %v", verr)
			}
		}
	})
}

func mustRead(f *testing.F, p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}
