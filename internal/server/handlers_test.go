package server

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/timeline"
)

func TestTimelineJSON(t *testing.T) {
	srv := newTestServer(t, Options{})
	r := get(t, srv.URL+"/api/timeline?q=strike&dates=4&sentences=2")
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	if got := r.header.Get("X-Dateline-Cache"); got != "miss" {
		t.Errorf("first request cache = %q, want miss", got)
	}
	tl := decode[timeline.Timeline](t, r)
	if tl.Query != "strike" {
		t.Errorf("query = %q, want strike", tl.Query)
	}
	if len(tl.Dates) == 0 || len(tl.Dates) > 4 {
		t.Fatalf("got %d dates, want 1..4: %s", len(tl.Dates), r.body)
	}
	for _, e := range tl.Dates {
		if len(e.Summary) == 0 || len(e.Summary) > 2 {
			t.Errorf("%s: %d sentences, want 1..2", e.Date, len(e.Summary))
		}
		for _, it := range e.Summary {
			if it.Doc == "" || !strings.Contains(strings.ToLower(it.Text), "strike") {
				t.Errorf("%s: item %+v has no doc or misses the keyword", e.Date, it)
			}
		}
	}
	// Days carry the chart data, with exactly the timeline's dates marked.
	if len(tl.Days) == 0 {
		t.Fatal("no days in the response")
	}
	var chosen, want []news.Date
	for _, d := range tl.Days {
		if d.Chosen {
			chosen = append(chosen, d.Date)
		}
	}
	for _, e := range tl.Dates {
		want = append(want, e.Date)
	}
	if diff := cmp.Diff(want, chosen); diff != "" {
		t.Errorf("chosen days differ from the timeline's dates (-dates +chosen):\n%s", diff)
	}

	// The same query written otherwise is served from the cache, with the
	// query echoed as written.
	r2 := get(t, srv.URL+"/api/timeline?q=%20STRIKE%20&sentences=2&dates=4")
	if got := r2.header.Get("X-Dateline-Cache"); got != "hit" {
		t.Errorf("repeated request cache = %q, want hit", got)
	}
	tl2 := decode[timeline.Timeline](t, r2)
	if tl2.Query != "STRIKE" {
		t.Errorf("cached query = %q, want STRIKE", tl2.Query)
	}
	if diff := cmp.Diff(tl.Dates, tl2.Dates); diff != "" {
		t.Errorf("cached timeline differs:\n%s", diff)
	}
}

func TestTimelineWindowAndEntity(t *testing.T) {
	srv := newTestServer(t, Options{})
	tests := []struct {
		name   string
		params string
		check  func(t *testing.T, tl timeline.Timeline)
	}{
		{"window", "q=strike&from=2024-02-19&to=2024-02-29", func(t *testing.T, tl timeline.Timeline) {
			for _, e := range tl.Dates {
				if e.Date.Before(news.NewDate(2024, 2, 19)) || e.Date.After(news.NewDate(2024, 2, 29)) {
					t.Errorf("date %s outside the window", e.Date)
				}
			}
		}},
		{"entity", "q=strike&entity=Rosa%20Menz", func(t *testing.T, tl timeline.Timeline) {
			for _, e := range tl.Dates {
				for _, it := range e.Summary {
					if it.Doc != "harbour-2" && it.Doc != "harbour-6" {
						t.Errorf("item from %s, which does not name Rosa Menz", it.Doc)
					}
				}
			}
		}},
		{"entity alone", "entity=Menz", func(t *testing.T, tl timeline.Timeline) {
			if len(tl.Dates) == 0 {
				t.Error("no dates for an entity query")
			}
		}},
		{"nothing matches", "q=volcano", func(t *testing.T, tl timeline.Timeline) {
			if tl.Dates == nil || len(tl.Dates) != 0 {
				t.Errorf("dates = %#v, want an empty list", tl.Dates)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, srv.URL+"/api/timeline?"+tt.params)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if tt.name == "nothing matches" && !strings.Contains(string(r.body), `"dates": []`) {
				t.Errorf("want \"dates\": [] in %s", r.body)
			}
			tt.check(t, decode[timeline.Timeline](t, r))
		})
	}
}

