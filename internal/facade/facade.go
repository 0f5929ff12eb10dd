// Package facade holds the request and result values of package mobile
// that are not values of another package: plain wire structs, here so the
// wire package's schema tests can reach them while mobile's exported API
// stays strings only (gobind binds no struct field of these types).
package facade

import (
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/history"
)

// ImportOptions are the options of an import, as wire JSON.
type ImportOptions struct {
	// Unit is the unit of a file whose weights carry none: "kg" or "lb".
	Unit repkit.Unit `json:"unit,omitzero"`
	// TimeZone is the IANA zone of dates the file writes without one, such
	// as "Europe/Berlin"; empty means UTC.
	TimeZone string `json:"time_zone,omitempty"`
	// Lenient skips malformed rows and reports them instead of failing.
	Lenient bool `json:"lenient,omitempty"`
}

// A Row is one row an import left out or repaired: its lines and why.
type Row struct {
	Line    int    `json:"line"`
	EndLine int    `json:"end_line,omitempty"`
	Message string `json:"message"`
}

// An Import is what an import read: the history, and the rows it left out
// (skipped) or kept only after repairing them (warnings).
type Import struct {
	History  *history.History `json:"history"`
	Skipped  []Row            `json:"skipped,omitempty"`
	Warnings []Row            `json:"warnings,omitempty"`
	// UTCAssumed: the file's dates carry no zone and none was given, so
	// they were read as UTC (see history.History.UTCAssumed).
	UTCAssumed bool `json:"utc_assumed,omitempty"`
}

// Rows turns an import's row errors into Rows.
func Rows(errs []*history.RowError) []Row {
	var out []Row
	for _, e := range errs {
		out = append(out, Row{Line: e.Line, EndLine: e.EndLine, Message: e.Error()})
	}
	return out
}
