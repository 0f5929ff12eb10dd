package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunTableAndSVG(t *testing.T) {
	svg := filepath.Join(t.TempDir(), "block.svg")
	var out bytes.Buffer
	if err := run([]string{"-svg", svg}, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	// Worked by hand from internal/sim's model and the Coach's rules.
	// Week 1, day 1, capacity 100 kg (the Grower's start). Barbell lift:
	// the starting load for 10 reps is 100/(1+10/30) = 75 kg; reps to
	// failure floor(30*(S/75-1)) with S losing 2% a set: 10, 9, 8, and the
	// lifter stops one short: 9/8/7. A new load's target is the bottom of
	// the inferred range (t = 7: 6-10), and the weakest set's 7 meets it:
	// add a rep. Cable row: the start for 8 reps is 100/(1+8/30) = 78.9,
	// floored to 77.5 kg; the activation set floor(30*(100/77.5-1)) = 8,
	// bursts 40% of it (3) and 75% of that (2): 13, inside 11-15: hold.
	// Day 4: the barbell lift's 9/8/7 misses the prescribed 8: hold.
	for _, want := range []string{
		"1    1    Barbell lift    75kg     9/8/7      add-reps         75kg",
		"1    1    Cable row       77.5kg   8+3+2      hold             77.5kg",
		"1    4    Barbell lift    75kg     9/8/7      hold             75kg",
	} {
		if !containsLine(lines, want) {
			t.Errorf("session line missing; want %q in\n%s", want, out.String())
		}
	}
	// No mini-set of 0 reps is ever logged, and the harness's rest-pause
	// set has at most 2 bursts.
	rows := 0
	for _, l := range lines {
		if f := strings.Fields(l); len(f) == 8 && f[0] != "week" {
			rows++
			if strings.Contains(f[5], "+0") || strings.Count(f[5], "+") > 2 {
				t.Errorf("reps %q: a 0-rep mini-set or more than 2 bursts", f[5])
			}
		}
	}
	// Two lifts twice a week for 16 weeks, less the last session of each,
	// which has no next-time decision yet.
	if rows != 62 {
		t.Errorf("%d session rows, want 62", rows)
	}
	for _, prefix := range []string{"Barbell lift, week 16 -> ", "Cable row, week 16 -> ", "chart written to "} {
		if !hasPrefixLine(lines, prefix) {
			t.Errorf("no line starting %q", prefix)
		}
	}
	f, err := os.Open(svg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	counts := map[string]int{}
	dec := xml.NewDecoder(f)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
		}
	}
	if counts["svg"] != 1 || counts["polyline"] != 2 || counts["circle"] != 62 {
		t.Errorf("SVG elements %v: want 1 svg, 2 polylines (one per lift), 62 load points", counts)
	}
}

func TestRunWritesNothingByDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("run wrote %d files without -svg", len(entries))
	}
	if strings.Contains(out.String(), "chart written") {
		t.Error("says a chart was written")
	}
}

func TestRunBadFlags(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-weeks", "1"}, &out); err == nil || !strings.Contains(err.Error(), "give 2 to 520 weeks") {
		t.Errorf("-weeks 1: %v; want an error saying what to give", err)
	}
	if err := run([]string{"-nope"}, &out); err == nil {
		t.Error("unknown flag accepted")
	}
	if err := run([]string{"-svg", filepath.Join(t.TempDir(), "missing", "x.svg")}, &out); err == nil {
		t.Error("unwritable -svg path accepted")
	}
}

func containsLine(lines []string, want string) bool {
	for _, l := range lines {
		if strings.TrimRight(l, " ") == want {
			return true
		}
	}
	return false
}

func hasPrefixLine(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}
