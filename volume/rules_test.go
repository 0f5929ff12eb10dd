package volume_test

// Tests that pin package volume's documented rules at their boundaries:
// JumpPercent (10%: "more than" is added on top, exactly 10% is not),
// EasyRIR (5 or more reps in reserve is easy), the Work limits, the
// window of Ledger.Jump, RepsPercent's rounding (halves away from zero)
// and Describe's weekly means (one decimal when not whole). Every
// expected value is worked out from those rules by hand.

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/volume"
)

// TestJumpAtJumpPercent: weekly reps that rise by exactly JumpPercent
// (10%) are not added on top (the rule says "by more than"); one rep more
// is. Two weeks before of 2x10 (20 reps a week, 40 in all) and three
// after: with a rest-pause set of 2 reps the weeks after hold 3x22 = 66
// reps, 22 a week, exactly 10% above 20; with 3 reps, 23 a week, 15%.
// The uneven windows check the weekly means are compared, not totals.
func TestJumpAtJumpPercent(t *testing.T) {
	if volume.JumpPercent != 10 {
		t.Fatalf("JumpPercent %d: the cases assume 10", volume.JumpPercent)
	}
	for _, tc := range []struct {
		rp      []int
		setsAft int
		shift   volume.Shift
		percent int
	}{
		{[]int{2}, 2, volume.ShiftHeld, 10},
		{[]int{1, 1}, 2, volume.ShiftHeld, 10},
		{[]int{3}, 2, volume.ShiftAdded, 15},
		// One straight set fewer (10 reps) and 12 rest-pause reps: 22 a
		// week, 10% up, straight sets down: replaced.
		{[]int{12}, 1, volume.ShiftReplaced, 10},
		{[]int{13}, 1, volume.ShiftAdded, 15},
	} {
		c := jumpOf(t, program("leg-extension", 2, 3, 2, tc.setsAft, 10, tc.rp), exercise.Quadriceps)
		if c.WeeksBefore != 2 || c.WeeksAfter != 3 || c.Shift != tc.shift {
			t.Errorf("rest-pause %v on %d sets: %d/%d weeks, shift %s, want 2/3, %s", tc.rp, tc.setsAft, c.WeeksBefore, c.WeeksAfter, c.Shift, tc.shift)
		}
		if p, ok := c.RepsPercent(); !ok || p != tc.percent {
			t.Errorf("rest-pause %v: reps percent %d %v, want %d", tc.rp, p, ok, tc.percent)
		}
	}
}

