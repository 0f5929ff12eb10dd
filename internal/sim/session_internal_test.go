package sim

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

var (
	sessionDate = time.Date(2026, 2, 2, 18, 0, 0, 0, time.UTC)
	kg75        = 75 * repkit.Kilogram
	// a record so far: its content does not matter to session, only that
	// there is one
	someHistory = []progression.Outing{{Load: kg75}}
	effortEqual = cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })
)

// set is a straight set of reps reps with rir reps in reserve.
func set(reps, rir int) progression.WorkSet {
	return progression.WorkSet{Reps: reps, Effort: repkit.AtRIR(repkit.RIR(rir))}
}

// TestStraightSets pins the straight-set session: three sets at the load,
// set k at capacity S x (1 - 0.02k), each one rep short of failure and no
// more than the top of the range (12 when the decision has none or judged
// a total), RIR the reps left (at most 10), a set hard within 3 reps of
// failure and with a rep done. Reps worked by hand with repsToFailure's
// floor(30 (S/L - 1)) at 75 kg.
func TestStraightSets(t *testing.T) {
	plan := progression.NextTime{Load: kg75, Reps: 8, Range: repkit.RepRange{Min: 8, Max: 12}}
	for _, c := range []struct {
		name     string
		s        float64
		d        progression.NextTime
		sets     []progression.WorkSet
		want     progression.Prescription
		wantHard float64
	}{
		// S 100, 98, 96: failure at 10, 9.2 -> 9, 8.4 -> 8; reps 9, 8, 7, all at 1 RIR
		{"one short of failure", 100, plan,
			[]progression.WorkSet{set(9, 1), set(8, 1), set(7, 1)}, progression.Prescription{Load: kg75, Reps: 8, Sets: 3}, 3},
		// S 103, 100.94, 98.88: failure at 11.2, 10.38, 9.55 -> 11, 10, 9; top 8:
		// reps 8 with 3, 2, 1 left: all hard (3 left is still hard)
		{"capped at the top, 3 left is hard", 103, progression.NextTime{Load: kg75, Reps: 6, Range: repkit.RepRange{Min: 6, Max: 8}},
			[]progression.WorkSet{set(8, 3), set(8, 2), set(8, 1)}, progression.Prescription{Load: kg75, Reps: 6, Sets: 3}, 3},
		// S 105.5, 103.39, 101.28: failure at 12.2, 11.36, 10.51 -> 12, 11, 10; top 8:
		// 4 left is not hard, 3 and 2 are
		{"4 left is not hard", 105.5, progression.NextTime{Load: kg75, Reps: 6, Range: repkit.RepRange{Min: 6, Max: 8}},
			[]progression.WorkSet{set(8, 4), set(8, 3), set(8, 2)}, progression.Prescription{Load: kg75, Reps: 6, Sets: 3}, 2},
		// S 150, 147, 144: failure at 30, 28.8, 27.6 -> 30, 28, 27; no range: top 12, RIR capped at 10
		{"no range: top 12, reserve capped at 10", 150, progression.NextTime{Load: kg75, Reps: 8},
			[]progression.WorkSet{set(12, 10), set(12, 10), set(12, 10)}, progression.Prescription{Load: kg75, Reps: 8, Sets: 3}, 0},
		// at capacity: failure 0, no rep: not hard though 0 left
		{"no rep done is not hard", 75, plan,
			[]progression.WorkSet{set(0, 0), set(0, 0), set(0, 0)}, progression.Prescription{Load: kg75, Reps: 8, Sets: 3}, 0},
		// no target reps: nothing prescribed
		{"no target, no prescription", 100, progression.NextTime{Load: kg75, Range: repkit.RepRange{Min: 8, Max: 12}},
			[]progression.WorkSet{set(9, 1), set(8, 1), set(7, 1)}, progression.Prescription{}, 3},
	} {
		l := testLifter(c.s, 0, 0)
		o, pain, hard := l.session(Straight, sessionDate, someHistory, c.d, progression.Coach{})
		want := progression.Outing{Date: sessionDate, Load: kg75, Sets: c.sets, Want: c.want}
		if diff := cmp.Diff(want, o, effortEqual); diff != "" || pain || hard != c.wantHard {
			t.Errorf("%s: pain %v hard %v (want false, %v); outing (-want +got):\n%s", c.name, pain, hard, c.wantHard, diff)
		}
	}
}

