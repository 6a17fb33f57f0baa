package htmleval

import (
	"bytes"
	"context"
	"errors"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/webpage"
	"github.com/go-shiori/dom"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// PipelineText extracts a page's main text with dateline's HTML reader
// (webpage.Extractor.Extract, so that undated pages are still scored for
// their text).
func PipelineText(ex *webpage.Extractor) TextExtractor {
	return func(ctx context.Context, p AEBPage, html []byte) (string, error) {
		r, err := ex.Extract(ctx, webpage.Page{HTML: html, Origin: p.ID})
		if err != nil {
			return "", err
		}
		return r.Article.Text, nil
	}
}

// LibraryText extracts a page's main text with go-trafilatura alone, with
// its default options.
func LibraryText() TextExtractor {
	return func(_ context.Context, _ AEBPage, html []byte) (string, error) {
		r, err := trafilatura.Extract(bytes.NewReader(html), trafilatura.Options{})
		if err != nil {
			return "", err
		}
		return r.ContentText, nil
	}
}

// PipelineDate dates a page with dateline's full HTML reader
// (webpage.Extractor.Article): the page's URL is given as its fetch URL,
// as a WARC target URI would be, and a page the reader refuses (no text,
// no date, future date) counts as undated.
func PipelineDate(ex *webpage.Extractor) DateExtractor {
	return func(ctx context.Context, p DatePage, html []byte) (string, error) {
		a, err := ex.Article(ctx, webpage.Page{HTML: html, URL: p.URL, Origin: p.Path})
		if err != nil {
			var de *corpus.DocError
			if errors.As(err, &de) && de.Reason == corpus.ReasonNoDate {
				return "", nil
			}
			return "", err
		}
		return a.PubDate().String(), nil
	}
}

// LibraryDate dates a page with go-htmldate alone, called as htmldate's
// own evaluation calls it: original (not updated) date, extensive search,
// no URL.
func LibraryDate() DateExtractor {
	return func(_ context.Context, _ DatePage, html []byte) (string, error) {
		doc, err := dom.Parse(bytes.NewReader(html))
		if err != nil {
			return "", err
		}
		r, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true})
		if err != nil || r.IsZero() {
			return "", err
		}
		return r.Format("2006-01-02"), nil
	}
}
