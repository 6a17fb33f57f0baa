package webpage

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/google/go-cmp/cmp"
)

// fetched is the crawl time the fixtures are read at.
var fetched = time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestArticle(t *testing.T) {
	cet := time.FixedZone("", 3600)
	cest := time.FixedZone("", 7200)
	type want struct {
		Title, URL, Source string
		Published, Updated time.Time
		TextHas            string
	}
	tests := []struct {
		name    string
		file    string
		pageURL string
		want    want
		reason  corpus.Reason
	}{
		{
			name: "json-ld dates keep time, zone and the update", file: "jsonld.html",
			pageURL: "http://news.example.org/print?id=1",
			want: want{
				Title: "Harbour bridge reopens after repairs", URL: "https://news.example.org/2021/03/harbour-bridge-reopens",
				Source: "Example Gazette", Published: time.Date(2021, 3, 4, 10, 15, 0, 0, cet),
				Updated: time.Date(2021, 3, 5, 8, 0, 0, 0, cet), TextHas: "eleven weeks of repairs",
			},
		},
		{
			name: "day-only meta date is midnight UTC; fetch URL and host as source", file: "metaday.html",
			pageURL: "https://www.town.example.net/news/library",
			want: want{
				Title: "Library extends opening hours", URL: "https://www.town.example.net/news/library",
				Source: "town.example.net", Published: time.Date(2019, 11, 2, 0, 0, 0, 0, time.UTC),
				TextHas: "until nine in the evening",
			},
		},
		{
			name: "declared windows-1252 is decoded", file: "latin1.html",
			want: want{
				Title: "Café reopens", Published: time.Date(2018, 7, 14, 12, 30, 0, 0, cest),
				TextHas: "«We wanted to keep what people liked,»",
			},
		},
		{
			name: "date in the text", file: "textdate.html",
			want: want{Title: "Talks resume on river treaty", Published: time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC), TextHas: "water-sharing treaty"},
		},
		{name: "no date anywhere", file: "nodate.html", reason: corpus.ReasonNoDate},
		{name: "stated date after the crawl", file: "future.html", reason: corpus.ReasonFutureDate},
		{name: "no text", file: "empty.html", reason: corpus.ReasonEmpty},
	}
	ex := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ex.Article(context.Background(), Page{HTML: readFixture(t, tt.file), URL: tt.pageURL, Fetched: fetched, Origin: tt.file})
			if tt.reason != "" {
				var de *corpus.DocError
				if !errors.As(err, &de) || de.Reason != tt.reason {
					t.Fatalf("err = %v, want a DocError with reason %s", err, tt.reason)
				}
				if de.Origin != tt.file {
					t.Errorf("DocError.Origin = %q, want %q", de.Origin, tt.file)
				}
				return
			}
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			got := want{Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published, Updated: a.Updated, TextHas: tt.want.TextHas}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("article mismatch (-want +got):\n%s", diff)
			}
			if !strings.Contains(a.Text, tt.want.TextHas) {
				t.Errorf("text lacks %q:\n%s", tt.want.TextHas, a.Text)
			}
			if a.ID != tt.file || a.Origin != tt.file {
				t.Errorf("ID, Origin = %q, %q; want both %q", a.ID, a.Origin, tt.file)
			}
			for _, boiler := range []string{"Copyright Example Gazette", "Home News Sport"} {
				if strings.Contains(a.Text, boiler) {
					t.Errorf("text keeps boilerplate %q", boiler)
				}
			}
		})
	}
}

func TestFutureBoundIsFetchTime(t *testing.T) {
	// The same page is fine when crawled after its stated date.
	ex := New(Options{})
	a, err := ex.Article(context.Background(), Page{HTML: readFixture(t, "future.html"), Fetched: time.Date(2031, 7, 1, 0, 0, 0, 0, time.UTC), Origin: "f"})
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if want := time.Date(2031, 6, 1, 9, 0, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", a.Published, want)
	}
	// Without a fetch time, Options.Now is the bound.
	ex = New(Options{Now: func() time.Time { return fetched }})
	if _, err := ex.Article(context.Background(), Page{HTML: readFixture(t, "future.html"), Origin: "f"}); err == nil {
		t.Error("future-dated page accepted with Now before its date")
	}
}

func TestTooLarge(t *testing.T) {
	ex := New(Options{MaxBytes: 100})
	_, err := ex.Article(context.Background(), Page{HTML: readFixture(t, "jsonld.html"), Origin: "big"})
	var de *corpus.DocError
	if !errors.As(err, &de) || de.Reason != corpus.ReasonTooLarge {
		t.Fatalf("err = %v, want too-large", err)
	}
}

