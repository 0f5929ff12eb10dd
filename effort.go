package repkit

import (
	"errors"
	"strconv"
	"strings"

	"github.com/repkit/repkit/internal/ascii"
	"github.com/repkit/repkit/internal/enum"
	"github.com/repkit/repkit/internal/fielderr"
)

// An Effort is an optional effort rating as the lifter gave it: reps in
// reserve or an RPE, or nothing. The zero Effort is "not recorded", which is
// not failure: many logs carry no effort at all, and reading a missing rating
// as 0 RIR would corrupt every decision downstream.
//
// Effort keeps the scale it was recorded on, so a log that said "RIR 2"
// reads back as RIR 2 and one that said "RPE 8" as RPE 8. Efforts are
// comparable with ==. Build one with [AtRIR] or [AtRPE], and check values
// from outside the program with [Effort.Validate].
type Effort struct {
	scale effortScale
	rir   RIR     // when scale is rirScale
	rpe   float32 // when scale is rpeScale: every half point is exact, and 8 bytes keep logs of many sets compact
}

type effortScale uint8

const (
	notRecorded effortScale = iota
	rirScale
	rpeScale
)

// AtRIR returns an Effort recorded as r reps in reserve.
func AtRIR(r RIR) Effort { return Effort{scale: rirScale, rir: r} }

// AtRPE returns an Effort recorded as RPE p. A p that is not a half point
// between 1 and 10 gives an Effort that fails [Effort.Validate].
func AtRPE(p RPE) Effort { return Effort{scale: rpeScale, rpe: float32(p)} }

// Recorded reports whether an effort rating was given.
func (e Effort) Recorded() bool { return e.scale != notRecorded }

// Validate returns nil for a valid recorded Effort and for the zero Effort,
// and an error wrapping [ErrRange] otherwise.
func (e Effort) Validate() error {
	switch e.scale {
	case notRecorded:
		return nil
	case rirScale:
		return e.rir.Validate()
	default:
		if RPE(e.rpe).Validate() != nil {
			return &FieldError{Field: "rpe", Value: strconv.FormatFloat(float64(e.rpe), 'g', -1, 32), Err: ErrRange, Hint: hintRPE}
		}
		return nil
	}
}

// RIR returns the reps in reserve that e means, and false if e is not
// recorded. An RPE converts to its interval (see [RPE.RIR]).
func (e Effort) RIR() (RIRRange, bool) {
	switch e.scale {
	case rirScale:
		return RIRRange{e.rir, e.rir}, true
	case rpeScale:
		return RPE(e.rpe).RIR(), true
	}
	return RIRRange{}, false
}

// RPE returns the RPE that e means, and false if e is not recorded. An RIR
// converts with [RIR.RPE].
func (e Effort) RPE() (RPE, bool) {
	switch e.scale {
	case rirScale:
		return e.rir.RPE(), true
	case rpeScale:
		return RPE(e.rpe), true
	}
	return 0, false
}

// IsRIR reports whether e was recorded as reps in reserve.
func (e Effort) IsRIR() bool { return e.scale == rirScale }

// IsRPE reports whether e was recorded as an RPE.
func (e Effort) IsRPE() bool { return e.scale == rpeScale }

// String returns "rir 2", "rpe 8.5", or "" when not recorded.
func (e Effort) String() string {
	switch e.scale {
	case rirScale:
		return "rir " + e.rir.String()
	case rpeScale:
		return "rpe " + strconv.FormatFloat(float64(e.rpe), 'g', -1, 32)
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler] with [Effort.String]; a
// not-recorded Effort is empty text, and an invalid one is an error.
func (e Effort) MarshalText() ([]byte, error) { return enum.Checked(e.Validate(), e.String) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseEffort].
func (e *Effort) UnmarshalText(text []byte) error { return enum.Parsed(e, text, ParseEffort) }

// MaxEffortText is the longest text, spaces around it aside, that
// [ParseEffort], [ParseRPE] and [ParseRIR] read; longer text is an error
// wrapping [ErrSyntax], found without reading it all.
const MaxEffortText = 32

const hintEffortLong = "write an effort of at most 32 characters, such as rpe 8 or rir 2"

// ParseEffort parses "rir 2", "2 rir", "RPE 8.5", "8.5 rpe" or "@8.5"
// (case-insensitive, spaces optional). Empty text is the not-recorded Effort.
// A bare number is an error wrapping [ErrSyntax]: it could be either scale,
// and repkit does not guess; the error's hint says to write "rpe 8" or
// "rir 8". Every error is a [*FieldError] with Field "effort".
func ParseEffort(s string) (Effort, error) {
	if len(ascii.TrimSpace(s)) > MaxEffortText {
		return Effort{}, &FieldError{Field: "effort", Value: fielderr.Clip(s), Err: ErrSyntax, Hint: hintEffortLong}
	}
	t := strings.ToLower(ascii.TrimSpace(s))
	switch {
	case t == "":
		return Effort{}, nil
	case strings.Contains(t, "rir"):
		r, err := ParseRIR(t)
		if err != nil {
			return Effort{}, reField(err, "effort", fielderr.Clip(s))
		}
		return AtRIR(r), nil
	case strings.Contains(t, "rpe") || strings.HasPrefix(t, "@"):
		p, err := ParseRPE(t)
		if err != nil {
			return Effort{}, reField(err, "effort", fielderr.Clip(s))
		}
		return AtRPE(p), nil
	}
	if plainDecimal(t) {
		return Effort{}, &FieldError{Field: "effort", Value: fielderr.Clip(s), Err: ErrSyntax,
			Hint: `a bare number could be either scale: write "rpe ` + fielderr.Clip(t) + `" or "rir ` + fielderr.Clip(t) + `"`}
	}
	return Effort{}, &FieldError{Field: "effort", Value: fielderr.Clip(s), Err: ErrSyntax,
		Hint: `write an RPE or reps in reserve, such as "rpe 8" or "rir 2"`}
}

// reField gives a scale's error the field "effort" and the value as given.
func reField(err error, field, value string) error {
	var fe *FieldError
	if errors.As(err, &fe) {
		return &FieldError{Field: field, Value: value, Err: fe.Err, Hint: fe.Hint}
	}
	return err
}
