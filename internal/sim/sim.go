// Package sim simulates lifters training under [progression.Coach] for
// weeks on end, so that properties of the composed decision can be checked
// over a training year rather than one session at a time.
//
// # The capacity model
//
// A simulated lifter has a fitness F and a fatigue G, both in kilograms of
// estimated one-rep maximum; what they can lift today, their capacity, is
// S = F - G (a two-factor, Banister-style model).
//
//   - Reps at a load L come from Epley read backwards: the most reps to
//     failure are floor(30 (S'/L - 1)), where S' is S less 2% for each
//     straight set already done in the session. The lifter stops straight
//     sets one rep short of failure (1 RIR) and never goes past the top of
//     the coach's range.
//   - A rest-pause set starts with an activation set to failure; each burst
//     after a 15 s rest gets 40% of the activation reps, then 75% of the
//     burst before, each rounded down from the unrounded figure (7
//     activation reps give 2.8 then 2.1: bursts of 2 and 2); short rests
//     recover little. The set stops at two
//     bursts, at a burst under one rep, or when the total reaches the top
//     of the total range, as the planner's TotalReps rule does.
//   - A set is hard when it ends within 3 reps of failure. A session with
//     hard sets is well dosed: F gains Rate x (Ceiling - F) x hard/3, so
//     strength rises toward the lifter's Ceiling. Each hard set and burst
//     adds FatiguePerSet x F to G; G keeps Recovery of itself each day.
//     Too much is training while G exceeds 15% of F: the session then
//     gains nothing and F loses 0.2%.
//     Each exercise has its own F and G.
//   - Hard weeks: a week outside the gym that costs recovery (poor sleep,
//     hard dieting) comes with StressChance and adds 8% of fitness to
//     every exercise's fatigue on its first training day, so the main
//     lift drops for that week.
//   - Weeks off: each week is missed with MissChance; a break of 3 to 6
//     weeks starts with BreakChance. Beyond two weeks off, F loses 1% a week.
//   - Signals: a session stops on pain with PainChance and shows a
//     technique signal (range shortened) with TechniqueChance.
//   - Dose: the harness's stand-in for fatigue's monitor. Today's dose is
//     none when S is under 95% of the median of the lifter's weekly S over
//     the last eight training weeks, reduced under 97%, and full otherwise, from the straight
//     (main) lift.
//
// Each session runs plan -> session -> record -> next decision: on the
// day, the coach decides from the record so far (with today's date and
// dose), the lifter does what the decision says as well as the model
// allows, and the session joins the record with the decision's load and
// target as its prescription (Outing.Want), as an app records its plan. When the coach says to change
// the exercise ([progression.ActionChangeExercise]), the lifter switches to
// a variation of it: a new record from a starting load, with the same
// fitness and fatigue (a variation trains the same muscles).
//
// Every lifter trains two exercises twice a week (days 0 and 3): a
// straight-set barbell lift (three sets, range inferred by the coach) and a
// rest-pause cable lift (sum of reps, 11-15). Runs are deterministic for a
// seed.
package sim

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// A Profile describes a simulated lifter. Start is the capacity at week 0
// (fatigue starts at the steady state of three hard sets twice a week, as
// for a lifter already training). Capacities are kilograms of
// estimated one-rep maximum; chances are per session (pain, technique) or
// per week (miss, break).
type Profile struct {
	Start           float64 // fitness at week 0, kg
	Ceiling         float64 // the fitness well-dosed training tends to, kg
	Rate            float64 // share of the gap to Ceiling gained per well-dosed session
	FatiguePerSet   float64 // fatigue per hard set or burst, as a share of fitness
	Recovery        float64 // share of fatigue left after one day
	PainChance      float64 // a session stops on pain or nerve symptoms
	TechniqueChance float64 // a session shows a technique signal (range shortened)
	MissChance      float64 // a week is missed
	BreakChance     float64 // a break of 3 to 6 weeks starts this week
	StressChance    float64 // a hard week outside the gym (poor sleep, hard dieting)
}

// Grower is a lifter with room to grow and ordinary recovery.
func Grower() Profile {
	return Profile{Start: 100, Ceiling: 140, Rate: 0.02, FatiguePerSet: 0.004, Recovery: 0.85}
}

// Plateaued is a lifter with room to grow who trains into too much
// fatigue (about 17% of fitness at the steady state, above the 15% where
// sessions stop paying): capacity stays flat or drifts down until a
// lighter block lets the fatigue clear, and then grows again.
func Plateaued() Profile {
	return Profile{Start: 100, Ceiling: 150, Rate: 0.02, FatiguePerSet: 0.03, Recovery: 0.8}
}

// The exercises every simulated lifter trains.
const (
	Straight  = 0 // a straight-set barbell lift
	RestPause = 1 // a rest-pause cable lift
	exercises = 2
)

