package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/feed"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/warc"
	"github.com/dateline-news/dateline/internal/webpage"
)

// allFormats lists every input format the CLI reads, in sniffing order.
func allFormats() []corpus.Format {
	return append(corpus.DefaultFormats(),
		warc.Format(warc.Options{}),
		feed.Format(feed.Options{}),
		webpage.Format(webpage.Options{}),
	)
}

// readOptions are the corpus options every command that reads files uses.
func readOptions() corpus.Options {
	return corpus.Options{Formats: allFormats()}
}

// loadArticles reads every article under paths, printing one line per
// skipped document to stderr. The tally counts what was read.
func loadArticles(ctx context.Context, paths []string, stderr io.Writer) ([]*news.Article, corpus.Tally, error) {
	var (
		arts  []*news.Article
		tally corpus.Tally
	)
	if len(paths) == 0 {
		return nil, tally, usageError{errors.New("no input: give one or more files or folders")}
	}
	for a, err := range corpus.Read(ctx, paths, readOptions()) {
		if err != nil {
			var de *corpus.DocError
			if !errors.As(err, &de) {
				return nil, tally, err
			}
			tally.Add(nil, err)
			if de.Reason != corpus.ReasonNotArticle { // WARC requests, robots.txt, ...: counted, not listed
				fmt.Fprintf(stderr, "skipped %v\n", err)
			}
			continue
		}
		tally.Add(a, nil)
		arts = append(arts, a)
	}
	return arts, tally, nil
}

// finish prints the tally line and turns skipped documents into errSkipped.
// Records that are not articles at all (a WARC's requests, metadata and
// robots.txt responses) are counted in the line but do not make the run
// fail.
func finish(stderr io.Writer, tally corpus.Tally) error {
	fmt.Fprintln(stderr, tally.String())
	if tally.SkippedTotal()-tally.Skipped[corpus.ReasonNotArticle] > 0 {
		return errSkipped
	}
	return nil
}
