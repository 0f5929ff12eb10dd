package progression_test

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/progression"
)

func reps(rs ...int) []progression.WorkSet {
	sets := make([]progression.WorkSet, len(rs))
	for i, r := range rs {
		sets[i].Reps = r
	}
	return sets
}

func withEffort(sets []progression.WorkSet, i int, e repkit.Effort) []progression.WorkSet {
	sets[i].Effort = e
	return sets
}

// TestDoubleProgressionTable follows Liftosaur's dp(8-12) on a kilogram
// barbell, 3 sets, cap 1 RIR where it matters.
func TestDoubleProgressionTable(t *testing.T) {
	bar := must(progression.StandardBarbell(repkit.UnitKilogram))
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: bar}
	capped := dp
	capped.MinRIR = 1
	dumbbells := dp
	dumbbells.Weights = must(progression.Dumbbells(repkit.UnitKilogram))
	stack := dp
	stack.Weights = progression.Stack{Pins: must(progression.SelectorStack(repkit.UnitKilogram)).Pins}
	p := func(load repkit.Load, target int) progression.Prescription {
		return progression.Prescription{Load: load, Sets: 3, Reps: target}
	}
	s := func(load repkit.Load, sets []progression.WorkSet) progression.Performance {
		return progression.Performance{Load: load, Sets: sets}
	}
	tests := []struct {
		name string
		dp   progression.DoubleProgression
		want progression.Prescription
		done progression.Performance
		rec  progression.Recommendation
	}{
		{"bottom met: one more rep", dp, p(100*kg, 8), s(100*kg, reps(8, 8, 8)),
			progression.Recommendation{Action: progression.ActionAddReps, Reason: progression.ReasonTargetsMet, Load: 100 * kg, Reps: 9}},
		{"extra reps raise targets by one only", dp, p(100*kg, 8), s(100*kg, reps(11, 10, 10)),
			progression.Recommendation{Action: progression.ActionAddReps, Reason: progression.ReasonTargetsMet, Load: 100 * kg, Reps: 9}},
		{"top in every set: one plate step, back to 8", dp, p(100*kg, 11), s(100*kg, reps(12, 12, 12)),
			progression.Recommendation{Action: progression.ActionAddLoad, Reason: progression.ReasonTopOfRange, Load: 102500 * g, Reps: 8, Got: 12, Want: 12}},
		{"top in two sets of three: add a rep", dp, p(100*kg, 11), s(100*kg, reps(12, 12, 11)),
			progression.Recommendation{Action: progression.ActionAddReps, Reason: progression.ReasonTargetsMet, Load: 100 * kg, Reps: 12}},
		{"a miss holds everything", dp, p(100*kg, 9), s(100*kg, reps(9, 8, 9)),
			progression.Recommendation{Action: progression.ActionHold, Reason: progression.ReasonTargetMissed, Load: 100 * kg, Reps: 9, Set: 2, Got: 8, Want: 9}},
		{"a miss at the top does not add load", dp, p(100*kg, 12), s(100*kg, reps(12, 12, 10)),
			progression.Recommendation{Action: progression.ActionHold, Reason: progression.ReasonTargetMissed, Load: 100 * kg, Reps: 12, Set: 3, Got: 10, Want: 12}},
		{"failure past a cap of 1 RIR", capped, p(100*kg, 9), s(100*kg, withEffort(reps(9, 9, 9), 2, repkit.AtRIR(0))),
			progression.Recommendation{Action: progression.ActionHold, Reason: progression.ReasonEffortCapExceeded, Load: 100 * kg, Reps: 9, Set: 3, Got: 0, Want: 1}},
		{"RPE 9.5 may be 0 RIR: past a cap of 1", capped, p(100*kg, 9), s(100*kg, withEffort(reps(9, 9, 9), 0, repkit.AtRPE(9.5))),
			progression.Recommendation{Action: progression.ActionHold, Reason: progression.ReasonEffortCapExceeded, Load: 100 * kg, Reps: 9, Set: 1, Got: 0, Want: 1}},
		{"RPE 9 is 1 RIR: within a cap of 1", capped, p(100*kg, 9), s(100*kg, withEffort(reps(9, 9, 9), 0, repkit.AtRPE(9))),
			progression.Recommendation{Action: progression.ActionAddReps, Reason: progression.ReasonTargetsMet, Load: 100 * kg, Reps: 10}},
		{"effort not recorded is not failure", capped, p(100*kg, 12), s(100*kg, reps(12, 12, 12)),
			progression.Recommendation{Action: progression.ActionAddLoad, Reason: progression.ReasonTopOfRange, Load: 102500 * g, Reps: 8, Got: 12, Want: 12}},
		{"failure allowed with no cap", dp, p(100*kg, 9), s(100*kg, withEffort(reps(9, 9, 9), 2, repkit.AtRIR(0))),
			progression.Recommendation{Action: progression.ActionAddReps, Reason: progression.ReasonTargetsMet, Load: 100 * kg, Reps: 10}},
		{"two of three sets", dp, p(100*kg, 9), s(100*kg, reps(12, 12)),
			progression.Recommendation{Action: progression.ActionHold, Reason: progression.ReasonMissingSets, Load: 100 * kg, Reps: 9, Got: 2, Want: 3}},
		{"heaviest dumbbell", dumbbells, p(50*kg, 12), s(50*kg, reps(12, 12, 12)),
			progression.Recommendation{Action: progression.ActionHold, Reason: progression.ReasonNoHeavierLoad, Load: 50 * kg, Reps: 12, Got: 12, Want: 12}},
		{"dumbbells: 10 kg to 12 kg (the rack steps 2 kg above 10)", dumbbells, p(10*kg, 12), s(10*kg, reps(12, 12, 12)),
			progression.Recommendation{Action: progression.ActionAddLoad, Reason: progression.ReasonTopOfRange, Load: 12 * kg, Reps: 8, Got: 12, Want: 12}},
		{"stack: one pin", stack, p(45*kg, 12), s(45*kg, reps(13, 12, 12)),
			progression.Recommendation{Action: progression.ActionAddLoad, Reason: progression.ReasonTopOfRange, Load: 50 * kg, Reps: 8, Got: 12, Want: 12}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.dp.Next(tt.want, tt.done)
			if err != nil {
				t.Fatal(err)
			}
			tt.rec.From, tt.rec.Sets, tt.rec.Range = tt.done.Load, tt.want.Sets, tt.dp.Range
			if diff := cmp.Diff(tt.rec, got); diff != "" {
				t.Errorf("Next (-want +got):\n%s", diff)
			}
			if got.String() == "" {
				t.Error("empty sentence")
			}
		})
	}
}

