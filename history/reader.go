package history

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/fielderr"
	"github.com/repkit/repkit/internal/jsontime"
)

// A Row is one row of an export: one set, with the workout and exercise it
// belongs to, as the file wrote them. [Reader.Next] returns rows; [Import]
// groups them into a [History].
type Row struct {
	Line int // the line the row starts on (the header is line 1)

	WorkoutStart    time.Time
	WorkoutEnd      time.Time // zero when the file has no end time
	WorkoutDuration time.Duration
	WorkoutName     string
	WorkoutNotes    string

	Exercise      string // verbatim
	ExerciseNotes string
	Superset      string
	// LoadKind is what the row's load means: the kind repkit's CSV states
	// in its load_kind column, or else the one [MapName] gives the
	// exercise's name through [Options.Catalog].
	LoadKind repkit.LoadKind

	// RestOnly marks a row that is not a set but the rest timer of the set
	// before it in the same exercise (Strong's "Rest Timer" rows); Set.Rest
	// holds the rest and nothing else in Set is meaningful.
	RestOnly bool

	// WorkoutIndex and EntryIndex number the workout in the file and the
	// exercise in its workout, from 1, in formats that number them (repkit's
	// own CSV); 0 elsewhere. NoSet marks a row that records an exercise (or,
	// with Exercise empty, a workout) that has no sets.
	WorkoutIndex, EntryIndex int
	NoSet                    bool

	// Unit is the unit the row's weight was written in: the one its weight
	// column, its unit cell or its load text names, or [Options.Unit] for a
	// file that names none. It is UnitUnknown for a row with no weight (an
	// empty weight cell, a rest timer). Set.Load is an exact mass whatever
	// the unit; Unit says how the lifter wrote it.
	Unit repkit.Unit

	// Warning is nil for a row read as the file wrote it. For a row the
	// file wrote wrongly but that could be read after a repair (a FitNotes
	// exercise name with commas the app did not quote), it says what was
	// repaired: a *RowError wrapping [ErrRepaired] whose *FieldError names
	// the column and the value read.
	Warning *RowError

	Set Set
}

// A Reader streams the rows of an export. It detects the format, the
// delimiter (comma or semicolon) and a UTF-8 byte order mark from the
// header. A Reader is not safe for concurrent use.
type Reader struct {
	csv            *csv.Reader
	src            *lineReader
	buf            *bufio.Reader
	opts           Options
	format         Format
	unit           repkit.Unit // the file's single unit, or UnitUnknown when it varies by row
	header         []string
	decimalComma   bool
	distanceSuffix string // the distance unit a header names, such as "km"
	parse          func(*Reader, []string, *Row) *RowError
	cols           columns
	dates, ends    dateCache
	done           bool
	row            Row                        // the row being parsed: a field, so parsing through r.parse does not move each row to the heap
	kindStated     bool                       // the row being parsed states its LoadKind (repkit's load_kind column)
	kinds          map[string]repkit.LoadKind // the load kind of each exercise name seen
}

// NewReader reads the header of an export and returns a Reader for its
// rows. It returns an error wrapping [ErrFormat] when the header matches no
// known format, [ErrColumn] when a format's required column is missing, and
// [ErrUnitRequired] when the file carries no weight unit and opts.Unit is
// UnitUnknown.
func NewReader(r io.Reader, opts Options) (*Reader, error) {
	pre := bufio.NewReaderSize(r, readAhead)
	if bom, _ := pre.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = pre.Discard(3)
	}
	src := &lineReader{r: pre, cr: crOnly(pre)}
	br := bufio.NewReaderSize(src, readAhead)
	delim := sniffDelimiter(br)
	c := csv.NewReader(br)
	c.Comma = delim
	c.FieldsPerRecord = -1
	c.ReuseRecord = true
	rec, err := c.Read()
	if err == io.EOF {
		return nil, &FieldError{Field: "header", Value: "", Err: ErrFormat, Hint: hintFormat}
	}
	if err != nil {
		if pe := (*csv.ParseError)(nil); !errors.As(err, &pe) {
			return nil, readError(1, err)
		}
		return nil, rowError(1, unwrapParse(err))
	}
	if len(rec) > MaxFields {
		return nil, &RowError{Line: 1, Err: &malformedRow{fieldLimitError(len(rec))}}
	}
	header := make([]string, len(rec))
	for i, h := range rec {
		header[i] = strings.Clone(strings.TrimSpace(strings.Trim(h, "\ufeff")))
	}
	src.sep, src.rowSeps = byte(delim), 0
	rd := &Reader{csv: c, src: src, buf: br, opts: opts, header: header, decimalComma: delim == ';'}
	if err := rd.bind(); err != nil {
		return nil, err
	}
	return rd, nil
}

