package history

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit"
)

// Why a cell cannot be read; cellError turns them into *FieldErrors.
var (
	errNumber   = &problem{repkit.ErrSyntax, "write a plain decimal number, such as 82.5"}
	errNegative = &problem{repkit.ErrNegative, "write 0 or more"}
	errFraction = &problem{repkit.ErrSyntax, "write a whole number, such as 8"}
	errDate     = &problem{repkit.ErrSyntax, "write a date and time as the app exports it, such as 2024-03-01 18:05:00"}
	errDuration = &problem{repkit.ErrSyntax, "write a duration such as 1h 5m (hours, minutes, seconds, largest first, once each), a clock such as 1:05:00 (minutes and seconds below 60), or a number of seconds such as 90"}
)

// parseWeight reads a plain decimal number of unit u ("75", "82.5", and with
// decimalComma "82,5") as an exact Load. Without decimalComma a comma
// followed by one or two digits is a decimal comma too (a European phone's
// "82,5" in a quoted cell of a comma-separated export); "1,000", which may
// be a thousands separator, stays an error. Empty text is zero load: the apps
// write nothing for bodyweight sets. It allocates nothing except on the rare
// path of more than 19 significant digits.
func parseWeight(s string, u repkit.Unit, decimalComma bool) (repkit.Load, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	size := uint64(u.Size())
	if size == 0 {
		return 0, ErrUnitRequired
	}
	var mant uint64
	scale, digits, point := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits == 19 {
				return parseWeightSlow(s, u, decimalComma)
			}
			if mant != 0 || c != '0' {
				digits++
			}
			mant = mant*10 + uint64(c-'0')
			if point {
				if scale == 19 {
					return parseWeightSlow(s, u, decimalComma)
				}
				scale++
			}
		case (c == '.' || (c == ',' && (decimalComma || shortFraction(s[i+1:])))) && !point:
			point = true
		case c == '-' && i == 0 && len(s) > 1:
			return 0, errNegative
		default:
			return 0, errNumber
		}
	}
	if point && scale == 0 && len(s) == 1 {
		return 0, errNumber
	}
	hi, lo := bits.Mul64(mant, size)
	div := pow10[scale]
	if hi >= div {
		return 0, repkit.ErrOverflow
	}
	q, r := bits.Div64(hi, lo, div)
	if r >= div-r { // round half up, as ParseLoad does
		q++
	}
	if q > uint64(repkit.MaxLoad) {
		return 0, repkit.ErrOverflow
	}
	return repkit.Load(q), nil
}

// shortFraction reports whether s is one or two digits, the fraction
// after a decimal comma that cannot be a thousands separator.
func shortFraction(s string) bool {
	return len(s) >= 1 && len(s) <= 2 && strings.Trim(s, "0123456789") == ""
}

var pow10 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

func parseWeightSlow(s string, u repkit.Unit, decimalComma bool) (repkit.Load, error) {
	if i := strings.IndexByte(s, ','); i >= 0 && (decimalComma || shortFraction(s[i+1:])) {
		s = s[:i] + "." + s[i+1:]
	}
	return repkit.ParseLoad(s + u.String())
}

// parseCount reads a non-negative whole count such as reps, at most
// MaxReps. Empty is 0. "8.0" is accepted (some exports write counts as
// decimals); "8.5" is not.
func parseCount(s string) (int, error) {
	n, err := parseWhole(s)
	if err == nil && n > MaxReps {
		return 0, errTooMany
	}
	return n, err
}

// parseWhole reads a non-negative whole number such as a line number,
// with no cap but int's.
func parseWhole(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if strings.Trim(s[i+1:], "0") != "" {
			return 0, errFraction
		}
		s = s[:i]
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errNumber
	}
	if n < 0 {
		return 0, errNegative
	}
	return n, nil
}

var errTooMany = &problem{repkit.ErrRange, "write at most 10000"}

