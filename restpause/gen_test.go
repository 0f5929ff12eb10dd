package restpause_test

import (
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
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
