// Package examples_test keeps the example programs honest: every program
// under examples/ must have a test that runs it.
package examples_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

// TestEveryExampleIsRun fails when an example program has no test that
// calls its run function, directly or by handing it to a helper such as
// exampletest.Output, so none of them can rot unnoticed.
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
			if callsRun(t, f) {
				runs = true
			}
		}
		if !runs {
			t.Errorf("examples/%s has no test that calls run(...) or passes run to a helper", d.Name())
		}
	}
	if n < 8 {
		t.Errorf("found %d example programs, want at least the 8 the README lists", n)
	}
}

// callsRun reports whether the Go file calls run or passes run as an
// argument to a call. Comments do not count.
func callsRun(t *testing.T, file string) bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	isRun := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && id.Name == "run"
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if isRun(call.Fun) {
				found = true
			}
			for _, a := range call.Args {
				if isRun(a) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