// parseRPE reads an optional RPE cell: empty, or zero written any way
// ("0", "0.0", "0.00", "0,0"; Strong writes 0 for none), is the
// not-recorded Effort. A decimal comma ("8,5", as exports in European
// locales write it) reads as a point.
func parseRPE(s string) (repkit.Effort, error) {
	s = strings.TrimSpace(s)
	if strings.Trim(s, "0") == "" || (strings.Trim(s, "0.,") == "" && strings.Count(s, ".")+strings.Count(s, ",") == 1 && strings.Trim(s, ".,") != "") {
		return repkit.Effort{}, nil
	}
	if i := strings.IndexByte(s, ','); i >= 0 && shortFraction(s[i+1:]) { // a decimal comma: "8,5"
		s = s[:i] + "." + s[i+1:]
	}
	p, err := repkit.ParseRPE(s)
	if err != nil {
		return repkit.Effort{}, err
	}
	return repkit.AtRPE(p), nil
}

// parseSeconds reads a whole or decimal number of seconds ("90", "90.0",
// "-5" as an error saying so): digits and one point only, no sign, exponent
// or hex.
func parseSeconds(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if s[0] == '-' && plainNumber(s[1:]) {
		return 0, errNegative
	}
	if !plainNumber(s) {
		return 0, errDuration
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != f || f > 1e9 {
		return 0, errDuration
	}
	if f < 0 {
		return 0, errNegative
	}
	return time.Duration(f*float64(time.Second) + 0.5), nil
}

// parseAppDuration reads Strong's workout durations ("2h 18m", "45m",
// "1h", "30s"), a clock ("1:05:00", "05:00"), or a bare number of seconds.
func parseAppDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if strings.IndexByte(s, ':') >= 0 {
		return parseClock(s)
	}
	if plainNumber(s) { // checked first: a failed ParseFloat allocates its error, on every "1h 5m" row
		return parseSeconds(s)
	}
	var total time.Duration
	seen := false
	last := time.Duration(math.MaxInt64) // units must come largest first, once each
	for len(s) > 0 {
		s = strings.TrimLeft(s, " ")
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i > 9 || i == len(s) {
			return 0, errDuration
		}
		n, _ := strconv.Atoi(s[:i])
		var unit time.Duration
		switch s[i] {
		case 'h':
			unit = time.Hour
		case 'm':
			unit = time.Minute
		case 's':
			unit = time.Second
		default:
			return 0, errDuration
		}
		if unit >= last {
			return 0, errDuration
		}
		last = unit
		// Nine digits of hours would overflow a Duration: reject rather
		// than wrap to a nonsense (or negative) length.
		if time.Duration(n) > (math.MaxInt64-total)/unit {
			return 0, errDuration
		}
		total += time.Duration(n) * unit
		s = s[i+1:]
		seen = true
	}
	if !seen {
		return 0, errDuration
	}
	return total, nil
}

// plainNumber reports whether s is digits with at most one decimal point,
// the only text parseAppDuration reads as seconds.
func plainNumber(s string) bool {
	point := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return s != "" && s != "."
}

// parseClock reads "h:mm:ss" or "mm:ss": digits only, and every field but
// the first below 60.
func parseClock(s string) (time.Duration, error) {
	var parts [3]int
	n := 0
	for _, p := range strings.Split(s, ":") {
		if n == 3 || p == "" || len(p) > 6 || strings.Trim(p, "0123456789") != "" {
			return 0, errDuration
		}
		v, _ := strconv.Atoi(p)
		if n > 0 && v >= 60 {
			return 0, errDuration
		}
		parts[n] = v
		n++
	}
	if n < 2 {
		return 0, errDuration
	}
	if n == 2 {
		return time.Duration(parts[0])*time.Minute + time.Duration(parts[1])*time.Second, nil
	}
	return time.Duration(parts[0])*time.Hour + time.Duration(parts[1])*time.Minute + time.Duration(parts[2])*time.Second, nil
}

// A dateCache parses timestamps, remembering the last text it parsed:
// export rows repeat their workout's timestamp on every set, so parsing
// once per workout keeps the row path fast.
type dateCache struct {
	layouts []string
	loc     *time.Location
	last    string
	t       time.Time
}

