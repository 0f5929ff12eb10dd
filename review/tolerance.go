package review

import (
	"slices"
	"strconv"
	"strings"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/volume"
)

// Trouble thresholds, repkit's choices: the guide says to stop when "joint
// discomfort rises" and to switch when "setup friction, pain, fatigue
// cost, or stalled progress becomes the main story", and names no levels.
const (
	// TroubleLevel is the joint discomfort or setup friction, of 10, that
	// makes a record trouble: [restpause.HighDiscomfort], the level at
	// which the technique guard ends a set.
	TroubleLevel = restpause.HighDiscomfort
	// TroubleWeeks of the exercise's last TroubleWindow logged weeks with
	// trouble lead to "switch": 2 of 3. Once is a bad day; twice in three
	// weeks is the main story.
	TroubleWeeks  = 2
	TroubleWindow = 3
	// RisingLevel is the joint discomfort, of 10, at which discomfort
	// that rose during a set makes the record trouble: 3, half of
	// TroubleLevel. A rise from nothing to a trace (0 to 1) is worth
	// stopping the set for, as the guide says, but not worth switching.
	RisingLevel = TroubleLevel / 2
)

// A ToleranceWeek is how one exercise was tolerated in one week, from its
// rest-pause records' typed signals ([restpause.Record.Worst],
// [restpause.Tolerance]).
type ToleranceWeek struct {
	Week       volume.Week `json:"week"`
	Records    int         `json:"records"`                 // rest-pause sets of the exercise that week
	Discomfort int         `json:"discomfort,omitzero"`     // worst joint discomfort, 0 to 10
	Rising     int         `json:"rising,omitzero"`         // records in which discomfort rose
	Pain       int         `json:"pain,omitzero"`           // records with pain or nerve symptoms
	Friction   int         `json:"setup_friction,omitzero"` // worst setup friction, 0 to 10
	Technique  int         `json:"technique,omitzero"`      // records whose activation set already showed a technique signal
	// Trouble reports that a record of the week had pain, joint
	// discomfort or setup friction at [TroubleLevel] or more, or
	// discomfort that rose during the set to [RisingLevel] or more.
	Trouble bool `json:"trouble,omitzero"`
}

// A Trend is one exercise's tolerance over the weeks it was done with
// rest-pause, and whether repeated trouble says to switch.
type Trend struct {
	Exercise   string          `json:"exercise"`
	ExerciseID string          `json:"exercise_id,omitempty"`
	Weeks      []ToleranceWeek `json:"weeks"` // in date order, weeks with a record only
	// DiscomfortChange and FrictionChange are the last week's worst level
	// less the first's over the last TroubleWindow weeks: positive is
	// worse.
	DiscomfortChange int `json:"discomfort_change,omitzero"`
	FrictionChange   int `json:"friction_change,omitzero"`
	// Switch reports trouble in [TroubleWeeks] of the last
	// [TroubleWindow] weeks, and Alternatives the catalog exercises to
	// switch to (see [Alternatives]). [Trend.Trouble] hands it to the
	// progression Coach, which then decides the change of exercise.
	Switch       bool                `json:"switch,omitzero"`
	Alternatives []exercise.Exercise `json:"alternatives,omitempty"`
}

// Sentence describes the trend to a lifter over the last [TroubleWindow]
// weeks, naming at most three alternatives, such as
//
//	Leg Extension: joint discomfort 2 to 6 of 10 over 3 weeks, rising in 2 sets, pain in 1; setup friction up to 3 of 10. Trouble in 2 of the last 3 weeks. Alternatives that train the same muscles first, suit rest-pause and fit your equipment: Machine Hack Squat.
//
// What to do next time is the progression Coach's to say
// ([progression.Coach.Trouble]); the sentence gives the evidence and the
// alternatives.
func (t Trend) Sentence() string {
	recent := t.Weeks[max(0, len(t.Weeks)-TroubleWindow):]
	first, last := recent[0], recent[len(recent)-1]
	var rising, pain, friction, troubled int
	for _, w := range recent {
		rising += w.Rising
		pain += w.Pain
		friction = max(friction, w.Friction)
		if w.Trouble {
			troubled++
		}
	}
	var b strings.Builder
	b.WriteString(t.Exercise + ": ")
	switch {
	case first.Discomfort == 0 && last.Discomfort == 0 && len(recent) > 1:
		b.WriteString("no joint discomfort over " + strconv.Itoa(len(recent)) + " weeks")
	case last.Discomfort == 0 && len(recent) == 1:
		b.WriteString("no joint discomfort in 1 week")
	case len(recent) > 1 && first.Discomfort != last.Discomfort:
		b.WriteString("joint discomfort ")
		b.WriteString(strconv.Itoa(first.Discomfort) + " to " + strconv.Itoa(last.Discomfort) + " of 10 over " + strconv.Itoa(len(recent)) + " weeks")
	case len(recent) > 1:
		b.WriteString("joint discomfort steady at " + strconv.Itoa(last.Discomfort) + " of 10 over " + strconv.Itoa(len(recent)) + " weeks")
	default:
		b.WriteString("joint discomfort " + strconv.Itoa(last.Discomfort) + " of 10 in 1 week")
	}
	if rising > 0 {
		b.WriteString(", rising in " + plural(rising, "set"))
	}
	if pain > 0 {
		b.WriteString(", pain in " + strconv.Itoa(pain))
	}
	b.WriteString("; " + frictionText(friction) + ".")
	if troubled > 0 {
		b.WriteString(" Trouble in " + strconv.Itoa(troubled) + " of the last " + plural(len(recent), "week") + ".")
	}
	switch {
	case len(t.Alternatives) > 0:
		names := make([]string, 0, 3)
		for _, a := range t.Alternatives[:min(3, len(t.Alternatives))] {
			names = append(names, a.Name)
		}
		b.WriteString(" Alternatives that train the same muscles first, suit rest-pause and fit your equipment: " + orList(names) + ".")
	case t.Switch:
		b.WriteString(" No catalog exercise trains the same muscles first, suits rest-pause and fits your equipment; straight sets with normal rest are the other way.")
	}
	return b.String()
}

