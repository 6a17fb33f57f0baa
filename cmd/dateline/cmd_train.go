package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/timeline"
	"github.com/dateline-news/dateline/internal/tlsbench"
)

type trainOptions struct {
	Dataset string
	Method  string
	Out     string
	Workers int
}

func newTrainCommand() *cobra.Command {
	var opts trainOptions
	cmd := &cobra.Command{
		Use:   "train --dataset DIR [--out FILE]",
		Short: "Fit the timeline method's models on a benchmark dataset",
		Long: `train fits the learned parts of a timeline method (the default method's date
ranker) on every reference timeline of a T17/Crisis or news-tls layout dataset
and writes them as JSON. The models shipped in the binary were made with:

  dateline train --dataset ../shared/data/t17 --out internal/timeline/models/default.json

Benchmark runs ("dateline eval") never use these: they refit the models
leave-one-topic-out on the dataset being evaluated.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTrain(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Dataset, "dataset", "", "dataset folder (required)")
	f.StringVar(&opts.Method, "method", "", "timeline method (default: the engine's default)")
	f.StringVar(&opts.Out, "out", "", "write the models here (default: standard output)")
	f.IntVar(&opts.Workers, "workers", 0, "parallel workers (default: number of CPUs)")
	_ = cmd.MarkFlagRequired("dataset")
	return cmd
}

func runTrain(ctx context.Context, opts trainOptions, stdout, stderr io.Writer) error {
	m, err := timeline.MethodByName(opts.Method)
	if err != nil {
		return usageError{err}
	}
	b, err := tlsbench.Load(ctx, opts.Dataset, tlsbench.Options{Workers: opts.Workers, Progress: stderr})
	if err != nil {
		return err
	}
	mf, err := b.Train(ctx, m)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(mf, "", " ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if opts.Out == "" {
		_, err = stdout.Write(data)
		return err
	}
	if err := os.WriteFile(opts.Out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s\n", opts.Out)
	return nil
}
