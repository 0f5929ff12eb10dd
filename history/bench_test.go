package history

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
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

// benchExport runs op on a generated benchRows-row Strong export b.N
// times, reporting bytes and rows a second; an error from op ends the
// benchmark.
func benchExport(b *testing.B, op func(data []byte) error) {
	data := strongExport(benchRows)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := op(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkImport imports a generated 100,000-row Strong export into a
// History; BenchmarkImportBaselineHand does the same work with a reader
// written by hand for this one file (see handImportStrong).
func BenchmarkImport(b *testing.B) {
	benchExport(b, func(data []byte) error {
		h, skipped, err := Import(bytes.NewReader(data), Options{Unit: repkit.UnitKilogram})
		if err == nil && (len(skipped) != 0 || len(h.Workouts) != benchRows/25) {
			err = fmt.Errorf("%d rows skipped, %d workouts, want none and %d", len(skipped), len(h.Workouts), benchRows/25)
		}
		return err
	})
}

// BenchmarkReaderNext streams the rows without grouping them.
func BenchmarkReaderNext(b *testing.B) {
	benchExport(b, func(data []byte) error {
		rd, err := NewReader(bytes.NewReader(data), Options{Unit: repkit.UnitKilogram})
		if err != nil {
			return err
		}
		for {
			if _, err := rd.Next(); errors.Is(err, io.EOF) {
				return nil
			} else if err != nil {
				return err
			}
		}
	})
}

// BenchmarkParseWeight is the per-cell load parse against repkit.ParseLoad
// of the same text with its unit, the baseline.
func BenchmarkParseWeight(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseWeight("102.5", repkit.UnitKilogram, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseWeightBaselineParseLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := repkit.ParseLoad("102.5kg"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStrongExportGenerator(t *testing.T) {
	h := importAll(t, strongExport(250), Options{Unit: repkit.UnitKilogram})
	if len(h.Workouts) != 10 || len(h.Workouts[0].Exercises) != 5 || len(h.Workouts[0].Exercises[0].Sets) != 5 {
		t.Errorf("generated export groups as %d workouts", len(h.Workouts))
	}
}

// The set arena gives each exercise exactly the sets a plain append would,
// whatever order rows of different exercises come in, and appending to
// one exercise's Sets never changes another's.
func TestSetArenaMatchesAppend(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		const exercises = 3
		var a setArena
		got := make([][]Set, exercises)
		want := make([][]Set, exercises)
		for i, n := 0, rapid.IntRange(0, 300).Draw(t, "adds"); i < n; i++ {
			e := rapid.IntRange(0, exercises-1).Draw(t, "exercise")
			s := Set{Reps: i, Line: e}
			got[e] = a.add(got[e], 0, e, s)
			want[e] = append(want[e], s)
		}
		if len(got[0]) > 0 {
			_ = append(got[0], Set{Reps: -1}) // a caller's append must not reach another exercise's sets
		}
		reps := func(sets [][]Set) (out [][]int) {
			for _, ss := range sets {
				var r []int
				for _, s := range ss {
					r = append(r, s.Reps, s.Line)
				}
				out = append(out, r)
			}
			return out
		}
		if diff := cmp.Diff(reps(want), reps(got)); diff != "" {
			t.Fatalf("(-append +arena):\n%s", diff)
		}
	})
}

// Import allocates about once a row: the line encoding/csv reads, plus a
// few allocations a workout and for the set blocks. It was five a row when
// every row moved to the heap, every "1h 5m" duration cell allocated a
// strconv error, and every exercise grew its own Sets.
func TestImportAllocations(t *testing.T) {
	const rows = 2500
	data := strongExport(rows)
	allocs := testing.AllocsPerRun(5, func() {
		if _, _, err := Import(bytes.NewReader(data), Options{Unit: repkit.UnitKilogram}); err != nil {
			t.Fatal(err)
		}
	})
	if perRow := allocs / rows; perRow > 1.3 {
		t.Errorf("Import allocates %.2f times a row, want at most 1.3", perRow)
	}
}
