package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit/internal/exampletest"
	"github.com/repkit/repkit/internal/shareddata"
	"github.com/repkit/repkit/restpause"
)

const fixtures = "../../history/testdata"

// hevyHeader is the header row of a Hevy export, for the logs written here.
const hevyHeader = `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"` + "\n"

// runOK runs the program with args and returns what it printed. A non-zero
// exit or anything on stderr (an error, a skipped row) fails the test.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 || errb.Len() != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// writeLog writes a Hevy export with the rows (each ending in a newline)
// to a temporary file and returns its path.
func writeLog(t *testing.T, name, rows string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, []byte(hevyHeader+rows), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// hevyRow is one row of a Hevy export on a day of March 2026, without
// effort.
func hevyRow(day, exercise string, i int, kind string, kg, reps int) string {
	return fmt.Sprintf("\"Day\",\"%s Mar 2026, 18:00\",\"%s Mar 2026, 19:00\",\"\",\"%s\",,\"\",%d,\"%s\",%d,%d,,,\n", day, day, exercise, i, kind, kg, reps)
}

func TestRunFixtures(t *testing.T) {
	out := runOK(t, filepath.Join(fixtures, "hevy_kg.csv"))
	exampletest.Contains(t, out,
		"hevy export: 2 workouts, 2026-03-11 to 2026-03-13; loads shown in kg",
		"Leg Extension (Machine)\n  sessions: 1; latest 2026-03-13: 50kg x 14+5+3 (a rest-pause set)",
		"rest-pause set found: Leg Extension (Machine) on 2026-03-13: sets 1-3 at 50kg (14+5+3 reps)",
		"Bicep Curl (Cable)\n  sessions: 1; latest 2026-03-13: 20kg x 12, 11",
		// The one recovered set (a suitable exercise, bursts without effort,
		// one exercise that day, one week, a single squat e1RM) shows none
		// of the guide's mistakes.
		"rest-pause audit (the guide's common mistakes, over 1 rest-pause set recovered from the log):\n  no common mistakes found",
	)
}

func TestRunNeedsUnit(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{filepath.Join(fixtures, "strong_rpe.csv")}, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "-unit kg or -unit lb") {
		t.Errorf("stderr: %s", errb.String())
	}
	errb.Reset()
	if code := run([]string{"-unit", "stone", filepath.Join(fixtures, "strong_rpe.csv")}, &out, &errb); code != 2 {
		t.Errorf("-unit stone: exit %d, want 2", code)
	}
	if code := run(nil, &out, &errb); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	exampletest.Contains(t, runOK(t, "-unit", "lb", filepath.Join(fixtures, "strong_old.csv")),
		"Squat (Barbell)\n  sessions: 1; latest 2019-11-02: 225lb x 5, 5")
}

