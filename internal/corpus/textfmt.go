package corpus

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// Text reads a plain text article whose first line gives its date:
//
//	date 2031-03-14
//	title: Harbour closed after storm
//	source: The Saltmarsh Courier
//	url: https://courier.example/harbour
//
//	The body, one paragraph per line ...
//
// The date line is "date" followed by a space or a colon and an ISO date or
// date-time (see [ParseTime]). Header lines follow it: "title", "source",
// "url" and "updated" (a date-time), case-insensitive, "key: value". The
// first other line ends the header; one blank line after the header is
// skipped. The rest, trimmed, is Article.Text. The article ID is the input
// name. Sentences are left for the annotator to split.
type Text struct{}

// Name returns "text".
func (Text) Name() string { return "text" }

// Sniff accepts inputs whose first line starts with "date" followed by a
// space, tab or colon, and any .txt or .text file that does not look binary
// (so a text file without its date line is reported, not ignored).
func (Text) Sniff(name string, head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	if _, ok := dateLine(firstLine(head)); ok {
		return true
	}
	switch Ext(name) {
	case "txt", "text":
		return bytes.IndexByte(head, 0) < 0
	}
	return false
}

func firstLine(b []byte) string {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return strings.TrimRight(string(b), "\r")
}

// dateLine returns the value of a "date ..." line.
func dateLine(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if len(line) < 5 || !strings.EqualFold(line[:4], "date") {
		return "", false
	}
	switch line[4] {
	case ' ', '\t', ':':
		return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line[4:]), ":")), true
	}
	return "", false
}

// headerKey returns the lowercased key of a "key: value" header line this
// format knows, and the value.
func headerKey(line string) (key, value string, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found {
		return "", "", false
	}
	k = strings.ToLower(strings.TrimSpace(k))
	switch k {
	case "title", "source", "url", "updated":
		return k, strings.TrimSpace(v), true
	}
	return "", "", false
}

// Read reads one article.
func (Text) Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	b, derr := readText(ctx, name, r)
	if derr != nil {
		return fail(derr)
	}
	a, derr := parseText(name, string(normalizeNewlines(b)))
	if derr != nil {
		return fail(derr)
	}
	return one(a, nil)
}

func parseText(name, s string) (*news.Article, *DocError) {
	first, rest, _ := strings.Cut(s, "\n")
	val, ok := dateLine(first)
	if !ok {
		return nil, &DocError{Origin: name, Line: 1, Reason: ReasonNoDate,
			Err: fmt.Errorf(`first line must be "date YYYY-MM-DD", got %q`, clip(strings.TrimSpace(first), 40))}
	}
	t, err := ParseTime(val)
	if err != nil {
		return nil, &DocError{Origin: name, Line: 1, Reason: ReasonBadDate, Err: err}
	}
	a := &news.Article{ID: name, Origin: name, Published: t}
	line := 1
	for rest != "" {
		l, after, _ := strings.Cut(rest, "\n")
		k, v, ok := headerKey(l)
		if !ok {
			break
		}
		line++
		switch k {
		case "title":
			a.Title = v
		case "source":
			a.Source = v
		case "url":
			a.URL = v
		case "updated":
			u, err := ParseTime(v)
			if err != nil {
				return nil, &DocError{Origin: name, Line: line, Reason: ReasonBadDate, Err: fmt.Errorf("updated: %w", err)}
			}
			a.Updated = u
		}
		rest = after
	}
	a.Text = strings.TrimSpace(rest)
	if a.Text == "" {
		return nil, &DocError{Origin: name, Reason: ReasonEmpty, Err: fmt.Errorf("no body text after the header")}
	}
	return a, nil
}