// Format returns the detected format.
func (r *Reader) Format() Format { return r.format }

// Unit returns the unit the file writes all its weights in: the unit its
// header names, or else [Options.Unit]. It returns UnitUnknown for files
// that state a unit on every row, which may vary (Strong's semicolon
// export, FitNotes' Weight Unit column, Liftosaur); each [Row] then says
// its own, and [Import] settles the History's unit from them (see
// [History]).
func (r *Reader) Unit() repkit.Unit { return r.unit }

// Header returns the header as read, trimmed.
func (r *Reader) Header() []string { return r.header }

// Next returns the next row, or io.EOF after the last. A malformed row
// gets a *RowError naming its line and column; the Reader stays usable and
// the next call reads the row after it. A row that records nothing done (a
// Liftosaur set with no completed reps) comes back as a *RowError wrapping
// [ErrNotDone], so that it is seen, not silently dropped. Text that is not
// UTF-8, a date JSON cannot carry exactly (see [History.Validate]) and a
// load times reps that overflows are cell errors too: the reader keeps
// nothing [WriteJSON] or [WriteCSV] would refuse.
//
// A FitNotes row with more fields than the header (a name or comment
// with commas FitNotes did not quote) is read from its fixed columns when
// it can be, and returned with [Row.Warning] set; otherwise it is a
// *RowError wrapping [ErrRow], as a wrong field count is in every format.
//
// Two errors end reading, and Next returns io.EOF after them: a read
// failure of the source (returned wrapped with the line, not as a
// *RowError, so that the source is not read again), and a line or row past
// [MaxLineBytes] (a *RowError wrapping [ErrLimit]).
//
// One limit comes from encoding/csv, which reads the rows: a quoted field
// may hold line breaks, so a stray or unterminated quote (`"oops,` in a
// notes cell) makes the field run on over the following lines until the
// next quote that can close it, or to the end of the file. Those lines are
// read as part of the one malformed row and their sets are lost, not
// reported one by one. The *RowError names the line the field opened on,
// wraps [ErrRow] and csv.ErrQuote, and says which lines were swallowed:
// "history: line 3: malformed row: extraneous or missing \" in
// quoted-field; a quoted field opened on line 3 ran on to line 9, so lines
// 3-9 are read as this one row and their sets are lost". Reading resumes
// after the last of them. Telling a stray quote from a real multi-line note
// would need the whole file in memory, which a streaming reader does not
// keep.
func (r *Reader) Next() (Row, error) {
	for {
		if r.done {
			return Row{}, io.EOF
		}
		r.src.rowStart, r.src.rowSeps = r.src.total-int64(r.buf.Buffered()), 0
		rec, err := r.csv.Read()
		if err == io.EOF {
			r.done = true
			return Row{}, io.EOF
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				line, _ := r.csv.FieldPos(0)
				r.done = true
				return Row{}, readError(max(line, 1), err)
			}
			re := rowError(pe.StartLine, pe.Err)
			if pe.Line > pe.StartLine && errors.Is(pe.Err, csv.ErrQuote) {
				re = rowError(pe.StartLine, quoteSpanError{start: pe.StartLine, end: pe.Line, err: pe.Err})
				re.EndLine = pe.Line
			}
			return Row{}, re
		}
		line, _ := r.csv.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		var warn *RowError
		if len(rec) != len(r.header) {
			if rec, warn = r.repair(rec, line); rec == nil {
				return Row{}, warn
			}
		}
		for i, f := range rec {
			if !utf8.ValidString(f) {
				return Row{}, r.cellError(rec, i, errUTF8)
			}
		}
		r.row, r.kindStated = Row{Line: line, Warning: warn}, false
		row := &r.row
		if e := r.parse(r, rec, row); e != nil {
			if e == errSkipRow {
				return Row{}, &RowError{Line: line, Err: &FieldError{Field: r.header[r.cols.reps], Value: rec[r.cols.reps], Err: ErrNotDone,
					Hint: "the set was planned but no reps were completed, so it is left out"}}
			}
			return Row{}, e
		}
		if r.format != FormatRepkit {
			if strings.TrimSpace(row.Exercise) == "" && !row.RestOnly {
				return Row{}, r.cellError(rec, r.cols.exercise, errNoExercise)
			}
			row.Set.Line = line
		}
		if e := r.checkRow(rec, row); e != nil {
			return Row{}, e
		}
		row.LoadKind = r.rowKind()
		return *row, nil
	}
}

