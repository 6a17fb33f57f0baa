package webpage

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"iter"
	"path"
	"strings"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
)

// Format returns the corpus format for HTML files: one page per file,
// named by the file's name (its ID and Origin). Its publication-date bound
// is the time of reading.
func Format(opts Options) corpus.Format { return htmlFormat{ex: New(opts)} }

type htmlFormat struct{ ex *Extractor }

func (htmlFormat) Name() string { return "html" }

// Sniff accepts .html, .htm, .xhtml and .shtml names (optionally .gz) and
// content that opens with an HTML doctype or <html> tag; it refuses RSS,
// Atom and RDF feeds.
func (htmlFormat) Sniff(name string, head []byte) bool {
	base := strings.ToLower(strings.TrimSuffix(strings.ToLower(path.Base(name)), ".gz"))
	switch path.Ext(base) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return LooksLikeHTML(head)
}

// LooksLikeHTML reports whether head (the first bytes of a document) opens
// like an HTML page rather than a feed or other XML.
func LooksLikeHTML(head []byte) bool {
	h := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n"))
	if len(h) > 1024 {
		h = h[:1024]
	}
	for _, feed := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(h, []byte(feed)) {
			return false
		}
	}
	if bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) {
		return true
	}
	// An XML declaration or a comment may come first.
	return (bytes.HasPrefix(h, []byte("<?xml")) || bytes.HasPrefix(h, []byte("<!--"))) &&
		(bytes.Contains(h, []byte("<!doctype html")) || bytes.Contains(h, []byte("<html")))
}

func (f htmlFormat) Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		if ctx.Err() != nil {
			return
		}
		max := f.ex.opts.maxBytes()
		b, err := io.ReadAll(io.LimitReader(r, max+1))
		if err != nil {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonUnreadable, Err: err})
			return
		}
		if int64(len(b)) > max {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonTooLarge, Err: fmt.Errorf("page is over the %d-byte limit", max)})
			return
		}
		a, err := f.ex.Article(ctx, Page{HTML: b, Origin: name})
		yield(a, err)
	}
}
