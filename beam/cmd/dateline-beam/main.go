// Command dateline-beam runs dateline's annotation as an Apache Beam
// pipeline (see package pipeline):
//
//	dateline-beam annotate --input 'corpus/*' --output out/ [--runner prism] [--shards 16]
//
// It reads every input the dateline command reads (local files and
// folders, or files named by gs:// URLs, which workers on other machines
// can read), annotates each article with the engine's annotation chain,
// folds near duplicates across the whole corpus and writes
// out/articles-SSSSS-of-NNNNN.jsonl.gz (one annotated article per line,
// with its near-duplicate group) and out/errors-SSSSS-of-NNNNN.jsonl.gz
// (one skipped document per line).
//
// --runner is Beam's: prism (the default, in this process), direct, flink,
// spark, dataflow, universal; their own flags (--endpoint, --project,
// --region, --staging_location, ...) are Beam's too. --runner inprocess
// skips Beam and writes the same shards with the engine's in-process path,
// for comparison.
//
// Exit codes: 0 done, 1 failure, 2 usage, 3 done but some documents were
// skipped (listed in the errors shards).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // gs:// inputs and outputs
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // registers every runner

	"github.com/dateline-news/dateline/beam/pipeline"
)

const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitSkipped = 3
)

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

type annotateOptions struct {
	Runner  string // Beam's --runner flag; "" means prism
	Inputs  listFlag
	Output  string
	Shards  int
	Now     string
	Workers int
}

func main() {
	// Beam starts the same binary as a worker with its own flags and no
	// command: parse the flags, then let beam.Init take over in that case.
	args := os.Args[1:]
	cmd := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var opts annotateOptions
	flag.Var(&opts.Inputs, "input", "glob of input files or folders, or of gs://bucket/... files (repeatable); each match is read as dateline reads its arguments")
	flag.StringVar(&opts.Output, "output", "", "output folder (or gs://bucket/prefix for Dataflow)")
	flag.IntVar(&opts.Shards, "shards", 4, "number of output shards")
	flag.StringVar(&opts.Now, "now", "", "collection time for the future-date check, RFC 3339 (default: now)")
	flag.IntVar(&opts.Workers, "inprocess_workers", 0, "annotating goroutines for --runner inprocess (0: one per CPU)")
	flag.Usage = func() { usage(flag.CommandLine.Output()) }
	if err := flag.CommandLine.Parse(args); err != nil {
		os.Exit(exitUsage)
	}
	beam.Init() // in worker mode this runs the worker and exits
	opts.Runner = *runners.Runner

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch cmd {
	case "annotate":
		err = runAnnotate(ctx, opts, os.Stdout, os.Stderr)
	case "", "help":
		usage(os.Stdout)
		if cmd == "" {
			os.Exit(exitUsage)
		}
		return
	default:
		err = usageError{fmt.Errorf("unknown command %q", cmd)}
	}
	os.Exit(report(err))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, `usage: dateline-beam annotate --input GLOB --output DIR [--runner prism|direct|flink|dataflow|inprocess|...] [--shards N]

Reads every input the dateline command reads, annotates the articles with
the engine's annotation chain, folds near duplicates over the whole corpus
and writes DIR/articles-*.jsonl.gz and DIR/errors-*.jsonl.gz.

Flags (Beam's own runner flags are accepted too):`)
	flag.CommandLine.SetOutput(w)
	flag.PrintDefaults()
}

type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

var errSkipped = errors.New("some documents were skipped")

func report(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSkipped):
		return exitSkipped
	case errors.As(err, &ue):
		fmt.Fprintf(os.Stderr, "dateline-beam: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(os.Stderr, "dateline-beam: %v\n", err)
		return exitError
	}
}

func runAnnotate(ctx context.Context, opts annotateOptions, stdout, stderr io.Writer) error {
	if len(opts.Inputs) == 0 || opts.Output == "" {
		return usageError{errors.New("annotate needs --input and --output")}
	}
	inputs, err := pipeline.Expand(ctx, opts.Inputs)
	if err != nil {
		return usageError{err}
	}
	cfg := pipeline.Config{Inputs: inputs, Output: opts.Output, Shards: opts.Shards, Now: time.Now()}
	if opts.Now != "" {
		if cfg.Now, err = time.Parse(time.RFC3339, opts.Now); err != nil {
			return usageError{fmt.Errorf("--now: %w", err)}
		}
	}
	if err := cfg.Validate(); err != nil {
		return usageError{err}
	}
	start := time.Now()
	if opts.Runner == "inprocess" {
		n, skipped, err := pipeline.WriteReference(ctx, cfg, opts.Workers)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "inprocess: %d inputs, %d articles, %d skipped, %.1fs\n", len(inputs), n, skipped, time.Since(start).Seconds())
		if skipped > 0 {
			return errSkipped
		}
		return nil
	}

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, cfg); err != nil {
		return usageError{err}
	}
	runner := opts.Runner
	if runner == "" {
		runner = "prism"
	}
	res, err := beam.Run(ctx, runner, p)
	if err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	var skipped int64
	if res != nil {
		counts := map[string]int64{}
		for _, c := range res.Metrics().AllMetrics().Counters() {
			counts[c.Key.Name] += c.Result()
		}
		if len(counts) > 0 {
			fmt.Fprintf(stderr, "%d inputs: %d articles read, %d annotated, %d skipped; %d candidate pairs, %d verified, %d articles in near-duplicate groups; %.1fs\n",
				len(inputs), counts["articles_read"], counts["articles_annotated"], counts["documents_skipped"],
				counts["candidate_pairs"], counts["verified_pairs"], counts["articles_in_groups"], time.Since(start).Seconds())
		}
		var shuffle int64
		for _, k := range []string{"bands", "signatures", "pairs", "forwarded", "edges", "folds"} {
			shuffle += counts["shuffle_bytes_"+k]
		}
		if n := counts["articles_annotated"]; n > 0 {
			fmt.Fprintf(stderr, "near-duplicate grouping shuffled %d bytes of keys and values (%.0f per article): bands %d, signatures %d, pairs %d, forwarded %d, edges %d, folds %d\n",
				shuffle, float64(shuffle)/float64(n), counts["shuffle_bytes_bands"], counts["shuffle_bytes_signatures"], counts["shuffle_bytes_pairs"],
				counts["shuffle_bytes_forwarded"], counts["shuffle_bytes_edges"], counts["shuffle_bytes_folds"])
			fmt.Fprintf(stderr, "articles shuffled: %d bytes as read (%.0f per article), %d bytes annotated (%.0f per article)\n",
				counts["shuffle_bytes_articles_read"], float64(counts["shuffle_bytes_articles_read"])/float64(n),
				counts["shuffle_bytes_articles_annotated"], float64(counts["shuffle_bytes_articles_annotated"])/float64(n))
		}
		skipped = counts["documents_skipped"]
	}
	if skipped > 0 {
		return errSkipped
	}
	return nil
}
