package restpause_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

func TestRecordRepsText(t *testing.T) {
	for _, c := range []struct {
		rec  restpause.Record
		want string
	}{
		{restpause.Record{}, "0"},
		{restpause.Record{Activation: restpause.Burst{Reps: 12}}, "12"},
		{restpause.Record{Activation: restpause.Burst{Reps: 14}, Bursts: []restpause.Burst{{Reps: 5}, {Reps: 3}}}, "14+5+3"},
		{restpause.Record{Activation: restpause.Burst{Reps: 9}, Bursts: []restpause.Burst{{Reps: 0}, {Reps: 10}}}, "9+0+10"},
	} {
		if got := c.rec.RepsText(); got != c.want {
			t.Errorf("RepsText of %d+%v = %q, want %q", c.rec.Activation.Reps, c.rec.Bursts, got, c.want)
		}
	}
}

// cableRaise is the plan's prescription for 3 x 12 cable lateral raises:
// 12 at rpe 8-9, then 2 bursts of 3-4 after 20 s, at most 12+2*4 = 20 reps.
var cableRaise = restpause.Replacement{
	Activation: 12, RPE: restpause.RPERange{Min: 8, Max: 9}, Bursts: 2,
	BurstReps: repkit.RepRange{Min: 3, Max: 4}, Rest: 20 * time.Second,
	TotalReps: 20, Replaced: 36, Straight: 288 * time.Second, Time: 100 * time.Second,
}

func TestReplacementTotalRange(t *testing.T) {
	// 12 + 2*3 = 18 at the least the plan asks for, 20 at the most.
	if got, want := cableRaise.TotalRange(), (repkit.RepRange{Min: 18, Max: 20}); got != want {
		t.Errorf("TotalRange = %v, want %v", got, want)
	}
	if got := cableRaise.Protocol().TotalRepRange; got != cableRaise.TotalRange() {
		t.Errorf("Protocol().TotalRepRange = %v, want TotalRange %v", got, cableRaise.TotalRange())
	}
	if got := (restpause.Replacement{}).TotalRange(); !got.IsZero() {
		t.Errorf("zero Replacement's TotalRange = %v, want the zero range", got)
	}
}

func TestReplacementString(t *testing.T) {
	want := "1 x 12 at rpe 8-9, then 2 bursts of 3-4 reps after 20s rests: 20 reps for the 36 replaced, about 1m40s instead of 4m48s"
	if got := cableRaise.String(); got != want {
		t.Errorf("String =\n%s\nwant\n%s", got, want)
	}
	one := cableRaise
	one.Bursts, one.TotalReps, one.RPE, one.Time = 1, 16, restpause.RPERange{}, 1500*time.Millisecond+time.Minute
	want = "1 x 12, then 1 burst of 3-4 reps after 20s a rest: 16 reps for the 36 replaced, about 1m2s instead of 4m48s"
	if got := one.String(); got != want {
		t.Errorf("String of one burst =\n%s\nwant\n%s", got, want)
	}
}

func TestProtocolsChoose(t *testing.T) {
	var ps restpause.Protocols
	for _, c := range []struct{ name, want string }{
		{"", "planned-rest-pause 12 rpe 8-9 + 2x3-4 after 20s"},
		{"default", "rest-pause"},
		{"Default", "rest-pause"},
		{"myo-reps", "myo-reps"},
		{"DC high", "dc-high"},
	} {
		p, err := ps.Choose(c.name, cableRaise)
		if err != nil || p.Name != c.want {
			t.Errorf("Choose(%q) = %q, %v; want %q", c.name, p.Name, err, c.want)
		}
	}
	if _, err := ps.Choose("german volume", cableRaise); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("Choose of an unknown name: err %v, want one wrapping ErrUnknownName", err)
	}
}

