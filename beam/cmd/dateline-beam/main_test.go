package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/dateline-news/dateline/beam/pipeline"
	"github.com/dateline-news/dateline/beam/pipeline/pipelinetest"
)

func TestMain(m *testing.M) { ptest.Main(m) }

func TestRunAnnotate(t *testing.T) {
	corpus := filepath.Join("..", "..", "pipeline", "testdata", "corpus")
	t17 := pipelinetest.T17Inputs(t)
	tests := []struct {
		name    string
		opts    annotateOptions
		wantErr error // nil, errSkipped, or usage (checked by type)
		usage   bool
	}{
		{name: "no input", opts: annotateOptions{Output: "x", Shards: 1}, usage: true},
		{name: "no match", opts: annotateOptions{Inputs: listFlag{filepath.Join(corpus, "none-*")}, Output: "x", Shards: 1}, usage: true},
		{name: "bad now", opts: annotateOptions{Inputs: listFlag{filepath.Join(corpus, "a-*")}, Output: "x", Shards: 1, Now: "yesterday"}, usage: true},
		{name: "bad shards", opts: annotateOptions{Inputs: listFlag{filepath.Join(corpus, "a-*")}, Output: "x", Shards: 0}, usage: true},
		{name: "clean input", opts: annotateOptions{Runner: "inprocess", Inputs: listFlag{filepath.Join(corpus, "[abc]-*.txt")}, Shards: 2, Now: "2025-01-01T00:00:00Z"}},
		{name: "skipped documents", opts: annotateOptions{Runner: "inprocess", Inputs: append(listFlag{filepath.Join(corpus, "*")}, t17...), Shards: 2, Now: "2025-01-01T00:00:00Z"}, wantErr: errSkipped},
		{name: "prism", opts: annotateOptions{Runner: "prism", Inputs: listFlag{filepath.Join(corpus, "*.txt")}, Shards: 1, Now: "2025-01-01T00:00:00Z"}, wantErr: errSkipped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.Output == "" {
				tt.opts.Output = t.TempDir()
			}
			var stdout, stderr bytes.Buffer
			err := runAnnotate(context.Background(), tt.opts, &stdout, &stderr)
			var ue usageError
			switch {
			case tt.usage:
				if !errors.As(err, &ue) {
					t.Fatalf("err = %v, want a usage error", err)
				}
				return
			case !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil):
				t.Fatalf("err = %v, want %v (stderr %s)", err, tt.wantErr, stderr.String())
			}
			for i := range tt.opts.Shards {
				for _, kind := range []string{"articles", "errors"} {
					if _, err := os.Stat(pipeline.ShardName(tt.opts.Output, kind, i, tt.opts.Shards)); err != nil {
						t.Errorf("shard missing: %v", err)
					}
				}
			}
			if !strings.Contains(stderr.String(), "articles") {
				t.Errorf("no summary on stderr: %q", stderr.String())
			}
		})
	}
}
