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

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/quotelist"
)

func writeArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	lines := []string{
		`{"id":"a1","time":"2017-06-02","source":"wire","text":"Vladimir Putin arrived in Paris. \"We will not retreat,\" he told NBC News. The president met Emmanuel Macron."}`,
		`{"id":"a2","time":"2017-06-05","source":"wire","text":"\"The talks are over,\" Mr Putin said on Monday. Anna Smith said the plan had failed."}`,
		`{"id":"a5","time":"2017-06-12","source":"wire","text":"\"Talks resume,\" Anna Smith said on Friday."}`,
		`{"id":"a3","time":"2017-07-01","source":"wire","text":"\"Nothing new,\" said Anna Smith."}`,
		`{"id":"a4","time":"2017-07-02","source":"wire","text":"\"The slick is growing,\" said the National Oceanic and Atmospheric Administration."}`,
	}
	if err := os.WriteFile(filepath.Join(dir, "news.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRunQuotesJSON(t *testing.T) {
	dir := writeArticles(t)
	// The same articles in a store: --db lists the quotes kept at ingest.
	db := filepath.Join(t.TempDir(), "news.db")
	var o bytes.Buffer
	if err := runIngest(context.Background(), ingestOptions{DB: db, Batch: 10}, &o, &o, []string{dir}); err != nil {
		t.Fatalf("ingest: %v\n%s", err, o.String())
	}
	tests := []struct {
		name string
		opts quotesOptions
		want []string // quote texts, in order
	}{
		{"all", quotesOptions{JSON: true}, []string{"We will not retreat", "The talks are over", "the plan had failed", "Talks resume", "Nothing new", "The slick is growing"}},
		{"speaker by surname", quotesOptions{JSON: true, Speaker: "Putin"}, []string{"We will not retreat", "The talks are over"}},
		{"speaker by full name", quotesOptions{JSON: true, Speaker: "Vladimir Putin"}, []string{"We will not retreat", "The talks are over"}},
		{"speaker by acronym", quotesOptions{JSON: true, Speaker: "NOAA"}, []string{"The slick is growing"}},
		{"date span", quotesOptions{JSON: true, From: "2017-06-03", To: "2017-06-30"}, []string{"The talks are over", "the plan had failed", "Talks resume"}},
		// Said on Friday the 9th, published on Monday the 12th.
		{"day said", quotesOptions{JSON: true, From: "2017-06-09", To: "2017-06-09"}, []string{"Talks resume"}},
		{"day said, not published", quotesOptions{JSON: true, From: "2017-06-12", To: "2017-06-30"}, nil},
	}
	for _, tt := range tests {
		for _, src := range []string{"files", "db"} {
			t.Run(tt.name+"/"+src, func(t *testing.T) {
				opts, args := tt.opts, []string{dir}
				if src == "db" {
					opts.DB, args = db, nil
				}
				testQuotesJSON(t, opts, args, tt.want)
			})
		}
	}
}

func testQuotesJSON(t *testing.T, opts quotesOptions, args, want []string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := runQuotes(context.Background(), opts, &stdout, &stderr, args); err != nil {
		t.Fatalf("runQuotes: %v (stderr %s)", err, stderr.String())
	}
	var got []string
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var r quotelist.Row
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Quote)
		if r.Quote == "We will not retreat" && (r.Speaker != "Vladimir Putin" || r.SpeakerMention != "he" || r.Addressee != "NBC News" || r.Verb != "told" || r.Date != "2017-06-02" || r.Published != "2017-06-02" || !strings.HasSuffix(r.Doc, "a1") || r.Source != "wire") {
			t.Errorf("row = %+v", r)
		}
		if r.Quote == "Talks resume" && (r.Date != "2017-06-09" || r.Published != "2017-06-12") {
			t.Errorf("row = %+v, want said 2017-06-09, published 2017-06-12", r)
		}
		// a2 never gives the full name; across the corpus "Putin" is
		// "Vladimir Putin".
		if r.Quote == "The talks are over" && (r.Speaker != "Vladimir Putin" || r.SpeakerMention != "Putin") {
			t.Errorf("row = %+v, want speaker Vladimir Putin (corpus name) mentioned as Putin", r)
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

func TestRunQuotesTableAndErrors(t *testing.T) {
	dir := writeArticles(t)
	var stdout, stderr bytes.Buffer
	if err := runQuotes(context.Background(), quotesOptions{}, &stdout, &stderr, []string{dir}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "Vladimir Putin") || !strings.Contains(stdout.String(), "SPEAKER") {
		t.Errorf("table output:\n%s", stdout.String())
	}
	for name, c := range map[string]struct {
		opts quotesOptions
		args []string
	}{
		"bad --from":           {quotesOptions{From: "June 1"}, []string{dir}},
		"--db and paths":       {quotesOptions{DB: "x.db"}, []string{dir}},
		"neither db nor paths": {quotesOptions{}, nil},
	} {
		err := runQuotes(context.Background(), c.opts, &stdout, &stderr, c.args)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%s: err = %v, want a usage error", name, err)
		}
	}
}

func TestEvalPolnear(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := runEval(context.Background(), evalOptions{Dataset: "../../internal/polnear/testdata/split", JSON: true}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("runEval: %v (stderr %s)", err, stderr.String())
	}
	var rep map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	direct := rep["direct"].(map[string]any)
	f1 := direct["quote"].(map[string]any)["overlap"].(map[string]any)["f1"].(float64)
	src := direct["source"].(map[string]any)["overlap"].(map[string]any)["f1"].(float64)
	if f1 != 1 || src != 1 {
		t.Errorf("direct quote/source overlap F1 = %v/%v on the two-annotator fixture, want 1/1\n%s", f1, src, stdout.String())
	}
	// Every article is counted under its publisher (the file name's first part).
	pubs, _ := rep["by_publisher"].([]any)
	total := 0.0
	for _, p := range pubs {
		ps := p.(map[string]any)
		if ps["publisher"] == "" || strings.Contains(ps["publisher"].(string), "_") {
			t.Errorf("publisher %v", ps["publisher"])
		}
		total += ps["articles"].(float64)
	}
	if len(pubs) == 0 || total != rep["articles"].(float64) {
		t.Errorf("by_publisher counts %v articles in %d publishers, want all %v", total, len(pubs), rep["articles"])
	}
}

func TestRunQuotesSpeakers(t *testing.T) {
	dir := writeArticles(t)
	var stdout, stderr bytes.Buffer
	if err := runQuotes(context.Background(), quotesOptions{JSON: true, Speakers: true}, &stdout, &stderr, []string{dir}); err != nil {
		t.Fatalf("runQuotes: %v (stderr %s)", err, stderr.String())
	}
	var got []speakerRow
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var r speakerRow
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	// Putin: two quotes in two articles (one only says "Mr Putin"), both direct;
	// Anna Smith: one reported, two direct, in three articles; a body named
	// whole.
	want := []speakerRow{
		{Speaker: "Anna Smith", Quotes: 3, Direct: 2, Articles: 3, First: "2017-06-05", Last: "2017-07-01"},
		{Speaker: "Vladimir Putin", Quotes: 2, Direct: 2, Articles: 2, First: "2017-06-02", Last: "2017-06-05"},
		{Speaker: "National Oceanic and Atmospheric Administration", Quotes: 1, Direct: 1, Articles: 1, First: "2017-07-02", Last: "2017-07-02"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	stdout.Reset()
	if err := runQuotes(context.Background(), quotesOptions{Speakers: true}, &stdout, &stderr, []string{dir}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stdout.String(), "SPEAKER") || !strings.Contains(stdout.String(), "Vladimir Putin") {
		t.Errorf("table:\n%s", stdout.String())
	}
}

// TestRunQuotesUnnamedSpeaker pins that a quote by a speaker the article
// leaves unnamed shows how the article introduced them, from files and
// from a store.
func TestRunQuotesUnnamedSpeaker(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"u1","time":"2011-03-08","source":"wire","text":"Kestrel Voss chaired the council on Monday. A resident of Misrata says the shelling went on all night. \"There are snipers on every roof,\" he said."}`
	if err := os.WriteFile(filepath.Join(dir, "news.jsonl"), []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "news.db")
	var o bytes.Buffer
	if err := runIngest(context.Background(), ingestOptions{DB: db, Batch: 10}, &o, &o, []string{dir}); err != nil {
		t.Fatalf("ingest: %v\n%s", err, o.String())
	}
	for _, src := range []string{"files", "db"} {
		t.Run(src, func(t *testing.T) {
			opts, args := quotesOptions{JSON: true}, []string{dir}
			if src == "db" {
				opts.DB, args = db, nil
			}
			var stdout, stderr bytes.Buffer
			if err := runQuotes(context.Background(), opts, &stdout, &stderr, args); err != nil {
				t.Fatalf("runQuotes: %v (stderr %s)", err, stderr.String())
			}
			var found bool
			dec := json.NewDecoder(&stdout)
			for dec.More() {
				var r quotelist.Row
				if err := dec.Decode(&r); err != nil {
					t.Fatal(err)
				}
				if r.Quote != "There are snipers on every roof," && r.Quote != "There are snipers on every roof" {
					continue
				}
				found = true
				if r.Speaker != "" || r.SpeakerMention != "he" || r.SpeakerDescription != "a resident of Misrata" {
					t.Errorf("row = %+v, want no speaker, mention he, description %q", r, "a resident of Misrata")
				}
			}
			if !found {
				t.Fatalf("no row for the quotation in:\n%s", stdout.String())
			}
			opts.JSON = false
			stdout.Reset()
			if err := runQuotes(context.Background(), opts, &stdout, &stderr, args); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(stdout.String(), "(he: a resident of Misrata)") {
				t.Errorf("table does not describe the speaker:\n%s", stdout.String())
			}
		})
	}
}
