package progression_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
)

// zeroLoad matches a zero load written as a number: "0kg", "0lb", "0.0kg".
var zeroLoad = regexp.MustCompile(`(^|[^0-9.])0(\.0+)?(kg|lb)\b`)

// assistSteps is an assisted pull-up machine's stack: 5 kg to 60 kg of
// assistance in 5 kg steps.
func assistSteps(t testing.TB) progression.Ladder {
	var loads []repkit.Load
	for l := 5 * kg; l <= 60*kg; l += 5 * kg {
		loads = append(loads, l)
	}
	return mustLadder(t, loads...)
}

func TestCoachLoadKinds(t *testing.T) {
	r812 := repkit.RepRange{Min: 8, Max: 12}
	assisted := progression.Coach{Weights: assistSteps(t), Range: r812, Kind: repkit.LoadAssisted}
	body := progression.Coach{Weights: steps(t), Kind: repkit.LoadBodyweight}
	stalled := func(load repkit.Load) []progression.Outing {
		var h []progression.Outing
		for i := range 7 {
			h = append(h, out(3*i, load, 8, 8, 8))
		}
		return h
	}
	tests := []struct {
		name   string
		c      progression.Coach
		h      []progression.Outing
		action progression.Action
		load   repkit.Load
		reps   int
		text   string
	}{
		// Every set at the top of 8-12 with 30 kg of help: less help (the
		// next step down the stack), back to the bottom of the range.
		{"assisted: the top of the range takes assistance off", assisted,
			[]progression.Outing{out(0, 30*kg, 12, 12, 12)},
			progression.ActionAddLoad, 25 * kg, 8, "take 5kg of assistance off, to 25kg of assistance, and aim for 8 reps a set"},
		// Seven sessions of 8s: a stall; with no body weight known, one step
		// more help.
		{"assisted: a stall adds one step of assistance", assisted, stalled(30 * kg),
			progression.ActionReduceLoad, 35 * kg, 8, "add 5kg of assistance, from 30kg of assistance to 35kg of assistance"},
		// With body weight 80 kg the lifter moves 50 kg; 10% off is 45 kg
		// moved: 35 kg of help, a real cut of 10.0%.
		{"assisted with body weight: the deload is 10% of the load moved",
			progression.Coach{Weights: assistSteps(t), Range: r812, Kind: repkit.LoadAssisted, Bodyweight: 80 * kg}, stalled(30 * kg),
			progression.ActionReduceLoad, 35 * kg, 8, "add 5kg of assistance (10.0%), from 30kg of assistance to 35kg of assistance"},
		// Less help with reps in range is a new best, not more help: the
		// last session (25 kg of help, 9s after 10s at 30 kg) is progress.
		{"assisted: less assistance with reps in range is progress", assisted,
			[]progression.Outing{out(0, 30*kg, 10, 10, 10), out(3, 25*kg, 9, 9, 9)},
			progression.ActionAddReps, 25 * kg, 10, "stay at 25kg of assistance and aim for 10 reps a set"},
		{"assisted: the least assistance the machine gives", assisted,
			[]progression.Outing{out(0, 5*kg, 12, 12, 12)},
			progression.ActionHold, 5 * kg, 12, "5kg of assistance is the least this equipment gives (the exercise at body weight is the next step): stay at 5kg of assistance"},
		// Push-ups at body weight alone: 6s are inside 6-10 (the floor for
		// body weight alone), so a rep more, not added load.
		{"body weight: 6, 6, 6 builds reps in 6-10", body,
			[]progression.Outing{out(0, 0, 5, 5, 5), out(3, 0, 6, 6, 6)},
			progression.ActionAddReps, 0, 7, "stay at body weight and aim for 7 reps a set. (Range 6-10 inferred"},
		{"body weight: the top of the range adds load to body weight", body,
			[]progression.Outing{out(0, 0, 12, 12, 12)},
			progression.ActionAddLoad, 2500 * g, 8, "add 2.5kg to body weight (a plate held, a vest or a belt), and aim for 8 reps a set"},
		{"body weight + load: written as such", body,
			[]progression.Outing{out(0, 5*kg, 12, 12, 12)},
			progression.ActionAddLoad, 7500 * g, 8, "add 2.5kg, to body weight + 7.5kg"},
		// Seven sessions of 8s at body weight alone: a stall that cannot go
		// lighter holds, at body weight.
		{"body weight: a stall at body weight alone", body, stalled(0),
			progression.ActionHold, 0, 8, "No new best in 6 sessions (best body weight, 24 reps in all): stay at body weight and aim for 2 sets of 8 reps again. Nothing lighter than body weight is available, so the deload is one set fewer for now (or a band's help for all the sets)."},
		// 5 kg added, stalled: the step down is body weight alone.
		{"body weight: a deload can go back to body weight", progression.Coach{Weights: mustLadder(t, 5*kg, 10*kg), Kind: repkit.LoadBodyweight}, stalled(5 * kg),
			progression.ActionReduceLoad, 0, 8, "from body weight + 5kg to body weight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decide(t, tt.c, tt.h, time.Time{}, fatigue.DoseFull)
			s := d.String()
			if d.Action != tt.action || d.Load != tt.load || d.Reps != tt.reps {
				t.Errorf("got %v %v x %d, want %v %v x %d\n%s", d.Action, d.Load, d.Reps, tt.action, tt.load, tt.reps, s)
			}
			if !strings.Contains(s, tt.text) {
				t.Errorf("sentence %q lacks %q", s, tt.text)
			}
			if zeroLoad.MatchString(s) {
				t.Errorf("sentence %q writes a zero load", s)
			}
		})
	}
}