// auditRows are the rows of a Hevy export written for the audit. Squat is logged as
// straight sets: three Mondays at 100kg x 5 (Epley e1RM 100*(1+5/30) =
// 116.7 kg), then three at 90kg x 5 (105 kg). Rest-pause sets are logged
// the way Hevy users log them, as drop sets at the same load:
//
//   - 2026-02-16: Leg Extension 50kg 12+4, every entry at RPE 8 (2 RIR),
//     and Sumo Deadlift 140kg 5+2 with no effort recorded. The built-in
//     catalog has no sumo deadlift.
//   - 2026-03-24: "Deadlift - Rogue" 120kg 6+2 (a FitNotes-style brand
//     suffix, which only the name mapping resolves to the catalog's
//     deadlift), Leg Extension 50kg 14+5+3 and Cable
//     Curl 20kg 12+4, every entry at RPE 10.
const auditRows = `"Legs","2 Feb 2026, 18:00","2 Feb 2026, 19:00","","Squat (Barbell)",,"",0,"normal",100,5,,,
"Legs","9 Feb 2026, 18:00","9 Feb 2026, 19:00","","Squat (Barbell)",,"",0,"normal",100,5,,,
"Legs","16 Feb 2026, 18:00","16 Feb 2026, 19:00","","Squat (Barbell)",,"",0,"normal",100,5,,,
"Legs","16 Feb 2026, 18:00","16 Feb 2026, 19:00","","Leg Extension (Machine)",,"",0,"normal",50,12,,,8
"Legs","16 Feb 2026, 18:00","16 Feb 2026, 19:00","","Leg Extension (Machine)",,"",1,"dropset",50,4,,,8
"Legs","16 Feb 2026, 18:00","16 Feb 2026, 19:00","","Sumo Deadlift (Barbell)",,"",0,"normal",140,5,,,
"Legs","16 Feb 2026, 18:00","16 Feb 2026, 19:00","","Sumo Deadlift (Barbell)",,"",1,"dropset",140,2,,,
"Legs","9 Mar 2026, 18:00","9 Mar 2026, 19:00","","Squat (Barbell)",,"",0,"normal",90,5,,,
"Legs","16 Mar 2026, 18:00","16 Mar 2026, 19:00","","Squat (Barbell)",,"",0,"normal",90,5,,,
"Legs","23 Mar 2026, 18:00","23 Mar 2026, 19:00","","Squat (Barbell)",,"",0,"normal",90,5,,,
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Deadlift - Rogue",,"",0,"normal",120,6,,,10
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Deadlift - Rogue",,"",1,"dropset",120,2,,,10
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Leg Extension (Machine)",,"",0,"normal",50,14,,,10
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Leg Extension (Machine)",,"",1,"dropset",50,5,,,10
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Leg Extension (Machine)",,"",2,"dropset",50,3,,,10
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Bicep Curl (Cable)",,"",0,"normal",20,12,,,10
"Pull","24 Mar 2026, 18:00","24 Mar 2026, 19:00","","Bicep Curl (Cable)",,"",1,"dropset",20,4,,,10
`

// TestRunAudit checks the audit section against findings worked out by hand
// from the rules the Auditor documents (defaults: 2 exercises a day, 3
// records at failure; the fatigue Monitor's 21-day recent and 42-day
// baseline windows, 3 points each, 5% drop):
//
//   - high-skill: Deadlift is rated unsuitable; Leg Extension and Cable
//     Curl are not; Sumo Deadlift cannot be judged and is listed as such.
//   - everywhere: 3 exercises on 2026-03-24 > 2; 2026-02-16 has 2.
//   - all-failure: 3 records all at RPE 10 (>= 3) out of 4 fully rated
//     (3 >= half of 4; the sumo set is unrated and not counted); the
//     2026-02-16 set at RPE 8 is not one of them.
//   - while-dropping: as of 2026-03-24 18:00 the recent window (03-03,
//     03-24] holds squat 105, 105, 105 and the baseline (01-20, 03-03]
//     holds 116.7 x 3: a (116.7-105)/116.7 = 10% drop. As of 2026-02-16
//     the baseline window (12-15, 01-26] is empty, so squat is not
//     compared and that set is not flagged.
//   - no churn: the rest-pause weeks (ISO 8 and 13) are not consecutive.
func TestRunAudit(t *testing.T) {
	out := runOK(t, writeLog(t, "audit.csv", auditRows))
	_, section, ok := strings.Cut(out, "\nrest-pause audit")
	if !ok {
		t.Fatalf("no audit section:\n%s", out)
	}
	const (
		dead = "    rests on: 2026-03-24 Deadlift - Rogue, 120kg x 6+2 reps\n"
		ext  = "    rests on: 2026-03-24 Leg Extension (Machine), 50kg x 14+5+3 reps\n"
		curl = "    rests on: 2026-03-24 Bicep Curl (Cable), 20kg x 12+4 reps\n"
	)
	want := " (the guide's common mistakes, over 5 rest-pause sets recovered from the log):\n" +
		"  high-skill: " + restpause.MistakeHighSkill.Sentence() + " Exercise: Deadlift - Rogue. Sessions: 2026-03-24.\n" + dead +
		"  everywhere: " + restpause.MistakeEverywhere.Sentence() + " Sessions: 2026-03-24.\n" + dead + ext + curl +
		"  all-failure: " + restpause.MistakeAllFailure.Sentence() + " Sessions: 2026-03-24.\n" + dead + ext + curl +
		"  while-dropping: " + restpause.MistakeWhileDropping.Sentence() + " Sessions: 2026-03-24.\n" + dead + ext + curl +
		"  not judged for suitability (not in the catalog): Sumo Deadlift (Barbell)\n"
	if diff := cmp.Diff(want, section); diff != "" {
		t.Errorf("audit section (-want +got):\n%s", diff)
	}
	// The trend section shows the squat drop the audit rests on.
	exampletest.Contains(t, out, "largest drop: Squat (Barbell), median e1RM 116.67kg over the baseline window, 105kg recently (-10.0%)")
}

