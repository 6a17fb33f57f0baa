package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"iter"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// rawFormat records whether it was handed compressed bytes.
type rawFormat struct{ wantsGzip bool }

func (rawFormat) Name() string                     { return "raw" }
func (rawFormat) Sniff(_ string, head []byte) bool { return bytes.HasPrefix(head, []byte("RAW")) }
func (f rawFormat) ReadsGzip() bool                { return f.wantsGzip }
func (rawFormat) Read(_ context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		b, _ := io.ReadAll(r)
		text := "plain"
		if bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
			text = "compressed"
		}
		yield(&news.Article{ID: name, Text: text, Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, nil)
	}
}

func TestGzipReaderGetsTheStoredFile(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("RAW record"))
	zw.Close()
	path := filepath.Join(dir, "x.raw.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		f    rawFormat
		want string
	}{{"decompressed by default", rawFormat{}, "plain"}, {"stored for a GzipReader", rawFormat{wantsGzip: true}, "compressed"}} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for a, err := range Read(context.Background(), []string{path}, Options{Formats: []Format{tt.f}}) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, a.Text)
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Fatalf("format saw %v, want [%s]", got, tt.want)
			}
		})
	}
}
