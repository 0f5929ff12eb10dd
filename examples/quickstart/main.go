// Command quickstart walks through repkit's main job in one session: plan
// which exercises get rest-pause, run one rest-pause set with a scripted
// lifter, summarise the record, prescribe next session's load, and report
// today's readiness dose.
//
// Usage:
//
//	go run ./examples/quickstart [-exercise NAME] [-load LOAD] [-unit kg|lb] [-protocol NAME] [-json]
//
// With no flags it reports today's readiness, plans a bench press session
// with three accessories and runs a machine chest press finisher at 50 kg
// with the planner's prescription. -exercise picks the finisher from the
// built-in catalog (its straight sets become the session's last accessory,
// in place of the same exercise if the session has it), -load sets its
// load ("50kg", "110lb"), -unit the unit loads are shown in (by default the
// unit -load is written in, else kg), and -protocol runs a preset instead
// of the planner's prescription: rest-pause (or default), myo-reps,
// myo-rep-match, dc or dc-high.
// -json prints one JSON object instead of text, with the set as a
// restpause.Record in its wire format.
//
// Without -load the finisher gets a typical starting load for its
// equipment, one an intermediate lifter does about 10 times at RPE 9
// (lighter when the protocol asks for a longer activation set), rounded
// down to what the gym's equipment makes; a body-weight exercise is done at
// body weight. The scripted lifter's strength is fixed by that typical
// load, so a heavier -load gets fewer reps and a lighter one more.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
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
	load     repkit.Load // 0: the typical load (or body weight)
	loadUnit repkit.Unit // the unit -load was written in
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
		enc.SetEscapeHTML(false)
		if err := enc.Encode(report); err != nil {
			fmt.Fprintln(stderr, "quickstart:", err)
			return 1
		}
		return 0
	}
	report.print(stdout)
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("exercise", "machine chest press", "the rest-pause finisher, by catalog name or alias")
	loadText := fs.String("load", "", `the finisher's load, such as "50kg" or "110lb" (default: a typical load for its equipment)`)
	unitText := fs.String("unit", "", "the unit loads are shown in: kg or lb (default: the unit -load is written in, else kg)")
	protocol := fs.String("protocol", "", "a preset to run instead of the planner's prescription: rest-pause (or default), myo-reps, myo-rep-match, dc or dc-high")
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q: quickstart takes flags only", fs.Arg(0))
	}
	cfg := config{json: *asJSON, unit: repkit.UnitKilogram}

	if *unitText != "" {
		unit, err := repkit.ParseUnit(*unitText)
		if err != nil || (unit != repkit.UnitKilogram && unit != repkit.UnitPound) {
			return config{}, fmt.Errorf("-unit %q: want kg or lb", *unitText)
		}
		cfg.unit = unit
	}

	ex, ok := exercise.Lookup(*name)
	if !ok {
		return config{}, fmt.Errorf("-exercise %q: not in the built-in catalog (try \"cable lateral raise\" or \"leg extension\")", *name)
	}
	cfg.finisher = ex
	if _, loaded := typicalLoad(ex); !loaded && ex.LoadKind == repkit.LoadExternal && ex.Equipment != exercise.Band {
		// restpause.NewSession refuses a zero external load (a band's pull
		// aside): no set of it can be recorded, so say so before planning one.
		return config{}, fmt.Errorf("-exercise %q: %s is worked against its equipment, which a log does not weigh, and a rest-pause set needs a load above zero; pick a weighed, band or body-weight finisher, such as \"cable lateral raise\" or \"push-up\"", *name, ex.Name)
	}

	if *loadText != "" {
		l, err := repkit.ParseLoad(*loadText)
		if err != nil {
			return config{}, fmt.Errorf("-load: %w", err)
		}
		if l == 0 {
			return config{}, fmt.Errorf("-load %q: the finisher needs a load above zero", *loadText)
		}
		if l > restpause.LoadLimit {
			return config{}, fmt.Errorf("-load %q: heavier than %s, the most a set records; give the load on the bar or stack", *loadText, restpause.LoadLimit)
		}
		if _, ok := progression.GymWeights(ex.Equipment, repkit.UnitKilogram); !ok {
			return config{}, fmt.Errorf("-load %q: %s is done at %s here; leave -load out", *loadText, ex.Name, ex.Equipment.UnloadedPhrase())
		}
		cfg.load = l
		cfg.loadUnit = unitOf(*loadText)
		if *unitText == "" && cfg.loadUnit == repkit.UnitPound {
			cfg.unit = repkit.UnitPound // a load in pounds means a pound gym
		}
	}
	if cfg.loadUnit == repkit.UnitUnknown {
		cfg.loadUnit = cfg.unit
	}

	cfg.protocol = *protocol
	var presets restpause.Protocols
	if _, err := presets.Choose(cfg.protocol, restpause.Replacement{}); err != nil {
		return config{}, fmt.Errorf("-protocol %q: want rest-pause (or default), myo-reps, myo-rep-match, dc or dc-high", *protocol)
	}
	return cfg, nil
}

