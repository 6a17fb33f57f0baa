package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/dateline-news/dateline/internal/tlseval"
	"github.com/spf13/cobra"
)

// scoreOptions are the flags of "dateline score".
type scoreOptions struct {
	Refs []string
	Pred string
	JSON bool
}

func newScoreCommand() *cobra.Command {
	var opts scoreOptions
	cmd := &cobra.Command{
		Use:   "score --ref REF [--ref REF...] --pred PRED [--json]",
		Short: "Score a predicted timeline against reference timelines (TILSE metrics)",
		Long: `score compares a predicted timeline with one or more reference timelines using
the metrics of tilse, computed exactly as tilse and ROUGE-1.5.5 do: ROUGE-1 and
ROUGE-2 precision, recall and F1 for concat, agreement, align, align+ and
align+ m:1 (news-tls's AR-1/AR-2), and date precision, recall and F1.

Files are in the tilse/Timeline17 text format (a YYYY-MM-DD line, one sentence
per line, a line of 32 dashes) or news-tls timelines.jsonl, told apart by
content. All reference timelines given (several --ref, or a timelines.jsonl
holding several) form one multi-reference ground truth, as in tilse's
evaluate-timelines; news-tls instead scores each reference on its own.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScore(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.Refs, "ref", nil, "reference timeline file (repeatable)")
	f.StringVar(&opts.Pred, "pred", "", "predicted timeline file")
	f.BoolVar(&opts.JSON, "json", false, "print one JSON object instead of a table")
	_ = cmd.MarkFlagRequired("ref")
	_ = cmd.MarkFlagRequired("pred")
	return cmd
}

// scoreReport is what "dateline score --json" prints: the inputs, then
// every metric under tilse's names.
type scoreReport struct {
	Pred         string   `json:"pred"`
	Refs         []string `json:"refs"`
	PredDates    int      `json:"pred_dates"`
	RefTimelines int      `json:"ref_timelines"`
	RefDates     int      `json:"ref_dates"`
	tlseval.Result
}

func runScore(ctx context.Context, opts scoreOptions, stdout, stderr io.Writer, _ []string) error {
	if opts.Pred == "" || len(opts.Refs) == 0 {
		return usageError{errors.New("score: need --pred and at least one --ref")}
	}
	readAll := func(path string) ([]tlseval.Timeline, error) {
		tls, warns, err := tlseval.ReadFile(path)
		for _, w := range warns {
			fmt.Fprintf(stderr, "dateline: score: warning: %v\n", w)
		}
		if err != nil {
			return nil, fmt.Errorf("score: %w", err)
		}
		return tls, nil
	}
	preds, err := readAll(opts.Pred)
	if err != nil {
		return err
	}
	if len(preds) != 1 {
		return fmt.Errorf("score: %s holds %d timelines; --pred takes exactly one", opts.Pred, len(preds))
	}
	var refs []tlseval.Timeline
	for _, path := range opts.Refs {
		if err := ctx.Err(); err != nil {
			return err
		}
		tls, err := readAll(path)
		if err != nil {
			return err
		}
		if len(tls) == 0 {
			return fmt.Errorf("score: %s holds no timeline", path)
		}
		for i, tl := range tls {
			if len(tl) == 0 {
				// Every score against it would be a meaningless 0.
				return fmt.Errorf("score: %s: reference timeline %d has no dated summary", path, i+1)
			}
		}
		refs = append(refs, tls...)
	}

	ref := tlseval.PrepareReference(refs...)
	rep := scoreReport{
		Pred:         opts.Pred,
		Refs:         opts.Refs,
		PredDates:    len(preds[0]),
		RefTimelines: ref.Timelines(),
		RefDates:     len(ref.Dates()),
		Result:       ref.ScoreAll(preds[0]),
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return writeScoreTable(stdout, rep)
}

func writeScoreTable(w io.Writer, rep scoreReport) error {
	fmt.Fprintf(w, "pred: %s (%d dates)\n", rep.Pred, rep.PredDates)
	fmt.Fprintf(w, "refs: %d timeline(s), %d dates in all\n\n", rep.RefTimelines, rep.RefDates)
	fmt.Fprintf(w, "%-10s  %9s  %6s  %6s  %9s  %6s  %6s\n", "metric", "ROUGE-1 P", "R", "F", "ROUGE-2 P", "R", "F")
	for _, m := range tlseval.Metrics {
		s := rep.Get(m)
		fmt.Fprintf(w, "%-10s  %9.4f  %6.4f  %6.4f  %9.4f  %6.4f  %6.4f\n", m,
			s.Rouge1.Precision, s.Rouge1.Recall, s.Rouge1.F,
			s.Rouge2.Precision, s.Rouge2.Recall, s.Rouge2.F)
	}
	_, err := fmt.Fprintf(w, "\n%-10s  %9.4f  %6.4f  %6.4f\n", "dates", rep.Dates.Precision, rep.Dates.Recall, rep.Dates.F)
	return err
}