func TestDoubleProgressionSentences(t *testing.T) {
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: must(progression.StandardBarbell(repkit.UnitPound)), Unit: repkit.UnitPound}
	top, _ := dp.Next(progression.Prescription{Load: 135 * lb, Reps: 12}, progression.Performance{Load: 135 * lb, Sets: reps(12, 12)})
	if want := "Every set reached 12 reps, the top of 8-12: add 5lb, to 140lb, and go back to 8 reps a set."; top.String() != want {
		t.Errorf("got  %q\nwant %q", top.String(), want)
	}
	miss, _ := dp.Next(progression.Prescription{Load: 135 * lb, Reps: 10}, progression.Performance{Load: 135 * lb, Sets: reps(10, 9)})
	if want := "Set 2 reached 9 of 10 reps: stay at 135lb and aim for 10 reps a set again."; miss.String() != want {
		t.Errorf("got  %q\nwant %q", miss.String(), want)
	}
}

func TestDoubleProgressionErrors(t *testing.T) {
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	ok := progression.Prescription{Load: 100 * kg, Reps: 8}
	tests := []struct {
		name  string
		dp    progression.DoubleProgression
		want  progression.Prescription
		done  progression.Performance
		field string
		err   error
	}{
		{"zero value", progression.DoubleProgression{}, ok, progression.Performance{Load: 100 * kg, Sets: reps(8)}, "range", repkit.ErrInvalid},
		{"no equipment", progression.DoubleProgression{Range: dp.Range}, ok, progression.Performance{Load: 100 * kg, Sets: reps(8)}, "equipment", progression.ErrEquipment},
		{"bad cap", progression.DoubleProgression{Range: dp.Range, MinRIR: 11, Weights: dp.Weights}, ok, progression.Performance{Load: 100 * kg, Sets: reps(8)}, "min_rir", repkit.ErrInvalid},
		{"inverted range", progression.DoubleProgression{Range: repkit.RepRange{Min: 12, Max: 8}, Weights: dp.Weights}, ok, progression.Performance{Load: 100 * kg, Sets: reps(8)}, "range", repkit.ErrInvalid},
		{"target outside range", dp, progression.Prescription{Load: 100 * kg, Reps: 13}, progression.Performance{Load: 100 * kg, Sets: reps(8)}, "prescription.reps", repkit.ErrInvalid},
		{"no sets", dp, ok, progression.Performance{Load: 100 * kg}, "session.sets", repkit.ErrInvalid},
		{"negative reps", dp, ok, progression.Performance{Load: 100 * kg, Sets: reps(8, -1)}, "session.sets[1].reps", repkit.ErrInvalid},
		{"bad effort", dp, ok, progression.Performance{Load: 100 * kg, Sets: withEffort(reps(8), 0, repkit.AtRPE(11))}, "session.sets[0].effort", repkit.ErrInvalid},
		{"RIR 11", dp, ok, progression.Performance{Load: 100 * kg, Sets: withEffort(reps(8, 9), 1, repkit.AtRIR(11))}, "session.sets[1].effort", repkit.ErrInvalid},
		{"RIR -1", dp, ok, progression.Performance{Load: 100 * kg, Sets: withEffort(reps(8, 9), 1, repkit.AtRIR(-1))}, "session.sets[1].effort", repkit.ErrInvalid},
		{"reps 1001", dp, ok, progression.Performance{Load: 100 * kg, Sets: reps(8, 1001)}, "session.sets[1].reps", repkit.ErrInvalid},
		{"unachievable load", dp, ok, progression.Performance{Load: 101 * kg, Sets: reps(8)}, "session.load", progression.ErrNotAchievable},
		{"negative load", dp, ok, progression.Performance{Load: -kg, Sets: reps(8)}, "session.load", repkit.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := tt.dp.Next(tt.want, tt.done)
			var pe *progression.FieldError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Field != tt.field {
				t.Fatalf("err = %v, want %v naming %q", err, tt.err, tt.field)
			}
			if rec != (progression.Recommendation{}) {
				t.Errorf("a recommendation came with the error: %+v", rec)
			}
		})
	}
}

