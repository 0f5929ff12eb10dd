package volume_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/volume"
	"pgregory.net/rapid"
)

var catalogIDs = func() []string {
	var ids []string
	for ex := range exercise.Builtin() {
		ids = append(ids, ex.ID)
	}
	return ids
}()

var zones = []*time.Location{time.UTC, time.FixedZone("-0800", -8*3600), time.FixedZone("+1300", 13*3600)}

func genWork(t *rapid.T, label string) volume.Work {
	day := rapid.IntRange(0, 90).Draw(t, label+".day")
	minute := rapid.IntRange(0, 24*60-1).Draw(t, label+".minute")
	loc := rapid.SampledFrom(zones).Draw(t, label+".zone")
	w := volume.Work{
		Date:     time.Date(2024, 12, 1+day, 0, minute, 0, 0, loc),
		LoadKind: repkit.LoadKind(rapid.IntRange(0, 2).Draw(t, label+".kind")),
		Load:     repkit.Load(rapid.IntRange(0, 200).Draw(t, label+".load")) * repkit.Kilogram,
		Reps:     rapid.IntRange(0, 30).Draw(t, label+".reps"),
	}
	if rapid.IntRange(0, 9).Draw(t, label+".unknown") == 0 {
		w.Exercise = "Mystery Move"
	} else {
		w.ExerciseID = rapid.SampledFrom(catalogIDs).Draw(t, label+".id")
	}
	if rapid.Bool().Draw(t, label+".effort") {
		w.Effort = repkit.AtRIR(repkit.RIR(rapid.IntRange(0, 10).Draw(t, label+".rir")))
	}
	if rapid.Bool().Draw(t, label+".rp") {
		w.RestPause = true
		w.Bursts = rapid.SliceOfN(rapid.IntRange(0, 8), 0, 5).Draw(t, label+".bursts")
	}
	return w
}

// sets counts the parent sets a work item is by the documented rule: a
// rest-pause set is one, a straight set is one when it has reps.
func sets(w volume.Work) int {
	if w.RestPause || w.Reps > 0 {
		return 1
	}
	return 0
}

func reps(w volume.Work) int {
	n := w.Reps
	for _, b := range w.Bursts {
		n += b
	}
	return n
}

// isoKey is an independent week key: the ISO year and week of the date in
// its own zone.
func isoKey(t time.Time) [2]int {
	y, w := t.ISOWeek()
	return [2]int{y, w}
}

// Every set is counted once, in the one week that holds its date, and once
// per muscle role.
func TestCountEverySetOncePerWeek(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		work := rapid.Custom(func(t *rapid.T) volume.Work { return genWork(t, "w") }).
			Filter(func(volume.Work) bool { return true })
		ws := rapid.SliceOfN(work, 0, 40).Draw(t, "work")
		l, err := volume.Count(ws, volume.Counting{})
		if err != nil {
			t.Fatal(err)
		}
		wantSets := map[[2]int]int{}
		wantReps := map[[2]int]int{}
		wantPrimary := map[exercise.Muscle]int{}
		wantSecondary := map[exercise.Muscle]int{}
		for _, w := range ws {
			k := isoKey(w.Date)
			wantSets[k] += sets(w)
			wantReps[k] += reps(w)
			ex, ok := volume.Resolve(w.Exercise, w.ExerciseID)
			if !ok {
				continue
			}
			for m := range ex.PrimaryMuscles.All() {
				wantPrimary[m] += sets(w)
			}
			for m := range exercise.Secondary(ex).All() {
				wantSecondary[m] += sets(w)
			}
		}
		gotPrimary := map[exercise.Muscle]int{}
		gotSecondary := map[exercise.Muscle]int{}
		seen := map[[2]int]bool{}
		for i, wk := range l.Weeks {
			k := [2]int{wk.Week.Year, wk.Week.Number}
			if seen[k] {
				t.Fatalf("week %v listed twice", k)
			}
			seen[k] = true
			if i > 0 && l.Weeks[i-1].Week.Key() >= wk.Week.Key() {
				t.Fatalf("weeks out of order: %s then %s", l.Weeks[i-1].Week, wk.Week)
			}
			if wk.Week.Start.Weekday() != time.Monday || wk.Week.Start.Hour() != 0 {
				t.Fatalf("week %s starts %s, not at Monday midnight", wk.Week, wk.Week.Start)
			}
			if got := wk.All.Sets(); got != wantSets[k] {
				t.Fatalf("week %v: %d sets, want %d", k, got, wantSets[k])
			}
			if got := wk.All.Reps(); got != wantReps[k] {
				t.Fatalf("week %v: %d reps, want %d", k, got, wantReps[k])
			}
			for _, m := range wk.Muscles {
				gotPrimary[m.Muscle] += m.Primary.Sets()
				gotSecondary[m.Muscle] += m.Secondary.Sets()
			}
		}
		for k, n := range wantSets {
			if n > 0 && !seen[k] {
				t.Fatalf("week %v with %d sets missing", k, n)
			}
		}
		for m := exercise.Muscle(1); m <= exercise.Triceps; m++ {
			if gotPrimary[m] != wantPrimary[m] || gotSecondary[m] != wantSecondary[m] {
				t.Fatalf("%s: primary %d secondary %d, want %d and %d", m, gotPrimary[m], gotSecondary[m], wantPrimary[m], wantSecondary[m])
			}
		}
	})
}