// TestAssistedProgressLowersAssistance: for any assisted history, an
// increase takes assistance off and a deload or step down adds it; and the
// decision is the one the Coach makes for the same lifter written as the
// load moved (body weight less assistance) on the matching external
// equipment, an independent reading of the same sessions.
func TestAssistedProgressLowersAssistance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		bw := repkit.Load(rapid.IntRange(70, 120).Draw(t, "bodyweight kg")) * kg
		var help, moved []repkit.Load
		for l := 5 * kg; l <= 60*kg; l += 5 * kg {
			help = append(help, l)
			moved = append(moved, bw-l)
		}
		hl, err := progression.NewLadder(help...)
		if err != nil {
			t.Fatal(err)
		}
		slicesReverse(moved)
		ml, err := progression.NewLadder(moved...)
		if err != nil {
			t.Fatal(err)
		}
		n := rapid.IntRange(1, 10).Draw(t, "sessions")
		var h, hm []progression.Outing
		for i := range n {
			a := help[rapid.IntRange(0, len(help)-1).Draw(t, "help")]
			r := rapid.IntRange(3, 15).Draw(t, "reps")
			h = append(h, out(3*i, a, r, r, max(r-1, 0)))
			hm = append(hm, out(3*i, bw-a, r, r, max(r-1, 0)))
		}
		ca := progression.Coach{Weights: hl, Kind: repkit.LoadAssisted, Bodyweight: bw}
		ce := progression.Coach{Weights: ml}
		da, err := ca.Decide(h, day0.AddDate(0, 0, 3*n), fatigue.DoseFull)
		if err != nil {
			t.Fatal(err)
		}
		de, err := ce.Decide(hm, day0.AddDate(0, 0, 3*n), fatigue.DoseFull)
		if err != nil {
			t.Fatal(err)
		}
		switch da.Action {
		case progression.ActionAddLoad:
			if da.Load >= da.From {
				t.Fatalf("an increase that adds assistance: %s", da)
			}
		case progression.ActionReduceLoad:
			if da.Load <= da.From {
				t.Fatalf("a deload that takes assistance off: %s", da)
			}
		}
		if da.Action != de.Action || da.Lead != de.Lead || da.Reps != de.Reps || da.Load != bw-de.Load || da.From != bw-de.From {
			t.Fatalf("assisted %v %v %v x %d; as load moved %v %v %v x %d", da.Action, da.Lead, da.Load, da.Reps, de.Action, de.Lead, bw-de.Load, de.Reps)
		}
	})
}

