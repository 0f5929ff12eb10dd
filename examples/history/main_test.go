package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fixtures = "../../progression/history/testdata"

func TestRunFixtures(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{filepath.Join(fixtures, "hevy_kg.csv")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{
		"hevy export: 2 workouts, 2026-03-11 to 2026-03-13; loads shown in kg",
		"Leg Extension (Machine)\n  sessions: 1; latest 2026-03-13: 50kg x 14, 5, 3",
		"rest-pause set found: Leg Extension (Machine) on 2026-03-13: sets 1-3 at 50kg (14+5+3 reps)",
		"Bicep Curl (Cable)\n  sessions: 1; latest 2026-03-13: 20kg x 12, 11",
		"not wired: the restpause audit",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunNeedsUnit(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{filepath.Join(fixtures, "strong_rpe.csv")}, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "-unit kg or -unit lb") {
		t.Errorf("stderr: %s", errb.String())
	}
	errb.Reset()
	if code := run([]string{"-unit", "stone", filepath.Join(fixtures, "strong_rpe.csv")}, &out, &errb); code != 2 {
		t.Errorf("-unit stone: exit %d, want 2", code)
	}
	if code := run(nil, &out, &errb); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	out.Reset()
	if code := run([]string{"-unit", "lb", filepath.Join(fixtures, "strong_old.csv")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Squat (Barbell)\n  sessions: 1; latest 2019-11-02: 225lb x 5, 5") {
		t.Errorf("pounds output:\n%s", out.String())
	}
}

func TestRunRealFiles(t *testing.T) {
	data := os.Getenv("REPKIT_SHARED_DATA")
	if data == "" {
		data = "../../../shared/data"
	}
	for _, c := range []struct{ args []string }{
		{[]string{"-unit", "kg", filepath.Join(data, "workout-logs/strong/strong.csv")}},
		{[]string{filepath.Join(data, "workout-logs/hevy/workout_data.csv")}},
	} {
		if _, err := os.Stat(c.args[len(c.args)-1]); err != nil {
			t.Skipf("real workout logs not present (set REPKIT_SHARED_DATA): %v", err)
		}
		var out, errb bytes.Buffer
		if code := run(c.args, &out, &errb); code != 0 || errb.Len() != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errb.String())
		}
		if !strings.Contains(out.String(), "main-lift e1RM trend") {
			t.Errorf("%v: no trend section", c.args)
		}
	}
}
