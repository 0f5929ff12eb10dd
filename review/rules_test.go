package review

// Tests that pin the review's documented rules at their boundaries: the
// trouble thresholds (TroubleLevel 6, RisingLevel 3), the switch rule
// (TroubleWeeks 2 of the last TroubleWindow 3 logged weeks), the setup
// rule (a mean-rest change of 10 s or more) and the recovery rule (the
// next session within NextWithin, worse at WorsePercent 3% or more).
// Every expected value is worked out from those rules by hand.

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/volume"
)

// monday is the Monday of ISO week 2025-W10.
var monday = time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC)

// rpSet is one leg-extension rest-pause set: activation discomfort act,
// one burst with discomfort burst, and the given pain and setup friction.
func rpSet(date time.Time, act, burst int, pain bool, friction int) restpause.Record {
	return restpause.Record{
		Date: date, Exercise: "Leg Extension", Load: 50 * repkit.Kilogram,
		Activation: restpause.Burst{Reps: 15, Signals: restpause.Signals{Discomfort: act}},
		Bursts:     []restpause.Burst{{Reps: 5, Rest: 20 * time.Second, Signals: restpause.Signals{Discomfort: burst, PainOrNerve: pain}}},
		Stop:       restpause.Decision{Reason: restpause.StopLifter},
		Tolerance:  restpause.Tolerance{SetupFriction: friction},
	}
}

// TestTroubleThresholds pins ToleranceWeek.Trouble at each threshold: a
// record is trouble at joint discomfort or setup friction of TroubleLevel
// (6) or more, not at 5; discomfort that rose during the set is trouble
// when it rose to RisingLevel (3) or more, not to 2; pain always is. "Or
// more" puts each boundary value on the trouble side.
func TestTroubleThresholds(t *testing.T) {
	if TroubleLevel != 6 || RisingLevel != 3 {
		t.Fatalf("TroubleLevel %d, RisingLevel %d: the cases below assume 6 and 3", TroubleLevel, RisingLevel)
	}
	for _, tc := range []struct {
		name               string
		act, burst         int
		pain               bool
		friction           int
		trouble, rising    bool
		discomfort, fricts int
	}{
		{"steady discomfort 5, below TroubleLevel", 5, 5, false, 0, false, false, 5, 0},
		{"steady discomfort 6, at TroubleLevel", 6, 6, false, 0, true, false, 6, 0},
		{"setup friction 5, below TroubleLevel", 0, 0, false, 5, false, false, 0, 5},
		{"setup friction 6, at TroubleLevel", 0, 0, false, 6, true, false, 0, 6},
		{"rising 1 to 2, below RisingLevel", 1, 2, false, 0, false, true, 2, 0},
		{"rising 2 to 3, at RisingLevel", 2, 3, false, 0, true, true, 3, 0},
		{"steady 3, at RisingLevel but not rising", 3, 3, false, 0, false, false, 3, 0},
		{"pain with no discomfort", 0, 0, true, 0, true, false, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			trends := Tolerances([]restpause.Record{rpSet(monday, tc.act, tc.burst, tc.pain, tc.friction)}, volume.Weeks{})
			if len(trends) != 1 || len(trends[0].Weeks) != 1 {
				t.Fatalf("trends %+v", trends)
			}
			w := trends[0].Weeks[0]
			want := ToleranceWeek{Week: w.Week, Records: 1, Discomfort: tc.discomfort, Friction: tc.fricts, Trouble: tc.trouble}
			if tc.rising {
				want.Rising = 1
			}
			if tc.pain {
				want.Pain = 1
			}
			if diff := cmp.Diff(want, w); diff != "" {
				t.Errorf("week (-want +got):\n%s", diff)
			}
			// One week of trouble is one of TroubleWeeks (2): no switch.
			if trends[0].Switch {
				t.Error("switch after one week")
			}
		})
	}
}

// weeksOf returns one leg-extension record a week from monday, troubled
// (discomfort 6, TroubleLevel) where the pattern has 'T' and calm
// (discomfort 0) where it has '.'.
func weeksOf(pattern string) []restpause.Record {
	var recs []restpause.Record
	for i, c := range pattern {
		d := 0
		if c == 'T' {
			d = TroubleLevel
		}
		recs = append(recs, rpSet(monday.AddDate(0, 0, 7*i), d, d, false, 0))
	}
	return recs
}

