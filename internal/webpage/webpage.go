package webpage

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// DefaultMaxBytes is the default cap on one page's HTML.
const DefaultMaxBytes = 16 << 20

// FutureSlack is how far past the bound (crawl or read time) a stated
// publication time may lie before the page is refused as future-dated. It
// absorbs time-zone differences: a day-only date from a zone ahead of UTC
// can be read as up to 14 hours late.
const FutureSlack = 24 * time.Hour

// Options configure an [Extractor]. The zero value is ready to use.
type Options struct {
	// MaxBytes caps one page's HTML; a larger page is refused as
	// corpus.ReasonTooLarge. 0 means DefaultMaxBytes.
	MaxBytes int64
	// Now returns the current time, the future-date bound of a page that
	// carries no fetch time. nil means time.Now.
	Now func() time.Time
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// Page is one HTML document to turn into an article.
type Page struct {
	HTML []byte
	// ContentType is the HTTP Content-Type when known (a charset hint).
	ContentType string
	// URL is where the page was fetched from (a WARC target URI), if known.
	URL string
	// Fetched is when the page was fetched (a WARC-Date), zero when unknown.
	// It bounds the publication date and is never used as one.
	Fetched time.Time
	// Origin names the document in errors and in Article.Origin.
	Origin string
	// ID is the article ID; empty means Origin.
	ID string
}

// DateSource says where a page's publication date came from.
type DateSource string

// The date sources, most to least direct.
const (
	FromHTMLDate DateSource = "htmldate" // go-htmldate on the page: metadata, URL, then page text
	FromText     DateSource = "text"     // a date written at the start of the main text
	NoDate       DateSource = ""
)

// Result is everything read from a page, before the date policy of
// [Extractor.Article] is applied.
type Result struct {
	Article news.Article
	// DateSource says where Article.Published came from; NoDate when it is
	// zero.
	DateSource DateSource
	// StatedFuture is a publication time the page states explicitly that
	// lies past the bound (zero when none).
	StatedFuture time.Time
	// Bound is the latest acceptable publication time used.
	Bound time.Time
}

// Extractor turns pages into articles. It holds no mutable state and is
// safe for concurrent use.
type Extractor struct {
	opts Options
}

// New returns an Extractor.
func New(opts Options) *Extractor { return &Extractor{opts: opts} }

// Article extracts p and applies the date policy: no date is
// corpus.ReasonNoDate, a stated publication time past the bound is
// corpus.ReasonFutureDate, no text is corpus.ReasonEmpty. Every error is
// a *corpus.DocError naming p.Origin.
func (e *Extractor) Article(ctx context.Context, p Page) (*news.Article, error) {
	res, err := e.Extract(ctx, p)
	if err != nil {
		return nil, err
	}
	a := &res.Article
	switch {
	case !res.StatedFuture.IsZero():
		return nil, &corpus.DocError{Origin: p.Origin, Reason: corpus.ReasonFutureDate,
			Err: fmt.Errorf("page states publication time %s, after %s", res.StatedFuture.Format(time.RFC3339), res.Bound.Format(time.RFC3339))}
	case a.Published.IsZero():
		return nil, &corpus.DocError{Origin: p.Origin, Reason: corpus.ReasonNoDate,
			Err: errors.New("no publication date in the page's metadata, URL or text")}
	}
	return a, nil
}

// Extract reads the text, title, URL, source and dates of p without
// refusing undated or future-dated pages (the evaluation and diagnostics
// use it). Errors are *corpus.DocError: too large, unparsable or empty.
func (e *Extractor) Extract(ctx context.Context, p Page) (res *Result, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The parsing libraries are third-party code run on untrusted input: a
	// panic in them refuses this page, not the whole batch.
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, &corpus.DocError{Origin: p.Origin, Reason: corpus.ReasonMalformed, Err: fmt.Errorf("HTML extraction failed: %v", r)}
		}
	}()
	return e.extract(p)
}