func TestDoubleProgressionStart(t *testing.T) {
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	got, err := dp.Start(61*kg, 3)
	if want := (progression.Prescription{Load: 60 * kg, Sets: 3, Reps: 8}); err != nil || got != want {
		t.Errorf("Start(61kg, 3) = %+v, %v; want %+v", got, err, want)
	}
	if _, err := dp.Start(10*kg, 3); !errors.Is(err, progression.ErrNotAchievable) {
		t.Errorf("Start below the bar: err = %v", err)
	}
}

// testDoubleProgressionLaws checks the invariants against an
// independent reading of the rules, on random barbells and sessions.
func testDoubleProgressionLaws(t *rapid.T) {
	bar, model := genBarbell(t)
	lo := rapid.IntRange(1, 15).Draw(t, "min")
	dp := progression.DoubleProgression{
		Range:   repkit.RepRange{Min: lo, Max: rapid.IntRange(lo, 20).Draw(t, "max")},
		MinRIR:  repkit.RIR(rapid.IntRange(0, 3).Draw(t, "cap")),
		Weights: bar,
	}
	load := rapid.SampledFrom(model).Draw(t, "load")
	want := progression.Prescription{Load: load, Sets: rapid.IntRange(0, 4).Draw(t, "sets"), Reps: rapid.IntRange(dp.Range.Min, dp.Range.Max).Draw(t, "target")}
	done := progression.Performance{Load: load, Sets: rapid.SliceOfN(rapid.Custom(func(t *rapid.T) progression.WorkSet {
		s := progression.WorkSet{Reps: rapid.IntRange(max(0, want.Reps-2), dp.Range.Max+1).Draw(t, "reps")}
		switch rapid.IntRange(0, 2).Draw(t, "effort kind") {
		case 1:
			s.Effort = repkit.AtRIR(repkit.RIR(rapid.IntRange(0, 4).Draw(t, "rir")))
		case 2:
			s.Effort = repkit.AtRPE(repkit.RPE(rapid.IntRange(12, 20).Draw(t, "rpe2")) / 2)
		}
		return s
	}), 1, 5).Draw(t, "done")}

	success, top := len(done.Sets) >= want.Sets, true
	for _, s := range done.Sets {
		rir, recorded := s.Effort.RIR()
		if s.Reps < want.Reps || recorded && rir.Min < dp.MinRIR {
			success = false
		}
		top = top && s.Reps >= dp.Range.Max
	}
	rec, err := dp.Next(want, done)
	if err != nil {
		t.Fatal(err)
	}
	next, hasNext := bar.Next(load)
	if !bar.Achievable(rec.Load) {
		t.Fatalf("recommended %v, not achievable", rec.Load)
	}
	if rec.Load != load && !(hasNext && rec.Load == next) {
		t.Fatalf("load moved from %v to %v, more than one step (next %v)", load, rec.Load, next)
	}
	if !dp.Range.Contains(rec.Reps) || rec.Reps > want.Reps+1 && rec.Load == load {
		t.Fatalf("targets went from %d to %d", want.Reps, rec.Reps)
	}
	switch {
	case !success:
		if rec.Load != load || rec.Reps != want.Reps || rec.Action != progression.ActionHold {
			t.Fatalf("no success but %+v", rec)
		}
	case top && hasNext:
		if rec.Load != next || rec.Reps != dp.Range.Min || rec.Action != progression.ActionAddLoad {
			t.Fatalf("success at the top but %+v", rec)
		}
	case top:
		if rec.Reason != progression.ReasonNoHeavierLoad || rec.Load != load || rec.Reps != min(want.Reps+1, dp.Range.Max) {
			t.Fatalf("top with nothing heavier but %+v", rec)
		}
	default:
		if rec.Load != load || rec.Reps != min(want.Reps+1, dp.Range.Max) {
			t.Fatalf("success below the top but %+v", rec)
		}
	}
}

