package repkit

import (
	"math/big"
	"math/bits"
	"unicode/utf8"

	"github.com/repkit/repkit/internal/ascii"
	"github.com/repkit/repkit/internal/fielderr"
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
// and pounds. A decimal comma ("50,5kg") is an error whose hint says to
// write 50.5kg, since "1,250kg" could mean 1.25 kg or 1250 kg. A negative
// number is an error: ParseLoad reads masses, and a difference between
// loads ("-2.5kg") is read only by [Load.UnmarshalText]. Every error is a
// [*FieldError] with Field "load", the text verbatim as Value, a Hint, and
// one of [ErrEmpty], [ErrSyntax], [ErrUnit], [ErrNotFinite], [ErrNegative]
// or [ErrOverflow]. ParseLoad does not allocate on success for numbers of
// up to 19 significant digits; longer ones take an exact math/big path.
func ParseLoad(s string) (Load, error) {
	return parseLoad(s, false)
}

// maxDigits is the most digits a load's number may have. Real loads need a
// handful; the limit bounds the work a hostile input can cause.
const maxDigits = 100

// Hints of the load errors.
const (
	hintLoad     = "write a number and a unit, such as 20kg or 45lb"
	hintNegative = "a mass cannot be below zero; write 0 or more"
	hintUnit     = "write kg, lb or g after the number"
	hintOverflow = "a load is at most about 9223 tonnes"
	hintExponent = "write the number without an exponent, such as 1000kg"
	hintDigits   = "write at most 100 digits"
)

// parseLoad reads a load; signed admits a leading '-', for a difference.
func parseLoad[T string | []byte](text T, signed bool) (Load, error) {
	s := ascii.TrimSpace(text)
	fail := func(err error, hint string) (Load, error) {
		return 0, &FieldError{Field: "load", Value: fielderr.Clip(text), Err: err, Hint: hint}
	}
	if len(s) == 0 {
		return fail(ErrEmpty, hintLoad)
	}
	if nonFinite(s) {
		return fail(ErrNotFinite, hintLoad)
	}
	full, neg := s, false
	switch s[0] {
	case '-':
		if len(s) == 1 || !(isDigit(s[1]) || s[1] == '.') {
			return fail(ErrSyntax, hintLoad)
		}
		if !signed {
			return fail(ErrNegative, hintNegative)
		}
		neg, s = true, s[1:]
	case '+':
		if len(s) > 1 && (isDigit(s[1]) || s[1] == '.') {
			if len(s) > 17 || !utf8.ValidString(string(s)) { // a hint quotes no more than a number a lifter writes
				return fail(ErrSyntax, "write the load without a sign, such as 100kg")
			}
			return fail(ErrSyntax, "write the load without a sign, such as "+string(s[1:]))
		}
		return fail(ErrSyntax, hintLoad)
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
	switch {
	case n.digits == 0:
		return fail(ErrSyntax, hintLoad)
	case n.digits > maxDigits:
		return fail(ErrSyntax, hintDigits)
	}
	rest := ascii.TrimSpace(s[i:])
	if len(rest) == 0 {
		if len(s) > 16 { // a hint quotes no more than a number a lifter writes
			return fail(ErrUnit, "write the unit after the number, such as 100kg or 225lb")
		}
		return fail(ErrUnit, "write the unit after the number, such as "+string(s)+"kg or "+string(s)+"lb")
	}
	u, ok := lookupUnit(rest)
	if !ok {
		switch {
		case i < len(s) && s[i] == ',' && i+1 < len(s) && isDigit(s[i+1]):
			return fail(ErrSyntax, commaHint(string(full), i+len(full)-len(s)))
		case (rest[0] == 'e' || rest[0] == 'E') && len(rest) > 1 && (isDigit(rest[1]) || rest[1] == '-' || rest[1] == '+'):
			return fail(ErrSyntax, hintExponent)
		case isDigit(rest[0]) || rest[0] == '.' || rest[0] == ',':
			return fail(ErrSyntax, hintLoad)
		}
		return fail(ErrUnit, hintUnit)
	}
	size := uint64(u.size())
	var q uint64
	if n.sig > 19 || n.frac > 19 {
		// Rare: more digits than 64-bit arithmetic holds exactly.
		q, ok = scaleBig(string(s[:i]), n.frac, size)
	} else {
		q, ok = scale(n.mant, n.frac, size)
	}
	limit := uint64(MaxLoad)
	if neg {
		limit++ // the most negative Load is one more nanogram than MaxLoad
	}
	if !ok || q > limit {
		return fail(ErrOverflow, hintOverflow)
	}
	if neg {
		return Load(-q), nil
	}
	return Load(q), nil
}

// commaHint is the hint for a load whose number has a comma at byte i of
// text, which is trimmed of spaces: it says the comma is a decimal comma and what to write instead,
// giving both readings when three digits follow it (1,250kg is 1.25 kg in
// Europe and 1250 kg in the United States).
//
// Only a text with one comma gets a suggestion, so the two trial parses
// below never reach commaHint again and the work stays linear in the text.
func commaHint(text string, i int) string {
	for j := i + 1; j < len(text); j++ {
		if text[j] == ',' {
			return `"," is not read in a load: ` + hintLoad
		}
	}
	point := text[:i] + "." + text[i+1:]
	joined := text[:i] + text[i+1:]
	_, errPoint := parseLoad(point, true)
	_, errJoined := parseLoad(joined, true)
	digits := 0
	for j := i + 1; j < len(text) && isDigit(text[j]); j++ {
		digits++
	}
	switch {
	case errPoint != nil:
		return `"," is not read in a load: ` + hintLoad
	case digits == 3 && errJoined == nil:
		return `"," is not read in a load: write ` + point + " for a decimal comma or " + joined + " for a thousands separator"
	}
	return `"," is a decimal comma: write ` + point
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
// frac <= 19, and false if the result does not fit in 64 bits.
func scale(mant uint64, frac int, size uint64) (uint64, bool) {
	hi, lo := bits.Mul64(mant, size)
	div := pow10[frac]
	if hi >= div {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, div)
	if frac > 0 && r >= div-r {
		if q == ^uint64(0) {
			return 0, false
		}
		q++
	}
	return q, true
}

// scaleBig is scale for numbers of many digits, exactly, with math/big.
func scaleBig(num string, frac int, size uint64) (uint64, bool) {
	digits := make([]byte, 0, len(num))
	for i := range len(num) {
		if num[i] != '.' {
			digits = append(digits, num[i])
		}
	}
	v, ok := new(big.Int).SetString(string(digits), 10)
	if !ok {
		return 0, false
	}
	v.Mul(v, new(big.Int).SetUint64(size))
	div := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(frac)), nil)
	half := new(big.Int).Rsh(div, 1) // div is even for frac > 0, so this is exactly half
	if frac > 0 {
		v.Add(v, half)
	}
	v.Quo(v, div)
	if !v.IsUint64() {
		return 0, false
	}
	return v.Uint64(), true
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
