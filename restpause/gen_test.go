package restpause_test

import (
	"math"
	"slices"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/restpause"
)

// Generators of valid restpause values, shared by the property tests; the
// efforts, loads, durations and dates in them come from internal/gen.

func genSignals() *rapid.Generator[restpause.Signals] {
	return rapid.Custom(func(t *rapid.T) restpause.Signals {
		// Mostly clean entries, so that sets run long enough to be interesting.
		if rapid.IntRange(0, 3).Draw(t, "clean") > 0 {
			return restpause.Signals{Discomfort: rapid.IntRange(0, 2).Draw(t, "discomfort")}
		}
		return restpause.Signals{
			RangeShortened:    rapid.Bool().Draw(t, "range"),
			Momentum:          rapid.Bool().Draw(t, "momentum"),
			Discomfort:        rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, "discomfort"),
			DiscomfortRising:  rapid.Bool().Draw(t, "rising"),
			PainOrNerve:       rapid.Bool().Draw(t, "pain"),
			TechniqueLost:     rapid.Bool().Draw(t, "technique"),
			TargetNotLimiting: rapid.Bool().Draw(t, "target"),
		}
	})
}

// genBurst draws a valid burst; activation bursts have no rest.
func genBurst(activation bool) *rapid.Generator[restpause.Burst] {
	return rapid.Custom(func(t *rapid.T) restpause.Burst {
		b := restpause.Burst{
			Reps:    rapid.IntRange(0, 25).Draw(t, "reps"),
			Work:    gen.Duration(restpause.DurationLimit).Draw(t, "work"),
			Effort:  gen.Effort().Draw(t, "effort"),
			Signals: genSignals().Draw(t, "signals"),
		}
		if !activation {
			b.Rest = gen.Duration(restpause.DurationLimit).Draw(t, "rest")
		}
		if rapid.Bool().Draw(t, "has velocity") {
			b.MeanVelocity = rapid.Float64Range(0, restpause.VelocityLimit).Draw(t, "velocity")
		}
		return b
	})
}

// genDecision draws a decision about a set of bursts bursts.
func genDecision(bursts int) *rapid.Generator[restpause.Decision] {
	return rapid.Custom(func(t *rapid.T) restpause.Decision {
		return restpause.Decision{
			Reason: gen.Enum(restpause.Continue, restpause.StopBurstLimit).Draw(t, "reason"),
			Burst:  rapid.IntRange(restpause.ActivationSet, bursts).Draw(t, "burst"),
			Signal: gen.Enum(restpause.SignalNone, restpause.SignalDiscomfortHigh).Draw(t, "signal"),
			Value:  rapid.Int64().Draw(t, "value"),
			Limit:  rapid.Int64().Draw(t, "limit"),
			Note:   rapid.String().Draw(t, "note"),
		}
	})
}

// genRecord draws a valid record with up to maxBursts bursts.
func genRecord(maxBursts int) *rapid.Generator[restpause.Record] {
	return rapid.Custom(func(t *rapid.T) restpause.Record {
		r := restpause.Record{
			Date:       gen.Time(true).Draw(t, "date"),
			ExerciseID: rapid.String().Draw(t, "exercise id"),
			Exercise:   rapid.String().Draw(t, "exercise"),
			Protocol:   rapid.String().Draw(t, "protocol"),
			Load:       gen.Load(0, restpause.LoadLimit).Draw(t, "load"),
			Unit:       gen.Enum(repkit.UnitUnknown, repkit.UnitGram).Draw(t, "unit"),
			Activation: genBurst(true).Draw(t, "activation"),
			Bursts:     rapid.SliceOfN(genBurst(false), 0, maxBursts).Draw(t, "bursts"),
			Notes:      rapid.String().Draw(t, "notes"),
		}
		if rapid.Bool().Draw(t, "tolerance") {
			r.Tolerance = restpause.Tolerance{
				SetupFriction:   rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, "setup friction"),
				JointDiscomfort: rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, "joint discomfort"),
				Joint:           rapid.String().Draw(t, "joint"),
				Pain:            rapid.Bool().Draw(t, "pain"),
			}
		}
		r.Stop = genDecision(len(r.Bursts)).Draw(t, "stop")
		return r
	})
}