// program builds weeks of one exercise: straight sets of reps each week,
// and a rest-pause set (activation, bursts) in the weeks after.
func program(id string, weeksBefore, weeksAfter, setsBefore, setsAfter, reps int, rp []int) []volume.Work {
	var ws []volume.Work
	monday := time.Date(2025, 1, 6, 18, 0, 0, 0, time.UTC)
	for w := 0; w < weeksBefore+weeksAfter; w++ {
		date := monday.AddDate(0, 0, 7*w)
		n := setsBefore
		if w >= weeksBefore {
			n = setsAfter
		}
		for range n {
			ws = append(ws, volume.Work{Date: date, ExerciseID: id, Load: 10 * repkit.Kilogram, Reps: reps})
		}
		if w >= weeksBefore && len(rp) > 0 {
			ws = append(ws, volume.Work{Date: date.Add(time.Hour), ExerciseID: id, RestPause: true, Load: 10 * repkit.Kilogram, Reps: rp[0], Bursts: rp[1:]})
		}
	}
	return ws
}

func jumpOf(t interface{ Fatal(...any) }, ws []volume.Work, m exercise.Muscle) volume.Change {
	l, err := volume.Count(ws, volume.Counting{})
	if err != nil {
		t.Fatal(err)
	}
	j, ok, err := l.Jump(0)
	if err != nil || !ok {
		t.Fatal("no jump", err)
	}
	i := slices.IndexFunc(j.Changes, func(c volume.Change) bool { return c.Muscle == m })
	if i < 0 {
		t.Fatal("no change for", m)
	}
	return j.Changes[i]
}

// Replacing straight sets with a rest-pause set of no more reps than the
// sets it replaced never reports a jump.
func TestJumpReplacingNeverJumps(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reps := rapid.IntRange(6, 20).Draw(t, "reps")
		before := rapid.IntRange(2, 8).Draw(t, "sets")
		dropped := rapid.IntRange(1, before).Draw(t, "dropped")
		budget := dropped * reps
		act := rapid.IntRange(1, budget).Draw(t, "activation")
		var rp = []int{act}
		left := budget - act
		for left > 0 && len(rp) < 6 {
			b := rapid.IntRange(0, left).Draw(t, "burst")
			rp = append(rp, b)
			left -= b
		}
		wb := rapid.IntRange(1, 4).Draw(t, "weeks before")
		wa := rapid.IntRange(1, 4).Draw(t, "weeks after")
		c := jumpOf(t, program("cable-lateral-raise", wb, wa, before, before-dropped, reps, rp), exercise.Shoulders)
		if c.Shift != volume.ShiftReplaced {
			t.Fatalf("shift %s, want replaced: %s", c.Shift, c.Describe(repkit.UnitKilogram))
		}
	})
}

// Adding a rest-pause set on top of unchanged straight sets always reports
// a jump once its reps pass JumpPercent of the week's reps, and never
// below.
func TestJumpAddingOnTop(t *testing.T) { rapid.Check(t, testJumpAddingOnTop) }

func testJumpAddingOnTop(t *rapid.T) {
	{
		reps := rapid.IntRange(6, 20).Draw(t, "reps")
		n := rapid.IntRange(1, 10).Draw(t, "sets")
		act := rapid.IntRange(1, 30).Draw(t, "activation")
		rp := append([]int{act}, rapid.SliceOfN(rapid.IntRange(0, 8), 0, 4).Draw(t, "bursts")...)
		total := 0
		for _, r := range rp {
			total += r
		}
		wb := rapid.IntRange(1, 4).Draw(t, "weeks before")
		wa := rapid.IntRange(1, 4).Draw(t, "weeks after")
		c := jumpOf(t, program("machine-chest-press", wb, wa, n, n, reps, rp), exercise.Chest)
		// Independent: the weekly reps rise by total, against n*reps.
		above := total*100 > volume.JumpPercent*n*reps
		want := volume.ShiftHeld
		if above {
			want = volume.ShiftAdded
		}
		if c.Shift != want {
			t.Fatalf("added %d reps on %d a week: shift %s, want %s", total, n*reps, c.Shift, want)
		}
	}
}

