package exercise

import (
	"encoding/json"
	"iter"

	"github.com/repkit/repkit"
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

// MarshalJSON writes the set as a JSON array of names in constant order,
// such as ["chest","triceps"]. A bit outside the known groups is an error.
func (s Muscles) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	for m := range s.All() {
		name, err := m.MarshalText()
		if err != nil || m == MuscleUnknown {
			return nil, &FieldError{Field: "primaryMuscles", Value: m.String(), Err: repkit.ErrUnknownName}
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads a JSON array of muscle names (or null, the empty set).
// An unknown name is an error wrapping [repkit.ErrUnknownName]; on error s is
// unchanged.
func (s *Muscles) UnmarshalJSON(data []byte) error {
	var names []Muscle
	if err := json.Unmarshal(data, &names); err != nil {
		return err
	}
	var set Muscles
	for _, m := range names {
		if m == MuscleUnknown {
			return &FieldError{Field: "primaryMuscles", Value: "unknown", Err: repkit.ErrUnknownName}
		}
		set |= 1 << m
	}
	*s = set
	return nil
}