// checkRow applies the rule [History.Validate] applies, so a reader keeps
// nothing a writer would refuse: dates JSON can carry, reps at most
// MaxReps, a volume that does not overflow.
func (r *Reader) checkRow(rec []string, row *Row) *RowError {
	for _, d := range [...]struct {
		t   time.Time
		col int
	}{{row.WorkoutStart, r.cols.date}, {row.WorkoutEnd, r.cols.end}} {
		if !d.t.IsZero() {
			if hint := jsontime.Problem(d.t); hint != "" {
				return r.cellError(rec, max(d.col, 0), &problem{repkit.ErrRange, hint})
			}
		}
	}
	s := &row.Set
	if s.Reps > 0 && s.Load > repkit.MaxLoad/repkit.Load(s.Reps) {
		return r.cellError(rec, max(r.cols.reps, 0), &problem{repkit.ErrOverflow, "the load times the reps is past 9223 tonnes; check the weight and the reps"})
	}
	return nil
}

var errUTF8 = &problem{repkit.ErrSyntax, "save the file as UTF-8"}

// readError is the error of a source that failed to read, or of a line
// past MaxLineBytes: it ends the read, strict or lenient.
func readError(line int, err error) error {
	if errors.Is(err, ErrLimit) {
		return &RowError{Line: line, Err: err}
	}
	return &sourceError{line: line, err: err}
}

// A sourceError is a read failure of the source while reading line.
type sourceError struct {
	line int
	err  error
}

func (e *sourceError) Error() string {
	return "history: line " + strconv.Itoa(e.line) + ": read failed: " + e.err.Error()
}
func (e *sourceError) Unwrap() error { return e.err }

// fieldLimitError is the cause of a header past MaxFields.
type fieldLimitError int

func (e fieldLimitError) Error() string {
	return "line too long: the header has " + strconv.Itoa(int(e)) + " fields, more than 1000 (MaxFields); this is not an export"
}
func (fieldLimitError) Unwrap() error { return ErrLimit }

// crOnly reports whether the file ends its first line with a CR alone, as
// old Mac software writes: such a file is read with every CR as a line end.
func crOnly(br *bufio.Reader) bool {
	buf, _ := br.Peek(br.Size())
	i := bytes.IndexAny(buf, "\r\n")
	return i >= 0 && buf[i] == '\r' && (i+1 >= len(buf) || buf[i+1] != '\n') && i+1 < len(buf)
}

