package exercise

import "github.com/repkit/repkit"

// IsMainLift reports whether ex, logged with loads of kind k, is a main
// lift: one whose load is the weight moved ([repkit.LoadExternal]) and
// that [Classify] rates [Unsuitable] for rest-pause (the squat, the bench
// press, the deadlift: high-skill, heavily loaded lifts kept to straight
// sets). Its e1RM trend is what a fatigue monitor watches; an e1RM of
// added body-weight load or of assistance means nothing without the
// lifter's body weight, so those kinds are never main lifts. The zero
// Exercise is not one. It is a pure function of its arguments, safe for
// concurrent use.
func IsMainLift(ex Exercise, k repkit.LoadKind) bool {
	return k == repkit.LoadExternal && Classify(ex).Verdict == Unsuitable
}
