package benchcpu

import "testing"

// TestCPUTimeAdvances: spinning for a while moves the process's CPU time
// forward, so cpu-ns/op measures work done.
func TestCPUTimeAdvances(t *testing.T) {
	t0, ok := cpuTime()
	if !ok {
		t.Skip("no CPU time on this system")
	}
	x := 0
	for i := range 50_000_000 {
		x += i ^ x
	}
	t1, _ := cpuTime()
	if t1 <= t0 {
		t.Errorf("CPU time went from %d to %d ns after a busy loop (%d)", t0, t1, x)
	}
}
