package exercise

// An Assessment is [Classify]'s answer: a verdict and every reason behind
// it. The zero value (VerdictUnknown, no reasons) means "not assessed". It
// is a value, safe for concurrent use. Its JSON names the verdict and
// lists the reasons' codes in constant order:
//
//	{"verdict":"unsuitable","reasons":["moderate-skill","hard-stop"]}
//
// The zero Assessment is {"verdict":"unknown","reasons":[]}.
type Assessment struct {
	Verdict Verdict `json:"verdict"` // Suitable, Caution or Unsuitable from Classify
	Reasons Reasons `json:"reasons"` // every reason behind the verdict; [] for none
}

// Advice returns what to do instead, from the most severe reason (the first
// such in [Reasons.All] order), or "" when there is nothing to change.
func (a Assessment) Advice() string {
	var best Reason
	for r := range a.Reasons.All() {
		if r.Severity() > best.Severity() {
			best = r
		}
	}
	return best.Advice()
}

// Classify judges how well ex suits rest-pause training by the guide's
// rule: stable, lower-skill exercises where the target muscle, not balance
// or bracing, limits the set, with an easy rerack or stop point, and where
// technique stays recognisable as reps slow. It judges the exercise only;
// the lifter, their readiness and the session are judged elsewhere.
//
// Each trait contributes reasons independently:
//
//   - Category [Stretching] or [Cardio]: [ReasonNotResistance] (unsuitable).
//   - Ballistic: [ReasonBallistic] (unsuitable).
//   - Skill: moderate gives [ReasonModerateSkill] (caution); high gives
//     [ReasonHighSkill] (unsuitable).
//   - Stability: [Unstable] gives [ReasonUnstable] (unsuitable);
//     [SelfStabilised] with [Compound] mechanics gives
//     [ReasonSelfStabilisedCompound] (caution).
//   - Limiter: grip gives [ReasonGripLimited] (caution); conditioning,
//     balance and bracing give their reasons (unsuitable).
//   - StopSafety: careful gives [ReasonCarefulStop] (caution); hard gives
//     [ReasonHardStop] (unsuitable).
//   - SpinalLoad heavy: [ReasonSpinalLoad] (caution).
//   - FormDrift: moderate gives [ReasonFormDrift] (caution); high gives
//     [ReasonChangesExercise] (unsuitable).
//   - Any of Mechanics, Skill, Stability, Limiter, StopSafety, SpinalLoad or
//     FormDrift unknown (or outside its named values):
//     [ReasonUnknownTraits] (caution): an exercise is never cleared on
//     missing information.
//
// The verdict is the worst severity among the reasons, or [Suitable] when
// there are none. Because every trait's values are ordered best to worst
// and each rule only looks further down that order, making any single trait
// worse never improves the verdict. Classify is deterministic, does not
// allocate and is safe for concurrent use.
func Classify(ex Exercise) Assessment {
	var rs Reasons
	add := func(cond bool, r Reason) {
		if cond {
			rs |= 1 << r
		}
	}
	add(ex.Category == Stretching || ex.Category == Cardio, ReasonNotResistance)
	add(ex.Ballistic, ReasonBallistic)
	add(ex.Skill == SkillModerate, ReasonModerateSkill)
	add(ex.Skill == SkillHigh, ReasonHighSkill)
	add(ex.Stability == Unstable, ReasonUnstable)
	add(ex.Stability == SelfStabilised && ex.Mechanics == Compound, ReasonSelfStabilisedCompound)
	add(ex.Limiter == Grip, ReasonGripLimited)
	add(ex.Limiter == Conditioning, ReasonConditioningLimited)
	add(ex.Limiter == Balance, ReasonBalanceLimited)
	add(ex.Limiter == Bracing, ReasonBracingLimited)
	add(ex.StopSafety == StopCareful, ReasonCarefulStop)
	add(ex.StopSafety == StopHard, ReasonHardStop)
	add(ex.SpinalLoad == SpinalHeavy, ReasonSpinalLoad)
	add(ex.FormDrift == DriftModerate, ReasonFormDrift)
	add(ex.FormDrift == DriftHigh, ReasonChangesExercise)
	add(unknownTraits(ex), ReasonUnknownTraits)

	v := rs.Severity()
	if v == VerdictUnknown {
		v = Suitable
	}
	return Assessment{Verdict: v, Reasons: rs}
}

// unknownTraits reports whether a trait Classify needs is unknown or
// outside its named values.
func unknownTraits(ex Exercise) bool {
	known := func(v uint8, n int) bool { return v != 0 && int(v) < n }
	return !known(uint8(ex.Mechanics), len(mechanicsNames)) ||
		!known(uint8(ex.Skill), len(skillNames)) ||
		!known(uint8(ex.Stability), len(stabilityNames)) ||
		!known(uint8(ex.Limiter), len(limiterNames)) ||
		!known(uint8(ex.StopSafety), len(stopSafetyNames)) ||
		!known(uint8(ex.SpinalLoad), len(spinalLoadNames)) ||
		!known(uint8(ex.FormDrift), len(formDriftNames))
}
