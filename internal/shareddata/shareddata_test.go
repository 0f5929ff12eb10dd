package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPathFindsAndSkips(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "logs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "logs", "a.csv"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvVar, dir)
	if got, want := Path(t, "logs/a.csv"), filepath.Join(dir, "logs", "a.csv"); got != want {
		t.Errorf("Path = %q, want %q", got, want)
	}
	if got := string(Read(t, "logs/a.csv")); got != "x" {
		t.Errorf("Read = %q", got)
	}
	// A missing file skips rather than fails.
	skipped := false
	t.Run("missing", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Path(t, "logs/missing.csv")
	})
	if !skipped {
		t.Error("Path of a missing file did not skip")
	}
}
