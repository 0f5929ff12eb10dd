package volume

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/enum"
)

// JumpPercent is the rise in a muscle's weekly reps, as a percentage of
// the weeks before, above which rest-pause counts as added on top: 10%,
// about one extra set in a muscle's ten weekly sets. The guide names the
// mistake ("Adding it everywhere instead of replacing a small amount of
// accessory volume") but no figure; this is repkit's choice.
const JumpPercent = 10

// DefaultWindow is the number of weeks [Ledger.Jump] compares on each side
// when given 0: 4 weeks before rest-pause entered and 4 from that week on.
const DefaultWindow = 4

// A Shift says what rest-pause did to one muscle's weekly work when it
// entered the program. The zero Shift is [ShiftUnknown].
type Shift uint8

// The shifts.
const (
	ShiftUnknown    Shift = iota // not judged
	ShiftReplaced                // straight hard sets fell and weekly reps rose by no more than JumpPercent
	ShiftAdded                   // weekly reps rose by more than JumpPercent: added on top
	ShiftHeld                    // straight hard sets held and reps rose by no more than JumpPercent
	ShiftNoBaseline              // no week logged before rest-pause entered: nothing to compare with
	shiftEnd
)

var shiftText = enum.New[Shift]("Shift", "shift", unknownName, "unknown", "replaced", "added", "held", "no-baseline")

// String returns the shift's name, such as "added".
func (s Shift) String() string { return shiftText.String(s) }