func TestDoubleProgressionLaws(t *testing.T) { rapid.Check(t, testDoubleProgressionLaws) }
func FuzzDoubleProgressionLaws(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(testDoubleProgressionLaws))
}

// TestDoubleProgressionMachine drives the progression session after session
// against a model that only counts: the pin index on a stack and the target.
func TestDoubleProgressionMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		stack := progression.Stack{Pins: must(progression.SelectorStack(repkit.UnitKilogram)).Pins}
		dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 6, Max: 10}, Weights: stack}
		pin, target := 0, 6
		p, err := dp.Start(stack.Pins[0], 2)
		if err != nil {
			t.Fatal(err)
		}
		step := func(sets []progression.WorkSet) progression.Recommendation {
			rec, err := dp.Next(p, progression.Performance{Load: p.Load, Sets: sets})
			if err != nil {
				t.Fatal(err)
			}
			p = rec.Prescription()
			return rec
		}
		t.Repeat(map[string]func(*rapid.T){
			"top": func(t *rapid.T) {
				if target != 10 {
					t.Skip("not at the top yet")
				}
				step(reps(10, 10))
				if pin < len(stack.Pins)-1 {
					pin, target = pin+1, 6
				}
			},
			"met": func(t *rapid.T) {
				if target == 10 {
					t.Skip("at the top, meeting the target is the top")
				}
				step(reps(target, target))
				target = min(target+1, 10)
				if target == 10 && p.Reps != 10 {
					t.Fatalf("target %d, want 10", p.Reps)
				}
			},
			"missed": func(t *rapid.T) {
				step(reps(target, target-1))
			},
			"": func(t *rapid.T) {
				if p.Load != stack.Pins[pin] || p.Reps != target || p.Sets != 2 {
					t.Fatalf("prescription %+v, model pin %d (%v) target %d", p, pin, stack.Pins[pin], target)
				}
			},
		})
	})
}

