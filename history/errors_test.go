package history

import (
	"errors"
	"strings"
	"testing"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/errtest"
)

// TestErrorMessages: each error names the line, the column and the cell and
// says what to write instead, in words an app user understands; the
// expected texts are written by hand.
func TestErrorMessages(t *testing.T) {
	const strong = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
	const fitnotes = "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n"
	imp := func(csv string, opts Options) error {
		_, _, err := Import(strings.NewReader(csv), opts)
		return err
	}
	kg := Options{Unit: repkit.UnitKilogram}
	errtest.Check(t, []errtest.Case{
		errtest.C("no unit in the file", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,1,20,10,0,0,,,\n", Options{}), ErrUnitRequired,
			`history: weight unit "": the file's weights carry no unit; choose kg or lb for this file`),
		errtest.C("empty unit cell", imp(fitnotes+"2026-04-29,Curl,Arms,15,,10,,,,\n", Options{}), repkit.ErrUnit,
			`history: line 2: Weight Unit "": the file's weights carry no unit; choose kg or lb for this file`),
		errtest.C("unknown unit cell", imp(fitnotes+"2026-04-29,Curl,Arms,15,stone,10,,,,\n", Options{}), repkit.ErrUnit,
			`history: line 2: Weight Unit "stone": missing or unknown unit; write kg or lb`),
		errtest.C("weight in words", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,1,twenty,10,0,0,,,\n", kg), repkit.ErrSyntax,
			`history: line 2: Weight "twenty": invalid syntax; write a plain decimal number, such as 82.5`),
		errtest.C("negative weight", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,1,-20,10,0,0,,,\n", kg), repkit.ErrNegative,
			`history: line 2: Weight "-20": negative value; write 0 or more; a negative weight is read as assistance only for an assisted exercise, such as "Pull Up (Assisted)"`),
		errtest.C("fractional reps", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,1,20,9.5,0,0,,,\n", kg), repkit.ErrSyntax,
			`history: line 2: Reps "9.5": invalid syntax; write a whole number, such as 8`),
		errtest.C("rpe off the scale", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,1,20,10,0,0,,,11\n", kg), repkit.ErrRange,
			`history: line 2: RPE "11": out of range; write an RPE in half points from 1 to 10, such as 8 or 8.5`),
		errtest.C("no exercise", imp(strong+"2024-01-01 10:00:00,W,1h,,1,20,10,0,0,,,\n", kg), repkit.ErrEmpty,
			`history: line 2: Exercise Name "": empty value; write the exercise's name`),
		errtest.C("bad set order", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,X,20,10,0,0,,,\n", kg), repkit.ErrSyntax,
			`history: line 2: Set Order "X": invalid syntax; write a set number, "W", "D", "F" or "Rest Timer"`),
		errtest.C("rest before a set", imp(strong+"2024-01-01 10:00:00,W,1h,Curl,Rest Timer,0,0,0,30,,,\n", kg), repkit.ErrOrder,
			`history: line 2: Set Order "Rest Timer": out of order; a rest timer row follows the set it rests after; this one has no set before it`),
		errtest.C("field count", imp(strong+"2024-01-01 10:00:00,W,1h,Curl\n", kg), ErrRow,
			`history: line 2: malformed row: row has 4 fields, header has 12; look for a missing or extra separator`),
		errtest.C("unknown header", imp("Day,Lift\n", kg), ErrFormat,
			`history: header "Day,Lift": unrecognised format; export the workouts as CSV from Strong, Hevy, Liftosaur or FitNotes, or from repkit`),
	})
	if !errors.Is(ErrUnitRequired, repkit.ErrUnit) || !errors.Is(ErrRow, repkit.ErrSyntax) {
		t.Error("ErrUnitRequired or ErrRow does not match its shared sentinel")
	}
}
