package testfixture

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	files := Files{
		T17Doc("quake_x", "2021-05-01", "1.htm.txt"): "One .\n",
		"quake_x/keywords.json":                      `["quake"]`,
		"empty.txt":                                  "",
	}
	if got := Write(t, dir, files); got != dir {
		t.Errorf("Write returned %q, want %q", got, dir)
	}
	for name, want := range files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if string(b) != want {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
	}
}

func TestT17Doc(t *testing.T) {
	if got, want := T17Doc("bp_bbc", "2010-04-20", "1.htm.txt"), "bp_bbc/InputDocs/2010-04-20/1.htm.txt"; got != want {
		t.Errorf("T17Doc = %q, want %q", got, want)
	}
}

// fakeTB records a fatal failure instead of stopping the test.
type fakeTB struct {
	testing.TB
	failed bool
}

func (f *fakeTB) Helper()               {}
func (f *fakeTB) Fatalf(string, ...any) { f.failed = true }

func TestWriteRefusesEscapes(t *testing.T) {
	for _, name := range []string{"../out.txt", "/abs.txt", "a/../../b.txt", "."} {
		t.Run(name, func(t *testing.T) {
			tb := &fakeTB{TB: t}
			Write(tb, t.TempDir(), Files{name: "x"})
			if !tb.failed {
				t.Errorf("Write accepted %q", name)
			}
		})
	}
}
