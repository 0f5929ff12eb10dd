package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/repkit/repkit/internal/exampletest"
	"github.com/repkit/repkit/restpause"
)

func runQuickstart(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// TestDefaultScenario checks the key lines of the default run. The figures
// are worked by hand from the scripted lifter: 10 reps, then the plan's 2
// bursts (of 10/4 = 2 to 12/3 = 4 reps), done as 4 and 3, at 50 kg: 17 reps
// and 17 x 50 = 850 kg of volume; the plan asks for 10 + 2*2 = 14 to
// 10 + 2*4 = 18 reps in place of the 30 straight-set reps.
func TestDefaultScenario(t *testing.T) {
	out, errOut, code := runQuickstart(t)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	exampletest.Contains(t, out,
		"Barbell Bench Press (main): straight-sets",
		"main lifts keep normal rest",
		"Romanian Deadlift (accessory): straight-sets",
		"Machine Chest Press (accessory): rest-pause",
		"18 reps for the 30 replaced",
		"activation: target 10 reps at 50kg",
		"burst 2: rest 20s",
		"load 50kg, activation 10 reps, bursts 4-3",
		"total reps 17, volume load 850kg",
		"stopped: 2 bursts done, the planned maximum of 2",
		"total-rep range 14-18",
		"stay at 50kg",
		"today's intensifier dose: full",
	)
	sections := []string{"== Plan", "== Rest-pause set", "== Record", "== Next session", "== Readiness"}
	last := -1
	for _, s := range sections {
		i := strings.Index(out, s)
		if i <= last {
			t.Errorf("section %q missing or out of order", s)
		}
		last = i
	}
}

func TestJSON(t *testing.T) {
	out, errOut, code := runQuickstart(t, "-json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var got struct {
		Readiness struct{ Dose string }
		Plan      []struct{ Exercise, Choice string }
		Record    restpause.Record
		Summary   struct {
			TotalReps int `json:"total_reps"`
		}
		NextSession struct{ Action string } `json:"next_session"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out)
	}
	if got.Readiness.Dose != "full" || len(got.Plan) != 4 || got.Summary.TotalReps != 17 ||
		got.Record.TotalReps() != 17 || got.Record.Exercise != "Machine Chest Press" || got.NextSession.Action == "" {
		t.Errorf("unexpected JSON report: %+v", got)
	}
}

func TestScenarioFlags(t *testing.T) {
	out, _, code := runQuickstart(t, "-exercise", "leg extension", "-unit", "lb", "-protocol", "dc")
	if code != 0 || !strings.Contains(out, "Leg Extension, protocol dc") || !strings.Contains(out, "at 110lb") ||
		!strings.Contains(out, "total-rep range 11-15") {
		t.Errorf("leg extension / lb / dc run: exit %d\n%s", code, out)
	}
	// 52 kg is not on a 5 kg selector stack: rounded down, and said so.
	out, _, code = runQuickstart(t, "-load", "52kg")
	if code != 0 || !strings.Contains(out, "52kg cannot be set up on a selector stack; using 50kg (rounded down)") {
		t.Errorf("-load 52kg: exit %d\n%s", code, out)
	}
	// An unsuitable finisher keeps straight sets; nothing is run.
	out, _, code = runQuickstart(t, "-exercise", "romanian deadlift")
	if code != 0 || !strings.Contains(out, "Romanian Deadlift keeps its straight sets today") || strings.Contains(out, "== Record") {
		t.Errorf("-exercise romanian deadlift: exit %d\n%s", code, out)
	}
}

func TestBadFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-unit", "stone"}, `-unit "stone": want kg or lb`},
		{[]string{"-load", "50"}, `-load: repkit: load "50": missing or unknown unit`},
		{[]string{"-load", "-5kg"}, "negative value"},
		{[]string{"-load", "0kg"}, "needs a load above zero"},
		{[]string{"-exercise", "underwater basket weaving"}, "not in the built-in catalog"},
		{[]string{"-protocol", "gvt"}, `-protocol "gvt": want default, myo-reps, myo-rep-match or dc`},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-nope"}, "flag provided but not defined"},
	} {
		_, errOut, code := runQuickstart(t, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errOut, tt.want)
		}
	}
}
