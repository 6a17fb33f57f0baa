package store

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
)

func openTemp(t testing.TB) *DB {
	t.Helper()
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "news.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func put(t testing.TB, d *DB, arts ...*news.Article) PutResult {
	t.Helper()
	var batch []*Prepared
	for _, a := range arts {
		p, err := d.Prepare(a)
		if err != nil {
			t.Fatalf("Prepare(%s): %v", a.ID, err)
		}
		batch = append(batch, p)
	}
	res, err := d.Put(context.Background(), batch)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return res
}

func annotated() *news.Article {
	paris := time.FixedZone("CET", 3600)
	text := "The council met on Monday. \"We will build it,\" the mayor said."
	return &news.Article{
		ID: "courier/2021/tram.txt", Source: "Courier", URL: "https://courier.example/tram", Title: "Tram approved",
		Published: time.Date(2021, 3, 4, 9, 30, 0, 0, paris), Updated: time.Date(2021, 3, 5, 10, 0, 0, 0, paris),
		Text: text, Origin: "in/tram.txt",
		Sentences: []news.Sentence{
			{Index: 0, Start: 0, End: 27, Text: text[0:27], Mentions: []news.Mention{{Start: 18, End: 27, Text: "on Monday", Type: news.TypeDate, Value: "2021-03-01", Date: news.NewDate(2021, 3, 1), Granularity: news.GranDay, Relative: true}}},
			{Index: 1, Start: 28, End: len(text), Text: text[28:]},
		},
		Quotes: []news.Quote{{Start: 29, End: 45, Text: "We will build it", Direct: true, Verb: "said", SpeakerMention: "the mayor", SpeakerStart: 47, SpeakerEnd: 56, Sentence: 1}},
	}
}

func TestOpenMigratesOnceAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	ctx := context.Background()
	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var v int
	var mode string
	d.SQL().QueryRow("PRAGMA user_version").Scan(&v)
	d.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
	if v != SchemaVersion() || v < 1 || mode != "wal" {
		t.Errorf("user_version %d journal_mode %q, want %d and wal", v, mode, SchemaVersion())
	}
	put(t, d, annotated())
	d.Close()
	for range 2 {
		d, err = Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		if s, _ := d.Stats(ctx); s.Articles != 1 {
			t.Errorf("after reopen: %d articles, want 1", s.Articles)
		}
		d.Close()
	}
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open: %v", err)
	}
	if _, err := ro.Put(ctx, nil); err == nil {
		// An empty batch writes nothing, but still needs a write lock.
		t.Log("empty Put on a read-only store succeeded")
	}
	ro.Close()
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "missing.db"), Options{ReadOnly: true}); err == nil {
		t.Error("read-only open of a missing store succeeded")
	}
}

func TestOpenRefusesOtherSignatureScheme(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	ctx := context.Background()
	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.SQL().Exec("UPDATE meta SET value = '0' WHERE key = ?", metaSigVersion); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := Open(ctx, path, Options{}); err == nil || !strings.Contains(err.Error(), "signatures v0") {
		t.Errorf("Open of a store with old signatures: err = %v, want a signature version error", err)
	}
}

