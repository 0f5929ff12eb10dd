package review

// Tests that pin the review's documented rules at their boundaries: the
// trouble thresholds (TroubleLevel 6, RisingLevel 3), the switch rule
// (TroubleWeeks 2 of the last TroubleWindow 3 logged weeks), the setup
// rule (a mean-rest change of 10 s or more) and the recovery rule (the
// next session within NextWithin, worse at WorsePercent 3% or more).
// Every expected value is worked out from those rules by hand.

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/history"
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

// rested is a leg-extension record on date with one burst per rest given,
// so its mean rest is their mean.
func rested(date time.Time, rests ...time.Duration) restpause.Record {
	r := rpSet(date, 0, 0, false, 0)
	r.Bursts = nil
	for _, d := range rests {
		r.Bursts = append(r.Bursts, restpause.Burst{Reps: 4, Rest: d})
	}
	return r
}

// TestSetupMeanRestChange pins the setup rule "changed mean rest (by 10 s
// or more)" against the exercise's record before: a change of exactly
// 10 s either way is a change (the rule says "or more"), 9.5 s is not.
// Mean rest is the rests' total over the bursts: 25 s and 35 s is 30 s.
// A record with no burst has no mean rest to compare.
func TestSetupMeanRestChange(t *testing.T) {
	asOf := monday.AddDate(0, 0, 6)
	prevDay, thisDay := monday.AddDate(0, 0, -4), monday.AddDate(0, 0, 3)
	prev := rested(prevDay, 20*time.Second, 20*time.Second) // mean 20 s
	for _, tc := range []struct {
		name   string
		prev   restpause.Record
		this   restpause.Record
		change string // "" for none
	}{
		{"up 10 s", prev, rested(thisDay, 25*time.Second, 35*time.Second), "mean rest 20s to 30s on 2025-03-06"},
		{"up 9.5 s", prev, rested(thisDay, 24*time.Second, 35*time.Second), ""},
		{"down 10 s", prev, rested(thisDay, 15*time.Second, 5*time.Second), "mean rest 20s to 10s on 2025-03-06"},
		{"down 9.5 s", prev, rested(thisDay, 15*time.Second, 6*time.Second), ""},
		{"no burst before", rested(prevDay), rested(thisDay, 20*time.Second), ""},
		{"no burst now", prev, rested(thisDay), ""},
	} {
		rv, err := Weekly(Log{Records: []restpause.Record{tc.this, tc.prev}}, asOf, Settings{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		it := rv.Item(CheckSetup)
		want := Item{Checkpoint: CheckSetup, Status: StatusOK,
			Says:     []string{"The setup held this week: no setup friction or early technique signal of note, and the same protocol and rest as before."},
			Evidence: []string{"Leg Extension: 1 rest-pause set, no setup friction."}}
		if tc.change != "" {
			want.Status = StatusAttention
			want.Says = []string{"The setup changed or fought back this week (see the evidence); a version you can repeat, with stable positions and normal control from the first rep, keeps progress readable."}
			want.Evidence = []string{"Leg Extension: 1 rest-pause set, no setup friction; changed " + tc.change + "."}
		}
		if diff := cmp.Diff(want, it); diff != "" {
			t.Errorf("%s: setup (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestSetupFrictionAndTechnique: setup friction below TroubleLevel (5) is
// evidence but not attention; a technique signal already in the
// activation set is attention; a protocol appearing from none is a
// change; two sets of the week are counted.
func TestSetupFrictionAndTechnique(t *testing.T) {
	asOf := monday.AddDate(0, 0, 6)
	a := rpSet(monday.AddDate(0, 0, 1), 0, 0, false, TroubleLevel-1)
	b := rpSet(monday.AddDate(0, 0, 3), 0, 0, false, 2)
	rv, err := Weekly(Log{Records: []restpause.Record{b, a}}, asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if it := rv.Item(CheckSetup); it.Status != StatusOK || !cmp.Equal(it.Evidence, []string{"Leg Extension: 2 rest-pause sets, setup friction up to 5 of 10."}) {
		t.Errorf("friction 5: %+v", it)
	}
	b.Activation.Signals.Momentum = true
	b.Protocol = "myo-reps"
	rv, err = Weekly(Log{Records: []restpause.Record{b, a}}, asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Leg Extension: 2 rest-pause sets, setup friction up to 5 of 10, a technique signal already in the activation set of 1; changed protocol none to myo-reps on 2025-03-06."
	if it := rv.Item(CheckSetup); it.Status != StatusAttention || !cmp.Equal(it.Evidence, []string{want}) {
		t.Errorf("technique: %+v\nwant %s", it, want)
	}
}

// squat is one straight set of barbell squats, a main lift.
func squat(date time.Time, load repkit.Load, reps int) volume.Work {
	return volume.Work{Date: date, Exercise: "Squat (Barbell)", Load: load, Reps: reps}
}

// TestRecoveryWorseBoundary pins the recovery rule: the next session is
// worse when its best e1RM is WorsePercent (3%) or more below the session
// before the rest-pause day ("or more": exactly 3.0% is worse). Single
// reps make the e1RM the load (Epley at 1 rep), so 100 kg then 97 kg is
// 3.0% lower, 97.1 kg is 2.9% lower, 103 kg is 3.0% higher.
func TestRecoveryWorseBoundary(t *testing.T) {
	asOf := monday.AddDate(0, 0, 6)
	for _, tc := range []struct {
		next    repkit.Load
		status  Status
		verdict string
	}{
		{97 * repkit.Kilogram, StatusAttention, "worse by 3.0%"},
		{97100 * repkit.Gram, StatusOK, "held"},
		{103 * repkit.Kilogram, StatusOK, "better by 3.0%"},
		{100 * repkit.Kilogram, StatusOK, "held"},
	} {
		log := Log{
			Straight: []volume.Work{squat(monday, 100*repkit.Kilogram, 1), squat(monday.AddDate(0, 0, 5), tc.next, 1)},
			Records:  []restpause.Record{rpSet(monday.AddDate(0, 0, 3), 0, 0, false, 0)},
		}
		rv, err := Weekly(log, asOf, Settings{})
		if err != nil {
			t.Fatal(err)
		}
		it := rv.Item(CheckRecovery)
		ev := "Squat (Barbell) after the rest-pause day 2025-03-06: 2025-03-08 best " + tc.next.Display(repkit.UnitKilogram) + " x 1 (e1RM " +
			tc.next.Display(repkit.UnitKilogram) + ") against 2025-03-03 100kg x 1 (e1RM 100kg): " + tc.verdict + "."
		if it.Status != tc.status || !cmp.Equal(it.Evidence, []string{ev}) {
			t.Errorf("next %v: %+v\nwant %s", tc.next, it, ev)
		}
	}
}

// recovery reviews the week of monday with the given squats and a
// rest-pause day on Thursday (two records that day: one day to judge).
func recovery(t *testing.T, straight ...volume.Work) Item {
	t.Helper()
	thu := monday.AddDate(0, 0, 3)
	other := rpSet(thu, 0, 0, false, 0)
	other.Exercise = "Leg Curl"
	log := Log{Straight: straight, Records: []restpause.Record{rpSet(thu, 0, 0, false, 0), other}}
	rv, err := Weekly(log, monday.AddDate(0, 0, 6), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	return rv.Item(CheckRecovery)
}

// TestRecoveryWhichSessions pins which sessions the recovery checkpoint
// compares: the lift's first session on a day after the rest-pause day
// against its last session on a day before it; a session on the
// rest-pause day itself is neither; a lift with no session before the
// day is not judged.
func TestRecoveryWhichSessions(t *testing.T) {
	kg := repkit.Kilogram
	noMain := "No main lift was logged before and after this week's rest-pause days, so recovery cannot be judged from the log."
	// Friday (90 kg, 10% lower) is the next session, not Saturday.
	it := recovery(t, squat(monday, 100*kg, 1), squat(monday.AddDate(0, 0, 4), 90*kg, 1), squat(monday.AddDate(0, 0, 5), 100*kg, 1))
	if it.Status != StatusAttention || len(it.Evidence) != 1 || !strings.Contains(it.Evidence[0], ": 2025-03-07 best 90kg x 1") ||
		!strings.HasSuffix(it.Evidence[0], "against 2025-03-03 100kg x 1 (e1RM 100kg): worse by 10.0%.") {
		t.Errorf("next session: %+v", it)
	}
	// Thursday's squat, on the rest-pause day, is neither side: Saturday
	// is judged against Monday.
	it = recovery(t, squat(monday, 100*kg, 1), squat(monday.AddDate(0, 0, 3), 80*kg, 1), squat(monday.AddDate(0, 0, 5), 100*kg, 1))
	if it.Status != StatusOK || len(it.Evidence) != 1 || !strings.HasSuffix(it.Evidence[0], ": 2025-03-08 best 100kg x 1 (e1RM 100kg) against 2025-03-03 100kg x 1 (e1RM 100kg): held.") {
		t.Errorf("same-day session: %+v", it)
	}
	// Only Thursday and Saturday: nothing before the day.
	it = recovery(t, squat(monday.AddDate(0, 0, 3), 80*kg, 1), squat(monday.AddDate(0, 0, 5), 100*kg, 1))
	if it.Status != StatusNoData || len(it.Evidence) != 0 || !cmp.Equal(it.Says, []string{noMain}) {
		t.Errorf("nothing before: %+v", it)
	}
	// Bench before, squat after: different lifts, nothing to compare.
	bench := volume.Work{Date: monday, Exercise: "Bench Press (Barbell)", Load: 80 * kg, Reps: 5}
	it = recovery(t, bench, squat(monday.AddDate(0, 0, 5), 100*kg, 1))
	if it.Status != StatusNoData || len(it.Evidence) != 0 {
		t.Errorf("other lift before: %+v", it)
	}
	// A 0 kg set is no external load: Monday has no session to compare.
	it = recovery(t, squat(monday, 0, 5), squat(monday.AddDate(0, 0, 5), 100*kg, 1))
	if it.Status != StatusNoData || len(it.Evidence) != 0 {
		t.Errorf("0 kg before: %+v", it)
	}
	// Monday's best set by e1RM is 110 kg x 1, not the 100 kg x 1 before it.
	it = recovery(t, squat(monday, 100*kg, 1), squat(monday, 110*kg, 1), squat(monday.AddDate(0, 0, 5), 110*kg, 1))
	if len(it.Evidence) != 1 || !strings.HasSuffix(it.Evidence[0], "against 2025-03-03 110kg x 1 (e1RM 110kg): held.") {
		t.Errorf("best set: %+v", it)
	}
}

// TestRecoveryWithoutRestPauseThisWeek: main lifts but no rest-pause day
// this week (last week's does not count): nothing to judge.
func TestRecoveryWithoutRestPauseThisWeek(t *testing.T) {
	log := Log{
		Straight: []volume.Work{squat(monday, 100*repkit.Kilogram, 1), squat(monday.AddDate(0, 0, 5), 90*repkit.Kilogram, 1)},
		Records:  []restpause.Record{rpSet(monday.AddDate(0, 0, -4), 0, 0, false, 0)},
	}
	rv, err := Weekly(log, monday.AddDate(0, 0, 6), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	want := Item{Checkpoint: CheckRecovery, Status: StatusNoData, Says: []string{"No rest-pause sets this week."}}
	if diff := cmp.Diff(want, rv.Item(CheckRecovery)); diff != "" {
		t.Errorf("recovery (-want +got):\n%s", diff)
	}
}

// names returns the names of exs.
func names(exs []exercise.Exercise) []string {
	var out []string
	for _, e := range exs {
		out = append(out, e.Name)
	}
	return out
}

// TestWeeklySwitchForRepeatedTrouble: an exercise with trouble in 2 of
// its last 3 weeks (here both of its 2) gets a trend with Switch, the
// catalog alternatives (same primary muscles, suitable, in the common
// gym: for the leg extension, the machine hack squat), and the Coach's
// change of exercise (progression.Coach.Trouble: Switch makes the
// decision ActionChangeExercise), which puts the progression and the
// switch checkpoints to attention. An exercise only in an earlier week has
// no trend this week.
func TestWeeklySwitchForRepeatedTrouble(t *testing.T) {
	asOf := monday.AddDate(0, 0, 6)
	recs := []restpause.Record{
		rpSet(monday.AddDate(0, 0, -4), TroubleLevel, TroubleLevel, false, 0),
		rpSet(monday.AddDate(0, 0, 3), TroubleLevel, TroubleLevel, false, 0),
	}
	curl := rpSet(monday.AddDate(0, 0, -4), 0, 0, false, 0)
	curl.Exercise = "Leg Curl"
	rv, err := Weekly(Log{Records: append(recs, curl)}, asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Trends) != 1 || rv.Trends[0].Exercise != "Leg Extension" || !rv.Trends[0].Switch ||
		!cmp.Equal(names(rv.Trends[0].Alternatives), []string{"Machine Hack Squat"}) {
		t.Fatalf("trends %+v", rv.Trends)
	}
	if len(rv.Next) != 1 || rv.Next[0].Decision.Action != progression.ActionChangeExercise {
		t.Fatalf("next %+v", rv.Next)
	}
	sentence := "Leg Extension: " + rv.Next[0].Sentence
	if it := rv.Item(CheckProgression); it.Status != StatusAttention || !cmp.Equal(it.Says, []string{sentence}) {
		t.Errorf("progression %+v", it)
	}
	sw := Item{Checkpoint: CheckSwitch, Status: StatusAttention, Says: []string{sentence}, Evidence: []string{rv.Trends[0].Sentence()}}
	if diff := cmp.Diff(sw, rv.Item(CheckSwitch)); diff != "" {
		t.Errorf("switch (-want +got):\n%s", diff)
	}

	// The hack squat, logged under another name but with its catalog id,
	// also has repeated trouble: it is avoided by id, and the leg
	// extension has no alternative left (nor the hack squat: the leg
	// extension is avoided by name).
	for _, r := range recs {
		r.Exercise, r.ExerciseID = "Hack Squat", "hack-squat-machine"
		recs = append(recs, r)
	}
	rv, err = Weekly(Log{Records: recs}, asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Trends) != 2 {
		t.Fatalf("trends %+v", rv.Trends)
	}
	for _, tr := range rv.Trends {
		if !tr.Switch || len(tr.Alternatives) != 0 {
			t.Errorf("trend %s: switch %v, alternatives %v", tr.Exercise, tr.Switch, names(tr.Alternatives))
		}
	}
}

// TestWeeklyCalmWeek: one calm set: every checkpoint but recovery says
// OK, with no trend switching and the Coach not reducing or changing.
func TestWeeklyCalmWeek(t *testing.T) {
	rv, err := Weekly(Log{Records: []restpause.Record{rpSet(monday.AddDate(0, 0, 3), 0, 0, false, 0)}}, monday.AddDate(0, 0, 6), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Checkpoint{CheckSetup, CheckProgression, CheckSwitch} {
		if it := rv.Item(c); it.Status != StatusOK {
			t.Errorf("%s: %+v", c, it)
		}
	}
	want := Item{Checkpoint: CheckSwitch, Status: StatusOK, Says: []string{"Tolerance and progress are not the main story this week."},
		Evidence: []string{"Leg Extension: no joint discomfort in 1 week; no setup friction."}}
	if diff := cmp.Diff(want, rv.Item(CheckSwitch)); diff != "" {
		t.Errorf("switch (-want +got):\n%s", diff)
	}
	// A checkpoint the review lacks is the empty item of that checkpoint.
	if got := (Review{}).Item(CheckRecovery); !cmp.Equal(got, Item{Checkpoint: CheckRecovery}) {
		t.Errorf("empty review: %+v", got)
	}
}

// TestWeeklyCoachError: a Coach whose settings are bad has no decision;
// the progression checkpoint says so in its evidence and gives no Next.
func TestWeeklyCoachError(t *testing.T) {
	rv, err := Weekly(Log{Records: []restpause.Record{rpSet(monday.AddDate(0, 0, 3), 0, 0, false, 0)}}, monday.AddDate(0, 0, 6),
		Settings{Coach: progression.Coach{DeloadPercent: 99}})
	if err != nil {
		t.Fatal(err)
	}
	it := rv.Item(CheckProgression)
	if len(rv.Next) != 0 || it.Status != StatusOK || len(it.Evidence) != 1 || !strings.HasPrefix(it.Evidence[0], "Leg Extension: no decision: ") {
		t.Errorf("progression %+v, next %+v", it, rv.Next)
	}
}

// TestFromHistoryEdges: the log keeps the history's unit when it is a
// named unit (kg, lb, g: UnitGram is the last) and leaves it unknown
// otherwise; a working set of 1 rep is a straight set (at least one rep),
// and so is a working set after a recovered rest-pause set, which uses
// only its own sets; an unmapped name keeps no id.
func TestFromHistoryEdges(t *testing.T) {
	kg := repkit.Kilogram
	start := time.Date(2025, 6, 2, 18, 0, 0, 0, time.UTC)
	h := &history.History{Source: history.FormatStrong, Unit: repkit.UnitGram, Workouts: []history.Workout{{
		Start: start,
		Exercises: []history.ExerciseLog{
			{Name: "Lateral Raise (Cable)", Sets: []history.Set{
				{Kind: history.KindWorking, Load: 7 * kg, Reps: 12},
				{Kind: history.KindRestPause, Load: 7 * kg, Reps: 5},
				{Kind: history.KindRestPause, Load: 7 * kg, Reps: 4},
				{Kind: history.KindWorking, Load: 7 * kg, Reps: 10},
			}},
			{Name: "Garage Contraption", Sets: []history.Set{{Kind: history.KindWorking, Load: 20 * kg, Reps: 1}}},
		},
	}}}
	log := FromHistory(h, history.RecoverOptions{})
	if log.Unit != repkit.UnitGram {
		t.Errorf("unit %v, want g", log.Unit)
	}
	if len(log.Records) != 1 || log.Records[0].TotalReps() != 12+5+4 {
		t.Fatalf("records %+v", log.Records)
	}
	want := []volume.Work{
		{Date: start, Exercise: "Lateral Raise (Cable)", ExerciseID: "cable-lateral-raise", Load: 7 * kg, Reps: 10},
		{Date: start, Exercise: "Garage Contraption", Load: 20 * kg, Reps: 1},
	}
	type set struct {
		name, id string
		load     repkit.Load
		reps     int
	}
	var got, wantSets []set
	for _, w := range log.Straight {
		got = append(got, set{w.Exercise, w.ExerciseID, w.Load, w.Reps})
	}
	for _, w := range want {
		wantSets = append(wantSets, set{w.Exercise, w.ExerciseID, w.Load, w.Reps})
	}
	if diff := cmp.Diff(wantSets, got, cmp.AllowUnexported(set{})); diff != "" {
		t.Errorf("straight (-want +got):\n%s", diff)
	}
	h.Unit = repkit.UnitGram + 1
	if got := FromHistory(h, history.RecoverOptions{}).Unit; got != repkit.UnitUnknown {
		t.Errorf("unit %v, want unknown", got)
	}
}

// TestRecoveryNextWithin pins NextWithin: a session 7 days after the
// rest-pause day is within it ("within" includes its end), one second
// later is not. The rest-pause day is logged at 00:00 on Monday at
// +14:00 (10:00 UTC the Sunday before), so a session logged in UTC on the
// week's Sunday can be a full 7 days after it and still lie in the week.
func TestRecoveryNextWithin(t *testing.T) {
	if NextWithin != 7*24*time.Hour {
		t.Fatalf("NextWithin %v: the case assumes 7 days", NextWithin)
	}
	kiritimati := time.FixedZone("+1400", 14*3600)
	d := time.Date(2025, 3, 3, 0, 0, 0, 0, kiritimati)
	asOf := time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		after  time.Duration
		status Status
	}{
		{NextWithin, StatusAttention},
		{NextWithin + time.Second, StatusNoData},
		{NextWithin - time.Second, StatusAttention},
	} {
		next := d.Add(tc.after).In(time.UTC)
		log := Log{
			Straight: []volume.Work{squat(time.Date(2025, 2, 27, 18, 0, 0, 0, time.UTC), 100*repkit.Kilogram, 1), squat(next, 90*repkit.Kilogram, 1)},
			Records:  []restpause.Record{rpSet(d, 0, 0, false, 0)},
		}
		rv, err := Weekly(log, asOf, Settings{})
		if err != nil {
			t.Fatal(err)
		}
		if it := rv.Item(CheckRecovery); it.Status != tc.status {
			t.Errorf("session %v after: %+v, want %s", tc.after, it, tc.status)
		}
	}
}

// TestProgressionOutingsByDay: the Coach reads an exercise's rest-pause
// records by day: records of one day are one progression.Outing, records
// of different days different outings. The oracle builds those outings by
// hand and asks the Coach directly, with the weights the review documents
// (progression.Gym.WeightsLogged for the exercise's equipment, a machine
// for the leg extension, in the common kilogram gym).
func TestProgressionOutingsByDay(t *testing.T) {
	thu := monday.AddDate(0, 0, 3)
	asOf := monday.AddDate(0, 0, 6)
	a := rpSet(thu, 0, 0, false, 0) // 15+5 = 20 reps
	b := rpSet(thu.Add(time.Hour), 0, 0, false, 0)
	b.Activation.Reps, b.Bursts = 8, []restpause.Burst{{Reps: 4, Rest: 20 * time.Second}} // 12 reps
	c := rpSet(thu.AddDate(0, 0, -7), 0, 0, false, 0)
	gym, err := progression.CommonGym(repkit.UnitKilogram)
	if err != nil {
		t.Fatal(err)
	}
	coach := progression.Coach{Unit: repkit.UnitKilogram, Weights: gym.WeightsLogged(exercise.Machine, repkit.LoadExternal, 50*repkit.Kilogram)}
	for _, tc := range []struct {
		name    string
		recs    []restpause.Record
		outings []progression.Outing
	}{
		{"two sets on the first day", []restpause.Record{b, a},
			[]progression.Outing{{Date: a.Date, RestPause: []restpause.Record{a, b}}}},
		{"a day before, then one set", []restpause.Record{b, c},
			[]progression.Outing{{Date: c.Date, RestPause: []restpause.Record{c}}, {Date: b.Date, RestPause: []restpause.Record{b}}}},
		{"a day before, then two sets", []restpause.Record{b, a, c},
			[]progression.Outing{{Date: c.Date, RestPause: []restpause.Record{c}}, {Date: a.Date, RestPause: []restpause.Record{a, b}}}},
	} {
		want, err := coach.Decide(tc.outings, asOf, fatigue.DoseUnknown)
		if err != nil {
			t.Fatal(err)
		}
		rv, err := Weekly(Log{Unit: repkit.UnitKilogram, Records: tc.recs}, asOf, Settings{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rv.Next) != 1 || rv.Next[0].Sentence != want.String() {
			t.Fatalf("%s: next %+v\nwant %s", tc.name, rv.Next, want)
		}
		if diff := cmp.Diff(want, rv.Next[0].Decision, cmp.Exporter(func(reflect.Type) bool { return true })); diff != "" {
			t.Errorf("%s: decision (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestMistakesShowTheJump: the common-mistakes checkpoint gives the
// volume jump's figures for every muscle when no finding shown already
// carries them: in a week with no finding, and in a week whose only
// finding (rest-pause on a high-skill lift, the barbell squat) has no
// volume changes. Leg extensions 15+5 at 50 kg from 2025-W10 are 20 reps
// and 1000 kg of volume load, with no week before to compare.
func TestMistakesShowTheJump(t *testing.T) {
	asOf := monday.AddDate(0, 0, 6)
	a := rpSet(monday.AddDate(0, 0, 3), 0, 0, false, 0)
	lead := "Rest-pause entered in 2025-W10."
	quads := "Quadriceps from 2025-W10: 0 straight hard sets, 1 rest-pause set (15 activation reps, 1 burst of 5 reps in all), 20 reps and 1000kg volume load a week after (1 week): no weeks before rest-pause to compare with."
	rv, err := Weekly(Log{Unit: repkit.UnitKilogram, Records: []restpause.Record{a}}, asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	want := Item{Checkpoint: CheckMistakes, Status: StatusOK, Says: []string{"None of the guide's common mistakes shows this week."}, Evidence: []string{lead, quads}}
	if diff := cmp.Diff(want, rv.Item(CheckMistakes)); diff != "" {
		t.Errorf("no finding (-want +got):\n%s", diff)
	}
	sq := a
	sq.Exercise = "Squat (Barbell)"
	rv, err = Weekly(Log{Unit: repkit.UnitKilogram, Records: []restpause.Record{a, sq}}, asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	it := rv.Item(CheckMistakes)
	if it.Status != StatusAttention || len(it.Evidence) < 2 || !strings.Contains(it.Evidence[0], "Squat (Barbell)") || it.Evidence[1] != lead {
		t.Errorf("high-skill finding: %+v", it)
	}
}