// testReplayMatchesNext: Replay gives exactly what Next gives in a loop, the
// same recommendation or the same error with the session's index in its
// field, on histories with every kind of effort, bad sets, loads the
// equipment cannot make, and missing sets. Replay judges with its own fast
// loop, so this is the check that the two never disagree.
func testReplayMatchesNext(t *rapid.T) {
	stack := progression.Stack{Pins: must(progression.SelectorStack(repkit.UnitKilogram)).Pins}
	dp := progression.DoubleProgression{
		Range:   repkit.RepRange{Min: 6, Max: 10},
		MinRIR:  repkit.RIR(rapid.IntRange(0, 3).Draw(t, "cap")),
		Weights: stack,
	}
	start := progression.Prescription{Load: 50 * kg, Sets: rapid.IntRange(0, 3).Draw(t, "sets"), Reps: 6}
	effort := rapid.Custom(func(t *rapid.T) repkit.Effort {
		switch rapid.IntRange(0, 40).Draw(t, "effort kind") {
		case 0:
			return repkit.AtRIR(repkit.RIR(rapid.SampledFrom([]int{-1, 11, -128}).Draw(t, "bad rir")))
		case 1:
			return repkit.AtRPE(repkit.RPE(rapid.Float64Range(-1, 11).Draw(t, "any rpe")))
		}
		return gen.Effort().Draw(t, "valid effort")
	})
	set := rapid.Custom(func(t *rapid.T) progression.WorkSet {
		r := rapid.IntRange(4, 11).Draw(t, "reps")
		if rapid.IntRange(0, 2).Draw(t, "at the top") > 0 {
			r = rapid.IntRange(10, 11).Draw(t, "top reps")
		}
		if rapid.IntRange(0, 60).Draw(t, "bad reps") == 0 {
			r = rapid.SampledFrom([]int{-1, 1001, -1 << 40}).Draw(t, "bad")
		}
		return progression.WorkSet{Reps: r, Effort: effort.Draw(t, "effort")}
	})
	session := rapid.Custom(func(t *rapid.T) progression.Performance {
		load := rapid.SampledFrom([]repkit.Load{45 * kg, 50 * kg, 50 * kg, 55 * kg, 60 * kg}).Draw(t, "load")
		if rapid.IntRange(0, 40).Draw(t, "bad load") == 0 {
			load = rapid.SampledFrom([]repkit.Load{-1, -kg, 52 * kg, 0}).Draw(t, "bad")
		}
		n := rapid.IntRange(1, 3).Draw(t, "set count")
		if rapid.IntRange(0, 40).Draw(t, "no sets") == 0 {
			n = 0
		}
		return progression.Performance{Load: load, Sets: rapid.SliceOfN(set, n, n).Draw(t, "sets")}
	})
	h := rapid.SliceOfN(session, 1, 10).Draw(t, "history")

	// Every prefix of the history: Replay's answer for it is Next's for
	// its last session, or the first error Next meets.
	p := start
	for k := 1; k <= len(h); k++ {
		got, gotErr := dp.Replay(start, h[:k])
		rec, err := dp.Next(p, h[k-1])
		if err != nil {
			var pe *progression.FieldError
			if !errors.As(err, &pe) {
				t.Fatalf("Next: %v is not an *Error", err)
			}
			field := "history[" + strconv.Itoa(k-1) + "]." + pe.Field
			if !errors.As(gotErr, &pe) || pe.Field != field || !errors.Is(gotErr, errors.Unwrap(err)) {
				t.Fatalf("Replay of %d sessions: %v, %+v; Next failed with %v at %s", k, gotErr, got, err, field)
			}
			return
		}
		if gotErr != nil {
			t.Fatalf("Replay of %d sessions: %v; Next gave %+v", k, gotErr, rec)
		}
		if diff := cmp.Diff(rec, got); diff != "" {
			t.Fatalf("Replay of %d sessions (-Next loop +Replay):\n%s", k, diff)
		}
		p = rec.Prescription()
	}
}