func TestRoundTrip(t *testing.T) {
	d := openTemp(t)
	a := annotated()
	plain := &news.Article{ID: "plain", Published: time.Date(2021, 3, 6, 0, 0, 0, 0, time.UTC), Text: "No annotations here at all."}
	res := put(t, d, a, plain)
	if res.Inserted != 2 || res.Unchanged != 0 || len(res.Errors) != 0 {
		t.Fatalf("Put = %+v, want 2 inserted", res)
	}
	got, err := d.Articles(context.Background(), []string{"plain", "missing", a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]*news.Article{plain, a}, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if got[1].Published.Format(time.RFC3339) != "2021-03-04T09:30:00+01:00" {
		t.Errorf("offset lost: %s", got[1].Published)
	}
}

func TestPutIdempotentAndDuplicates(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	a := annotated()
	put(t, d, a)
	before, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	again := annotated()
	again.Origin = "elsewhere/tram.txt" // origin is not content
	res := put(t, d, again)
	if res.Inserted != 0 || res.Unchanged != 1 {
		t.Errorf("re-put = %+v, want 1 unchanged", res)
	}
	after, _ := d.Stats(ctx)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("stats changed by a re-put (-before +after):\n%s", diff)
	}

	changed := annotated()
	changed.Text += " More."
	retitled := annotated()
	retitled.Title = "Another title"
	fresh := &news.Article{ID: "fresh", Published: a.Published, Text: "Something else entirely happened on Tuesday."}
	res = put(t, d, changed, fresh, retitled)
	if res.Inserted != 1 || len(res.Errors) != 2 {
		t.Fatalf("Put = %+v, want 1 inserted and 2 errors", res)
	}
	for i, want := range []string{"different text", "different metadata"} {
		e := res.Errors[i]
		if e.Reason != corpus.ReasonDuplicate || !strings.Contains(e.Error(), want) || !strings.Contains(e.Error(), a.ID) {
			t.Errorf("error %d = %v (%s), want duplicate-id naming %s and %q", i, e, e.Reason, a.ID, want)
		}
	}
	// Two copies of one new ID in the same batch: the second is a re-put.
	res = put(t, d, &news.Article{ID: "twice", Published: a.Published, Text: "x y z"}, &news.Article{ID: "twice", Published: a.Published, Text: "x y z"})
	if res.Inserted != 1 || res.Unchanged != 1 {
		t.Errorf("same ID twice in a batch: %+v, want 1 inserted 1 unchanged", res)
	}
}

func TestPrepareRejects(t *testing.T) {
	d := openTemp(t)
	tests := []struct {
		name   string
		a      *news.Article
		reason corpus.Reason
	}{
		{"no id", &news.Article{Published: time.Now(), Text: "x"}, corpus.ReasonMalformed},
		{"no date", &news.Article{ID: "x", Text: "x"}, corpus.ReasonNoDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.Prepare(tt.a)
			var de *corpus.DocError
			if !errors.As(err, &de) || de.Reason != tt.reason {
				t.Errorf("Prepare err = %v, want a DocError %s", err, tt.reason)
			}
		})
	}
}

func TestTransactRollsBack(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	insert := func(tx *sql.Tx) {
		if _, err := tx.Exec("INSERT INTO meta(key, value) VALUES ('probe', 'x')"); err != nil {
			t.Fatal(err)
		}
	}
	boom := errors.New("boom")
	if err := d.Transact(ctx, func(tx *sql.Tx) error { insert(tx); return boom }); !errors.Is(err, boom) {
		t.Errorf("Transact err = %v, want boom", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("panic not re-raised")
			}
		}()
		d.Transact(ctx, func(tx *sql.Tx) error { insert(tx); panic("boom") })
	}()
	var n int
	d.SQL().QueryRow("SELECT COUNT(*) FROM meta WHERE key = 'probe'").Scan(&n)
	if n != 0 {
		t.Errorf("%d probe rows after rolled back transactions, want 0", n)
	}
	if err := d.Transact(ctx, func(tx *sql.Tx) error { insert(tx); return nil }); err != nil {
		t.Fatal(err)
	}
	d.SQL().QueryRow("SELECT COUNT(*) FROM meta WHERE key = 'probe'").Scan(&n)
	if n != 1 {
		t.Errorf("%d probe rows after a commit, want 1", n)
	}
}

func searchCorpus() []*news.Article {
	day := func(d int) time.Time { return time.Date(2010, 5, d, 12, 0, 0, 0, time.UTC) }
	return []*news.Article{
		{ID: "a", Title: "Oil spill reaches coast", Published: day(1), Text: "The oil spill reached the coast of Louisiana on Friday."},
		{ID: "b", Title: "Protests", Published: day(2), Text: "Fishermen protested against the spill; protesters blocked a road."},
		{ID: "c", Title: "Markets", Published: day(3), Text: "Shares of the company fell sharply as the spill spread."},
		{ID: "d", Title: "Football", Published: day(4), Text: "The home side won the cup final."},
		{ID: "e", Title: "Spill, spill, spill", Published: day(5), Text: "Oil spill oil spill oil spill: a timeline of the oil spill."},
	}
}