// TestSwitchRule pins Trend.Switch: trouble in TroubleWeeks (2) of the
// exercise's last TroubleWindow (3) logged weeks, or of all its weeks
// when it has fewer; and Trend.Trouble's figures over the same weeks.
func TestSwitchRule(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		switch_ bool
		trouble progression.Trouble
	}{
		{"T", false, progression.Trouble{Weeks: 1, Window: 1}},
		{"TT", true, progression.Trouble{Weeks: 2, Window: 2, Switch: true}},
		{"T.T", true, progression.Trouble{Weeks: 2, Window: 3, Switch: true}},
		// The first week is outside the last three: 1 of 3.
		{"T..T", false, progression.Trouble{Weeks: 1, Window: 3}},
		{"TT..", false, progression.Trouble{Weeks: 1, Window: 3}}, // T, ., .: 1 of 3
		{".T.T", true, progression.Trouble{Weeks: 2, Window: 3, Switch: true}},
	} {
		trends := Tolerances(weeksOf(tc.pattern), volume.Weeks{})
		if len(trends) != 1 || len(trends[0].Weeks) != len(tc.pattern) {
			t.Fatalf("%s: trends %+v", tc.pattern, trends)
		}
		if got := trends[0].Switch; got != tc.switch_ {
			t.Errorf("%s: switch %v, want %v", tc.pattern, got, tc.switch_)
		}
		if got := trends[0].Trouble(); got != tc.trouble {
			t.Errorf("%s: trouble %+v, want %+v", tc.pattern, got, tc.trouble)
		}
	}
}

// TestToleranceChangesOverLastWindow pins DiscomfortChange and
// FrictionChange: the last week's worst level less the first's over the
// last TroubleWindow (3) weeks, so a fourth week back does not count; and
// records of one week merge into one ToleranceWeek.
func TestToleranceChangesOverLastWindow(t *testing.T) {
	recs := []restpause.Record{
		rpSet(monday, 1, 1, false, 0),
		rpSet(monday.AddDate(0, 0, 7), 2, 2, false, 1),
		rpSet(monday.AddDate(0, 0, 14), 4, 4, false, 3),
		rpSet(monday.AddDate(0, 0, 21), 5, 5, false, 2),
		// Thursday of the last week: rises 3 to 4, its worst friction 4.
		rpSet(monday.AddDate(0, 0, 24), 3, 4, false, 4),
	}
	recs[4].Activation.Signals.Momentum = true
	// Given out of order: Tolerances sorts by date.
	recs[0], recs[3] = recs[3], recs[0]
	trends := Tolerances(recs, volume.Weeks{})
	if len(trends) != 1 {
		t.Fatalf("trends %+v", trends)
	}
	tr := trends[0]
	// Last three weeks: discomfort 2, 4, 5; friction 1, 3, 4.
	if tr.DiscomfortChange != 5-2 || tr.FrictionChange != 4-1 {
		t.Errorf("changes %d, %d; want 3, 3", tr.DiscomfortChange, tr.FrictionChange)
	}
	if len(tr.Weeks) != 4 {
		t.Fatalf("weeks %+v", tr.Weeks)
	}
	last := tr.Weeks[3]
	want := ToleranceWeek{Week: last.Week, Records: 2, Discomfort: 5, Rising: 1, Friction: 4, Technique: 1, Trouble: true}
	if diff := cmp.Diff(want, last); diff != "" {
		t.Errorf("last week (-want +got):\n%s", diff)
	}
}

