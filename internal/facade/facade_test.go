package facade

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/repkit/repkit/history"
)

// TestRows: Rows keeps each row error's lines, in order, and its whole
// message, "history: line N: " and the problem without a second
// "history: ".
func TestRows(t *testing.T) {
	errs := []*history.RowError{
		{Line: 3, Err: errors.New("history: too few cells")},
		{Line: 7, EndLine: 9, Err: fmt.Errorf("stray quote: %w", history.ErrRow)},
	}
	want := []Row{
		{Line: 3, Message: "history: line 3: too few cells"},
		{Line: 7, EndLine: 9, Message: "history: line 7: stray quote: malformed row"},
	}
	if diff := cmp.Diff(want, Rows(errs)); diff != "" {
		t.Errorf("Rows (-want +got):\n%s", diff)
	}
}

// TestRowsNone: no row errors are no rows, nil, so an Import without any
// leaves "skipped" and "warnings" out of its JSON.
func TestRowsNone(t *testing.T) {
	if got := Rows(nil); got != nil {
		t.Errorf("Rows(nil) = %#v, want nil", got)
	}
	b, err := json.Marshal(Import{Skipped: Rows(nil), Warnings: Rows([]*history.RowError{})})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"history":null}`; got != want {
		t.Errorf("an import with no row errors is %s, want %s", got, want)
	}
}

// TestRowJSON: a one-line row leaves end_line out; a row over several
// lines gives it.
func TestRowJSON(t *testing.T) {
	for _, tc := range []struct {
		row  Row
		want string
	}{
		{Row{Line: 3, Message: "m"}, `{"line":3,"message":"m"}`},
		{Row{Line: 7, EndLine: 9, Message: "m"}, `{"line":7,"end_line":9,"message":"m"}`},
	} {
		b, err := json.Marshal(tc.row)
		if err != nil || string(b) != tc.want {
			t.Errorf("json.Marshal(%+v) = %s, %v; want %s", tc.row, b, err, tc.want)
		}
	}
}
