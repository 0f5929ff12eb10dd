package exercise

import (
	"iter"

	"github.com/repkit/repkit/internal/enum"
)

// Muscle is a muscle group, named as exercise databases name them. The zero
// value is [MuscleUnknown].
type Muscle uint8

// The muscle groups, in alphabetical order.
const (
	MuscleUnknown Muscle = iota
	Abdominals
	Abductors
	Adductors
	Biceps
	Calves
	Chest
	Forearms
	Glutes
	Hamstrings
	Lats
	LowerBack
	MiddleBack
	Neck
	Quadriceps
	Shoulders
	Traps
	Triceps
)

var muscleNames = []string{
	"unknown",
	"abdominals",
	"abductors",
	"adductors",
	"biceps",
	"calves",
	"chest",
	"forearms",
	"glutes",
	"hamstrings",
	"lats",
	"lower-back",
	"middle-back",
	"neck",
	"quadriceps",
	"shoulders",
	"traps",
	"triceps",
}

// Muscles is a set of muscle groups, one bit per [Muscle]. The zero value is
// the empty set. It is a value: copying it copies the set, and no operation
// allocates except String and the JSON methods.
type Muscles uint32

// MusclesOf returns the set holding ms. It panics on a muscle outside the
// known groups, a programming mistake.
func MusclesOf(ms ...Muscle) Muscles {
	var s Muscles
	for _, m := range ms {
		if m == MuscleUnknown || int(m) >= len(muscleNames) {
			panic("exercise: MusclesOf: invalid muscle " + m.String())
		}
		s |= 1 << m
	}
	return s
}

// Has reports whether m is in the set.
func (s Muscles) Has(m Muscle) bool { return enum.Has(s, m) }

// Len returns the number of muscle groups in the set.
func (s Muscles) Len() int { return enum.Count(s) }

// All yields the muscles in the set in the order of their constants.
func (s Muscles) All() iter.Seq[Muscle] { return enum.Members(s, 0, Muscle(32)) }

// String returns the names joined by commas, such as "chest,triceps", or ""
// for the empty set.
func (s Muscles) String() string { return string(muscleText.AppendNames(nil, s.All())) }

// musclesText is the codec of [Muscles] on the wire: the muscles' names,
// with errors naming the key the set has in an [Exercise].
var musclesText = enum.New[Muscle]("Muscle", "primary_muscles", unknownTrait, muscleNames...)

// MarshalJSON writes the set as a JSON array of names in constant order,
// such as ["chest","triceps"], or [] for the empty set, through the shared
// enum-set codec. A bit outside the known groups (or MuscleUnknown's) is a
// [*FieldError] naming primary_muscles and wrapping [repkit.ErrUnknownName].
func (s Muscles) MarshalJSON() ([]byte, error) { return musclesText.AppendJSONSet(nil, s.All()) }

// UnmarshalJSON reads a JSON array of muscle names in any order (or null,
// the empty set); it also reads the comma-separated string "chest,triceps"
// that [Muscles.String] writes. An unknown name or "unknown" is a
// [*FieldError] naming primary_muscles and wrapping [repkit.ErrUnknownName];
// on error s is unchanged.
func (s *Muscles) UnmarshalJSON(data []byte) error {
	var set Muscles
	if err := musclesText.ParseJSONSet(data, func(m Muscle) { set |= 1 << m }); err != nil {
		return err
	}
	*s = set
	return nil
}