func slicesReverse(s []repkit.Load) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// TestCoachAfterPainStepDown (a reviewer's case): 100kg x 10, 10, 10, then
// a pain stop, then eight sessions at the 97.5kg the Coach stepped down
// to: the lifter is working back from pain, so the stall there is a
// deload from 97.5kg, not a change of exercise for a deload that never
// happened.
func TestCoachAfterPainStepDown(t *testing.T) {
	c := progression.Coach{Weights: steps(t), Range: repkit.RepRange{Min: 8, Max: 12}}
	pain := out(3, 100*kg, 10, 4)
	pain.Signals.PainOrNerve = true
	h := []progression.Outing{out(0, 100*kg, 10, 10, 10), pain}
	for i := range 8 {
		h = append(h, out(6+3*i, 97500*g, 10, 10, 10))
	}
	d := decide(t, c, h, time.Time{}, fatigue.DoseFull)
	if d.Action != progression.ActionReduceLoad || d.Lead != progression.ReasonStalled || d.From != 97500*g {
		t.Fatalf("got %v %v from %v: %s; want a deload from 97.5kg", d.Action, d.Lead, d.From, d)
	}
}

// Assisted rest-pause sets are judged like any other, with the help
// mirrored: 30 kg of help and 10+3+2 = 15, the top of 11-15, takes one
// step of help off. The best and the prescription come back as help.
func TestCoachAssistedRestPause(t *testing.T) {
	c := progression.Coach{Weights: assistSteps(t), Kind: repkit.LoadAssisted}
	top := restpause.Decision{Reason: restpause.StopTotalReps, Value: 15, Limit: 15}
	o := rpOut(0, 30*kg, top, 10, 3, 2)
	d := decide(t, c, []progression.Outing{o}, time.Time{}, fatigue.DoseFull)
	if d.Action != progression.ActionAddLoad || d.Lead != progression.ReasonTopOfRange || d.Load != 25*kg || d.From != 30*kg || d.Best != 30*kg || d.Prescribed != 0 {
		t.Errorf("got %v %v %v from %v (best %v, prescribed %v), want less help: 25kg from 30kg, best 30kg, none prescribed\n%s",
			d.Lead, d.Action, d.Load, d.From, d.Best, d.Prescribed, d)
	}
	// 35 kg of help prescribed for straight sets, 30 kg used: the
	// prescription is said as help.
	st := out(0, 30*kg, 10, 10, 10)
	st.Want = progression.Prescription{Load: 35 * kg, Reps: 10}
	d = decide(t, c, []progression.Outing{st}, time.Time{}, fatigue.DoseFull)
	if d.Prescribed != 35*kg || !strings.Contains(d.String(), "not the 35kg of assistance prescribed") {
		t.Errorf("Prescribed %v, want 35kg of help\n%s", d.Prescribed, d)
	}
	// Help as heavy as the body weight is refused, naming the set's load.
	c.Bodyweight = 60 * kg
	heavy := rpOut(0, 60*kg, top, 10, 3, 2)
	_, err := c.Decide([]progression.Outing{heavy}, time.Time{}, fatigue.DoseFull)
	var fe *progression.FieldError
	if !errors.As(err, &fe) || fe.Field != "history[0].rest_pause.load" || fe.Hint != "give an assistance lighter than the body weight 60kg" {
		t.Errorf("60kg of help at 60kg body weight: %v, want a FieldError on history[0].rest_pause.load", err)
	}
	// With no body weight, help past every real assistance is refused too,
	// with the hint that the load is the help, not what is lifted.
	c.Bodyweight = 0
	st.Want.Load = 1000 * kg
	_, err = c.Decide([]progression.Outing{st}, time.Time{}, fatigue.DoseFull)
	if !errors.As(err, &fe) || fe.Field != "history[0].want.load" || fe.Hint != "give the assistance the machine or band gives, not the load lifted" {
		t.Errorf("1000kg of help with no body weight: %v", err)
	}
}
