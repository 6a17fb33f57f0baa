package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestIngestProfileFlags checks the developer instrumentation: a memory
// trace line per batch (with the running count and a resident size), a
// CPU profile and heap profiles.
func TestIngestProfileFlags(t *testing.T) {
	in := writeCorpus(t)
	tmp := t.TempDir()
	opts := ingestOptions{
		DB:          filepath.Join(tmp, "news.db"),
		Batch:       1,
		CPUProfile:  filepath.Join(tmp, "cpu.pprof"),
		MemTrace:    filepath.Join(tmp, "mem.tsv"),
		HeapProfile: filepath.Join(tmp, "heap"),
		HeapEvery:   2,
	}
	var out bytes.Buffer
	if err := runIngest(context.Background(), opts, &out, &out, []string{in}); !errors.Is(err, errSkipped) {
		t.Fatalf("ingest: %v\n%s", err, out.String())
	}
	b, err := os.ReadFile(opts.MemTrace)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "seconds\tstored\trss_mib") {
		t.Fatalf("memory trace = %q, want a header and one line per batch (3)", b)
	}
	for i, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 6 || f[1] != strconv.Itoa(i+1) {
			t.Errorf("trace line %d = %q, want 6 fields, stored %d", i+1, l, i+1)
			continue
		}
		if rss, _ := strconv.ParseFloat(f[2], 64); runtime.GOOS == "linux" && rss <= 0 {
			t.Errorf("trace line %d: resident size %q, want > 0", i+1, f[2])
		}
	}
	for _, name := range []string{"cpu.pprof", "heap.2.pprof", "heap.end.pprof"} {
		if st, err := os.Stat(filepath.Join(tmp, name)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v, want a non-empty profile", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "heap.1.pprof")); err == nil {
		t.Error("heap profile after 1 article written, want every 2")
	}
}