func TestTimelineFormats(t *testing.T) {
	srv := newTestServer(t, Options{})
	tests := []struct {
		format, contentType, file string
		check                     func(t *testing.T, body string)
	}{
		{"md", "text/markdown", "timeline-port-alder-strike.md", func(t *testing.T, body string) {
			if !strings.HasPrefix(body, "# ") {
				t.Errorf("markdown does not start with a heading: %.80q", body)
			}
		}},
		{"markdown", "text/markdown", "timeline-port-alder-strike.md", func(t *testing.T, body string) {}},
		{"timelinejs", "application/json", "timeline-port-alder-strike.timelinejs.json", func(t *testing.T, body string) {
			doc := decode[render.TimelineJSDoc](t, response{body: []byte(body)})
			if len(doc.Events) == 0 {
				t.Errorf("no TimelineJS events: %s", body)
			}
		}},
		{"csv", "text/csv", "timeline-port-alder-strike.csv", func(t *testing.T, body string) {
			rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
			if err != nil || len(rows) < 2 {
				t.Errorf("CSV: %d rows, %v: %s", len(rows), err, body)
			}
		}},
		{"json", "application/json", "timeline-port-alder-strike.json", func(t *testing.T, body string) {
			if !strings.Contains(body, `"days"`) {
				t.Error("JSON export has no days")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			r := get(t, srv.URL+"/api/timeline?q=Port+Alder+strike&download=1&format="+tt.format)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type = %q, want %s", ct, tt.contentType)
			}
			want := fmt.Sprintf("attachment; filename=%q", tt.file)
			if cd := r.header.Get("Content-Disposition"); cd != want {
				t.Errorf("Content-Disposition = %q, want %q", cd, want)
			}
			tt.check(t, string(r.body))
		})
	}
}

func TestBadRequests(t *testing.T) {
	srv := newTestServer(t, Options{})
	long := url.QueryEscape(strings.Repeat("x", maxQueryLen+1))
	tests := []struct {
		name, method, path string
		status             int
		mention            string // the error message must contain it
	}{
		{"dates not a number", "GET", "/api/timeline?q=strike&dates=notanumber", 400, "dates"},
		{"dates zero", "GET", "/api/timeline?q=strike&dates=0", 400, "dates=0"},
		{"dates too many", "GET", "/api/timeline?q=strike&dates=1000", 400, "out of range"},
		{"sentences not a number", "GET", "/api/timeline?q=strike&sentences=two", 400, "sentences"},
		{"from not a date", "GET", "/api/timeline?q=strike&from=2024-13-01", 400, "from"},
		{"to not a date", "GET", "/api/timeline?q=strike&to=yesterday", 400, "YYYY-MM-DD"},
		{"to before from", "GET", "/api/timeline?q=strike&from=2024-03-01&to=2024-02-01", 400, "before"},
		{"unknown format", "GET", "/api/timeline?q=strike&format=pdf", 400, "format"},
		{"unknown method", "GET", "/api/timeline?q=strike&method=magic", 400, "method"},
		{"unknown parameter", "GET", "/api/timeline?q=strike&datez=3", 400, "datez"},
		{"repeated parameter", "GET", "/api/timeline?q=strike&q=port", 400, "2 times"},
		{"query too long", "GET", "/api/timeline?q=" + long, 400, "too long"},
		{"bad download flag", "GET", "/api/timeline?q=strike&download=maybe", 400, "download"},
		{"search limit", "GET", "/api/search?q=strike&limit=0", 400, "limit"},
		{"search stopwords only", "GET", "/api/search?q=the", 400, "searchable"},
		{"search bad date", "GET", "/api/search?q=strike&from=2024-02-30", 400, "from"},
		{"unknown article", "GET", "/api/articles/nope", 404, "nope"},
		{"unknown api route", "GET", "/api/nope", 404, "/api/nope"},
		{"wrong method", "POST", "/api/timeline", 405, "POST"},
		{"delete article", "DELETE", "/api/articles/harbour-1", 405, "DELETE"},
		{"stats with parameters", "GET", "/api/stats?x=1", 400, "takes no parameters"},
		{"article with parameters", "GET", "/api/articles/harbour-1?format=md", 400, "takes no parameters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, srv.URL+tt.path, "", "")
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d; body %s", r.status, tt.status, r.body)
			}
			if msg := r.errorMessage(t); !strings.Contains(msg, tt.mention) {
				t.Errorf("error %q does not mention %q", msg, tt.mention)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	srv := newTestServer(t, Options{})
	tests := []struct {
		name   string
		params string
		want   []string // IDs, in order; nil: only check every hit
		every  func(h Hit) bool
	}{
		{"snow", "q=snow", []string{"weather-1"}, nil},
		{"window", "q=strike&from=2024-02-20&to=2024-02-28", []string{"harbour-5", "harbour-6"}, nil}, // harbour-5 is shorter, with "strike" twice
		{"empty query lists by date", "from=2024-02-13&to=2024-02-14&limit=5", []string{"harbour-3", "harbour-4", "weather-1"}, nil},
		{"limit", "q=strike&limit=2", nil, nil},
		{"snippet names the query", "q=ferry", nil, func(h Hit) bool { return strings.Contains(strings.ToLower(h.Snippet), "ferry") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, srv.URL+"/api/search?"+tt.params)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			res := decode[SearchResult](t, r)
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
				if tt.every != nil && !tt.every(h) {
					t.Errorf("hit %+v fails the check", h)
				}
			}
			switch {
			case tt.want != nil:
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("hits (-want +got):\n%s", diff)
				}
			case tt.name == "limit" && len(got) != 2:
				t.Errorf("got %d hits, want 2", len(got))
			case len(got) == 0:
				t.Error("no hits")
			}
		})
	}
}

