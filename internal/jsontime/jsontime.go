// Package jsontime holds the one rule for the times repkit reads and
// writes: a time must be one that RFC 3339 text, as encoding/json writes
// it, carries exactly, so every reader refuses what a writer could not
// write and a round trip keeps the instant.
package jsontime

import "time"

// Problem returns why t cannot be written as RFC 3339 text that reads back
// to the same instant, as a hint saying what to give instead, or "" when
// it can: the year must be 0 to 9999, and the UTC offset whole minutes
// from -23:59 to +23:59 (encoding/json refuses +24:00, and RFC 3339 drops
// an offset's seconds, which would move the instant).
func Problem(t time.Time) string {
	if y := t.Year(); y < 0 || y > 9999 {
		return "give a date in the years 0000 to 9999"
	}
	_, off := t.Zone()
	if off <= -24*3600 || off >= 24*3600 {
		return "give a time zone offset from -23:59 to +23:59"
	}
	if off%60 != 0 {
		return "give a time zone offset in whole minutes, or the time in UTC"
	}
	return ""
}
