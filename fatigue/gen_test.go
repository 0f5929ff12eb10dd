package fatigue

import (
	"math"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit/internal/gen"
)

// The generators of the package's wire types for the JSON round-trip
// properties. Each draws valid values over the whole range its type's JSON
// must carry, zero values included.

func genConcern() *rapid.Generator[Concern] { return gen.Enum(ConcernUnknown, ConcernMarked) }

func genCheckIn() *rapid.Generator[CheckIn] {
	return rapid.Custom(func(t *rapid.T) CheckIn {
		return CheckIn{
			Sleep:   gen.Duration(24*time.Hour).Draw(t, "sleep"),
			Dieting: genConcern().Draw(t, "dieting"), Endurance: genConcern().Draw(t, "endurance"),
			Soreness: genConcern().Draw(t, "soreness"), Joints: genConcern().Draw(t, "joints"),
			LowMotivation: genConcern().Draw(t, "low motivation"), MissedLifts: rapid.IntRange(0, 1000).Draw(t, "missed"),
		}
	})
}

func genReasons() *rapid.Generator[Reasons] {
	return rapid.Custom(func(t *rapid.T) Reasons {
		var s Reasons
		for r := ReasonUnknown + 1; r < reasonEnd; r++ {
			if rapid.Bool().Draw(t, r.String()) {
				s |= 1 << r
			}
		}
		return s
	})
}

func genConditions() *rapid.Generator[Conditions] {
	return rapid.Custom(func(t *rapid.T) Conditions {
		var s Conditions
		for c := ConditionUnknown + 1; c < conditionEnd; c++ {
			if rapid.Bool().Draw(t, c.String()) {
				s = s.With(c)
			}
		}
		return s
	})
}

func genSigns() *rapid.Generator[Signs] {
	return rapid.Custom(func(t *rapid.T) Signs {
		var s Signs
		for g := SignUnknown + 1; g < signEnd; g++ {
			if rapid.Bool().Draw(t, g.String()) {
				s |= 1 << g
			}
		}
		return s
	})
}

func genLifter() *rapid.Generator[Lifter] {
	return rapid.Custom(func(t *rapid.T) Lifter {
		return Lifter{Experience: gen.Enum(ExperienceUnknown, Advanced).Draw(t, "experience"), Conditions: genConditions().Draw(t, "conditions")}
	})
}

func genReadiness() *rapid.Generator[Readiness] {
	return rapid.Custom(func(t *rapid.T) Readiness {
		return Readiness{Dose: gen.Enum(DoseUnknown, DoseNone).Draw(t, "dose"), Reasons: genReasons().Draw(t, "reasons"), Conditions: genConditions().Draw(t, "conditions")}
	})
}

func genAdvice() *rapid.Generator[Advice] {
	return rapid.Custom(func(t *rapid.T) Advice {
		return Advice{
			Response: gen.Enum(ResponseUnknown, ResponseNotEnoughData).Draw(t, "response"), Signs: genSigns().Draw(t, "signs"),
			Lift: rapid.String().Draw(t, "lift"), Drop: rapid.Float64Range(-1e6, 1e6).Draw(t, "drop"),
			BaselineE1RM: gen.Load(0, 1000*kg).Draw(t, "baseline"), RecentE1RM: gen.Load(0, 1000*kg).Draw(t, "recent"),
			Compared: rapid.IntRange(0, 1000).Draw(t, "compared"), Dropping: rapid.IntRange(0, 1000).Draw(t, "dropping"),
			RestPauseRecent: rapid.Bool().Draw(t, "rest pause recent"),
		}
	})
}

func genMeasure() *rapid.Generator[Measure] {
	return rapid.Custom(func(t *rapid.T) Measure {
		return Measure{Date: gen.Time(true).Draw(t, "date"), Lift: rapid.String().Draw(t, "lift"), E1RM: gen.Load(1, 1000*kg).Draw(t, "e1rm")}
	})
}

func genNote() *rapid.Generator[Note] {
	return rapid.Custom(func(t *rapid.T) Note {
		return Note{
			Date: gen.Time(true).Draw(t, "date"), RestPause: rapid.Bool().Draw(t, "rest pause"), ToFailure: rapid.Bool().Draw(t, "to failure"),
			Soreness: genConcern().Draw(t, "soreness"), Joints: genConcern().Draw(t, "joints"), LowMotivation: genConcern().Draw(t, "motivation"),
		}
	})
}

// orNil draws nil (an empty list, which JSON leaves out) or one to four
// values.
func orNil[T any](g *rapid.Generator[T]) *rapid.Generator[[]T] {
	return rapid.Custom(func(t *rapid.T) []T {
		if rapid.Bool().Draw(t, "empty") {
			return nil
		}
		return rapid.SliceOfN(g, 1, 4).Draw(t, "list")
	})
}

func genTrainingLog() *rapid.Generator[TrainingLog] {
	return rapid.Custom(func(t *rapid.T) TrainingLog {
		return TrainingLog{Measures: orNil(genMeasure()).Draw(t, "measures"), Notes: orNil(genNote()).Draw(t, "notes")}
	})
}

func genCycle() *rapid.Generator[Cycle] {
	return rapid.Custom(func(t *rapid.T) Cycle {
		return Cycle{
			Phase:      gen.Enum(PhaseUnknown, PhaseCruising).Draw(t, "phase"),
			BlastStart: gen.TimeOrZero(true).Draw(t, "blast start"), LastHard: gen.TimeOrZero(true).Draw(t, "last hard"),
			Blast:      time.Duration(rapid.Int64().Draw(t, "blast")),
			CruiseFrom: gen.TimeOrZero(true).Draw(t, "cruise from"), CruiseBy: gen.TimeOrZero(true).Draw(t, "cruise by"),
		}
	})
}

// genBlastCruise draws settings that pass the checks: no negative
// duration, no minimum above its maximum once the defaults fill in.
func genBlastCruise() *rapid.Generator[BlastCruise] {
	d := gen.Duration(math.MaxInt64)
	return rapid.Custom(func(t *rapid.T) BlastCruise {
		return BlastCruise{BlastMin: d.Draw(t, "blast min"), BlastMax: d.Draw(t, "blast max"), CruiseMin: d.Draw(t, "cruise min"), CruiseMax: d.Draw(t, "cruise max")}
	}).Filter(func(bc BlastCruise) bool { return bc.validate() == nil })
}

// genMonitor draws settings that pass the checks: no negative window or
// minimum, a dip and a drop from 0 to below 1 with the dip no larger.
func genMonitor() *rapid.Generator[Monitor] {
	d := gen.Duration(math.MaxInt64)
	frac := rapid.OneOf(rapid.Just(0.0), rapid.Float64Range(0, 0.999))
	return rapid.Custom(func(t *rapid.T) Monitor {
		return Monitor{Recent: d.Draw(t, "recent"), Baseline: d.Draw(t, "baseline"), MinPoints: rapid.IntRange(0, 1000).Draw(t, "min points"),
			Dip: frac.Draw(t, "dip"), Drop: frac.Draw(t, "drop")}
	}).Filter(func(m Monitor) bool { return m.validate() == nil })
}
