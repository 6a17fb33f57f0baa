package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/quotelist"
	"github.com/dateline-news/dateline/internal/store"
)

// writeCorpus writes a small JSONL corpus with a syndicated copy and one
// bad record, and returns its folder.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	lines := []string{
		`{"id":"1","time":"2021-03-04T09:00:00Z","source":"Courier","title":"Council backs tram line","text":"The city council voted 31 to 12 on Wednesday to build a tram line linking the central station with the airport, ending a dispute that has lasted almost a decade. Construction is expected to begin next spring."}`,
		`{"id":"2","time":"2021-03-04T11:00:00Z","source":"Evening Post","title":"Tram line approved","text":"NORTHFIELD (Reuters) - The city council voted 31 to 12 on Wednesday to build a tram line linking the central station with the airport, ending a dispute that has lasted almost a decade. Construction is expected to begin next spring."}`,
		`{"id":"3","time":"2021-03-05T08:00:00Z","source":"Gazette","title":"Harbour strike ends","text":"Dock workers returned to work on Friday after a four-day strike over pay closed the harbour."}`,
		`{"id":"4","text":"No date in this record."}`,
	}
	if err := os.WriteFile(filepath.Join(dir, "news.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestIngestSearchStatsExplain(t *testing.T) {
	in := writeCorpus(t)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "news.db")
	errFile := filepath.Join(tmp, "errors.jsonl")
	ctx := context.Background()
	var stdout, stderr bytes.Buffer

	err := runIngest(ctx, ingestOptions{DB: db, Errors: errFile, Batch: 2}, &stdout, &stderr, []string{in})
	if !errors.Is(err, errSkipped) || exitCode(err) != exitSkipped {
		t.Fatalf("ingest with a bad record: err = %v, want errSkipped\nstderr:\n%s", err, stderr.String())
	}
	out := stderr.String()
	for _, want := range []string{"skipped ", "no-date", "stored 3 new articles, 0 already present, 1 folded", "read 4 documents: 3 used, 1 skipped (1 no-date)"} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest stderr lacks %q:\n%s", want, out)
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(out), "read 4 documents: 3 used, 1 skipped (1 no-date)") {
		t.Errorf("ingest output does not end with the tally line:\n%s", out)
	}
	b, err := os.ReadFile(errFile)
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(b), &rec); err != nil || rec["reason"] != "no-date" {
		t.Errorf("errors file = %q (%v), want one no-date record", b, err)
	}

	stats := func() string {
		var o bytes.Buffer
		if err := runStats(ctx, statsOptions{DB: db}, &o, &o, nil); err != nil {
			t.Fatal(err)
		}
		return o.String()
	}
	s1 := stats()
	for _, want := range []string{"articles         3", "near-duplicates  1 groups holding 2 articles"} {
		if !strings.Contains(s1, want) {
			t.Errorf("stats lacks %q:\n%s", want, s1)
		}
	}
	// Re-ingesting changes nothing, and stats print the same.
	stderr.Reset()
	err = runIngest(ctx, ingestOptions{DB: db, Batch: 500}, &stdout, &stderr, []string{in})
	if !errors.Is(err, errSkipped) || !strings.Contains(stderr.String(), "stored 0 new articles, 3 already present") {
		t.Errorf("re-ingest: %v\n%s", err, stderr.String())
	}
	if s2 := stats(); s2 != s1 {
		t.Errorf("stats changed after re-ingesting the same input:\n%s\nvs\n%s", s1, s2)
	}

	var o bytes.Buffer
	if err := runSearch(ctx, searchOptions{DB: db, Limit: 20}, &o, &o, []string{"tram airport"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(o.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], " 2/1 ") {
		t.Errorf("search output:\n%s\nwant 2 lines showing 2 sources, 1 independent", o.String())
	}
	o.Reset()
	if err := runSearch(ctx, searchOptions{DB: db, JSON: true, From: "2021-03-05"}, &o, &o, []string{"strike"}); err != nil {
		t.Fatal(err)
	}
	var hit searchHit
	if err := json.Unmarshal(o.Bytes(), &hit); err != nil || !strings.HasSuffix(hit.ID, "#3") || hit.Sources != 1 {
		t.Errorf("search --json = %q (%v)", o.String(), err)
	}
	if err := runSearch(ctx, searchOptions{DB: db, From: "2021-13-01"}, &o, &o, []string{"x"}); exitCode(err) != exitUsage {
		t.Errorf("bad --from: err = %v, want a usage error", err)
	}

	// The reader names articles after their folder and file.
	o.Reset()
	if err := runSearch(ctx, searchOptions{DB: db, JSON: true}, &o, &o, []string{"Reuters"}); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(o.Bytes(), &hit); err != nil || !strings.HasSuffix(hit.ID, "news.jsonl#2") {
		t.Fatalf("search for the credited copy = %q (%v)", o.String(), err)
	}
	id := hit.ID
	o.Reset()
	if err := runExplain(ctx, explainOptions{DB: db}, &o, &o, []string{id}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"group    2 articles, 1 independent", "near-duplicates: Jaccard 1.000", `stripped dateline "NORTHFIELD (Reuters) -"`, "(credited: reuters)"} {
		if !strings.Contains(o.String(), want) {
			t.Errorf("explain lacks %q:\n%s", want, o.String())
		}
	}
	if err := runExplain(ctx, explainOptions{DB: db}, &o, &o, []string{"nope"}); exitCode(err) != exitUsage {
		t.Errorf("explain of an unknown id: err = %v, want a usage error", err)
	}

	// stats --json speaks the HTTP API's keys (/api/stats).
	o.Reset()
	if err := runStats(ctx, statsOptions{DB: db, JSON: true}, &o, &o, nil); err != nil {
		t.Fatal(err)
	}
	var st map[string]any
	if err := json.Unmarshal(o.Bytes(), &st); err != nil {
		t.Fatalf("stats --json = %q: %v", o.String(), err)
	}
	for _, k := range []string{"schema_version", "articles", "sentences", "quotes", "first_day", "top_sources"} {
		if _, ok := st[k]; !ok {
			t.Errorf("stats --json lacks key %q: %s", k, o.String())
		}
	}
}

