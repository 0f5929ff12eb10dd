package jsontime

import (
	"math"
	"strconv"
	"time"
)

// Seconds is a [time.Duration] written on the wire as a JSON number of
// seconds, such as 20, 90 or 2.5: the one duration encoding of every value
// repkit writes, because Swift (TimeInterval), Kotlin (Double seconds) and
// TypeScript (number) read it without a parser. The number written is
// exact, with at most nine decimals, so every Duration reads back to the
// same nanosecond; a number with more decimals (a client's float, such as
// 0.13911604999999996) is read rounded to the nearest nanosecond.
//
// Packages use Seconds in the unexported wire structs behind their
// MarshalJSON and UnmarshalJSON, converting each field with
// time.Duration(s) and Seconds(d). The zero value is zero seconds.
type Seconds time.Duration

// MarshalJSON writes s as a JSON number of seconds, exact to the
// nanosecond and with no trailing zeros: 20, 2.5, 0.000000001.
func (s Seconds) MarshalJSON() ([]byte, error) { return AppendSeconds(nil, time.Duration(s)), nil }

// UnmarshalJSON reads a JSON number of seconds, rounded to the nearest
// nanosecond, within the range of a [time.Duration] (about 292 years either way).
// For values written before the wire format had one duration encoding it
// also reads a JSON string in Go's duration syntax, such as "20s" or
// "2m30s". Anything else is a *[DurationError] saying what to write; on
// error s is unchanged.
func (s *Seconds) UnmarshalJSON(data []byte) error {
	d, err := ParseSeconds(data)
	if err != nil {
		return err
	}
	*s = Seconds(d)
	return nil
}

// A DurationError reports a duration that is not a JSON number of seconds.
// Value is the text as given, clipped to a short prefix.
type DurationError struct {
	Value string
	Hint  string
}

func (e *DurationError) Error() string {
	return "duration " + e.Value + ": " + e.Hint
}

const hintSeconds = "give seconds as a number, such as 20 or 2.5"

// AppendSeconds appends d as an exact JSON number of seconds.
func AppendSeconds(b []byte, d time.Duration) []byte {
	u := uint64(d)
	if d < 0 {
		b = append(b, '-')
		u = -u // two's complement: also right for math.MinInt64
	}
	b = strconv.AppendUint(b, u/1e9, 10)
	frac := u % 1e9
	if frac == 0 {
		return b
	}
	digits := 9
	for frac%10 == 0 {
		frac /= 10
		digits--
	}
	b = append(b, '.')
	var buf [9]byte
	for i := digits - 1; i >= 0; i-- {
		buf[i] = byte('0' + frac%10)
		frac /= 10
	}
	return append(b, buf[:digits]...)
}

// ParseSeconds reads what [AppendSeconds] writes (a JSON number: sign,
// digits, decimals, no exponent; decimals past the ninth round to the
// nearest nanosecond), or a JSON string in Go's duration syntax, or null
// (zero).
func ParseSeconds(data []byte) (time.Duration, error) {
	if string(data) == "null" {
		return 0, nil
	}
	if len(data) >= 2 && data[0] == '"' && data[len(data)-1] == '"' {
		s, err := strconv.Unquote(string(data))
		if err == nil {
			if d, err := time.ParseDuration(s); err == nil {
				return d, nil
			}
		}
		return 0, &DurationError{Value: clip(data), Hint: hintSeconds}
	}
	neg := len(data) > 0 && data[0] == '-'
	i := 0
	if neg {
		i = 1
	}
	var whole, frac uint64
	start := i
	for ; i < len(data) && data[i] >= '0' && data[i] <= '9'; i++ {
		if whole > math.MaxInt64/1_000_000_000+1 {
			return 0, &DurationError{Value: clip(data), Hint: "out of range; " + hintSeconds}
		}
		whole = whole*10 + uint64(data[i]-'0')
	}
	if i == start || (data[start] == '0' && i-start > 1) {
		return 0, &DurationError{Value: clip(data), Hint: hintSeconds}
	}
	roundUp := false
	if i < len(data) && data[i] == '.' {
		i++
		digits := 0
		for ; i < len(data) && data[i] >= '0' && data[i] <= '9'; i++ {
			switch {
			case digits < 9:
				frac = frac*10 + uint64(data[i]-'0')
			case digits == 9:
				// A client's float (0.13911604999999996 s of rest) has more
				// decimals than a nanosecond: round half up to the nanosecond.
				roundUp = data[i] >= '5'
			}
			digits++
		}
		if digits == 0 {
			return 0, &DurationError{Value: clip(data), Hint: hintSeconds}
		}
		for ; digits < 9; digits++ {
			frac *= 10
		}
	}
	if i != len(data) {
		return 0, &DurationError{Value: clip(data), Hint: hintSeconds}
	}
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	if whole > limit/1e9 || whole*1e9 > limit-frac {
		return 0, &DurationError{Value: clip(data), Hint: "out of range; " + hintSeconds}
	}
	n := whole*1e9 + frac
	if roundUp {
		if n == limit {
			return 0, &DurationError{Value: clip(data), Hint: "out of range; " + hintSeconds}
		}
		n++
	}
	if neg {
		return time.Duration(-n), nil
	}
	return time.Duration(n), nil
}

// clip quotes a short prefix of data for an error: at most 24 bytes, so
// even bytes that quote as \x16 keep the message short.
func clip(data []byte) string {
	if len(data) > 24 {
		return strconv.Quote(string(data[:24])) + "... (" + strconv.Itoa(len(data)) + " bytes)"
	}
	return strconv.Quote(string(data))
}
