// Package examples_test keeps the example programs honest: every program
// under examples/ must have a test that runs it.
package examples_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryExampleIsRun fails when an example program has no test that
// calls its run function, so none of them can rot unnoticed.
func TestEveryExampleIsRun(t *testing.T) {
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(d.Name(), "main.go")); err != nil {
			continue
		}
		n++
		tests, _ := filepath.Glob(filepath.Join(d.Name(), "*_test.go"))
		runs := false
		for _, f := range tests {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(b), "run(") {
				runs = true
			}
		}
		if !runs {
			t.Errorf("examples/%s has no test that calls run(...)", d.Name())
		}
	}
	if n < 8 {
		t.Errorf("found %d example programs, want at least the 8 the README lists", n)
	}
}
