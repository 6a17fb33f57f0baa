package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dateline-news/dateline/internal/htmleval"
	"github.com/dateline-news/dateline/internal/webpage"
)

// aebEvaluator scores main-text extraction on the Article Extraction
// Benchmark (a folder with ground-truth.json and html/).
func aebEvaluator() evaluator {
	return evaluator{name: "aeb", detect: htmleval.IsAEB, run: runEvalAEB}
}

// mediacloudEvaluator scores publication dates on htmldate's MediaCloud
// test set (a folder with eval_mediacloud_2020.json and test_set/).
func mediacloudEvaluator() evaluator {
	return evaluator{name: "htmldate-mediacloud", detect: htmleval.IsMediaCloud, run: runEvalMediaCloud}
}

// aebReport is the JSON printed by "dateline eval" on AEB: dateline's HTML
// reader, with go-trafilatura alone beside it.
type aebReport struct {
	Dataset string `json:"dataset"`
	Metric  string `json:"metric"`
	htmleval.TextScores
	Failed           int     `json:"failed"`
	LibraryPrecision float64 `json:"library_precision"`
	LibraryRecall    float64 `json:"library_recall"`
	LibraryF1        float64 `json:"library_f1"`
}

const aebMetric = "AEB evaluate.py: 4-token \\w+ shingle multisets per page, tp/fp/fn normalised per page; precision and recall averaged over pages, f1 = harmonic mean of the averages"

func runEvalAEB(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error {
	pages, err := htmleval.LoadAEB(opts.Dataset)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	ours, err := htmleval.RunAEB(ctx, pages, htmleval.PipelineText(webpage.New(webpage.Options{})))
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	lib, err := htmleval.RunAEB(ctx, pages, htmleval.LibraryText())
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	for _, p := range ours.Pages {
		if p.Err != "" {
			fmt.Fprintf(stderr, "dateline: eval: page %s: %s\n", p.ID, p.Err)
		}
	}
	if opts.Out != "" {
		if err := writeAEBOutput(opts.Out, ours.Pages); err != nil {
			return err
		}
	}
	rep := aebReport{Dataset: opts.Dataset, Metric: aebMetric, TextScores: ours.TextScores, Failed: ours.Failed,
		LibraryPrecision: lib.Precision, LibraryRecall: lib.Recall, LibraryF1: lib.F1}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(rep)
	}
	fmt.Fprintf(stdout, "AEB main-text extraction, %d pages (%d failed)\n", rep.Pages, rep.Failed)
	fmt.Fprintf(stdout, "%-16s %9s %9s %9s\n", "system", "precision", "recall", "f1")
	fmt.Fprintf(stdout, "%-16s %9.4f %9.4f %9.4f\n", "dateline", rep.Precision, rep.Recall, rep.F1)
	fmt.Fprintf(stdout, "%-16s %9.4f %9.4f %9.4f\n", "go-trafilatura", lib.Precision, lib.Recall, lib.F1)
	return nil
}

// writeAEBOutput writes dateline's predictions in the benchmark's own
// output format (<dir>/dateline.json: {id: {"articleBody": text}}), so
// that its evaluate.py can score them too.
func writeAEBOutput(dir string, pages []htmleval.PageText) error {
	out := make(map[string]map[string]string, len(pages))
	for _, p := range pages {
		out[p.ID] = map[string]string{"articleBody": p.Text}
	}
	b, err := json.MarshalIndent(out, "", "    ")
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dateline.json"), b, 0o644); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// mediacloudReport is the JSON printed by "dateline eval" on the
// MediaCloud set: dateline's full pipeline and go-htmldate alone.
type mediacloudReport struct {
	Dataset string `json:"dataset"`
	Pages   int    `json:"pages"`
	Metric  string `json:"metric"`
	// Accuracy and F1 are dateline's; Library* are go-htmldate's.
	Accuracy        float64               `json:"accuracy"`
	F1              float64               `json:"f1"`
	LibraryAccuracy float64               `json:"library_accuracy"`
	LibraryF1       float64               `json:"library_f1"`
	Systems         []htmleval.DateResult `json:"systems"`
}

const mediacloudMetric = "htmldate evaluation: tp = same day as gold, fp = another day, fn = none but gold has one, tn = none and gold NaN; precision tp/(tp+fp), recall tp/(tp+fn), accuracy (tp+tn)/n, f1 2tp/(2tp+fp+fn)"

func runEvalMediaCloud(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error {
	pages, err := htmleval.LoadMediaCloud(opts.Dataset)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	res, err := htmleval.RunDates(ctx, pages, []htmleval.DateSystem{
		{Name: "dateline", Extract: htmleval.PipelineDate(webpage.New(webpage.Options{}))},
		{Name: "go-htmldate", Extract: htmleval.LibraryDate()},
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	rep := mediacloudReport{Dataset: opts.Dataset, Pages: len(pages), Metric: mediacloudMetric, Systems: res,
		Accuracy: res[0].Accuracy, F1: res[0].F1, LibraryAccuracy: res[1].Accuracy, LibraryF1: res[1].F1}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(rep)
	}
	fmt.Fprintf(stdout, "Publication dates, htmldate MediaCloud 2020 set, %d pages\n", rep.Pages)
	fmt.Fprintf(stdout, "%-12s %4s %4s %4s %4s %9s %9s %9s %9s %7s\n", "system", "tp", "fp", "tn", "fn", "precision", "recall", "accuracy", "f1", "refused")
	for _, r := range res {
		fmt.Fprintf(stdout, "%-12s %4d %4d %4d %4d %9.4f %9.4f %9.4f %9.4f %7d\n", r.Name, r.TP, r.FP, r.TN, r.FN, r.Precision, r.Recall, r.Accuracy, r.F1, r.Failed)
	}
	return nil
}