func TestIngestUsageErrors(t *testing.T) {
	ctx := context.Background()
	var o bytes.Buffer
	db := filepath.Join(t.TempDir(), "news.db")
	for name, args := range map[string][]string{
		"no input":        nil,
		"pattern matches": {filepath.Join(t.TempDir(), "*.jsonl")},
	} {
		if err := runIngest(ctx, ingestOptions{DB: db, Batch: 10}, &o, &o, args); exitCode(err) != exitUsage {
			t.Errorf("%s: err = %v, want a usage error", name, err)
		}
	}
	if err := runStats(ctx, statsOptions{DB: filepath.Join(t.TempDir(), "missing.db")}, &o, &o, nil); err == nil {
		t.Error("stats of a missing database succeeded")
	}
	for name, opts := range map[string]ingestOptions{
		"--reannotate with an input":     {DB: db, Batch: 10, Reannotate: true},
		"--reannotate and --no-annotate": {DB: db, Batch: 10, Reannotate: true, NoAnnotate: true},
		"--reannotate with batch 0":      {DB: db, Reannotate: true},
	} {
		var args []string
		if name == "--reannotate with an input" {
			args = []string{t.TempDir()}
		}
		if err := runIngest(ctx, opts, &o, &o, args); exitCode(err) != exitUsage {
			t.Errorf("%s: err = %v, want a usage error", name, err)
		}
	}
}

// TestIngestReannotate pins that annotating a store again gives the quotes
// that annotating the files gives: a store whose quotes carry no day said
// (as one made before quotes were dated) gets them back.
func TestIngestReannotate(t *testing.T) {
	ctx := context.Background()
	dir := writeArticles(t)
	db := filepath.Join(t.TempDir(), "news.db")
	var o bytes.Buffer
	if err := runIngest(ctx, ingestOptions{DB: db, Batch: 10}, &o, &o, []string{dir}); err != nil {
		t.Fatalf("ingest: %v\n%s", err, o.String())
	}
	// The quotes as an earlier version stored them: no date mentions,
	// so no day said.
	st, err := store.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Reannotate(ctx, 10, func(batch []*news.Article) error {
		for _, a := range batch {
			quote.Annotate(a)
		}
		return nil
	}, nil); err != nil {
		t.Fatal(err)
	}
	st.Close()
	said := func() string {
		t.Helper()
		var out bytes.Buffer
		if err := runQuotes(ctx, quotesOptions{DB: db, JSON: true, Speaker: "Anna Smith"}, &out, &o, nil); err != nil {
			t.Fatal(err)
		}
		var days []string
		dec := json.NewDecoder(&out)
		for dec.More() {
			var r quotelist.Row
			if err := dec.Decode(&r); err != nil {
				t.Fatal(err)
			}
			if r.Quote == "Talks resume" {
				days = append(days, r.Date)
			}
		}
		return strings.Join(days, ",")
	}
	if got := said(); got != "2017-06-12" {
		t.Fatalf("before: Talks resume said %q, want the publication day (no mentions)", got)
	}
	o.Reset()
	if err := runIngest(ctx, ingestOptions{DB: db, Batch: 2, Reannotate: true}, &o, &o, nil); err != nil {
		t.Fatalf("reannotate: %v\n%s", err, o.String())
	}
	if !strings.Contains(o.String(), "annotated 5 stored articles again") {
		t.Errorf("report: %q", o.String())
	}
	if got := said(); got != "2017-06-09" {
		t.Errorf("after: Talks resume said %q, want 2017-06-09", got)
	}
}

func TestGenThenIngest(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "gen.jsonl.gz")
	var o bytes.Buffer
	if err := runGen(context.Background(), genOptions{Articles: 50, Out: out, Seed: 4, Copies: 0.1}, &o, &o, nil); err != nil {
		t.Fatal(err)
	}
	err := runIngest(context.Background(), ingestOptions{DB: filepath.Join(dir, "g.db"), Batch: 20, NoAnnotate: true}, &o, &o, []string{filepath.Join(dir, "*.gz")})
	if err != nil || !strings.Contains(o.String(), "stored 50 new articles") {
		t.Errorf("ingest of a generated corpus: %v\n%s", err, o.String())
	}
}