func (e *Extractor) extract(p Page) (*Result, error) {
	fail := func(r corpus.Reason, err error) (*Result, error) {
		return nil, &corpus.DocError{Origin: p.Origin, Reason: r, Err: err}
	}
	if int64(len(p.HTML)) > e.opts.maxBytes() {
		return fail(corpus.ReasonTooLarge, fmt.Errorf("page is %d bytes, over the %d-byte limit", len(p.HTML), e.opts.maxBytes()))
	}
	doc, err := parseHTML(p.HTML, p.ContentType)
	if err != nil {
		return fail(corpus.ReasonMalformed, fmt.Errorf("parse HTML: %w", err))
	}
	bound := p.Fetched
	if bound.IsZero() {
		bound = e.opts.now()
	}
	res := &Result{Bound: bound}
	limit := bound.Add(FutureSlack)

	// Dates first: the extraction below may be given htmldate's answer so
	// it does not search again.
	hd, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate: true,
		ExtractTime:     true,
		URL:             p.URL,
		MaxDate:         limit,
	})
	if err != nil {
		hd = htmldate.Result{}
	}
	st := scanStamps(doc)

	topts := trafilatura.Options{HtmlDateOverride: &hd, ExcludeComments: true}
	if u, err := url.Parse(p.URL); err == nil && u.IsAbs() {
		topts.OriginalURL = u
	}
	ex, err := trafilatura.ExtractDocument(doc, topts)
	var text string
	if err == nil {
		if ex.ContentNode != nil {
			text = nodeText(ex.ContentNode)
		} else {
			text = tidyLines(ex.ContentText)
		}
		text = dropTitle(text, ex.Metadata.Title)
	}
	if strings.TrimSpace(text) == "" {
		if err == nil {
			err = errors.New("no main text")
		}
		return fail(corpus.ReasonEmpty, fmt.Errorf("no text extracted: %w", err))
	}

	a := &res.Article
	a.Text = text
	a.Title = strings.TrimSpace(ex.Metadata.Title)
	a.URL = pageURL(ex.Metadata.URL, p.URL)
	a.Source = sourceName(ex.Metadata.Sitename, a.URL)
	a.Origin = p.Origin
	a.ID = p.ID
	if a.ID == "" {
		a.ID = p.Origin
	}

	if !st.published.IsZero() && st.published.After(limit) {
		res.StatedFuture = st.published
	}
	switch {
	case !hd.IsZero():
		a.Published = publishedTime(hd, st)
		res.DateSource = FromHTMLDate
	default:
		if t, ok := textDate(text, pageLanguage(doc, ex.Metadata.Language), bound, limit); ok {
			a.Published = t
			res.DateSource = FromText
		}
	}
	if m := st.modified; !m.IsZero() && !a.Published.IsZero() && m.After(a.Published) && !m.After(limit) {
		a.Updated = m
	}
	return res, nil
}

// publishedTime combines htmldate's day with the page's own stamp: when
// the structured metadata states a time on the same day, its time and zone
// are kept; otherwise htmldate's time (and zone) when it found one, else
// midnight UTC of the day.
func publishedTime(hd htmldate.Result, st stamps) time.Time {
	d := hd.DateTime
	day := news.DateOf(d)
	if !st.published.IsZero() && news.DateOf(st.published) == day {
		return st.published
	}
	switch {
	case hd.HasTime && hd.HasTimezone:
		return d
	case hd.HasTime:
		return time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), 0, time.UTC)
	}
	return day.Time()
}

// pageURL prefers the page's canonical URL (canonical link or og:url, as
// read by trafilatura) when absolute, else the fetch URL.
func pageURL(canonical, fetched string) string {
	if u, err := url.Parse(strings.TrimSpace(canonical)); err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return u.String()
	}
	return fetched
}

// sourceName is the site name the page states, else the URL's host
// without a leading "www.".
func sourceName(site, pageURL string) string {
	if s := strings.TrimSpace(site); s != "" {
		return s
	}
	if u, err := url.Parse(pageURL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}
