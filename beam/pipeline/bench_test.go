package pipeline

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/corpus/formats"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

// benchTopic is the T17 topic the benchmarks run on (293 articles).
func benchTopic(b *testing.B) Config {
	dir := sharedtest.Dir(b, "data", "t17", "bpoil_bbc")
	return Config{Inputs: []string{dir}, Output: b.TempDir(), Shards: 4, Now: now}
}

// BenchmarkPrism runs the whole pipeline on the prism runner, in process.
func BenchmarkPrism(b *testing.B) {
	cfg := benchTopic(b)
	n := 0
	for b.Loop() {
		p, s := beam.NewPipelineWithRoot()
		if err := Build(s, cfg); err != nil {
			b.Fatal(err)
		}
		res, err := ptest.RunWithMetrics(p)
		if err != nil {
			b.Fatal(err)
		}
		n = 0
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Key.Name == "articles_annotated" {
				n += int(c.Result())
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReference runs the in-process path on the same input and writes
// the same shards.
func BenchmarkReference(b *testing.B) {
	cfg := benchTopic(b)
	n := 0
	for b.Loop() {
		var err error
		if n, _, err = WriteReference(context.Background(), cfg, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPerArticle measures the per-article CPU cost of each step, one
// goroutine: reading, annotating, signing and encoding the output line.
func BenchmarkPerArticle(b *testing.B) {
	cfg := benchTopic(b)
	read := func() []*news.Article {
		var arts []*news.Article
		for a, err := range corpus.Read(context.Background(), cfg.Inputs, corpus.Options{Formats: formats.All(), Now: now}) {
			if err == nil {
				arts = append(arts, a)
			}
		}
		return arts
	}
	arts := read()
	an := annotate.New()
	h := dedup.MustNew(dedup.ArticleOptions())
	perArticle := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
	}
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			read()
		}
		perArticle(b)
	})
	b.Run("annotate", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				an.Annotate(a)
			}
		}
		perArticle(b)
	})
	b.Run("sign", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				h.SignDoc(docOf(a))
			}
		}
		perArticle(b)
	})
	b.Run("encode", func(b *testing.B) {
		sigs := make([]dedup.Signature, len(arts))
		for i, a := range arts {
			sigs[i] = h.SignDoc(docOf(a))
		}
		b.ResetTimer()
		for b.Loop() {
			for i, a := range arts {
				js, err := json.Marshal(a)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := recordLine(js, dedupInfo(&sigs[i])); err != nil {
					b.Fatal(err)
				}
			}
		}
		perArticle(b)
	})
}