// TestStraightSetsSignals: a pain stop ends the session after the first
// set, marked as pain; a technique signal marks the straight sets as range
// shortened and all three are done.
func TestStraightSetsSignals(t *testing.T) {
	plan := progression.NextTime{Load: kg75, Reps: 8, Range: repkit.RepRange{Min: 8, Max: 12}}
	l := testLifter(100, 1, 0)
	o, pain, hard := l.session(Straight, sessionDate, someHistory, plan, progression.Coach{})
	want := progression.Outing{Date: sessionDate, Load: kg75, Sets: []progression.WorkSet{set(9, 1)},
		Signals: restpause.Signals{PainOrNerve: true}, Want: progression.Prescription{Load: kg75, Reps: 8, Sets: 3}}
	if diff := cmp.Diff(want, o, effortEqual); diff != "" || !pain || hard != 1 {
		t.Errorf("pain: pain %v hard %v (want true, 1); outing (-want +got):\n%s", pain, hard, diff)
	}
	l = testLifter(100, 0, 1)
	o, pain, hard = l.session(Straight, sessionDate, someHistory, plan, progression.Coach{})
	want = progression.Outing{Date: sessionDate, Load: kg75, Sets: []progression.WorkSet{set(9, 1), set(8, 1), set(7, 1)},
		Signals: restpause.Signals{RangeShortened: true}, Want: progression.Prescription{Load: kg75, Reps: 8, Sets: 3}}
	if diff := cmp.Diff(want, o, effortEqual); diff != "" || pain || hard != 3 {
		t.Errorf("technique: pain %v hard %v (want false, 3); outing (-want +got):\n%s", pain, hard, diff)
	}
}

// TestFirstSessionStartLoad: with no record yet, the lifter starts at the
// 2.5 kg step for about 10 reps on straight sets (S 100: 75 kg) and about
// 8 on the rest-pause lift (S 100: 100/(38/30) = 78.9, 77.5 kg), whatever
// the decision carried over from an exercise changed says; nothing is
// prescribed.
func TestFirstSessionStartLoad(t *testing.T) {
	carried := progression.NextTime{Load: 50 * repkit.Kilogram, Reps: 8, Total: true, Range: repkit.RepRange{Min: 8, Max: 12}}
	l := testLifter(100, 0, 0)
	o, _, _ := l.session(Straight, sessionDate, nil, carried, progression.Coach{})
	if o.Load != kg75 || o.Want != (progression.Prescription{}) || len(o.Sets) != 3 {
		t.Errorf("straight: load %v, want %+v, %d sets; want 75kg, nothing prescribed, 3 sets", o.Load, o.Want, len(o.Sets))
	}
	carried.Total = false
	o, _, _ = l.session(Straight, sessionDate, nil, carried, progression.Coach{})
	if o.Want != (progression.Prescription{}) {
		t.Errorf("straight, a straight decision carried over: prescribed %+v, want nothing", o.Want)
	}
	carried.Total = true
	o, _, _ = l.session(RestPause, sessionDate, nil, carried, progression.Coach{})
	if len(o.RestPause) != 1 || o.RestPause[0].Load != 77500*repkit.Gram || o.Want != (progression.Prescription{}) || o.Sets != nil {
		t.Errorf("rest-pause: %+v; want one rest-pause set at 77.5kg, nothing prescribed", o)
	}
}

// TestRestPauseOrStraight pins when the rest-pause lift is done as a
// rest-pause set: always on the first session, and after, unless the
// decision took it out (RestPause false) for a day with no dose or a pain
// stop. The straight lift is never done rest-pause.
func TestRestPauseOrStraight(t *testing.T) {
	var none progression.Reasons
	for _, c := range []struct {
		name string
		ex   int
		h    []progression.Outing
		rp   bool
		why  progression.Reasons
		want bool
	}{
		{"straight lift", Straight, someHistory, true, none, false},
		{"straight lift, first session", Straight, nil, true, none, false},
		{"first session", RestPause, nil, false, none.With(progression.ReasonDoseNone), true},
		{"kept", RestPause, someHistory, true, none, true},
		{"not kept, no reason to take it out", RestPause, someHistory, false, none, true},
		{"no dose", RestPause, someHistory, false, none.With(progression.ReasonDoseNone), false},
		{"pain stop", RestPause, someHistory, false, none.With(progression.ReasonPainStop), false},
		{"kept despite no dose", RestPause, someHistory, true, none.With(progression.ReasonDoseNone), true},
	} {
		l := testLifter(100, 0, 0)
		d := progression.NextTime{Load: kg75, RestPause: c.rp, Why: c.why, Reps: 12, Total: true}
		o, _, _ := l.session(c.ex, sessionDate, c.h, d, progression.Coach{})
		if got := len(o.RestPause) > 0; got != c.want || got == (o.Sets != nil) {
			t.Errorf("%s: rest-pause %v, straight sets %v; want rest-pause %v", c.name, got, o.Sets, c.want)
		}
	}
}

