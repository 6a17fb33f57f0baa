package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirFindsOrSkips(t *testing.T) {
	p := Dir(t, "data")
	if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
		t.Fatalf("Dir returned %q, which is not a folder", p)
	}
	if filepath.Base(p) != "data" {
		t.Fatalf("Dir returned %q", p)
	}
}

func TestEnvOverride(t *testing.T) {
	d := t.TempDir()
	t.Setenv(EnvVar, d)
	if got := Root(); got != d {
		t.Fatalf("Root = %q, want %q", got, d)
	}
	t.Setenv(EnvVar, filepath.Join(d, "missing"))
	if got := Root(); got != "" {
		t.Fatalf("Root with a missing override = %q, want empty", got)
	}
}
