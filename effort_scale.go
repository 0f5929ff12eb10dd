package repkit

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/repkit/repkit/internal/ascii"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/fielderr"
)

// RIR is reps in reserve: how many more good reps the lifter could have done
// when the set ended. 0 means failure (no further good rep was available).
// Valid values are 0 to [MaxRIR]. Because 0 is a real answer, a record whose
// effort may be missing holds an [Effort], whose zero value is "not recorded",
// never a bare RIR.
type RIR int8

// Hints of the effort errors.
const (
	hintRIR = "write a whole number of reps in reserve from 0 to 10, such as 2"
	hintRPE = "write an RPE in half points from 1 to 10, such as 8 or 8.5"
)

// MaxRIR is the largest RIR the scale names; a set with more in reserve is
// little to no effort (RPE 1).
const MaxRIR RIR = 10

// Validate reports whether r is between 0 and [MaxRIR]; the error wraps
// [ErrRange].
func (r RIR) Validate() error {
	if r < 0 || r > MaxRIR {
		return &FieldError{Field: "rir", Value: strconv.Itoa(int(r)), Err: ErrRange, Hint: hintRIR}
	}
	return nil
}

// RPE returns the RPE that r corresponds to on the RIR-based scale:
// 10 - r for RIR 0 to 9, and RPE 1 (little to no effort) for RIR 10.
// For an invalid r the result is not meaningful; call [RIR.Validate] first.
func (r RIR) RPE() RPE {
	if r >= 9 {
		return 1
	}
	return RPE(10 - r)
}

// String returns the count as decimal digits, such as "2".
func (r RIR) String() string { return strconv.Itoa(int(r)) }

// MarshalText implements [encoding.TextMarshaler]; an invalid r is an error.
func (r RIR) MarshalText() ([]byte, error) { return enum.Checked(r.Validate(), r.String) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRIR].
func (r *RIR) UnmarshalText(text []byte) error { return enum.Parsed(r, text, ParseRIR) }

// ParseRIR parses a whole number of reps in reserve from 0 to [MaxRIR], with
// an optional "rir" before or after it, such as "2", "RIR 2" or "2 rir".
// Errors wrap [ErrSyntax] or [ErrRange].
func ParseRIR(s string) (RIR, error) {
	if len(ascii.TrimSpace(s)) > MaxEffortText {
		return 0, &FieldError{Field: "rir", Value: fielderr.Clip(s), Err: ErrSyntax, Hint: hintEffortLong}
	}
	num := stripWord(ascii.TrimSpace(s), "rir")
	if num == "" {
		return 0, &FieldError{Field: "rir", Value: fielderr.Clip(s), Err: ErrSyntax, Hint: hintRIR}
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return 0, &FieldError{Field: "rir", Value: fielderr.Clip(s), Err: ErrRange, Hint: hintRIR}
		}
		return 0, &FieldError{Field: "rir", Value: fielderr.Clip(s), Err: ErrSyntax, Hint: hintRIR}
	}
	if n < 0 || n > int(MaxRIR) {
		return 0, &FieldError{Field: "rir", Value: fielderr.Clip(s), Err: ErrRange, Hint: hintRIR}
	}
	return RIR(n), nil
}

// RPE is a rating of perceived exertion on the RIR-based scale of Zourdos et
// al. (2016) and Helms et al. (2016), in half points from 1 to 10:
//
//	10    maximal effort: no further rep, no more load     RIR 0
//	9.5   no further rep, but slightly more load possible  RIR 0-1
//	9     one more rep                                     RIR 1
//	8.5   one, maybe two more reps                         RIR 1-2
//	8     two more reps                                    RIR 2
//	7.5   two or three more reps                           RIR 2-3
//	7     three more reps                                  RIR 3
//	5-6   four to six more reps                            RIR 4-6
//	3-4   light effort
//	1-2   little to no effort
//
// A half point is an interval between two whole RIR values, not a fraction of
// a rep: see [RPE.RIR]. RPE 0 is not on the scale; an optional rating is an
// [Effort].
type RPE float64

// Validate reports whether p is a half point from 1 to 10; the error wraps
// [ErrRange].
func (p RPE) Validate() error {
	if !(p >= 1 && p <= 10) || p*2 != RPE(math.Trunc(float64(p*2))) {
		return &FieldError{Field: "rpe", Value: p.String(), Err: ErrRange, Hint: hintRPE}
	}
	return nil
}

