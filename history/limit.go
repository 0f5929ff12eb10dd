package history

import (
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
	for i := 0; i < n; i++ {
		c := p[i]
		if c == '\r' && l.cr {
			p[i], c = '\n', '\n'
		}
		if c == '\n' {
			l.line, l.seps = 0, 0
			continue
		}
		if c == l.sep && l.sep != 0 {
			// A line's count is exact; a row's also counts the bytes read
			// ahead of it, up to two buffers, so its limit leaves room.
			l.seps++
			l.rowSeps++
			if l.seps > 64*MaxFields || l.rowSeps > 64*MaxFields+2*readAhead {
				l.err = errLimit
				return i, nil
			}
		}
		l.line++
		if l.line > MaxLineBytes {
			l.err = errLimit
			return i, nil
		}
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