// TestRunTrendSmallestGain: when every main lift gains, the lift the
// monitor names (the largest drop) is the one with the smallest gain, and
// the line says so. As of 2026-03-23 the recent window is (03-02, 03-23]
// and the baseline (01-19, 03-02]. Squat: 100kg x 5 on 02-02, 02-09 and
// 02-16 is Epley 100*(1+5/30) = 116.67kg; 105kg x 5 on 03-09, 03-16 and
// 03-23 is 122.5kg: +5.0%. Bench: 80kg x 5 is 93.3kg, 88kg x 5 is 102.7kg:
// +10.0%. The smallest gain is the squat's.
func TestRunTrendSmallestGain(t *testing.T) {
	var rows string
	for _, d := range []string{"2 Feb", "9 Feb", "16 Feb"} {
		rows += strings.ReplaceAll(hevyRow("X", "Squat (Barbell)", 0, "normal", 100, 5), "X Mar", d)
		rows += strings.ReplaceAll(hevyRow("X", "Bench Press (Barbell)", 0, "normal", 80, 5), "X Mar", d)
	}
	for _, d := range []string{"9", "16", "23"} {
		rows += hevyRow(d, "Squat (Barbell)", 0, "normal", 105, 5) + hevyRow(d, "Bench Press (Barbell)", 0, "normal", 88, 5)
	}
	exampletest.Contains(t, runOK(t, writeLog(t, "trend.csv", rows)),
		"  no lift dropped; smallest gain: Squat (Barbell), median e1RM 116.67kg over the baseline window, 122.5kg recently (+5.0%)\n")
}

func TestRunAuditNothingRecovered(t *testing.T) {
	// Straight sets only.
	file := writeLog(t, "straight.csv", `"Arms","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Bicep Curl (Cable)",,"",0,"normal",20,12,,,
"Arms","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Bicep Curl (Cable)",,"",1,"normal",20,11,,,
`)
	exampletest.Contains(t, runOK(t, file),
		"rest-pause audit (the guide's common mistakes):\n  nothing to audit:")
}

func TestRunRealFiles(t *testing.T) {
	for _, c := range []struct{ args []string }{
		{[]string{"-unit", "kg", shareddata.Path(t, "workout-logs/strong/strong.csv")}},
		{[]string{shareddata.Path(t, "workout-logs/hevy/workout_data.csv")}},
	} {
		// Checked against the raw rows: neither file has W/D/F or Rest
		// Timer rows, Hevy set types other than normal, or rest-pause
		// notes, so nothing is recovered and nothing audited.
		out := runOK(t, c.args...)
		exampletest.Contains(t, out,
			"main-lift e1RM trend",
			"common mistakes):\n  nothing to audit")
		oneAnswer(t, out)
	}
	// Two of issue 12's exercises in the Strong log, worked by hand from
	// the raw rows (the log ends 2021-12-22 15:07):
	//
	//   - Back Deltoids: 5kg x 12, 12, 12, last on 2021-11-19 15:40, 32 days
	//     before the end: a return. It maps to a machine (rear delt fly),
	//     whose KilogramGym stack starts at 5kg: nothing is lighter, so the
	//     load holds and the target is the bottom of 8-12 (every session
	//     was 12 reps: the boundary keeps 8-12). It used to get "add 2.5kg"
	//     and "deload about 10%, from 5kg to 2.5kg" side by side.
	//   - Bench Press: 85kg x 8, 6 on 12-19, then 85kg x 8, 8, 8 on 12-22.
	//     The weakest sets of the sessions within 5% of 85kg among the last
	//     twelve are 8, 6, 7, 6 (85kg) and 8 (82.5kg): lower quartile 6,
	//     range 6-10. The target in force is the session before's weakest
	//     set, 6; 8 meets it: aim for 9. 24 reps at 85kg beat the 23 of
	//     12-12, a new best, so no stall. It used to get "aim for 12 reps a
	//     set again", never done at 85kg.
	exampletest.Contains(t, runOK(t, "-unit", "kg", shareddata.Path(t, "workout-logs/strong/strong.csv")),
		"Back Deltoids\n  sessions: 6; latest 2021-11-19: 5kg x 12, 12, 12\n",
		"  next time: Last done 32 days ago, longer than the return gap, so this is a return, not a stall: stay at 5kg and aim for 8 reps a set. Nothing lighter than 5kg is available, so the reps come down instead. (Range 8-12 inferred from your sets.)\n",
		"Bench Press (Barbell)\n  sessions: 68; latest 2021-12-22: 85kg x 8, 8, 8\n",
		"  next time: Every set reached at least 8 reps, meeting the target of 6: stay at 85kg and aim for 9 reps a set. (Range 6-10 inferred from your sets.)\n",
	)
}

