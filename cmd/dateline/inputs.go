package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/corpus/formats"
	"github.com/dateline-news/dateline/internal/news"
)

// readOptions are the corpus options every command that reads files uses:
// every input format ([formats.All]).
func readOptions() corpus.Options {
	return corpus.Options{Formats: formats.All()}
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
