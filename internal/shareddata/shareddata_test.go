package shareddata

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeTB records a skip or a fatal error instead of ending the test, and
// panics with stopped so that Path and Read stop there as they would on a
// real testing.TB. Any other method is the embedded nil TB and panics.
type fakeTB struct {
	testing.TB
	skip, fatal string
}

type stopped struct{}

func (f *fakeTB) Helper()                   {}
func (f *fakeTB) Skip(args ...any)          { f.skip = fmt.Sprint(args...); panic(stopped{}) }
func (f *fakeTB) Skipf(s string, a ...any)  { f.skip = fmt.Sprintf(s, a...); panic(stopped{}) }
func (f *fakeTB) Fatal(args ...any)         { f.fatal = fmt.Sprint(args...); panic(stopped{}) }
func (f *fakeTB) Fatalf(s string, a ...any) { f.fatal = fmt.Sprintf(s, a...); panic(stopped{}) }

// call runs fn against a fakeTB and returns what fn returned ("" if it
// stopped) and the fakeTB.
func call(fn func(tb testing.TB) string) (got string, f *fakeTB) {
	f = &fakeTB{}
	defer func() {
		if v := recover(); v != nil {
			if _, ok := v.(stopped); !ok {
				panic(v)
			}
		}
	}()
	return fn(f), f
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPathFromEnvVar: with REPKIT_SHARED_DATA set, Path finds a present
// file there without skipping, Read returns its bytes, and a missing file
// skips with a message naming the file and the variable.
func TestPathFromEnvVar(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "logs", "a.csv"), "x")
	t.Setenv(EnvVar, dir)

	got, f := call(func(tb testing.TB) string { return Path(tb, "logs/a.csv") })
	if want := filepath.Join(dir, "logs", "a.csv"); got != want || f.skip != "" || f.fatal != "" {
		t.Errorf("Path = %q (skip %q, fatal %q), want %q", got, f.skip, f.fatal, want)
	}
	got, f = call(func(tb testing.TB) string { return string(Read(tb, "logs/a.csv")) })
	if got != "x" || f.skip != "" || f.fatal != "" {
		t.Errorf("Read = %q (skip %q, fatal %q), want \"x\"", got, f.skip, f.fatal)
	}

	got, f = call(func(tb testing.TB) string { return Path(tb, "logs/missing.csv") })
	if got != "" || !strings.HasPrefix(f.skip, "shared data logs/missing.csv not present (set REPKIT_SHARED_DATA ") {
		t.Errorf("Path of a missing file = %q, skip %q; want a skip naming the file and %s", got, f.skip, EnvVar)
	}

	// A directory is present, so Path finds it, but Read cannot read it.
	got, f = call(func(tb testing.TB) string { return string(Read(tb, "logs")) })
	if got != "" || f.fatal == "" || f.skip != "" {
		t.Errorf("Read of a directory = %q, fatal %q, skip %q; want a fatal error", got, f.fatal, f.skip)
	}
}

// TestPathBesideModuleRoot: with REPKIT_SHARED_DATA empty, Path looks in
// ../shared/data beside the folder holding go.mod, found from a working
// directory two levels below it.
func TestPathBesideModuleRoot(t *testing.T) {
	top := t.TempDir()
	write(t, filepath.Join(top, "repkit", "go.mod"), "module example.com/m\n")
	write(t, filepath.Join(top, "shared", "data", "db", "e.json"), "{}")
	work := filepath.Join(top, "repkit", "a", "b")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvVar, "")
	t.Chdir(work)

	got, f := call(func(tb testing.TB) string { return Path(tb, "db/e.json") })
	if want := filepath.Join(top, "shared", "data", "db", "e.json"); got != want || f.skip != "" {
		t.Errorf("Path = %q (skip %q), want %q", got, f.skip, want)
	}
}

// TestModuleRoot: moduleRoot is the nearest folder at or above the
// working directory that holds go.mod, and false where none does.
func TestModuleRoot(t *testing.T) {
	top := t.TempDir()
	write(t, filepath.Join(top, "outer", "go.mod"), "module outer\n")
	write(t, filepath.Join(top, "outer", "inner", "go.mod"), "module inner\n")
	deep := filepath.Join(top, "outer", "inner", "x", "y")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	bare := filepath.Join(top, "bare")
	if err := os.MkdirAll(bare, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cwd, want string
	}{
		{deep, filepath.Join(top, "outer", "inner")},
		{filepath.Join(top, "outer"), filepath.Join(top, "outer")},
	} {
		t.Chdir(tc.cwd)
		if got, ok := moduleRoot(); !ok || got != tc.want {
			t.Errorf("from %s: moduleRoot() = %q, %v; want %q, true", tc.cwd, got, ok, tc.want)
		}
	}

	// From a folder with no go.mod at or above it, there is no root, and
	// Path skips rather than guess.
	for d := bare; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			t.Skipf("%s holds a go.mod, so no folder below it lacks a module root", d)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	t.Chdir(bare)
	if got, ok := moduleRoot(); ok || got != "" {
		t.Errorf("from %s: moduleRoot() = %q, %v; want \"\", false", bare, got, ok)
	}
	t.Setenv(EnvVar, "")
	got, f := call(func(tb testing.TB) string { return Path(tb, "db/e.json") })
	if got != "" || !strings.HasPrefix(f.skip, "no go.mod above the working directory") {
		t.Errorf("Path with no module root = %q, skip %q; want a skip saying there is no go.mod", got, f.skip)
	}
}