func TestJumpFiguresByHand(t *testing.T) {
	// 4 weeks of 3x12 lateral raises, then 4 weeks of the same plus a
	// rest-pause set 12+5+4: 36 reps a week before, 57 after (+58%).
	ws := program("dumbbell-lateral-raise", 4, 4, 3, 3, 12, []int{12, 5, 4})
	c := jumpOf(t, ws, exercise.Shoulders)
	if c.Shift != volume.ShiftAdded || c.WeeksBefore != 4 || c.WeeksAfter != 4 {
		t.Fatalf("got %+v", c)
	}
	if p, _ := c.RepsPercent(); p != 58 {
		t.Fatalf("reps percent %d, want 58 (21/36)", p)
	}
	want := "shoulders from 2025-W06: 3 straight hard sets, 36 reps and 360kg volume load a week before (4 weeks); " +
		"3 straight hard sets, 1 rest-pause set (12 activation reps, 2 bursts of 9 reps in all), 57 reps and 570kg volume load a week after (4 weeks), " +
		"reps up 58%: rest-pause was added on top."
	if got := c.Describe(repkit.UnitKilogram); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	// Traps are secondary for lateral raises: never judged.
	l, _ := volume.Count(ws, volume.Counting{})
	j, _, _ := l.Jump(0)
	if len(j.Changes) != 1 {
		t.Fatalf("changes %+v", j.Changes)
	}
	wk, _ := l.Week(l.Weeks[0].Week)
	tr, ok := wk.Muscle(exercise.Traps)
	if !ok || tr.Secondary.StraightSets != 3 || !tr.Primary.IsZero() {
		t.Fatalf("traps %+v", tr)
	}
}

func TestJumpNoBaselineAndNone(t *testing.T) {
	c := jumpOf(t, program("leg-extension", 0, 2, 3, 3, 10, []int{15, 5}), exercise.Quadriceps)
	if c.Shift != volume.ShiftNoBaseline {
		t.Fatalf("shift %s", c.Shift)
	}
	l, _ := volume.Count(program("leg-extension", 3, 0, 3, 3, 10, nil), volume.Counting{})
	if _, ok, _ := l.Jump(0); ok {
		t.Fatal("jump without rest-pause")
	}
	if _, _, err := l.Jump(-1); !errors.Is(err, repkit.ErrInvalid) {
		t.Fatalf("window -1: %v", err)
	}
}

func TestEasySetsAndUnweighed(t *testing.T) {
	d := time.Date(2025, 3, 5, 10, 0, 0, 0, time.UTC)
	ws := []volume.Work{
		{Date: d, ExerciseID: "leg-extension", Load: 50 * repkit.Kilogram, Reps: 10},                                   // hard (no effort)
		{Date: d, ExerciseID: "leg-extension", Load: 50 * repkit.Kilogram, Reps: 10, Effort: repkit.AtRIR(2)},          // hard
		{Date: d, ExerciseID: "leg-extension", Load: 30 * repkit.Kilogram, Reps: 10, Effort: repkit.AtRIR(6)},          // easy
		{Date: d, ExerciseID: "leg-extension", Load: 30 * repkit.Kilogram, Reps: 0},                                    // no set
		{Date: d, ExerciseID: "pull-up", LoadKind: repkit.LoadBodyweight, Reps: 8},                                     // unweighed
		{Date: d, ExerciseID: "assisted-pull-up", LoadKind: repkit.LoadAssisted, Load: 20 * repkit.Kilogram, Reps: 10}, // unweighed
	}
	l, err := volume.Count(ws, volume.Counting{})
	if err != nil {
		t.Fatal(err)
	}
	all := l.Weeks[0].All
	// Hard: 2 leg extensions + pull-up + assisted pull-up; easy: 1.
	if all.StraightSets != 4 || all.EasySets != 1 || all.StraightReps != 48 || all.Unweighed != 2 {
		t.Fatalf("all %+v", all)
	}
	// 50x10 + 50x10 + 30x10 = 1300 kg.
	if all.Volume != 1300*repkit.Kilogram {
		t.Fatalf("volume %s", all.Volume)
	}
}

