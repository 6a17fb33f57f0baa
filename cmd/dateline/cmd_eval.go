package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/timeline"
)

// evalOptions are the flags of "dateline eval". Each evaluator reads the
// ones that apply to its kind of dataset.
type evalOptions struct {
	Dataset string
	Method  string
	PadDays int
	Out     string
	JSON    bool
	Workers int
	// Ablation runs every ablation variant of the timeline method instead
	// of one method (timeline datasets only).
	Ablation bool
	// NestedFeatures fits the learned date ranker over all its features
	// with the penalty chosen inside each leave-one-topic-out fold instead
	// of using the method's fixed feature set (timeline datasets only).
	NestedFeatures bool
}

// evaluator scores one kind of benchmark dataset.
type evaluator struct {
	// name is the dataset kind, shown in errors and in --help.
	name string
	// detect reports whether dir holds a dataset of this kind.
	detect func(dir string) bool
	run    func(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error
	// timeline marks the kind that builds timelines: only it takes
	// --method, --pad-days, --ablation and --nested-features.
	timeline bool
}

// evaluators lists the dataset kinds "dateline eval" knows, in the order
// they are tried.
func evaluators() []evaluator {
	return []evaluator{
		tlsEvaluator(),
		polnearEvaluator(),
		aebEvaluator(),
		mediacloudEvaluator(),
		timemlEvaluator(),
	}
}

func newEvalCommand() *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval --dataset DIR [flags]",
		Short: "Run a benchmark on a dataset folder and print its scores",
		Long: `eval detects the kind of dataset in DIR and runs its benchmark protocol.
Known kinds: ` + evaluatorNames() + `.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEval(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Dataset, "dataset", "", "dataset folder (required)")
	f.StringVar(&opts.Method, "method", "", "timeline method (default: the engine's default method)")
	f.IntVar(&opts.PadDays, "pad-days", 0, "widen each reference's date span by N days on each side")
	f.StringVar(&opts.Out, "out", "", "write each predicted output into this folder")
	f.BoolVar(&opts.JSON, "json", false, "print one JSON object instead of a table")
	f.IntVar(&opts.Workers, "workers", 0, "parallel workers (default: number of CPUs)")
	f.BoolVar(&opts.Ablation, "ablation", false, "timeline datasets: evaluate each ablation variant of the default method")
	f.BoolVar(&opts.NestedFeatures, "nested-features", false, "timeline datasets: fully out-of-fold date ranker: all date features, L2 penalty chosen inside each leave-one-topic-out fold")
	_ = cmd.MarkFlagRequired("dataset")
	return cmd
}

func evaluatorNames() string {
	var names []string
	for _, e := range evaluators() {
		names = append(names, e.name)
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func runEval(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error {
	switch {
	case opts.Workers < 0:
		return usageError{fmt.Errorf("eval: --workers must not be negative (0: one per CPU)")}
	case opts.PadDays < 0:
		return usageError{fmt.Errorf("eval: --pad-days must not be negative")}
	}
	if _, err := timeline.MethodByName(opts.Method); err != nil {
		return usageError{fmt.Errorf("eval: --method: %w", err)}
	}
	if _, err := os.Stat(opts.Dataset); err != nil {
		return usageError{fmt.Errorf("eval: --dataset: %w", err)}
	}
	for _, e := range evaluators() {
		if !e.detect(opts.Dataset) {
			continue
		}
		if !e.timeline {
			var set []string
			for _, f := range []struct {
				name string
				set  bool
			}{{"--method", opts.Method != ""}, {"--pad-days", opts.PadDays != 0}, {"--ablation", opts.Ablation}, {"--nested-features", opts.NestedFeatures}} {
				if f.set {
					set = append(set, f.name)
				}
			}
			if len(set) > 0 {
				return usageError{fmt.Errorf("eval: %s: only for timeline datasets, and %s is a dataset of kind %s", strings.Join(set, ", "), opts.Dataset, e.name)}
			}
		}
		return e.run(ctx, opts, stdout, stderr)
	}
	return usageError{fmt.Errorf("eval: %s is not a dataset folder of a known kind (%s)", opts.Dataset, evaluatorNames())}
}