// TestRestPauseTakenOutIsStraightToTwelve: a rest-pause lift done as
// straight sets for a decision that judged a total (11-15) goes to the
// straight sets' 12, not the total's 15, and prescribes no per-set target.
// S 150 at 75 kg: failure at 30, 28, 27, so every set is capped.
func TestRestPauseTakenOutIsStraightToTwelve(t *testing.T) {
	var none progression.Reasons
	d := progression.NextTime{Load: kg75, Why: none.With(progression.ReasonDoseNone), Reps: 14, Total: true, Range: repkit.RepRange{Min: 11, Max: 15}}
	l := testLifter(150, 0, 0)
	o, _, hard := l.session(RestPause, sessionDate, someHistory, d, progression.Coach{})
	want := progression.Outing{Date: sessionDate, Load: kg75, Sets: []progression.WorkSet{set(12, 10), set(12, 10), set(12, 10)}}
	if diff := cmp.Diff(want, o, effortEqual); diff != "" || hard != 0 {
		t.Errorf("hard %v (want 0); outing (-want +got):\n%s", hard, diff)
	}
}

func burst(reps int) restpause.Burst { return restpause.Burst{Reps: reps, Rest: 15 * time.Second} }

// TestRestPauseSet pins the rest-pause set: an activation set to failure,
// bursts of floor(40% of it), then floor(75% of the burst before, unrounded)
// after 15 s, stopping when the total reaches the top (15, or the Coach's
// Total), after two bursts, or at a burst under one rep; the activation
// and every burst are hard. Activation reps by hand from floor(30 (S/75 - 1)).
func TestRestPauseSet(t *testing.T) {
	plan := progression.NextTime{Load: kg75, RestPause: true, Total: true, Reps: 14}
	for _, c := range []struct {
		name     string
		s        float64
		total    repkit.RepRange // the Coach's Total
		bursts   []restpause.Burst
		stop     restpause.Decision
		wantHard float64
	}{
		// activation 10; bursts 4 (total 14), 3 (17 >= 15)
		{"total passes the top", 100, repkit.RepRange{}, []restpause.Burst{burst(4), burst(3)},
			restpause.Decision{Reason: restpause.StopTotalReps, Value: 17, Limit: 15}, 3},
		// activation 11 (S 103.75: 30 x 0.38333 = 11.5); burst 4.4 -> 4: total 15, the top exactly
		{"total reaches the top", 103.75, repkit.RepRange{}, []restpause.Burst{burst(4)},
			restpause.Decision{Reason: restpause.StopTotalReps, Value: 15, Limit: 15}, 2},
		// activation 9 (S 98.75: 30 x 0.31667 = 9.5); bursts 3.6 -> 3, 2.7 -> 2: total 14, two bursts
		{"two bursts", 98.75, repkit.RepRange{}, []restpause.Burst{burst(3), burst(2)},
			restpause.Decision{Reason: restpause.StopMaxBursts, Value: 2, Limit: 2}, 3},
		// activation 3 (S 83.75: 30 x 0.11667 = 3.5); bursts 1.2 -> 1, 0.9 -> 0: under one rep
		{"a burst under one rep", 83.75, repkit.RepRange{}, []restpause.Burst{burst(1)},
			restpause.Decision{Reason: restpause.StopMinReps, Value: 0, Limit: 1}, 2},
		// activation 10; bursts 4 (14), 3 (17): a Total of 11-20 lets it run to two bursts
		{"the Coach's Total", 100, repkit.RepRange{Min: 11, Max: 20}, []restpause.Burst{burst(4), burst(3)},
			restpause.Decision{Reason: restpause.StopMaxBursts, Value: 2, Limit: 2}, 3},
		// activation 16 (S 115: 30 x 0.5333 = 16) is past the top already: no burst
		{"activation past the top", 115, repkit.RepRange{}, nil,
			restpause.Decision{Reason: restpause.StopTotalReps, Value: 16, Limit: 15}, 1},
	} {
		l := testLifter(c.s, 0, 0)
		o, pain, hard := l.session(RestPause, sessionDate, someHistory, plan, progression.Coach{Total: c.total})
		act := repsToFailure(c.s, kg75)
		want := progression.Outing{Date: sessionDate, Load: kg75, Want: progression.Prescription{Load: kg75, Reps: 14},
			RestPause: []restpause.Record{{Date: sessionDate, Exercise: "Cable Row", Protocol: "dc", Load: kg75,
				Activation: restpause.Burst{Reps: act}, Bursts: c.bursts, Stop: c.stop}}}
		if diff := cmp.Diff(want, o, effortEqual); diff != "" || pain || hard != c.wantHard {
			t.Errorf("%s: pain %v hard %v (want false, %v); outing (-want +got):\n%s", c.name, pain, hard, c.wantHard, diff)
		}
	}
}

