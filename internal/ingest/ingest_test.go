package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/store"
)

// genFile writes n generated articles to dir/name (gzipped if it ends in
// .gz) and returns the path.
func genFile(t testing.TB, dir, name string, n int, seed uint64) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Generate(&buf, GenOptions{Articles: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if strings.HasSuffix(name, ".gz") {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(b)
		zw.Close()
		b = z.Bytes()
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func openStore(t testing.TB, path string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// fakeAnnotator splits on newlines and finds nothing else, cheaply.
type fakeAnnotator struct{}

func (fakeAnnotator) Annotate(a *news.Article) {
	if len(a.Sentences) > 0 {
		return
	}
	start := 0
	for i, line := range strings.Split(a.Text, "\n") {
		a.Sentences = append(a.Sentences, news.Sentence{Index: i, Start: start, End: start + len(line), Text: line})
		start += len(line) + 1
	}
}

// panicAnnotator fails on one article.
type panicAnnotator struct{ id string }

func (p panicAnnotator) Annotate(a *news.Article) {
	if a.ID == p.id {
		panic("annotator bug")
	}
}

// contentDigest returns the number of stored articles and a digest of
// every (id, text, sentences) in ID order.
func contentDigest(t testing.TB, db *store.DB) (int, string) {
	t.Helper()
	rows, err := db.SQL().Query("SELECT id, hash FROM articles ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	h := sha256.New()
	n := 0
	for rows.Next() {
		var id string
		var hash []byte
		if err := rows.Scan(&id, &hash); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s %x\n", id, hash)
		n++
	}
	return n, hex.EncodeToString(h.Sum(nil))
}

func TestRunStoresInOrderAndIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	in := genFile(t, dir, "gen.jsonl.gz", 300, 1)
	ctx := context.Background()
	run := func(db *store.DB, workers int) Result {
		res, err := Run(ctx, db, []string{in}, Options{Annotator: fakeAnnotator{}, Workers: workers, BatchSize: 37})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	db1 := openStore(t, filepath.Join(dir, "a.db"))
	res := run(db1, 1)
	if res.Inserted != 300 || res.Unchanged != 0 || res.Tally.Used != 300 || res.Tally.SkippedTotal() != 0 {
		t.Fatalf("first run: %+v", res)
	}
	if res.Folded == 0 {
		t.Error("no generated agency copy was folded")
	}
	before, _ := db1.Stats(ctx)
	res = run(db1, 3)
	if res.Inserted != 0 || res.Unchanged != 300 {
		t.Errorf("second run: %+v, want 300 unchanged", res)
	}
	after, _ := db1.Stats(ctx)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("re-ingest changed the stats (-before +after):\n%s", diff)
	}
	// Another store built with more workers holds the same articles with
	// the same internal numbers and groups.
	db2 := openStore(t, filepath.Join(dir, "b.db"))
	run(db2, 4)
	q := "SELECT doc, id, dup_group, IFNULL(dup_link, 0) FROM articles ORDER BY doc"
	if diff := cmp.Diff(dump(t, db1, q), dump(t, db2, q)); diff != "" {
		t.Errorf("stores differ with the number of workers (-1 worker +4):\n%s", diff)
	}
	got, err := db1.Articles(ctx, []string{filepath.ToSlash(in) + "#gen/00000007"})
	if err != nil || len(got) != 1 || len(got[0].Sentences) == 0 {
		t.Fatalf("stored article lacks its annotations: %+v %v", got, err)
	}
}

func dump(t testing.TB, db *store.DB, q string) []string {
	rows, err := db.SQL().Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		rows.Scan(ptrs...)
		out = append(out, fmt.Sprint(vals...))
	}
	return out
}

// TestBadInputs runs one ingest over a folder of bad documents beside a
// good one: each bad one is skipped with its own reason, the good ones are
// stored.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	future := time.Now().AddDate(1, 0, 0).Format("2006-01-02")
	write("good.jsonl", []byte(`{"id":"g1","time":"2020-01-02","text":"A good article about the harbour."}`+"\n"+
		`{"id":"g2","time":"2020-01-03","text":"Another good article about the harbour."}`+"\n"))
	write("binary.bin", []byte("\x00\x01\x02\x03\xff\xfe\x00\x00garbage\x00"))
	write("badutf8.jsonl", []byte(`{"id":"u1","time":"2020-01-02","text":"bad `+"\xff\xfe"+` bytes"}`+"\n"))
	write("nodate.jsonl", []byte(`{"id":"n1","text":"No date anywhere in this record."}`+"\n"))
	write("future.jsonl", []byte(`{"id":"f1","time":"`+future+`","text":"From the future."}`+"\n"))
	write("empty.jsonl", []byte(`{"id":"e1","time":"2020-01-02","text":"   "}`+"\n"))
	// Two records with one id and different texts in one file.
	write("dup.jsonl", []byte(`{"id":"d1","time":"2020-01-02","text":"First text."}`+"\n"+`{"id":"d1","time":"2020-01-02","text":"Other text."}`+"\n"))
	// A 100 MB single line.
	big := bytes.Repeat([]byte("a"), 100<<20)
	write("huge.jsonl", append(append([]byte(`{"id":"h1","time":"2020-01-02","text":"`), big...), []byte("\"}\n")...))
	// A gzip bomb: 256 MiB of zeros (four times the readers' limit)
	// compressed to a quarter of a megabyte.
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 256 {
		zw.Write(zeros)
	}
	zw.Close()
	write("bomb.jsonl.gz", z.Bytes())
	// HTML with no text.
	write("blank.html", []byte(`<!doctype html><html><head><title></title><meta name="date" content="2020-01-02"></head><body><script>var x=1;</script></body></html>`))
	// Valid record whose text is over the ingest limit (but under the
	// reader's).
	write("longtext.jsonl", []byte(`{"id":"l1","time":"2020-01-02","text":"`+strings.Repeat("word ", 3<<20/5)+`"}`+"\n"))

	db := openStore(t, filepath.Join(t.TempDir(), "news.db"))
	var reasons []string
	var logBuf bytes.Buffer
	elog := NewErrorLog(&logBuf)
	copts := corpus.Options{}
	res, err := Run(context.Background(), db, []string{dir}, Options{Corpus: copts, Annotator: fakeAnnotator{}, OnError: func(e *corpus.DocError) {
		base, _, _ := strings.Cut(filepath.Base(e.Origin), ":")
		reasons = append(reasons, fmt.Sprintf("%s %s", base, e.Reason))
		elog.Write(e)
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("skipped: %v", reasons)
	if res.Inserted != 3 {
		t.Errorf("%d articles stored, want the 2 good ones and the first of dup.jsonl", res.Inserted)
	}
	want := map[string]corpus.Reason{
		"badutf8.jsonl":  corpus.ReasonEncoding,
		"nodate.jsonl":   corpus.ReasonNoDate,
		"future.jsonl":   corpus.ReasonFutureDate,
		"empty.jsonl":    corpus.ReasonEmpty,
		"dup.jsonl":      corpus.ReasonDuplicate,
		"huge.jsonl":     corpus.ReasonTooLarge,
		"longtext.jsonl": corpus.ReasonTooLarge,
	}
	for file, reason := range want {
		if !contains(reasons, file+" "+string(reason)) {
			t.Errorf("%s: not skipped as %s (skipped: %v)", file, reason, reasons)
		}
	}
	for _, file := range []string{"binary.bin", "bomb.jsonl.gz", "blank.html"} {
		if !containsPrefix(reasons, file+" ") {
			t.Errorf("%s: not reported (skipped: %v)", file, reasons)
		}
	}
	if res.Tally.SkippedTotal() != len(reasons) {
		t.Errorf("tally counts %d skipped, %d reported", res.Tally.SkippedTotal(), len(reasons))
	}
	// The JSONL error log has one valid record per skipped document.
	lines := strings.Split(strings.TrimSpace(logBuf.String()), "\n")
	if len(lines) != len(reasons) {
		t.Fatalf("error log has %d lines, want %d", len(lines), len(reasons))
	}
	for _, l := range lines {
		var r ErrorRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.Origin == "" || r.Reason == "" || r.Error == "" {
			t.Errorf("bad error log line %q: %v", l, err)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func containsPrefix(ss []string, p string) bool {
	for _, x := range ss {
		if strings.HasPrefix(x, p) {
			return true
		}
	}
	return false
}

func TestAnnotatorPanicIsADocumentError(t *testing.T) {
	dir := t.TempDir()
	in := genFile(t, dir, "gen.jsonl", 20, 2)
	db := openStore(t, filepath.Join(dir, "news.db"))
	var errs []*corpus.DocError
	res, err := Run(context.Background(), db, []string{in}, Options{Annotator: panicAnnotator{filepath.ToSlash(in) + "#gen/00000005"}, OnError: func(e *corpus.DocError) { errs = append(errs, e) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Inserted != 19 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "annotator failed") {
		t.Errorf("result %+v errors %v, want 19 stored and one annotator error", res, errs)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	in := genFile(t, dir, "gen.jsonl", 1000, 3)
	db := openStore(t, filepath.Join(dir, "news.db"))
	ctx, cancel := context.WithCancel(context.Background())
	batches := 0
	_, err := Run(ctx, db, []string{in}, Options{BatchSize: 100, OnBatch: func(Progress) {
		batches++
		if batches == 3 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	n, _ := contentDigest(t, db)
	if n%100 != 0 || n < 300 || n == 1000 {
		t.Errorf("%d articles stored after cancelling at batch 3, want whole batches and not all", n)
	}
	// A re-run completes the store.
	res, err := Run(context.Background(), db, []string{in}, Options{BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if n2, _ := contentDigest(t, db); n2 != 1000 || res.Unchanged != n {
		t.Errorf("after re-run: %d stored (%d unchanged), want 1000 (%d)", n2, res.Unchanged, n)
	}
}

func TestGenerateDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Generate(&a, GenOptions{Articles: 50, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	Generate(&b, GenOptions{Articles: 50, Seed: 9})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed, different corpus")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines, want 50", len(lines))
	}
	for _, l := range lines {
		var r genRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.ID == "" || r.Text == "" || r.Time == "" {
			t.Fatalf("bad record %q: %v", l, err)
		}
	}
}

// TestDuplicateIDAcrossRuns ingests a file, then a changed version of it:
// the changed article is refused with a duplicate-id error naming it, the
// unchanged one is left alone.
func TestDuplicateIDAcrossRuns(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "feed.jsonl")
	db := openStore(t, filepath.Join(t.TempDir(), "news.db"))
	ctx := context.Background()
	os.WriteFile(p, []byte(`{"id":"a","time":"2020-01-02","text":"Alpha text."}`+"\n"+`{"id":"b","time":"2020-01-02","text":"Beta text."}`+"\n"), 0o644)
	if _, err := Run(ctx, db, []string{p}, Options{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, []byte(`{"id":"a","time":"2020-01-02","text":"Alpha text, corrected."}`+"\n"+`{"id":"b","time":"2020-01-02","text":"Beta text."}`+"\n"), 0o644)
	var errs []*corpus.DocError
	res, err := Run(ctx, db, []string{p}, Options{OnError: func(e *corpus.DocError) { errs = append(errs, e) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged != 1 || res.Inserted != 0 || len(errs) != 1 || errs[0].Reason != corpus.ReasonDuplicate || !strings.Contains(errs[0].Error(), "#a") {
		t.Errorf("second run: %+v, errors %v; want 1 unchanged and a duplicate-id error for a", res, errs)
	}
	if res.Tally.Skipped[corpus.ReasonDuplicate] != 1 {
		t.Errorf("tally %v, want one duplicate-id", res.Tally)
	}
}