func (c *dateCache) parse(s string) (time.Time, error) {
	if s == c.last && s != "" {
		return c.t, nil
	}
	t, err := parseTime(strings.TrimSpace(s), c.layouts, c.loc)
	if err != nil {
		return time.Time{}, err
	}
	c.last, c.t = s, t
	return t, nil
}

func parseTime(s string, layouts []string, loc *time.Location) (time.Time, error) {
	s = normaliseDate(s)
	for _, layout := range layouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			if t.Location() == time.UTC {
				return t.UTC(), nil
			}
			return t, nil
		}
	}
	return time.Time{}, errDate
}

// normaliseDate rewrites the spellings of one date that apps and locales
// vary, so one layout reads them all: a no-break space (U+00A0) or a
// narrow no-break space (U+202F, which iOS 17 and later put before AM/PM
// in English locales) is a space; a trailing am/pm in any case, with or
// without dots ("pm", "p.m.", "PM"), is "AM" or "PM", as Go's layouts
// write it; and the British "Sept", as a word, is "Sep". Text that needs none of this
// (nearly every row) is returned as it is, without allocating.
func normaliseDate(s string) string {
	if strings.ContainsRune(s, '\u202f') {
		s = strings.ReplaceAll(s, "\u202f", " ")
	}
	if strings.ContainsRune(s, '\u00a0') {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	if strings.Contains(s, "Sept") {
		var b strings.Builder
		for i := 0; i < len(s); {
			if strings.HasPrefix(s[i:], "Sept") && (i == 0 || s[i-1] == ' ') && (i+4 == len(s) || s[i+4] == ' ' || s[i+4] == ',') {
				b.WriteString("Sep")
				i += 4
				continue
			}
			b.WriteByte(s[i])
			i++
		}
		s = b.String()
	}
	if n := len(s); n >= 2 && (s[n-1] == 'm' || s[n-1] == 'M' || s[n-1] == '.') {
		t := strings.TrimRight(s, ".")
		var half string
		switch {
		case strings.HasSuffix(t, " p.m") || strings.HasSuffix(t, " P.M"):
			t, half = t[:len(t)-4], "PM"
		case strings.HasSuffix(t, " a.m") || strings.HasSuffix(t, " A.M"):
			t, half = t[:len(t)-4], "AM"
		case len(t) >= 3 && t[len(t)-3] == ' ' && (t[len(t)-1] == 'm' || t[len(t)-1] == 'M'):
			switch t[len(t)-2] {
			case 'p', 'P':
				half = "PM"
			case 'a', 'A':
				half = "AM"
			}
			if half != "" {
				t = t[:len(t)-3]
			}
		}
		if half != "" && (len(t) < len(s)-3 || s[len(s)-2:] != half) {
			s = t + " " + half
		}
	}
	return s
}

// The date layouts of each format, most common first. Strong writes its
// dates in the phone's 24-hour or 12-hour clock ("2021-02-10 6:05:12 pm"
// on an English phone set to 12 hours, "PM" or "pm" by locale, with a
// narrow no-break space before it on iOS 17 and later: normaliseDate
// reads them all); Hevy writes "13 Mar 2026, 15:22" or the 12-hour form;
// Liftosaur writes JavaScript's toISOString ("2025-06-14T17:05:12.345Z")
// and, in rows some app versions wrote, "2025-11-02 18:30:00 +00:00"
// (with a space and a numeric offset, with or without seconds or colon in
// the offset). A fractional second after the seconds is read by every
// layout that has seconds.
var (
	strongLayouts = []string{"2006-01-02 15:04:05", "2006-01-02 3:04:05 PM", "2006-01-02 15:04", "2006-01-02 3:04 PM",
		"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05", "2006-01-02"}
	hevyLayouts = []string{"2 Jan 2006, 15:04", "2 Jan 2006, 3:04 PM", "2 Jan 2006 15:04", "2006-01-02 15:04:05",
		"2006-01-02T15:04:05Z07:00", "2006-01-02 15:04", "2006-01-02T15:04:05"}
	fitnotesLayouts  = []string{"2006-01-02", "2006/01/02"}
	liftosaurLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05 Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04 Z07:00", "2006-01-02 15:04Z07:00", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"}
)
