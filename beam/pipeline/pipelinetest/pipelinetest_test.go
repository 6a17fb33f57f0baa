package pipelinetest

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/corpus"
)

func TestT17Inputs(t *testing.T) {
	dirs := T17Inputs(t)
	if len(dirs) != 2 || filepath.Base(dirs[0]) != "t17a" || filepath.Base(dirs[1]) != "t17b" {
		t.Fatalf("T17Inputs = %v, want folders t17a and t17b", dirs)
	}
	var ids []string
	var reasons []corpus.Reason
	for a, err := range corpus.Read(context.Background(), dirs, corpus.Options{}) {
		var de *corpus.DocError
		switch {
		case errors.As(err, &de):
			reasons = append(reasons, de.Reason)
		case err != nil:
			t.Fatal(err)
		default:
			ids = append(ids, a.ID)
		}
	}
	if len(ids) != 2 || len(reasons) != 1 || reasons[0] != corpus.ReasonDuplicate {
		t.Errorf("read %v with errors %v, want 2 articles and one duplicate-id error", ids, reasons)
	}
}
