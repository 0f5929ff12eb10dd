// Command quickstart walks through repkit's main job in one session: plan
// which exercises get rest-pause, run one rest-pause set with a scripted
// lifter, summarise the record, prescribe next session's load, and report
// today's readiness dose.
//
// Usage:
//
//	go run ./examples/quickstart [-exercise NAME] [-load LOAD] [-unit kg|lb] [-protocol NAME] [-json]
//
// With no flags it plans a bench press session with three accessories and
// runs a machine chest press finisher at 50 kg with the planner's
// prescription. -exercise picks the finisher from the built-in catalog (its
// straight sets become the session's last accessory), -load sets its load
// ("50kg", "110lb"), -unit the unit loads are shown in, and -protocol runs a
// preset instead of the planner's prescription: default, myo-reps,
// myo-rep-match or dc. -json prints one JSON object instead of text.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is the scenario the flags describe.
type config struct {
	finisher exercise.Exercise
	load     repkit.Load
	unit     repkit.Unit
	protocol string // "" for the planner's prescription
	json     bool
}

func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 2
	}
	report, err := simulate(cfg)
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	if cfg.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintln(stderr, "quickstart:", err)
			return 1
		}
		return 0
	}
	report.print(stdout, cfg.unit)
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("exercise", "machine chest press", "the rest-pause finisher, by catalog name or alias")
	loadText := fs.String("load", "", `the finisher's load, such as "50kg" or "110lb" (default 50kg, or 110lb with -unit lb)`)
	unitText := fs.String("unit", "kg", "the unit loads are shown in: kg or lb")
	protocol := fs.String("protocol", "", "a preset to run instead of the planner's prescription: default, myo-reps, myo-rep-match or dc")
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q: quickstart takes flags only", fs.Arg(0))
	}
	cfg := config{json: *asJSON}

	unit, err := repkit.ParseUnit(*unitText)
	if err != nil || unit == repkit.UnitUnknown || unit == repkit.UnitGram {
		return config{}, fmt.Errorf("-unit %q: want kg or lb", *unitText)
	}
	cfg.unit = unit

	ex, ok := exercise.Lookup(*name)
	if !ok {
		return config{}, fmt.Errorf("-exercise %q: not in the built-in catalog (try \"cable lateral raise\" or \"leg extension\")", *name)
	}
	cfg.finisher = ex

	switch {
	case *loadText != "":
		l, err := repkit.ParseLoad(*loadText)
		if err != nil {
			return config{}, fmt.Errorf("-load: %w", err)
		}
		if l == 0 {
			return config{}, fmt.Errorf("-load %q: the finisher needs a load above zero", *loadText)
		}
		cfg.load = l
	case unit == repkit.UnitPound:
		cfg.load = 110 * repkit.Pound
	default:
		cfg.load = 50 * repkit.Kilogram
	}

	switch p := strings.ToLower(*protocol); p {
	case "", "default", "myo-reps", "myo-rep-match", "dc":
		cfg.protocol = p
	default:
		return config{}, fmt.Errorf("-protocol %q: want default, myo-reps, myo-rep-match or dc", *protocol)
	}
	return cfg, nil
}

// The session: a bench press main lift and three accessories, the finisher
// last. Straight-set prescriptions are what the lifter would do without
// rest-pause.
func sessionEntries(finisher exercise.Exercise) ([]restpause.PlanEntry, error) {
	var entries []restpause.PlanEntry
	add := func(name string, slot restpause.Slot, sets restpause.StraightSets) error {
		ex, ok := exercise.Lookup(name)
		if !ok {
			return fmt.Errorf("catalog has no %q", name)
		}
		entries = append(entries, restpause.PlanEntry{Exercise: ex, Slot: slot, Sets: sets})
		return nil
	}
	for _, e := range []struct {
		name string
		slot restpause.Slot
		sets restpause.StraightSets
	}{
		{"barbell bench press", restpause.SlotMain, restpause.StraightSets{Sets: 4, Reps: 5, Rest: 3 * time.Minute}},
		{"romanian deadlift", restpause.SlotAccessory, restpause.StraightSets{Sets: 3, Reps: 8, Rest: 2 * time.Minute}},
		{"cable lateral raise", restpause.SlotAccessory, restpause.StraightSets{Sets: 3, Reps: 12, Rest: 90 * time.Second}},
	} {
		if e.name == finisher.Name || strings.EqualFold(e.name, finisher.ID) {
			continue
		}
		if err := add(e.name, e.slot, e.sets); err != nil {
			return nil, err
		}
	}
	entries = append(entries, restpause.PlanEntry{
		Exercise: finisher,
		Slot:     restpause.SlotAccessory,
		Sets:     restpause.StraightSets{Sets: 3, Reps: 10, Rest: 90 * time.Second},
	})
	return entries, nil
}

