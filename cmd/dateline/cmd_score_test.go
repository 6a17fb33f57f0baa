package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/tlseval"
	"github.com/google/go-cmp/cmp"
)

// Set DATELINE_UPDATE_GOLDEN=1 to rewrite the golden files.
const scoreUpdateGoldenEnv = "DATELINE_UPDATE_GOLDEN"

func TestRunScoreGolden(t *testing.T) {
	dir := filepath.Join("testdata", "score")
	tests := []struct {
		name   string
		opts   scoreOptions
		golden string
		stderr string // substring expected on stderr, "" for none
	}{
		{
			name:   "table, one reference",
			opts:   scoreOptions{Refs: []string{filepath.Join(dir, "ref.txt")}, Pred: filepath.Join(dir, "pred.txt")},
			golden: "table.golden",
		},
		{
			name: "json, text and jsonl references together",
			opts: scoreOptions{
				Refs: []string{filepath.Join(dir, "ref.txt"), filepath.Join(dir, "refs.jsonl")},
				Pred: filepath.Join(dir, "pred.txt"), JSON: true,
			},
			golden: "multi.json.golden",
		},
		{
			name:   "unterminated last block is dropped with a warning",
			opts:   scoreOptions{Refs: []string{filepath.Join(dir, "ref.txt")}, Pred: filepath.Join(dir, "unterminated.txt"), JSON: true},
			golden: "unterminated.json.golden",
			stderr: "unterminated.txt:4: last block has no separator line",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if err := runScore(context.Background(), tt.opts, &stdout, &stderr, nil); err != nil {
				t.Fatalf("runScore: %v", err)
			}
			if tt.stderr == "" && stderr.Len() > 0 || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.stderr)
			}
			path := filepath.Join(dir, tt.golden)
			if os.Getenv(scoreUpdateGoldenEnv) != "" {
				if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
				t.Errorf("output mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunScoreErrors(t *testing.T) {
	dir := filepath.Join("testdata", "score")
	tests := []struct {
		name  string
		opts  scoreOptions
		want  string
		usage bool
		is    error
	}{
		{name: "no reference", opts: scoreOptions{Pred: filepath.Join(dir, "pred.txt")}, want: "need --pred", usage: true},
		{
			name: "prediction with several timelines",
			opts: scoreOptions{Refs: []string{filepath.Join(dir, "ref.txt")}, Pred: filepath.Join(dir, "refs.jsonl")},
			want: "holds 2 timelines",
		},
		{
			name: "malformed date line names file and line",
			opts: scoreOptions{Refs: []string{filepath.Join(dir, "bad.txt")}, Pred: filepath.Join(dir, "pred.txt")},
			want: "bad.txt:4: malformed date line",
			is:   tlseval.ErrMalformedDate,
		},
		{
			name: "empty reference",
			opts: scoreOptions{Refs: []string{filepath.Join(dir, "ref.txt"), filepath.Join(dir, "empty.txt")}, Pred: filepath.Join(dir, "pred.txt")},
			want: "empty.txt: reference timeline 1 has no dated summary",
		},
		{
			name: "missing file",
			opts: scoreOptions{Refs: []string{filepath.Join(dir, "nope.txt")}, Pred: filepath.Join(dir, "pred.txt")},
			want: "nope.txt",
			is:   os.ErrNotExist,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := runScore(context.Background(), tt.opts, &stdout, &stderr, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one containing %q", err, tt.want)
			}
			var ue usageError
			if errors.As(err, &ue) != tt.usage {
				t.Errorf("usage error = %v, want %v", !tt.usage, tt.usage)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("err = %v, want it to wrap %v", err, tt.is)
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout = %q, want nothing", stdout.String())
			}
		})
	}
}