// An Event is one exercise of one session: what was done, and the coach's
// decision for the next session of that exercise, made on its day with
// that day's dose. The last session of a run has no decision and no Event.
type Event struct {
	Week, Day int
	Exercise  int
	Outing    progression.Outing
	Pain      bool         // the session stopped on pain
	Capacity  float64      // the lifter's capacity S that day, kg
	Fitness   float64      // the lifter's fitness F that day, kg
	Dose      fatigue.Dose // the dose on the day of the next session
	Next      progression.NextTime
}

// A Run is the events of one lifter, in order.
type Run struct {
	Profile Profile
	Events  []Event
}

// lifter is the evolving state of one simulated lifter.
type lifter struct {
	p                Profile
	fitness, fatigue [exercises]float64
	best             []float64 // the main lift's capacity each training week, for the dose
	rng              *rand.Rand
}

func (l *lifter) capacity(ex int) float64 { return l.fitness[ex] - l.fatigue[ex] }

// repsToFailure is Epley read backwards at capacity s.
func repsToFailure(s float64, load repkit.Load) int {
	kg := load.Kilograms()
	if kg <= 0 {
		return 50
	}
	r := math.Floor(30*(s/kg-1) + 1e-9)
	return int(max(0, min(r, 50)))
}

// stressFatigue is the fatigue a hard week outside the gym adds, as a
// share of fitness: 8%, enough to take capacity more than 5% under its
// recent median, so that the main lift drops for a week or two.
const stressFatigue = 0.08

// tooMuch is the fatigue, as a share of fitness, beyond which training
// costs fitness.
const tooMuch = 0.15

var origin = time.Date(2026, 1, 5, 18, 0, 0, 0, time.UTC)

