package history

import (
	"bytes"
	"errors"
	"io"
)

// A lineReader sits between the source and the CSV parser. It bounds what
// the parser can be made to hold: past MaxLineBytes in one line, or in one
// row (the bytes read since the Reader started the row, less what is
// still buffered), it fails with errLimit. It turns CR line ends into LF
// for files that end their lines with CR alone, and it keeps the first
// read error, so a failing source is read once and every later call
// gets the same error.
type lineReader struct {
	r        io.Reader
	cr       bool  // CR-only file: every \r becomes \n
	line     int   // bytes since the last \n
	total    int64 // bytes handed out
	rowStart int64 // total when the current row began, less buffered bytes
	sep      byte  // the field separator, once known
	seps     int   // separators since the last \n
	rowSeps  int   // separators handed out since the row began, read-ahead included
	err      error
}

// readAhead is the size of the buffers between the source and the parser.
const readAhead = 64 << 10

// errLimit is the cause inside the *RowError of a line or row past
// MaxLineBytes.
var errLimit = &tooLong{}

type tooLong struct{}

func (*tooLong) Error() string {
	return "line too long: a line holds more than 1 MiB (MaxLineBytes) or 64000 separators, or a row more than 2 MiB; this is not an export"
}
func (*tooLong) Unwrap() error { return ErrLimit }

func (l *lineReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.r.Read(p)
	if i := l.scan(p[:n]); i >= 0 {
		l.err = errLimit
		return i, nil
	}
	l.total += int64(n)
	if l.total-l.rowStart > 2*MaxLineBytes {
		l.err = errLimit
		return n, nil
	}
	if err != nil && !errors.Is(err, io.EOF) {
		l.err = err
	}
	return n, err
}

// Row limits: a line's count of separators is exact; a row's also counts
// the bytes read ahead of it, up to two buffers, so its limit leaves room.
const (
	maxLineSeps = 64 * MaxFields
	maxRowSeps  = 64*MaxFields + 2*readAhead
)

// scan turns CR into LF in a CR-only file and counts p's bytes and
// separators into the line and the row. It returns the index of the first
// byte past a limit, or -1 when p is within them. It works a line at a
// time with bytes.IndexByte and bytes.Count, the reader's hot path, and
// walks a line byte by byte (scanBytes) only to find where it broke a
// limit.
func (l *lineReader) scan(p []byte) int {
	if l.cr {
		for rest := p; ; {
			i := bytes.IndexByte(rest, '\r')
			if i < 0 {
				break
			}
			rest[i] = '\n'
			rest = rest[i+1:]
		}
	}
	sep := [1]byte{l.sep}
	for off := 0; off < len(p); {
		line := p[off:]
		end := bytes.IndexByte(line, '\n')
		if end >= 0 {
			line = line[:end]
		}
		seps := 0
		if l.sep != 0 {
			seps = bytes.Count(line, sep[:])
		}
		if l.seps+seps > maxLineSeps || l.rowSeps+seps > maxRowSeps || l.line+len(line) > MaxLineBytes {
			return off + l.scanBytes(line)
		}
		l.seps += seps
		l.rowSeps += seps
		l.line += len(line)
		if end < 0 {
			break
		}
		l.line, l.seps = 0, 0
		off += end + 1
	}
	return -1
}

// scanBytes counts a line (no LF in it) a byte at a time and returns the
// index of the byte that breaks a limit; scan calls it only for a line
// that does.
func (l *lineReader) scanBytes(line []byte) int {
	for i, c := range line {
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
	return len(line) // not reached: scan calls it for a line past a limit
}