func TestParseISO(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		zone bool
		ok   bool
	}{
		{"2021-03-04T10:15:00+01:00", time.Date(2021, 3, 4, 9, 15, 0, 0, time.UTC), true, true},
		{"2021-03-04T10:15:00.123Z", time.Date(2021, 3, 4, 10, 15, 0, 123e6, time.UTC), true, true},
		{"2021-03-04T10:15:00+0100", time.Date(2021, 3, 4, 9, 15, 0, 0, time.UTC), true, true},
		{"2021-03-04T10:15", time.Date(2021, 3, 4, 10, 15, 0, 0, time.UTC), false, true},
		{" 2021-03-04 ", time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), false, true},
		{"March 4, 2021", time.Time{}, false, false},
		{"2021-13-04", time.Time{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, zone, ok := parseISO(tt.in)
			if ok != tt.ok || zone != tt.zone || !got.Equal(tt.want) {
				t.Errorf("parseISO(%q) = %v, %v, %v; want %v, %v, %v", tt.in, got, zone, ok, tt.want, tt.zone, tt.ok)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	f := Format(Options{})
	tests := []struct {
		name, file, head string
		want             bool
	}{
		{"extension", "a/page.HTM", "", true},
		{"gzipped extension", "page.html.gz", "", true},
		{"doctype", "x", "\ufeff  <!DOCTYPE html><html>", true},
		{"xhtml after xml declaration", "x", `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>`, true},
		{"rss is not html", "x", `<?xml version="1.0"?><rss version="2.0"><channel><description>&lt;html&gt;</description>`, false},
		{"plain text", "notes.txt", "Hello <html> world", false},
		{"jsonl", "a.jsonl", `{"id":"1","text":"<html>"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.Sniff(tt.file, []byte(tt.head)); got != tt.want {
				t.Errorf("Sniff(%q, %q) = %v, want %v", tt.file, tt.head, got, tt.want)
			}
		})
	}
}

func TestFormatRead(t *testing.T) {
	f := Format(Options{Now: func() time.Time { return fetched }})
	tests := []struct {
		file   string
		reason corpus.Reason
	}{
		{"metaday.html", ""},
		{"nodate.html", corpus.ReasonNoDate},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			fh, err := os.Open(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			var n int
			for a, err := range f.Read(context.Background(), tt.file, fh) {
				n++
				var de *corpus.DocError
				switch {
				case tt.reason == "" && err != nil:
					t.Errorf("unexpected error %v", err)
				case tt.reason == "" && a.Published.IsZero():
					t.Error("article without a date")
				case tt.reason != "" && (!errors.As(err, &de) || de.Reason != tt.reason):
					t.Errorf("err = %v, want reason %s", err, tt.reason)
				}
			}
			if n != 1 {
				t.Errorf("Read yielded %d values, want 1", n)
			}
		})
	}
}

// FuzzStructure fuzzes dateline's own layers around the libraries:
// decoding and parsing, the date-metadata scan, the text rendering and the
// HTML sniffing. (FuzzExtract runs the whole extraction, libraries
// included; coverage-guided fuzzing makes little headway through them.)
func FuzzStructure(f *testing.F) {
	for _, name := range []string{"jsonld.html", "metaday.html", "latin1.html", "empty.html", "textdate.html"} {
		f.Add(readFixture(f, name), "")
	}
	f.Add([]byte(`<script type="application/ld+json">[{"@type":["NewsArticle"],"datePublished":"2020-01-01T10:00:00+05:30","dateModified":7}]</script>`), "text/html; charset=iso-8859-1")
	f.Add([]byte("<time pubdate datetime='2020-01-01'>x</time><p>a\u00adb</p>"), "text/html; charset=utf-16")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		_ = LooksLikeHTML(b)
		doc, err := parseHTML(b, contentType)
		if err != nil {
			return
		}
		st := scanStamps(doc)
		if !st.modified.IsZero() && st.modified.Year() < 1 {
			t.Fatalf("bad modified stamp %v", st.modified)
		}
		text := nodeText(doc)
		for _, line := range strings.Split(text, "\n") {
			if text != "" && strings.TrimSpace(line) == "" {
				t.Fatalf("empty line in rendered text %q", text)
			}
		}
		if strings.Contains(text, "\u00ad") {
			t.Fatalf("soft hyphen left in %q", text)
		}
		first, _, _ := strings.Cut(text, "\n")
		if got := dropTitle(text, first); len(got) >= len(text) && text != "" {
			t.Fatalf("dropTitle kept the repeated first line of %q", text)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"jsonld.html", "metaday.html", "latin1.html", "empty.html"} {
		f.Add(readFixture(f, name))
	}
	f.Add([]byte(`<html><head><script type="application/ld+json">{"datePublished":[1,{"@graph":null}]}</script><meta property="article:published_time" content="2020-02-30"></head><body><p>x</p></body></html>`))
	f.Add([]byte("<p>Published 2020-01-05.</p><p>" + strings.Repeat("word ", 80) + "</p>"))
	f.Add([]byte("\xff\xfe<\x00h\x00t\x00m\x00l\x00>"))
	ex := New(Options{MaxBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ex.Article(context.Background(), Page{HTML: b, Fetched: fetched, Origin: "fuzz"})
		if err != nil {
			var de *corpus.DocError
			if !errors.As(err, &de) || de.Origin != "fuzz" {
				t.Fatalf("error %v is not a DocError naming the page", err)
			}
			return
		}
		if a.Published.IsZero() || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("accepted article without date or text: %+v", a)
		}
		if a.Published.After(fetched.Add(FutureSlack)) {
			t.Fatalf("accepted article dated %v, after the crawl", a.Published)
		}
	})
}