// TestTrendSentenceCases pins each wording of Trend.Sentence, over the
// last TroubleWindow (3) weeks only.
func TestTrendSentenceCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		recs []restpause.Record
		want string
	}{
		{"one week with discomfort", []restpause.Record{rpSet(monday, 4, 4, false, 0)},
			"Leg Extension: joint discomfort 4 of 10 in 1 week; no setup friction."},
		{"steady over two weeks", []restpause.Record{rpSet(monday, 2, 2, false, 0), rpSet(monday.AddDate(0, 0, 7), 2, 2, false, 0)},
			"Leg Extension: joint discomfort steady at 2 of 10 over 2 weeks; no setup friction."},
		{"from none to some", []restpause.Record{rpSet(monday, 0, 0, false, 0), rpSet(monday.AddDate(0, 0, 7), 3, 3, false, 1)},
			"Leg Extension: joint discomfort 0 to 3 of 10 over 2 weeks; setup friction up to 1 of 10."},
		{"from some to none", []restpause.Record{rpSet(monday, 3, 3, false, 0), rpSet(monday.AddDate(0, 0, 7), 0, 0, false, 0)},
			"Leg Extension: joint discomfort 3 to 0 of 10 over 2 weeks; no setup friction."},
		// Week 1's discomfort 5 is outside the last three weeks.
		{"a fourth week back", []restpause.Record{
			rpSet(monday, 5, 5, false, 0), rpSet(monday.AddDate(0, 0, 7), 0, 0, false, 0),
			rpSet(monday.AddDate(0, 0, 14), 0, 0, false, 0), rpSet(monday.AddDate(0, 0, 21), 0, 0, false, 0)},
			"Leg Extension: no joint discomfort over 3 weeks; no setup friction."},
		{"one rising set and one troubled week", []restpause.Record{rpSet(monday, 1, 2, false, 0), rpSet(monday.AddDate(0, 0, 7), 6, 6, false, 0)},
			"Leg Extension: joint discomfort 2 to 6 of 10 over 2 weeks, rising in 1 set; no setup friction. Trouble in 1 of the last 2 weeks."},
		{"a troubled single week", []restpause.Record{rpSet(monday, 0, 0, true, 0)},
			"Leg Extension: no joint discomfort in 1 week, pain in 1; no setup friction. Trouble in 1 of the last 1 week."},
		// Switch with no alternative found: straight sets are the way out.
		{"switch, no alternative", weeksOf("TT"),
			"Leg Extension: joint discomfort steady at 6 of 10 over 2 weeks; no setup friction. Trouble in 2 of the last 2 weeks. No catalog exercise trains the same muscles first, suits rest-pause and fits your equipment; straight sets with normal rest are the other way."},
	} {
		trends := Tolerances(tc.recs, volume.Weeks{})
		if len(trends) != 1 {
			t.Fatalf("%s: trends %+v", tc.name, trends)
		}
		if got := trends[0].Sentence(); got != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

// TestTrendSentenceNamesThreeAlternatives: the sentence names at most
// three alternatives, "A, B or C".
func TestTrendSentenceNamesThreeAlternatives(t *testing.T) {
	tr := Tolerances(weeksOf("TT"), volume.Weeks{})[0]
	for _, n := range []string{"A", "B", "C", "D"} {
		tr.Alternatives = append(tr.Alternatives, exercise.Exercise{Name: n})
	}
	if got := tr.Sentence(); !strings.HasSuffix(got, " Alternatives that train the same muscles first, suit rest-pause and fit your equipment: A, B or C.") {
		t.Errorf("got %s", got)
	}
	tr.Alternatives = tr.Alternatives[:2]
	if got := tr.Sentence(); !strings.HasSuffix(got, "your equipment: A or B.") {
		t.Errorf("got %s", got)
	}
	if got := orList(nil); got != "" {
		t.Errorf("orList(nil) = %q", got)
	}
}

// TestEquipmentOfCommonGym: EquipmentOf lists body weight, which needs no
// load, and each equipment Gym.Weights has loads for (machine and cable
// stacks, dumbbells, kettlebells, the Olympic, EZ and Smith bars), in
// Equipment order; bands, balls, foam rollers and other equipment are no
// load a Gym lists.
func TestEquipmentOfCommonGym(t *testing.T) {
	want := []exercise.Equipment{exercise.Machine, exercise.SmithMachine, exercise.Cable, exercise.Dumbbell,
		exercise.Barbell, exercise.EZBar, exercise.Kettlebell, exercise.Bodyweight}
	if diff := cmp.Diff(want, EquipmentOf(progression.KilogramGym())); diff != "" {
		t.Errorf("equipment (-want +got):\n%s", diff)
	}
}
