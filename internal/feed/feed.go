package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/htmltext"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/mmcdole/gofeed"
)

// DefaultMaxBytes is the default cap on one feed file.
const DefaultMaxBytes = 64 << 20

// FutureSlack is how far past the time of reading an item's date may lie
// before it is refused as future-dated (time-zone slack).
const FutureSlack = 24 * time.Hour

// Options configure the feed reader. The zero value is ready to use.
type Options struct {
	// MaxBytes caps one feed file; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Now returns the time of reading, the future-date bound; nil means
	// time.Now.
	Now func() time.Time
}

// Format returns the corpus format for RSS, Atom and JSON feeds.
func Format(opts Options) corpus.Format { return feedFormat{opts: opts} }

type feedFormat struct{ opts Options }

func (feedFormat) Name() string { return "feed" }

// Sniff accepts documents that open an <rss>, Atom <feed> or RSS 1.0
// <rdf:RDF> root, or a JSON Feed.
func (feedFormat) Sniff(_ string, head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) > 2048 {
		h = h[:2048]
	}
	if bytes.HasPrefix(h, []byte("{")) {
		return bytes.Contains(h, []byte("jsonfeed.org/version"))
	}
	if !bytes.HasPrefix(h, []byte("<")) {
		return false
	}
	l := bytes.ToLower(h)
	return bytes.Contains(l, []byte("<rss")) || bytes.Contains(l, []byte("<rdf:rdf")) ||
		(bytes.Contains(l, []byte("<feed")) && bytes.Contains(l, []byte("http://www.w3.org/2005/atom")))
}

func (f feedFormat) Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	return Read(ctx, name, r, f.opts)
}

// Read yields one article per item of the feed r, called name in errors;
// items are named "name#item=N" (1-based).
func Read(ctx context.Context, name string, r io.Reader, opts Options) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		if ctx.Err() != nil {
			return
		}
		max := opts.MaxBytes
		if max <= 0 {
			max = DefaultMaxBytes
		}
		b, err := io.ReadAll(io.LimitReader(r, max+1))
		if err != nil {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonUnreadable, Err: err})
			return
		}
		if int64(len(b)) > max {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonTooLarge, Err: fmt.Errorf("feed over the %d-byte limit", max)})
			return
		}
		fd, err := gofeed.NewParser().ParseString(string(b))
		if err != nil {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonMalformed, Err: fmt.Errorf("parse feed: %w", err)})
			return
		}
		now := time.Now()
		if opts.Now != nil {
			now = opts.Now()
		}
		source := feedSource(fd)
		for i, it := range fd.Items {
			if ctx.Err() != nil {
				return
			}
			a, err := item(it, fmt.Sprintf("%s#item=%d", name, i+1), source, now.Add(FutureSlack))
			if !yield(a, err) {
				return
			}
		}
	}
}

func feedSource(fd *gofeed.Feed) string {
	if t := strings.TrimSpace(htmltext.Fragment(fd.Title)); t != "" {
		return t
	}
	for _, l := range append([]string{fd.Link}, fd.Links...) {
		if u, err := url.Parse(l); err == nil && u.Hostname() != "" {
			return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	return ""
}

// item converts one feed item; errors are *corpus.DocError.
func item(it *gofeed.Item, origin, source string, limit time.Time) (*news.Article, error) {
	fail := func(r corpus.Reason, err error) (*news.Article, error) {
		return nil, &corpus.DocError{Origin: origin, Reason: r, Err: err}
	}
	if it == nil {
		return fail(corpus.ReasonMalformed, errors.New("empty item"))
	}
	body := it.Content
	if strings.TrimSpace(htmltext.Fragment(body)) == "" {
		body = it.Description
	}
	text := htmltext.Fragment(body)
	if text == "" {
		return fail(corpus.ReasonEmpty, errors.New("item has no content or description"))
	}
	a := &news.Article{
		Source: source,
		URL:    strings.TrimSpace(it.Link),
		Title:  htmltext.Fragment(it.Title),
		Text:   text,
		Origin: origin,
	}
	switch {
	case it.GUID != "":
		a.ID = strings.TrimSpace(it.GUID)
	case a.URL != "":
		a.ID = a.URL
	default:
		a.ID = origin
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = withZone(it.Published, *it.PublishedParsed)
	case it.UpdatedParsed != nil && strings.TrimSpace(it.Published) == "":
		a.Published = withZone(it.Updated, *it.UpdatedParsed)
	case strings.TrimSpace(it.Published) != "":
		return fail(corpus.ReasonBadDate, fmt.Errorf("publication date %q does not parse", it.Published))
	default:
		return fail(corpus.ReasonNoDate, errors.New("item has no pubDate, dc:date, published or updated date"))
	}
	if a.Published.After(limit) {
		return fail(corpus.ReasonFutureDate, fmt.Errorf("item dated %s, after the time of reading", a.Published.Format(time.RFC3339)))
	}
	if u := it.UpdatedParsed; u != nil && u.After(a.Published) && !u.After(limit) {
		a.Updated = withZone(it.Updated, *u)
	}
	return a, nil
}

// zoneLayouts are the dated forms feeds use that carry a UTC offset.
var zoneLayouts = []string{
	time.RFC1123Z, time.RFC3339Nano, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700", "2006-01-02T15:04:05-0700", "2006-01-02T15:04-07:00",
}

// withZone returns parsed in the UTC offset written in raw when raw states
// one (gofeed returns UTC), so that the item's own time zone is kept.
func withZone(raw string, parsed time.Time) time.Time {
	raw = strings.TrimSpace(raw)
	for _, l := range zoneLayouts {
		if t, err := time.Parse(l, raw); err == nil && t.Equal(parsed) {
			return t
		}
	}
	return parsed
}