func TestStepTarget(t *testing.T) {
	rpe := restpause.RPERange{Min: 8, Max: 9}
	reps := repkit.RepRange{Min: 10, Max: 10}
	for _, c := range []struct {
		step restpause.Step
		want string
	}{
		{restpause.Step{Kind: restpause.StepActivation, Reps: reps, RPE: rpe}, "10 reps, effort rpe 8-9"},
		{restpause.Step{Kind: restpause.StepActivation, RPE: restpause.RPERange{Min: 9, Max: 9}}, "as many reps as rpe 9 allows"},
		{restpause.Step{Kind: restpause.StepActivation, Reps: reps}, "10 reps"},
		{restpause.Step{Kind: restpause.StepActivation}, "as many clean reps as you can"},
		{restpause.Step{Kind: restpause.StepBurst, Burst: 1, Reps: repkit.RepRange{Min: 2, Max: 4}}, "target 2-4 reps"},
		{restpause.Step{Kind: restpause.StepBurst, Burst: 2}, "a few clean reps"},
		{restpause.Step{Kind: restpause.StepDone}, ""},
		{restpause.Step{}, ""},
	} {
		if got := c.step.Target(); got != c.want {
			t.Errorf("Target of %+v = %q, want %q", c.step, got, c.want)
		}
	}
}

// A lifter picks a preset by name, or nothing to run the plan's own
// prescription, and the set is progressed over the range the plan expects.
func ExampleProtocols_Choose() {
	planned := restpause.Replacement{
		Activation: 10, RPE: restpause.RPERange{Min: 8, Max: 9}, Bursts: 2,
		BurstReps: repkit.RepRange{Min: 2, Max: 4}, Rest: 20 * time.Second, TotalReps: 18,
	}
	var presets restpause.Protocols
	for _, name := range []string{"", "myo-reps"} {
		p, err := presets.Choose(name, planned)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%q runs %s\n", name, p.Name)
	}
	fmt.Println("progress over", planned.TotalRange(), "total reps")
	// Output:
	// "" runs planned-rest-pause 10 rpe 8-9 + 2x2-4 after 20s
	// "myo-reps" runs myo-reps
	// progress over 14-18 total reps
}

func TestRecordSummaryText(t *testing.T) {
	r := restpause.Record{
		Date: time.Date(2025, time.June, 2, 19, 0, 0, 0, time.UTC), Exercise: "Leg Extension",
		Load: 45 * repkit.Kilogram, Activation: restpause.Burst{Reps: 14}, Bursts: []restpause.Burst{{Reps: 5}, {Reps: 3}},
	}
	if got, want := r.Summary(repkit.UnitKilogram), "2025-06-02 Leg Extension, 45kg x 14+5+3 reps"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	r.Exercise, r.LoadKind, r.Load, r.Bursts = "Pull Up (Assisted)", repkit.LoadAssisted, 20*repkit.Pound, nil
	if got, want := r.Summary(repkit.UnitPound), "2025-06-02 Pull Up (Assisted), 20lb of assistance x 14 reps"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

func TestAuditReportUnresolvedNames(t *testing.T) {
	recs := []restpause.Record{{Exercise: "Zercher Walk"}, {Exercise: "Squat"}, {Exercise: "Zercher Walk"}, {Exercise: "Sled Push"}}
	rep := restpause.AuditReport{Unresolved: []int{0, 2, 3, 9, -1}}
	want := []string{"Zercher Walk", "Sled Push"}
	got := rep.UnresolvedNames(recs)
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("UnresolvedNames = %q, want %q", got, want)
	}
	if got := (restpause.AuditReport{}).UnresolvedNames(recs); got != nil {
		t.Errorf("no unresolved: %q, want nil", got)
	}
}

// script is a Performer that does the activation set and bursts it is
// given, whatever the step asks.
type script struct {
	activation restpause.Burst
	bursts     []restpause.Burst
}

func (s *script) Activation(restpause.Step, repkit.Load) restpause.Burst { return s.activation }
func (s *script) Burst(step restpause.Step, _ repkit.Load) restpause.Burst {
	return s.bursts[step.Burst-1]
}

