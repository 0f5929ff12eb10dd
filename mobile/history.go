package mobile

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/internal/facade"
	"github.com/repkit/repkit/internal/fielderr"
)

// ImportHistory reads a workout app's export (Strong, Hevy, FitNotes,
// Liftosaur or repkit's own CSV; the format is read from the header) and
// returns what it read: {"history": ..., "skipped": [...], "warnings":
// [...], "utc_assumed": true}, each row with its line and why, and
// utc_assumed when the file's dates carry no zone and none was given. optionsJSON gives the unit of a
// file that states none, the time zone of its dates and lenient reading
// ({"unit":"kg","time_zone":"Europe/Berlin","lenient":true}; "" for
// strict, UTC, and an error for a file without a unit).
func ImportHistory(text, optionsJSON string) (string, error) {
	var o facade.ImportOptions
	if optionsJSON != "" {
		if err := decode("options", optionsJSON, &o); err != nil {
			return "", err
		}
	}
	opts := history.Options{Unit: o.Unit, Lenient: o.Lenient}
	if o.TimeZone != "" {
		loc, err := time.LoadLocation(o.TimeZone)
		if err != nil || o.TimeZone == "Local" { // the host's zone is no lifter's
			return "", &inputError{what: "options.time_zone", err: errors.New(strconv.Quote(fielderr.Clip(o.TimeZone)) + " is not a time zone; give an IANA name such as \"Europe/Berlin\"")}
		}
		opts.Location = loc
	}
	h, _, err := history.Import(strings.NewReader(text), opts)
	if err != nil {
		return "", err
	}
	return encode(facade.Import{History: h, Skipped: facade.Rows(h.Skipped), Warnings: facade.Rows(h.Warnings), UTCAssumed: h.UTCAssumed})
}

// HistoryLifts returns a history's exercises as the Coach reads them: a
// JSON array of lifts, each with its name as logged, what its loads mean
// and its "outing" values oldest first, the rest-pause sets the log shows
// recovered. historyJSON is a "history" wire value, such as ImportHistory
// returns under "history".
func HistoryLifts(historyJSON string) (string, error) {
	h, err := history.ReadJSON(strings.NewReader(historyJSON))
	if err != nil {
		return "", err
	}
	lifts := history.Lifts(h, history.Recover(h, history.RecoverOptions{}))
	if lifts == nil {
		lifts = []history.Lift{} // [] for a history with no lifts, never null
	}
	return encode(lifts)
}