// Trouble returns the trend's figures for [progression.Coach.Trouble]:
// the weeks with trouble among the last [TroubleWindow] (or fewer when
// the exercise has fewer), and Switch.
func (t Trend) Trouble() progression.Trouble {
	recent := t.Weeks[max(0, len(t.Weeks)-TroubleWindow):]
	n := 0
	for _, w := range recent {
		if w.Trouble {
			n++
		}
	}
	return progression.Trouble{Weeks: n, Window: len(recent), Switch: t.Switch}
}

// frictionText is the evidence of setup friction: "setup friction up to 3
// of 10", or "no setup friction" when there was none.
func frictionText(friction int) string {
	if friction == 0 {
		return "no setup friction"
	}
	return "setup friction up to " + strconv.Itoa(friction) + " of 10"
}

func plural(n int, s string) string {
	if n == 1 {
		return "1 " + s
	}
	return strconv.Itoa(n) + " " + s + "s"
}

func orList(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

func techniqueInActivation(s restpause.Signals) bool {
	return s.TechniqueLost || s.RangeShortened || s.Momentum || s.TargetNotLimiting
}

// Tolerances returns the tolerance trend of every exercise in records, in
// the order of its first record, with weeks cut by weeks. Switch is set by
// the rule of [Trend]; Alternatives are left for the caller
// ([Alternatives]) or the weekly review to fill.
func Tolerances(records []restpause.Record, weeks volume.Weeks) []Trend {
	order := make([]int, len(records))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return records[a].Date.Compare(records[b].Date) })
	var out []Trend
	for _, i := range order {
		r := &records[i]
		n := name(r.Exercise, r.ExerciseID)
		k := slices.IndexFunc(out, func(t Trend) bool { return t.Exercise == n })
		if k < 0 {
			out = append(out, Trend{Exercise: n, ExerciseID: r.ExerciseID})
			k = len(out) - 1
		}
		t := &out[k]
		wk := weeks.Of(r.Date)
		if len(t.Weeks) == 0 || t.Weeks[len(t.Weeks)-1].Week.Key() != wk.Key() {
			t.Weeks = append(t.Weeks, ToleranceWeek{Week: wk})
		}
		w := &t.Weeks[len(t.Weeks)-1]
		d, rising, pain := r.Worst()
		w.Records++
		w.Discomfort = max(w.Discomfort, d)
		w.Friction = max(w.Friction, r.Tolerance.SetupFriction)
		if rising {
			w.Rising++
		}
		if pain {
			w.Pain++
		}
		if techniqueInActivation(r.Activation.Signals) {
			w.Technique++
		}
		w.Trouble = w.Trouble || pain || (rising && d >= RisingLevel) || d >= TroubleLevel || r.Tolerance.SetupFriction >= TroubleLevel
	}
	for k := range out {
		t := &out[k]
		recent := t.Weeks[max(0, len(t.Weeks)-TroubleWindow):]
		t.DiscomfortChange = recent[len(recent)-1].Discomfort - recent[0].Discomfort
		t.FrictionChange = recent[len(recent)-1].Friction - recent[0].Friction
		troubled := 0
		for _, w := range recent {
			if w.Trouble {
				troubled++
			}
		}
		t.Switch = troubled >= TroubleWeeks
	}
	return out
}

// Alternatives returns the catalog exercises to switch ex to, in catalog
// order: the same primary muscles (the same set), [exercise.Suitable] for
// rest-pause by [exercise.Classify], equipment in have, and neither ex
// itself nor an exercise whose id or name is in avoid (those the lifter
// already has trouble with). None may fit; the review then says to use
// straight sets with normal rest.
func Alternatives(ex exercise.Exercise, have []exercise.Equipment, avoid []string) []exercise.Exercise {
	var out []exercise.Exercise
	for c := range exercise.Builtin() {
		if c.ID == ex.ID || c.PrimaryMuscles != ex.PrimaryMuscles || !slices.Contains(have, c.Equipment) {
			continue
		}
		if slices.Contains(avoid, c.ID) || slices.Contains(avoid, c.Name) {
			continue
		}
		if exercise.Classify(c).Verdict == exercise.Suitable {
			out = append(out, c)
		}
	}
	return out
}

// EquipmentOf returns the equipment a lifter has in g, for [Alternatives]:
// every [exercise.Equipment] for which [progression.Gym.Weights] finds
// loads, and body weight, which needs none. Bands and balls, whose
// resistance is no load a Gym lists, are not included; add them when the
// lifter has them.
func EquipmentOf(g progression.Gym) []exercise.Equipment {
	var out []exercise.Equipment
	for eq := exercise.Machine; eq <= exercise.OtherEquipment; eq++ {
		if eq == exercise.Bodyweight {
			out = append(out, eq)
			continue
		}
		if _, err := g.Weights(eq); err == nil {
			out = append(out, eq)
		}
	}
	return out
}
