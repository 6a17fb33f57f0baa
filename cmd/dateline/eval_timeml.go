package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/timeml"
)

// timemlEvaluator scores dateline's temporal tagger on a folder of TimeML
// files (TempEval-3 Task A: te3-platinum, TBAQ-cleaned).
func timemlEvaluator() evaluator {
	return evaluator{name: "timeml", detect: timeml.IsDataset, run: runEvalTimeML}
}

// timemlReport is the JSON printed by "dateline eval" on a TimeML folder.
// Every score is a fraction in [0, 1] (see Units).
type timemlReport struct {
	Dataset   string `json:"dataset"`
	Task      string `json:"task"`
	Units     string `json:"units"`
	Documents int    `json:"documents"`
	Gold      int    `json:"gold"`
	Predicted int    `json:"predicted"`
	Skipped   int    `json:"skipped_files"`
	timeml.Scores
	Counts timeml.Counts `json:"counts"`
	// ValueF1 states how the value F1 is computed.
	ValueF1 string `json:"value_f1_definition"`
}

func runEvalTimeML(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error {
	files, err := timeml.Files(opts.Dataset)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("eval: no .tml file under %s", opts.Dataset)
	}
	res, err := timeml.Evaluate(ctx, files, temporal.New(temporal.Options{}), opts.Workers)
	if err != nil {
		return err
	}
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "dateline: eval: skipped: %v\n", e)
	}
	if len(res.Docs) == 0 {
		return fmt.Errorf("eval: no readable TimeML document under %s", opts.Dataset)
	}
	if opts.Out != "" {
		if err := writeTimeMLRuns(opts.Out, opts.Dataset, res.Docs); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	rep := timemlReport{
		Dataset: opts.Dataset, Task: "TempEval-3 Task A (timex extraction and normalisation)",
		Units:     "fractions in [0,1]",
		Documents: res.Counts.Documents, Gold: res.Counts.Gold, Predicted: res.Counts.Predicted,
		Skipped: len(res.Errors), Scores: res.Scores, Counts: res.Counts,
		ValueF1: "relaxed extent F1 x value accuracy over relaxed matches (TempEval-3 overview, sec. 4.1)",
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printTimeMLTable(stdout, rep)
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("eval: %d TimeML file(s) skipped: %w", len(res.Errors), errSkipped)
	}
	return nil
}

// writeTimeMLRuns writes each document with the predicted TIMEX3 tags to
// out, mirroring the dataset's folder layout.
func writeTimeMLRuns(out, dataset string, docs []timeml.DocResult) error {
	for _, d := range docs {
		rel, err := filepath.Rel(dataset, d.Path)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel = filepath.Base(d.Path)
		}
		p := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		if err := timeml.WriteAnnotated(f, d.Doc, d.Predicted); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

func printTimeMLTable(w io.Writer, rep timemlReport) {
	s := rep.Scores
	fmt.Fprintf(w, "TempEval-3 Task A on %s: %d documents, %d gold TIMEX3, %d predicted\n",
		rep.Dataset, rep.Documents, rep.Gold, rep.Predicted)
	fmt.Fprintf(w, "%-16s %7s %7s %7s\n", "measure", "P", "R", "F1")
	fmt.Fprintf(w, "%-16s %7.2f %7.2f %7.2f\n", "strict extent", 100*s.Strict.P, 100*s.Strict.R, 100*s.Strict.F1)
	fmt.Fprintf(w, "%-16s %7.2f %7.2f %7.2f\n", "relaxed extent", 100*s.Relaxed.P, 100*s.Relaxed.R, 100*s.Relaxed.F1)
	fmt.Fprintf(w, "%-16s %7s %7s %7.2f   (accuracy %.2f)\n", "value", "", "", 100*s.Value.F1, 100*s.Value.Accuracy)
	fmt.Fprintf(w, "%-16s %7s %7s %7.2f   (accuracy %.2f)\n", "type", "", "", 100*s.Type.F1, 100*s.Type.Accuracy)
	fmt.Fprintln(w, "(percent; value/type F1 = relaxed F1 x accuracy over relaxed matches)")
}
