package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// BenchEnv names a store to run BenchmarkSearchTimeline on instead of the
// small one it builds (for the 1,000,000-article figure: build it with
// "dateline gen" and "dateline ingest").
const BenchEnv = "DATELINE_BENCH_DB"

// BenchmarkSearchTimeline retrieves what a timeline needs: every article
// of a topic (any of its phrases) in a one-year window, with annotations.
func BenchmarkSearchTimeline(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv(BenchEnv)
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
		d, err := Open(ctx, path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		topics := []string{"oil spill", "earthquake", "general strike", "bank bailout", "wildfire"}
		var batch []*Prepared
		for i := range 20000 {
			t := topics[i%len(topics)]
			a := &news.Article{
				ID:        fmt.Sprintf("a%05d", i),
				Published: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/10),
				Text:      fmt.Sprintf("Report %d on the %s. Officials said the %s affected %d homes in district %d. The %s was discussed again on day %d.", i, t, t, i%97, i%13, t, i),
			}
			a.Sentences = []news.Sentence{{Index: 0, Start: 0, End: 10, Text: a.Text[:10]}}
			p, _ := d.Prepare(a)
			batch = append(batch, p)
			if len(batch) == 1000 {
				if _, err := d.Put(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
		}
		d.Close()
	}
	cache, _ := strconv.Atoi(os.Getenv("DATELINE_BENCH_CACHE_MIB"))
	d, err := Open(ctx, path, Options{ReadOnly: true, CacheMiB: cache})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	q := Query{Text: `"oil spill" "oil slick" "offshore rig" "leaking well"`, From: news.NewDate(2014, 1, 1), To: news.NewDate(2014, 12, 31)}
	if os.Getenv(BenchEnv) == "" {
		q.From, q.To = news.NewDate(2013, 1, 1), news.NewDate(2014, 12, 31)
	}
	n := 0
	for b.Loop() {
		arts, err := d.Search(ctx, q)
		if err != nil {
			b.Fatal(err)
		}
		n = len(arts)
	}
	b.ReportMetric(float64(n), "articles")
}