func TestWeeksFrom(t *testing.T) {
	sun, err := volume.WeeksFrom(time.Sunday, time.FixedZone("-0500", -5*3600))
	if err != nil {
		t.Fatal(err)
	}
	// Monday 2025-03-03 02:00 UTC is Sunday 21:00 at -05:00: the week of
	// Sunday 2025-03-02 there.
	w := sun.Of(time.Date(2025, 3, 3, 2, 0, 0, 0, time.UTC))
	if w.Key() != "2025-03-02" || w.String() != "week of 2025-03-02" || w.Number != 0 {
		t.Fatalf("week %+v %s", w, w)
	}
	iso := volume.ISOWeeks(nil).Of(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
	if iso.String() != "2025-W01" || iso.Key() != "2024-12-30" {
		t.Fatalf("iso %s %s", iso, iso.Key())
	}
	if _, err := volume.WeeksFrom(time.Weekday(9), nil); !errors.Is(err, repkit.ErrInvalid) {
		t.Fatalf("weekday 9: %v", err)
	}
}

func TestCountErrors(t *testing.T) {
	for _, c := range []struct {
		w     volume.Work
		field string
	}{
		{volume.Work{Reps: -1}, "work[0].reps"},
		{volume.Work{Reps: 5, Bursts: []int{3}}, "work[0].bursts"},
		{volume.Work{Reps: 5, RestPause: true, Bursts: []int{3, -2}}, "work[0].bursts[1]"},
		{volume.Work{Reps: 5, Load: -repkit.Kilogram}, "work[0].load"},
	} {
		_, err := volume.Count([]volume.Work{c.w}, volume.Counting{})
		var fe *volume.FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("%+v: %v, want field %s", c.w, err, c.field)
		}
	}
}

// Under any week rule, each set's date lies in the week it is counted in,
// weeks start at midnight on the rule's day, and the weeks' sets add up to
// the log's.
func TestCountWeeksFromAnyDay(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		day := time.Weekday(rapid.IntRange(0, 6).Draw(t, "start"))
		loc := rapid.SampledFrom(append([]*time.Location{nil}, zones...)).Draw(t, "lifter zone")
		weeks, err := volume.WeeksFrom(day, loc)
		if err != nil {
			t.Fatal(err)
		}
		ws := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) volume.Work { return genWork(t, "w") }), 0, 30).Draw(t, "work")
		l, err := volume.Count(ws, volume.Counting{Weeks: weeks})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, w := range ws {
			wk := weeks.Of(w.Date)
			if w.Date.Before(wk.Start) || !w.Date.Before(wk.End()) {
				t.Fatalf("%s not in its week %s to %s", w.Date, wk.Start, wk.End())
			}
			if wk.Start.Weekday() != day || wk.Start.Hour() != 0 || wk.Start.Minute() != 0 {
				t.Fatalf("week starts %s, want midnight on %s", wk.Start, day)
			}
			total += sets(w)
		}
		got := 0
		for _, wk := range l.Weeks {
			got += wk.All.Sets()
		}
		if got != total {
			t.Fatalf("weeks hold %d sets, the log %d", got, total)
		}
	})
}

func FuzzJumpAddingOnTop(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testJumpAddingOnTop)) }

// Each muscle is judged around its own entry: rest-pause lateral raises
// from week 3 and rest-pause leg extensions, replacing straight sets,
// from week 6.
func TestJumpPerMuscleEntry(t *testing.T) {
	ws := program("cable-lateral-raise", 2, 6, 3, 3, 12, []int{12, 5, 4})
	ws = append(ws, program("leg-extension", 5, 3, 3, 1, 12, []int{12, 5, 4})...)
	l, err := volume.Count(ws, volume.Counting{})
	if err != nil {
		t.Fatal(err)
	}
	j, _, _ := l.Jump(0)
	if j.Entered.String() != "2025-W04" || len(j.Changes) != 2 {
		t.Fatalf("jump %+v", j)
	}
	for _, c := range j.Changes {
		switch c.Muscle {
		case exercise.Shoulders:
			// Weeks 1-2 before (2 weeks), 3-6 after.
			if c.Entered.String() != "2025-W04" || c.WeeksBefore != 2 || c.Shift != volume.ShiftAdded {
				t.Errorf("shoulders %+v", c)
			}
		case exercise.Quadriceps:
			// Weeks 2-5 before, 6-8 after: 36 reps a week, then 12 + 21.
			if c.Entered.String() != "2025-W07" || c.WeeksBefore != 4 || c.WeeksAfter != 3 || c.Shift != volume.ShiftReplaced ||
				c.Before.Reps() != 4*36 || c.After.Reps() != 3*33 {
				t.Errorf("quadriceps %+v", c)
			}
			if got := c.AfterWeeks(l); len(got) != 3 || got[0] != "2025-02-10" {
				t.Errorf("after weeks %v", got)
			}
		default:
			t.Errorf("unexpected %s", c.Muscle)
		}
	}
}