// The example asks the Coach, as of the log's last workout, with the rep
// range inferred per exercise. Worked by hand from the Coach's rules:
//
//   - Curl, 20kg: 10,10 then 11,11 then 11,10. The range is inferred from
//     the weakest sets 10, 11, 10: their lower quartile is 10, and the last
//     band whose bottom is at most 10 is 8-12. The target in force is the
//     session before's weakest set, 11; 10 misses it, so the load holds
//     and the target stays 11, done before at 20kg ("again").
//   - Pushdown, one session of 25kg x 10, 10, fourteen days before the
//     last workout (not a return): range 8-12 as above; a first session
//     is judged against the bottom, 8; 10 meets it, so aim for one more
//     than the weakest set, 11 (not back to 9, below what was done).
func TestRunNextTime(t *testing.T) {
	file := writeLog(t, "next.csv",
		hevyRow("2", "Bicep Curl (Cable)", 0, "normal", 20, 10)+hevyRow("2", "Bicep Curl (Cable)", 1, "normal", 20, 10)+
			hevyRow("2", "Triceps Pushdown", 0, "normal", 25, 10)+hevyRow("2", "Triceps Pushdown", 1, "normal", 25, 10)+
			hevyRow("9", "Bicep Curl (Cable)", 0, "normal", 20, 11)+hevyRow("9", "Bicep Curl (Cable)", 1, "normal", 20, 11)+
			hevyRow("16", "Bicep Curl (Cable)", 0, "normal", 20, 11)+hevyRow("16", "Bicep Curl (Cable)", 1, "normal", 20, 10))
	out := runOK(t, file)
	exampletest.Contains(t, out,
		"  next time: The weakest set reached 10 of 11 reps: stay at 20kg and aim for 11 reps a set again. (Range 8-12 inferred from your sets.)\n",
		"  next time: Every set reached at least 10 reps, meeting the target of 8: stay at 25kg and aim for 11 reps a set. (Range 8-12 inferred from your sets.)\n",
	)
	oneAnswer(t, out)
}

// oneAnswer fails when an exercise of the report gets more than one piece
// of advice, or advice outside its "next time" line.
func oneAnswer(t *testing.T, out string) {
	t.Helper()
	for _, block := range strings.Split(out, "\n\n") {
		if n := strings.Count(block, "next time"); n > 1 {
			t.Errorf("%d answers for one exercise:\n%s", n, block)
		}
		for _, w := range []string{"  stalls:", "session(s)", "deload about"} {
			if strings.Contains(block, w) {
				t.Errorf("second voice %q:\n%s", w, block)
			}
		}
	}
}

