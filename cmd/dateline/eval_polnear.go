package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/dateline-news/dateline/internal/polnear"
	"github.com/dateline-news/dateline/internal/quote"
)

// polnearEvaluator scores quote and speaker extraction on a PolNeAR split
// (a folder with text/ and attributions/).
func polnearEvaluator() evaluator {
	return evaluator{name: "polnear", detect: polnear.IsDataset, run: runEvalPolnear}
}

// polnearReport is the JSON printed by "dateline eval" on PolNeAR.
type polnearReport struct {
	Dataset     string `json:"dataset"`
	Articles    int    `json:"articles"`
	Annotations int    `json:"annotations"`
	Skipped     int    `json:"skipped_files"`
	// Policy says how articles with several annotators are counted.
	Policy string `json:"annotator_policy"`
	polnear.Scores
	// ByPublisher scores each publisher's articles alone (the publisher is
	// the file name's first part, "nyt" in "nyt_2016-04-18_...").
	ByPublisher []publisherScores `json:"by_publisher"`
}

// publisherScores are the scores of one publisher's articles.
type publisherScores struct {
	Publisher string `json:"publisher"`
	Articles  int    `json:"articles"`
	polnear.Scores
}

const polnearPolicy = "each article weighs 1: with k annotators, the counts against each annotation are added with weight 1/k"

func runEvalPolnear(ctx context.Context, opts evalOptions, stdout, stderr io.Writer) error {
	arts, errs := polnear.Load(ctx, opts.Dataset)
	for _, err := range errs {
		fmt.Fprintf(stderr, "dateline: eval: skipped: %v\n", err)
	}
	if len(arts) == 0 {
		return fmt.Errorf("eval: no usable PolNeAR article under %s", opts.Dataset)
	}
	if opts.Out != "" {
		if err := os.MkdirAll(opts.Out, 0o755); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type result struct {
		scores polnear.Scores
		err    error
	}
	results := make([]result, len(arts))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var x quote.Extractor
			for i := range jobs {
				results[i].scores, results[i].err = scorePolnearArticle(&x, arts[i], opts.Out)
			}
		}()
	}
feed:
	for i := range arts {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	rep := polnearReport{Dataset: opts.Dataset, Articles: len(arts), Skipped: len(errs), Policy: polnearPolicy}
	byPub := map[string]*publisherScores{}
	for i, a := range arts {
		if results[i].err != nil {
			return fmt.Errorf("eval: %s: %w", a.Name, results[i].err)
		}
		rep.Annotations += len(a.Annotations)
		rep.Scores.Add(results[i].scores, 1)
		pub, _, _ := strings.Cut(a.Name, "_")
		ps := byPub[pub]
		if ps == nil {
			ps = &publisherScores{Publisher: pub}
			byPub[pub] = ps
		}
		ps.Articles++
		ps.Scores.Add(results[i].scores, 1)
	}
	rep.Scores.Finish()
	for _, pub := range slices.Sorted(maps.Keys(byPub)) {
		ps := byPub[pub]
		ps.Scores.Finish()
		rep.ByPublisher = append(rep.ByPublisher, *ps)
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printPolnearTable(stdout, rep)
	}
	if len(errs) > 0 {
		return fmt.Errorf("eval: %d annotation file(s) skipped: %w", len(errs), errSkipped)
	}
	return nil
}

// scorePolnearArticle extracts the attributions of one article and scores
// them against each of its annotations, each weighted 1/k.
func scorePolnearArticle(x *quote.Extractor, a *polnear.Article, outDir string) (polnear.Scores, error) {
	atts := x.Extract(a.Text)
	pred := make([]polnear.Predicted, 0, len(atts))
	plain := make([]polnear.Attribution, 0, len(atts))
	for _, q := range atts {
		p := polnear.Predicted{Direct: q.Direct}
		for _, c := range q.Content {
			p.Content = append(p.Content, polnear.Span{Start: c.Start, End: c.End})
		}
		if q.Cue.Valid() {
			p.Cue = []polnear.Span{{Start: q.Cue.Start, End: q.Cue.End}}
		}
		if q.Source.Valid() {
			p.Source = []polnear.Span{{Start: q.Source.Start, End: q.Source.End}}
		}
		pred = append(pred, p)
		plain = append(plain, p.Attribution)
	}
	var total polnear.Scores
	w := 1 / float64(len(a.Annotations))
	for _, ann := range a.Annotations {
		total.Add(polnear.Score(a.Text, ann.Attributions, pred), w)
	}
	if outDir != "" {
		f, err := os.Create(filepath.Join(outDir, a.Name+".ann"))
		if err != nil {
			return total, err
		}
		if err := polnear.WriteStandoff(f, a.Text, plain); err != nil {
			f.Close()
			return total, err
		}
		if err := f.Close(); err != nil {
			return total, err
		}
	}
	return total, nil
}

func printPolnearTable(w io.Writer, rep polnearReport) {
	fmt.Fprintf(w, "PolNeAR %s: %d articles, %d annotations (%s)\n", rep.Dataset, rep.Articles, rep.Annotations, rep.Policy)
	fmt.Fprintf(w, "%-8s %-7s %-8s %6s %6s %6s %9s %9s\n", "subset", "span", "match", "P", "R", "F1", "predicted", "gold")
	for _, sub := range []struct {
		name string
		s    polnear.Subset
	}{{"direct", rep.Direct}, {"all", rep.All}} {
		for _, row := range []struct {
			span, match string
			m           polnear.PRF
		}{
			{"quote", "exact", sub.s.Quote.Exact},
			{"quote", "overlap", sub.s.Quote.Overlap},
			{"source", "exact", sub.s.Source.Exact},
			{"source", "overlap", sub.s.Source.Overlap},
		} {
			fmt.Fprintf(w, "%-8s %-7s %-8s %6.3f %6.3f %6.3f %9.1f %9.1f\n", sub.name, row.span, row.match, row.m.P, row.m.R, row.m.F1, row.m.Predicted, row.m.Gold)
		}
	}
	if len(rep.ByPublisher) > 1 {
		fmt.Fprintf(w, "\nby publisher (direct quotes, overlap F1)\n%-14s %8s %6s %6s\n", "publisher", "articles", "quote", "source")
		for _, ps := range rep.ByPublisher {
			fmt.Fprintf(w, "%-14s %8d %6.3f %6.3f\n", ps.Publisher, ps.Articles, ps.Direct.Quote.Overlap.F1, ps.Direct.Source.Overlap.F1)
		}
	}
}
