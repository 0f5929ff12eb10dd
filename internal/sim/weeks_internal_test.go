package sim

import (
	"math"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
)

// StepCoach is the zero Coach on 2.5 kg steps from 2.5 kg, as Simulate
// requires. Exported to this package's external tests (it is in a test
// file, so no program sees it).
func StepCoach(t testing.TB) progression.Coach {
	t.Helper()
	var loads []repkit.Load
	for l := 2500 * repkit.Gram; l <= 400*repkit.Kilogram; l += 2500 * repkit.Gram {
		loads = append(loads, l)
	}
	lad, err := progression.NewLadder(loads...)
	if err != nil {
		t.Fatal(err)
	}
	return progression.Coach{Weights: lad}
}

func simulate(t *testing.T, p Profile, seed uint64, weeks int) Run {
	t.Helper()
	r, err := Simulate(p, seed, weeks, StepCoach(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestWeekZeroIsStart: a lifter starts at capacity Start with fatigue at
// the steady state of three hard sets twice a week, g0 = FatiguePerSet x 3
// / (1 - Recovery^3.5) of fitness. For Grower, 0.85^3.5 = 0.56620, g0 =
// 0.012 / 0.43380 = 0.027662, F = 100 / 0.972338 = 102.845; for Plateaued,
// g0 = 0.09 / (1 - 0.8^3.5 = 0.54205) = 0.16604, F = 119.909.
func TestWeekZeroIsStart(t *testing.T) {
	for _, c := range []struct {
		name    string
		p       Profile
		fitness float64
	}{
		{"grower", Grower(), 102.845},
		{"plateaued", Plateaued(), 119.909},
	} {
		r := simulate(t, c.p, 1, 1)
		if len(r.Events) != 2 {
			t.Fatalf("%s: one week gave %d events, want 2 (day 0, decided on day 3)", c.name, len(r.Events))
		}
		for _, e := range r.Events {
			if e.Week != 0 || e.Day != 0 || math.Abs(e.Capacity-c.p.Start) > 1e-9 || math.Abs(e.Fitness-c.fitness) > 5e-4 {
				t.Errorf("%s: ex %d week %d day %d: capacity %v fitness %v, want week 0 day 0 at %v and %v",
					c.name, e.Exercise, e.Week, e.Day, e.Capacity, e.Fitness, c.p.Start, c.fitness)
			}
		}
	}
}

// TestSessionDays: every lifter trains both exercises on days 0 and 3 of
// each week, straight lift first, each session dated that many days from
// Monday 5 January 2026, 18:00 UTC; each session but the last of each
// exercise has its Event, in order.
func TestSessionDays(t *testing.T) {
	const weeks = 5
	r := simulate(t, Grower(), 7, weeks)
	if len(r.Events) != 4*weeks-2 {
		t.Fatalf("%d events, want %d (four sessions a week, the last two undecided)", len(r.Events), 4*weeks-2)
	}
	for i, e := range r.Events {
		week, day, ex := i/4, []int{0, 0, 3, 3}[i%4], i%2
		date := origin.AddDate(0, 0, 7*week+day)
		if e.Week != week || e.Day != day || e.Exercise != ex || !e.Outing.Date.Equal(date) {
			t.Errorf("event %d: week %d day %d ex %d on %v, want week %d day %d ex %d on %v",
				i, e.Week, e.Day, e.Exercise, e.Outing.Date, week, day, ex, date)
		}
	}
	if d := r.Events[2].Outing.Date; d.Weekday() != time.Thursday || d.Day() != 8 {
		t.Errorf("day 3 of week 0 is %v, want Thursday 8 January", d)
	}
}

// TestHardWeeksAddFatigue: with no training fatigue and no gain
// (FatiguePerSet 0, Rate 0), capacity is F less the stress fatigue alone: 8%
// of F (8 kg at F 100) on day 0 of each hard week, on both exercises, kept
// at 0.8 a day. Every week hard: day 0 of week 0 is 100 - 8 = 92, day 3 is
// 100 - 8 x 0.512 = 95.904, day 0 of week 1 is 100 - (4.096 x 0.8^4 + 8) =
// 90.3223; the rest follow the same recurrence. With no hard week capacity
// stays 100.
func TestHardWeeksAddFatigue(t *testing.T) {
	p := Profile{Start: 100, Ceiling: 100, Recovery: 0.8, StressChance: 1}
	r := simulate(t, p, 3, 6)
	g, last := 0.0, -1 // the stress fatigue on the day of session last
	for _, e := range r.Events {
		if today := 7*e.Week + e.Day; today != last {
			g *= math.Pow(0.8, float64(today-max(last, 0)))
			if e.Day == 0 {
				g += 8
			}
			last = today
		}
		if math.Abs(e.Capacity-(100-g)) > 1e-9 || e.Fitness != 100 {
			t.Errorf("week %d day %d ex %d: capacity %v fitness %v, want %v and 100", e.Week, e.Day, e.Exercise, e.Capacity, e.Fitness, 100-g)
		}
	}
	for i, want := range []float64{92, 92, 95.904, 95.904, 90.3223} {
		if got := r.Events[i].Capacity; math.Abs(got-want) > 1e-4 {
			t.Errorf("event %d: capacity %v, want %v", i, got, want)
		}
	}
	p.StressChance = 0
	for _, e := range simulate(t, p, 3, 6).Events {
		if e.Capacity != 100 {
			t.Errorf("no hard week: week %d day %d ex %d: capacity %v, want 100", e.Week, e.Day, e.Exercise, e.Capacity)
		}
	}
}

// trainedWeeks are the weeks a run trained in, in order, each with the
// fitness of its sessions (the same for all of them when Rate and
// FatiguePerSet are 0).
func trainedWeeks(t *testing.T, r Run) (weeks []int, fitness []float64) {
	t.Helper()
	for _, e := range r.Events {
		if k := len(weeks); k == 0 || weeks[k-1] != e.Week {
			weeks, fitness = append(weeks, e.Week), append(fitness, e.Fitness)
		} else if e.Fitness != fitness[k-1] {
			t.Fatalf("week %d: fitness %v and %v in one week", e.Week, fitness[k-1], e.Fitness)
		}
	}
	return weeks, fitness
}

// TestWeeksOffCostFitness: with no gain and no training fatigue, fitness
// changes only beyond two weeks off in a row: 1% for each week off after
// the second, so a gap of n weeks leaves 0.99^(n-2) of it, and gaps of one
// or two weeks cost nothing. Over 20 seeds with missed weeks and breaks
// there are gaps of 1, 2, 3 and 4 weeks (checked, so that the test cannot
// pass by seeing none).
func TestWeeksOffCostFitness(t *testing.T) {
	p := Profile{Start: 100, Ceiling: 100, Recovery: 0.8, MissChance: 0.3, BreakChance: 0.05}
	seen := map[int]bool{}
	for seed := range uint64(20) {
		weeks, fitness := trainedWeeks(t, simulate(t, p, seed, 52))
		for i := 1; i < len(weeks); i++ {
			off := weeks[i] - weeks[i-1] - 1
			seen[off] = true
			want := fitness[i-1] * math.Pow(0.99, float64(max(off-2, 0)))
			if math.Abs(fitness[i]-want) > 1e-9 {
				t.Errorf("seed %d: %d weeks off before week %d: fitness %v to %v, want %v", seed, off, weeks[i], fitness[i-1], fitness[i], want)
			}
		}
	}
	for _, off := range []int{1, 2, 3, 4} {
		if !seen[off] {
			t.Errorf("no gap of %d weeks: want gaps of 1 to 4 weeks among the runs", off)
		}
	}
}

// TestBreaksLastThreeToSixWeeks: with breaks but no missed weeks, every gap
// between trained weeks is a break, or breaks back to back: at least 3
// weeks; training resumes after them (checked over 20 seeds). A break
// starting every week it can (BreakChance 1) means the lifter never trains.
func TestBreaksLastThreeToSixWeeks(t *testing.T) {
	p := Profile{Start: 100, Ceiling: 100, Recovery: 0.8, BreakChance: 0.1}
	resumed := 0
	for seed := range uint64(20) {
		weeks, _ := trainedWeeks(t, simulate(t, p, seed, 52))
		for i := 1; i < len(weeks); i++ {
			if off := weeks[i] - weeks[i-1] - 1; off > 0 {
				resumed++
				if off < 3 {
					t.Errorf("seed %d: %d weeks off before week %d, want 0 or at least 3", seed, off, weeks[i])
				}
			}
		}
	}
	if resumed == 0 {
		t.Error("no run trained again after a break")
	}
	p.BreakChance = 1
	if r := simulate(t, p, 1, 52); len(r.Events) != 0 {
		t.Errorf("always on a break: %d events, want none", len(r.Events))
	}
	p.BreakChance, p.MissChance = 0, 1
	if r := simulate(t, p, 1, 52); len(r.Events) != 0 {
		t.Errorf("every week missed: %d events, want none", len(r.Events))
	}
}