// Rest-pause sets recovered from the log are judged by their total reps,
// not as straight sets. Worked by hand from the Coach's rules, with a total
// of 15-20 (Hevy drop sets at the same load are the rest-pause bursts):
//
//   - Leg Extension, 50kg: 14+5+3 (22), then 12+4 (16): the latest total
//     is inside 15-20, so hold and aim for one more, 17, which 22 at 50kg
//     already passed ("again"). (As straight sets, 12, 4 would read as a
//     set of 4.)
//   - Curl, 20kg: straight 10, 10, then 12+4+3 (19) as the latest: inside
//     the range, hold and aim for 20, never done at 20kg as a total.
//   - Pushdown, 25kg: 10+4 rest-pause, then straight 10, 10. The range is
//     inferred from the straight sessions only (10: 8-12), and the session
//     before was rest-pause, so the straight sets are judged against the
//     bottom, 8: met, aim for 11.
func TestRunRestPauseProgression(t *testing.T) {
	file := writeLog(t, "rp.csv",
		hevyRow("2", "Leg Extension (Machine)", 0, "normal", 50, 14)+hevyRow("2", "Leg Extension (Machine)", 1, "dropset", 50, 5)+
			hevyRow("2", "Leg Extension (Machine)", 2, "dropset", 50, 3)+
			hevyRow("2", "Bicep Curl (Cable)", 0, "normal", 20, 10)+hevyRow("2", "Bicep Curl (Cable)", 1, "normal", 20, 10)+
			hevyRow("2", "Triceps Pushdown", 0, "normal", 25, 10)+hevyRow("2", "Triceps Pushdown", 1, "dropset", 25, 4)+
			hevyRow("9", "Leg Extension (Machine)", 0, "normal", 50, 12)+hevyRow("9", "Leg Extension (Machine)", 1, "dropset", 50, 4)+
			hevyRow("9", "Bicep Curl (Cable)", 0, "normal", 20, 12)+hevyRow("9", "Bicep Curl (Cable)", 1, "dropset", 20, 4)+
			hevyRow("9", "Bicep Curl (Cable)", 2, "dropset", 20, 3)+
			hevyRow("9", "Triceps Pushdown", 0, "normal", 25, 10)+hevyRow("9", "Triceps Pushdown", 1, "normal", 25, 10))
	exampletest.Contains(t, runOK(t, file),
		"assumed for exercises whose latest sessions are rest-pause sets: sum of reps, 15-20 total reps a set (DC's higher range), first mini-set at least 6 reps\n",
		"Leg Extension (Machine)\n  sessions: 2; latest 2026-03-09: 50kg x 12+4 (a rest-pause set)\n",
		"  next time: The set totalled 16 reps, inside 15-20: stay at 50kg and aim for 17 total reps again.\n",
		"Bicep Curl (Cable)\n  sessions: 2; latest 2026-03-09: 20kg x 12+4+3 (a rest-pause set)\n",
		"  next time: The set totalled 19 reps, inside 15-20: stay at 20kg and aim for 20 total reps.\n",
		"Triceps Pushdown\n  sessions: 2; latest 2026-03-09: 25kg x 10, 10\n",
		"  next time: Every set reached at least 10 reps, meeting the target of 8: stay at 25kg and aim for 11 reps a set. (Range 8-12 inferred from your sets.)\n",
	)
}

