package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/ingest"
)

type genOptions struct {
	Articles int
	Out      string
	Seed     uint64
	Copies   float64
}

func newGenCommand() *cobra.Command {
	var opts genOptions
	cmd := &cobra.Command{
		Use:    "gen --articles N --out FILE.jsonl[.gz]",
		Short:  "Write a synthetic corpus for benchmarks (developer command)",
		Hidden: true,
		Long: `gen writes N synthetic articles as JSON lines (gzipped when FILE ends in .gz):
sentences of a small built-in text re-mixed and re-dated, with a share of
agency copies for the near-duplicate folding. The same --seed gives the same
bytes.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGen(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.Articles, "articles", 1000, "number of articles")
	f.StringVar(&opts.Out, "out", "-", "output file (- for stdout)")
	f.Uint64Var(&opts.Seed, "seed", 1, "random seed")
	f.Float64Var(&opts.Copies, "copies", 0.05, "share of agency copies of earlier articles")
	return cmd
}

func runGen(_ context.Context, opts genOptions, stdout, _ io.Writer, _ []string) (err error) {
	if opts.Articles < 0 {
		return usageError{errors.New("--articles must not be negative")}
	}
	if opts.Copies < 0 || opts.Copies > 1 {
		return usageError{fmt.Errorf("--copies %g: want a share from 0 to 1", opts.Copies)}
	}
	w := stdout
	if opts.Out != "-" {
		f, err := os.Create(opts.Out)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		bw := bufio.NewWriterSize(f, 1<<20)
		defer func() {
			if ferr := bw.Flush(); err == nil {
				err = ferr
			}
		}()
		w = bw
		if strings.HasSuffix(opts.Out, ".gz") {
			zw := gzip.NewWriter(bw)
			defer func() {
				if zerr := zw.Close(); err == nil {
					err = zerr
				}
			}()
			w = zw
		}
	}
	copies := opts.Copies
	if copies == 0 {
		copies = -1
	}
	return ingest.Generate(w, ingest.GenOptions{Articles: opts.Articles, Seed: opts.Seed, Copies: copies})
}
