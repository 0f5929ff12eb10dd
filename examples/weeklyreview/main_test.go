package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
	"github.com/repkit/repkit/internal/shareddata"
)

func TestRun(t *testing.T) {
	out := exampletest.Output(t, run)
	exampletest.Contains(t, out,
		// By hand, Ana's shoulders: 3 x 12 = 36 reps a week before; after,
		// 36 + 12+5+4 = 57 (+58%); volume 36 x 7.5 = 270 kg, 57 x 7.5 =
		// 427.5 kg, shown whole.
		"shoulders from 2025-W13: 3 straight hard sets, 36 reps and 270kg volume load a week before (3 weeks); 3 straight hard sets, 1 rest-pause set (12 activation reps, 2 bursts of 9 reps in all), 57 reps and 428kg volume load a week after (3 weeks), reps up 58%: rest-pause was added on top.",
		// Ana's quadriceps: squats 15 + 15 and leg extensions 36 = 66 a
		// week before; after, weeks of 91, 85 and 85 reps: 87 (+32%).
		"quadriceps from 2025-W13: 9 straight hard sets, 66 reps and 4800kg volume load a week before (3 weeks)",
		"87 reps and 5650kg volume load a week after (3 weeks), reps up 32%: rest-pause was added on top.",
		"Rest-pause added everywhere: replace a small amount of accessory volume instead",
		// Epley: 100 x 5 = 116.67 kg, 100 x 3 = 110 kg, 5.7% lower.
		"Squat (Barbell) after the rest-pause day 2025-04-09: 2025-04-11 best 100kg x 3 (e1RM 110kg) against 2025-04-07 100kg x 5 (e1RM 116.67kg): worse by 5.7%.",
		// Knee 2, 4, 6: trouble in weeks 5 and 6.
		"Leg Extension: joint discomfort 2 to 6 of 10 over 3 weeks, rising in 3 sets; no setup friction. Trouble in 2 of the last 3 weeks. Alternatives that train the same muscles first, suit rest-pause and fit your equipment: Machine Hack Squat.",
		// The Coach, told of the trouble, says the change of exercise.
		"Leg Extension: Joint discomfort, pain or setup friction in 2 of the last 3 weeks, so tolerance is now the main story: simplify or switch the exercise",
		// Ben in pounds: 1 set kept, 12 + 21 = 33 reps (-8%); 33 x 15 = 495 lb.
		"shoulders from 2025-W13: 3 straight hard sets, 36 reps and 540lb volume load a week before (3 weeks); 1 straight hard set, 1 rest-pause set (12 activation reps, 2 bursts of 9 reps in all), 33 reps and 495lb volume load a week after (3 weeks), reps down 8%: rest-pause replaced straight work.",
		"None of the guide's common mistakes shows this week.",
		// The Coach's own sentence: 25 at the top of 20-25 adds one 5 lb step.
		"Leg Extension: The set totalled 25 reps, the top of 20-25: add 5lb, to 115lb, and aim for 20 total reps.",
	)
	exampletest.Lacks(t, out, "more muscle", "session(s)")
}

// An export's last week, reviewed: a file of the lifter's own and both
// shared exports (neither has rest-pause sets, so the checkpoints say so).
func TestReviewFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "strong.csv")
	csv := "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
		"2026-03-02 18:00:00,Push,50m,Bench Press (Barbell),1,80,8,,,,,8\n" +
		"2026-03-02 18:00:00,Push,50m,Bench Press (Barbell),2,80,8,,,,,8\n"
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := reviewFile(&b, file, "kg", "Europe/Berlin"); err != nil {
		t.Fatal(err)
	}
	exampletest.Contains(t, b.String(),
		"strong export: 1 workout, 2026-03-02 to 2026-03-02; the last week:\n",
		"    chest       2 straight hard sets; 16 reps in all\n",
		"  Review of 2026-W10:\n",
		"[no-data]\n      No rest-pause sets this week.\n")
	if err := reviewFile(&b, file, "", ""); err == nil || !strings.Contains(err.Error(), "unit") {
		t.Errorf("a file without a unit and no -unit: %v", err)
	}
	for _, f := range []struct{ rel, unit string }{{"workout-logs/strong/strong.csv", "kg"}, {"workout-logs/hevy/workout_data.csv", ""}} {
		b.Reset()
		if err := reviewFile(&b, shareddata.Path(t, f.rel), f.unit, ""); err != nil {
			t.Fatalf("%s: %v", f.rel, err)
		}
		exampletest.Contains(t, b.String(), "; the last week:\n", "  Review of ")
	}
}