// The lifter: an intermediate with no screened condition, checking in after
// a short night.
var (
	lifter  = fatigue.Lifter{Experience: fatigue.Intermediate}
	checkIn = fatigue.CheckIn{Sleep: 7*time.Hour + 30*time.Minute, Soreness: fatigue.ConcernNone}
	started = time.Date(2026, time.November, 28, 18, 30, 0, 0, time.UTC)
)

// scriptedLifter does the reps a tired lifter does: the activation set at
// the top of its target, then bursts that shrink by one rep each time, with
// the range shortening on the fourth burst.
type scriptedLifter struct{}

func (scriptedLifter) activation(step restpause.Step) restpause.Burst {
	reps := step.Reps.Max
	if reps == 0 {
		reps = 10
	}
	return restpause.Burst{Reps: reps, Effort: repkit.AtRPE(9)}
}

func (scriptedLifter) burst(step restpause.Step, first int) restpause.Burst {
	reps := first - (step.Burst - 1)
	if reps < 0 {
		reps = 0
	}
	_, rest := step.Rest.Range() // the lifter takes the longest rest allowed
	b := restpause.Burst{Reps: reps, Rest: rest}
	if step.Burst >= 3 {
		b.Effort = repkit.AtRIR(1)
	}
	if step.Burst == 4 {
		b.Signals.RangeShortened = true
	}
	return b
}

// Report is everything the quickstart shows; -json prints it as is.
type Report struct {
	Readiness   Readiness         `json:"readiness"`
	Plan        []PlanLine        `json:"plan"`
	Saved       time.Duration     `json:"saved_ns"`
	Steps       []string          `json:"steps"`
	Record      *restpause.Record `json:"record,omitempty"`
	Summary     *Summary          `json:"summary,omitempty"`
	NextSession *NextSession      `json:"next_session,omitempty"`
	NoRestPause string            `json:"no_rest_pause,omitempty"`
	Protocol    string            `json:"protocol,omitempty"`
	Equipment   string            `json:"equipment,omitempty"`
	rounded     *roundedLoad      `json:"-"`
	items       []restpause.PlanItem
}

// Readiness is today's dose and why.
type Readiness struct {
	Dose    fatigue.Dose `json:"dose"`
	Reasons []string     `json:"reasons,omitempty"`
}

// PlanLine is one exercise's decision.
type PlanLine struct {
	Exercise  string           `json:"exercise"`
	Slot      restpause.Slot   `json:"slot"`
	Choice    restpause.Choice `json:"choice"`
	Straight  string           `json:"straight_sets"`
	Because   []string         `json:"because"`
	RestPause string           `json:"rest_pause,omitempty"`
}