// TestRestPauseSetSignals: a pain stop ends the set on the activation set;
// a technique signal shows on the second burst, which ends the set.
// S 100 at 75 kg: activation 10, bursts 4 and 3.
func TestRestPauseSetSignals(t *testing.T) {
	plan := progression.NextTime{Load: kg75, RestPause: true, Total: true, Reps: 14}
	rec := restpause.Record{Date: sessionDate, Exercise: "Cable Row", Protocol: "dc", Load: kg75, Activation: restpause.Burst{Reps: 10}}

	l := testLifter(100, 1, 0)
	o, pain, hard := l.session(RestPause, sessionDate, someHistory, plan, progression.Coach{})
	r := rec
	r.Activation.Signals.PainOrNerve = true
	r.Stop = restpause.Decision{Reason: restpause.StopPain, Burst: restpause.ActivationSet, Signal: restpause.SignalPainOrNerve}
	want := progression.Outing{Date: sessionDate, Load: kg75, RestPause: []restpause.Record{r}, Want: progression.Prescription{Load: kg75, Reps: 14}}
	if diff := cmp.Diff(want, o, effortEqual); diff != "" || !pain || hard != 1 {
		t.Errorf("pain: pain %v hard %v (want true, 1); outing (-want +got):\n%s", pain, hard, diff)
	}

	l = testLifter(100, 0, 1)
	o, pain, hard = l.session(RestPause, sessionDate, someHistory, plan, progression.Coach{})
	r = rec
	second := burst(3)
	second.Signals.RangeShortened = true
	r.Bursts = []restpause.Burst{burst(4), second}
	r.Stop = restpause.Decision{Reason: restpause.StopTechnique, Burst: 2, Signal: restpause.SignalRangeShortened}
	want = progression.Outing{Date: sessionDate, Load: kg75, RestPause: []restpause.Record{r}, Want: progression.Prescription{Load: kg75, Reps: 14}}
	if diff := cmp.Diff(want, o, effortEqual); diff != "" || pain || hard != 3 {
		t.Errorf("technique: pain %v hard %v (want false, 3); outing (-want +got):\n%s", pain, hard, diff)
	}
}

// TestRestPausePrescription: the rest-pause set records a total to beat
// only when there is a record and the decision set a total target.
func TestRestPausePrescription(t *testing.T) {
	for _, c := range []struct {
		name  string
		h     []progression.Outing
		total bool
		reps  int
		want  progression.Prescription
	}{
		{"a total to beat", someHistory, true, 14, progression.Prescription{Load: kg75, Reps: 14}},
		{"no target", someHistory, true, 0, progression.Prescription{}},
		{"a per-set target", someHistory, false, 10, progression.Prescription{}},
	} {
		l := testLifter(100, 0, 0)
		d := progression.NextTime{Load: kg75, RestPause: true, Total: c.total, Reps: c.reps}
		o, _, _ := l.session(RestPause, sessionDate, c.h, d, progression.Coach{})
		if o.Want != c.want {
			t.Errorf("%s: prescribed %+v, want %+v", c.name, o.Want, c.want)
		}
	}
}
