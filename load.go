package repkit

import (
	"math"
	"math/bits"
	"strconv"
)

// A Load is an exact mass: an integer count of nanograms, modelled on
// [time.Duration]. Loads add, subtract and multiply by whole numbers without
// drift, so 100*Kilogram + 4*(1250*Gram) is exactly 105 kg and
// 45*Pound + 2*(5*Pound/2) is exactly 50 lb.
//
// The unit is the nanogram, not the microgram, because one pound is exactly
// 0.45359237 kg: a nanogram base makes every multiple of 1/16 lb exact (the
// 1.25 lb and 0.25 lb change plates of a pound gym among them), and every
// multiple of a milligram. The largest Load is about 9,223 tonnes, far beyond
// any set or session; sum very long histories in float kilograms
// ([Load.Kilograms]) rather than in Load.
//
// The zero Load is zero mass (a bodyweight exercise with no added load).
// A negative Load is a difference between loads, such as the change from
// one week to the next: it formats with a minus sign ("-2.5kg"), and
// [Load.MarshalText] and [Load.UnmarshalText] round-trip it, but it is not a
// mass, so [ParseLoad], which reads what a user types for a weight, rejects
// it. Types whose Load fields are masses say so in their Validate methods.
type Load int64

// Common loads. To count units, multiply: 20 * repkit.Kilogram.
// To convert a Load to a float count of a unit, use [Load.Kilograms] or
// [Load.Pounds].
const (
	Nanogram  Load = 1
	Microgram      = 1000 * Nanogram
	Milligram      = 1000 * Microgram
	Gram           = 1000 * Milligram
	Kilogram       = 1000 * Gram
	// Pound is the international avoirdupois pound, exactly 0.45359237 kg.
	Pound = 45359237 * 10 * Microgram
)

// MaxLoad is the largest representable Load, about 9,223 tonnes.
const MaxLoad Load = math.MaxInt64

// Kilograms returns the load as a floating-point number of kilograms.
// The result is rounded to the nearest float64, so it is for display and
// statistics, not for arithmetic that must stay exact.
func (l Load) Kilograms() float64 { return float64(l) / float64(Kilogram) }

// Pounds returns the load as a floating-point number of pounds.
func (l Load) Pounds() float64 { return float64(l) / float64(Pound) }

// In returns the load as a floating-point count of u. [UnitUnknown], and
// any Unit that is not one of the named ones, counts in kilograms, as
// [Load.Format] and [Load.String] do: the Load is an exact mass whatever
// unit is unknown, and kilograms is its default display, so In and Format
// always agree and never return NaN.
func (l Load) In(u Unit) float64 {
	return float64(l) / float64(u.displaySize())
}

// FromKilograms converts a float number of kilograms to a Load, rounded to
// the nearest nanogram. It returns an error wrapping [ErrNotFinite],
// [ErrNegative] or [ErrOverflow] for NaN, infinities, negative values and
// values beyond [MaxLoad], as a [*FieldError] with Field "load".
func FromKilograms(kg float64) (Load, error) { return fromFloat(kg, UnitKilogram) }

// FromPounds converts a float number of pounds to a Load, rounded to the
// nearest nanogram, with the same errors as [FromKilograms].
func FromPounds(lb float64) (Load, error) { return fromFloat(lb, UnitPound) }

func fromFloat(v float64, u Unit) (Load, error) {
	fail := func(err error, hint string) (Load, error) {
		text := strconv.FormatFloat(v, 'g', -1, 64)
		return 0, &FieldError{Field: "load", Value: text, Err: err, Hint: hint}
	}
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fail(ErrNotFinite, "give a finite number")
	case v < 0:
		return fail(ErrNegative, hintNegative)
	}
	ng := math.Round(v * float64(u.size()))
	if ng >= float64(MaxLoad) {
		return fail(ErrOverflow, hintOverflow)
	}
	return Load(ng), nil
}

// String formats the load in kilograms with the shortest exact decimal,
// such as "102.5kg", "0kg", "-2.5kg" or "102.05828325kg" (225 lb). Every
// Load's String is exact, so ParseLoad(l.String()) == l for every
// non-negative l, and [Load.UnmarshalText] reads back every l.
func (l Load) String() string {
	var buf [32]byte
	return string(l.AppendFormat(buf[:0], UnitKilogram))
}

// Format formats the load in unit u, such as "225lb" or "102.5kg". Kilograms
// and grams are always exact; pounds use the shortest decimal that
// [ParseLoad] reads back as exactly the same Load. [UnitUnknown], and any
// Unit that is not one of the named ones, formats in kilograms, as
// [Load.In] counts in them.
func (l Load) Format(u Unit) string {
	var buf [32]byte
	return string(l.AppendFormat(buf[:0], u))
}

// AppendFormat appends [Load.Format] of l in u to b and returns the result.
// It allocates only if b lacks room.
func (l Load) AppendFormat(b []byte, u Unit) []byte {
	u, size := u.display(), u.displaySize()
	mag := uint64(l)
	if l < 0 {
		b = append(b, '-')
		mag = -mag
	}
	b = appendShortest(b, mag, uint64(size))
	return append(b, u.String()...)
}

// maxFracDigits is enough fraction digits to name any nanogram in any
// supported unit: 1e-12 lb is less than half a nanogram.
const maxFracDigits = 12

// appendShortest appends the shortest decimal d (at most maxFracDigits
// fraction digits) such that rounding d*size to the nearest integer gives ng.
func appendShortest(b []byte, ng, size uint64) []byte {
	whole, rem := ng/size, ng%size
	b = strconv.AppendUint(b, whole, 10)
	if rem == 0 {
		return b
	}
	for k := 1; k <= maxFracDigits; k++ {
		p := pow10[k]
		frac := roundDiv(rem, p, size) // rem/size in units of 10^-k
		if frac == p {
			continue // rounds up to the next whole; more digits needed
		}
		if roundDiv(frac, size, p) == rem {
			return appendFrac(b, frac, k)
		}
	}
	// Unreachable for sizes up to a pound: 12 digits always suffice.
	return appendFrac(b, roundDiv(rem, pow10[maxFracDigits], size), maxFracDigits)
}

// appendFrac appends "." and frac as exactly k digits, less trailing zeros.
func appendFrac(b []byte, frac uint64, k int) []byte {
	var digits [maxFracDigits]byte
	for i := k - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	for k > 0 && digits[k-1] == '0' {
		k--
	}
	if k == 0 {
		return b
	}
	b = append(b, '.')
	return append(b, digits[:k]...)
}

// roundDiv returns x*y/z rounded to the nearest integer, halves up, using a
// 128-bit intermediate product. The caller guarantees the quotient fits.
func roundDiv(x, y, z uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	q, r := bits.Div64(hi, lo, z)
	if r >= z-r {
		q++
	}
	return q
}

var pow10 = [...]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// MarshalText implements [encoding.TextMarshaler] with [Load.String], so
// JSON carries "102.5kg", and a difference "-2.5kg". It never fails.
func (l Load) MarshalText() ([]byte, error) {
	return l.AppendFormat(nil, UnitKilogram), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It reads what
// [ParseLoad] reads and also a leading minus sign, so that it reads back
// every Load that [Load.MarshalText] writes, negative ones included; on
// error l is left unchanged. Where a decoded Load must be a mass, the type
// that holds it checks the sign in its Validate.
func (l *Load) UnmarshalText(text []byte) error {
	v, err := parseLoad(text, true)
	if err != nil {
		return err
	}
	*l = v
	return nil
}
