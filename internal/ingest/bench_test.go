package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/annotate"
)

// BenchmarkIngest ingests 5,000 generated articles (JSONL.gz) into a new
// store per iteration and reports articles per second (wall clock) and per
// CPU-second is left to the caller (run with -cpu and compare).
func BenchmarkIngest(b *testing.B) {
	const n = 5000
	in := genFile(b, b.TempDir(), "gen.jsonl.gz", n, 11)
	for _, bc := range []struct {
		name string
		an   Annotator
	}{{"store-only", nil}, {"annotated", annotate.New()}} {
		b.Run(bc.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				i++
				db := openStore(b, filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
				res, err := Run(context.Background(), db, []string{in}, Options{Annotator: bc.an})
				if err != nil || res.Inserted != n {
					b.Fatalf("%+v %v", res, err)
				}
				db.Close()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
