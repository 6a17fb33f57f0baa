// Package sharedtest locates the benchmark data kept outside the repository
// (the shared/ folder beside the clone) for tests that need it.
//
// Tests call [Dir]; when the data is absent the test is skipped with a
// message naming the path that was looked for, never failed.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar overrides where the shared folder is looked for.
const EnvVar = "DATELINE_SHARED"

// Root returns the shared folder: $DATELINE_SHARED if set, else "shared"
// beside the repository root (the directory holding go.mod). It returns ""
// when neither exists.
func Root() string {
	if d := os.Getenv(EnvVar); d != "" {
		if isDir(d) {
			return d
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			// The Beam module has its own go.mod one level down; keep walking
			// while the parent is also a module root.
			if _, err := os.Stat(filepath.Join(filepath.Dir(d), "go.mod")); err == nil {
				continue
			}
			s := filepath.Join(filepath.Dir(d), "shared")
			if isDir(s) {
				return s
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Dir returns the path of elems inside the shared folder, skipping tb when it
// does not exist.
func Dir(tb testing.TB, elems ...string) string {
	tb.Helper()
	root := Root()
	p := filepath.Join(append([]string{root}, elems...)...)
	if root == "" {
		tb.Skipf("benchmark data not found: no shared/ folder beside the repository (set %s); skipping", EnvVar)
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("benchmark data not found at %s; skipping", p)
	}
	return p
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
