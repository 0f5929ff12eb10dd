package history

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/fielderr"
)

// Errors that reading and writing a history wrap; test for them with
// [errors.Is]. A cell that cannot be read wraps the shared sentinel that
// says why: [repkit.ErrSyntax] (not a number, date or duration),
// [repkit.ErrNegative], [repkit.ErrUnit], [repkit.ErrEmpty] (no exercise
// name), [repkit.ErrUnknownName] (an unknown set kind or type),
// [repkit.ErrRange] or [repkit.ErrOrder] (a rest timer row before any set).
var (
	// ErrFormat: the header matches none of the formats this package reads.
	ErrFormat = errors.New("unrecognised format")
	// ErrUnitRequired: the file does not say whether its weights are
	// kilograms or pounds, and [Options.Unit] does not say either: ask the
	// user which it is and pass it in Options.Unit. The message says so in
	// words an app user understands. It is a kind of [repkit.ErrUnit], and
	// [errors.Is] matches both.
	ErrUnitRequired = fielderr.Sentinel("the file's weights carry no unit", repkit.ErrUnit)
	// ErrColumn: a required column is missing from the header.
	ErrColumn = errors.New("missing column")
	// ErrRow: a row is malformed as CSV (bad quoting, wrong field count).
	// It is a kind of [repkit.ErrSyntax], and [errors.Is] matches both.
	ErrRow = fielderr.Sentinel("malformed row", repkit.ErrSyntax)
	// ErrLimit: the input passes a documented limit: a line or row past
	// [MaxLineBytes], a header past [MaxFields], or more than [MaxSkipped]
	// malformed rows in a lenient import. It ends the read, strict or
	// lenient: a file like that is not an export. It is a kind of [ErrRow].
	ErrLimit = fielderr.Sentinel("past a reading limit", ErrRow)
	// ErrNotDone: a row records a set that was planned but not done (a
	// Liftosaur set with no completed reps). [Reader.Next] and [Import]
	// report it, and the History leaves the set out.
	ErrNotDone = errors.New("set planned but not done")
	// ErrRepaired: a row the file wrote wrongly was read after a repair
	// (a FitNotes exercise name with commas the app did not quote, read
	// from the fixed columns around it). The row is kept; [Import] lists
	// it in [History.Warnings] so that the lifter can check it.
	ErrRepaired = errors.New("row repaired")
)

// Limits on what a [Reader] reads.
const (
	// MaxLineBytes is the longest line a Reader reads: 1 MiB. A line may
	// hold at most 64 times MaxFields separators, and a row that spans
	// lines through a quoted field at most twice MaxLineBytes. Past either is an
	// error wrapping [ErrLimit], found after reading at most about this
	// many bytes more, so memory stays bounded whatever the input.
	MaxLineBytes = 1 << 20
	// MaxSkipped is the most malformed rows a lenient [Import] skips and
	// lists: 1000. One more ends the import with an error wrapping
	// [ErrLimit], so the list, like the History, grows with what a file
	// holds, not with the garbage it is made of.
	MaxSkipped = 1000
	// MaxFields is the most fields a header may have: 1000. Every row must
	// have as many fields as the header.
	MaxFields = 1000
	// MaxReps is the most reps, or target reps, a set may record: 10000.
	// With loads at most [repkit.MaxLoad] it keeps [Set.Volume] exact only
	// together with the volume check of [History.Validate].
	MaxReps = 10000
)

// hintUnit is the hint of [ErrUnitRequired], for the app's user.
const hintUnit = "choose kg or lb for this file"

// A FieldError reports a bad value: the field by its name in the file (a
// CSV column header such as "Weight (kg)", or a JSON path such as
// "workouts[0].exercises[1].sets[2].reps"), the value as written, the
// sentinel it unwraps to, and a hint saying what to write instead. Its
// message reads
//
//	history: weight unit "": the file's weights carry no unit; choose kg or lb for this file
//
// Inside a file it comes wrapped in a [*RowError], which adds the line.
type FieldError struct {
	Field string // the column header or JSON path
	Value string // the value as written
	Err   error  // a sentinel: one of the above or a shared repkit one
	Hint  string // what to write instead; may be empty
}

// Error returns `history: FIELD "VALUE": SENTINEL; HINT`.
func (e *FieldError) Error() string {
	return fielderr.Message("history", e.Field, e.Value, e.Err, e.Hint)
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// The error builders of the enum codecs: an unknown name wraps
// [repkit.ErrUnknownName]; an unknown format name wraps [ErrFormat] too,
// with ErrFormat's message.
var (
	unknownName   = fielderr.Builder[FieldError](repkit.ErrUnknownName)
	unknownFormat = fielderr.Builder[FieldError](enum.Also(ErrFormat, repkit.ErrUnknownName))
)

// A RowError locates a problem in a file: its line number (1-based,
// counting the header as line 1, and counting lines, not records, so
// multi-line quoted cells do not shift it). It carries no field of its own:
// when one cell is at fault, Err is a [*FieldError] whose Field is the
// column's header name and whose Value is the cell as written; when the
// whole row is at fault (bad quoting, a wrong field count), Err wraps
// [ErrRow] and the lower-level cause (such as csv.ErrQuote). [errors.As]
// reaches the *FieldError and [errors.Is] the sentinels.
type RowError struct {
	Line int
	// EndLine is the last line the row took when a quoted field ran on
	// over line ends (a stray quote), so lines Line to EndLine are lost
	// with it; 0 for a row of one line.
	EndLine int
	Err     error // a *FieldError, or an error wrapping ErrRow
}

// Error returns `history: line N: ` and then the cell's column, value,
// sentinel and hint, or the row's problem.
func (e *RowError) Error() string {
	b := make([]byte, 0, 96)
	b = append(b, "history: line "...)
	b = strconv.AppendInt(b, int64(e.Line), 10)
	b = append(b, ": "...)
	return string(fielderr.AppendInner(b, "history: ", e.Err))
}

// Unwrap returns Err, for [errors.Is] and [errors.As].
func (e *RowError) Unwrap() error { return e.Err }

// A problem is why a cell cannot be read: the shared sentinel and a hint.
// The cell parsers return it and cellError turns it into a *FieldError.
type problem struct {
	err  error
	hint string
}

func (p *problem) Error() string { return p.err.Error() + "; " + p.hint }
func (p *problem) Unwrap() error { return p.err }

// rowError is the error of a malformed row with its cause.
func rowError(line int, cause error) *RowError {
	return &RowError{Line: line, Err: &malformedRow{cause}}
}

// malformedRow wraps ErrRow and a cause, reading "malformed row: CAUSE".
type malformedRow struct{ cause error }

func (m *malformedRow) Error() string   { return ErrRow.Error() + ": " + m.cause.Error() }
func (m *malformedRow) Unwrap() []error { return []error{ErrRow, m.cause} }
