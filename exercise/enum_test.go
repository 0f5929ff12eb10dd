package exercise_test

import (
	"testing"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/enum/enumtest"
)

// TestEnumContract runs the shared enum contract on every enum of the
// package. The names are the JSON spellings of the catalog format, written
// out here so that a change to a table shows as a failing test.
func TestEnumContract(t *testing.T) {
	enumtest.Run[exercise.Mechanics](t, "Mechanics", "mechanics", "unknown", "isolation", "compound")
	enumtest.Run[exercise.Skill](t, "Skill", "skill", "unknown", "low", "moderate", "high")
	enumtest.Run[exercise.Equipment](t, "Equipment", "equipment",
		"unknown", "machine", "smith-machine", "cable", "dumbbell", "barbell", "ez-bar",
		"kettlebell", "bodyweight", "band", "medicine-ball", "stability-ball", "foam-roller", "other")
	enumtest.Run[exercise.Category](t, "Category", "category",
		"unknown", "strength", "powerlifting", "olympic-weightlifting", "plyometrics",
		"strongman", "stretching", "cardio")
	enumtest.Run[exercise.Stability](t, "Stability", "stability",
		"unknown", "guided", "supported", "self-stabilised", "unstable")
	enumtest.Run[exercise.Limiter](t, "Limiter", "limiter",
		"unknown", "target-muscle", "grip", "conditioning", "balance", "bracing")
	enumtest.Run[exercise.StopSafety](t, "StopSafety", "stop_safety", "unknown", "easy", "careful", "hard")
	enumtest.Run[exercise.SpinalLoad](t, "SpinalLoad", "spinal_load", "unknown", "none", "light", "heavy")
	enumtest.Run[exercise.FormDrift](t, "FormDrift", "form_drift", "unknown", "low", "moderate", "high")
	enumtest.Run[exercise.Muscle](t, "Muscle", "muscle",
		"unknown", "abdominals", "abductors", "adductors", "biceps", "calves", "chest",
		"forearms", "glutes", "hamstrings", "lats", "lower-back", "middle-back", "neck",
		"quadriceps", "shoulders", "traps", "triceps")
	enumtest.Run[exercise.Verdict](t, "Verdict", "verdict", "unknown", "suitable", "caution", "unsuitable")
	enumtest.Run[exercise.Reason](t, "Reason", "reason",
		"unknown", "unknown-traits", "not-resistance", "ballistic", "high-skill", "moderate-skill",
		"unstable", "self-stabilised-compound", "grip-limited", "conditioning-limited",
		"balance-limited", "bracing-limited", "careful-stop", "hard-stop", "spinal-load",
		"form-drift", "changes-exercise")
}