func TestPerform(t *testing.T) {
	start := restpause.Start{Date: time.Date(2025, time.June, 2, 18, 0, 0, 0, time.UTC), Exercise: "Cable Lateral Raise", Load: 7500 * repkit.Gram}
	who := &script{
		activation: restpause.Burst{Reps: 12, Effort: repkit.AtRPE(9)},
		bursts:     []restpause.Burst{{Reps: 4, Rest: 20 * time.Second}, {Reps: 3, Rest: 20 * time.Second}, {Reps: 9}},
	}
	var kinds []restpause.StepKind
	var reps []int
	// The plan allows 2 bursts: after 12, 4 and 3 the set ends at its planned maximum.
	rec, err := restpause.Perform(cableRaise.Protocol(), start, who, func(s restpause.Step, b restpause.Burst) {
		kinds = append(kinds, s.Kind)
		reps = append(reps, b.Reps)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.RepsText(); got != "12+4+3" || rec.Load != start.Load || rec.Exercise != start.Exercise {
		t.Errorf("record: %s at %v of %q, want 12+4+3 at 7.5kg of %q", got, rec.Load, rec.Exercise, start.Exercise)
	}
	if rec.Stop.Reason != restpause.StopMaxBursts || !rec.Ended() {
		t.Errorf("stop: %v, want the planned maximum of bursts", rec.Stop)
	}
	wantKinds := []restpause.StepKind{restpause.StepActivation, restpause.StepBurst, restpause.StepBurst, restpause.StepDone}
	if !slices.Equal(kinds, wantKinds) || !slices.Equal(reps, []int{12, 4, 3, 0}) {
		t.Errorf("each saw steps %v with reps %v; want %v with [12 4 3 0]", kinds, reps, wantKinds)
	}
	if _, err := restpause.Perform(cableRaise.Protocol(), start, who, nil); err != nil {
		t.Errorf("nil each: %v", err)
	}

	bad := &script{activation: restpause.Burst{Reps: 12}, bursts: []restpause.Burst{{Reps: 4, Rest: -time.Second}}}
	var fe *restpause.FieldError
	if _, err := restpause.Perform(cableRaise.Protocol(), start, bad, nil); !errors.As(err, &fe) {
		t.Errorf("a negative rest: %v, want a *FieldError", err)
	}
	if _, err := restpause.Perform(restpause.Protocol{MaxBursts: -1}, start, who, nil); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("an invalid protocol: %v, want ErrInvalid", err)
	}
}

// A demonstration runs a planned set with a scripted lifter and shows
// each step's target beside what the lifter did.
func ExamplePerform() {
	planned := restpause.Replacement{Activation: 12, RPE: restpause.RPERange{Min: 8, Max: 9}, Bursts: 2,
		BurstReps: repkit.RepRange{Min: 3, Max: 4}, Rest: 20 * time.Second, TotalReps: 20}
	who := &script{
		activation: restpause.Burst{Reps: 12, Effort: repkit.AtRPE(9)},
		bursts:     []restpause.Burst{{Reps: 4, Rest: 20 * time.Second}, {Reps: 3, Rest: 20 * time.Second}},
	}
	start := restpause.Start{Date: time.Date(2025, time.June, 2, 18, 0, 0, 0, time.UTC), Exercise: "Cable Lateral Raise", Load: 7500 * repkit.Gram}
	rec, err := restpause.Perform(planned.Protocol(), start, who, func(s restpause.Step, b restpause.Burst) {
		switch s.Kind {
		case restpause.StepActivation:
			fmt.Printf("activation: %s -> %d\n", s.Target(), b.Reps)
		case restpause.StepBurst:
			fmt.Printf("burst %d after %s: %s -> %d\n", s.Burst, s.Rest, s.Target(), b.Reps)
		default:
			fmt.Println("done:", s.Decision)
		}
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.Summary(repkit.UnitKilogram))
	// Output:
	// activation: 12 reps, effort rpe 8-9 -> 12
	// burst 1 after 20s: target 3-4 reps -> 4
	// burst 2 after 20s: target 3-4 reps -> 3
	// done: 2 bursts done, the planned maximum of 2
	// 2025-06-02 Cable Lateral Raise, 7.5kg x 12+4+3 reps
}
