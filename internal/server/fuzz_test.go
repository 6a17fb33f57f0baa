package server

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecodeArticles checks that any body either fails with a client
// error or yields articles that are usable and per-record errors with
// valid positions.
func FuzzDecodeArticles(f *testing.F) {
	for _, s := range []string{
		newArticle,
		"[" + newArticle + "," + otherArticle + "]",
		newArticle + "\n" + otherArticle,
		`[{"id": 1, "date": "2024-01-02", "text": "x"}, 3, null, "s", {"id": null}]`,
		`{"id": "a", "published": "2024-13-01", "text": "bad month"}`,
		"\ufeff  {}",
		`[`, `]`, `{"id":`, "", "nul", `{"id": "x", "published": "2024-02-05", "text": "a"} trailing`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		arts, index, bad, err := decodeArticles(strings.NewReader(body))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || (e.Kind != KindInvalid && e.Kind != KindTooLarge) {
				t.Fatalf("error %v is not a client error", err)
			}
			return
		}
		if len(arts) != len(index) {
			t.Fatalf("%d articles, %d indexes", len(arts), len(index))
		}
		for i, a := range arts {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" || a.Published.IsZero() || !utf8.ValidString(a.Text) {
				t.Fatalf("unusable article %+v", a)
			}
			if i > 0 && index[i] <= index[i-1] {
				t.Fatalf("indexes not increasing: %v", index)
			}
		}
		for _, e := range bad {
			if e.Index < 0 || e.Error == "" {
				t.Fatalf("bad error entry %+v", e)
			}
		}
	})
}

// FuzzTimelineParams checks that any query string is either refused with
// a client error or gives a request within the limits.
func FuzzTimelineParams(f *testing.F) {
	for _, s := range []string{
		"q=strike&dates=4&sentences=2",
		"q=x&from=2024-01-01&to=2023-01-01",
		"dates=notanumber", "format=md&download=1", "q=a&q=b", "entity=Rosa+Menz&method=datewise",
		"q=%ff", "dates=-1", "sentences=99999999999999999999", "from=0000-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, _, _, err := timelineParams(v)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindInvalid || e.Msg == "" {
				t.Fatalf("error %v is not a client error", err)
			}
			return
		}
		if req.Dates < 1 || req.Dates > maxDates || req.Sentences < 1 || req.Sentences > maxSentences {
			t.Fatalf("out of range: %+v", req)
		}
		if len(req.Query) > maxQueryLen || !utf8.ValidString(req.Query) || len(req.Entity) > maxEntityLen {
			t.Fatalf("query not checked: %+v", req)
		}
		if !req.From.IsZero() && !req.To.IsZero() && req.To.Before(req.From) {
			t.Fatalf("window not checked: %+v", req)
		}
		_ = req.Key()
	})
}

func FuzzQuotesParams(f *testing.F) {
	for _, s := range []string{
		"speaker=Rosa+Menz&from=2024-02-01&to=2024-02-28&limit=5",
		"from=2024-03-01&to=2024-02-01", "limit=0", "limit=99999999999999999999", "speaker=%ff", "speaker=a&speaker=b", "who=x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, err := quotesParams(v)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindInvalid || e.Msg == "" {
				t.Fatalf("error %v is not a client error", err)
			}
			return
		}
		if req.Limit < 1 || req.Limit > maxQuotes || len(req.Speaker) > maxEntityLen || !utf8.ValidString(req.Speaker) {
			t.Fatalf("not checked: %+v", req)
		}
		if !req.From.IsZero() && !req.To.IsZero() && req.To.Before(req.From) {
			t.Fatalf("window not checked: %+v", req)
		}
	})
}
