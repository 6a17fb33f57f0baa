package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestTablesDropControlCharacters: the tables printed for a terminal
// (quotes, dates, search) carry untrusted article text, titles, speakers
// and file names; an escape sequence in them must not reach the terminal,
// nor a line break split a row.
func TestTablesDropControlCharacters(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "esc.jsonl")
	rec := `{"id":"e\u001b[31m1","title":"Red \u001b[2J title","text":"\"We will\u0007 win,\" said Mara\u001b[0m Quillon on Friday. Talks resumed on Monday, the \u001b]0;x\u0007 union said.","time":"2017-06-05"}` + "\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db := filepath.Join(dir, "news.db")
	var sink bytes.Buffer
	if err := runIngest(ctx, ingestOptions{DB: db, Batch: 10}, &sink, &sink, []string{in}); err != nil {
		t.Fatalf("ingest: %v\n%s", err, sink.String())
	}
	for _, tc := range []struct {
		name string
		run  func(stdout *bytes.Buffer) error
		rows int // lines of output, header included
	}{
		{"quotes", func(o *bytes.Buffer) error { return runQuotes(ctx, quotesOptions{}, o, &sink, []string{in}) }, 2},
		{"quotes from the store", func(o *bytes.Buffer) error { return runQuotes(ctx, quotesOptions{DB: db}, o, &sink, nil) }, 2},
		{"dates", func(o *bytes.Buffer) error { return runDates(ctx, datesOptions{}, o, &sink, []string{in}) }, 3},
		{"search", func(o *bytes.Buffer) error {
			return runSearch(ctx, searchOptions{DB: db, Limit: 5}, o, &sink, []string{"talks"})
		}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := tc.run(&out); err != nil {
				t.Fatal(err)
			}
			text := strings.TrimSuffix(out.String(), "\n")
			if i := strings.IndexFunc(text, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }); i >= 0 {
				t.Errorf("control character %q in output:\n%q", text[i], text)
			}
			if n := strings.Count(text, "\n") + 1; n != tc.rows {
				t.Errorf("%d lines, want %d:\n%s", n, tc.rows, text)
			}
		})
	}
}
