package wire_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/internal/facade"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/review"
	"github.com/repkit/repkit/volume"
)

// samples are real values of every wire type, made by running repkit the
// way an app does: a lifter's six weeks of bench press in straight sets
// and cable flies in Myo-reps, each set driven through a Session, planned,
// audited, coached, imported from a Strong export and reviewed.
func samples(t testing.TB) map[string][]any {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	out := map[string][]any{}
	add := func(name string, v any) { out[name] = append(out[name], v) }

	for _, id := range []string{"cable-fly", "barbell-bench-press", "pull-up", "assisted-pull-up"} {
		ex, ok := exercise.ByID(id)
		if !ok {
			continue
		}
		add("exercise", ex)
		add("assessment", exercise.Classify(ex))
	}
	bench, _ := exercise.ByID("barbell-bench-press")
	fly, _ := exercise.ByID("cable-fly")

	var ps restpause.Protocols
	for _, name := range []string{"rest-pause", "myo-reps", "myo-rep-match", "dc", "dc-high"} {
		p, err := ps.Lookup(name)
		must(err)
		add("protocol", p)
	}

	lifter := fatigue.Lifter{Experience: fatigue.Intermediate}
	plan, err := restpause.Planner{}.Plan(lifter, fatigue.DoseFull, []restpause.PlanEntry{
		{Exercise: bench, Slot: restpause.SlotMain, Sets: restpause.StraightSets{Sets: 4, Reps: 6, Rest: 3 * time.Minute}},
		{Exercise: fly, Slot: restpause.SlotAccessory, Sets: restpause.StraightSets{Sets: 3, Reps: 15, Rest: 90 * time.Second}},
	})
	must(err)
	add("plan", plan)

	monday := time.Date(2026, 3, 2, 18, 0, 0, 0, time.FixedZone("CET", 3600))
	var records []restpause.Record
	var measures []fatigue.Measure
	var csv strings.Builder
	csv.WriteString("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n")
	for week := range 6 {
		day := monday.AddDate(0, 0, 7*week)
		start := restpause.Start{Date: day, Exercise: fly.Name, ExerciseID: fly.ID, Load: 15 * repkit.Kilogram}
		add("start", start)
		s, err := restpause.NewSession(restpause.MyoReps(), start)
		must(err)
		if week == 0 {
			add("step", s.Next())
			add("session_state", s.State())
		}
		must(s.LogActivation(restpause.Burst{Reps: 14 + week%3, Effort: repkit.AtRPE(8.5), Work: 42 * time.Second}))
		for i, reps := range []int{5, 4, 4, 3} {
			if s.Ended() {
				break
			}
			if week == 0 {
				add("step", s.Next())
			}
			b := restpause.Burst{Reps: reps, Rest: 15*time.Second + time.Duration(i)*2500*time.Millisecond}
			if week == 5 && i == 1 {
				b.Signals = restpause.Signals{Discomfort: 2}
			}
			must(s.LogBurst(b))
			if week == 0 && i == 0 {
				add("session_state", s.State())
			}
		}
		if !s.Ended() {
			must(s.End())
		}
		if week == 0 {
			add("step", s.Next())
		}
		r := s.Record()
		records = append(records, r)
		add("record", r)
		benchLoad := 80*repkit.Kilogram + repkit.Load(week)*2500*repkit.Gram
		measures = append(measures, fatigue.Measure{Date: day, Lift: bench.Name, E1RM: benchLoad * 6 / 5})
		for set := 1; set <= 3; set++ {
			fmt.Fprintf(&csv, "%s,Push,50m,Bench Press (Barbell),%d,%s,6,,,,,8\n", day.Format("2006-01-02 15:04:05"), set, strings.TrimSuffix(benchLoad.String(), "kg"))
		}
		fmt.Fprintf(&csv, "%s,Push,50m,Cable Fly,1,15,%d,,,myo-reps,,\n", day.Format("2006-01-02 15:04:05"), r.Activation.Reps)
	}
	add("event", restpause.Event{Seq: 1, Kind: restpause.StepActivation, Burst: restpause.Burst{Reps: 15, Effort: repkit.AtRIR(2)}})

	report, err := restpause.Auditor{}.Audit(records, measures)
	must(err)
	add("audit_report", report)

	checkIn := fatigue.CheckIn{Sleep: 6*time.Hour + 30*time.Minute, Dieting: fatigue.ConcernMild, MissedLifts: 1}
	add("check_in", checkIn)
	add("check_in", fatigue.CheckIn{})
	ready, err := fatigue.Assess(lifter, checkIn)
	must(err)
	add("readiness", ready)
	add("lifter", lifter)
	tlog := fatigue.TrainingLog{Measures: measures}
	add("training_log", tlog)
	advice, err := fatigue.Monitor{}.Check(monday.AddDate(0, 0, 7*6), tlog)
	must(err)
	add("advice", advice)

	gym := progression.KilogramGym()
	add("gym", gym)
	w, err := gym.Weights(exercise.Cable)
	must(err)
	var outings []progression.Outing
	for _, r := range records {
		o := progression.Outing{Date: r.Date, Load: r.Load, RestPause: []restpause.Record{r}}
		outings = append(outings, o)
		add("outing", o)
	}
	coach := progression.Coach{Weights: w, Total: repkit.RepRange{Min: 20, Max: 25}, ReturnGap: 21 * 24 * time.Hour}
	add("coach", coach)
	next, err := coach.Decide(outings, monday.AddDate(0, 0, 7*6), fatigue.DoseFull)
	must(err)
	add("next_time", next)
	bw, err := gym.Weights(exercise.Barbell)
	must(err)
	dp := progression.DoubleProgression{Weights: bw, Range: repkit.RepRange{Min: 8, Max: 12}}
	want, err := dp.Start(80*repkit.Kilogram, 3)
	must(err)
	rec, err := dp.Next(want, progression.Performance{Load: 80 * repkit.Kilogram, Sets: []progression.WorkSet{{Reps: 12}, {Reps: 12}, {Reps: 11}}})
	must(err)
	add("recommendation", rec)

	h, _, err := history.Import(strings.NewReader(csv.String()), history.Options{Unit: repkit.UnitKilogram, Location: monday.Location()})
	must(err)
	add("history", *h)
	for _, l := range history.Lifts(h, history.Recover(h, history.RecoverOptions{})) {
		add("lift", l)
	}
	add("import_options", facade.ImportOptions{Unit: repkit.UnitKilogram, TimeZone: "Europe/Berlin", Lenient: true})
	add("import", facade.Import{History: h, Skipped: []facade.Row{{Line: 9, Message: "history: line 9: reps \"x\": invalid syntax"}}})
	log := review.FromHistory(h, history.RecoverOptions{})
	log.Records = append(log.Records, records...)
	add("review_log", log)
	rv, err := review.Weekly(log, monday.AddDate(0, 0, 7*5+3), review.Settings{})
	must(err)
	add("review", rv)

	var work []volume.Work
	for _, r := range records {
		work = append(work, r.Work())
	}
	ledger, err := volume.Count(work, volume.Counting{})
	must(err)
	add("ledger", ledger)
	return out
}

// exampleJSON is the first sample of each type as generic JSON, for the
// schema files' examples.
func exampleJSON(t testing.TB) map[string][]any {
	t.Helper()
	out := map[string][]any{}
	for name, vs := range samples(t) {
		b, err := json.Marshal(vs[0])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		out[name] = []any{v}
	}
	return out
}
