package webpage

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// aebPages loads the Article Extraction Benchmark's HTML pages.
func aebPages(b *testing.B) [][]byte {
	dir := sharedtest.Dir(b, "data", "html", "aeb", "html")
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("no AEB pages in %s", dir)
	}
	var pages [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkAEB times one page of HTML ingest: dateline's reader (parse,
// dates, text, metadata) against go-trafilatura's own Extract with its
// default options (which dates the page too). One op is one page.
func BenchmarkAEB(b *testing.B) {
	pages := aebPages(b)
	ctx := context.Background()
	b.Run("dateline", func(b *testing.B) {
		ex := New(Options{})
		for i := 0; b.Loop(); i++ {
			_, _ = ex.Extract(ctx, Page{HTML: pages[i%len(pages)], Origin: "aeb"})
		}
	})
	b.Run("trafilatura", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			_, _ = trafilatura.Extract(bytes.NewReader(pages[i%len(pages)]), trafilatura.Options{})
		}
	})
}
