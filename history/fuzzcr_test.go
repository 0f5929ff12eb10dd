package history

import (
	"bytes"
	"strings"
	"testing"

	"github.com/repkit/repkit"
)

// FuzzCROnly: a file with CR line ends reads as the same file with LF
// line ends, row for row.
//
// The seeds are short on purpose. When the fuzzer finds an input that
// reaches new code it minimises it before it reports any progress, and Go's
// minimiser tries removing every run of bytes: quadratic in the input's
// length. Seeded with the 1342-byte strong_rpe.csv, the first such input
// took the worker past the 10 s the CI gate gives (about 900,000 runs of
// two imports), so the gate saw "execs: 2" and no progress.
func FuzzCROnly(f *testing.F) {
	f.Add([]byte("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2024-03-04 18:00:00,Push,Bench,1,100,5\n2024-03-04 18:00:00,Push,Bench,2,100,4\n"))
	f.Add([]byte("Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes\n2024-03-04 18:00:00,Push,Curl,1,20,12,\"a\nb\"\n2024-03-04 18:00:00,Push,Curl,Rest Timer,0,0,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.IndexByte(data, '\r') >= 0 {
			return
		}
		i := bytes.IndexByte(data, '\n')
		if i < 0 || i+1 == len(data) {
			return // one line: nothing tells CR from text
		}
		opts := Options{Unit: repkit.UnitKilogram, Lenient: true}
		lf, lfSkipped, lfErr := Import(bytes.NewReader(data), opts)
		cr, crSkipped, crErr := Import(bytes.NewReader(bytes.ReplaceAll(data, []byte("\n"), []byte("\r"))), opts)
		if (lfErr == nil) != (crErr == nil) || len(lfSkipped) != len(crSkipped) {
			t.Fatalf("LF: %v, %d skipped; CR: %v, %d skipped", lfErr, len(lfSkipped), crErr, len(crSkipped))
		}
		if lfErr == nil && strings.Join(summary(lf), "\n") != strings.Join(summary(cr), "\n") {
			t.Fatalf("LF reads\n%s\nCR reads\n%s", strings.Join(summary(lf), "\n"), strings.Join(summary(cr), "\n"))
		}
	})
}
