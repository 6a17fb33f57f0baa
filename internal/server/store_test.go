package server

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/timeline"
)

func openStore(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "news.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestStoreBackend(t *testing.T) {
	db := openStore(t)
	url := serveBackend(t, NewStore(db, StoreOptions{Annotator: sharedAnnotator()}), Options{Token: "t"})
	body, err := os.ReadFile("testdata/harbour.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := do(t, http.MethodPost, url+"/api/articles", "application/x-ndjson", string(body), "Authorization", "Bearer t")
	if r.status != 201 {
		t.Fatalf("add: %d %s", r.status, r.body)
	}
	res := decode[AddResult](t, r)
	if res.Added != 8 || res.Folded != 1 || len(res.Errors) != 0 {
		t.Errorf("add result %+v, want 8 added, the wire copy folded", res)
	}

	// The same again changes nothing; a known ID with other text is refused
	// and reported at its position.
	r = do(t, http.MethodPost, url+"/api/articles", "application/json",
		`[{"id": "harbour-1", "published": "2024-02-05", "text": "Other text."}, `+newArticle+`]`, "Authorization", "Bearer t")
	res = decode[AddResult](t, r)
	if r.status != 201 || res.Added != 1 || len(res.Errors) != 1 || res.Errors[0].Index != 0 || !strings.Contains(res.Errors[0].Error, "duplicate-id") {
		t.Errorf("conflicting add: %d %+v", r.status, res)
	}

	r = get(t, url+"/api/timeline?q=strike&dates=5")
	if r.status != 200 {
		t.Fatalf("timeline: %d %s", r.status, r.body)
	}
	tl := decode[timeline.Timeline](t, r)
	if len(tl.Dates) == 0 || len(tl.Days) == 0 {
		t.Fatalf("store timeline has %d dates and %d days", len(tl.Dates), len(tl.Days))
	}
	for _, e := range tl.Dates {
		for _, it := range e.Summary {
			if it.Doc == "weather-1" {
				t.Errorf("off-topic article in the timeline: %+v", it)
			}
		}
	}

	// Full-text retrieval narrows the articles: the off-topic one is not
	// even counted as published.
	for _, d := range tl.Days {
		if d.Date == news.NewDate(2024, 2, 14) && d.Published > 0 {
			t.Errorf("2024-02-14 counts %d published articles; only the off-topic one was published then", d.Published)
		}
	}

	// Articles added later show up although the retrieval was cached.
	r = do(t, http.MethodPost, url+"/api/articles", "application/json",
		`{"id": "harbour-9", "source": "Alder Gazette", "published": "2024-04-02", "text": "The Port Alder strike inquiry reported on 2 April 2024."}`, "Authorization", "Bearer t")
	if r.status != 201 {
		t.Fatalf("add: %d %s", r.status, r.body)
	}
	tl = decode[timeline.Timeline](t, get(t, url+"/api/timeline?q=strike&dates=5"))
	if !slices.ContainsFunc(tl.Days, func(d timeline.DayActivity) bool { return d.Date == news.NewDate(2024, 4, 2) && d.Published == 1 }) {
		t.Errorf("the article added after a timeline was built is not counted: %+v", tl.Days)
	}

	sr := decode[SearchResult](t, get(t, url+"/api/search?q=snow"))
	if len(sr.Hits) != 1 || sr.Hits[0].ID != "weather-1" || sr.Hits[0].Score <= 0 {
		t.Errorf("search snow: %+v", sr.Hits)
	}
	a := decode[news.Article](t, get(t, url+"/api/articles/harbour-2"))
	if a.Source != "Coastline Radio" || len(a.Sentences) == 0 {
		t.Errorf("article: %+v", a)
	}
	if r := get(t, url+"/api/articles/nope"); r.status != 404 {
		t.Errorf("unknown article: %d", r.status)
	}
	st := decode[Stats](t, get(t, url+"/api/stats"))
	want := Stats{Backend: "store", Articles: 10, Annotated: 10, Sources: 3, Groups: 1, Folded: 2}
	got := Stats{Backend: st.Backend, Articles: st.Articles, Annotated: st.Annotated, Sources: st.Sources, Groups: st.Groups, Folded: st.Folded}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	if r := get(t, url+"/api/search?q=%22%22"); r.status != 400 {
		t.Errorf("empty phrase search: %d %s", r.status, r.body)
	}
}

// Articles stored without annotations are annotated when a timeline needs
// them; an entity query alone retrieves the articles naming it.
func TestStoreAnnotatesBareArticlesAndEntity(t *testing.T) {
	db := openStore(t)
	var batch []*store.Prepared
	f, err := os.Open("testdata/harbour.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, _, _, err := decodeArticles(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		p, err := db.Prepare(a)
		if err != nil {
			t.Fatal(err)
		}
		batch = append(batch, p)
	}
	if _, err := db.Put(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	for _, cache := range []int{0, -1} {
		t.Run(fmt.Sprintf("article cache %d", cache), func(t *testing.T) {
			url := serveBackend(t, NewStore(db, StoreOptions{Annotator: sharedAnnotator(), ArticleCache: cache}), Options{})
			for range 2 { // the second time from the caches
				tl := decode[timeline.Timeline](t, get(t, url+"/api/timeline?entity=Rosa+Menz&dates=3"))
				if len(tl.Dates) == 0 {
					t.Fatal("no dates from bare articles")
				}
				for _, e := range tl.Dates {
					for _, it := range e.Summary {
						if it.Doc != "harbour-2" && it.Doc != "harbour-6" {
							t.Errorf("item from %s, which does not name Rosa Menz", it.Doc)
						}
					}
				}
			}
		})
	}
}

func TestArticleLRU(t *testing.T) {
	c := newArticleLRU(2)
	for _, id := range []string{"a", "b", "a", "c"} { // b is the least recently used when c comes
		if _, ok := c.get(id); !ok {
			c.put(&news.Article{ID: id})
		}
	}
	for id, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if _, ok := c.get(id); ok != want {
			t.Errorf("%s cached = %v, want %v", id, ok, want)
		}
	}
	if c.len() != 2 {
		t.Errorf("len %d, want 2", c.len())
	}
	var off *articleLRU = newArticleLRU(0)
	off.put(&news.Article{ID: "x"})
	if _, ok := off.get("x"); ok || off.len() != 0 {
		t.Error("a disabled cache keeps articles")
	}
}
