package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/store"
)

type ingestOptions struct {
	DB         string
	Workers    int
	Errors     string
	Batch      int
	NoAnnotate bool
	// Reannotate annotates the stored articles again instead of reading
	// inputs.
	Reannotate bool
	// FoldThreshold is the near-duplicate threshold (see store.Options);
	// 0 means the default.
	FoldThreshold float64
	// Progress forces the progress bar on or off; nil means on when
	// stderr is a terminal.
	Progress *bool
	// Developer instrumentation (hidden flags, see ingestProfile): a CPU
	// profile, a per-batch memory trace (TSV) and heap profiles every
	// HeapEvery stored articles.
	CPUProfile, MemTrace, HeapProfile string
	HeapEvery                         int
}

func newIngestCommand() *cobra.Command {
	var opts ingestOptions
	var progress, noProgress bool
	cmd := &cobra.Command{
		Use:   "ingest --db FILE [flags] (INPUT... | --reannotate)",
		Short: "Read, annotate and store articles in a database",
		Long: `ingest reads every article under the given inputs (files, folders, glob patterns,
or - for standard input), annotates it (sentences, date mentions, quotes), folds
near-duplicates and stores it in the SQLite database given by --db, creating it
if needed. Each batch of articles is one transaction: an interrupted run is
completed by running it again, and re-ingesting the same input changes nothing.

A document that cannot be used is reported on stderr (and in --errors as JSON
lines) and skipped; the run goes on and exits with status 3 at the end.

With --reannotate and no input, the articles already stored are annotated again
with this version's date tagger and quote finder (keeping their sentences) and
the speaker directory is rebuilt: a store made by an earlier version gets what
annotation learned since, such as the day a quote was said. It is resumable the
same way.`,
		Example: `  dateline ingest --db news.db articles/ extra/*.jsonl.gz
  zcat dump.jsonl.gz | dateline ingest --db news.db --errors skipped.jsonl -
  dateline ingest --db news.db --reannotate`,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case progress && noProgress:
				return usageError{errors.New("--progress and --no-progress are exclusive")}
			case progress:
				opts.Progress = &progress
			case noProgress:
				f := false
				opts.Progress = &f
			}
			return runIngest(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "database file (required)")
	f.IntVar(&opts.Workers, "workers", 0, "annotation workers (default: number of CPUs)")
	f.StringVar(&opts.Errors, "errors", "", "also write skipped documents to this file as JSON lines")
	f.IntVar(&opts.Batch, "batch", ingest.DefaultBatchSize, "articles per transaction")
	f.BoolVar(&opts.NoAnnotate, "no-annotate", false, "store articles without annotating them")
	f.BoolVar(&opts.Reannotate, "reannotate", false, "annotate the stored articles again (no inputs)")
	f.Float64Var(&opts.FoldThreshold, "fold-threshold", dedup.ArticleOptions().Threshold,
		"fold an article with an earlier one when the Jaccard similarity of their normalised word shingles is at least this (0-1; fixed when the store is created)")
	f.BoolVar(&progress, "progress", false, "show a progress bar even when stderr is not a terminal")
	f.BoolVar(&noProgress, "no-progress", false, "never show a progress bar")
	f.StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile to this file (developer flag)")
	f.StringVar(&opts.MemTrace, "memtrace", "", "write RSS and Go heap after each batch to this TSV file (developer flag)")
	f.StringVar(&opts.HeapProfile, "heapprofile", "", "write heap profiles to PREFIX.N.pprof every --heap-every articles (developer flag)")
	f.IntVar(&opts.HeapEvery, "heap-every", 100000, "articles between heap profiles (developer flag)")
	for _, name := range []string{"cpuprofile", "memtrace", "heapprofile", "heap-every"} {
		_ = f.MarkHidden(name)
	}
	_ = cmd.MarkFlagRequired("db")
	return cmd
}

