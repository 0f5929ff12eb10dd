package mobile

import (
	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
)

// DecideNextTime returns the Coach's one decision for an exercise's next
// session, as a "next_time" wire value: one action, one load, one target
// and every reason.
//
// outingsJSON is a JSON array of "outing" wire values, the exercise's
// sessions oldest first (see [HistoryLifts] for an import's). coachJSON is
// the Coach's settings (a "coach" wire value; "" or "{}" for the
// defaults). gymJSON is the lifter's equipment (a "gym" wire value; ""
// means the common gym in the Coach's unit). equipment is the exercise's
// equipment name, such as "cable" or "barbell", which with the Coach's
// load kind picks the weights the gym can make. today is the date of the
// decision (RFC 3339) and dose today's fatigue.Dose name ("" means not
// assessed).
func DecideNextTime(outingsJSON, coachJSON, gymJSON, equipment, today, dose string) (string, error) {
	var outings []progression.Outing
	if err := decode("outings", outingsJSON, &outings); err != nil {
		return "", err
	}
	var c progression.Coach
	if coachJSON != "" {
		if err := decode("coach", coachJSON, &c); err != nil {
			return "", err
		}
	}
	var gym progression.Gym
	if gymJSON != "" {
		if err := decode("gym", gymJSON, &gym); err != nil {
			return "", err
		}
	} else {
		unit := c.Unit
		if unit == 0 {
			unit = repkit.UnitKilogram
		}
		var err error
		if gym, err = progression.CommonGym(unit); err != nil {
			return "", err
		}
	}
	var eq exercise.Equipment
	if err := eq.UnmarshalText([]byte(equipment)); err != nil {
		return "", err
	}
	w, err := gym.WeightsFor(eq, c.Kind)
	if err != nil {
		return "", err
	}
	c.Weights = w
	day, err := parseDate("today", today)
	if err != nil {
		return "", err
	}
	var d fatigue.Dose
	if dose != "" {
		if err := d.UnmarshalText([]byte(dose)); err != nil {
			return "", err
		}
	}
	next, err := c.Decide(outings, day, d)
	if err != nil {
		return "", err
	}
	return encode(next)
}
