package demo

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
)

func articles(t *testing.T) []*news.Article {
	t.Helper()
	arts, err := Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func TestArticles(t *testing.T) {
	arts := articles(t)
	if len(arts) < 30 {
		t.Fatalf("%d articles, want at least 30", len(arts))
	}
	sources := map[string]int{}
	formats := map[string]int{}
	for _, a := range arts {
		sources[a.Source]++
		switch {
		case strings.HasSuffix(a.ID, ".txt"):
			formats["text"]++
		case strings.Contains(a.ID, ".jsonl.gz#"):
			formats["jsonl.gz"]++
		case strings.Contains(a.ID, ".jsonl#"):
			formats["jsonl"]++
		default:
			t.Errorf("article %s from an unexpected input", a.ID)
		}
		if a.Title == "" || a.URL == "" {
			t.Errorf("article %s lacks title or url", a.ID)
		}
	}
	if len(sources) < 3 || len(formats) < 3 {
		t.Errorf("sources %v, formats %v: want at least 3 of each", sources, formats)
	}
	first, last := arts[0].PubDate(), arts[0].PubDate()
	for _, a := range arts {
		if d := a.PubDate(); d.Before(first) {
			first = d
		} else if d.After(last) {
			last = d
		}
	}
	if span := last.Ordinal() - first.Ordinal(); span < 21 {
		t.Errorf("articles span %d days (%s to %s), want several weeks", span, first, last)
	}
	// Stable, clock-independent order.
	again := articles(t)
	for i := range arts {
		if arts[i].ID != again[i].ID {
			t.Fatalf("order differs at %d: %s vs %s", i, arts[i].ID, again[i].ID)
		}
	}
}

func TestKeyEventsAreCovered(t *testing.T) {
	arts := articles(t)
	events := KeyEvents()
	if len(events) < 6 || len(events) > 10 {
		t.Fatalf("%d key events, want 6 to 10", len(events))
	}
	for i, ev := range events {
		if i > 0 && !events[i-1].Date.Before(ev.Date) {
			t.Errorf("key events out of order at %s", ev.Date)
		}
		// Every key date is reported on the day or within two days after,
		// by at least two articles.
		n := 0
		for _, a := range arts {
			if d := a.PubDate().Ordinal() - ev.Date.Ordinal(); d >= 0 && d <= 2 && onTopic(a) {
				n++
			}
		}
		if n < 2 {
			t.Errorf("key date %s: %d on-topic articles within two days, want at least 2", ev.Date, n)
		}
	}
}

func onTopic(a *news.Article) bool {
	low := strings.ToLower(a.Title + " " + a.Text)
	for _, k := range Keywords() {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

func TestNearDuplicates(t *testing.T) {
	byID := map[string]*news.Article{}
	for _, a := range articles(t) {
		byID[a.ID] = a
	}
	wire := byID["vpa/wire.jsonl#vpa-0306-1"]
	for _, id := range []string{"courier/2025-03-06-evacuation-ordered.txt", "ledger/2025-03-06-valley-evacuated.txt"} {
		re := byID[id]
		if wire == nil || re == nil {
			t.Fatalf("missing wire story or reprint %s", id)
		}
		if re.Text != wire.Text || re.Title == wire.Title || re.Source == wire.Source {
			t.Errorf("%s is not a retitled verbatim reprint of the wire story", id)
		}
	}
	orig, spun := byID["vpa/wire.jsonl#vpa-0310-1"], byID["ebn/bulletins.jsonl.gz#ebn-0310"]
	if orig == nil || spun == nil {
		t.Fatal("missing the reworded pair")
	}
	j := jaccard(orig.Text, spun.Text)
	if orig.Text == spun.Text || j < 0.5 || j > 0.95 {
		t.Errorf("reworded copy: term Jaccard %.2f, want a near but not exact duplicate", j)
	}
	if !strings.Contains(spun.Text, "barrage") || !strings.Contains(spun.Text, "Republic of Varsland") {
		t.Error("reworded copy lacks its substitutions")
	}
}

func jaccard(a, b string) float64 {
	an := text.NewAnalyzer()
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, t := range an.Terms(a) {
		sa[t] = true
	}
	for _, t := range an.Terms(b) {
		sb[t] = true
	}
	inter := 0
	for t := range sa {
		if sb[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func TestQuotesAndRelativeDates(t *testing.T) {
	all := ""
	for _, a := range articles(t) {
		all += a.Text + "\n"
	}
	for _, want := range []string{"She added:", "He added:", "on Monday", "yesterday", "last week", "next Tuesday", "next Monday", "tomorrow", "on Thursday", "March 3"} {
		if !strings.Contains(all, want) {
			t.Errorf("corpus never says %q", want)
		}
	}
	if n := strings.Count(all, `," said`) + strings.Count(all, `," she said`) + strings.Count(all, `," he said`); n < 5 {
		t.Errorf("only %d attributed direct quotes", n)
	}
}

// TestSentenceSplitting runs the splitter over the corpus: no sentence may
// end on a title abbreviation or start in lowercase.
func TestSentenceSplitting(t *testing.T) {
	for _, a := range articles(t) {
		for _, s := range text.Sentences(a.Text) {
			r := []rune(s.Text)[0]
			if unicode.IsLower(r) || strings.HasSuffix(s.Text, " Dr.") || strings.HasSuffix(s.Text, " Mr.") {
				t.Errorf("%s: suspicious sentence %q", a.ID, s.Text)
			}
		}
	}
}

func TestGzipMatchesSource(t *testing.T) {
	src, err := os.ReadFile("source/ebn.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	f, err := FS().Open("ebn/bulletins.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, src) {
		t.Error("corpus/ebn/bulletins.jsonl.gz is stale: run go generate ./internal/demo")
	}
	if _, err := fs.Stat(FS(), "source"); err == nil {
		t.Error("source/ must not be part of the corpus")
	}
}