func TestReplayMatchesNext(t *testing.T) { rapid.Check(t, testReplayMatchesNext) }
func FuzzReplayMatchesNext(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(testReplayMatchesNext))
}

// TestReplayChecksEveryLoad: a first session at a load of -1 ng is still
// checked. Replay once remembered the last checked load starting from -1,
// so such a session slipped through unchecked.
func TestReplayChecksEveryLoad(t *testing.T) {
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	for _, l := range []repkit.Load{-1, -kg, 101 * kg} {
		_, err := dp.Replay(progression.Prescription{Load: 100 * kg, Reps: 8}, []progression.Performance{{Load: l, Sets: reps(8)}})
		var pe *progression.FieldError
		if !errors.As(err, &pe) || pe.Field != "history[0].session.load" {
			t.Errorf("Replay of one session at %v: err = %v, want one naming history[0].session.load", l, err)
		}
	}
}

// DoubleProgression's limits and Replay's checks of earlier sessions: 0
// sets (any) and 1000 are allowed, 1001 are not; an earlier session's bad
// first set or unachievable load is an error naming that session, whether
// or not its load changed; a set with 0 reps and a bad effort is refused for
// its effort.
func TestDoubleProgressionLimits(t *testing.T) {
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	for _, sets := range []int{0, 1000} {
		if _, err := dp.Start(100*kg, sets); err != nil {
			t.Errorf("Start(100kg, %d): %v", sets, err)
		}
		if _, err := dp.Replay(progression.Prescription{Load: 100 * kg, Reps: 8, Sets: sets}, []progression.Performance{{Load: 100 * kg, Sets: reps(8)}}); err != nil {
			t.Errorf("Replay from %d sets: %v", sets, err)
		}
	}
	field := func(err error) string {
		var fe *progression.FieldError
		if !errors.As(err, &fe) {
			return "no FieldError: " + fmt.Sprint(err)
		}
		return fe.Field
	}
	for _, sets := range []int{-1, 1001} {
		if _, err := dp.Start(100*kg, sets); field(err) != "sets" {
			t.Errorf("Start(100kg, %d): %v, want an error on sets", sets, err)
		}
		if _, err := dp.Replay(progression.Prescription{Load: 100 * kg, Reps: 8, Sets: sets}, []progression.Performance{{Load: 100 * kg, Sets: reps(8)}}); field(err) != "prescription.sets" {
			t.Errorf("Replay from %d sets: %v, want an error on prescription.sets", sets, err)
		}
	}
	start := progression.Prescription{Load: 100 * kg, Reps: 8, Sets: 3}
	ok := progression.Performance{Load: 100 * kg, Sets: reps(8, 8, 8)}
	tests := []struct {
		name  string
		bad   progression.Performance
		field string
	}{
		{"a bad first set at the same load", progression.Performance{Load: 100 * kg, Sets: reps(-1, 8, 8)}, "history[1].session.sets[0].reps"},
		{"an unachievable load", progression.Performance{Load: 101 * kg, Sets: reps(8, 8, 8)}, "history[1].session.load"},
		{"0 reps and a bad effort", progression.Performance{Load: 100 * kg, Sets: withEffort(reps(0, 8, 8), 0, repkit.AtRPE(11))}, "history[1].session.sets[0].effort"},
	}
	for _, tt := range tests {
		if _, err := dp.Replay(start, []progression.Performance{ok, tt.bad, ok}); field(err) != tt.field {
			t.Errorf("%s: %v, want an error on %s", tt.name, err, tt.field)
		}
	}
}

