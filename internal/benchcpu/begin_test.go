package benchcpu

import (
	"flag"
	"math"
	"testing"
)

// burn spends CPU time and returns a value so the loop is not optimised
// away.
func burn(n int) int {
	x := 0
	for i := range n {
		x += i ^ x
	}
	return x
}

// fixedIterations sets -test.benchtime to n iterations for this test, so
// that testing.Benchmark runs a benchmark a known number of times instead
// of for a second.
func fixedIterations(t *testing.T, n string) {
	t.Helper()
	f := flag.Lookup("test.benchtime")
	old := f.Value.String()
	if err := f.Value.Set(n); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
}

// TestBeginReportsCPUPerOp: the metric Begin's stop reports is the CPU
// time between Begin and stop divided by b.N. Bracketing the benchmark
// with CPUTime bounds it: above 0, since each of the 4 iterations burns
// CPU, and at most a quarter of the CPU the whole benchmark took.
func TestBeginReportsCPUPerOp(t *testing.T) {
	if _, ok := CPUTime(); !ok {
		t.Skip("no CPU time on this system")
	}
	fixedIterations(t, "4x")
	sink := 0
	c0, _ := CPUTime()
	r := testing.Benchmark(func(b *testing.B) {
		stop := Begin(b)
		for b.Loop() {
			sink += burn(2_000_000)
		}
		stop()
	})
	c1, _ := CPUTime()
	if r.N != 4 {
		t.Fatalf("the benchmark ran %d times, want 4", r.N)
	}
	got, ok := r.Extra["cpu-ns/op"]
	if limit := float64(c1-c0) / 4; !ok || got <= 0 || got > limit {
		t.Errorf("cpu-ns/op = %v (reported %v), want above 0 and at most %v, a quarter of the %d ns the benchmark took (%d)",
			got, ok, limit, c1-c0, sink)
	}
}

// TestBeginWithNoIterationsReportsNothing: inside a b.Loop loop b.N is 0;
// a stop called there reports no metric rather than a division by zero.
func TestBeginWithNoIterationsReportsNothing(t *testing.T) {
	if _, ok := CPUTime(); !ok {
		t.Skip("no CPU time on this system")
	}
	fixedIterations(t, "1x")
	n := -1
	r := testing.Benchmark(func(b *testing.B) {
		stop := Begin(b)
		for b.Loop() {
			n = b.N
			stop()
		}
	})
	if got, ok := r.Extra["cpu-ns/op"]; n != 0 || ok {
		t.Errorf("with b.N = %d, stop reported cpu-ns/op = %v (%v, NaN %v), want no metric for b.N = 0", n, got, ok, math.IsNaN(got))
	}
}