// TestRunPoundLogs: with no -unit, a log in pounds prints pounds
// throughout: set lines, the Coach's advice, the rest-pause explanation and
// the trend. strong_lbs.csv states "lbs" on every row; its squat medians are
// 205 lb in both windows, Epley 205*(1+5/30) = 239.1666 lb. In
// strong_mixed_units.csv the lifter moved from kg to lb in week 4: the
// latest unit, pounds, is the one shown. hevy_lbs_log.csv has weight_lbs.
func TestRunPoundLogs(t *testing.T) {
	for _, c := range []struct {
		file string
		want []string
	}{
		{"strong_lbs.csv", []string{
			"strong export: 8 workouts, 2026-01-05 to 2026-02-23; loads shown in lb",
			"5lb steps from its last load",
			"Bench Press (Barbell)\n  sessions: 8; latest 2026-02-23: 140lb x 8, 8, 8",
			"stay at 140lb and aim for 9 reps a set",
			"Seated Row (Cable)\n  sessions: 8; latest 2026-02-23: 87.5lb x 10, 10, 9",
			"27.5lb x 12+4+3 (a rest-pause set)",
			"rest-pause set found: Bicep Curl (Dumbbell) on 2026-02-23: sets 1-3 at 27.5lb (12+4+3 reps)",
			"median e1RM 239.17lb over the baseline window, 239.17lb recently",
		}},
		{"strong_mixed_units.csv", []string{
			"strong export: 6 workouts, 2026-02-02 to 2026-03-09; loads shown in lb",
			"Bench Press (Barbell)\n  sessions: 6; latest 2026-03-09: 145lb x 8, 8, 7",
		}},
		{"hevy_lbs_log.csv", []string{
			"hevy export: 4 workouts, 2026-03-02 to 2026-03-23; loads shown in lb",
			"Bench Press (Barbell)\n  sessions: 4; latest 2026-03-23: 140lb x 8, 8, 7",
			"rest-pause set found: Leg Extension (Machine) on 2026-03-23: sets 1-3 at 112.5lb (14+5+3 reps)",
		}},
	} {
		out := runOK(t, filepath.Join(fixtures, c.file))
		exampletest.Contains(t, out, c.want...)
		if strings.Contains(out, "kg") {
			t.Errorf("%s: a pound log prints kilograms:\n%s", c.file, out)
		}
	}
}

// TestRunUnitOverride: -unit still sets the unit loads are shown in, and
// the loads the library prints are rounded to the hundredth: 27.5 lb is
// 12.473790175 kg exactly, shown as 12.47kg.
func TestRunUnitOverride(t *testing.T) {
	out := runOK(t, "-unit", "kg", filepath.Join(fixtures, "strong_lbs.csv"))
	exampletest.Contains(t, out,
		"loads shown in kg",
		"2.5kg steps from its last load",
		"sets 1-3 at 12.47kg (12+4+3 reps)",
		"median e1RM 108.48kg over the baseline window", // 239.1666 lb = 108.4842 kg
	)
	if strings.Contains(out, "12.473790175kg (12") {
		t.Errorf("the rest-pause explanation prints an exact conversion:\n%s", out)
	}
}

// TestRunLoadKinds: a pound log with assisted, body-weight and band work
// (history/testdata/strong_loadkinds.csv, made up for these shapes). Worked
// by hand from its rows:
//
//   - Pull Up (Assisted) on 04-08: 40 lb of help x 10, a drop set at 40 x
//     4, and 45 x 10. The hardest load is the least help, 40 lb, where the
//     10 and the drop read as one rest-pause set, 10+4 = 14, under the
//     assumed 15-20: hold, aim for 15. (On 04-01 the least help was 30 lb.)
//   - Chest Dip (Weighted): 25, 45 and 35 lb added; the hardest is 45 x 5,
//     the top of 3-5: the next dumbbell of a pound gym, 50 lb added.
//   - Chest Fly (Band): no logged load; the resistance is the band's.
func TestRunLoadKinds(t *testing.T) {
	out := runOK(t, filepath.Join("..", "..", "history", "testdata", "strong_loadkinds.csv"))
	exampletest.Contains(t, out,
		"Pull Up (Assisted)\n  sessions: 2; latest 2024-04-08: 40lb of assistance x 10+4 (a rest-pause set)\n",
		"below 15-20 for the first time at this load: stay at 40lb of assistance and aim for 15 total reps.\n",
		"sets 1-2 at 40lb of assistance (10+4 reps)",
		"latest 2024-04-03: body weight + 45lb x 5\n",
		"the top of 3-5: add 5lb, to body weight + 50lb, and aim for 3 reps a set.",
		"Chest Fly (Band)\n  sessions: 1; latest 2024-04-03: no logged load x 15\n",
		"(a stronger band or a harder variation is the next step)",
		"latest 2024-04-01: body weight x 20, 25\n",
	)
	if m := regexp.MustCompile(`(^|[^0-9.])0(\.0+)?(kg|lb)\b`).FindString(out); m != "" {
		t.Errorf("output writes a zero load %q:\n%s", m, out)
	}
}
