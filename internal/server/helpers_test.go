package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/news"
)

// sharedAnnotator is built once: the standard chain loads its tables.
var sharedAnnotator = sync.OnceValue(annotate.New)

// fixture reads testdata/harbour.jsonl through the API's own decoder and
// annotates it.
func fixture(t testing.TB) []*news.Article {
	t.Helper()
	f, err := os.Open("testdata/harbour.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, _, bad, err := decodeArticles(f)
	if err != nil || len(bad) > 0 {
		t.Fatalf("fixture: %v %v", err, bad)
	}
	if err := sharedAnnotator().All(context.Background(), arts, 0); err != nil {
		t.Fatal(err)
	}
	return arts
}

// newTestServer serves a Memory backend over the fixture.
func newTestServer(t testing.TB, opts Options) *httptest.Server {
	t.Helper()
	b := NewMemory(fixture(t), sharedAnnotator())
	srv := httptest.NewServer(Handler(b, opts))
	t.Cleanup(srv.Close)
	return srv
}

// serveBackend serves b and returns the server's URL.
func serveBackend(t testing.TB, b Backend, opts Options) string {
	t.Helper()
	srv := httptest.NewServer(Handler(b, opts))
	t.Cleanup(srv.Close)
	return srv.URL
}

// response is what a test request got.
type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) errorMessage(t testing.TB) string {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error response Content-Type %q, want JSON; body %s", ct, r.body)
	}
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(r.body, &e); err != nil || e.Error == "" {
		t.Fatalf("error body %s: want {\"error\": \"...\"} (%v)", r.body, err)
	}
	return e.Error
}

func do(t testing.TB, method, url, contentType, body string, header ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header, b}
}

func get(t testing.TB, url string) response { return do(t, http.MethodGet, url, "", "") }

func decode[T any](t testing.TB, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("decode %T: %v\n%s", v, err, r.body)
	}
	return v
}
