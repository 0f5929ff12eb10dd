package review_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/internal/shareddata"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/review"
	"github.com/repkit/repkit/volume"
)

func importShared(t *testing.T, rel string, opts history.Options) review.Log {
	t.Helper()
	h, _, err := history.Import(bytes.NewReader(shareddata.Read(t, rel)), opts)
	if err != nil {
		t.Fatal(err)
	}
	return review.FromHistory(h, history.RecoverOptions{})
}

// reviewEveryWeek reviews each week of log and checks what holds on any
// log: five checkpoints in the guide's order, the week's ledger counting
// each set of the week once, and a review that encodes as JSON. It
// returns the reviews.
func reviewEveryWeek(t *testing.T, log review.Log) []review.Review {
	t.Helper()
	var weeks volume.Weeks
	days := map[string]time.Time{}
	count := map[string]int{}
	for _, r := range log.Records {
		days[weeks.Of(r.Date).Key()] = r.Date
		count[weeks.Of(r.Date).Key()]++
	}
	for _, w := range log.Straight {
		days[weeks.Of(w.Date).Key()] = w.Date
		count[weeks.Of(w.Date).Key()]++
	}
	var out []review.Review
	for k, d := range days {
		rv, err := review.Weekly(log, d, review.Settings{})
		if err != nil {
			t.Fatalf("week %s: %v", k, err)
		}
		if len(rv.Items) != 5 {
			t.Fatalf("week %s: %d items", k, len(rv.Items))
		}
		for i, it := range rv.Items {
			if it.Checkpoint != review.Checkpoint(i+1) || it.Status == review.StatusUnknown || len(it.Says) == 0 {
				t.Fatalf("week %s item %d: %+v", k, i, it)
			}
		}
		if got := rv.Ledger.All.Sets(); got != count[k] {
			t.Fatalf("week %s: ledger counts %d sets, the log has %d", k, got, count[k])
		}
		if _, err := json.Marshal(rv); err != nil {
			t.Fatalf("week %s: %v", k, err)
		}
		out = append(out, rv)
	}
	return out
}

func TestReviewStrongExport(t *testing.T) {
	log := importShared(t, "workout-logs/strong/strong.csv", history.Options{Unit: repkit.UnitKilogram})
	if log.Unit != repkit.UnitKilogram || len(log.Straight) == 0 {
		t.Fatalf("unit %v, %d records, %d straight sets", log.Unit, len(log.Records), len(log.Straight))
	}
	reviews := reviewEveryWeek(t, log)
	attention := map[review.Checkpoint]int{}
	for _, rv := range reviews {
		for _, it := range rv.Items {
			if it.Status == review.StatusAttention {
				attention[it.Checkpoint]++
			}
		}
	}
	t.Logf("strong: %d rest-pause records, %d straight sets, %d weeks reviewed; attention: %v", len(log.Records), len(log.Straight), len(reviews), attention)
	onTop(t, log)
}

// onTop adds a rest-pause set of 30+10+10 reps after every session of the
// lifter's most logged suitable accessory in the last four weeks of the
// real log, and checks the jump against an independent recount of the
// rule: weekly primary reps of the muscle after against before.
func onTop(t *testing.T, log review.Log) {
	t.Helper()
	counts := map[string]int{}
	for _, w := range log.Straight {
		if ex, ok := volume.Resolve(w.Exercise, w.ExerciseID); ok && exercise.Classify(ex).Verdict == exercise.Suitable {
			counts[w.Exercise]++
		}
	}
	pick := ""
	for n, c := range counts {
		if pick == "" || c > counts[pick] || (c == counts[pick] && n < pick) {
			pick = n
		}
	}
	if pick == "" {
		t.Fatal("no suitable accessory in the log")
	}
	ex, _ := volume.Resolve(pick, "")
	var weeks volume.Weeks
	var keys []string
	for _, w := range log.Straight {
		if k := weeks.Of(w.Date).Key(); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	entry := len(keys) - 4
	days := map[string]volume.Work{}
	for _, w := range log.Straight {
		if w.Exercise == pick && weeks.Of(w.Date).Key() >= keys[entry] {
			days[w.Date.Format(time.DateOnly)] = w
		}
	}
	for _, w := range days {
		log.Records = append(log.Records, restpause.Record{
			Date: w.Date.Add(time.Minute), Exercise: pick, Load: w.Load, LoadKind: w.LoadKind, Unit: log.Unit,
			Activation: restpause.Burst{Reps: 30}, Bursts: []restpause.Burst{{Reps: 10, Rest: 20 * time.Second}, {Reps: 10, Rest: 20 * time.Second}},
			Stop: restpause.Decision{Reason: restpause.StopLifter},
		})
	}
	// Rest-pause enters in the first week that got a set.
	for i, k := range keys {
		if slices.ContainsFunc(log.Records, func(r restpause.Record) bool { return weeks.Of(r.Date).Key() == k }) {
			entry = i
			break
		}
	}
	// Independent recount over the ISO weeks of the log.
	var before, after int
	inWindow := func(k string) (bool, bool) {
		i := slices.Index(keys, k)
		return i >= entry-4 && i < entry, i >= entry && i < entry+4
	}
	m := ex.PrimaryMuscles
	for _, w := range log.Straight {
		if e, ok := volume.Resolve(w.Exercise, w.ExerciseID); ok && e.PrimaryMuscles&m != 0 {
			b, a := inWindow(weeks.Of(w.Date).Key())
			if b {
				before += w.Reps
			}
			if a {
				after += w.Reps
			}
		}
	}
	after += 50 * len(days)
	last := log.Straight[0].Date
	for _, w := range log.Straight {
		if w.Date.After(last) {
			last = w.Date
		}
	}
	rv, err := review.Weekly(log, last, review.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range rv.Jump.Changes {
		if !m.Has(c.Muscle) {
			continue
		}
		// One muscle of the exercise; others may share other exercises.
		if ex.PrimaryMuscles.Len() == 1 {
			want := volume.ShiftAdded
			wb, wa := entry-max(0, entry-4), min(len(keys), entry+4)-entry
			if after*wb*100 <= before*wa*(100+volume.JumpPercent) {
				want = c.Shift // within the threshold: not this check's business
			}
			if c.Before.Reps() != before || c.After.Reps() != after || c.Shift != want {
				t.Fatalf("%s: before %d after %d reps, shift %s; recount %d and %d", c.Muscle, c.Before.Reps(), c.After.Reps(), c.Shift, before, after)
			}
		}
		t.Logf("%s added on top of the real log: %s", pick, c.Describe(rv.Unit))
	}
}

func TestReviewHevyExport(t *testing.T) {
	log := importShared(t, "workout-logs/hevy/workout_data.csv", history.Options{})
	if len(log.Records) != 0 || len(log.Straight) == 0 {
		t.Fatalf("%d records, %d straight sets", len(log.Records), len(log.Straight))
	}
	for _, rv := range reviewEveryWeek(t, log) {
		// No rest-pause in this export: nothing to set up, progress or
		// switch, and no jump.
		for _, c := range []review.Checkpoint{review.CheckSetup, review.CheckProgression, review.CheckMistakes, review.CheckRecovery, review.CheckSwitch} {
			if it := rv.Item(c); it.Status != review.StatusNoData {
				t.Fatalf("week %s: %s is %s", rv.Week, c, it.Status)
			}
		}
		if len(rv.Jump.Changes) != 0 || rv.Ledger.All.RestPause != 0 {
			t.Fatalf("week %s: jump %+v", rv.Week, rv.Jump)
		}
	}
	onTop(t, log)
}