// Sets of 1000 reps, the most a set may record, are the top of a range
// that ends at 1000; an invalid effort's error carries the effort's own
// hint; an empty bar is no load the bar and plates make.
func TestDoubleProgressionEdges(t *testing.T) {
	dp := progression.DoubleProgression{Range: repkit.RepRange{Min: 990, Max: 1000}, Weights: steps(t)}
	r, err := dp.Next(progression.Prescription{Load: 100 * kg, Reps: 1000}, progression.Performance{Load: 100 * kg, Sets: reps(1000, 1000)})
	if err != nil || r.Action != progression.ActionAddLoad || r.Load != 102500*g {
		t.Errorf("1000s in 990-1000: %+v, %v; want add load to 102.5kg", r, err)
	}
	bad := repkit.AtRPE(11)
	var want *repkit.FieldError
	if !errors.As(bad.Validate(), &want) || want.Hint == "" {
		t.Fatalf("RPE 11: %v, want a repkit.FieldError with a hint", bad.Validate())
	}
	_, err = dp.Next(progression.Prescription{Load: 100 * kg, Reps: 995}, progression.Performance{Load: 100 * kg, Sets: withEffort(reps(995), 0, bad)})
	var fe *progression.FieldError
	if !errors.As(err, &fe) || fe.Field != "session.sets[0].effort" || fe.Hint != want.Hint {
		t.Errorf("RPE 11: %v, want an error on session.sets[0].effort with the hint %q", err, want.Hint)
	}
	// A set of 1000 reps is in bounds whatever its effort: at RPE 8 it is
	// read like the plain 1000s above (RPE 8 leaves 2 in reserve, so the
	// load goes up), and with a bad effort the error names the effort, not
	// the reps.
	r, err = dp.Next(progression.Prescription{Load: 100 * kg, Reps: 1000}, progression.Performance{Load: 100 * kg, Sets: withEffort(reps(1000), 0, repkit.AtRPE(8))})
	if err != nil || r.Action != progression.ActionAddLoad || r.Load != 102500*g {
		t.Errorf("1000 at RPE 8 in 990-1000: %+v, %v; want add load to 102.5kg", r, err)
	}
	_, err = dp.Next(progression.Prescription{Load: 100 * kg, Reps: 1000}, progression.Performance{Load: 100 * kg, Sets: withEffort(reps(1000), 0, bad)})
	if !errors.As(err, &fe) || fe.Field != "session.sets[0].effort" {
		t.Errorf("1000 at RPE 11: %v, want an error on session.sets[0].effort", err)
	}
	barbell := progression.DoubleProgression{Range: repkit.RepRange{Min: 8, Max: 12}, Weights: must(progression.StandardBarbell(repkit.UnitKilogram))}
	_, err = barbell.Next(progression.Prescription{Load: 100 * kg, Reps: 8}, progression.Performance{Load: 0, Sets: reps(8)})
	if !errors.As(err, &fe) || fe.Field != "session.load" || !errors.Is(err, progression.ErrNotAchievable) {
		t.Errorf("0kg on a 20kg bar: %v, want ErrNotAchievable on session.load", err)
	}
}