func TestArticleAndStats(t *testing.T) {
	srv := newTestServer(t, Options{})
	r := get(t, srv.URL+"/api/articles/"+url.PathEscape("harbour-6"))
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	a := decode[news.Article](t, r)
	if a.ID != "harbour-6" || len(a.Sentences) == 0 || len(a.Quotes) == 0 {
		t.Errorf("article %s: %d sentences, %d quotes; want annotations", a.ID, len(a.Sentences), len(a.Quotes))
	}

	st := decode[Stats](t, get(t, srv.URL+"/api/stats"))
	want := Stats{Backend: "memory", Articles: 8, Annotated: 8, Sources: 3,
		FirstDay: news.NewDate(2024, 2, 5), LastDay: news.NewDate(2024, 3, 4)}
	got := Stats{Backend: st.Backend, Articles: st.Articles, Annotated: st.Annotated, Sources: st.Sources, FirstDay: st.FirstDay, LastDay: st.LastDay}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	if st.Sentences == 0 || st.Mentions == 0 || st.Quotes == 0 || len(st.TopSources) != 3 {
		t.Errorf("stats counts missing: %+v", st)
	}

	if r := get(t, srv.URL+"/healthz"); r.status != 200 || !strings.Contains(string(r.body), "ok") {
		t.Errorf("healthz: %d %s", r.status, r.body)
	}
}

// An ID with a slash (as the T17 reader makes) is reachable.
func TestArticleIDWithSlash(t *testing.T) {
	a := &news.Article{ID: "bp_oil/InputDocs/2010-04-20/1.htm.txt", Text: "A rig exploded.", Published: news.NewDate(2010, 4, 20).Time()}
	srv := serveBackend(t, NewMemory([]*news.Article{a}, sharedAnnotator()), Options{})
	for _, path := range []string{"/api/articles/" + a.ID, "/api/articles/" + url.PathEscape(a.ID)} {
		r := get(t, srv+path)
		if r.status != http.StatusOK || decode[news.Article](t, r).ID != a.ID {
			t.Errorf("%s: %d %s", path, r.status, r.body)
		}
	}
}

func TestWebPage(t *testing.T) {
	srv := newTestServer(t, Options{})
	tests := []struct {
		path, contentType, contains string
	}{
		{"/", "text/html", `<script src="/static/app.js"`},
		{"/static/app.js", "text/javascript", "textContent"},
		{"/static/style.css", "text/css", ".timeline"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := get(t, srv.URL+tt.path)
			if r.status != 200 {
				t.Fatalf("status %d", r.status)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %s", ct, tt.contentType)
			}
			if !strings.Contains(string(r.body), tt.contains) {
				t.Errorf("body lacks %q", tt.contains)
			}
			csp := r.header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
	if r := get(t, srv.URL+"/static/nope.js"); r.status != 404 {
		t.Errorf("unknown asset: %d", r.status)
	}
}

// The page's script must never parse data as HTML.
func TestScriptInsertsTextOnly(t *testing.T) {
	b, err := webFS.ReadFile("web/app.js")
	if err != nil {
		t.Fatal(err)
	}
	var code []string
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			code = append(code, line)
		}
	}
	src := strings.Join(code, "\n")
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "createContextualFragment", "DOMParser"} {
		if strings.Contains(src, bad) {
			t.Errorf("app.js uses %s", bad)
		}
	}
}

func TestCacheKey(t *testing.T) {
	base := TimelineRequest{Query: "Port  Alder", Dates: 10, Sentences: 1}
	same := []TimelineRequest{{Query: " port alder ", Dates: 10, Sentences: 1}}
	differ := []TimelineRequest{
		{Query: "port", Dates: 10, Sentences: 1},
		{Query: "Port Alder", Dates: 11, Sentences: 1},
		{Query: "Port Alder", Dates: 10, Sentences: 2},
		{Query: "Port Alder", Dates: 10, Sentences: 1, Entity: "Menz"},
		{Query: "Port Alder", Dates: 10, Sentences: 1, From: news.NewDate(2024, 1, 1)},
		{Query: "Port Alder", Dates: 10, Sentences: 1, To: news.NewDate(2024, 1, 1)},
		{Query: "Port Alder", Dates: 10, Sentences: 1, Method: "datewise"},
		{Query: `Port Alder"|"`, Dates: 10, Sentences: 1},
	}
	for _, r := range same {
		if r.Key() != base.Key() {
			t.Errorf("%+v: key %q, want %q", r, r.Key(), base.Key())
		}
	}
	keys := []string{base.Key()}
	for _, r := range differ {
		if slices.Contains(keys, r.Key()) {
			t.Errorf("%+v: key %q collides", r, r.Key())
		}
		keys = append(keys, r.Key())
	}
}
