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

// RPE returns an RPE whose [RPE.RIR] range holds r on the RIR-based scale:
// 10 - r for RIR 0 to 5, RPE 5 for RIR 6 (the table's "four to six more
// reps" row), and 10 - r, at least 1, for RIR 7 to [MaxRIR] (light to no
// effort). For an invalid r the result is not meaningful; call
// [RIR.Validate] first.
func (r RIR) RPE() RPE {
	switch {
	case r >= 9:
		return 1
	case r == 6:
		return 5
	}
	return RPE(10 - r)
}

// String returns the count as decimal digits, such as "2".
func (r RIR) String() string { return strconv.Itoa(int(r)) }

// MarshalText implements [encoding.TextMarshaler]; an invalid r is an error.
func (r RIR) MarshalText() ([]byte, error) { return enum.Checked(r.Validate(), r.String) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRIR].
func (r *RIR) UnmarshalText(text []byte) error { return enum.Parsed(r, text, ParseRIR) }

// MarshalJSON writes r as a JSON number, such as 2: a count on the wire is
// a number. An invalid r is an error.
func (r RIR) MarshalJSON() ([]byte, error) { return r.MarshalText() }

// UnmarshalJSON reads a JSON number of reps in reserve, 0 to MaxRIR, or
// the JSON string repkit wrote before the wire format (such as "2"). On
// error r is unchanged, and null leaves it unchanged.
func (r *RIR) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil // encoding/json's convention: null leaves the value as it is
	}
	return r.UnmarshalText(unquote(data))
}

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
//	9.5   no further rep, but slightly more load possible  RIR 0
//	9     one more rep                                     RIR 1
//	8.5   one, maybe two more reps                         RIR 1-2
//	8     two more reps                                    RIR 2
//	7.5   two or three more reps                           RIR 2-3
//	7     three more reps                                  RIR 3
//	5-6   four to six more reps                            RIR 4-6
//	3-4   light effort                                     (RIR 7 or more)
//	1-2   little to no effort                              (RIR 7 or more)
//
// A half point between two rows is an interval covering both, not a
// fraction of a rep: see [RPE.RIR]. RPE 0 is not on the scale; an optional
// rating is an [Effort].
//
// RPE 9.5 is read one way everywhere in repkit: 0 RIR, at failure. The
// table's own words are "no further rep", and the rest-pause guide defines
// training to failure as "ending a set when another good rep is no longer
// available"; the load that might still have gone up does not add a rep.
// So effort caps ([RPE.RIR] Min 0 is below any floor of 1 or more) and the
// audit of sets taken to failure (RIR Max 0) agree, and this table is the
// one place the reading is made.
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

// RIR returns the reps in reserve that p means, as wide as the table above
// supports: exactly 10 - p for a whole RPE from 7 to 10; 0 for RPE 9.5 (no
// further rep); for a half point from 7.5 to 8.5, the whole values either
// side (RPE 8.5 is 1-2 RIR); 4-6 for RPE 5 to 6, the table's "four to six
// more reps" row; 3-6 for RPE 6.5, between the rows for 6 and 7; 7 to
// [MaxRIR] for RPE 1 to 4, which the table calls light or little effort
// without a count, so only "more than six" is known; and 4 to [MaxRIR] for
// RPE 4.5, between those rows. For an invalid p the result is not
// meaningful; call [RPE.Validate] first.
func (p RPE) RIR() RIRRange {
	switch {
	case p >= 9.5:
		return RIRRange{0, 0}
	case p >= 7:
		return RIRRange{Min: RIR(10 - math.Ceil(float64(p))), Max: RIR(10 - math.Floor(float64(p)))}
	case p > 6:
		return RIRRange{3, 6}
	case p >= 5:
		return RIRRange{4, 6}
	case p > 4:
		return RIRRange{4, MaxRIR}
	}
	return RIRRange{7, MaxRIR}
}

// String formats p with at most one decimal, such as "8" or "8.5".
func (p RPE) String() string {
	return strconv.FormatFloat(float64(p), 'f', -1, 64)
}

// MarshalText implements [encoding.TextMarshaler]; an invalid p is an error.
func (p RPE) MarshalText() ([]byte, error) { return enum.Checked(p.Validate(), p.String) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRPE].
func (p *RPE) UnmarshalText(text []byte) error { return enum.Parsed(p, text, ParseRPE) }

// MarshalJSON writes p as a JSON number, such as 8.5. An invalid p is an
// error.
func (p RPE) MarshalJSON() ([]byte, error) { return p.MarshalText() }

// UnmarshalJSON reads a JSON number on the RPE scale, 1 to 10 in half
// points, or the JSON string repkit wrote before the wire format (such as
// "8.5"). On error p is unchanged, and null leaves it unchanged.
func (p *RPE) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil // encoding/json's convention: null leaves the value as it is
	}
	return p.UnmarshalText(unquote(data))
}

// unquote returns a JSON string's content when data is a plain quoted
// string (no escapes: a number's text has none), and data otherwise.
func unquote(data []byte) []byte {
	if len(data) >= 2 && data[0] == '"' && data[len(data)-1] == '"' {
		return data[1 : len(data)-1]
	}
	return data
}

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