// Simulate runs a lifter with profile p for weeks weeks under coach c,
// deterministically for seed. The coach's Weights must make every load on
// 2.5 kg steps from 2.5 kg.
func Simulate(p Profile, seed uint64, weeks int, c progression.Coach) (Run, error) {
	l := &lifter{p: p, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	// A lifter who opens the app has been training: start fatigue at the
	// steady state of three hard sets twice a week, so that capacity at
	// week 0 is Start.
	g0 := p.FatiguePerSet * 3 / (1 - math.Pow(p.Recovery, 3.5))
	for ex := range exercises {
		l.fitness[ex] = p.Start / (1 - g0)
		l.fatigue[ex] = l.fitness[ex] * g0
	}
	run := Run{Profile: p}
	var hist [exercises][]progression.Outing
	var next [exercises]progression.NextTime
	var pending [exercises]Event  // the last session of each exercise, waiting for its decision
	off, idle, lastDay := 0, 0, 0 // weeks left in a break, weeks not trained, the last session's day
	for w := range weeks {
		if off == 0 && l.rng.Float64() < p.BreakChance {
			off = 3 + l.rng.IntN(4)
		}
		if off > 0 || l.rng.Float64() < p.MissChance {
			off = max(off-1, 0)
			if idle++; idle > 2 {
				l.fitness[0] *= 0.99
				l.fitness[1] *= 0.99
			}
			continue
		}
		idle = 0
		stressed := p.StressChance > 0 && l.rng.Float64() < p.StressChance
		for _, day := range [2]int{0, 3} {
			today := w*7 + day
			l.rest(today - lastDay)
			lastDay = today
			if stressed && day == 0 {
				for ex := range exercises {
					l.fatigue[ex] += stressFatigue * l.fitness[ex]
				}
			}
			date := origin.AddDate(0, 0, today)
			dose := l.dose()
			for ex := range exercises {
				if len(hist[ex]) > 0 {
					// Plan: the one decision for today, from the record so far.
					d, err := c.Decide(hist[ex], date, dose)
					if err != nil {
						return run, err
					}
					next[ex] = d
					pending[ex].Next, pending[ex].Dose = d, dose
					run.Events = append(run.Events, pending[ex])
					if d.Action == progression.ActionChangeExercise {
						hist[ex] = hist[ex][:0:0] // a variation: a new record
					}
				}
				// Session and record.
				o, pain, hard := l.session(ex, date, hist[ex], next[ex], c)
				hist[ex] = append(hist[ex], o)
				pending[ex] = Event{Week: w, Day: day, Exercise: ex, Outing: o, Pain: pain, Capacity: l.capacity(ex), Fitness: l.fitness[ex]}
				l.train(ex, hard)
			}
		}
		l.best = append(l.best, l.capacity(Straight))
	}
	return run, nil
}

// rest lets days pass: fatigue clears.
func (l *lifter) rest(days int) {
	for ex := range l.fatigue {
		l.fatigue[ex] *= math.Pow(l.p.Recovery, float64(max(days, 0)))
	}
}

// train applies a session's hard sets: stimulus, fatigue and overreaching.
func (l *lifter) train(ex int, hard float64) {
	switch {
	case l.fatigue[ex] > tooMuch*l.fitness[ex]:
		l.fitness[ex] *= 0.998 // too much: the session costs fitness
	case hard > 0:
		l.fitness[ex] += l.p.Rate * (l.p.Ceiling - l.fitness[ex]) * min(hard, 4) / 3
	}
	l.fatigue[ex] += l.p.FatiguePerSet * l.fitness[ex] * hard
}

// dose is the harness's stand-in for the fatigue monitor.
func (l *lifter) dose() fatigue.Dose {
	var recent [8]float64
	k := copy(recent[:], l.best[max(0, len(l.best)-8):])
	r := recent[:k]
	slices.Sort(r)
	best := 0.0
	if k > 0 {
		best = r[k/2]
	}
	switch s := l.capacity(Straight); {
	case best == 0:
		return fatigue.DoseFull
	case s < 0.95*best:
		return fatigue.DoseNone
	case s < 0.97*best:
		return fatigue.DoseReduced
	}
	return fatigue.DoseFull
}

// startLoad is the 2.5 kg step that gives about reps reps to failure.
func startLoad(s float64, reps int) repkit.Load {
	kg := s / (1 + float64(reps)/30)
	return repkit.Load(math.Floor(kg/2.5)) * 2500 * repkit.Gram
}

// session performs one exercise: the load the coach chose (or a starting
// load), the sets the model gives, and the signals drawn. It returns the
// outing, whether it stopped on pain, and its hard sets.
func (l *lifter) session(ex int, date time.Time, h []progression.Outing, d progression.NextTime, c progression.Coach) (progression.Outing, bool, float64) {
	s := l.capacity(ex)
	pain := l.rng.Float64() < l.p.PainChance
	tech := !pain && l.rng.Float64() < l.p.TechniqueChance
	// The plan has a rest-pause set for this exercise; the day's decision
	// takes it out for pain or a day with no dose, and it comes back after.
	rest := ex == RestPause && (len(h) == 0 || d.RestPause || !d.Why.Has(progression.ReasonDoseNone) && !d.Why.Has(progression.ReasonPainStop))
	load := d.Load
	if len(h) == 0 {
		load = startLoad(s, map[bool]int{true: 8, false: 10}[rest])
	}
	if !rest {
		top := 12
		if !d.Range.IsZero() && !d.Total {
			top = d.Range.Max
		}
		o := progression.Outing{Date: date, Load: load}
		if len(h) > 0 && !d.Total && d.Reps > 0 {
			o.Want = progression.Prescription{Load: load, Reps: d.Reps, Sets: 3} // the plan, as an app records it
		}
		hard := 0.0
		for k := range 3 {
			fail := repsToFailure(s*(1-0.02*float64(k)), load)
			reps := max(0, min(fail-1, top))
			o.Sets = append(o.Sets, progression.WorkSet{Reps: reps, Effort: repkit.AtRIR(repkit.RIR(min(fail-reps, 10)))})
			if fail-reps <= 3 && reps > 0 {
				hard++
			}
			if pain {
				o.Signals.PainOrNerve = true
				break
			}
		}
		o.Signals.RangeShortened = tech
		return o, pain, hard
	}
	top := 15
	if !c.Total.IsZero() {
		top = c.Total.Max
	}
	act := repsToFailure(s, load)
	r := restpause.Record{Date: date, Exercise: "Cable Row", Protocol: "dc", Load: load, Activation: restpause.Burst{Reps: act}}
	hard := 1.0
	switch {
	case pain:
		r.Activation.Signals.PainOrNerve = true
		r.Stop = restpause.Decision{Reason: restpause.StopPain, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve}
	default:
		b := float64(act) * 0.4
		total := act
		for i := 1; ; i++ {
			if total >= top {
				r.Stop = restpause.Decision{Reason: restpause.StopTotalReps, Value: int64(total), Limit: int64(top)}
				break
			}
			if i > 2 {
				r.Stop = restpause.Decision{Reason: restpause.StopMaxBursts, Value: 2, Limit: 2}
				break
			}
			reps := int(math.Floor(b))
			if reps < 1 {
				r.Stop = restpause.Decision{Reason: restpause.StopMinReps, Value: int64(reps), Limit: 1}
				break
			}
			burst := restpause.Burst{Reps: reps, Rest: 15 * time.Second}
			if tech && i == 2 {
				burst.Signals.RangeShortened = true
			}
			r.Bursts = append(r.Bursts, burst)
			total += reps
			hard++
			b *= 0.75
			if tech && i == 2 {
				r.Stop = restpause.Decision{Reason: restpause.StopTechnique, Burst: i, Signal: restpause.SignalRangeShortened}
				break
			}
		}
	}
	o := progression.Outing{Date: date, Load: load, RestPause: []restpause.Record{r}}
	if len(h) > 0 && d.Total && d.Reps > 0 {
		o.Want = progression.Prescription{Load: load, Reps: d.Reps} // a total to beat
	}
	return o, pain, hard
}
