package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/timeline"
)

const (
	newArticle   = `{"id": "harbour-8", "source": "Alder Gazette", "title": "Strike anniversary", "published": "2024-03-20T09:00:00Z", "text": "Dock workers marked the end of the Port Alder strike on 20 March 2024 with a march."}`
	otherArticle = `{"id": 9, "source": "Coastline Radio", "title": "Strike film", "time": "2024-03-21", "text": "A film about the Port Alder strike opened on Thursday."}`
)

func TestAddArticles(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		body        string
		status      int
		want        AddResult
		errMention  string // for error responses
	}{
		{"one object", "application/json", newArticle, 201, AddResult{Added: 1}, ""},
		{"array", "application/json; charset=utf-8", "[" + newArticle + ",\n" + otherArticle + "]", 201, AddResult{Added: 2}, ""},
		{"json lines", "application/x-ndjson", newArticle + "\n\n" + otherArticle + "\n", 201, AddResult{Added: 2}, ""},
		{"byte order mark", "application/json", "\ufeff" + newArticle, 201, AddResult{Added: 1}, ""},
		{"known article unchanged", "application/json", `{"id": "harbour-7", "source": "Northern Wire", "title": "Cargo back to normal", "published": "2024-03-04T12:00:00Z", "text": "A week after the Port Alder strike ended on 26 February 2024, cargo volumes at the harbour returned to normal."}`,
			200, AddResult{Unchanged: 1}, ""},
		{"bad records beside good ones", "application/json", `[{"title": "no id", "published": "2024-03-01", "text": "x"}, ` + newArticle + `, {"id": "x2", "text": "no date"}, {"id": "x3", "published": "soon", "text": "bad date"}, 7]`,
			201, AddResult{Added: 1, Errors: []AddError{
				{Index: 0, Error: `malformed: no "id"`},
				{Index: 2, ID: "x2", Error: `no-date: no "published" time`},
				{Index: 3, ID: "x3"},
				{Index: 4, Error: "not a JSON object"},
			}}, ""},
		{"id taken by other content", "application/json", `{"id": "harbour-1", "published": "2024-02-05", "text": "Something else entirely."}`, 400, AddResult{}, "no article added"},
		{"empty text", "application/json", `{"id": "e", "published": "2024-02-05", "text": "  "}`, 400, AddResult{}, "empty"},
		{"future", "application/json", `{"id": "f", "published": "2999-01-01", "text": "Later."}`, 400, AddResult{}, "future"},
		{"malformed JSON", "application/json", `{"id": "x", "text": `, 400, AddResult{}, "JSON"},
		{"trailing garbage after array", "application/json", `[` + newArticle + `] x`, 400, AddResult{}, "after the array"},
		{"not an object", "application/json", `"hello"`, 400, AddResult{}, "want a JSON object"},
		{"empty body", "application/json", "", 400, AddResult{}, "empty"},
		{"form post refused", "application/x-www-form-urlencoded", "id=1", 415, AddResult{}, "Content-Type"},
		{"text/plain refused", "text/plain", newArticle, 415, AddResult{}, "Content-Type"},
		{"no content type", "", newArticle, 415, AddResult{}, "Content-Type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newTestServer(t, Options{})
			r := do(t, http.MethodPost, srv.URL+"/api/articles", tt.contentType, tt.body)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.errMention != "" {
				if msg := r.errorMessage(t); !strings.Contains(msg, tt.errMention) {
					t.Errorf("error %q does not mention %q", msg, tt.errMention)
				}
				return
			}
			got := decode[AddResult](t, r)
			// Check each error's index and start; the detail of a bad
			// date comes from the date parser.
			for i := range got.Errors {
				if i < len(tt.want.Errors) && tt.want.Errors[i].Error == "" {
					got.Errors[i].Error = ""
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("result (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAddedArticleIsServed(t *testing.T) {
	srv := newTestServer(t, Options{})
	// Cache a timeline, then add an article: the next timeline must be
	// rebuilt and can show the new date.
	q := srv.URL + "/api/timeline?q=strike&dates=10"
	get(t, q)
	if c := get(t, q).header.Get("X-Dateline-Cache"); c != "hit" {
		t.Fatalf("second request: cache %q, want hit", c)
	}
	if r := do(t, http.MethodPost, srv.URL+"/api/articles", "application/json", newArticle); r.status != 201 {
		t.Fatalf("add: %d %s", r.status, r.body)
	}
	r := get(t, q)
	if c := r.header.Get("X-Dateline-Cache"); c != "miss" {
		t.Errorf("after add: cache %q, want miss", c)
	}
	tl := decode[timeline.Timeline](t, r)
	var found bool
	for _, d := range tl.Days {
		found = found || (d.Date == news.NewDate(2024, 3, 20) && d.Published == 1)
	}
	if !found {
		t.Errorf("the added article's day is not in the activity: %+v", tl.Days)
	}

	a := decode[news.Article](t, get(t, srv.URL+"/api/articles/harbour-8"))
	if len(a.Sentences) == 0 || len(a.Sentences[0].Mentions) == 0 {
		t.Errorf("added article was not annotated: %+v", a)
	}
	res := decode[SearchResult](t, get(t, srv.URL+"/api/search?q=march"))
	if len(res.Hits) == 0 || res.Hits[0].ID != "harbour-8" {
		t.Errorf("search does not find the added article: %+v", res.Hits)
	}
}

func TestTokenAuth(t *testing.T) {
	srv := newTestServer(t, Options{Token: "s3cret"})
	tests := []struct {
		name   string
		header []string
		status int
	}{
		{"no token", nil, 401},
		{"wrong token", []string{"Authorization", "Bearer nope"}, 401},
		{"not bearer", []string{"Authorization", "Basic czNjcmV0"}, 401},
		{"token as prefix", []string{"Authorization", "Bearer s3cretX"}, 401},
		{"right token", []string{"Authorization", "Bearer s3cret"}, 201},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, http.MethodPost, srv.URL+"/api/articles", "application/json", newArticle, tt.header...)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.status == 401 {
				r.errorMessage(t)
				if r.header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
			}
		})
	}
	// Reading needs no token.
	if r := get(t, srv.URL+"/api/stats"); r.status != 200 {
		t.Errorf("stats with a token configured: %d", r.status)
	}
}

func TestBodyLimit(t *testing.T) {
	srv := newTestServer(t, Options{MaxBodyBytes: 300})
	big := `{"id": "big", "published": "2024-03-01", "text": "` + strings.Repeat("word ", 100) + `"}`
	r := do(t, http.MethodPost, srv.URL+"/api/articles", "application/json", big)
	if r.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("status = %d, want 413: %s", r.status, r.body)
	}
	if msg := r.errorMessage(t); !strings.Contains(msg, "300 bytes") {
		t.Errorf("error %q does not give the limit", msg)
	}
	if r := do(t, http.MethodPost, srv.URL+"/api/articles", "application/json", newArticle); r.status != 201 {
		t.Errorf("small body: %d %s", r.status, r.body)
	}
}