// expandInputs expands glob patterns; other arguments (files, folders, "-")
// are passed through for the reader to report if they do not exist.
func expandInputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" || !strings.ContainsAny(a, "*?[") {
			out = append(out, a)
			continue
		}
		if _, err := os.Stat(a); err == nil {
			out = append(out, a) // a file whose name has a glob character
			continue
		}
		m, err := filepath.Glob(a)
		if err != nil {
			return nil, usageError{fmt.Errorf("bad pattern %q: %w", a, err)}
		}
		if len(m) == 0 {
			return nil, usageError{fmt.Errorf("pattern %q matches no file", a)}
		}
		out = append(out, m...)
	}
	return out, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func runIngest(ctx context.Context, opts ingestOptions, stdout, stderr io.Writer, args []string) error {
	if opts.Reannotate {
		return runReannotate(ctx, opts, stderr, args)
	}
	if len(args) == 0 {
		return usageError{errors.New("ingest: no input: give files, folders, patterns or -")}
	}
	if opts.Batch < 1 {
		return usageError{errors.New("ingest: --batch must be at least 1")}
	}
	if opts.Workers < 0 {
		return usageError{errors.New("ingest: --workers must not be negative (0: one per CPU)")}
	}
	inputs, err := expandInputs(args)
	if err != nil {
		return err
	}
	if opts.FoldThreshold < 0 || opts.FoldThreshold > 1 { // 0: the store's default
		return usageError{errors.New("ingest: --fold-threshold must be in (0, 1]")}
	}
	db, err := store.Open(ctx, opts.DB, store.Options{FoldThreshold: opts.FoldThreshold})
	if err != nil {
		return err
	}
	defer db.Close()

	prof, err := startIngestProfile(opts)
	if err != nil {
		return err
	}
	defer prof.stop()

	var errLog *ingest.ErrorLog
	if opts.Errors != "" {
		f, err := os.Create(opts.Errors)
		if err != nil {
			return fmt.Errorf("ingest: --errors: %w", err)
		}
		defer f.Close()
		errLog = ingest.NewErrorLog(f)
	}

	bar := progressBar(opts, stderr, "ingesting")

	iopts := ingest.Options{
		Corpus:    readOptions(),
		Workers:   opts.Workers,
		BatchSize: opts.Batch,
		OnError: func(e *corpus.DocError) {
			if bar != nil {
				_ = bar.Clear()
			}
			fmt.Fprintf(stderr, "skipped %v\n", e)
			if errLog != nil {
				errLog.Write(e)
			}
		},
		OnBatch: func(p ingest.Progress) {
			prof.batch(p)
			if bar != nil {
				bar.Describe(fmt.Sprintf("ingesting (%d skipped)", p.Skipped))
				_ = bar.Set(p.Read)
			}
		},
	}
	if !opts.NoAnnotate {
		iopts.Annotator = annotate.New()
	}
	res, err := ingest.Run(ctx, db, inputs, iopts)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return err
	}
	if errLog != nil {
		if err := errLog.Err(); err != nil {
			return err
		}
	}
	rate := float64(res.Tally.Read) / max(res.Elapsed.Seconds(), 1e-9)
	fmt.Fprintf(stderr, "stored %d new articles, %d already present, %d folded as near-duplicates in %s (%.0f articles/s)\n",
		res.Inserted, res.Unchanged, res.Folded, res.Elapsed.Round(time.Millisecond), rate)
	return finish(stderr, res.Tally)
}

// progressBar returns a spinner counting articles on stderr, or nil when
// none is to be shown: by default only on a terminal.
func progressBar(opts ingestOptions, stderr io.Writer, what string) *progressbar.ProgressBar {
	show := isTerminal(stderr)
	if opts.Progress != nil {
		show = *opts.Progress
	}
	if !show {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// runReannotate is "ingest --reannotate": the stored articles annotated
// again.
func runReannotate(ctx context.Context, opts ingestOptions, stderr io.Writer, args []string) error {
	switch {
	case len(args) > 0:
		return usageError{errors.New("ingest: --reannotate takes no input: it annotates the stored articles")}
	case opts.NoAnnotate:
		return usageError{errors.New("ingest: --reannotate and --no-annotate are exclusive")}
	case opts.Batch < 1:
		return usageError{errors.New("ingest: --batch must be at least 1")}
	case opts.Workers < 0:
		return usageError{errors.New("ingest: --workers must not be negative (0: one per CPU)")}
	}
	db, err := store.Open(ctx, opts.DB, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	bar := progressBar(opts, stderr, "annotating")
	an := annotate.New()
	start := time.Now()
	res, err := db.Reannotate(ctx, opts.Batch, func(batch []*news.Article) error {
		return an.All(ctx, batch, opts.Workers)
	}, func(done int) {
		if bar != nil {
			_ = bar.Set(done)
		}
	})
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "annotated %d stored articles again (%d with damaged annotations, split anew) in %s\n",
		res.Articles, res.Damaged, time.Since(start).Round(time.Millisecond))
	return nil
}
