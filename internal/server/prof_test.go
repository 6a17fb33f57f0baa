package server

import (
	goruntime "runtime"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
	"github.com/dateline-news/dateline/internal/store"
	"context"
	"strings"
	"testing"
)

func BenchmarkProfStore(b *testing.B) {
	d := loadCorpus(b)
	s := NewStore(d.db, StoreOptions{Annotator: sharedAnnotator()})
	req := TimelineRequest{Query: strings.Join(d.keywords, " "), Dates: 10, Sentences: 2}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Timeline(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProfMemory(b *testing.B) {
	d := loadCorpus(b)
	s := NewMemory(d.arts, sharedAnnotator())
	req := TimelineRequest{Query: strings.Join(d.keywords, " "), Dates: 10, Sentences: 2}
	s.Timeline(context.Background(), req)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Timeline(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProfSearch(b *testing.B) {
	d := loadCorpus(b)
	for _, noAnn := range []bool{true, false} {
		b.Run(map[bool]string{true: "noann", false: "ann"}[noAnn], func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				arts, err := d.db.Search(context.Background(), store.Query{Text: strings.Join(d.keywords, " "), NoAnnotations: noAnn, Limit: 2000})
				if err != nil || len(arts) < 1000 {
					b.Fatal(err, len(arts))
				}
			}
		})
	}
}

func BenchmarkProfCorpusMem(b *testing.B) {
	d := loadCorpus(b)
	var m0, m1 goruntime.MemStats
	goruntime.GC()
	goruntime.ReadMemStats(&m0)
	c := timeline.NewCorpus(d.arts, text.NewAnalyzer())
	goruntime.GC()
	goruntime.ReadMemStats(&m1)
	b.Logf("corpus of %d articles: %.1f MiB", c.Len(), float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20))
}
