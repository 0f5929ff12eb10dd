package history

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/repkit/repkit/exercise"
)

// strongExport generates a Strong export of n set rows: five exercises a
// workout, five sets each, a workout every two days.
func strongExport(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n")
	names := []string{"Bench Press (Barbell)", "Lateral Raise (Cable)", "Lat Pulldown (Cable)", "Leg Extension (Machine)", "Bicep Curl (Dumbbell)"}
	for i := 0; i < n; i++ {
		w := i / 25
		day := w * 2
		fmt.Fprintf(&b, "20%02d-%02d-%02d 18:%02d:00,\"Workout %d\",1h 5m,\"%s\",%d,%d.5,%d,0,0,,,%s\n",
			10+day/336, 1+day/28%12, 1+day%28, w%60, w%7, names[i/5%5], i%5+1, 20+i%40, 5+i%8, []string{"", "8", "9.5"}[i%3])
	}
	return b.Bytes()
}

var benchRows = 100_000

// BenchmarkImport imports a generated 100,000-row Strong export into a
// History; BenchmarkImportBaselineCSV reads the same bytes with
// encoding/csv into [][]string, the least any CSV import can do.
func BenchmarkImport(b *testing.B) {
	data := strongExport(benchRows)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		h, skipped, err := Import(bytes.NewReader(data), Options{Unit: exercise.Kilograms})
		if err != nil || len(skipped) != 0 || len(h.Workouts) != benchRows/25 {
			b.Fatal(err, len(skipped), len(h.Workouts))
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkImportBaselineCSV(b *testing.B) {
	data := strongExport(benchRows)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil || len(recs) != benchRows+1 {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkReaderNext streams the rows without grouping them.
func BenchmarkReaderNext(b *testing.B) {
	data := strongExport(benchRows)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rd, err := NewReader(bytes.NewReader(data), Options{Unit: exercise.Kilograms})
		if err != nil {
			b.Fatal(err)
		}
		for {
			if _, err := rd.Next(); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkParseWeight is the per-cell load parse against exercise.ParseLoad
// of the same text with its unit, the baseline.
func BenchmarkParseWeight(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseWeight("102.5", exercise.Kilograms, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseWeightBaselineParseLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := exercise.ParseLoad("102.5kg"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStrongExportGenerator(t *testing.T) {
	h, skipped, err := Import(bytes.NewReader(strongExport(250)), Options{Unit: exercise.Kilograms})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	if len(h.Workouts) != 10 || len(h.Workouts[0].Exercises) != 5 || len(h.Workouts[0].Exercises[0].Sets) != 5 {
		t.Errorf("generated export groups as %d workouts", len(h.Workouts))
	}
}
