package repkit

import (
	"errors"
	"math"
	"testing"
)

// TestErrorMessages: every kind of load, unit and effort error names the
// field and the value and says what to write instead. The expected strings
// are written by hand.
func TestErrorMessages(t *testing.T) {
	parse := func(s string) error { _, err := ParseLoad(s); return err }
	unmarshal := func(s string) error { var l Load; return l.UnmarshalText([]byte(s)) }
	effort := func(s string) error { _, err := ParseEffort(s); return err }
	tests := []struct {
		name string
		err  error
		is   error
		want string
	}{
		{"decimal comma", parse("50,5kg"), ErrSyntax,
			`repkit: load "50,5kg": invalid syntax; "," is a decimal comma: write 50.5kg`},
		{"decimal comma, spaced", parse(" 2,25 lb "), ErrSyntax,
			`repkit: load " 2,25 lb ": invalid syntax; "," is a decimal comma: write 2.25 lb`},
		{"negative difference, decimal comma", unmarshal("-2,5kg"), ErrSyntax,
			`repkit: load "-2,5kg": invalid syntax; "," is a decimal comma: write -2.5kg`},
		{"comma before three digits", parse("1,250kg"), ErrSyntax,
			`repkit: load "1,250kg": invalid syntax; "," is not read in a load: write 1.250kg for a decimal comma or 1250kg for a thousands separator`},
		{"two commas", parse("1,2,5kg"), ErrSyntax,
			`repkit: load "1,2,5kg": invalid syntax; "," is not read in a load: write a number and a unit, such as 20kg or 45lb`},
		{"no unit", parse("100"), ErrUnit,
			`repkit: load "100": missing or unknown unit; write the unit after the number, such as 100kg or 100lb`},
		{"unknown unit", parse("12 stone"), ErrUnit,
			`repkit: load "12 stone": missing or unknown unit; write kg, lb or g after the number`},
		{"empty", parse(""), ErrEmpty,
			`repkit: load "": empty value; write a number and a unit, such as 20kg or 45lb`},
		{"words", parse("fifty kg"), ErrSyntax,
			`repkit: load "fifty kg": invalid syntax; write a number and a unit, such as 20kg or 45lb`},
		{"plus sign", parse("+5kg"), ErrSyntax,
			`repkit: load "+5kg": invalid syntax; write the load without a sign, such as 5kg`},
		{"negative mass", parse("-5kg"), ErrNegative,
			`repkit: load "-5kg": negative value; a mass cannot be below zero; write 0 or more`},
		{"exponent", parse("1e3kg"), ErrSyntax,
			`repkit: load "1e3kg": invalid syntax; write the number without an exponent, such as 1000kg`},
		{"not finite", parse("NaN kg"), ErrNotFinite,
			`repkit: load "NaN kg": not a finite number; write a number and a unit, such as 20kg or 45lb`},
		{"too heavy", parse("9224000kg"), ErrOverflow,
			`repkit: load "9224000kg": load out of range; a load is at most about 9223 tonnes`},
		{"difference too light", unmarshal("-9223372.036854775809kg"), ErrOverflow,
			`repkit: load "-9223372.036854775809kg": load out of range; a load is at most about 9223 tonnes`},
		{"float negative", func() error { _, err := FromPounds(-1); return err }(), ErrNegative,
			`repkit: load "-1": negative value; a mass cannot be below zero; write 0 or more`},
		{"float NaN", func() error { _, err := FromKilograms(math.NaN()); return err }(), ErrNotFinite,
			`repkit: load "NaN": not a finite number; give a finite number`},
		{"unit", func() error { _, err := ParseUnit("stone"); return err }(), ErrUnit,
			`repkit: unit "stone": missing or unknown unit; write kg, lb or g`},
		{"bare effort", effort("8"), ErrSyntax,
			`repkit: effort "8": invalid syntax; a bare number could be either scale: write "rpe 8" or "rir 8"`},
		{"bare half-point effort", effort(" 8.5 "), ErrSyntax,
			`repkit: effort " 8.5 ": invalid syntax; a bare number could be either scale: write "rpe 8.5" or "rir 8.5"`},
		{"effort words", effort("hard"), ErrSyntax,
			`repkit: effort "hard": invalid syntax; write an RPE or reps in reserve, such as "rpe 8" or "rir 2"`},
		{"effort rir out of range", effort("rir 11"), ErrRange,
			`repkit: effort "rir 11": out of range; write a whole number of reps in reserve from 0 to 10, such as 2`},
		{"rpe out of range", func() error { _, err := ParseRPE("10.5"); return err }(), ErrRange,
			`repkit: rpe "10.5": out of range; write an RPE in half points from 1 to 10, such as 8 or 8.5`},
		{"rir syntax", func() error { _, err := ParseRIR("two"); return err }(), ErrSyntax,
			`repkit: rir "two": invalid syntax; write a whole number of reps in reserve from 0 to 10, such as 2`},
		{"rir validate", RIR(-1).Validate(), ErrRange,
			`repkit: rir "-1": out of range; write a whole number of reps in reserve from 0 to 10, such as 2`},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		var fe *FieldError
		if !errors.As(tt.err, &fe) || !errors.Is(tt.err, tt.is) || fe.Hint == "" {
			t.Errorf("%s: %v is not a *FieldError with a hint wrapping %v", tt.name, tt.err, tt.is)
		}
	}
}
