package repkit

import (
	"errors"
	"math"
	"testing"

	"github.com/repkit/repkit/internal/errtest"
)

// TestErrorMessages: every kind of load, unit and effort error names the
// field and the value and says what to write instead. The expected strings
// are written by hand.
func TestErrorMessages(t *testing.T) {
	parse := func(s string) error { _, err := ParseLoad(s); return err }
	unmarshal := func(s string) error { var l Load; return l.UnmarshalText([]byte(s)) }
	effort := func(s string) error { _, err := ParseEffort(s); return err }
	cases := []errtest.Case{
		errtest.C("decimal comma", parse("50,5kg"), ErrSyntax,
			`repkit: load "50,5kg": invalid syntax; "," is a decimal comma: write 50.5kg`),
		errtest.C("decimal comma, spaced", parse(" 2,25 lb "), ErrSyntax,
			`repkit: load " 2,25 lb ": invalid syntax; "," is a decimal comma: write 2.25 lb`),
		errtest.C("negative difference, decimal comma", unmarshal("-2,5kg"), ErrSyntax,
			`repkit: load "-2,5kg": invalid syntax; "," is a decimal comma: write -2.5kg`),
		errtest.C("comma before three digits", parse("1,250kg"), ErrSyntax,
			`repkit: load "1,250kg": invalid syntax; "," is not read in a load: write 1.250kg for a decimal comma or 1250kg for a thousands separator`),
		errtest.C("two commas", parse("1,2,5kg"), ErrSyntax,
			`repkit: load "1,2,5kg": invalid syntax; "," is not read in a load: write a number and a unit, such as 20kg or 45lb`),
		errtest.C("many commas", parse("1,1,1kg"), ErrSyntax,
			`repkit: load "1,1,1kg": invalid syntax; "," is not read in a load: write a number and a unit, such as 20kg or 45lb`),
		errtest.C("no unit", parse("100"), ErrUnit,
			`repkit: load "100": missing or unknown unit; write the unit after the number, such as 100kg or 100lb`),
		errtest.C("unknown unit", parse("12 stone"), ErrUnit,
			`repkit: load "12 stone": missing or unknown unit; write kg, lb or g after the number`),
		errtest.C("empty", parse(""), ErrEmpty,
			`repkit: load "": empty value; write a number and a unit, such as 20kg or 45lb`),
		errtest.C("words", parse("fifty kg"), ErrSyntax,
			`repkit: load "fifty kg": invalid syntax; write a number and a unit, such as 20kg or 45lb`),
		errtest.C("plus sign", parse("+5kg"), ErrSyntax,
			`repkit: load "+5kg": invalid syntax; write the load without a sign, such as 5kg`),
		errtest.C("negative mass", parse("-5kg"), ErrNegative,
			`repkit: load "-5kg": negative value; a mass cannot be below zero; write 0 or more`),
		errtest.C("exponent", parse("1e3kg"), ErrSyntax,
			`repkit: load "1e3kg": invalid syntax; write the number without an exponent, such as 1000kg`),
		errtest.C("not finite", parse("NaN kg"), ErrNotFinite,
			`repkit: load "NaN kg": not a finite number; write a number and a unit, such as 20kg or 45lb`),
		errtest.C("too heavy", parse("9224000kg"), ErrOverflow,
			`repkit: load "9224000kg": load out of range; a load is at most about 9223 tonnes`),
		errtest.C("difference too light", unmarshal("-9223372.036854775809kg"), ErrOverflow,
			`repkit: load "-9223372.036854775809kg": load out of range; a load is at most about 9223 tonnes`),
		errtest.C("float negative", func() error { _, err := FromPounds(-1); return err }(), ErrNegative,
			`repkit: load "-1": negative value; a mass cannot be below zero; write 0 or more`),
		errtest.C("float NaN", func() error { _, err := FromKilograms(math.NaN()); return err }(), ErrNotFinite,
			`repkit: load "NaN": not a finite number; give a finite number`),
		errtest.C("unit", func() error { _, err := ParseUnit("stone"); return err }(), ErrUnit,
			`repkit: unit "stone": missing or unknown unit; write kg, lb or g`),
		errtest.C("bare effort", effort("8"), ErrSyntax,
			`repkit: effort "8": invalid syntax; a bare number could be either scale: write "rpe 8" or "rir 8"`),
		errtest.C("bare half-point effort", effort(" 8.5 "), ErrSyntax,
			`repkit: effort " 8.5 ": invalid syntax; a bare number could be either scale: write "rpe 8.5" or "rir 8.5"`),
		errtest.C("effort words", effort("hard"), ErrSyntax,
			`repkit: effort "hard": invalid syntax; write an RPE or reps in reserve, such as "rpe 8" or "rir 2"`),
		errtest.C("effort rir out of range", effort("rir 11"), ErrRange,
			`repkit: effort "rir 11": out of range; write a whole number of reps in reserve from 0 to 10, such as 2`),
		errtest.C("rpe out of range", func() error { _, err := ParseRPE("10.5"); return err }(), ErrRange,
			`repkit: rpe "10.5": out of range; write an RPE in half points from 1 to 10, such as 8 or 8.5`),
		errtest.C("rir syntax", func() error { _, err := ParseRIR("two"); return err }(), ErrSyntax,
			`repkit: rir "two": invalid syntax; write a whole number of reps in reserve from 0 to 10, such as 2`),
		errtest.C("rir validate", RIR(-1).Validate(), ErrRange,
			`repkit: rir "-1": out of range; write a whole number of reps in reserve from 0 to 10, such as 2`),
	}
	errtest.Check(t, cases)
	for _, c := range cases {
		var fe *FieldError
		if !errors.As(c.Err, &fe) || fe.Hint == "" {
			t.Errorf("%s: %v is not a *FieldError with a hint", c.Name, c.Err)
		}
	}
}
