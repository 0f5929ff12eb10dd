package progression_test

import (
	"math"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// The generators of the package's wire types for the JSON round-trip
// properties. Each draws valid values over the whole range its type's JSON
// must carry, zero values included.

func genAction() *rapid.Generator[progression.Action] {
	return gen.Enum(progression.ActionUnknown, progression.ActionChangeExercise)
}

func genReason() *rapid.Generator[progression.Reason] {
	return gen.Enum(progression.ReasonUnknown, progression.ReasonRepeatedTrouble)
}

// genReasons draws any set of the named reasons.
func genReasons() *rapid.Generator[progression.Reasons] {
	return rapid.Custom(func(t *rapid.T) progression.Reasons {
		var s progression.Reasons
		for r := progression.ReasonUnknown + 1; r <= progression.ReasonRepeatedTrouble; r++ {
			if rapid.Bool().Draw(t, r.String()) {
				s = s.With(r)
			}
		}
		return s
	})
}

func genUnit() *rapid.Generator[repkit.Unit] { return gen.Enum(repkit.UnitUnknown, repkit.UnitGram) }

func genKind() *rapid.Generator[repkit.LoadKind] {
	return gen.Enum(repkit.LoadExternal, repkit.LoadAssisted)
}

// genLoad draws a load from 0 to 2000 kg.
func genLoad() *rapid.Generator[repkit.Load] { return gen.Load(0, 2000*repkit.Kilogram) }

// genRange draws the zero range or a valid one.
func genRange() *rapid.Generator[repkit.RepRange] {
	return rapid.OneOf(rapid.Just(repkit.RepRange{}), genSetRange())
}

// genSetRange draws a valid range that is set: 1 <= Min <= Max <= 1000.
func genSetRange() *rapid.Generator[repkit.RepRange] {
	return rapid.Custom(func(t *rapid.T) repkit.RepRange {
		lo := rapid.IntRange(1, 1000).Draw(t, "min")
		return repkit.RepRange{Min: lo, Max: rapid.IntRange(lo, 1000).Draw(t, "max")}
	})
}

func genCount() *rapid.Generator[int] { return rapid.IntRange(0, 1000) }

func genWorkSet() *rapid.Generator[progression.WorkSet] {
	return rapid.Custom(func(t *rapid.T) progression.WorkSet {
		return progression.WorkSet{Reps: genCount().Draw(t, "reps"), Effort: gen.Effort().Draw(t, "effort")}
	})
}

// genWorkSets draws nil (no sets) or one to five sets.
func genWorkSets() *rapid.Generator[[]progression.WorkSet] {
	return rapid.Custom(func(t *rapid.T) []progression.WorkSet {
		if rapid.Bool().Draw(t, "no sets") {
			return nil
		}
		return rapid.SliceOfN(genWorkSet(), 1, 5).Draw(t, "sets")
	})
}

func genPrescription() *rapid.Generator[progression.Prescription] {
	return rapid.Custom(func(t *rapid.T) progression.Prescription {
		return progression.Prescription{Load: genLoad().Draw(t, "load"), Sets: genCount().Draw(t, "sets"), Reps: genCount().Draw(t, "reps")}
	})
}

func genPerformance() *rapid.Generator[progression.Performance] {
	return rapid.Custom(func(t *rapid.T) progression.Performance {
		return progression.Performance{Load: genLoad().Draw(t, "load"), Sets: genWorkSets().Draw(t, "sets")}
	})
}

func genRecommendation() *rapid.Generator[progression.Recommendation] {
	return rapid.Custom(func(t *rapid.T) progression.Recommendation {
		return progression.Recommendation{
			Action: genAction().Draw(t, "action"), Reason: genReason().Draw(t, "reason"),
			Load: genLoad().Draw(t, "load"), From: genLoad().Draw(t, "from"),
			Sets: genCount().Draw(t, "sets"), Reps: genCount().Draw(t, "reps"), Range: genRange().Draw(t, "range"),
			Set: genCount().Draw(t, "set"), Got: genCount().Draw(t, "got"), Want: genCount().Draw(t, "want"),
			Unit: genUnit().Draw(t, "unit"),
		}
	})
}

func genStall() *rapid.Generator[progression.Stall] {
	return rapid.Custom(func(t *rapid.T) progression.Stall {
		return progression.Stall{
			Reason: genReason().Draw(t, "reason"), Since: genCount().Draw(t, "since"), Best: genCount().Draw(t, "best"),
			BestLoad: genLoad().Draw(t, "best load"), BestReps: genCount().Draw(t, "best reps"),
			From: genLoad().Draw(t, "from"), Deload: genLoad().Draw(t, "deload"),
			Percent: rapid.IntRange(0, 50).Draw(t, "percent"), Unit: genUnit().Draw(t, "unit"),
		}
	})
}

// genTrouble draws a Trouble that passes the Coach's checks: Weeks at most
// Window, and Switch only with a week of trouble.
func genTrouble() *rapid.Generator[progression.Trouble] {
	return rapid.Custom(func(t *rapid.T) progression.Trouble {
		w := rapid.IntRange(0, 52).Draw(t, "window")
		n := rapid.IntRange(0, w).Draw(t, "weeks")
		return progression.Trouble{Weeks: n, Window: w, Switch: n > 0 && rapid.Bool().Draw(t, "switch")}
	})
}

func genSignals() *rapid.Generator[restpause.Signals] {
	return rapid.Custom(func(t *rapid.T) restpause.Signals {
		return restpause.Signals{
			RangeShortened: rapid.Bool().Draw(t, "range shortened"), Momentum: rapid.Bool().Draw(t, "momentum"),
			Discomfort:       rapid.IntRange(0, restpause.MaxDiscomfort).Draw(t, "discomfort"),
			DiscomfortRising: rapid.Bool().Draw(t, "rising"), PainOrNerve: rapid.Bool().Draw(t, "pain"),
			TechniqueLost: rapid.Bool().Draw(t, "technique"), TargetNotLimiting: rapid.Bool().Draw(t, "target"),
		}
	})
}

// genOuting draws an Outing without rest-pause records: those are package
// restpause's wire type, with round-trip properties of their own.
func genOuting() *rapid.Generator[progression.Outing] {
	return rapid.Custom(func(t *rapid.T) progression.Outing {
		return progression.Outing{
			Date: gen.TimeOrZero(true).Draw(t, "date"), Load: genLoad().Draw(t, "load"),
			Sets: genWorkSets().Draw(t, "sets"), Signals: genSignals().Draw(t, "signals"),
			Want: genPrescription().Draw(t, "want"),
		}
	})
}

func genNextTime() *rapid.Generator[progression.NextTime] {
	return rapid.Custom(func(t *rapid.T) progression.NextTime {
		return progression.NextTime{
			Action: genAction().Draw(t, "action"), Lead: genReason().Draw(t, "lead"), Why: genReasons().Draw(t, "why"),
			Load: genLoad().Draw(t, "load"), From: genLoad().Draw(t, "from"),
			Reps: genCount().Draw(t, "reps"), Again: rapid.Bool().Draw(t, "again"), Sets: genCount().Draw(t, "sets"),
			Range: genRange().Draw(t, "range"), Got: genCount().Draw(t, "got"), Want: genCount().Draw(t, "want"),
			Steps: genCount().Draw(t, "steps"), Percent: rapid.IntRange(0, 50).Draw(t, "percent"),
			Cut: rapid.IntRange(0, 1000).Draw(t, "cut"), Since: genCount().Draw(t, "since"),
			Best: genLoad().Draw(t, "best"), BestReps: genCount().Draw(t, "best reps"),
			BestVolume: genCount().Draw(t, "best volume"), Prescribed: genLoad().Draw(t, "prescribed"),
			Away: gen.Duration(math.MaxInt64).Draw(t, "away"), Total: rapid.Bool().Draw(t, "total"),
			RestPause: rapid.Bool().Draw(t, "rest pause"), Unit: genUnit().Draw(t, "unit"),
			TroubleWeeks: rapid.IntRange(0, 52).Draw(t, "trouble weeks"), TroubleWindow: rapid.IntRange(0, 52).Draw(t, "trouble window"),
			Kind: genKind().Draw(t, "kind"),
		}
	})
}

// genDoubleProgression, genSumOfReps and genStallRule draw settings that
// pass their checks, a range set where one is required; Weights is not
// wire data and stays nil.

// genCoach draws the settings of a Coach that pass its checks; Weights is
// not wire data and stays nil.
func genCoach() *rapid.Generator[progression.Coach] {
	return rapid.Custom(func(t *rapid.T) progression.Coach {
		return progression.Coach{
			Unit: genUnit().Draw(t, "unit"), Range: genRange().Draw(t, "range"), Total: genRange().Draw(t, "total"),
			MinRIR: gen.RIR().Draw(t, "min rir"), MinFirstReps: genCount().Draw(t, "min first reps"),
			StallSessions: genCount().Draw(t, "stall sessions"), DeloadPercent: rapid.IntRange(0, 50).Draw(t, "deload percent"),
			ReturnGap: gen.Duration(math.MaxInt64).Draw(t, "return gap"), MaxSteps: rapid.IntRange(0, 100).Draw(t, "max steps"),
			Kind: genKind().Draw(t, "kind"), Bodyweight: genLoad().Draw(t, "bodyweight"), Trouble: genTrouble().Draw(t, "trouble"),
		}
	})
}

func genDoubleProgression() *rapid.Generator[progression.DoubleProgression] {
	return rapid.Custom(func(t *rapid.T) progression.DoubleProgression {
		return progression.DoubleProgression{Range: genSetRange().Draw(t, "range"), MinRIR: gen.RIR().Draw(t, "min rir"), Unit: genUnit().Draw(t, "unit")}
	})
}

func genSumOfReps() *rapid.Generator[progression.SumOfReps] {
	return rapid.Custom(func(t *rapid.T) progression.SumOfReps {
		return progression.SumOfReps{
			Total: genSetRange().Draw(t, "total"), MinFirstReps: genCount().Draw(t, "min first reps"),
			TooHeavyCut: rapid.IntRange(0, 50).Draw(t, "too heavy cut"), Unit: genUnit().Draw(t, "unit"),
		}
	})
}

func genStallRule() *rapid.Generator[progression.StallRule] {
	return rapid.Custom(func(t *rapid.T) progression.StallRule {
		return progression.StallRule{
			Sessions: genCount().Draw(t, "sessions"), DeloadPercent: rapid.IntRange(0, 50).Draw(t, "deload percent"),
			Unit: genUnit().Draw(t, "unit"), Range: genRange().Draw(t, "range"),
		}
	})
}