// unitOf returns the unit a load text that [repkit.ParseLoad] accepted is
// written in: the letters after the number.
func unitOf(text string) repkit.Unit {
	u, err := repkit.ParseUnit(strings.TrimLeft(strings.TrimSpace(text), "0123456789. "))
	if err != nil {
		return repkit.UnitUnknown
	}
	return u
}

// The session: a bench press main lift and three accessories, the finisher
// last. Straight-set prescriptions are what the lifter would do without
// rest-pause. A finisher that is already in the session replaces it.
func sessionEntries(finisher exercise.Exercise) ([]restpause.PlanEntry, error) {
	var entries []restpause.PlanEntry
	for _, e := range []struct {
		name string
		slot restpause.Slot
		sets restpause.StraightSets
	}{
		{"barbell bench press", restpause.SlotMain, restpause.StraightSets{Sets: 4, Reps: 5, Rest: 3 * time.Minute}},
		{"romanian deadlift", restpause.SlotAccessory, restpause.StraightSets{Sets: 3, Reps: 8, Rest: 2 * time.Minute}},
		{"cable lateral raise", restpause.SlotAccessory, restpause.StraightSets{Sets: 3, Reps: 12, Rest: 90 * time.Second}},
	} {
		ex, ok := exercise.Lookup(e.name)
		if !ok {
			return nil, fmt.Errorf("catalog has no %q", e.name)
		}
		if ex.ID == finisher.ID {
			continue
		}
		entries = append(entries, restpause.PlanEntry{Exercise: ex, Slot: e.slot, Sets: e.sets})
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

// typicalCapacity is the reps to failure at an exercise's typical load:
// 10 reps at RPE 9.
const typicalCapacity = 11

// scriptedLifter is a tired lifter of fixed strength: e1RM is the
// Epley-estimated one-rep max in kilograms from the exercise's typical load
// (zero at body weight, where the lifter always has typicalCapacity reps).
// The activation set stops at the protocol's effort target (or its top rep
// target, if that comes first); bursts start at half the activation
// capacity and shrink by one rep each, capped at the burst target; the
// range shortens on the fourth burst.
type scriptedLifter struct{ e1RM float64 }

// capacity returns the reps to failure at load, by the inverse of Epley's
// formula, at least 1.
func (m scriptedLifter) capacity(load repkit.Load) int {
	if m.e1RM == 0 || load <= 0 {
		return typicalCapacity
	}
	return max(1, int(math.Floor(30*(m.e1RM/load.Kilograms()-1)+1e-9)))
}

// loadFor returns the load at which the lifter has reps to failure.
func (m scriptedLifter) loadFor(reps int) (repkit.Load, error) {
	return repkit.FromKilograms(m.e1RM / (1 + float64(reps)/30))
}

// reserve returns the reps in reserve the effort target asks for: 10 minus
// its top RPE, or 1 when none is given.
func reserve(r restpause.RPERange) int {
	if r.IsZero() {
		return 1
	}
	return max(0, int(math.Ceil(10-float64(r.Max))))
}

// Activation does the activation set at load (a [restpause.Performer]).
func (m scriptedLifter) Activation(step restpause.Step, load repkit.Load) restpause.Burst {
	c := m.capacity(load)
	reps := max(1, c-reserve(step.RPE))
	if step.Reps.Max > 0 {
		reps = min(reps, step.Reps.Max)
	}
	return restpause.Burst{Reps: reps, Effort: repkit.AtRPE(repkit.RPE(max(1, 10-(c-reps))))}
}

// Burst does a burst at load, after the longest rest allowed.
func (m scriptedLifter) Burst(step restpause.Step, load repkit.Load) restpause.Burst {
	reps := max(0, m.capacity(load)/2-(step.Burst-1))
	if step.Reps.Max > 0 {
		reps = min(reps, step.Reps.Max)
	}
	_, rest := step.Rest.Range()
	b := restpause.Burst{Reps: reps, Rest: rest}
	if step.Burst >= 3 {
		b.Effort = repkit.AtRIR(1)
	}
	if step.Burst == 4 {
		b.Signals.RangeShortened = true
	}
	return b
}

// Report is everything the quickstart shows; -json prints it. Its own
// durations are written as text such as "2m32s", for people; the set
// itself is the Record in its wire format, rests as numbers of seconds.
type Report struct {
	Readiness   Readiness         `json:"readiness"`
	Plan        []PlanLine        `json:"plan"`
	Saved       string            `json:"saved"`
	NoRestPause string            `json:"no_rest_pause,omitempty"`
	Protocol    string            `json:"protocol,omitempty"`
	Equipment   string            `json:"equipment,omitempty"`
	Steps       []string          `json:"steps,omitempty"`
	Record      *restpause.Record `json:"record,omitempty"`
	Summary     *Summary          `json:"summary,omitempty"`
	NextSession *NextSession      `json:"next_session,omitempty"`
	rounded     string
	target      string
	bodyweight  string // what an unloaded finisher is done at
	unit        repkit.Unit
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
	TotalReps  int          `json:"total_reps"`
	VolumeLoad *repkit.Load `json:"volume_load,omitempty"` // absent at body weight
	Elapsed    string       `json:"elapsed"`
	Density    float64      `json:"reps_per_minute"` // to one decimal
	Stop       string       `json:"stop"`
}

// NextSession is next session's advice: progression's prescription for a
// loaded exercise, the total-rep target at body weight.
type NextSession struct {
	Load   *repkit.Load       `json:"load,omitempty"`
	Action progression.Action `json:"action,omitempty"`
	Reason progression.Reason `json:"reason,omitempty"`
	Range  string             `json:"total_reps_range"`
	Advice string             `json:"advice"`
}

func simulate(cfg config) (*Report, error) {
	r := &Report{unit: cfg.unit}

	// Today's readiness decides the dose the plan may use.
	assessed, err := fatigue.Assess(lifter, checkIn)
	if err != nil {
		return nil, err
	}
	r.Readiness = Readiness{Dose: assessed.Dose, Reasons: slices.Collect(assessed.Sentences())}

	entries, err := sessionEntries(cfg.finisher)
	if err != nil {
		return nil, err
	}
	plan, err := restpause.Planner{}.Plan(lifter, assessed.Dose, entries)
	if err != nil {
		return nil, err
	}
	r.Saved = plan.Saved.Round(time.Second).String()
	var finisher *restpause.PlanItem
	for i, it := range plan.Items {
		line := PlanLine{Exercise: it.Entry.Exercise.Name, Slot: it.Entry.Slot, Choice: it.Choice,
			Straight: it.Entry.Sets.String(), Because: slices.Collect(it.Sentences())}
		if it.Choice == restpause.ChoiceRestPause {
			line.RestPause = it.Replacement.String()
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

	var presets restpause.Protocols
	proto, err := presets.Choose(cfg.protocol, finisher.Replacement)
	if err != nil {
		return nil, err
	}
	r.Protocol = proto.Name
	r.Equipment = cfg.finisher.Equipment.String()

	load, who, err := chooseLoad(cfg, proto, r)
	if err != nil {
		return nil, err
	}
	rec, steps, err := runSet(proto, restpause.Start{Date: started, ExerciseID: cfg.finisher.ID, Exercise: cfg.finisher.Name, Load: load, Unit: cfg.unit, LoadKind: cfg.finisher.LoadKind}, who, r.loadText)
	if err != nil {
		return nil, err
	}
	r.Steps = steps
	r.Record = &rec
	r.Summary = &Summary{
		TotalReps: rec.TotalReps(),
		Elapsed:   rec.Elapsed().Round(time.Second).String(),
		Density:   math.Round(rec.Density()*10) / 10,
		Stop:      rec.Stop.String(),
	}
	if r.bodyweight == "" {
		v := rec.VolumeLoad()
		r.Summary.VolumeLoad = &v
	}

	// Progress over the total reps the plan expects (reach its most and the
	// load goes up; the straight sets' reps are not added back on top), or
	// a preset's own range (DC's 11-15).
	rng := finisher.Replacement.TotalRange()
	r.target = fmt.Sprintf("%s total reps (the plan's most is %d, for the %s it replaces)", rng, rng.Max, finisher.Entry.Sets.String())
	if t := proto.TotalRepRange; t.Min < t.Max {
		rng = t
		r.target = fmt.Sprintf("%s total reps (the range protocol %s sets)", rng, proto.Name)
	}
	r.NextSession = &NextSession{Range: rng.String()}
	if r.bodyweight != "" {
		r.NextSession.Advice = unloadedAdvice(rec.TotalReps(), rng, r.bodyweight)
		return r, nil
	}
	// One decision from the Coach over the recorded set: sum of reps over
	// the range, and how the set ended (pain never adds load, a technique
	// stop holds it). Next session's dose is not known yet.
	equip, _ := progression.GymWeights(cfg.finisher.Equipment, cfg.unit)
	coach := progression.Coach{Weights: equip, Unit: cfg.unit, Total: rng}
	next, err := coach.Decide([]progression.Outing{{Date: rec.Date, Load: rec.Load, RestPause: []restpause.Record{rec}}}, time.Time{}, fatigue.DoseUnknown)
	if err != nil {
		return nil, err
	}
	r.NextSession.Load, r.NextSession.Action, r.NextSession.Reason = &next.Load, next.Action, next.Lead
	r.NextSession.Advice = next.String()
	return r, nil
}

// loadText formats a load of the set in the report's unit, or names what
// an unloaded exercise is done at.
func (r *Report) loadText(l repkit.Load) string {
	if r.bodyweight != "" {
		return r.bodyweight
	}
	return l.Display(r.unit)
}

// chooseLoad picks the finisher's load: -load rounded down to what the
// gym's equipment makes (said so if it moves), or the typical load, lighter
// for a protocol that asks for a longer activation set. It returns the
// scripted lifter too, whose strength is fixed by the typical load.
func chooseLoad(cfg config, proto restpause.Protocol, r *Report) (repkit.Load, scriptedLifter, error) {
	typical, loaded := typicalLoad(cfg.finisher)
	equip, ok := progression.GymWeights(cfg.finisher.Equipment, cfg.unit)
	if !loaded || !ok {
		r.bodyweight = cfg.finisher.Equipment.UnloadedPhrase()
		return 0, scriptedLifter{}, nil
	}
	who := scriptedLifter{e1RM: typical.Kilograms() * (1 + typicalCapacity/30.0)}
	if cfg.load != 0 {
		l, err := progression.Round(equip, cfg.load, progression.RoundDown)
		if err != nil {
			return 0, who, fmt.Errorf("-load %s: %w", cfg.load.Format(cfg.loadUnit), err)
		}
		if l != cfg.load {
			from := cfg.load.Format(cfg.loadUnit)
			if cfg.loadUnit != cfg.unit {
				from += " (about " + cfg.load.Display(cfg.unit) + ")"
			}
			r.rounded = fmt.Sprintf("%s cannot be set up on %s; using %s (rounded down)", from,
				cfg.finisher.Equipment.SetupPhrase(), l.Display(cfg.unit))
		}
		return l, who, nil
	}
	// The activation target: the plan's or the preset's reps (the middle of
	// a range); for a preset with only a total-rep range, such as DC's
	// 11-15, two thirds of its bottom (the first mini-set carries most of
	// the total); else 10. The load is the one with that many reps plus
	// the effort target's reserve to failure.
	reps := 10
	switch a, t := proto.Activation, proto.TotalRepRange; {
	case !a.IsZero():
		reps = (a.Min + a.Max) / 2
	case t.Min < t.Max:
		reps = t.Min * 2 / 3
	}
	want, err := who.loadFor(reps + reserve(proto.ActivationRPE))
	if err != nil {
		return 0, who, err
	}
	l, err := progression.Round(equip, want, progression.RoundDown)
	if err != nil { // lighter than the lightest the equipment makes
		l, err = progression.Round(equip, want, progression.RoundUp)
	}
	return l, who, err
}

// runSet runs the set with the scripted lifter and returns the record and
// a line for each step. The record carries the unit loads are shown in.
func runSet(proto restpause.Protocol, start restpause.Start, who scriptedLifter, show func(repkit.Load) string) (restpause.Record, []string, error) {
	var lines []string
	rec, err := restpause.Perform(proto, start, who, func(step restpause.Step, b restpause.Burst) {
		switch step.Kind {
		case restpause.StepActivation:
			lines = append(lines, fmt.Sprintf("activation at %s: %s -> did %d reps at %s", show(start.Load), step.Target(), b.Reps, b.Effort))
		case restpause.StepBurst:
			line := fmt.Sprintf("burst %d: rest %s, %s -> did %d", step.Burst, step.Rest, step.Target(), b.Reps)
			if b.Effort.Recorded() {
				line += " at " + b.Effort.String()
			}
			if b.Signals.RangeShortened {
				line += ", range shortened"
			}
			lines = append(lines, line)
		default:
			lines = append(lines, "done: "+step.Decision.String())
		}
	})
	return rec, lines, err
}

func (r *Report) print(w io.Writer) {
	fmt.Fprintln(w, "== Readiness")
	fmt.Fprintf(w, "today's intensifier dose: %s\n", r.Readiness.Dose)
	if len(r.Readiness.Reasons) == 0 {
		fmt.Fprintln(w, "  - nothing in today's check-in lowers it")
	}
	for _, s := range r.Readiness.Reasons {
		fmt.Fprintf(w, "  - %s\n", s)
	}

	fmt.Fprintln(w, "\n== Plan")
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
	fmt.Fprintf(w, "estimated time saved: %s\n", r.Saved)

	if r.NoRestPause != "" {
		fmt.Fprintf(w, "\n%s.\n", r.NoRestPause)
		return
	}
	fmt.Fprintf(w, "\n== Rest-pause set: %s, protocol %s\n", r.Record.Exercise, r.Protocol)
	if r.rounded != "" {
		fmt.Fprintln(w, r.rounded)
	}
	for _, s := range r.Steps {
		fmt.Fprintln(w, s)
	}

	fmt.Fprintln(w, "\n== Record")
	at := "load " + r.loadText(r.Record.Load)
	if r.bodyweight != "" {
		at = "at " + r.bodyweight
	}
	fmt.Fprintf(w, "%s, reps %s (activation + bursts)\n", at, r.Record.RepsText())
	volume := ""
	if r.Summary.VolumeLoad != nil {
		volume = ", volume load " + r.Summary.VolumeLoad.Display(r.unit)
	}
	fmt.Fprintf(w, "total reps %d%s, time %s including rests, %.1f reps a minute\n",
		r.Summary.TotalReps, volume, r.Summary.Elapsed, r.Summary.Density)

	fmt.Fprintln(w, "\n== Next session")
	fmt.Fprintf(w, "target: %s\n", r.target)
	fmt.Fprintln(w, r.NextSession.Advice)
}

// typicalLoad returns a rough starting load for ex, in kilograms: about
// what an intermediate lifter does 10 times at RPE 9 (11 reps to failure),
// by its equipment and mechanics. Machines 50 kg (isolation 35 kg); cables
// 40 kg (isolation 15 kg, shoulder isolation 7.5 kg); dumbbells 22.5 kg
// each (isolation 12.5 kg, shoulder isolation 8 kg); barbells and the
// Smith machine 60 kg (isolation 30 kg); an EZ bar 30 kg; a kettlebell
// 16 kg. It returns 0 and false for equipment that is not loaded (body
// weight, bands, balls, other equipment, and equipment not stated).
//
// These are demonstration figures, not a standard, for an app that has no
// history of the lifter yet (a first run, a demo): round the load to the
// gym with [progression.Round] and let the lifter's first sets replace it; once there
// is a history, use [progression.FirstLoad]. It is a pure function, safe for
// concurrent use.
func typicalLoad(ex exercise.Exercise) (repkit.Load, bool) {
	const kg, g = repkit.Kilogram, repkit.Gram
	isolation := ex.Mechanics == exercise.Isolation
	shoulders := isolation && ex.PrimaryMuscles.Has(exercise.Shoulders)
	switch ex.Equipment {
	case exercise.Machine:
		if isolation {
			return 35 * kg, true
		}
		return 50 * kg, true
	case exercise.Cable:
		switch {
		case shoulders:
			return 7500 * g, true
		case isolation:
			return 15 * kg, true
		}
		return 40 * kg, true
	case exercise.Dumbbell:
		switch {
		case shoulders:
			return 8 * kg, true
		case isolation:
			return 12500 * g, true
		}
		return 22500 * g, true
	case exercise.Barbell, exercise.SmithMachine:
		if isolation {
			return 30 * kg, true
		}
		return 60 * kg, true
	case exercise.EZBar:
		return 30 * kg, true
	case exercise.Kettlebell:
		return 16 * kg, true
	}
	return 0, false
}

// unloadedAdvice is next session's advice for a rest-pause set done with
// no load to change, at body weight or band tension (at names which, as
// [exercise.Equipment.UnloadedPhrase] writes it): the total reps carry the
// progress by sum of reps over rng. A total below rng builds toward it; one
// inside aims for one rep more; at the top or past it, a little added load
// (a belt or vest) and the bottom of rng again. For total 13 and rng
// 12-14 at body weight: "The set totalled 13 reps, inside 12-14: stay at
// body weight and aim for 14 total reps." It does not check rng (give a
// valid range, Min at most Max); it is a pure function, safe for
// concurrent use.
func unloadedAdvice(total int, rng repkit.RepRange, at string) string {
	harder := "add a little load (a belt or vest)" // body weight
	if at == exercise.Band.UnloadedPhrase() {
		harder = "move to a stronger band"
	}
	switch {
	case total < rng.Min:
		return fmt.Sprintf("The set totalled %d reps, below %s: stay at %s and build the total toward %s.", total, rng, at, rng)
	case total > rng.Max:
		return fmt.Sprintf("The set totalled %d reps, above %s: %s next time and aim for %d total reps.", total, rng, harder, rng.Min)
	case total == rng.Max:
		return fmt.Sprintf("The set totalled %d reps, the top of %s: %s next time and aim for %d total reps.", total, rng, harder, rng.Min)
	}
	return fmt.Sprintf("The set totalled %d reps, inside %s: stay at %s and aim for %d total reps.", total, rng, at, total+1)
}
