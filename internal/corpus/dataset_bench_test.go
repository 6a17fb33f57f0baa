package corpus

import (
	"context"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// BenchmarkLoadT17 loads all of Timeline17 (4,650 files).
func BenchmarkLoadT17(b *testing.B) {
	dir := sharedtest.Dir(b, "data", "t17")
	for b.Loop() {
		ds, err := LoadDataset(context.Background(), dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if got := ds.Tally().Read; got != 4650 {
			b.Fatalf("read %d documents, want 4650", got)
		}
	}
}
