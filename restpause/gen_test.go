package restpause_test

import (
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

// Generators of valid values, shared by the property tests.

func genEffort() *rapid.Generator[repkit.Effort] {
	return rapid.Custom(func(t *rapid.T) repkit.Effort {
		switch rapid.IntRange(0, 2).Draw(t, "scale") {
		case 1:
			return repkit.AtRIR(repkit.RIR(rapid.IntRange(0, int(repkit.MaxRIR)).Draw(t, "rir")))
		case 2:
			return repkit.AtRPE(repkit.RPE(float64(rapid.IntRange(2, 20).Draw(t, "rpe2")) / 2))
		}
		return repkit.Effort{}
	})
}

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

func genDuration(label string) *rapid.Generator[time.Duration] {
	return rapid.Custom(func(t *rapid.T) time.Duration {
		if rapid.Bool().Draw(t, label+" zero") {
			return 0
		}
		return time.Duration(rapid.Int64Range(0, int64(restpause.DurationLimit)).Draw(t, label))
	})
}

// genBurst draws a valid burst; activation bursts have no rest.
func genBurst(activation bool) *rapid.Generator[restpause.Burst] {
	return rapid.Custom(func(t *rapid.T) restpause.Burst {
		b := restpause.Burst{
			Reps:    rapid.IntRange(0, 25).Draw(t, "reps"),
			Work:    genDuration("work").Draw(t, "work"),
			Effort:  genEffort().Draw(t, "effort"),
			Signals: genSignals().Draw(t, "signals"),
		}
		if !activation {
			b.Rest = genDuration("rest").Draw(t, "rest")
		}
		if rapid.Bool().Draw(t, "has velocity") {
			b.MeanVelocity = rapid.Float64Range(0, restpause.VelocityLimit).Draw(t, "velocity")
		}
		return b
	})
}

func genDate() *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		sec := rapid.Int64Range(-62135596800, 253402300799-14*3600).Draw(t, "unix") // years 1 to 9999
		nsec := rapid.Int64Range(0, 999999999).Draw(t, "nsec")
		offMin := rapid.IntRange(-12*60, 14*60).Draw(t, "offset minutes")
		loc := time.UTC
		if offMin != 0 {
			loc = time.FixedZone("", offMin*60)
		}
		return time.Unix(sec, nsec).In(loc)
	})
}

// genDecision draws a decision about a set of bursts bursts.
func genDecision(bursts int) *rapid.Generator[restpause.Decision] {
	return rapid.Custom(func(t *rapid.T) restpause.Decision {
		return restpause.Decision{
			Reason: restpause.StopReason(rapid.IntRange(0, int(restpause.StopBurstLimit)).Draw(t, "reason")),
			Burst:  rapid.IntRange(restpause.ActivationSet, bursts).Draw(t, "burst"),
			Signal: restpause.Signal(rapid.IntRange(0, int(restpause.SignalDiscomfortRising)).Draw(t, "signal")),
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
			Date:       genDate().Draw(t, "date"),
			ExerciseID: rapid.String().Draw(t, "exercise id"),
			Exercise:   rapid.String().Draw(t, "exercise"),
			Protocol:   rapid.String().Draw(t, "protocol"),
			Load:       repkit.Load(rapid.Int64Range(0, int64(restpause.LoadLimit)).Draw(t, "load")),
			Activation: genBurst(true).Draw(t, "activation"),
			Bursts:     rapid.SliceOfN(genBurst(false), 0, maxBursts).Draw(t, "bursts"),
			Notes:      rapid.String().Draw(t, "notes"),
		}
		r.Stop = genDecision(len(r.Bursts)).Draw(t, "stop")
		return r
	})
}
