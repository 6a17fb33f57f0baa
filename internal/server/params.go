package server

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/render"
)

// Parameter limits.
const (
	maxQueryLen  = 512 // bytes of q
	maxEntityLen = 200
	maxDates     = 100
	maxSentences = 10
	maxLimit     = 200 // search hits
	maxQuotes    = 1000
)

// params reads a request's query parameters, refusing unknown and
// repeated ones, and collects the first problem.
type params struct {
	v   url.Values
	err error
}

func newParams(v url.Values, allowed ...string) *params {
	p := &params{v: v}
	names := make([]string, 0, len(v))
	for name := range v {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		switch {
		case len(allowed) == 0:
			p.fail("unknown parameter %q: this route takes no parameters", name)
		case !slices.Contains(allowed, name):
			p.fail("unknown parameter %q (known: %s)", name, strings.Join(allowed, ", "))
		case len(v[name]) > 1:
			p.fail("parameter %q given %d times", name, len(v[name]))
		}
	}
	return p
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = Errorf(KindInvalid, format, args...)
	}
}

// str returns a trimmed string parameter of at most max bytes of valid
// UTF-8.
func (p *params) str(name string, max int) string {
	s := strings.TrimSpace(p.v.Get(name))
	switch {
	case len(s) > max:
		p.fail("%s is too long (%d bytes, at most %d)", name, len(s), max)
		return ""
	case !utf8.ValidString(s):
		p.fail("%s is not valid UTF-8", name)
		return ""
	}
	return s
}

// date returns a YYYY-MM-DD parameter, or the zero Date when absent.
func (p *params) date(name string) news.Date {
	s := strings.TrimSpace(p.v.Get(name))
	if s == "" {
		return news.Date{}
	}
	d, err := news.ParseDate(s)
	if err != nil {
		p.fail("%s=%q is not a date: want YYYY-MM-DD", name, clip(s, 40))
	}
	return d
}

// integer returns an integer parameter in [lo, hi], or def when absent.
func (p *params) integer(name string, def, lo, hi int) int {
	s := strings.TrimSpace(p.v.Get(name))
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		p.fail("%s=%q is not a whole number", name, clip(s, 40))
		return def
	case n < lo || n > hi:
		p.fail("%s=%d is out of range: want %d to %d", name, n, lo, hi)
		return def
	}
	return n
}

// boolean reads a flag parameter: absent, "", "0", "false" or "1", "true".
func (p *params) boolean(name string) bool {
	switch strings.ToLower(strings.TrimSpace(p.v.Get(name))) {
	case "", "0", "false":
		return false
	case "1", "true":
		return true
	}
	p.fail("%s must be 1 or 0", name)
	return false
}

// window checks from ≤ to.
func (p *params) window(from, to news.Date) {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		p.fail("to=%s is before from=%s", to, from)
	}
}

// timelineFormats are the formats /api/timeline serves.
var timelineFormats = []render.Format{render.JSON, render.TimelineJS, render.Markdown, render.CSV, render.HTML, render.Text}

// timelineParams parses the parameters of GET /api/timeline.
func timelineParams(v url.Values) (TimelineRequest, render.Format, bool, error) {
	p := newParams(v, "q", "entity", "from", "to", "dates", "sentences", "method", "format", "download")
	req := TimelineRequest{
		Query:     p.str("q", maxQueryLen),
		Entity:    p.str("entity", maxEntityLen),
		From:      p.date("from"),
		To:        p.date("to"),
		Dates:     p.integer("dates", 10, 1, maxDates),
		Sentences: p.integer("sentences", 1, 1, maxSentences),
		Method:    p.str("method", 40),
	}
	p.window(req.From, req.To)
	format := render.JSON
	if s := p.str("format", 20); s != "" {
		f, err := render.ParseFormat(s)
		if err != nil || !slices.Contains(timelineFormats, f) {
			names := make([]string, len(timelineFormats))
			for i, f := range timelineFormats {
				names[i] = string(f)
			}
			p.fail("format=%q is not one of %s", clip(s, 40), strings.Join(names, ", "))
		} else {
			format = f
		}
	}
	download := p.boolean("download")
	return req, format, download, p.err
}

// searchParams parses the parameters of GET /api/search.
func searchParams(v url.Values) (SearchRequest, error) {
	p := newParams(v, "q", "from", "to", "limit")
	req := SearchRequest{
		Query: p.str("q", maxQueryLen),
		From:  p.date("from"),
		To:    p.date("to"),
		Limit: p.integer("limit", DefaultSearchLimit, 1, maxLimit),
	}
	p.window(req.From, req.To)
	return req, p.err
}

// quotesParams reads a quotes request: speaker, from, to (the day said)
// and limit.
func quotesParams(v url.Values) (QuotesRequest, error) {
	p := newParams(v, "speaker", "from", "to", "limit")
	req := QuotesRequest{
		Speaker: p.str("speaker", maxEntityLen),
		From:    p.date("from"),
		To:      p.date("to"),
		Limit:   p.integer("limit", DefaultQuotesLimit, 1, maxQuotes),
	}
	p.window(req.From, req.To)
	return req, p.err
}

// formatInfo is how a rendered format is served.
func formatInfo(f render.Format) (contentType, ext string) {
	switch f {
	case render.JSON:
		return "application/json; charset=utf-8", "json"
	case render.TimelineJS:
		return "application/json; charset=utf-8", "timelinejs.json"
	case render.Markdown:
		return "text/markdown; charset=utf-8", "md"
	case render.CSV:
		return "text/csv; charset=utf-8", "csv"
	case render.HTML:
		return "text/html; charset=utf-8", "html"
	}
	return "text/plain; charset=utf-8", "txt"
}

// fileName is the download name of a timeline: "timeline-<query>.<ext>".
func fileName(query, ext string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(query) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 40 {
			break
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		return fmt.Sprintf("timeline.%s", ext)
	}
	return fmt.Sprintf("timeline-%s.%s", name, ext)
}