func ids(arts []*news.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	d := openTemp(t)
	put(t, d, searchCorpus()...)
	ctx := context.Background()
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"ranked by bm25", Query{Text: "oil spill"}, []string{"e", "a", "b", "c"}},
		{"stemming", Query{Text: "protest"}, []string{"b"}},
		{"all words", Query{Text: "oil coast", All: true}, []string{"a"}},
		{"phrase", Query{Text: `"spill spread"`}, []string{"c"}},
		{"date range", Query{Text: "spill", From: news.NewDate(2010, 5, 2), To: news.NewDate(2010, 5, 3)}, []string{"b", "c"}},
		{"open start", Query{Text: "spill", To: news.NewDate(2010, 5, 1)}, []string{"a"}},
		{"limit", Query{Text: "oil spill", Limit: 2}, []string{"e", "a"}},
		{"by date", Query{Text: "oil spill", ByDate: true}, []string{"a", "b", "c", "e"}},
		{"best two by date", Query{Text: "oil spill", Limit: 2, ByDate: true}, []string{"a", "e"}},
		{"no text: by date", Query{From: news.NewDate(2010, 5, 3)}, []string{"c", "d", "e"}},
		{"fts syntax is just words", Query{Text: "cup NEAR final OR"}, []string{"d"}},
		{"no match", Query{Text: "volcano"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
				t.Errorf("Search(%+v) (-want +got):\n%s", tt.q, diff)
			}
			// Each visits the same articles in the same order, whatever
			// the batch size.
			for _, batch := range []int{1, 2, eachBatch} {
				var seen []*news.Article
				if err := d.each(ctx, tt.q, batch, func(a *news.Article) error {
					seen = append(seen, a)
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, ids(seen)); diff != "" {
					t.Errorf("each(%+v, batch %d) (-want +got):\n%s", tt.q, batch, diff)
				}
			}
		})
	}
	stop := errors.New("stop")
	n := 0
	if err := d.Each(ctx, Query{}, func(*news.Article) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Each with a failing fn: err = %v after %d calls, want %v after 1", err, n, stop)
	}
	if _, err := d.Search(ctx, Query{Text: `" ... "`}); !errors.Is(err, ErrEmptyQuery) {
		t.Errorf("punctuation-only query: err = %v, want ErrEmptyQuery", err)
	}
	hits, _ := d.SearchHits(ctx, Query{Text: "oil spill"})
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("scores not descending: %v", hits)
		}
	}
}

