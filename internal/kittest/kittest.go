// Package kittest runs the contract kits' own tests (progressiontest,
// restpausetest): a kit's Run on a broken value must fail exactly the
// subtests of the broken rules, and a failing subtest would fail the test
// that watches it, so that test runs the kit in a child process of the
// test binary and reads the child's verbose output. It is imported by
// tests only.
package kittest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// RunChild runs the test binary again with only the top-level test named
// test, verbosely and uncached, with key=value added to the environment,
// and returns the child's combined output. The child is started to run a
// kit on something broken, so RunChild stops t if the child passes.
func RunChild(t *testing.T, test, key, value string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), key+"="+value)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("%s with %s=%s passed, want it to fail:\n%s", test, key, value, out)
	}
	return string(out)
}

// Reported says whether out, the verbose output of a test run, reports
// that subtest sub of the top-level test test ended with want ("PASS",
// "FAIL" or "SKIP"). sub is the name given to t.Run; its spaces are
// written as underscores, as go test names subtests.
func Reported(out, test, sub, want string) bool {
	return strings.Contains(out, "--- "+want+": "+test+"/"+strings.ReplaceAll(sub, " ", "_")+" ")
}
