// Package shareddata finds the public data sets that repkit's tests may read
// but never copy into the repository: free-exercise-db and real workout-app
// exports. They live in ../shared/data beside the module root, or wherever
// the REPKIT_SHARED_DATA environment variable points.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar names the environment variable that overrides where the data is.
const EnvVar = "REPKIT_SHARED_DATA"

// Path returns the path of rel (slash-separated, such as
// "workout-logs/strong/strong.csv") inside the shared data directory. When
// the file is absent it skips the test or benchmark with a message saying how
// to run it, so a checkout without the data still passes.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	dir := os.Getenv(EnvVar)
	if dir == "" {
		root, ok := moduleRoot()
		if !ok {
			tb.Skip("no go.mod above the working directory; cannot find ../shared/data")
		}
		dir = filepath.Join(root, "..", "shared", "data")
	}
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("shared data %s not present (set %s to the shared data directory to run this): %v", rel, EnvVar, err)
	}
	return path
}

// Read returns the contents of [Path], skipping as it does.
func Read(tb testing.TB, rel string) []byte {
	tb.Helper()
	data, err := os.ReadFile(Path(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// moduleRoot walks up from the working directory to the folder holding
// go.mod.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
