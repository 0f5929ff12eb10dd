package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The expected lines follow the output contract (id, verdict, reason codes,
// tab-separated, input order) with verdicts worked out by hand from the
// exercise package's inference rules for our fixture.
var wantLines = []string{
	"Leg_Extensions\tsuitable\t",
	"Barbell_Squat\tunsuitable\thigh-skill,self-stabilised-compound,bracing-limited,hard-stop,spinal-load,form-drift",
	"Dumbbell_Bench_Press\tcaution\tmoderate-skill,careful-stop",
	"Quad_Stretch\tunsuitable\tnot-resistance",
	"Power_Clean\tunsuitable\tballistic,high-skill,self-stabilised-compound,bracing-limited,hard-stop,spinal-load,changes-exercise",
}

func runCapture(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestLinesFromFile(t *testing.T) {
	code, out, errOut := runCapture(t, "", filepath.Join("testdata", "small.json"))
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if diff := cmp.Diff(wantLines, strings.Split(strings.TrimSuffix(out, "\n"), "\n")); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func TestLinesFromStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "small.json"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCapture(t, string(data), "-")
	if code != 0 || out != strings.Join(wantLines, "\n")+"\n" {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestSummary(t *testing.T) {
	code, out, _ := runCapture(t, "", "-summary", filepath.Join("testdata", "small.json"))
	want := "exercises\t5\nsuitable\t1\ncaution\t1\nunsuitable\t3\n\n" +
		"category\ttotal\tsuitable\tcaution\tunsuitable\n" +
		"strength\t3\t1\t1\t1\n" +
		"olympic-weightlifting\t1\t0\t0\t1\n" +
		"stretching\t1\t0\t0\t1\n"
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		wantErr string
	}{
		{"no file", "", nil, 2, "usage: classify"},
		{"two files", "", []string{"a", "b"}, 2, "usage: classify"},
		{"bad flag", "", []string{"-bogus", "x"}, 2, "-bogus"},
		{"missing file", "", []string{filepath.Join("testdata", "nope.json")}, 1, "nope.json"},
		{"malformed", `[{"id":"a","name":3}]`, []string{"-"}, 1, `entry 0 (id "a"): name`},
		{"not json", `hello`, []string{"-"}, 1, "invalid syntax"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCapture(t, tt.stdin, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.wantErr) || out != "" {
				t.Errorf("exit %d (want %d), stdout %q, stderr %q (want %q)", code, tt.code, out, errOut, tt.wantErr)
			}
		})
	}
}

func TestWarningsGoToStderr(t *testing.T) {
	code, out, errOut := runCapture(t, `[{"id":"a","name":"Curl","equipment":"trampoline"}]`, "-")
	if code != 0 || !strings.HasPrefix(out, "a\t") || !strings.Contains(errOut, `warning: -: exercise: free-exercise-db entry 0 (id "a"): equipment "trampoline": unknown name`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
