package exercise_test

import (
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/gen"
)

// Value counts of each enum, Unknown included, as the package declares them.
const (
	nEquipment  = int(exercise.OtherEquipment) + 1
	nCategory   = int(exercise.Cardio) + 1
	nMechanics  = int(exercise.Compound) + 1
	nSkill      = int(exercise.SkillHigh) + 1
	nStability  = int(exercise.Unstable) + 1
	nLimiter    = int(exercise.Bracing) + 1
	nStopSafety = int(exercise.StopHard) + 1
	nSpinal     = int(exercise.SpinalHeavy) + 1
	nDrift      = int(exercise.DriftHigh) + 1
	nMuscle     = int(exercise.Triceps) + 1
)

// enumGen draws a value of an enum with n values; from 1 when known is set.
func enumGen[T ~uint8](n int, known bool) *rapid.Generator[T] {
	first := T(0)
	if known {
		first = 1
	}
	return gen.Enum(first, T(n-1))
}

// musclesGen draws any set of known muscles.
func musclesGen() *rapid.Generator[exercise.Muscles] {
	return rapid.Custom(func(t *rapid.T) exercise.Muscles {
		var s exercise.Muscles
		for _, m := range rapid.SliceOfN(rapid.IntRange(1, nMuscle-1), 0, 5).Draw(t, "muscles") {
			s |= exercise.MusclesOf(exercise.Muscle(m))
		}
		return s
	})
}

// exerciseGen draws a valid exercise; with known set, every trait Classify
// reads is known.
func exerciseGen(known bool) *rapid.Generator[exercise.Exercise] {
	return rapid.Custom(func(t *rapid.T) exercise.Exercise {
		return exercise.Exercise{
			ID:             rapid.StringMatching(`[a-z0-9][a-z0-9-]{0,20}`).Draw(t, "id"),
			Name:           rapid.StringMatching(`[A-Za-z][A-Za-z0-9 ()'-]{0,30}`).Draw(t, "name"),
			Aliases:        rapid.SliceOfN(rapid.StringN(1, 20, -1), 0, 3).Draw(t, "aliases"),
			PrimaryMuscles: musclesGen().Draw(t, "muscles"),
			Category:       enumGen[exercise.Category](nCategory, false).Draw(t, "category"),
			Equipment:      enumGen[exercise.Equipment](nEquipment, false).Draw(t, "equipment"),
			Mechanics:      enumGen[exercise.Mechanics](nMechanics, known).Draw(t, "mechanics"),
			Skill:          enumGen[exercise.Skill](nSkill, known).Draw(t, "skill"),
			Stability:      enumGen[exercise.Stability](nStability, known).Draw(t, "stability"),
			Limiter:        enumGen[exercise.Limiter](nLimiter, known).Draw(t, "limiter"),
			StopSafety:     enumGen[exercise.StopSafety](nStopSafety, known).Draw(t, "stop"),
			SpinalLoad:     enumGen[exercise.SpinalLoad](nSpinal, known).Draw(t, "spinal"),
			FormDrift:      enumGen[exercise.FormDrift](nDrift, known).Draw(t, "drift"),
			Ballistic:      rapid.Bool().Draw(t, "ballistic"),
			LoadKind:       rapid.SampledFrom([]repkit.LoadKind{repkit.LoadExternal, repkit.LoadBodyweight, repkit.LoadAssisted}).Draw(t, "loadKind"),
		}
	})
}
