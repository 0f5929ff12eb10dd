//go:build linux || darwin

package benchcpu

import (
	"os"
	"syscall"
	"testing"
)

// TestCPUTimeIsUserPlusSystem: on Linux and macOS, CPUTime can always be
// read, and it counts system time as well as user time: after the process
// has spent some system time (writes to the null device), CPUTime is at
// least the user and system times getrusage gave just before.
func TestCPUTimeIsUserPlusSystem(t *testing.T) {
	if _, ok := CPUTime(); !ok {
		t.Fatal("CPUTime cannot be read on a system with getrusage")
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	var u syscall.Rusage
	buf := make([]byte, 4096)
	for i := 0; i < 200_000 && u.Stime.Nano() == 0; i++ {
		if _, err := null.Write(buf); err != nil {
			t.Fatal(err)
		}
		if i%100 == 0 {
			if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
				t.Fatal(err)
			}
		}
	}
	if u.Stime.Nano() == 0 {
		t.Fatal("no system time after 200000 writes to the null device")
	}
	want := u.Utime.Nano() + u.Stime.Nano()
	if got, _ := CPUTime(); got < want {
		t.Errorf("CPUTime() = %d ns, want at least user %d + system %d = %d ns", got, u.Utime.Nano(), u.Stime.Nano(), want)
	}
}
