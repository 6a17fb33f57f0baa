package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
)

// TestRemoteInputs reads inputs named by URL through a Beam file system
// (memfs, standing in for gs://) on the pipeline and in process.
func TestRemoteInputs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		memfs.Write("memfs://bucket/remote/"+filepath.Base(f), b)
	}
	ctx := context.Background()
	inputs, err := Expand(ctx, []string{"memfs://bucket/remote/*.txt", "memfs://bucket/remote/*.jsonl*"})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) != 8 {
		t.Fatalf("Expand listed %d files, want 8: %v", len(inputs), inputs)
	}
	cfg := Config{Inputs: inputs, Output: t.TempDir(), Shards: 2, Now: now}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	wantArts, wantErrs, err := Reference(ctx, cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	gotArts := sorted(readShards(t, cfg.Output, "articles", cfg.Shards))
	if diff := cmp.Diff(strs(wantArts), gotArts); diff != "" {
		t.Errorf("articles differ from the in-process path (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(strs(wantErrs), sorted(readShards(t, cfg.Output, "errors", cfg.Shards))); diff != "" {
		t.Errorf("errors differ from the in-process path (-want +got):\n%s", diff)
	}
	if len(gotArts) != 8 || !strings.Contains(strings.Join(gotArts, "\n"), `"id":"bucket/remote/a-harbour.txt"`) {
		t.Errorf("got %d articles, want 8 with IDs bucket/remote/...", len(gotArts))
	}
	if _, _, err := Reference(ctx, Config{Inputs: []string{inputs[0], "local.txt"}, Shards: 1}, 1); err == nil {
		t.Error("Reference accepted a mix of local and remote inputs")
	}
}
