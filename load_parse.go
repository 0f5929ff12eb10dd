package repkit

import (
	"math/big"
	"math/bits"

	"github.com/repkit/repkit/internal/ascii"
)

// ParseLoad parses a non-negative mass written as a decimal number and a
// unit, such as "102.5kg", "225lb", "22.5 kg", "0.5 kg" or "2.5 LBS". Spaces
// may separate the number and the unit and surround the whole. Units are
// read case-insensitively: kg, kgs, kilo, kilos, kilogram, kilograms, lb,
// lbs, pound, pounds, g, gram, grams. The number has no sign and no exponent
// and at most 100 digits; digits past a nanogram are rounded to the nearest
// nanogram, half up, exactly.
//
// A text with no unit is an error: repkit never guesses between kilograms
// and pounds. Every error is a [*LoadError] wrapping one of [ErrEmpty],
// [ErrSyntax], [ErrUnit], [ErrNotFinite], [ErrNegative] or [ErrOverflow].
// ParseLoad does not allocate on success for numbers of up to 19
// significant digits; longer ones take an exact math/big path.
func ParseLoad(s string) (Load, error) {
	return parseLoad(s)
}

// maxDigits is the most digits a load's number may have. Real loads need a
// handful; the limit bounds the work a hostile input can cause.
const maxDigits = 100

func parseLoad[T string | []byte](text T) (Load, error) {
	s := ascii.TrimSpace(text)
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
	var n number
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			n.digits++
			if n.seenDot {
				n.frac++
			}
			if n.mant == 0 && c == '0' {
				continue // leading zeros carry no significance
			}
			n.sig++
			if n.sig <= 19 {
				n.mant = n.mant*10 + uint64(c-'0')
			}
			continue
		}
		if c == '.' && !n.seenDot {
			n.seenDot = true
			continue
		}
		break
	}
	if n.digits == 0 || n.digits > maxDigits {
		return fail(ErrSyntax)
	}
	rest := ascii.TrimSpace(s[i:])
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
	size := uint64(u.size())
	if n.sig > 19 || n.frac > 19 {
		// Rare: more digits than 64-bit arithmetic holds exactly.
		return scaleBig(string(s[:i]), n.frac, size, fail)
	}
	return scale(n.mant, n.frac, size, fail)
}

// number is what the scan of a load's number found.
type number struct {
	mant    uint64 // the significant digits, when there are at most 19
	digits  int    // all digits
	sig     int    // digits after the leading zeros
	frac    int    // digits after the point
	seenDot bool
}

// scale returns mant * 10^-frac * size nanograms, rounded half up, for
// frac <= 19.
func scale(mant uint64, frac int, size uint64, fail func(error) (Load, error)) (Load, error) {
	hi, lo := bits.Mul64(mant, size)
	div := pow10[frac]
	if hi >= div {
		return fail(ErrOverflow)
	}
	q, r := bits.Div64(hi, lo, div)
	if frac > 0 && r >= div-r {
		q++
	}
	if q > uint64(MaxLoad) {
		return fail(ErrOverflow)
	}
	return Load(q), nil
}

// scaleBig is scale for numbers of many digits, exactly, with math/big.
func scaleBig(num string, frac int, size uint64, fail func(error) (Load, error)) (Load, error) {
	digits := make([]byte, 0, len(num))
	for i := range len(num) {
		if num[i] != '.' {
			digits = append(digits, num[i])
		}
	}
	v, ok := new(big.Int).SetString(string(digits), 10)
	if !ok {
		return fail(ErrSyntax)
	}
	v.Mul(v, new(big.Int).SetUint64(size))
	div := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(frac)), nil)
	half := new(big.Int).Rsh(div, 1) // div is even for frac > 0, so this is exactly half
	if frac > 0 {
		v.Add(v, half)
	}
	v.Quo(v, div)
	if !v.IsInt64() {
		return fail(ErrOverflow)
	}
	return Load(v.Int64()), nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// nonFinite reports whether s spells NaN or an infinity, as
// strconv.ParseFloat would read them, with or without a unit after.
func nonFinite[T string | []byte](s T) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return ascii.HasFoldPrefix(s, "nan") || ascii.HasFoldPrefix(s, "inf")
}
