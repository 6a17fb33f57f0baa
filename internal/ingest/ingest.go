package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/store"
)

// Annotator fills an article's sentences, date mentions and quotes. It must
// be safe for concurrent use.
type Annotator interface {
	Annotate(a *news.Article)
}

// Defaults for [Options].
const (
	DefaultBatchSize = 500
	// DefaultMaxText is the largest article text ingested. News articles
	// are a few KiB; a text of megabytes is a mis-parsed page or a dump,
	// and annotating it would stall a worker.
	DefaultMaxText = 2 << 20
)

// Options configure [Run].
type Options struct {
	// Corpus configures the readers (formats, the time the input was
	// collected, file workers).
	Corpus corpus.Options
	// Annotator annotates each article before it is stored; nil stores
	// articles as read (with the sentences their reader split, if any).
	Annotator Annotator
	// Workers annotate and prepare articles in parallel; 0 means one per
	// CPU.
	Workers int
	// BatchSize is the number of articles per transaction; 0 means
	// DefaultBatchSize.
	BatchSize int
	// MaxText is the largest article text accepted, in bytes; 0 means
	// DefaultMaxText.
	MaxText int
	// OnError is called, in input order, for each skipped document.
	OnError func(*corpus.DocError)
	// OnBatch is called after each committed batch with the totals so far.
	OnBatch func(Progress)
}

// Progress is the running count of a [Run].
type Progress struct {
	// Read counts documents read (used or skipped), Stored counts
	// articles committed (inserted or already present), Skipped the
	// documents skipped.
	Read, Stored, Skipped int
	Elapsed               time.Duration
}

// Result is the outcome of a [Run].
type Result struct {
	// Tally counts documents read, used and skipped by reason.
	Tally corpus.Tally
	// Inserted articles are new in the store; Unchanged were already
	// there with the same content; Folded joined a group of near
	// duplicates.
	Inserted, Unchanged, Folded int
	Elapsed                     time.Duration
}

// item is one document moving through the pipeline.
type item struct {
	a    *news.Article
	err  error // from the reader
	done chan outcome
}

type outcome struct {
	p   *store.Prepared
	err error // *corpus.DocError, or fatal
}

// Run reads inputs, annotates and stores every article in db. Documents
// that cannot be used are reported through opts.OnError and counted in the
// result's tally; they never stop the run. The returned error is a fatal
// one (the store failed, or ctx was cancelled); batches committed before it
// stay stored and a re-run skips them.
//
// Articles are stored in input order whatever the number of workers, so
// two runs over the same input build the same store.
func Run(ctx context.Context, db *store.DB, inputs []string, opts Options) (Result, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}
	maxText := opts.MaxText
	if maxText <= 0 {
		maxText = DefaultMaxText
	}

	// The reader hands each item to a worker and, in the same order, to
	// the writer, which waits for each item's outcome in turn. The queue
	// bounds the documents in flight, so memory does not grow with the
	// input.
	jobs := make(chan *item, workers)
	queue := make(chan *item, 2*batchSize)
	var readErr error
	go func() {
		defer close(queue)
		defer close(jobs)
		copts := opts.Corpus
		copts.NoRepeatCheck = true // the store detects repeats, with flat memory
		for a, err := range corpus.Read(ctx, inputs, copts) {
			var de *corpus.DocError
			if err != nil && !errors.As(err, &de) {
				readErr = err // cancellation: the last value
				return
			}
			it := &item{a: a, err: err, done: make(chan outcome, 1)}
			select {
			case queue <- it:
			case <-ctx.Done():
				return
			}
			if err != nil {
				it.done <- outcome{err: err}
				continue
			}
			select {
			case jobs <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			for it := range jobs {
				it.done <- prepare(db, opts.Annotator, it.a, maxText)
			}
		}()
	}

	var res Result
	batch := make([]*store.Prepared, 0, batchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		pr, err := db.Put(ctx, batch)
		if err != nil {
			return fmt.Errorf("ingest: storing %d articles (%s .. %s): %w", len(batch), batch[0].Article.ID, batch[len(batch)-1].Article.ID, err)
		}
		res.Inserted += pr.Inserted
		res.Unchanged += pr.Unchanged
		res.Folded += pr.Folded
		n := pr.Inserted + pr.Unchanged
		res.Tally.Read += n
		res.Tally.Used += n
		for _, e := range pr.Errors {
			res.Tally.Add(nil, e)
			if opts.OnError != nil {
				opts.OnError(e)
			}
		}
		batch = batch[:0]
		if opts.OnBatch != nil {
			opts.OnBatch(Progress{Read: res.Tally.Read, Stored: res.Tally.Used, Skipped: res.Tally.SkippedTotal(), Elapsed: time.Since(start)})
		}
		return nil
	}
	for it := range queue {
		var o outcome
		select {
		case o = <-it.done:
		case <-ctx.Done():
			return res, ctx.Err()
		}
		if o.err != nil {
			var de *corpus.DocError
			if !errors.As(o.err, &de) {
				return res, o.err
			}
			res.Tally.Add(nil, de)
			if opts.OnError != nil {
				opts.OnError(de)
			}
			continue
		}
		batch = append(batch, o.p)
		if len(batch) == batchSize {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	if readErr != nil {
		return res, readErr
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if err := flush(); err != nil {
		return res, err
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// prepare checks, annotates and prepares one article. A panic in the
// annotator is reported as that document's error.
func prepare(db *store.DB, an Annotator, a *news.Article, maxText int) (o outcome) {
	origin := a.Origin
	if origin == "" {
		origin = a.ID
	}
	if len(a.Text) > maxText {
		return outcome{err: &corpus.DocError{Origin: origin, Reason: corpus.ReasonTooLarge,
			Err: fmt.Errorf("article %s: text of %.1f MiB is over the %.1f MiB ingest limit", a.ID, mib(len(a.Text)), mib(maxText))}}
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		return outcome{err: &corpus.DocError{Origin: origin, Reason: corpus.ReasonEncoding, Err: fmt.Errorf("article %s: text is not valid UTF-8", a.ID)}}
	}
	if an != nil {
		defer func() {
			if p := recover(); p != nil {
				o = outcome{err: &corpus.DocError{Origin: origin, Reason: corpus.ReasonMalformed, Err: fmt.Errorf("article %s: annotator failed: %v", a.ID, p)}}
			}
		}()
		an.Annotate(a)
	}
	p, err := db.Prepare(a)
	return outcome{p: p, err: err}
}

func mib(n int) float64 { return float64(n) / (1 << 20) }
