package demo

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
)

//go:embed corpus
var files embed.FS

// Query is the story's search query, and Keywords its keywords in the form
// benchmark topics use (a sentence is on topic when its lowercased text
// contains one of them).
const Query = "Lowen Dam"

// Keywords returns the story's keywords.
func Keywords() []string { return []string{"lowen", "dam", "spillway", "fennick"} }

// Collected returns when the demo corpus was "collected": after the last
// article. Pass it as corpus.Options.Now so that reading the corpus does
// not depend on the clock.
func Collected() time.Time { return time.Date(2025, time.May, 1, 0, 0, 0, 0, time.UTC) }

// FS returns the corpus files: courier/*.txt and ledger/*.txt (plain text),
// vpa/wire.jsonl and ebn/bulletins.jsonl.gz.
func FS() fs.FS {
	sub, err := fs.Sub(files, "corpus")
	if err != nil {
		panic(err) // the embedded folder is fixed at build time
	}
	return sub
}

// Articles reads the whole corpus through the corpus readers, in a fixed
// order (by outlet folder, then file, then line). IDs look like
// "courier/2025-03-04-cracks-found.txt" and "vpa/wire.jsonl#vpa-0304-1".
// Text articles come unsplit (Sentences empty), as from any plain input.
// The corpus has no bad document: any reading error is returned.
func Articles(ctx context.Context) ([]*news.Article, error) {
	var out []*news.Article
	var errs []error
	for a, err := range corpus.ReadFS(ctx, FS(), []string{"."}, corpus.Options{Now: Collected()}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, a)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("demo: reading the built-in corpus: %w", errors.Join(errs...))
	}
	return out, nil
}

// Event is one key date of the story, with what happened on it.
type Event struct {
	Date    news.Date
	Summary string
}

// KeyEvents returns the story's key dates in order: the reference timeline
// the demo was written to, for tests and for showing what a timeline method
// should find. Each date is named in several articles, explicitly or
// relative to the publication date.
func KeyEvents() []Event {
	d := func(m time.Month, day int) news.Date { return news.NewDate(2025, m, day) }
	return []Event{
		{d(time.March, 3), "Engineers find cracks in the Lowen Dam spillway during a routine inspection."},
		{d(time.March, 6), "Governor Tomas Verrin orders about 4,000 people out of Fennick and Lower Sable."},
		{d(time.March, 9), "Storm Orla arrives; the water authority opens the spillway gates."},
		{d(time.March, 11), "A section of the spillway collapses and Fennick is flooded."},
		{d(time.March, 14), "Halvard Brisk resigns as chief executive of the Estmere Water Authority."},
		{d(time.March, 19), "The government orders an independent inquiry led by retired judge Ines Marroway."},
		{d(time.March, 24), "The evacuation order is lifted and residents return to Fennick."},
		{d(time.April, 8), "The inquiry's interim report finds warnings were ignored since 2021."},
		{d(time.April, 17), "The rebuilt spillway passes its load test; the dam is back in service."},
	}
}
