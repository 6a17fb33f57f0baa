package feed

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/google/go-cmp/cmp"
)

var now = time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC)

type result struct {
	Articles []news.Article
	Errors   []string // "origin reason"
}

func readFile(t testing.TB, name string) result {
	t.Helper()
	fh, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var r result
	for a, err := range Format(Options{Now: func() time.Time { return now }}).Read(context.Background(), name, fh) {
		if err != nil {
			var de *corpus.DocError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *corpus.DocError", err)
			}
			r.Errors = append(r.Errors, de.Origin+" "+string(de.Reason))
			continue
		}
		r.Articles = append(r.Articles, *a)
	}
	return r
}

func TestRSS(t *testing.T) {
	got := readFile(t, "rss.xml")
	cet := time.FixedZone("", 3600)
	want := result{
		Articles: []news.Article{
			{
				ID: "courier-1001", Source: "Valley Courier", URL: "https://courier.example.com/ferry", Title: "Ferry timetable changes",
				Published: time.Date(2021, 3, 2, 8, 30, 0, 0, cet),
				Text:      "The ferry will leave ten minutes earlier from Monday.\nThe operator said the change follows a survey.",
				Origin:    "rss.xml#item=1",
			},
			{
				ID: "https://courier.example.com/market", Source: "Valley Courier", URL: "https://courier.example.com/market", Title: "Market moves indoors",
				Published: time.Date(2021, 2, 20, 17, 0, 0, 0, time.UTC),
				Text:      "The Saturday market moves into the old hall for the winter.",
				Origin:    "rss.xml#item=2",
			},
		},
		Errors: []string{"rss.xml#item=3 no-date", "rss.xml#item=4 bad-date", "rss.xml#item=5 future-date", "rss.xml#item=6 empty"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RSS (-want +got):\n%s", diff)
	}
	if _, off := got.Articles[0].Published.Zone(); off != 3600 {
		t.Errorf("pubDate offset %d s, want the item's +0100 kept", off)
	}
}

func TestAtom(t *testing.T) {
	got := readFile(t, "atom.xml")
	cest := time.FixedZone("", 7200)
	want := result{
		Articles: []news.Article{
			{
				ID: "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", Source: "Harbour Weekly", URL: "https://harbour.example.org/crane", Title: "Crane repaired",
				Published: time.Date(2021, 4, 8, 9, 0, 0, 0, cest), Updated: time.Date(2021, 4, 9, 15, 30, 0, 0, cest),
				Text: "The big crane on the east quay is working again.", Origin: "atom.xml#item=1",
			},
			{
				// No <published>: dated by <updated>, which is then not also
				// reported as a modification.
				ID: "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b", Source: "Harbour Weekly", URL: "https://harbour.example.org/tides", Title: "Tide tables",
				Published: time.Date(2021, 4, 7, 6, 0, 0, 0, time.UTC),
				Text:      "New tide tables for May are available at the office.", Origin: "atom.xml#item=2",
			},
		},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("Atom (-want +got):\n%s", diff)
	}
}

func TestBrokenFeed(t *testing.T) {
	got := readFile(t, "broken.xml")
	if len(got.Articles) != 0 || len(got.Errors) != 1 || got.Errors[0] != "broken.xml malformed" {
		t.Errorf("broken feed: %+v", got)
	}
}

func TestSniff(t *testing.T) {
	f := Format(Options{})
	tests := []struct {
		name, head string
		want       bool
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0">`, true},
		{"atom", `<?xml version="1.0"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom">`, true},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">`, true},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "x"}`, true},
		{"jsonl", `{"id": "1", "text": "a feed of news"}`, false},
		{"html", `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml">`, false},
		{"other xml", `<?xml version="1.0"?><TimeML>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.Sniff("x", []byte(tt.head)); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.head, got, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "broken.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>x</p>","date_published":"2020-01-01T00:00:00Z"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for a, err := range Format(Options{Now: func() time.Time { return now }}).Read(context.Background(), "fuzz.xml", strings.NewReader(string(data))) {
			if err != nil {
				var de *corpus.DocError
				if !errors.As(err, &de) || !strings.HasPrefix(de.Origin, "fuzz.xml") {
					t.Fatalf("error %v is not a DocError naming the feed", err)
				}
				continue
			}
			if a.Published.IsZero() || a.Text == "" || a.Published.After(now.Add(FutureSlack)) {
				t.Fatalf("bad article accepted: %+v", a)
			}
			if !a.Updated.IsZero() && !a.Updated.After(a.Published) {
				t.Fatalf("Updated %v not after Published %v", a.Updated, a.Published)
			}
		}
	})
}
