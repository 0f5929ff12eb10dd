package volume

import (
	"strconv"
	"time"
)

// Weeks is the rule that cuts a log into weeks. The zero Weeks is ISO 8601
// weeks, Monday to Sunday, each date read in its own time zone (the zone
// the app recorded it in). [ISOWeeks] reads every date in the lifter's time
// zone instead, and [WeeksFrom] starts the week on another day, for an app
// whose lifters plan their week from Sunday or Saturday. A week always
// starts at midnight of its first day in the zone that reads the date, so
// a set at 00:30 on a Monday belongs to the week starting that Monday.
// Weeks is a value, safe for concurrent use.
type Weeks struct {
	loc   *time.Location // nil: each date's own zone
	start time.Weekday
	given bool // start was given by WeeksFrom; otherwise Monday, ISO
}

// ISOWeeks returns ISO 8601 weeks (Monday to Sunday, numbered as
// [time.Time.ISOWeek] numbers them) in loc, the lifter's time zone; a nil
// loc reads each date in its own zone, as the zero Weeks does.
func ISOWeeks(loc *time.Location) Weeks { return Weeks{loc: loc} }

// WeeksFrom returns weeks that start on day, in loc (nil: each date's own
// zone). WeeksFrom(time.Monday, loc) is [ISOWeeks](loc). An invalid day
// is a [*FieldError] naming "week start".
func WeeksFrom(day time.Weekday, loc *time.Location) (Weeks, error) {
	if day < time.Sunday || day > time.Saturday {
		return Weeks{}, invalid("week start", strconv.Itoa(int(day)), "give time.Sunday to time.Saturday")
	}
	if day == time.Monday {
		return ISOWeeks(loc), nil
	}
	return Weeks{loc: loc, start: day, given: true}, nil
}

// Start returns the weekday weeks begin on: Monday unless [WeeksFrom] said
// otherwise.
func (w Weeks) Start() time.Weekday {
	if w.given {
		return w.start
	}
	return time.Monday
}

// ISO reports whether the weeks are ISO 8601 weeks (they start on Monday).
func (w Weeks) ISO() bool { return !w.given }

// Of returns the week holding t.
func (w Weeks) Of(t time.Time) Week {
	if w.loc != nil {
		t = t.In(w.loc)
	}
	back := (int(t.Weekday()) - int(w.Start()) + 7) % 7
	y, m, d := t.Date()
	start := time.Date(y, m, d-back, 0, 0, 0, 0, t.Location())
	wk := Week{Start: start}
	if w.ISO() {
		wk.Year, wk.Number = t.ISOWeek()
	}
	return wk
}

// A Week is one week of a [Weeks] rule: the midnight it starts at, in the
// zone that read its dates, and for ISO weeks its ISO year and number
// (zero otherwise). Two Weeks are the same week when their Start dates
// (year, month, day) are equal; [Week.Key] is that date as text.
type Week struct {
	Start  time.Time `json:"start"`
	Year   int       `json:"iso_year,omitzero"` // the ISO year, which may differ from Start's year near New Year
	Number int       `json:"iso_week,omitzero"` // 1 to 53 for an ISO week; 0 otherwise
}

// Key returns the date the week starts, "2006-01-02": the same text for
// the same week whatever zone read it, sorting in date order.
func (w Week) Key() string { return w.Start.Format(time.DateOnly) }

// End returns midnight after the week's last day, in the week's zone.
func (w Week) End() time.Time { return w.Start.AddDate(0, 0, 7) }

// String returns "2024-W05" for an ISO week and "week of 2024-01-28" for
// another rule's week.
func (w Week) String() string {
	if w.Number > 0 {
		n := strconv.Itoa(w.Number)
		if len(n) == 1 {
			n = "0" + n
		}
		return strconv.Itoa(w.Year) + "-W" + n
	}
	return "week of " + w.Key()
}
