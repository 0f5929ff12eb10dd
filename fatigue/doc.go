// Package fatigue describes effort and recovery: reps in reserve, the
// RIR-based RPE scale, and optional effort ratings in logs.
//
// # The effort scale
//
// [RIR] counts reps in reserve (0 is failure). [RPE] is the RIR-based rating
// of perceived exertion of Zourdos et al. (2016), "Novel resistance
// training-specific rating of perceived exertion scale measuring repetitions
// in reserve", J Strength Cond Res 30(1), and Helms et al. (2016),
// "Application of the repetitions in reserve-based rating of perceived
// exertion scale for resistance training", Strength Cond J 38(4):
//
//	RPE  meaning                                          RIR
//	10   maximal effort                                   0
//	9.5  no further rep, but slightly more load possible  0-1
//	9    one more rep                                     1
//	8.5  one, maybe two more reps                         1-2
//	8    two more reps                                    2
//	7.5  two or three more reps                           2-3
//	7    three more reps                                  3
//	5-6  four to six more reps                            4-6
//	3-4  light effort
//	1-2  little to no effort
//
// Half points are intervals between whole RIR values, not fractional reps:
// [RPE.RIR] returns an [RIRRange]. [RIR.RPE] goes the other way. Strong's
// published map for RPE 6 to 10 agrees with this table.
//
// A log entry's effort is an [Effort]: recorded as RIR ([AtRIR]), as RPE
// ([AtRPE]), or not recorded at all, which is its zero value. Absence is
// never read as failure. [ParseEffort] reads "rir 2", "RPE 8.5" and "@9";
// errors are [*EffortError] values wrapping [ErrSyntax], [ErrRange] or
// [ErrNotFinite].
//
// All types in this package are values, safe for concurrent use.
package fatigue