// AppendText implements [encoding.TextAppender]: it appends the name to b.
func (s Shift) AppendText(b []byte) ([]byte, error) { return shiftText.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Shift) MarshalText() ([]byte, error) { return shiftText.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the names
// String returns in any case; other text is an error wrapping
// [repkit.ErrUnknownName].
func (s *Shift) UnmarshalText(text []byte) error { return shiftText.UnmarshalText(s, text) }

// A Change is one muscle's work before and after rest-pause entered, as
// totals over the weeks compared (the muscle's primary work only: what it
// was trained first by). Weekly figures are the totals divided by the
// weeks; a week in the window with none of the muscle's work counts as a
// week of none.
type Change struct {
	Muscle      exercise.Muscle `json:"muscle"`
	Entered     Week            `json:"entered"`      // the muscle's first week with rest-pause
	Before      Tally           `json:"before"`       // the weeks before rest-pause entered
	After       Tally           `json:"after"`        // the week it entered and those after
	WeeksBefore int             `json:"weeks_before"` // weeks in Before
	WeeksAfter  int             `json:"weeks_after"`  // weeks in After
	Shift       Shift           `json:"shift"`
}

// RepsPercent returns the change in weekly reps, after against before, as
// a whole percentage rounded to nearest (halves away from zero), and false
// when there is no baseline or no reps before. [Ledger.Jump] judges on the
// exact figures, so a rise shown as 10% may be just above [JumpPercent].
func (c Change) RepsPercent() (int, bool) {
	if c.WeeksBefore == 0 || c.WeeksAfter == 0 || c.Before.Reps() == 0 {
		return 0, false
	}
	after := int64(c.After.Reps()) * int64(c.WeeksBefore)
	before := int64(c.Before.Reps()) * int64(c.WeeksAfter)
	d := (after - before) * 200 / before // twice the percentage
	if d >= 0 {
		return int((d + 1) / 2), true
	}
	return int((d - 1) / 2), true
}

// wholeLoad writes l in u rounded to a whole unit, for weekly volume
// loads, where hundredths are noise: "1620kg". A unit other than kg or lb
// writes kilograms.
func wholeLoad(l repkit.Load, u repkit.Unit) string {
	if u != repkit.UnitPound {
		u = repkit.UnitKilogram
	}
	return strconv.FormatFloat(math.Round(l.In(u)), 'f', 0, 64) + u.String()
}

// judge returns the shift of c by the rule of [Ledger.Jump].
func (c Change) judge() Shift {
	if c.WeeksBefore == 0 {
		return ShiftNoBaseline
	}
	// Weekly means compared by cross-multiplying, so no rounding decides.
	after := int64(c.After.Reps()) * int64(c.WeeksBefore) * 100
	before := int64(c.Before.Reps()) * int64(c.WeeksAfter) * (100 + JumpPercent)
	if after > before {
		return ShiftAdded
	}
	if int64(c.After.StraightSets)*int64(c.WeeksBefore) < int64(c.Before.StraightSets)*int64(c.WeeksAfter) {
		return ShiftReplaced
	}
	return ShiftHeld
}

// Describe tells a lifter what changed, with the weekly figures and volume
// loads in u (rounded for display, [repkit.Load.Display]), such as
//
//	chest from 2025-W06: 12 straight hard sets, 120 reps and 6000kg volume load a week before (4 weeks); 12 straight hard sets, 1 rest-pause set (12 activation reps, 2 bursts of 9 reps in all), 141 reps and 7050kg volume load a week after (4 weeks), reps up 18%: rest-pause was added on top.
func (c Change) Describe(u repkit.Unit) string {
	var b strings.Builder
	b.WriteString(c.Muscle.String() + " from " + c.Entered.String() + ": ")
	if c.WeeksBefore > 0 {
		b.WriteString(weekly(c.Before, c.WeeksBefore, u) + " before (" + weeksText(c.WeeksBefore) + "); ")
	}
	b.WriteString(weekly(c.After, c.WeeksAfter, u) + " after (" + weeksText(c.WeeksAfter) + ")")
	if p, ok := c.RepsPercent(); ok {
		switch {
		case p > 0:
			b.WriteString(", reps up " + strconv.Itoa(p) + "%")
		case p < 0:
			b.WriteString(", reps down " + strconv.Itoa(-p) + "%")
		default:
			b.WriteString(", reps the same")
		}
	}
	b.WriteString(": " + c.Shift.sentence())
	return b.String()
}

func (s Shift) sentence() string {
	switch s {
	case ShiftReplaced:
		return "rest-pause replaced straight work."
	case ShiftAdded:
		return "rest-pause was added on top."
	case ShiftHeld:
		return "straight work held and total reps stayed within " + strconv.Itoa(JumpPercent) + "%."
	case ShiftNoBaseline:
		return "no weeks before rest-pause to compare with."
	}
	return "not judged."
}

func weeksText(n int) string {
	if n == 1 {
		return "1 week"
	}
	return strconv.Itoa(n) + " weeks"
}

// mean writes n/weeks with one decimal when it is not whole.
func mean(n, weeks int) string {
	if weeks <= 1 || n%weeks == 0 {
		return strconv.Itoa(n / max(weeks, 1))
	}
	tenths := (n*10 + weeks/2) / weeks
	return strconv.Itoa(tenths/10) + "." + strconv.Itoa(tenths%10)
}

func plural(s, n string) string {
	if n == "1" {
		return n + " " + s
	}
	return n + " " + s + "s"
}

// weekly writes a tally's weekly figures.
func weekly(t Tally, weeks int, u repkit.Unit) string {
	parts := []string{plural("straight hard set", mean(t.StraightSets, weeks))}
	if t.RestPause > 0 {
		parts = append(parts, plural("rest-pause set", mean(t.RestPause, weeks))+
			" ("+mean(t.Activation, weeks)+" activation reps, "+plural("burst", mean(t.Bursts, weeks))+" of "+mean(t.BurstReps, weeks)+" reps in all)")
	}
	parts = append(parts, mean(t.Reps(), weeks)+" reps")
	s := strings.Join(parts, ", ")
	return s + " and " + wholeLoad(t.Volume/repkit.Load(max(weeks, 1)), u) + " volume load a week"
}

// A Jump is what happened to each muscle's weekly work when rest-pause
// entered the program, as [Ledger.Jump] finds it.
type Jump struct {
	Entered Week     `json:"entered"`           // the first week with a rest-pause set, of any muscle
	Changes []Change `json:"changes,omitempty"` // one per muscle that got rest-pause work, in Muscle order
}

// Added returns the muscles rest-pause was added on top for.
func (j Jump) Added() exercise.Muscles {
	var s exercise.Muscles
	for _, c := range j.Changes {
		if c.Shift == ShiftAdded {
			s |= exercise.MusclesOf(c.Muscle)
		}
	}
	return s
}

// Jump compares, muscle by muscle, the weeks before rest-pause entered
// the muscle's training with the weeks from then on, and reports false
// when the ledger holds no rest-pause set.
//
// Rest-pause enters a muscle's training in the first week of the ledger
// with a rest-pause set of an exercise that trains it first (its primary
// muscles); [Jump.Entered] is the first such week of any muscle. For each
// muscle, Before is the window weeks of the ledger before its entry week
// (fewer when the log is shorter), After its entry week and the window-1
// ledger weeks after it; window 0 means [DefaultWindow]. Ledger weeks are
// weeks with any work logged, so a week off does not count as a week of
// no training. Each muscle is judged on its primary work:
//
//   - [ShiftNoBaseline] when there is no week before;
//   - [ShiftAdded] when weekly reps (straight, activation and burst reps)
//     after exceed the weekly reps before by more than [JumpPercent]:
//     rest-pause added on top, whatever happened to the straight sets;
//   - otherwise [ShiftReplaced] when weekly straight hard sets fell;
//   - otherwise [ShiftHeld].
//
// Reps, not sets, decide, because reps count straight and rest-pause work
// alike without saying what a rest-pause set is worth in straight sets;
// the sets are reported beside them. Only the first entry is judged: a
// lifter who stops rest-pause and starts again later is compared around
// the first start. A negative window is a [*FieldError].
func (l Ledger) Jump(window int) (Jump, bool, error) {
	if window < 0 {
		return Jump{}, false, invalid("window", strconv.Itoa(window), "give 0 (the default, 4 weeks) or more")
	}
	if window == 0 {
		window = DefaultWindow
	}
	var j Jump
	found := false
	var seen exercise.Muscles
	for entry := range l.Weeks {
		wk := &l.Weeks[entry]
		if wk.All.RestPause == 0 {
			continue
		}
		if !found {
			j.Entered, found = wk.Week, true
		}
		for _, mt := range wk.Muscles {
			if mt.Primary.RestPause == 0 || seen.Has(mt.Muscle) {
				continue
			}
			seen |= exercise.MusclesOf(mt.Muscle)
			before := l.Weeks[max(0, entry-window):entry]
			after := l.Weeks[entry:min(len(l.Weeks), entry+window)]
			c := Change{Muscle: mt.Muscle, Entered: wk.Week, WeeksBefore: len(before), WeeksAfter: len(after)}
			for _, w := range before {
				t, _ := w.Muscle(mt.Muscle)
				c.Before = c.Before.Add(t.Primary)
			}
			for _, w := range after {
				t, _ := w.Muscle(mt.Muscle)
				c.After = c.After.Add(t.Primary)
			}
			c.Shift = c.judge()
			j.Changes = append(j.Changes, c)
		}
	}
	if !found {
		return Jump{}, false, nil
	}
	slices.SortFunc(j.Changes, func(a, b Change) int { return cmp.Compare(a.Muscle, b.Muscle) })
	return j, true, nil
}

// AfterWeeks returns the keys ([Week.Key]) of the weeks c.After covers in l,
// the ledger it was found in, in date order.
func (c Change) AfterWeeks(l Ledger) []string {
	var out []string
	for i := range l.Weeks {
		if k := l.Weeks[i].Week.Key(); k >= c.Entered.Key() && len(out) < c.WeeksAfter {
			out = append(out, k)
		}
	}
	return out
}
