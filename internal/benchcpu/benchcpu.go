// Package benchcpu reports a benchmark's CPU time per operation beside
// its wall time. On a machine shared with other work, wall time per
// operation counts the time the benchmark waited for a core; the process's
// CPU time (user and system, garbage collection included) does not, so
// ratios of two benchmarks' cpu-ns/op hold up where their ns/op do not.
package benchcpu

import "testing"

// Begin begins measuring; call the function it returns after the b.Loop
// loop to report "cpu-ns/op". Where the process's CPU time cannot be read,
// it reports nothing.
func Begin(b *testing.B) (stop func()) {
	t0, ok := CPUTime()
	return func() {
		t1, ok1 := CPUTime()
		if ok && ok1 && b.N > 0 {
			b.ReportMetric(float64(t1-t0)/float64(b.N), "cpu-ns/op")
		}
	}
}

// CPUTime returns the process's user and system CPU time so far in
// nanoseconds, and false where it cannot be read.
func CPUTime() (int64, bool) { return cpuTime() }
