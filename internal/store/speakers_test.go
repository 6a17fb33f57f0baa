package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// quoted returns an article with one quote per speaker given.
func quoted(id string, speakers ...string) *news.Article {
	text := "Words were said."
	a := &news.Article{ID: id, Published: time.Date(2021, 3, 4, 9, 0, 0, 0, time.UTC), Text: text,
		Sentences: []news.Sentence{{Start: 0, End: len(text), Text: text}}}
	for _, s := range speakers {
		a.Quotes = append(a.Quotes, news.Quote{Start: 0, End: 5, Text: "Words", Verb: "said",
			SpeakerMention: s, Speaker: s, SpeakerStart: -1, SpeakerEnd: -1})
	}
	return a
}

func TestSpeakers(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, d, quoted("a", "Vladimir Putin", "Vladimir Putin", "Putin"), quoted("b", "Putin"))
	put(t, d, quoted("c", "Vladimir Putin"), quoted("d"), quoted("a", "Vladimir Putin", "Vladimir Putin", "Putin")) // "a" again: unchanged, not counted twice
	check := func(when string) {
		t.Helper()
		dir, err := d.Speakers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := dir.Len(), 2; got != want {
			t.Errorf("%s: %d names, want %d", when, got, want)
		}
		if got, want := dir.Canonical("Putin"), "Vladimir Putin"; got != want {
			t.Errorf("%s: Canonical(Putin) = %q, want %q", when, got, want)
		}
		var counts []string
		rows, err := d.SQL().QueryContext(ctx, "SELECT name, quotes FROM speakers ORDER BY name")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var name string
			var n int
			if err := rows.Scan(&name, &n); err != nil {
				t.Fatal(err)
			}
			counts = append(counts, fmt.Sprintf("%s=%d", name, n))
		}
		if got, want := fmt.Sprint(counts), "[Putin=2 Vladimir Putin=3]"; got != want {
			t.Errorf("%s: speakers %s, want %s", when, got, want)
		}
	}
	check("after ingest")

	// A store made before the directory existed gets it filled when it is
	// opened for writing.
	if _, err := d.SQL().ExecContext(ctx, "DROP TABLE speakers; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := Open(ctx, path, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "to upgrade it") {
		t.Errorf("read-only open of a schema-1 store: err = %v, want a schema version error saying how to upgrade", err)
	}
	if d, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	check("after migration")
}
