package testfixture

import (
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Files maps slash-separated paths, relative to a root folder, to the
// contents of the files there.
type Files map[string]string

// Write writes files under dir, creating folders as needed, and returns
// dir. Files are written in path order. A path that is absolute or leaves
// dir, and any write error, fail tb.
func Write(tb testing.TB, dir string, files Files) string {
	tb.Helper()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		clean := path.Clean(name)
		if path.IsAbs(clean) || clean == "." || clean == ".." || strings.HasPrefix(clean, "../") {
			tb.Fatalf("testfixture: path %q is not inside the fixture folder", name)
			return dir
		}
		p := filepath.Join(dir, filepath.FromSlash(clean))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatalf("testfixture: %v", err)
			return dir
		}
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			tb.Fatalf("testfixture: %v", err)
			return dir
		}
	}
	return dir
}

// T17Doc returns the slash-separated path of an article in the
// Timeline17 / Crisis layout: "<topic>/InputDocs/<day>/<file>".
func T17Doc(topic, day, file string) string {
	return path.Join(topic, "InputDocs", day, file)
}