// genRepRange draws a valid rep range: the zero range (not prescribed) or
// 1 <= Min <= Max <= 1000.
func genRepRange() *rapid.Generator[repkit.RepRange] {
	return rapid.Custom(func(t *rapid.T) repkit.RepRange {
		if rapid.Bool().Draw(t, "zero range") {
			return repkit.RepRange{}
		}
		lo := rapid.IntRange(1, 1000).Draw(t, "min")
		return repkit.RepRange{Min: lo, Max: rapid.IntRange(lo, 1000).Draw(t, "max")}
	})
}

// genRPERange draws a valid effort target, or the zero one.
func genRPERange() *rapid.Generator[restpause.RPERange] {
	return rapid.Custom(func(t *rapid.T) restpause.RPERange {
		if rapid.Bool().Draw(t, "zero rpe range") {
			return restpause.RPERange{}
		}
		a, b := gen.RPE().Draw(t, "a"), gen.RPE().Draw(t, "b")
		return restpause.RPERange{Min: min(a, b), Max: max(a, b)}
	})
}

// genRest draws a rest that Protocol.Validate accepts.
func genRest() *rapid.Generator[restpause.Rest] {
	return rapid.Custom(func(t *rapid.T) restpause.Rest {
		var r restpause.Rest
		if rapid.Bool().Draw(t, "in time") {
			r.Min = gen.Duration(restpause.DurationLimit).Draw(t, "min")
			r.Max = time.Duration(rapid.Int64Range(int64(r.Min), int64(restpause.DurationLimit)).Draw(t, "max"))
		}
		if rapid.Bool().Draw(t, "in breaths") {
			r.MinBreaths = rapid.IntRange(0, 100).Draw(t, "min breaths")
			r.MaxBreaths = rapid.IntRange(r.MinBreaths, 100).Draw(t, "max breaths")
		}
		return r
	})
}

// genProtocol draws a valid protocol without Extra, which JSON does not
// carry.
func genProtocol() *rapid.Generator[restpause.Protocol] {
	return rapid.Custom(func(t *rapid.T) restpause.Protocol {
		p := restpause.Protocol{
			Name:            rapid.String().Draw(t, "name"),
			Source:          rapid.String().Draw(t, "source"),
			Activation:      genRepRange().Draw(t, "activation"),
			ActivationRPE:   genRPERange().Draw(t, "activation rpe"),
			Rest:            genRest().Draw(t, "rest"),
			Burst:           genRepRange().Draw(t, "burst"),
			TotalRepRange:   genRepRange().Draw(t, "total"),
			MyoRep:          rapid.Bool().Draw(t, "myo-rep"),
			MatchActivation: rapid.Bool().Draw(t, "match"),
		}
		if rapid.Bool().Draw(t, "rules") {
			p.HeavyBelow = rapid.IntRange(0, restpause.RepsLimit).Draw(t, "heavy below")
			p.HeavyDropPercent = rapid.IntRange(0, 99).Draw(t, "heavy drop")
			p.MaxBursts = rapid.IntRange(0, restpause.BurstsLimit).Draw(t, "max bursts")
			p.MinBurstReps = rapid.IntRange(0, restpause.RepsLimit).Draw(t, "min burst reps")
			p.DropOffPercent = rapid.IntRange(0, 99).Draw(t, "drop-off")
			p.StopAtTotalReps = rapid.IntRange(0, restpause.RepsLimit*(restpause.BurstsLimit+1)).Draw(t, "total reps")
			p.RIRFloor = gen.RIR().Draw(t, "rir floor")
			p.TimeCap = time.Duration(rapid.Int64Range(0, math.MaxInt64).Draw(t, "time cap"))
		}
		return p
	})
}