// RIRRange is an inclusive range of reps in reserve, the meaning of an RPE.
// For a whole RPE, Min == Max.
type RIRRange struct {
	Min, Max RIR
}

// RIR returns the reps in reserve that p means: for a whole RPE from 2 to 10,
// exactly 10 - p; for a half point, the two whole values either side (RPE 8.5
// is 1-2 RIR, RPE 9.5 is 0-1); RPE 1 covers 9 to [MaxRIR]. For an invalid p
// the result is not meaningful; call [RPE.Validate] first.
func (p RPE) RIR() RIRRange {
	lo := 10 - math.Ceil(float64(p))
	hi := 10 - math.Floor(float64(p))
	if p <= 1 {
		hi = float64(MaxRIR)
	}
	return RIRRange{Min: RIR(lo), Max: RIR(hi)}
}

// String formats p with at most one decimal, such as "8" or "8.5".
func (p RPE) String() string {
	return strconv.FormatFloat(float64(p), 'f', -1, 64)
}

// MarshalText implements [encoding.TextMarshaler]; an invalid p is an error.
func (p RPE) MarshalText() ([]byte, error) { return enum.Checked(p.Validate(), p.String) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRPE].
func (p *RPE) UnmarshalText(text []byte) error { return enum.Parsed(p, text, ParseRPE) }

// ParseRPE parses a half-point rating from 1 to 10, with an optional "rpe"
// or "@" before it or "rpe" after it, such as "8.5", "RPE 8.5", "@9" or
// "8 rpe". A decimal comma ("8,5") is accepted, as European apps write it.
// Errors wrap [ErrSyntax], [ErrNotFinite] or [ErrRange].
func ParseRPE(s string) (RPE, error) {
	num := ascii.TrimSpace(s)
	if len(num) > MaxEffortText {
		return 0, &FieldError{Field: "rpe", Value: fielderr.Clip(s), Err: ErrSyntax, Hint: hintEffortLong}
	}
	if len(num) > 0 && num[0] == '@' {
		num = ascii.TrimSpace(num[1:])
	}
	num = stripWord(num, "rpe")
	if num == "" || !plainDecimal(num) {
		if isNonFinite(num) {
			return 0, &FieldError{Field: "rpe", Value: fielderr.Clip(s), Err: ErrNotFinite, Hint: hintRPE}
		}
		return 0, &FieldError{Field: "rpe", Value: fielderr.Clip(s), Err: ErrSyntax, Hint: hintRPE}
	}
	p, ok := exactRPE(num)
	if !ok || p.Validate() != nil {
		return 0, &FieldError{Field: "rpe", Value: fielderr.Clip(s), Err: ErrRange, Hint: hintRPE}
	}
	return p, nil
}

// exactRPE reads a plain decimal exactly: whole part, then a fraction that
// must be 0 or 5 tenths once trailing zeros go, so no digit a float64
// would round away (10.00000000000000000001) passes as a rating.
func exactRPE(num string) (RPE, bool) {
	whole, frac := num, ""
	if i := strings.IndexAny(num, ".,"); i >= 0 {
		whole, frac = num[:i], num[i+1:]
	}
	whole = strings.TrimLeft(whole, "0")
	frac = strings.TrimRight(frac, "0")
	if len(whole) > 2 || (frac != "" && frac != "5") {
		return 0, false
	}
	n, _ := strconv.Atoi("0" + whole)
	p := RPE(n)
	if frac == "5" {
		p += 0.5
	}
	return p, true
}

// plainDecimal reports whether s is digits with at most one '.' or ','.
func plainDecimal(s string) bool {
	dots, digits := 0, 0
	for i := range len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1
}

func isNonFinite(s string) bool {
	f, err := strconv.ParseFloat(s, 64)
	return err == nil && (math.IsNaN(f) || math.IsInf(f, 0))
}

// stripWord removes word (lower case) from the start or the end of s,
// ignoring ASCII case, with the spaces around it.
func stripWord(s, word string) string {
	if ascii.HasFoldPrefix(s, word) {
		return ascii.TrimSpace(s[len(word):])
	}
	if ascii.HasFoldSuffix(s, word) {
		return ascii.TrimSpace(s[:len(s)-len(word)])
	}
	return s
}
