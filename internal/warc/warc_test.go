package warc

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/webpage"
	"github.com/google/go-cmp/cmp"
)

// page returns a small news page dated by its metadata.
func page(title, published string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title>
<meta property="article:published_time" content="` + published + `"></head><body><article><h1>` + title + `</h1>
<p>The regional council approved the new budget on Tuesday after a debate that lasted most of the afternoon, officials said.</p>
<p>Spending on schools and roads rises slightly, while the administration's own costs are cut for the second year in a row.</p>
<p>The opposition voted against, saying the plan relied on optimistic forecasts of tax income.</p>
</article></body></html>`
}

// rec builds one WARC record with a correct Content-Length (and a correct
// block digest unless digest is given).
func rec(typ, uri, ctype, block string, digest ...string) string {
	var h strings.Builder
	fmt.Fprintf(&h, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\nWARC-Date: 2021-06-01T12:00:00Z\r\n", typ, len(block)%99999999)
	if uri != "" {
		fmt.Fprintf(&h, "WARC-Target-URI: %s\r\n", uri)
	}
	d := sha1.Sum([]byte(block))
	dg := "sha1:" + base32.StdEncoding.EncodeToString(d[:])
	if len(digest) > 0 {
		dg = digest[0]
	}
	fmt.Fprintf(&h, "WARC-Block-Digest: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", dg, ctype, len(block), block)
	return h.String()
}

func httpResp(status int, ctype, body string, headers ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d X\r\n", status)
	if ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", ctype)
	}
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n" + body)
	return b.String()
}

const httpT = "application/http; msgtype=response"

// sample is a small crawl: two article pages among records that are not
// articles.
func sample() []string {
	return []string{
		rec("warcinfo", "", "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"),
		rec("request", "https://news.example.com/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n"),
		rec("response", "https://news.example.com/a", httpT, httpResp(200, "text/html; charset=utf-8", page("Budget approved", "2021-05-31T18:00:00Z"))),
		rec("response", "https://news.example.com/gone", httpT, httpResp(404, "text/html", "<html><body>Not found</body></html>")),
		rec("response", "https://news.example.com/logo.png", httpT, httpResp(200, "image/png", "\x89PNG\r\n\x1a\n")),
		rec("resource", "file:///saved/b.html", "text/html", page("Roads plan", "2021-04-02")),
		rec("revisit", "https://news.example.com/a", httpT, "HTTP/1.1 200 OK\r\n\r\n"),
		rec("metadata", "https://news.example.com/a", "application/warc-fields", "via: https://news.example.com/\r\n"),
	}
}

type outcome struct {
	Articles []string // origin and publication day of each article
	Errors   map[corpus.Reason]int
	Origins  []string        // origins of errors other than not-article
	Reasons  []corpus.Reason // their reasons
}

func read(t testing.TB, name string, data []byte, opts Options) (outcome, []*news.Article) {
	t.Helper()
	o := outcome{Errors: map[corpus.Reason]int{}}
	var arts []*news.Article
	for a, err := range Format(opts).Read(context.Background(), name, bytes.NewReader(data)) {
		if err != nil {
			var de *corpus.DocError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *corpus.DocError", err)
			}
			o.Errors[de.Reason]++
			if de.Reason != corpus.ReasonNotArticle {
				o.Origins = append(o.Origins, de.Origin)
				o.Reasons = append(o.Reasons, de.Reason)
			}
			continue
		}
		arts = append(arts, a)
		o.Articles = append(o.Articles, a.Origin+" "+a.PubDate().String())
	}
	return o, arts
}

func gz(parts ...string) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		w := gzip.NewWriter(&b)
		io.WriteString(w, p)
		w.Close()
	}
	return b.Bytes()
}

func offsets(parts []string) []int {
	var offs []int
	n := 0
	for _, p := range parts {
		offs = append(offs, n)
		n += len(p)
	}
	return offs
}

func TestReadPlain(t *testing.T) {
	parts := sample()
	offs := offsets(parts)
	got, arts := read(t, "crawl.warc", []byte(strings.Join(parts, "")), Options{})
	want := outcome{
		Articles: []string{fmt.Sprintf("crawl.warc#offset=%d 2021-05-31", offs[2]), fmt.Sprintf("crawl.warc#offset=%d 2021-04-02", offs[5])},
		Errors:   map[corpus.Reason]int{corpus.ReasonNotArticle: 6},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("outcome (-want +got):\n%s", diff)
	}
	a := arts[0]
	if a.URL != "https://news.example.com/a" || a.Source != "news.example.com" || a.Title != "Budget approved" || a.ID != a.Origin {
		t.Errorf("article fields: URL %q Source %q Title %q ID %q", a.URL, a.Source, a.Title, a.ID)
	}
	if !a.Published.Equal(time.Date(2021, 5, 31, 18, 0, 0, 0, time.UTC)) {
		t.Errorf("Published = %v, want the page's own time, not the crawl time", a.Published)
	}
	// OmitNotArticle drops the skipped records silently.
	got, _ = read(t, "crawl.warc", []byte(strings.Join(parts, "")), Options{OmitNotArticle: true})
	if len(got.Errors) != 0 || len(got.Articles) != 2 {
		t.Errorf("with OmitNotArticle: %+v", got)
	}
}

func TestReadGzip(t *testing.T) {
	parts := sample()
	// One gzip member per record: offsets are the members' compressed offsets.
	var members []string
	for _, p := range parts {
		members = append(members, string(gz(p)))
	}
	offs := offsets(members)
	got, _ := read(t, "crawl.warc.gz", []byte(strings.Join(members, "")), Options{})
	want := []string{fmt.Sprintf("crawl.warc.gz#offset=%d 2021-05-31", offs[2]), fmt.Sprintf("crawl.warc.gz#offset=%d 2021-04-02", offs[5])}
	if diff := cmp.Diff(want, got.Articles); diff != "" || got.Errors[corpus.ReasonNotArticle] != 6 || len(got.Errors) != 1 {
		t.Errorf("per-record members: %+v (-want +got articles):\n%s", got, diff)
	}
	// The whole file as one gzip stream still reads; offsets name the
	// member and the offset inside it.
	plain := offsets(parts)
	got, _ = read(t, "one.warc.gz", gz(strings.Join(parts, "")), Options{})
	want = []string{fmt.Sprintf("one.warc.gz#offset=0+%d 2021-05-31", plain[2]), fmt.Sprintf("one.warc.gz#offset=0+%d 2021-04-02", plain[5])}
	if diff := cmp.Diff(want, got.Articles); diff != "" {
		t.Errorf("single stream (-want +got):\n%s", diff)
	}
}

func TestDamage(t *testing.T) {
	good := rec("response", "https://news.example.com/a", httpT, httpResp(200, "text/html", page("Budget approved", "2021-05-31")))
	badDigest := rec("response", "https://news.example.com/b", httpT, httpResp(200, "text/html", page("Other", "2021-05-30")), "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	short := strings.Replace(rec("response", "https://news.example.com/c", httpT, httpResp(200, "text/html", page("Cut", "2021-05-29"))), "</html>", "", 1)
	info := rec("warcinfo", "", "application/warc-fields", "software: test\r\n")
	g1, g2 := gz(info), gz(good)
	tests := []struct {
		name    string
		file    string
		data    []byte
		arts    int
		errors  map[corpus.Reason]int
		origins []string
	}{
		{"block digest mismatch", "d.warc", []byte(badDigest + good), 1,
			map[corpus.Reason]int{corpus.ReasonMalformed: 1}, []string{"d.warc#offset=0"}},
		{"file cut inside its last record", "s.warc", []byte(good + short), 1,
			map[corpus.Reason]int{corpus.ReasonMalformed: 1}, []string{fmt.Sprintf("s.warc#offset=%d", len(good))}},
		// The short record's Content-Length swallows the start of the next
		// one, whose rest is then scanned to the end without finding a
		// record and reported too, at the point where fewer bytes remain
		// than a "WARC/" line needs.
		{"record shorter than its Content-Length", "s.warc", []byte(good + short + info), 1,
			map[corpus.Reason]int{corpus.ReasonMalformed: 2}, []string{fmt.Sprintf("s.warc#offset=%d", len(good)), fmt.Sprintf("s.warc#offset=%d", len(good)+len(short)+len(info)-4)}},
		{"garbage between records", "g.warc", []byte(good + "junk junk\r\n" + good), 2,
			map[corpus.Reason]int{}, nil},
		{"truncated gzip member", "t.warc.gz", append(append([]byte{}, g1...), g2[:len(g2)/2]...), 0,
			map[corpus.Reason]int{corpus.ReasonNotArticle: 1, corpus.ReasonUnreadable: 1}, []string{fmt.Sprintf("t.warc.gz#offset=%d", len(g1))}},
		{"garbage between gzip members", "m.warc.gz", append(append(append([]byte{}, g2...), "not gzip at all"...), g2...), 2,
			map[corpus.Reason]int{corpus.ReasonUnreadable: 1}, []string{fmt.Sprintf("m.warc.gz#offset=%d", len(g2))}},
		{"not a WARC file", "x.warc", []byte("filedesc://x.arc 0.0.0.0 20050614070144 text/plain 1\n"), 0,
			map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}, []string{"x.warc"}},
		{"empty file", "e.warc", nil, 0, map[corpus.Reason]int{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := read(t, tt.file, tt.data, Options{})
			if len(got.Articles) != tt.arts {
				t.Errorf("%d articles, want %d: %v", len(got.Articles), tt.arts, got.Articles)
			}
			if diff := cmp.Diff(tt.errors, got.Errors); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.origins, got.Origins); diff != "" {
				t.Errorf("error origins (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTTPPayloads(t *testing.T) {
	body := page("Budget approved", "2021-05-31")
	var gzBody bytes.Buffer
	w := gzip.NewWriter(&gzBody)
	io.WriteString(w, body)
	w.Close()
	var brBody bytes.Buffer
	bw := brotli.NewWriter(&brBody)
	io.WriteString(bw, body)
	bw.Close()
	chunked := fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", 100, body[:100], len(body)-100, body[100:])
	latin1 := strings.Replace(page("Caf\xe9 reopens", "2021-05-31"), `<meta charset="utf-8">`, "", 1)
	tests := []struct {
		name  string
		block string
		title string
	}{
		{"gzip content encoding", httpResp(200, "text/html", gzBody.String(), "Content-Encoding: gzip"), "Budget approved"},
		{"brotli content encoding", httpResp(200, "text/html", brBody.String(), "Content-Encoding: br"), "Budget approved"},
		{"stored decoded under a gzip header", httpResp(200, "text/html", body, "Content-Encoding: gzip"), "Budget approved"},
		{"chunked transfer", httpResp(200, "text/html", chunked, "Transfer-Encoding: chunked"), "Budget approved"},
		{"charset from the HTTP header", httpResp(200, "text/html; charset=windows-1252", latin1), "Café reopens"},
		{"no content type but HTML", httpResp(200, "", body), "Budget approved"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, arts := read(t, "p.warc", []byte(rec("response", "https://x.example/p", httpT, tt.block)), Options{})
			if len(arts) != 1 {
				t.Fatalf("no article: %+v", got)
			}
			if arts[0].Title != tt.title || !strings.Contains(arts[0].Text, "regional council") {
				t.Errorf("title %q, text %q", arts[0].Title, arts[0].Text)
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
		{"warc head", "x", "WARC/1.0\r\n", true},
		{"gzip named warc", "a.warc.gz.open", "\x1f\x8b\x08\x00", true},
		{"gzip of something else", "a.txt.gz", "\x1f\x8b\x08\x00", false},
		{"arc", "a.arc", "filedesc://a.arc", false},
		{"html", "a.html", "<!DOCTYPE html>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.Sniff(tt.file, []byte(tt.head)); got != tt.want {
				t.Errorf("Sniff = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	parts := sample()
	f.Add([]byte(strings.Join(parts, "")))
	f.Add(gz(parts[2], parts[5]))
	f.Add(gz(strings.Join(parts[:3], "")))
	f.Add([]byte(parts[2][:300]))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nx"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	// Pages are capped at 64 bytes, so that the fuzzer spends its time on
	// the WARC, gzip and HTTP layers rather than inside the HTML and date
	// libraries (their own fuzzing is package webpage's).
	opts := Options{Page: webpage.Options{MaxBytes: 64}}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		for a, err := range Format(opts).Read(context.Background(), "fuzz.warc", bytes.NewReader(data)) {
			n++
			if n > 10000 {
				t.Fatal("reader does not terminate")
			}
			if err != nil {
				var de *corpus.DocError
				if !errors.As(err, &de) || !strings.HasPrefix(de.Origin, "fuzz.warc") {
					t.Fatalf("error %v is not a DocError naming the file", err)
				}
				continue
			}
			if a.Published.IsZero() || a.Text == "" {
				t.Fatalf("article without date or text: %+v", a)
			}
		}
	})
}