// genStep draws any step: Step is not validated, so every field may hold
// anything its type can carry.
func genStep() *rapid.Generator[restpause.Step] {
	return rapid.Custom(func(t *rapid.T) restpause.Step {
		return restpause.Step{
			Kind:     gen.Enum(restpause.StepNone, restpause.StepDone).Draw(t, "kind"),
			Burst:    rapid.Int().Draw(t, "burst"),
			Reps:     genRepRange().Draw(t, "reps"),
			RPE:      genRPERange().Draw(t, "rpe"),
			Rest:     genRest().Draw(t, "rest"),
			Decision: genDecision(restpause.BurstsLimit).Draw(t, "decision"),
		}
	})
}

// genSessionBurst draws a valid burst that a session of p accepts: its
// rest is at most p.LongestBurstRest().
func genSessionBurst(p restpause.Protocol) *rapid.Generator[restpause.Burst] {
	return rapid.Custom(func(t *rapid.T) restpause.Burst {
		b := genBurst(true).Draw(t, "entry")
		b.Rest = gen.Duration(p.LongestBurstRest()).Draw(t, "rest")
		return b
	})
}

// genName draws text with at least one character that is not a space, or
// the empty string when empty is true and rapid chooses it.
func genName(empty bool) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		if empty && rapid.Bool().Draw(t, "empty") {
			return ""
		}
		return rapid.String().Draw(t, "before") + rapid.StringMatching(`[a-zA-Z0-9-]`).Draw(t, "letter") + rapid.String().Draw(t, "after")
	})
}

// genStart draws a Start that NewSession accepts: a date, an exercise by
// name, by catalog id or both, and a load, above zero when external.
func genStart() *rapid.Generator[restpause.Start] {
	return rapid.Custom(func(t *rapid.T) restpause.Start {
		st := restpause.Start{
			Date:     gen.Time(true).Draw(t, "date"), // never the zero instant: see below
			Unit:     gen.Enum(repkit.UnitUnknown, repkit.UnitGram).Draw(t, "unit"),
			LoadKind: gen.Enum(repkit.LoadExternal, repkit.LoadAssisted).Draw(t, "load kind"),
		}
		switch rapid.IntRange(0, 2).Draw(t, "named by") {
		case 0:
			st.Exercise = genName(false).Draw(t, "exercise")
		case 1:
			st.ExerciseID = genName(false).Draw(t, "exercise id")
		default:
			st.Exercise, st.ExerciseID = genName(false).Draw(t, "exercise"), genName(false).Draw(t, "exercise id")
		}
		lo := repkit.Load(1)
		if st.LoadKind != repkit.LoadExternal {
			lo = 0 // body weight alone, or no assistance
		}
		st.Load = gen.Load(lo, restpause.LoadLimit).Draw(t, "load")
		if st.Date.IsZero() { // gen.Time's first instant, 0001-01-01T00:00:00Z
			st.Date = st.Date.Add(time.Nanosecond)
		}
		return st
	})
}

// startFields are the fields of a Start that NewSession requires, by the
// name its errors give them.
var startFields = []string{"start.date", "start.exercise", "start.load"}

// genStartWithout draws a Start that genStart could draw but for the
// field it returns, one of startFields, which is missing: the zero date,
// no exercise (empty or only spaces, by name and by id), or a zero
// external load.
func genStartWithout() *rapid.Generator[startWithout] {
	return rapid.Custom(func(t *rapid.T) startWithout {
		st := genStart().Draw(t, "start")
		field := rapid.SampledFrom(startFields).Draw(t, "missing")
		blank := rapid.SampledFrom([]string{"", " ", "\t \n"})
		switch field {
		case "start.date":
			st.Date = time.Time{}
		case "start.exercise":
			st.Exercise, st.ExerciseID = blank.Draw(t, "exercise"), blank.Draw(t, "exercise id")
		case "start.load":
			st.Load, st.LoadKind = 0, repkit.LoadExternal
		}
		return startWithout{st, field}
	})
}