// Summary is the record's summary figures.
type Summary struct {
	TotalReps  int           `json:"total_reps"`
	VolumeLoad repkit.Load   `json:"volume_load"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	Density    float64       `json:"reps_per_minute"`
	Stop       string        `json:"stop"`
}

// NextSession is progression's prescription.
type NextSession struct {
	Load   repkit.Load        `json:"load"`
	Action progression.Action `json:"action"`
	Reason progression.Reason `json:"reason"`
	Range  repkit.RepRange    `json:"total_reps_range"`
	Advice string             `json:"advice"`
}

type roundedLoad struct{ from, to repkit.Load }

func simulate(cfg config) (*Report, error) {
	r := &Report{}

	// Today's readiness decides the dose the plan may use.
	assessed, err := fatigue.Assess(lifter, checkIn)
	if err != nil {
		return nil, err
	}
	r.Readiness = Readiness{Dose: assessed.Dose}
	for s := range assessed.Sentences() {
		r.Readiness.Reasons = append(r.Readiness.Reasons, s)
	}

	entries, err := sessionEntries(cfg.finisher)
	if err != nil {
		return nil, err
	}
	plan, err := restpause.Planner{}.Plan(lifter, assessed.Dose, entries)
	if err != nil {
		return nil, err
	}
	r.Saved = plan.Saved
	r.items = plan.Items
	var finisher *restpause.PlanItem
	for i, it := range plan.Items {
		line := PlanLine{
			Exercise: it.Entry.Exercise.Name,
			Slot:     it.Entry.Slot,
			Choice:   it.Choice,
			Straight: it.Entry.Sets.String(),
		}
		for s := range it.Sentences() {
			line.Because = append(line.Because, s)
		}
		if it.Choice == restpause.ChoiceRestPause {
			line.RestPause = describeReplacement(it.Replacement)
		}
		r.Plan = append(r.Plan, line)
		if it.Entry.Exercise.ID == cfg.finisher.ID {
			finisher = &plan.Items[i]
		}
	}
	if finisher == nil || finisher.Choice != restpause.ChoiceRestPause {
		r.NoRestPause = cfg.finisher.Name + " keeps its straight sets today, so no rest-pause set is run"
		return r, nil
	}

	proto, err := chooseProtocol(cfg.protocol, finisher.Replacement)
	if err != nil {
		return nil, err
	}
	r.Protocol = proto.Name

	equip, equipName := equipmentFor(cfg.finisher, cfg.unit)
	r.Equipment = equipName
	load := cfg.load
	if !equip.Achievable(load) {
		rounded, err := progression.Round(equip, load, progression.RoundDown)
		if err != nil {
			return nil, fmt.Errorf("-load %s: %w", load.Format(cfg.unit), err)
		}
		r.rounded = &roundedLoad{from: load, to: rounded}
		load = rounded
	}

	rec, steps, err := runSet(proto, cfg.finisher, load, cfg.unit)
	if err != nil {
		return nil, err
	}
	r.Steps = steps
	r.Record = &rec
	r.Summary = &Summary{
		TotalReps:  rec.TotalReps(),
		VolumeLoad: rec.VolumeLoad(),
		Elapsed:    rec.Elapsed(),
		Density:    rec.Density(),
		Stop:       rec.Stop.String(),
	}

	// The straight sets' total reps is the top of the range: beat it and the
	// load goes up; four reps under it is the bottom.
	top := finisher.Replacement.Replaced
	sum := progression.SumOfReps{
		Total:   repkit.RepRange{Min: top - 4, Max: top},
		Weights: equip,
		Unit:    cfg.unit,
	}
	if proto.TotalRepRange.Min < proto.TotalRepRange.Max { // a preset's own range, such as DC's 11-15

		sum.Total = repkit.RepRange{Min: proto.TotalRepRange.Min, Max: proto.TotalRepRange.Max}
	}
	rec2, err := sum.Next([]restpause.Record{rec})
	if err != nil {
		return nil, err
	}
	r.NextSession = &NextSession{Load: rec2.Load, Action: rec2.Action, Reason: rec2.Reason, Range: rec2.Range, Advice: rec2.String()}
	return r, nil
}

func chooseProtocol(name string, rep restpause.Replacement) (restpause.Protocol, error) {
	switch name {
	case "":
		return rep.Protocol(), nil
	case "default":
		return restpause.DefaultProtocol(), nil
	case "myo-reps":
		return restpause.MyoReps(), nil
	case "myo-rep-match":
		return restpause.MyoRepMatch(), nil
	case "dc":
		return restpause.DC(), nil
	}
	return restpause.Protocol{}, fmt.Errorf("unknown protocol %q", name)
}

// equipmentFor picks the loading the finisher's equipment implies, with the
// defaults of a kg or lb gym.
func equipmentFor(ex exercise.Exercise, u repkit.Unit) (progression.Weights, string) {
	for _, e := range []struct {
		kind  exercise.Equipment
		equip progression.Weights
		name  string
	}{
		{exercise.Cable, progression.CableColumn(u), "cable column"},
		{exercise.Dumbbell, progression.Dumbbells(u), "dumbbells"},
		{exercise.Barbell, progression.StandardBarbell(u), "barbell and plates"},
		{exercise.EZBar, progression.EZCurlBar(u), "EZ bar and plates"},
		{exercise.SmithMachine, progression.SmithBar(u), "Smith machine and plates"},
		{exercise.Kettlebell, progression.Kettlebells(u), "kettlebells"},
	} {
		if ex.Equipment == e.kind {
			return e.equip, e.name
		}
	}
	return progression.SelectorStack(u), "selector stack"
}

// runSet drives a Session with the scripted lifter and returns the record
// and a line for each step.
func runSet(proto restpause.Protocol, ex exercise.Exercise, load repkit.Load, u repkit.Unit) (restpause.Record, []string, error) {
	s, err := restpause.NewSession(proto, restpause.Start{Date: started, ExerciseID: ex.ID, Exercise: ex.Name, Load: load})
	if err != nil {
		return restpause.Record{}, nil, err
	}
	var lines []string
	var who scriptedLifter
	first := 0
	for {
		step := s.Next()
		switch step.Kind {
		case restpause.StepActivation:
			b := who.activation(step)
			lines = append(lines, fmt.Sprintf("activation: target %s at %s, effort %s -> did %d reps at %s",
				targetReps(step.Reps), load.Format(u), step.RPE, b.Reps, b.Effort))
			if err := s.LogActivation(b); err != nil {
				return restpause.Record{}, nil, err
			}
			first = 5 // the first burst's reps, unless the protocol says
			if proto.Burst.Max > 0 {
				first = proto.Burst.Max
			}
		case restpause.StepBurst:
			b := who.burst(step, first)
			line := fmt.Sprintf("burst %d: rest %s, target %s -> did %d", step.Burst, step.Rest, targetReps(step.Reps), b.Reps)
			if b.Effort.Recorded() {
				line += " at " + b.Effort.String()
			}
			if b.Signals.RangeShortened {
				line += ", range shortened"
			}
			lines = append(lines, line)
			if err := s.LogBurst(b); err != nil {
				return restpause.Record{}, nil, err
			}
		case restpause.StepDone:
			lines = append(lines, "done: "+step.Decision.String())
			return s.Record(), lines, nil
		default:
			return restpause.Record{}, nil, fmt.Errorf("unexpected step %v", step.Kind)
		}
	}
}

func targetReps(r repkit.RepRange) string {
	if r.IsZero() {
		return "the usual reps"
	}
	return r.String() + " reps"
}

func describeReplacement(rep restpause.Replacement) string {
	return fmt.Sprintf("1 x %d at %s, then %d bursts of %s reps after %s rests: %d reps for the %d replaced, about %s instead of %s",
		rep.Activation, rep.RPE, rep.Bursts, rep.BurstReps, rep.Rest, rep.TotalReps, rep.Replaced,
		rep.Time.Round(time.Second), rep.Straight.Round(time.Second))
}

func (r *Report) print(w io.Writer, u repkit.Unit) {
	fmt.Fprintln(w, "== Plan")
	for _, p := range r.Plan {
		fmt.Fprintf(w, "%s (%s): %s\n", p.Exercise, p.Slot, p.Choice)
		fmt.Fprintf(w, "  straight sets: %s\n", p.Straight)
		if p.RestPause != "" {
			fmt.Fprintf(w, "  rest-pause: %s\n", p.RestPause)
		}
		for _, s := range p.Because {
			fmt.Fprintf(w, "  - %s\n", s)
		}
	}
	fmt.Fprintf(w, "estimated time saved: %s\n", r.Saved.Round(time.Second))

	if r.NoRestPause != "" {
		fmt.Fprintf(w, "\n%s.\n", r.NoRestPause)
	} else {
		fmt.Fprintf(w, "\n== Rest-pause set: %s, protocol %s\n", r.Record.Exercise, r.Protocol)
		if r.rounded != nil {
			fmt.Fprintf(w, "%s cannot be set up on a %s; using %s (rounded down)\n",
				r.rounded.from.Format(u), r.Equipment, r.rounded.to.Format(u))
		}
		for _, s := range r.Steps {
			fmt.Fprintln(w, s)
		}

		fmt.Fprintln(w, "\n== Record")
		fmt.Fprintf(w, "load %s, activation %d reps, bursts %s\n", r.Record.Load.Format(u), r.Record.ActivationReps(), burstList(r.Record))
		fmt.Fprintf(w, "total reps %d, volume load %s, time %s including rests, %.1f reps a minute\n",
			r.Summary.TotalReps, r.Summary.VolumeLoad.Format(u), r.Summary.Elapsed.Round(time.Second), r.Summary.Density)
		fmt.Fprintf(w, "stopped: %s\n", r.Summary.Stop)

		fmt.Fprintln(w, "\n== Next session")
		fmt.Fprintf(w, "%s (%s, total-rep range %d-%d)\n", r.NextSession.Advice, r.Equipment, r.NextSession.Range.Min, r.NextSession.Range.Max)
	}

	fmt.Fprintln(w, "\n== Readiness")
	fmt.Fprintf(w, "today's intensifier dose: %s\n", r.Readiness.Dose)
	if len(r.Readiness.Reasons) == 0 {
		fmt.Fprintln(w, "  - nothing in today's check-in lowers it")
	}
	for _, s := range r.Readiness.Reasons {
		fmt.Fprintf(w, "  - %s\n", s)
	}
}

func burstList(rec *restpause.Record) string {
	parts := make([]string, len(rec.Bursts))
	for i, b := range rec.Bursts {
		parts[i] = fmt.Sprint(b.Reps)
	}
	return strings.Join(parts, "-")
}
