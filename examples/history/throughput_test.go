package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit/internal/benchcpu"
)

// threeYears writes a generated Hevy export of a lifter's three years: 150
// workouts, one every week, of 20 sets each: five of squat and of bench
// press (a warm-up, then four working sets), four of lat pulldown, and two
// rest-pause sets logged as a normal set followed by drop sets at the same
// load (leg extension 14+5+4, lateral raise 15+5+3). The loads climb with
// double progression's rhythm and dip for a few weeks twice a year, so the
// monitor and the audit have something to find. Past ten years the
// loads start again from the bottom.
func threeYears() string { return weeklyLog(150) }

// weeklyLog is threeYears' lifter training for the given number of weeks.
func weeklyLog(workouts int) string {
	var b strings.Builder
	b.WriteString(`"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"` + "\n")
	day := time.Date(2023, 1, 2, 18, 0, 0, 0, time.UTC)
	for w := range workouts {
		start := day.AddDate(0, 0, 7*w)
		stamp := func(t time.Time) string { return t.Format("2 Jan 2006, 15:04") }
		head := fmt.Sprintf(`"Full body","%s","%s","",`, stamp(start), stamp(start.Add(75*time.Minute)))
		c := w % 520 // a ten-year cycle, so long logs stay at loads a gym has
		dip := 0.0
		if w%26 >= 22 {
			dip = 10
		}
		row := func(exercise string, i int, kind string, kg float64, reps int, rpe string) {
			fmt.Fprintf(&b, "%s\"%s\",,\"\",%d,\"%s\",%g,%d,,,%s\n", head, exercise, i, kind, kg, reps, rpe)
		}
		squat := 100 + 2.5*float64(c/3) - dip
		bench := 70 + 2.5*float64(c/4) - dip
		for _, main := range []struct {
			name string
			kg   float64
		}{{"Squat (Barbell)", squat}, {"Bench Press (Barbell)", bench}} {
			row(main.name, 0, "warmup", 60, 8, "")
			for s := 1; s <= 4; s++ {
				row(main.name, s, "normal", main.kg, 5+w%4, []string{"8", "8.5", "9", ""}[s-1])
			}
		}
		for s := range 4 {
			row("Lat Pulldown (Cable)", s, "normal", 55+2.5*float64(c/6), 8+w%5, "")
		}
		legs := 50 + 5*float64(c/8)
		row("Leg Extension (Machine)", 0, "normal", legs, 14, "9")
		row("Leg Extension (Machine)", 1, "dropset", legs, 5, "")
		row("Leg Extension (Machine)", 2, "dropset", legs, 4, "")
		raise := 7.5 + 1.25*float64(c/10)
		row("Lateral Raise (Cable)", 0, "normal", raise, 15, "")
		row("Lateral Raise (Cable)", 1, "dropset", raise, 5, "")
		row("Lateral Raise (Cable)", 2, "dropset", raise, 3, "")
	}
	return b.String()
}

func writeThreeYears(tb testing.TB) string { return writeGenerated(tb, threeYears()) }

func writeGenerated(tb testing.TB, data string) string {
	path := filepath.Join(tb.TempDir(), "log.csv")
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// TestThreeYearsPipeline: the throughput benchmark's history goes through
// every stage: 3,000 set rows imported with nothing skipped, rest-pause
// sets recovered and audited, a next-time answer for each exercise and a
// trend from the main lifts.
func TestThreeYearsPipeline(t *testing.T) {
	data := threeYears()
	if rows := strings.Count(data, "\n") - 1; rows != 150*20 {
		t.Fatalf("%d rows, want 3000", rows)
	}
	var out, errb strings.Builder
	if code := run([]string{writeThreeYears(t)}, &out, &errb); code != 0 || errb.Len() != 0 {
		t.Fatalf("run = %d, stderr %q", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"Leg Extension (Machine)", "Lateral Raise (Cable)", "Squat (Barbell)", "Bench Press (Barbell)", "Lat Pulldown (Cable)"} {
		if !strings.Contains(s, "\n"+want+"\n") {
			t.Errorf("report has no section for %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, "  next time: "); n != 5 {
		t.Errorf("%d next-time answers for 5 exercises:\n%s", n, s)
	}
	if !strings.Contains(s, "main-lift e1RM trend") || !strings.Contains(s, "rest-pause audit") {
		t.Errorf("report lacks the trend or the audit:\n%s", s)
	}
	if t.Failed() || testing.Verbose() {
		t.Log(s)
	}
}

// BenchmarkThroughputThreeYears runs one lifter's three-year history (150
// workouts of 20 sets) through the whole of examples/history: import,
// recovery of the rest-pause sets, the next-time decision for each
// exercise (progression.Coach.Decide), the main lifts' trend
// (fatigue.Monitor) and the audit (restpause.Auditor), printing the report
// to io.Discard. users/s/core is lifters a second on one core, from the
// process's CPU time.
func BenchmarkThroughputThreeYears(b *testing.B) {
	path := writeThreeYears(b)
	b.ReportAllocs()
	t0, ok := benchcpu.CPUTime()
	for b.Loop() {
		if code := run([]string{path}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("run = %d", code)
		}
	}
	if t1, ok1 := benchcpu.CPUTime(); ok && ok1 && t1 > t0 {
		b.ReportMetric(float64(t1-t0)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(1e9*float64(b.N)/float64(t1-t0), "users/s/core")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "users/s")
}

// BenchmarkPipelineScale is the throughput benchmark's pipeline on the same
// lifter's log at 1k to 1M set rows (50 to 50,000 weekly workouts);
// ns/row is the cost per row, flat when every stage is linear.
func BenchmarkPipelineScale(b *testing.B) {
	for _, rows := range []int{1_000, 10_000, 100_000, 1_000_000} {
		path := writeGenerated(b, weeklyLog(rows/20))
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			b.ReportAllocs()
			defer benchcpu.Begin(b)()
			for b.Loop() {
				if code := run([]string{path}, io.Discard, io.Discard); code != 0 {
					b.Fatalf("run = %d", code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(rows), "ns/row")
		})
	}
}
