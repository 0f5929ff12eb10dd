package history

import (
	"bytes"
	"testing"

	"pgregory.net/rapid"
)

// scanByteByByte is lineReader.scan as it was first written, one byte at a
// time: the reference the fast scan must agree with.
func scanByteByByte(l *lineReader, p []byte) int {
	for i := range p {
		c := p[i]
		if c == '\r' && l.cr {
			p[i], c = '\n', '\n'
		}
		if c == '\n' {
			l.line, l.seps = 0, 0
			continue
		}
		if c == l.sep && l.sep != 0 {
			l.seps++
			l.rowSeps++
			if l.seps > maxLineSeps || l.rowSeps > maxRowSeps {
				return i
			}
		}
		l.line++
		if l.line > MaxLineBytes {
			return i
		}
	}
	return -1
}

// TestScanMatchesByteByByte: from any state, near the limits or not, the
// line-at-a-time scan stops at the same byte as the byte-by-byte one,
// rewrites the same bytes and leaves the same counts.
func TestScanMatchesByteByByte(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		near := func(limit int, label string) int {
			return limit - rapid.IntRange(0, 12).Draw(t, label)
		}
		start := lineReader{
			cr:      rapid.Bool().Draw(t, "cr"),
			sep:     rapid.SampledFrom([]byte{0, ',', ';'}).Draw(t, "sep"),
			line:    rapid.SampledFrom([]int{0, 3, near(MaxLineBytes, "line")}).Draw(t, "line"),
			seps:    rapid.SampledFrom([]int{0, 2, near(maxLineSeps, "seps")}).Draw(t, "seps"),
			rowSeps: rapid.SampledFrom([]int{0, 5, near(maxRowSeps, "rowSeps")}).Draw(t, "rowSeps"),
		}
		if start.seps > start.rowSeps {
			start.rowSeps = start.seps
		}
		p := rapid.SliceOfN(rapid.SampledFrom([]byte("a,;\r\n\"")), 0, 64).Draw(t, "p")
		fast, slow := start, start
		pf, ps := bytes.Clone(p), bytes.Clone(p)
		gotF, gotS := fast.scan(pf), scanByteByByte(&slow, ps)
		if gotF != gotS {
			t.Fatalf("scan stopped at %d, byte by byte at %d", gotF, gotS)
		}
		if gotS >= 0 {
			pf, ps = pf[:gotS], ps[:gotS] // bytes past the stop are not handed out
		}
		if !bytes.Equal(pf, ps) {
			t.Fatalf("scan wrote %q, byte by byte %q", pf, ps)
		}
		if gotS < 0 && (fast.line != slow.line || fast.seps != slow.seps || fast.rowSeps != slow.rowSeps) {
			t.Fatalf("counts line/seps/rowSeps %d/%d/%d, byte by byte %d/%d/%d",
				fast.line, fast.seps, fast.rowSeps, slow.line, slow.seps, slow.rowSeps)
		}
	})
}
