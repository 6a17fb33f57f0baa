package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/store"
)

// TestContradictoryOrIdleFlags: a flag that contradicts another or would
// do nothing is a usage error (exit 2) that names it, never a silent
// default.
func TestContradictoryOrIdleFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	art := write("a.txt", "date 2017-06-05\n\nThe harbour strike began on Friday.\n")
	noKeywords := write("none.json", "[]")
	blankKeyword := write("blank.json", `["strike", " "]`)
	polnear := filepath.Join(dir, "polnear")
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(polnear, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join("polnear", "text", "a.txt"), "The mayor said it was over.")
	write(filepath.Join("polnear", "attributions", "a_x.ann"), "")
	db := filepath.Join(dir, "news.db")
	st, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		args    []string
		mention string // the error must contain it
	}{
		{"timeline limit without db", []string{"timeline", "--limit", "5", art}, "--limit"},
		{"timeline negative limit", []string{"timeline", "--db", db, "--limit", "-5"}, "--limit"},
		{"timeline empty keyword list", []string{"timeline", "--keywords", noKeywords, art}, "empty"},
		{"timeline blank keyword", []string{"timeline", "--keywords", blankKeyword, art}, "keyword 2 is empty"},
		{"timeline entity of punctuation", []string{"timeline", "--entity", ".", art}, "names no one"},
		{"timeline db query without words", []string{"timeline", "--db", db, "--query", "NOT"}, "no searchable word"},
		{"quotes speaker of punctuation", []string{"quotes", "--speaker", "-", art}, "names no one"},
		{"quotes to before from", []string{"quotes", "--from", "2017-06-05", "--to", "2017-06-01", art}, "before"},
		{"ingest negative workers", []string{"ingest", "--db", db, "--workers", "-1", art}, "--workers"},
		{"demo zero dates", []string{"demo", "--dates", "0"}, "--dates"},
		{"demo negative sentences", []string{"demo", "--sentences", "-1"}, "--sentences"},
		{"demo format with serve", []string{"demo", "--serve", "--format", "json"}, "--format"},
		{"demo addr without serve", []string{"demo", "--addr", "127.0.0.1:0"}, "--addr"},
		{"gen copies over one", []string{"gen", "--articles", "1", "--copies", "2"}, "--copies"},
		{"eval negative pad days", []string{"eval", "--dataset", dir, "--pad-days", "-3"}, "--pad-days"},
		{"eval unknown method", []string{"eval", "--dataset", dir, "--method", "magic"}, "magic"},
		{"eval missing dataset", []string{"eval", "--dataset", filepath.Join(dir, "nope")}, "nope"},
		{"eval timeline flag on polnear", []string{"eval", "--dataset", polnear, "--pad-days", "7"}, "--pad-days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := runArgs(tc.args)
			if got := exitCode(err); got != exitUsage {
				t.Fatalf("dateline %s: exit %d (err %v), want %d", strings.Join(tc.args, " "), got, err, exitUsage)
			}
			if !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("error %q does not mention %q", err, tc.mention)
			}
		})
	}
}
