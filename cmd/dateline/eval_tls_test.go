package main

import (
	"context"
	"errors"
	"io"
	"testing"
)

func TestTLSEvalNestedWithAblationIsUsageError(t *testing.T) {
	opts := evalOptions{Dataset: t.TempDir(), Ablation: true, NestedFeatures: true}
	err := runTLSEval(context.Background(), opts, io.Discard, io.Discard)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("runTLSEval(--ablation --nested-features) = %v, want a usage error", err)
	}
}