type startWithout struct {
	Start   restpause.Start
	Missing string // the field NewSession names
}

// genAnyStart draws a Start that JSON carries, named or not: the wire
// form has no rule against a Start that NewSession refuses.
func genAnyStart() *rapid.Generator[restpause.Start] {
	return rapid.OneOf(genStart(), rapid.Map(genStartWithout(), func(s startWithout) restpause.Start { return s.Start }),
		rapid.Just(restpause.Start{}))
}

func genSessionState() *rapid.Generator[restpause.SessionState] {
	return rapid.Custom(func(t *rapid.T) restpause.SessionState {
		return restpause.SessionState{
			Record:    genRecord(8).Draw(t, "record"),
			Activated: rapid.Bool().Draw(t, "activated"),
			Seq:       rapid.Int().Draw(t, "seq"),
		}
	})
}

func genEvent() *rapid.Generator[restpause.Event] {
	return rapid.Custom(func(t *rapid.T) restpause.Event {
		return restpause.Event{
			Seq:   rapid.Int().Draw(t, "seq"),
			Kind:  gen.Enum(restpause.StepNone, restpause.StepDone).Draw(t, "kind"),
			Burst: genBurst(rapid.Bool().Draw(t, "activation")).Draw(t, "burst"),
		}
	})
}

func genTolerance() *rapid.Generator[restpause.Tolerance] {
	return rapid.Custom(func(t *rapid.T) restpause.Tolerance {
		return restpause.Tolerance{
			SetupFriction:   rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, "setup friction"),
			JointDiscomfort: rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, "joint discomfort"),
			Joint:           rapid.String().Draw(t, "joint"),
			Pain:            rapid.Bool().Draw(t, "pain"),
		}
	})
}

// genDuration draws any time.Duration, negative ones too: the types that
// hold one without validating it carry every value.
func genDuration() *rapid.Generator[time.Duration] {
	return rapid.Custom(func(t *rapid.T) time.Duration {
		return time.Duration(rapid.Int64().Draw(t, "duration"))
	})
}

func genStraightSets() *rapid.Generator[restpause.StraightSets] {
	return rapid.Custom(func(t *rapid.T) restpause.StraightSets {
		return restpause.StraightSets{
			Sets: rapid.Int().Draw(t, "sets"),
			Reps: rapid.Int().Draw(t, "reps"),
			Rest: genDuration().Draw(t, "rest"),
		}
	})
}

// genPlanReasons draws a set of named plan reasons.
func genPlanReasons() *rapid.Generator[restpause.PlanReasons] {
	return rapid.Custom(func(t *rapid.T) restpause.PlanReasons {
		var s restpause.PlanReasons
		for _, r := range rapid.SliceOf(gen.Enum(restpause.PlanReplaces, restpause.PlanLittleSaving)).Draw(t, "reasons") {
			s |= 1 << r
		}
		return s
	})
}

func genReplacement() *rapid.Generator[restpause.Replacement] {
	return rapid.Custom(func(t *rapid.T) restpause.Replacement {
		return restpause.Replacement{
			Activation: rapid.Int().Draw(t, "activation"),
			RPE:        genRPERange().Draw(t, "rpe"),
			Bursts:     rapid.Int().Draw(t, "bursts"),
			BurstReps:  genRepRange().Draw(t, "burst reps"),
			Rest:       genDuration().Draw(t, "rest"),
			TotalReps:  rapid.Int().Draw(t, "total reps"),
			Replaced:   rapid.Int().Draw(t, "replaced"),
			Straight:   genDuration().Draw(t, "straight"),
			Time:       genDuration().Draw(t, "time"),
			Verdict:    gen.Enum(exercise.VerdictUnknown, exercise.Unsuitable).Draw(t, "verdict"),
		}
	})
}

