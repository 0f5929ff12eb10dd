package history

import (
	"errors"
	"strconv"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum"
)

// Errors that reading and writing a history wrap; test for them with
// [errors.Is].
var (
	// ErrFormat: the header matches none of the formats this package reads.
	ErrFormat = errors.New("unrecognised format")
	// ErrUnitRequired: the file does not say whether its weights are
	// kilograms or pounds and [Options.Unit] does not say either.
	ErrUnitRequired = errors.New("the file carries no weight unit; state one in Options.Unit")
	// ErrColumn: a required column is missing from the header.
	ErrColumn = errors.New("missing column")
	// ErrValue: a cell holds a value that cannot be read (a bad number,
	// date, unit, effort or set type).
	ErrValue = errors.New("invalid value")
	// ErrRow: a row is malformed as CSV (bad quoting, wrong field count).
	ErrRow = errors.New("malformed row")
	// ErrKind: a set kind name is not one of the defined kinds.
	ErrKind = errors.New("unknown set kind")
)

// A RowError reports a row of a file that could not be read: its line
// number (1-based, counting the header as line 1, and counting lines, not
// records, so multi-line quoted cells do not shift it), the column by its
// header name (empty when the whole row is at fault), the cell as written,
// and why. It unwraps to one of the sentinels above and, when there is one,
// to the lower-level cause (such as an *repkit.LoadError).
type RowError struct {
	Line   int
	Column string
	Value  string
	Err    error // a sentinel: ErrValue, ErrRow, ErrOrder, ErrKind
	Cause  error // the lower-level error, or nil
}

func (e *RowError) Error() string {
	b := make([]byte, 0, 96)
	b = append(b, "history: line "...)
	b = strconv.AppendInt(b, int64(e.Line), 10)
	if e.Column != "" {
		b = append(b, ", column "...)
		b = strconv.AppendQuote(b, e.Column)
	}
	if e.Value != "" || e.Column != "" {
		b = append(b, ": value "...)
		b = strconv.AppendQuote(b, e.Value)
	}
	b = append(b, ": "...)
	b = append(b, e.Err.Error()...)
	if e.Cause != nil {
		b = append(b, ": "...)
		b = append(b, e.Cause.Error()...)
	}
	return string(b)
}

// Unwrap returns the sentinel and the cause, for [errors.Is] and [errors.As].
func (e *RowError) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Err}
	}
	return []error{e.Err, e.Cause}
}

// A FieldError reports a bad value outside any file row: a field name, the
// value, and a sentinel it unwraps to.
type FieldError struct {
	Field string
	Value string
	Err   error
}

func (e *FieldError) Error() string {
	return "history: " + e.Field + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// The error builders of the enum codecs: unknown names wrap the sentinel
// the package used for them before, and [repkit.ErrUnknownName].
var (
	unknownKind   = unknownAs(ErrKind)
	unknownFormat = unknownAs(ErrFormat)
	unknownValue  = unknownAs(ErrValue)
)

// unknownAs returns the error builder of an enum whose unknown names wrap
// sentinel (such as [ErrKind]) and [repkit.ErrUnknownName] both; the
// message is sentinel's.
func unknownAs(sentinel error) func(field, value string) error {
	return func(field, value string) error {
		return &FieldError{Field: field, Value: value, Err: enum.Also(sentinel, repkit.ErrUnknownName)}
	}
}
