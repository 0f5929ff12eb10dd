package restpause_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// A date JSON cannot write is refused by Validate, NewSession and
// UnmarshalJSON, not left for json.Marshal to fail on (issue 15).
func TestRecordDateOffsets(t *testing.T) {
	for _, tt := range []struct {
		off int
		ok  bool
	}{
		{24 * 3600, false}, {-24 * 3600, false}, {23*3600 + 59*60, true}, {-(23*3600 + 59*60), true}, {19*60 + 32, false},
	} {
		r := sampleRecord()
		r.Date = time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("", tt.off))
		err := r.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("offset %ds: Validate() = %v, want ok=%v", tt.off, err, tt.ok)
		}
		var fe *restpause.FieldError
		if err != nil && (!errors.As(err, &fe) || fe.Field != "date" || !errors.Is(err, repkit.ErrInvalid)) {
			t.Errorf("offset %ds: error %v is not a FieldError on date wrapping ErrInvalid", tt.off, err)
		}
		if _, err := restpause.NewSession(restpause.Protocol{Name: "x", MaxBursts: 3}, restpause.Start{Date: r.Date, Exercise: "Curl", Load: 20 * repkit.Kilogram}); (err == nil) != tt.ok {
			t.Errorf("offset %ds: NewSession error %v, want ok=%v", tt.off, err, tt.ok)
		}
		if tt.ok {
			if _, err := json.Marshal(r); err != nil {
				t.Errorf("offset %ds: valid record does not marshal: %v", tt.off, err)
			}
		}
	}
	var r restpause.Record
	err := json.Unmarshal([]byte(`{"date":"2024-03-01T18:00:00+24:00","exercise":"Curl","load":"20kg","activation":{"reps":8},"stop":{"reason":"continue"}}`), &r)
	if err == nil || !strings.Contains(err.Error(), "date") {
		t.Errorf("Unmarshal of a +24:00 date = %v, want an error naming the date", err)
	}
}

// Text that is not UTF-8 is an error naming the field, not silently
// replaced with U+FFFD when the record is written.
func TestRecordInvalidUTF8(t *testing.T) {
	for _, field := range []string{"exercise", "exercise_id", "protocol", "notes"} {
		r := sampleRecord()
		bad := "Curl\xff"
		switch field {
		case "exercise":
			r.Exercise = bad
		case "exercise_id":
			r.ExerciseID = bad
		case "protocol":
			r.Protocol = bad
		case "notes":
			r.Notes = bad
		}
		err := r.Validate()
		var fe *restpause.FieldError
		if !errors.As(err, &fe) || fe.Field != field {
			t.Errorf("%s not UTF-8: Validate() = %v, want a FieldError naming %s", field, err, field)
		}
	}
}
