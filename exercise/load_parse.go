package exercise

import (
	"math/bits"
)

// ParseLoad parses a non-negative mass written as a decimal number and a
// unit, such as "102.5kg", "225lb", "22.5 kg", "0.5 kg" or "2.5 LBS". Spaces
// may separate the number and the unit and surround the whole. Units are
// read case-insensitively: kg, kgs, kilo, kilos, kilogram, kilograms, lb,
// lbs, pound, pounds, g, gram, grams. The number has no sign and no exponent;
// digits past a nanogram are rounded to the nearest nanogram, half up.
//
// A text with no unit is an error: repkit never guesses between kilograms
// and pounds. Every error is a [*LoadError] wrapping one of [ErrEmpty],
// [ErrSyntax], [ErrUnit], [ErrNotFinite], [ErrNegative] or [ErrOverflow].
// ParseLoad does not allocate on success.
func ParseLoad(s string) (Load, error) {
	return parseLoad(s)
}

// maxDigits is the most significant digits ParseLoad reads: 19 digits
// always fit a uint64.
const maxDigits = 19

func parseLoad[T string | []byte](text T) (Load, error) {
	s := trimSpace(text)
	fail := func(err error) (Load, error) {
		return 0, &LoadError{Text: string(text), Err: err}
	}
	if len(s) == 0 {
		return fail(ErrEmpty)
	}
	if nonFinite(s) {
		return fail(ErrNotFinite)
	}
	switch s[0] {
	case '-':
		if len(s) > 1 && (isDigit(s[1]) || s[1] == '.') {
			return fail(ErrNegative)
		}
		return fail(ErrSyntax)
	case '+':
		return fail(ErrSyntax)
	}

	// Number: digits, optional '.', digits; at least one digit in all.
	var mant uint64
	sig, fracDigits, i := 0, 0, 0
	seenDot, seenDigit := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			seenDigit = true
			if mant == 0 && c == '0' {
				if seenDot {
					fracDigits++
				}
				continue // leading zeros carry no significance
			}
			if sig == maxDigits {
				if !seenDot {
					return fail(ErrOverflow)
				}
				continue // past 19 significant digits: far below a nanogram
			}
			mant = mant*10 + uint64(c-'0')
			sig++
			if seenDot {
				fracDigits++
			}
		case c == '.' && !seenDot:
			seenDot = true
		default:
			goto unit
		}
	}
unit:
	if !seenDigit {
		return fail(ErrSyntax)
	}
	rest := trimSpace(s[i:])
	if len(rest) == 0 {
		return fail(ErrUnit)
	}
	u, ok := lookupUnit(rest)
	if !ok {
		if isDigit(rest[0]) || rest[0] == '.' {
			return fail(ErrSyntax)
		}
		return fail(ErrUnit)
	}
	return scale(mant, fracDigits, uint64(u.size()), fail)
}

// scale returns mant * 10^-fracDigits * size nanograms, rounded half up.
func scale(mant uint64, fracDigits int, size uint64, fail func(error) (Load, error)) (Load, error) {
	hi, lo := bits.Mul64(mant, size)
	if fracDigits == 0 {
		if hi != 0 || lo > uint64(MaxLoad) {
			return fail(ErrOverflow)
		}
		return Load(lo), nil
	}
	if fracDigits >= len(pow10) {
		// So many leading fraction zeros that the value is below half a
		// nanogram in any unit.
		return 0, nil
	}
	div := pow10[fracDigits]
	if hi >= div {
		return fail(ErrOverflow)
	}
	q, r := bits.Div64(hi, lo, div)
	if r >= div-r {
		q++
	}
	if q > uint64(MaxLoad) {
		return fail(ErrOverflow)
	}
	return Load(q), nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func trimSpace[T string | []byte](s T) T {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// nonFinite reports whether s spells NaN or an infinity, as
// strconv.ParseFloat would read them, with or without a unit after.
func nonFinite[T string | []byte](s T) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return hasFoldPrefix(s, "nan") || hasFoldPrefix(s, "inf")
}

func hasFoldPrefix[T string | []byte](s T, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	return equalFold(s[:len(prefix)], prefix)
}

// equalFold reports whether s equals the lower-case ASCII word, ignoring
// ASCII case. It does not allocate.
func equalFold[T string | []byte](s T, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