var errNoExercise = &problem{repkit.ErrEmpty, "write the exercise's name"}

// errSkipRow marks a row a format parser deliberately skips.
var errSkipRow = &RowError{}

// A quoteSpanError is a quoted field that did not close on its own line:
// encoding/csv read on, through line ends, to the quote that ended it (or
// to the end of the file) and the rows in between are part of the one
// malformed row. It unwraps to csv.ErrQuote.
type quoteSpanError struct {
	start, end int
	err        error
}

func (e quoteSpanError) Error() string {
	return e.err.Error() + "; a quoted field opened on line " + strconv.Itoa(e.start) + " ran on to line " + strconv.Itoa(e.end) +
		", so lines " + strconv.Itoa(e.start) + "-" + strconv.Itoa(e.end) + " are read as this one row and their sets are lost"
}

func (e quoteSpanError) Unwrap() error { return e.err }

type fieldCountError struct{ got, want int }

func (e fieldCountError) Error() string {
	return "row has " + strconv.Itoa(e.got) + " fields, header has " + strconv.Itoa(e.want) +
		"; look for a missing or extra separator"
}

func unwrapParse(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// cellError builds the error for column i of the current record from why
// the cell cannot be read: a *problem, a *repkit.FieldError (whose sentinel
// and hint it takes) or a sentinel.
func (r *Reader) cellError(rec []string, i int, cause error) *RowError {
	line, _ := r.csv.FieldPos(i)
	field := r.header[i]
	if field == "" { // a column whose header cell is blank is named by its place
		field = "column " + strconv.Itoa(i+1)
	}
	fe := &FieldError{Field: field, Value: fielderr.Clip(rec[i]), Err: cause}
	var p *problem
	var rf *repkit.FieldError
	switch {
	case errors.As(cause, &p):
		fe.Err, fe.Hint = p.err, p.hint
	case errors.As(cause, &rf):
		fe.Err, fe.Hint = rf.Err, rf.Hint
	case errors.Is(cause, ErrUnitRequired):
		fe.Hint = hintUnit
	case errors.Is(cause, repkit.ErrOverflow):
		fe.Hint = "write a load of at most 9223 tonnes"
	}
	return &RowError{Line: line, Err: fe}
}

// hintFormat is the hint for a header of no known format.
const hintFormat = "export the workouts as CSV from Strong, Hevy, Liftosaur or FitNotes, or from repkit"

// sniffDelimiter looks at the header line (the first that is not blank, as
// encoding/csv skips blank lines) and picks ';' when it has more
// semicolons than commas outside quotes, else ','.
func sniffDelimiter(br *bufio.Reader) rune {
	buf, _ := br.Peek(br.Size())
	buf = bytes.TrimLeft(buf, "\r\n")
	if i := bytes.IndexByte(buf, '\n'); i >= 0 {
		buf = buf[:i]
	}
	commas, semis, quoted := 0, 0, false
	for _, c := range buf {
		switch c {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				commas++
			}
		case ';':
			if !quoted {
				semis++
			}
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// columns holds the index of each column a format reads, -1 when absent.
type columns struct {
	date, end, workoutName, workoutNotes, workoutDuration        int
	exercise, exerciseNotes, superset                            int
	setOrder, setType, warmup, setNotes                          int
	weight, weightKg, weightLb, weightUnit, fallbackWeight       int
	fallbackUnit, reps, targetReps, rpe, fallbackRPE             int
	distance, distanceUnit, seconds, durationSeconds             int
	workoutIndex, entryIndex, setIndex, kind, load, effort, rest int
	line, loadKind                                               int
}

func noColumns() columns {
	return columns{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
		-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}
}

// bind detects the format from the header and resolves its columns.
func (r *Reader) bind() error {
	idx := make(map[string]int, len(r.header))
	for i, h := range r.header {
		k := strings.ToLower(h)
		if _, dup := idx[k]; !dup {
			idx[k] = i
		}
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := idx[n]; !ok {
				return false
			}
		}
		return true
	}
	switch {
	case has("workout", "entry", "set", "kind", "load"):
		return r.bindRepkit(idx)
	case has("exercise name", "set order"):
		return r.bindStrong(idx)
	case has("exercise_title", "start_time"):
		return r.bindHevy(idx)
	case has("workout datetime", "exercise"):
		return r.bindLiftosaur(idx)
	case has("date", "exercise", "category"):
		return r.bindFitNotes(idx)
	}
	return &FieldError{Field: "header", Value: fielderr.Clip(strings.Join(r.header, string(r.csv.Comma))), Err: ErrFormat, Hint: hintFormat}
}

// col returns the index of the first of names present, or -1.
func col(idx map[string]int, names ...string) int {
	for _, n := range names {
		if i, ok := idx[n]; ok {
			return i
		}
	}
	return -1
}

func (r *Reader) require(i int, name string) error {
	if i < 0 {
		return &FieldError{Field: "header", Value: name, Err: ErrColumn,
			Hint: "the file lacks the " + strconv.Quote(name) + " column; export it again with all columns"}
	}
	return nil
}

// fileUnit settles the unit for a file whose weight column names none.
func (r *Reader) fileUnit() error {
	if r.opts.Unit == repkit.UnitUnknown {
		return &FieldError{Field: "weight unit", Value: "", Err: ErrUnitRequired, Hint: hintUnit}
	}
	r.unit = r.opts.Unit
	return nil
}

// cell returns rec[i], or "" when the column is absent.
func cell(rec []string, i int) string {
	if i < 0 {
		return ""
	}
	return rec[i]
}

// setCells reads the cells of a set that Strong and Hevy share: the load
// in column weight (in unit u), the reps, the RPE and the duration in
// seconds. A column index below 0 is a column the file does not have.
func (r *Reader) setCells(rec []string, set *Set, weight int, u repkit.Unit, reps, rpe, seconds int) *RowError {
	var e *RowError
	if set.Load, e = r.weightCell(rec, weight, u); e != nil {
		return e
	}
	if set.Reps, e = r.countCell(rec, reps); e != nil {
		return e
	}
	if e = r.rpeCell(rec, rpe, set); e != nil {
		return e
	}
	set.Duration, e = r.secondsCell(rec, seconds)
	return e
}

// weightCell parses the weight in column i with unit u. A negative weight
// of an assisted exercise (see [Reader.rowKind]) is read as that much
// assistance and marked with NegativeLoad on the row's set; elsewhere it
// is an error whose hint says how to log assistance.
func (r *Reader) weightCell(rec []string, i int, u repkit.Unit) (repkit.Load, *RowError) {
	if i < 0 {
		return 0, nil
	}
	l, err := parseWeight(rec[i], u, r.decimalComma)
	if errors.Is(err, errNegative) {
		if r.rowKind() != repkit.LoadAssisted {
			return 0, r.cellError(rec, i, errNegativeWeight)
		}
		s := strings.TrimSpace(rec[i])
		if l, err = parseWeight(s[1:], u, r.decimalComma); err == nil && l > 0 {
			r.row.Set.NegativeLoad = true
		}
	}
	if err != nil {
		return 0, r.cellError(rec, i, err)
	}
	if strings.TrimSpace(rec[i]) != "" {
		r.row.Unit = u
	}
	return l, nil
}

var errNegativeWeight = &problem{repkit.ErrNegative, "write 0 or more; a negative weight is read as assistance only for an assisted exercise, such as \"Pull Up (Assisted)\""}

// rowKind returns the load kind of the row being parsed: the one it
// states, or else its exercise name's, through Options.Catalog. Each
// distinct name is mapped once.
func (r *Reader) rowKind() repkit.LoadKind {
	if r.kindStated {
		return r.row.LoadKind
	}
	name := r.row.Exercise
	if k, ok := r.kinds[name]; ok {
		return k
	}
	if r.kinds == nil {
		r.kinds = make(map[string]repkit.LoadKind)
	}
	k := MapName(r.opts.catalog(), name).LoadKind
	if len(r.kinds) < maxKindCache {
		r.kinds[strings.Clone(name)] = k
	}
	return k
}

// maxKindCache bounds the names whose load kind a Reader remembers, so a
// file of endless distinct names cannot grow it without end; past it a name
// is mapped on every row.
const maxKindCache = 4096

// unitCell parses a per-row unit column; an empty cell falls back to the
// file's unit and then to Options.Unit, and is an error when neither says.
func (r *Reader) unitCell(rec []string, i int) (repkit.Unit, *RowError) {
	s := strings.TrimSpace(cell(rec, i))
	if s == "" {
		if r.unit != repkit.UnitUnknown {
			return r.unit, nil
		}
		if r.opts.Unit != repkit.UnitUnknown {
			return r.opts.Unit, nil
		}
		if i < 0 {
			line, _ := r.csv.FieldPos(0)
			return repkit.UnitUnknown, &RowError{Line: line, Err: &FieldError{Field: "weight unit", Err: ErrUnitRequired, Hint: hintUnit}}
		}
		return repkit.UnitUnknown, r.cellError(rec, i, ErrUnitRequired)
	}
	u, err := repkit.ParseUnit(s)
	if err != nil || u == repkit.UnitUnknown {
		return repkit.UnitUnknown, r.cellError(rec, i, &problem{repkit.ErrUnit, "write kg or lb"})
	}
	return u, nil
}

func (r *Reader) wholeCell(rec []string, i int) (int, *RowError) {
	if i < 0 {
		return 0, nil
	}
	n, err := parseWhole(rec[i])
	if err != nil {
		return 0, r.cellError(rec, i, err)
	}
	return n, nil
}

func (r *Reader) countCell(rec []string, i int) (int, *RowError) {
	return parseCell(r, rec, i, parseCount)
}

func (r *Reader) dateCell(rec []string, i int, c *dateCache) (time.Time, *RowError) {
	if i < 0 {
		return time.Time{}, nil
	}
	if strings.TrimSpace(rec[i]) == "" && c != &r.dates {
		return time.Time{}, nil
	}
	t, err := c.parse(rec[i])
	if err != nil {
		return time.Time{}, r.cellError(rec, i, err)
	}
	return t, nil
}

func (r *Reader) secondsCell(rec []string, i int) (time.Duration, *RowError) {
	return parseCell(r, rec, i, parseSeconds)
}

func (r *Reader) appDurationCell(rec []string, i int) (time.Duration, *RowError) {
	return parseCell(r, rec, i, parseAppDuration)
}

// rpeCell sets set.Effort from column i; with no such column it leaves it.
func (r *Reader) rpeCell(rec []string, i int, set *Set) *RowError {
	if i < 0 {
		return nil
	}
	e, err := parseCell(r, rec, i, parseRPE)
	if err == nil {
		set.Effort = e
	}
	return err
}

// parseCell parses column i of rec with parse, or gives the zero T when the
// file has no such column (i < 0); a cell parse refuses is the row's error.
func parseCell[T any](r *Reader, rec []string, i int, parse func(string) (T, error)) (T, *RowError) {
	var zero T
	if i < 0 {
		return zero, nil
	}
	v, err := parse(rec[i])
	if err != nil {
		return zero, r.cellError(rec, i, err)
	}
	return v, nil
}

// distanceText joins a distance and its unit verbatim, dropping zeros.
func distanceText(v, unit string) string {
	v = strings.TrimSpace(v)
	if v == "" || strings.Trim(v, "0.,") == "" {
		return ""
	}
	unit = strings.TrimSpace(unit)
	if unit == "" {
		return v
	}
	return v + " " + unit
}
