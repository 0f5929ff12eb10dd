package progression

import (
	"math"

	"github.com/repkit/repkit"
)

// A Formula estimates a one-repetition maximum (e1RM) from a set of reps at
// a load. The zero Formula is FormulaUnknown, which estimates nothing.
//
// Every formula is a regression fitted on sets of few reps, and estimates
// drift apart and lose accuracy past about 10 reps (LeSuer et al. 1997, "The
// accuracy of prediction equations for estimating 1-RM performance in the
// bench press, squat, and deadlift", J Strength Cond Res 11(4), compared
// these equations on sets of 10 reps or fewer). So each formula has a valid
// rep range, [Formula.Reps], and [Formula.Estimate] returns an error wrapping
// [repkit.ErrRange] outside it rather than invent a number. A single (1 rep)
// is a measured 1RM, and every formula returns the load itself for it.
//
// The published forms used, with w the load and r the reps:
//
//	Epley (1985)              w * (1 + r/30)
//	Brzycki (1993)            w * 36 / (37 - r)
//	Lombardi (1989)           w * r^0.10
//	Mayhew et al. (1992)      100 * w / (52.2 + 41.9 * e^(-0.055 r))
//	O'Conner et al. (1989)    w * (1 + 0.025 r)
//	Wathan (1994)             100 * w / (48.8 + 53.8 * e^(-0.075 r))
//	Lander (1985)             100 * w / (101.3 - 2.67123 r)
//	RTS chart                 w / pct(r + RIR), pct from the RPE 10 row
//
// The RTS (Reactive Training Systems) chart gives the percentage of 1RM that
// r reps at a given RIR represent. Its RPE 10 (0 RIR) row for 1 to 12 reps
// is 100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7 and
// 68.0%. The other rows are derived the way the chart is built: r reps with
// k reps in reserve stand for r + k reps to failure, so they use the RPE 10
// value at r + k. The chart is therefore valid for r >= 1 and r + k <= 12;
// see [EstimateRTS]. As a Formula, FormulaRTS reads the RPE 10 row.
type Formula uint8

// The formulas.
const (
	FormulaUnknown Formula = iota
	Epley
	Brzycki
	Lombardi
	Mayhew
	OConner
	Wathan
	Lander
	FormulaRTS
)

var formulaNames = []string{
	"unknown",
	"epley",
	"brzycki",
	"lombardi",
	"mayhew",
	"oconner",
	"wathan",
	"lander",
	"rts",
}

// MaxFormulaReps is the most reps any formula other than the RTS chart
// accepts; the RTS chart accepts up to 12.
const MaxFormulaReps = 10

// Reps returns the valid rep range of f: 1 to 10 for the regression
// formulas, 1 to 12 for the RTS chart's RPE 10 row, and an empty range for
// an unknown formula.
func (f Formula) Reps() repkit.RepRange {
	switch {
	case f == FormulaRTS:
		return repkit.RepRange{Min: 1, Max: len(rtsRow)}
	case f > FormulaUnknown && f < FormulaRTS:
		return repkit.RepRange{Min: 1, Max: MaxFormulaReps}
	}
	return repkit.RepRange{}
}

// rtsRow is the RTS chart's RPE 10 row in tenths of a percent: rtsRow[r-1]
// is the share of 1RM that a set of r reps to failure represents.
var rtsRow = [...]uint64{1000, 955, 922, 892, 863, 837, 811, 786, 762, 739, 707, 680}