// catalog is the built-in exercise catalog, which plan entries draw from:
// package exercise owns the encoding of an Exercise.
var catalog = slices.Collect(exercise.Builtin())

func genPlanItem() *rapid.Generator[restpause.PlanItem] {
	return rapid.Custom(func(t *rapid.T) restpause.PlanItem {
		ex := rapid.SampledFrom(catalog).Draw(t, "exercise")
		it := restpause.PlanItem{
			Entry: restpause.PlanEntry{
				Exercise: ex,
				Slot:     gen.Enum(restpause.SlotUnknown, restpause.SlotAccessory).Draw(t, "slot"),
				Sets:     genStraightSets().Draw(t, "sets"),
			},
			Choice:     gen.Enum(restpause.ChoiceUnknown, restpause.ChoiceRestPause).Draw(t, "choice"),
			Reasons:    genPlanReasons().Draw(t, "reasons"),
			Classified: exercise.Classify(ex),
		}
		if rapid.Bool().Draw(t, "replaced") {
			it.Replacement = genReplacement().Draw(t, "replacement")
		}
		return it
	})
}

func genPlan() *rapid.Generator[restpause.Plan] {
	return rapid.Custom(func(t *rapid.T) restpause.Plan {
		return restpause.Plan{
			Items:     rapid.SliceOfN(genPlanItem(), 0, 4).Draw(t, "items"),
			RestPause: rapid.Int().Draw(t, "rest-pause"),
			Saved:     genDuration().Draw(t, "saved"),
		}
	})
}

func genRemark() *rapid.Generator[restpause.Remark] {
	return rapid.Custom(func(t *rapid.T) restpause.Remark {
		return restpause.Remark{
			Burst:  rapid.Int().Draw(t, "burst"),
			Field:  rapid.String().Draw(t, "field"),
			Value:  rapid.String().Draw(t, "value"),
			Target: rapid.String().Draw(t, "target"),
			Below:  rapid.Bool().Draw(t, "below"),
		}
	})
}

// genFinding draws a finding without ledger Changes, whose encoding is
// package volume's.
func genFinding() *rapid.Generator[restpause.Finding] {
	return rapid.Custom(func(t *rapid.T) restpause.Finding {
		return restpause.Finding{
			Mistake:  gen.Enum(restpause.MistakeUnknown, restpause.MistakeWhileDropping).Draw(t, "mistake"),
			Records:  rapid.SliceOf(rapid.Int()).Draw(t, "records"),
			Exercise: rapid.String().Draw(t, "exercise"),
		}
	})
}

func genAuditReport() *rapid.Generator[restpause.AuditReport] {
	return rapid.Custom(func(t *rapid.T) restpause.AuditReport {
		return restpause.AuditReport{
			Findings:   rapid.SliceOfN(genFinding(), 0, 4).Draw(t, "findings"),
			Unresolved: rapid.SliceOf(rapid.Int()).Draw(t, "unresolved"),
		}
	})
}

// genPlanner draws planner settings that Plan accepts.
func genPlanner() *rapid.Generator[restpause.Planner] {
	return rapid.Custom(func(t *rapid.T) restpause.Planner {
		return restpause.Planner{
			Limit:        rapid.IntRange(0, 1<<20).Draw(t, "limit"),
			MaxBursts:    rapid.IntRange(0, restpause.BurstsLimit).Draw(t, "max bursts"),
			MaxBurstReps: rapid.IntRange(0, restpause.RepsLimit).Draw(t, "max burst reps"),
			BurstRest:    gen.Duration(restpause.DurationLimit).Draw(t, "burst rest"),
			RepTime:      gen.Duration(restpause.DurationLimit).Draw(t, "rep time"),
			MinSaving:    gen.Duration(restpause.DurationLimit).Draw(t, "min saving"),
		}
	})
}