func TestMatchExpr(t *testing.T) {
	tests := []struct {
		in   string
		all  bool
		want string
	}{
		{"oil spill", false, `"oil" OR "spill"`},
		{"oil spill", true, `"oil" AND "spill"`},
		{`"oil spill" BP`, false, `"oil spill" OR "BP"`},
		{`a"b`, false, `"a" OR "b"`},
		{`say "unterminated phrase`, false, `"say" OR "unterminated phrase"`},
		{"don't", false, `"don t"`},
		{"NEAR(a b)", false, `"NEAR a" OR "b"`},
		{"oil OR spill NOT rig", false, `"oil" OR "spill" OR "rig"`},
		{"\u201coil spill\u201d", false, `"oil spill"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := MatchExpr(tt.in, tt.all)
			if err != nil || got != tt.want {
				t.Errorf("MatchExpr(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// loadFoldingSet reads package dedup's hand-written evaluation set.
func loadFoldingSet(t *testing.T) []*news.Article {
	f, err := os.Open("../dedup/testdata/folding.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []*news.Article
	var body []string
	flush := func() {
		if len(arts) > 0 {
			arts[len(arts)-1].Text = strings.TrimSpace(strings.Join(body, "\n"))
		}
		body = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "=== "):
			flush()
			p := strings.Split(l[4:], " | ")
			pub, err := time.Parse(time.RFC3339, p[4])
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, &news.Article{ID: p[0], Source: p[3], Published: pub})
		case len(arts) == 0:
		case strings.HasPrefix(l, "title: ") && body == nil:
			arts[len(arts)-1].Title = l[7:]
		default:
			body = append(body, l)
		}
	}
	flush()
	return arts
}

// TestFoldingMatchesInMemory stores the dedup evaluation set in batches
// and checks that the stored groups are the ones dedup.Fold finds.
func TestFoldingMatchesInMemory(t *testing.T) {
	arts := loadFoldingSet(t)
	d := openTemp(t)
	for i := 0; i < len(arts); i += 9 {
		put(t, d, arts[i:min(i+9, len(arts))]...)
	}
	docs := make([]dedup.Doc, len(arts))
	for i, a := range arts {
		docs[i] = docOf(a)
	}
	f := dedup.MustNew(dedup.ArticleOptions()).Fold(docs)
	folds, err := d.Folds(context.Background(), ids(arts))
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		g := f.Groups[f.Of[i]]
		var want []string
		for _, m := range g.Members {
			want = append(want, arts[m].ID)
		}
		got := folds[a.ID]
		if diff := cmp.Diff(want, got.Members); diff != "" {
			t.Errorf("%s: members (-in memory +stored):\n%s", a.ID, diff)
		}
		if got.Sources != g.Sources || got.Independent != g.Independent || got.Rep != arts[g.Rep()].ID {
			t.Errorf("%s: stored fold %+v, in memory rep %s sources %d independent %d", a.ID, got, arts[g.Rep()].ID, g.Sources, g.Independent)
		}
	}
	s, err := d.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Groups != 8 || s.Folded != 40 {
		t.Errorf("stats: %d groups holding %d articles, want 8 and 40", s.Groups, s.Folded)
	}
}

func TestExplain(t *testing.T) {
	arts := loadFoldingSet(t)
	d := openTemp(t)
	put(t, d, arts...)
	ctx := context.Background()
	e, err := d.Explain(ctx, "s4-spun")
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Group) != 5 || e.Group[0].ID != "s4-orig" || e.Link == nil || e.Detail == nil || !e.Detail.Similar {
		t.Fatalf("Explain(s4-spun) = %+v", e)
	}
	found := slices.ContainsFunc(e.Detail.NormalisedA, func(s string) bool { return strings.Contains(s, "North Atlantic Treaty Organization") }) ||
		slices.ContainsFunc(e.Detail.NormalisedB, func(s string) bool { return strings.Contains(s, "North Atlantic Treaty Organization") })
	if !found {
		t.Errorf("explanation does not mention the expansion: %+v", e.Detail)
	}
	first, err := d.Explain(ctx, "s4-orig")
	if err != nil || first.Link == nil {
		t.Errorf("Explain(first member) = %+v, %v; want the member that matched it", first, err)
	}
	alone, err := d.Explain(ctx, "s4-other")
	if err != nil || len(alone.Group) != 1 || alone.Link != nil {
		t.Errorf("Explain(unfolded) = %+v, %v", alone, err)
	}
	if _, err := d.Explain(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Explain(unknown) err = %v, want ErrNotFound", err)
	}
}

func TestStatsString(t *testing.T) {
	d := openTemp(t)
	put(t, d, searchCorpus()...)
	put(t, d, annotated())
	s, err := d.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`schema version   %d
articles         6 (1 annotated)
sentences        2
date mentions    1
quotes           1
published        2010-05-01 .. 2021-03-04
near-duplicates  0 groups holding 0 articles
sources          2
  (none)                         5
  Courier                        1
`, SchemaVersion())
	if diff := cmp.Diff(want, s.String()); diff != "" {
		t.Errorf("Stats.String (-want +got):\n%s", diff)
	}
}

func FuzzMatchExpr(f *testing.F) {
	for _, s := range []string{"oil spill", `"a b" c`, `"`, `""`, "NEAR(", "a*", "^x", "-y", "é ü", "\x00"} {
		f.Add(s)
	}
	d, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer d.Close()
	put(f, d, searchCorpus()...)
	f.Fuzz(func(t *testing.T, s string) {
		m, err := MatchExpr(s, false)
		if err != nil {
			if !errors.Is(err, ErrEmptyQuery) {
				t.Fatalf("MatchExpr(%q): %v", s, err)
			}
			return
		}
		// Whatever the text, the expression must be valid FTS5.
		if _, err := d.Search(context.Background(), Query{Text: s}); err != nil {
			t.Fatalf("Search(%q) via %q: %v", s, m, err)
		}
	})
}

func TestBuckets(t *testing.T) {
	for day := -40; day < 40; day++ {
		bs := buckets(day)
		if bs[0] != floorDiv(day, BucketDays) {
			t.Fatalf("day %d: own bucket %d, want %d", day, bs[0], floorDiv(day, BucketDays))
		}
		// Every day within BucketDays/2 is in one of the looked-up buckets.
		for e := day - BucketDays/2; e <= day+BucketDays/2; e++ {
			if b := floorDiv(e, BucketDays); b != bs[0] && b != bs[1] {
				t.Fatalf("day %d: day %d (bucket %d) not covered by %v", day, e, b, bs)
			}
		}
	}
}

// TestFoldWindow folds identical copies published days apart, but not
// copies published months apart (outside the LSH window).
func TestFoldWindow(t *testing.T) {
	d := openTemp(t)
	text := "The harbour authority said the new container terminal would open in the spring after two years of delays and cost overruns."
	at := func(id string, day int) *news.Article {
		return &news.Article{ID: id, Text: text, Published: time.Date(2020, 1, day, 8, 0, 0, 0, time.UTC)}
	}
	put(t, d, at("first", 10))
	put(t, d, at("week-later", 16), at("months-later", 100))
	folds, err := d.Folds(context.Background(), []string{"first", "week-later", "months-later"})
	if err != nil {
		t.Fatal(err)
	}
	if got := folds["week-later"].Members; !slices.Equal(got, []string{"first", "week-later"}) {
		t.Errorf("copy 6 days later: group %v, want [first week-later]", got)
	}
	if got := folds["months-later"].Members; len(got) != 1 {
		t.Errorf("copy 90 days later: group %v, want alone", got)
	}
}

// TestLSHCacheSeesOtherWriters writes through two handles on one file: the
// first handle's cached LSH periods must not hide what the second stored.
func TestLSHCacheSeesOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	ctx := context.Background()
	a, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	day := time.Date(2020, 3, 10, 8, 0, 0, 0, time.UTC)
	t1 := "The harbour authority said the new container terminal would open in the spring after two years of delays."
	t2 := "Farmers in the northern valley reported the worst harvest in forty years after a summer without rain."
	put(t, a, &news.Article{ID: "x", Text: t1, Published: day})
	put(t, b, &news.Article{ID: "y", Text: t2, Published: day})
	if res := put(t, a, &news.Article{ID: "z", Text: t2, Published: day}); res.Folded != 1 {
		t.Errorf("copy of an article stored by another handle: %+v, want folded", res)
	}
	folds, _ := a.Folds(ctx, []string{"z"})
	if got := folds["z"].Members; !slices.Equal(got, []string{"y", "z"}) {
		t.Errorf("group of z = %v, want [y z]", got)
	}
}

// TestFailedPutLeavesCacheConsistent cancels a Put mid-way; the next Put of
// the same articles must fold exactly as if the failed one never happened.
func TestFailedPutLeavesCacheConsistent(t *testing.T) {
	d := openTemp(t)
	arts := loadFoldingSet(t)
	put(t, d, arts[:10]...)
	var batch []*Prepared
	for _, a := range arts[10:] {
		p, _ := d.Prepare(a)
		batch = append(batch, p)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Put(ctx, batch); err == nil {
		t.Fatal("Put with a cancelled context succeeded")
	}
	put(t, d, arts[10:]...)
	s, _ := d.Stats(context.Background())
	if s.Articles != len(arts) || s.Groups != 8 || s.Folded != 40 {
		t.Errorf("after a failed then a good Put: %d articles, %d groups holding %d, want %d, 8, 40", s.Articles, s.Groups, s.Folded, len(arts))
	}
}

// FuzzAnnotationsRoundTrip checks that the stored form of annotations gives
// back the same sentences whatever their offsets and texts.
func FuzzAnnotationsRoundTrip(f *testing.F) {
	f.Add("The council met. It voted.", 0, 16, "The council met.", 17, 26)
	f.Add("héllo wörld", 0, 6, "héllo", 3, 2)
	f.Add("", 0, 0, "", -1, 5)
	f.Fuzz(func(t *testing.T, text string, s1, e1 int, t1 string, s2, e2 int) {
		if !utf8.ValidString(text) || !utf8.ValidString(t1) {
			return // ingest refuses invalid UTF-8 before anything is stored
		}
		a := &news.Article{ID: "x", Text: text, Sentences: []news.Sentence{
			{Index: 0, Start: s1, End: e1, Text: t1},
			{Index: 1, Start: s2, End: e2, Text: "second"},
		}}
		if s1 >= 0 && s1 <= e1 && e1 <= len(text) {
			a.Sentences[0].Text = text[s1:e1] // the usual case: text is the span
		}
		b, err := encodeAnnotations(a)
		if err != nil {
			t.Fatal(err)
		}
		back := &news.Article{ID: "x", Text: text}
		if err := decodeAnnotations(back, b); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a.Sentences, back.Sentences); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