// Estimate returns the e1RM for reps at load with formula f, rounded to the
// nearest nanogram (the RTS chart's exactly, rounded down). Reps outside
// [Formula.Reps] are an error wrapping [repkit.ErrRange]; a negative load or an
// unknown formula, [repkit.ErrInvalid]. Estimate does not allocate on success.
func (f Formula) Estimate(load repkit.Load, reps int) (repkit.Load, error) {
	if f == FormulaUnknown || f > FormulaRTS {
		return 0, errInt("formula", int(f), repkit.ErrInvalid, "give one of the Formula constants")
	}
	if f == FormulaRTS {
		return EstimateRTS(load, reps, 0)
	}
	if load < 0 {
		return 0, errLoad("load", load, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	if rng := f.Reps(); !rng.Contains(reps) {
		return 0, errInt("reps", reps, repkit.ErrRange, f.String()+" is valid for "+rng.String()+" reps")
	}
	if reps == 1 {
		return load, nil
	}
	r := float64(reps)
	var factor float64
	switch f {
	case Epley:
		factor = 1 + r/30
	case Brzycki:
		factor = 36 / (37 - r)
	case Lombardi:
		factor = math.Pow(r, 0.10)
	case Mayhew:
		factor = 100 / (52.2 + 41.9*math.Exp(-0.055*r))
	case OConner:
		factor = 1 + 0.025*r
	case Wathan:
		factor = 100 / (48.8 + 53.8*math.Exp(-0.075*r))
	case Lander:
		factor = 100 / (101.3 - 2.67123*r)
	}
	e := math.Round(float64(load) * factor)
	if e >= math.MaxInt64 {
		return 0, errLoad("load", load, repkit.ErrRange, "give a load of at most 10000kg")
	}
	return repkit.Load(e), nil
}

// RTSPercent returns the RTS chart's percentage of 1RM, in tenths of a
// percent (922 is 92.2%), for reps with rir reps in reserve: the RPE 10 row's
// value at reps + rir. Reps below 1, an invalid rir, or reps + rir above 12
// are an error wrapping [repkit.ErrRange].
func RTSPercent(reps int, rir repkit.RIR) (int, error) {
	if err := rir.Validate(); err != nil {
		return 0, &FieldError{Field: "rir", Value: rir.String(), Err: repkit.ErrRange, Hint: "give 0 to 10"}
	}
	if reps < 1 || reps+int(rir) > len(rtsRow) {
		return 0, errInt("reps", reps, repkit.ErrRange,
			"the RTS chart covers reps + RIR from 1 to 12; here RIR is "+rir.String())
	}
	return int(rtsRow[reps+int(rir)-1]), nil
}

// EstimateRTS returns the e1RM for reps at load with rir reps in reserve,
// from the RTS chart: load / (RTSPercent / 1000), exactly, rounded down to
// the nanogram. For an RPE that means a range of RIR (RPE 8.5 is 1-2 RIR),
// pass the range's Min for the conservative (lower) estimate. Errors are as
// for [RTSPercent], plus [repkit.ErrInvalid] for a negative load.
func EstimateRTS(load repkit.Load, reps int, rir repkit.RIR) (repkit.Load, error) {
	pct, err := rtsPercentOf("load", load, reps, rir)
	if err != nil {
		return 0, err
	}
	e := mulDiv(load, 1000, uint64(pct))
	if e == repkit.MaxLoad {
		return 0, errLoad("load", load, repkit.ErrRange, "give a load of at most 10000kg")
	}
	return e, nil
}

// LoadForRTS returns the load that reps at rir reps in reserve call for,
// given an e1RM: e1RM * RTSPercent / 1000, rounded down to the nanogram (use
// [Round] to make it achievable). Errors are as for [EstimateRTS]. For a
// rest-pause activation past the chart (a 12-20-rep myo-reps set), see
// [FirstLoad] and [FirstLoadFromE1RM].
func LoadForRTS(e1RM repkit.Load, reps int, rir repkit.RIR) (repkit.Load, error) {
	pct, err := rtsPercentOf("e1rm", e1RM, reps, rir)
	if err != nil {
		return 0, err
	}
	return mulDiv(e1RM, uint64(pct), 1000), nil
}

// rtsPercentOf checks that l, the input called field, is not negative and
// returns [RTSPercent] for reps at rir.
func rtsPercentOf(field string, l repkit.Load, reps int, rir repkit.RIR) (int, error) {
	if l < 0 {
		return 0, errLoad(field, l, repkit.ErrInvalid, "give a load of 0kg or more")
	}
	return RTSPercent(reps, rir)
}
