package formats

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/corpus"
)

func TestAll(t *testing.T) {
	var got []string
	for _, f := range All() {
		got = append(got, f.Name())
	}
	var want []string
	for _, f := range corpus.DefaultFormats() {
		want = append(want, f.Name())
	}
	want = append(want, "warc", "feed", "html")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("format names (-want +got):\n%s", diff)
	}
}

func TestSniffOrder(t *testing.T) {
	tests := []struct{ name, file, head, want string }{
		{"t17 path", "x/bp_bbc/InputDocs/2010-01-01/1.htm.txt", "anything", "t17"},
		{"rss", "news.xml", `<?xml version="1.0"?><rss version="2.0"><channel>`, "feed"},
		{"html page", "page.html", "<!doctype html><html><body><p>x</p>", "html"},
		{"warc", "crawl.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := All()
			got := ""
			if i := slices.IndexFunc(all, func(f corpus.Format) bool { return f.Sniff(tt.file, []byte(tt.head)) }); i >= 0 {
				got = all[i].Name()
			}
			if got != tt.want {
				t.Errorf("first format to accept %s = %q, want %q", tt.file, got, tt.want)
			}
		})
	}
}