// TestJumpWindow: the window is the weeks compared on each side: 1 and 2
// take that many of the three before and after, 0 is DefaultWindow (4),
// which the three-and-three log cannot fill.
func TestJumpWindow(t *testing.T) {
	l, err := volume.Count(program("leg-extension", 3, 3, 3, 3, 10, []int{10, 4}), volume.Counting{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ window, weeks int }{{1, 1}, {2, 2}, {0, 3}, {4, 3}, {5, 3}} {
		j, ok, err := l.Jump(tc.window)
		if err != nil || !ok || len(j.Changes) != 1 {
			t.Fatalf("window %d: %+v %v %v", tc.window, j, ok, err)
		}
		c := j.Changes[0]
		if c.WeeksBefore != tc.weeks || c.WeeksAfter != tc.weeks {
			t.Errorf("window %d: %d before, %d after, want %d each", tc.window, c.WeeksBefore, c.WeeksAfter, tc.weeks)
		}
		// 30 reps a week before, 44 after, every week: the totals scale.
		if c.Before.Reps() != 30*tc.weeks || c.After.Reps() != 44*tc.weeks {
			t.Errorf("window %d: reps %d, %d", tc.window, c.Before.Reps(), c.After.Reps())
		}
	}
}

// TestRepsPercentRounding: the change in weekly reps as a whole
// percentage, rounded to nearest with halves away from zero, and false
// with no weeks on either side or no reps before.
func TestRepsPercentRounding(t *testing.T) {
	change := func(before, weeksBefore, after, weeksAfter int) volume.Change {
		return volume.Change{Before: volume.Tally{StraightReps: before}, WeeksBefore: weeksBefore,
			After: volume.Tally{StraightReps: after}, WeeksAfter: weeksAfter}
	}
	for _, tc := range []struct {
		c    volume.Change
		want int
		ok   bool
	}{
		{change(200, 1, 201, 1), 1, true},   // +0.5%: away from zero
		{change(200, 1, 199, 1), -1, true},  // -0.5%
		{change(200, 1, 203, 1), 2, true},   // +1.5%
		{change(200, 1, 197, 1), -2, true},  // -1.5%
		{change(400, 1, 401, 1), 0, true},   // +0.25%
		{change(400, 1, 403, 1), 1, true},   // +0.75%
		{change(400, 1, 397, 1), -1, true},  // -0.75%
		{change(200, 1, 200, 1), 0, true},   // the same
		{change(400, 2, 201, 1), 1, true},   // 200 a week to 201: +0.5%
		{change(200, 1, 603, 3), 1, true},   // 200 a week to 201
		{change(0, 1, 10, 1), 0, false},     // no reps before
		{change(200, 0, 10, 1), 0, false},   // no baseline
		{change(200, 1, 10, 0), 0, false},   // no weeks after
		{change(100, 1, 300, 1), 200, true}, // tripled
	} {
		if got, ok := tc.c.RepsPercent(); got != tc.want || ok != tc.ok {
			t.Errorf("%d/%d to %d/%d: %d %v, want %d %v", tc.c.Before.Reps(), tc.c.WeeksBefore, tc.c.After.Reps(), tc.c.WeeksAfter, got, ok, tc.want, tc.ok)
		}
	}
}

// TestDescribeWeeklyMeans: weekly figures are totals over the weeks, with
// one decimal (rounded to nearest) when not whole: 5 sets over 3 weeks is
// 1.7, 50 reps 16.7, 500 kg 167 kg whole. Reps 50 over 3 weeks (16.67) to
// 47 in 1 week are up 182% (47*3 = 141 against 50: 91/50).
func TestDescribeWeeklyMeans(t *testing.T) {
	wk := volume.ISOWeeks(nil).Of(time.Date(2025, 3, 5, 12, 0, 0, 0, time.UTC))
	c := volume.Change{
		Muscle: exercise.Chest, Entered: wk,
		Before:      volume.Tally{StraightSets: 5, StraightReps: 50, Volume: 500 * repkit.Kilogram},
		WeeksBefore: 3,
		After: volume.Tally{StraightSets: 3, StraightReps: 30, RestPause: 1, Activation: 12, Bursts: 1, BurstReps: 5,
			Volume: 470 * repkit.Kilogram},
		WeeksAfter: 1,
		Shift:      volume.ShiftReplaced,
	}
	want := "chest from 2025-W10: 1.7 straight hard sets, 16.7 reps and 167kg volume load a week before (3 weeks); " +
		"3 straight hard sets, 1 rest-pause set (12 activation reps, 1 burst of 5 reps in all), 47 reps and 470kg volume load a week after (1 week), " +
		"reps up 182%: rest-pause replaced straight work."
	if got := c.Describe(repkit.UnitKilogram); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// 2 rest-pause sets over 4 weeks is 0.5 a week; 10 reps over 4 weeks
	// is 2.5; 7 bursts 1.8 (1.75 rounded up); reps down 50%: 40 a week to
	// 20 a week (4 weeks of 80 reps against 2 weeks of 80). Pounds: 100 lb
	// over 4 weeks is 25lb.
	c = volume.Change{
		Muscle: exercise.Chest, Entered: wk,
		Before:      volume.Tally{StraightSets: 4, StraightReps: 80, Volume: 1000 * repkit.Pound},
		WeeksBefore: 2,
		After: volume.Tally{StraightSets: 4, StraightReps: 63, RestPause: 2, Activation: 10, Bursts: 7, BurstReps: 7,
			Volume: 100 * repkit.Pound},
		WeeksAfter: 4,
		Shift:      volume.ShiftHeld,
	}
	want = "chest from 2025-W10: 2 straight hard sets, 40 reps and 500lb volume load a week before (2 weeks); " +
		"1 straight hard set, 0.5 rest-pause sets (2.5 activation reps, 1.8 bursts of 1.8 reps in all), 20 reps and 25lb volume load a week after (4 weeks), " +
		"reps down 50%: straight work held and total reps stayed within 10%."
	if got := c.Describe(repkit.UnitPound); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	c.After.StraightReps = 143 // 160 reps over 4 weeks: 40 a week, the same
	if got := c.Describe(repkit.UnitPound); !strings.Contains(got, "40 reps and 25lb volume load a week after (4 weeks), reps the same:") {
		t.Errorf("same: %s", got)
	}
}

// TestHardAtEasyRIR: a straight set is hard unless its recorded effort
// leaves EasyRIR (5) or more reps in reserve: RIR 4 is hard, RIR 5 is
// easy; a set of 0 reps is no set, of 1 rep a set.
func TestHardAtEasyRIR(t *testing.T) {
	d := time.Date(2025, 3, 5, 10, 0, 0, 0, time.UTC)
	ws := []volume.Work{
		{Date: d, ExerciseID: "leg-extension", Load: 10 * repkit.Kilogram, Reps: 10, Effort: repkit.AtRIR(volume.EasyRIR - 1)},
		{Date: d, ExerciseID: "leg-extension", Load: 10 * repkit.Kilogram, Reps: 10, Effort: repkit.AtRIR(volume.EasyRIR)},
		{Date: d, ExerciseID: "leg-extension", Load: 10 * repkit.Kilogram, Reps: 1},
		{Date: d, ExerciseID: "leg-extension", Load: 10 * repkit.Kilogram, Reps: 0, Effort: repkit.AtRIR(0)},
	}
	l, err := volume.Count(ws, volume.Counting{})
	if err != nil {
		t.Fatal(err)
	}
	want := volume.Tally{StraightSets: 2, EasySets: 1, StraightReps: 21, Volume: 210 * repkit.Kilogram}
	if diff := cmp.Diff(want, l.Weeks[0].All); diff != "" {
		t.Errorf("tally (-want +got):\n%s", diff)
	}
}

// TestWorkLimits: each limit is allowed at its value and refused one
// past it: 1000 reps, 100 bursts, 1000 reps a burst, 10000 kg, the last
// load kind (assisted).
func TestWorkLimits(t *testing.T) {
	ok := []volume.Work{
		{Reps: volume.WorkRepsLimit},
		{RestPause: true, Bursts: make([]int, volume.WorkBurstsLimit)},
		{RestPause: true, Bursts: []int{volume.WorkRepsLimit}},
		{Load: volume.WorkLoadLimit},
		{LoadKind: repkit.LoadAssisted},
	}
	for _, w := range ok {
		if err := w.Validate(); err != nil {
			t.Errorf("%+v: %v", w, err)
		}
	}
	bad := []struct {
		w     volume.Work
		field string
	}{
		{volume.Work{Reps: volume.WorkRepsLimit + 1}, "reps"},
		{volume.Work{RestPause: true, Bursts: make([]int, volume.WorkBurstsLimit+1)}, "bursts"},
		{volume.Work{RestPause: true, Bursts: []int{1, volume.WorkRepsLimit + 1}}, "bursts[1]"},
		{volume.Work{Load: volume.WorkLoadLimit + 1}, "load"},
		{volume.Work{LoadKind: repkit.LoadAssisted + 1}, "load_kind"},
	}
	for _, tc := range bad {
		var fe *volume.FieldError
		if err := tc.w.Validate(); !errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
}

// TestTallyAddSaturates: volume loads add exactly, and saturate at
// repkit.MaxLoad rather than wrap.
func TestTallyAddSaturates(t *testing.T) {
	a := volume.Tally{Volume: repkit.MaxLoad - 5}
	if got := a.Add(volume.Tally{Volume: 5}).Volume; got != repkit.MaxLoad {
		t.Errorf("exact: %d", got)
	}
	if got := a.Add(volume.Tally{Volume: 6}).Volume; got != repkit.MaxLoad {
		t.Errorf("past: %d", got)
	}
	if got := (volume.Tally{Volume: 7}).Add(volume.Tally{Volume: 5}).Volume; got != 12 {
		t.Errorf("small: %d", got)
	}
}

// TestAfterWeeksStopsAtWeeksAfter: AfterWeeks lists the WeeksAfter weeks
// from the entry week, not every week after it: lateral raises with
// rest-pause from the third of eight weeks, judged over the default 4.
func TestAfterWeeksStopsAtWeeksAfter(t *testing.T) {
	l, err := volume.Count(program("cable-lateral-raise", 2, 6, 3, 3, 12, []int{12, 5, 4}), volume.Counting{})
	if err != nil {
		t.Fatal(err)
	}
	j, _, _ := l.Jump(0)
	if len(j.Changes) != 1 || j.Changes[0].WeeksAfter != 4 {
		t.Fatalf("jump %+v", j)
	}
	// program's weeks start Monday 2025-01-06; the third is 2025-01-20.
	want := []string{"2025-01-20", "2025-01-27", "2025-02-03", "2025-02-10"}
	if diff := cmp.Diff(want, j.Changes[0].AfterWeeks(l)); diff != "" {
		t.Errorf("after weeks (-want +got):\n%s", diff)
	}
}
