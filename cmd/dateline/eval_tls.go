package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/dateline-news/dateline/internal/timeline"
	"github.com/dateline-news/dateline/internal/tlsbench"
)

// tlsEvaluator runs the timeline summarization benchmark on a T17/Crisis or
// news-tls layout dataset.
func tlsEvaluator() evaluator {
	return evaluator{
		name:   "timeline summarization (T17/Crisis or news-tls layout)",
		detect: tlsbench.Detect,
		run:    runTLSEval,
		// The timeline flags (--method, --pad-days, ...) are for this kind.
		timeline: true,
	}
}

func runTLSEval(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error {
	bopts := tlsbench.Options{
		Method:   opts.Method,
		PadDays:  opts.PadDays,
		Out:      opts.Out,
		Workers:  opts.Workers,
		Progress: stderr,

		NestedSelection: opts.NestedFeatures,
	}
	if opts.Ablation && opts.NestedFeatures {
		return usageError{fmt.Errorf("eval: --nested-features and --ablation do not go together")}
	}
	if opts.Ablation {
		return runAblation(ctx, opts, bopts, stdout)
	}
	rep, err := tlsbench.Run(ctx, opts.Dataset, bopts)
	if err != nil {
		return err
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if err := writeTLSTable(stdout, rep); err != nil {
		return err
	}
	fmt.Fprintln(stderr, rep.Documents)
	if rep.Skipped > 0 {
		return errSkipped
	}
	return nil
}

func writeTLSTable(w io.Writer, rep *tlsbench.Report) error {
	fmt.Fprintf(w, "dataset %s, method %s, pad %d days (align+ m:1; mean P and R over tasks, F from the means)\n\n",
		rep.Dataset, rep.Method, rep.PadDays)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "topic\ttimeline\tL\tk\tAR-1 P\tAR-1 R\tAR-1 F\tAR-2 P\tAR-2 R\tAR-2 F\tdate P\tdate R\tdate F\t")
	row := func(topic, tl, l, k string, s tlsbench.Scores) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", topic, tl, l, k,
			s.AR1.P, s.AR1.R, s.AR1.F, s.AR2.P, s.AR2.R, s.AR2.F, s.Date.P, s.Date.R, s.Date.F)
	}
	for _, t := range rep.Tasks {
		row(t.Topic, t.Timeline, fmt.Sprint(t.Dates), fmt.Sprint(t.K), t.Scores)
	}
	row("mean", fmt.Sprintf("%d tasks", len(rep.Tasks)), "", "", rep.Mean)
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d of %d sentences open with an unresolved pronoun or connective\nseconds: load %.2f, predict %.2f, evaluate %.2f\n",
		rep.Dangling, rep.Sentences, rep.Seconds.Load, rep.Seconds.Predict, rep.Seconds.Evaluate)
	return err
}

func runAblation(ctx context.Context, opts evalOptions, bopts tlsbench.Options, stdout io.Writer) error {
	b, err := tlsbench.Load(ctx, opts.Dataset, bopts)
	if err != nil {
		return err
	}
	rows, err := b.Ablation(ctx, timeline.Ablations())
	if err != nil {
		return err
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"dataset": opts.Dataset, "pad_days": opts.PadDays, "variants": rows})
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "variant\tAR-1 F\tAR-2 F\tdate F\tdangling\tfit\twhat it changes")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d/%d\t%s\t%s\n", r.Name, r.Mean.AR1.F, r.Mean.AR2.F, r.Mean.Date.F,
			r.Dangling, r.Sentences, orDash(r.Fit, ""), r.Description)
	}
	return tw.Flush()
}
