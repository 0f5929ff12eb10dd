// Package apicheck holds module-wide checks of repkit's exported API: one
// name, one meaning across the module (issue 11). It has no code of its own;
// its test reads the module's source with go/parser.
package apicheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// packageLocal are the names that may repeat across packages because each
// package uses them for its own instance of one pattern: a reason code of
// that package's decisions, a set of them, their zero, the package's
// field-carrying error type, and a conformance kit's Run (the
// testing/slogtest shape).
var packageLocal = map[string]bool{
	"Reason":        true,
	"Reasons":       true,
	"ReasonUnknown": true,
	"FieldError":    true,
	"Run":           true,
}

// exported maps each library package (relative path) to its exported
// package-level names: types, functions, constants and variables. Commands
// (package main), test files and internal packages (which no user of the
// module can import) are left out.
func exported(t *testing.T, root string) map[string][]string {
	t.Helper()
	names := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "internal") {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(root, path)
		entries, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(path, e.Name()), nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			if f.Name.Name != "main" {
				names[rel] = append(names[rel], declared(f)...)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for k := range names {
		slices.Sort(names[k])
	}
	return names
}

// declared returns the exported package-level names of f.
func declared(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.IsExported() {
				out = append(out, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() {
						out = append(out, s.Name.Name)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() {
							out = append(out, n.Name)
						}
					}
				}
			}
		}
	}
	return out
}

// TestOneNameOneMeaning fails when two packages of the module export the
// same package-level name, other than the package-local patterns above: a
// Go developer reading two packages side by side must never meet a name
// that means something else there. Run it with -v to list the exported
// names per package.
func TestOneNameOneMeaning(t *testing.T) {
	names := exported(t, moduleRoot(t))
	where := map[string][]string{}
	var pkgs []string
	for pkg, ns := range names {
		pkgs = append(pkgs, pkg)
		for _, n := range ns {
			where[n] = append(where[n], pkg)
		}
	}
	sort.Strings(pkgs)
	total := 0
	for _, pkg := range pkgs {
		total += len(names[pkg])
		t.Logf("%-30s %4d exported: %s", pkg, len(names[pkg]), strings.Join(names[pkg], " "))
	}
	t.Logf("%d exported package-level names in %d packages", total, len(pkgs))
	var repeated []string
	for n, ps := range where {
		if len(ps) > 1 && !packageLocal[n] {
			slices.Sort(ps)
			repeated = append(repeated, n+" in "+strings.Join(ps, ", "))
		}
	}
	sort.Strings(repeated)
	for _, r := range repeated {
		t.Errorf("exported name defined in more than one package: %s", r)
	}
}

// TestFindsRepeats checks the check: a name declared in two packages of a
// small made-up tree is found, and a package-local pattern is not.
func TestFindsRepeats(t *testing.T) {
	dir := t.TempDir()
	write := func(path, src string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, path), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/a.go", "package a\ntype Session struct{}\ntype Reason int\nfunc (Session) Method() {}\nconst (X = 1; y = 2)\n")
	write("b/b.go", "package b\nfunc Session() {}\ntype Reason int\nfunc Method() {}\n")
	write("b/b_test.go", "package b\nvar X = 3\n")
	write("cmd/main.go", "package main\nfunc Session() {}\nfunc main() {}\n")
	write("internal/x/x.go", "package x\nfunc Session() {}\n")
	got := exported(t, dir)
	want := map[string][]string{"a": {"Reason", "Session", "X"}, "b": {"Method", "Reason", "Session"}}
	if len(got) != len(want) {
		t.Fatalf("packages = %v, want %v", got, want)
	}
	for pkg, ns := range want {
		if !slices.Equal(got[pkg], ns) {
			t.Errorf("%s: %v, want %v", pkg, got[pkg], ns)
		}
	}
}

// moduleRoot is the directory holding go.mod, two levels above this one.
func moduleRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found above %s: %v", root, err)
	}
	return root
}
