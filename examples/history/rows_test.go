package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
)

const liftosaurHeader = "Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,Completed Reps,Is AMRAP?,Required RPE,Completed RPE,Log RPE?,Required Weight Value,Required Weight Unit,Completed Weight Value,Completed Weight Unit,Ask Weight?,Completed Reps Time,Target Muscles,Synergist Muscles,Notes\n"

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// A workout at 22:30 UTC is 00:30 the next day in Berlin (UTC+2 in
// June): -tz shows it on the lifter's day.
func TestRunTimeZone(t *testing.T) {
	file := writeFile(t, "liftosaur.csv", liftosaurHeader+
		"2025-06-14T22:30:00.000Z,P,Day A,\"Leg Extension, Machine\",0,12,12,0,,,0,40,kg,40,kg,0,,Quadriceps,,\n")
	exampletest.Contains(t, runOK(t, file), "liftosaur export: 1 workout, 2025-06-14 to 2025-06-14", "latest 2025-06-14: 40kg x 12")
	exampletest.Contains(t, runOK(t, "-tz", "Europe/Berlin", file), "liftosaur export: 1 workout, 2025-06-15 to 2025-06-15", "latest 2025-06-15: 40kg x 12",
		"catalog: Leg Extension (catalog alias)")
	// Liftosaur writes the zone, so nothing is assumed; Strong writes the
	// phone's clock time without one, read as UTC unless -tz names a zone.
	exampletest.Lacks(t, runOK(t, file), "dates read as UTC")
	strong := writeFile(t, "strong.csv", "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"+
		"2025-06-14 22:30:00,Legs,50m,Leg Extension (Machine),1,40,12,,,,,\n")
	exampletest.Contains(t, runOK(t, "-unit", "kg", strong), "strong export: 1 workout, 2025-06-14 to 2025-06-14; loads shown in kg; dates read as UTC (the file gives no zone: -tz names yours)\n")
	exampletest.Lacks(t, runOK(t, "-unit", "kg", "-tz", "Europe/Berlin", strong), "dates read as UTC")
	var out, errb bytes.Buffer
	if code := run([]string{"-tz", "Mars/Olympus", file}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "IANA zone name") {
		t.Errorf("bad -tz: exit %d, %q", code, errb.String())
	}
}

// Rows left out and rows repaired are counted in the header and listed
// at the end, in the output itself; timed work is named, not dropped; an
// unmatched name gets the closest catalog entries and the -alias to
// choose one, which then maps it.
func TestRunRowReport(t *testing.T) {
	file := writeFile(t, "fitnotes.csv", "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n"+
		"2024-03-11,Shoulder Press (Seated, Dumbbells),Shoulders,12.5,8,,,,\n"+
		"2024-03-11,Leg Extension,Legs,40,twelve,,,,\n"+
		"2024-03-11,Plank,Abs,,,,,0:01:30,\n"+
		"2024-03-11,Squat (Dumbbell),Legs,20,10,,,,\n")
	out := runOK(t, file)
	exampletest.Contains(t, out,
		"fitnotes export: 1 workout, 2024-03-11 to 2024-03-11; loads shown in kg; 1 row left out as unreadable, 1 row repaired (listed at the end)\n",
		"Squat (Dumbbell)\n  sessions: 1; latest 2024-03-11: 20kg x 10\n  catalog: not found; kept as written, not judged for rest-pause\n    closest in the catalog: ",
		`if one is it, run again with -alias "Squat (Dumbbell)=`,
		"not judged (timed or distance work, no reps to progress): Plank (1 workout)\n",
		"rows left out (1; the history above lacks them):\n  line 3: Reps \"twelve\": invalid syntax; write a plain decimal number, such as 82.5\n",
		"rows repaired (1; kept as read, check them):\n  line 2: Exercise \"Shoulder Press (Seated, Dumbbells)\": row repaired;",
	)
	exampletest.Contains(t, runOK(t, "-alias", "Squat (Dumbbell)=goblet-squat", file),
		"Squat (Dumbbell)\n  sessions: 1; latest 2024-03-11: 20kg x 10\n  catalog: Goblet Squat (your alias)")
	var o, errb bytes.Buffer
	if code := run([]string{"-alias", "Squat (Dumbbell)=goblet", file}, &o, &errb); code != 2 || !strings.Contains(errb.String(), `such as "goblet-squat"`) {
		t.Errorf("bad -alias: exit %d, %q", code, errb.String())
	}
}
