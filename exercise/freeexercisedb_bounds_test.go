package exercise_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// A leading UTF-8 byte order mark is skipped, as every CSV reader skips
// one (issue 15).
func TestDecodeBOM(t *testing.T) {
	in := "\xef\xbb\xbf" + `[{"id":"Curl","name":"Curl"}]`
	got, _, err := exercise.DecodeFreeExerciseDB(strings.NewReader(in))
	if err != nil || len(got) != 1 || got[0].ID != "Curl" {
		t.Errorf("DecodeFreeExerciseDB(BOM + one entry) = %v, %v; want the entry", got, err)
	}
}

// Text that is not UTF-8, raw or as a lone surrogate escape, is an error
// naming the field: two different bad ids do not collapse into one
// "duplicate".
func TestDecodeInvalidUTF8(t *testing.T) {
	for _, in := range []string{
		`[{"id":"a` + "\xff" + `","name":"A"},{"id":"a` + "\xfe" + `","name":"B"}]`,
		`[{"id":"a\ud800","name":"A"},{"id":"a\udfff","name":"B"}]`,
		`[{"id":"ok","name":"Curl` + "\xc3" + `"}]`,
	} {
		_, _, err := exercise.DecodeFreeExerciseDB(strings.NewReader(in))
		var fe *exercise.FieldError
		if !errors.As(err, &fe) || errors.Is(err, exercise.ErrDuplicate) || !errors.Is(err, repkit.ErrSyntax) || (fe.Field != "id" && fe.Field != "name") {
			t.Errorf("DecodeFreeExerciseDB(%q) = %v; want a syntax FieldError naming id or name", in, err)
		}
	}
	// U+FFFD written as itself, or escaped, is text like any other.
	in := `[{"id":"a` + "\uFFFD" + `","name":"A"},{"id":"b\ufffd","name":"B"}]`
	if got, _, err := exercise.DecodeFreeExerciseDB(strings.NewReader(in)); err != nil || len(got) != 2 {
		t.Errorf("DecodeFreeExerciseDB(real U+FFFD) = %v, %v; want two entries", got, err)
	}
}
