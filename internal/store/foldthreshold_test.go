package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestFoldThresholdIsKeptByTheStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := Open(ctx, path, Options{FoldThreshold: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path, Options{}); err == nil || !strings.Contains(err.Error(), "threshold=0.5") {
		t.Fatalf("reopening with the default threshold: err = %v, want a refusal naming threshold=0.5", err)
	}
	db, err = Open(ctx, path, Options{FoldThreshold: 0.5})
	if err != nil {
		t.Fatalf("reopening with the same threshold: %v", err)
	}
	db.Close()
	if db, err := Open(ctx, path, Options{ReadOnly: true}); err != nil {
		t.Fatalf("read-only open: %v", err)
	} else {
		db.Close()
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "bad.db"), Options{FoldThreshold: 7}); err == nil {
		t.Fatal("threshold 7 accepted")
	}
}
