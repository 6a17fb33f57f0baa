package timeml

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/temporal"
)

// Tagger finds and normalises the time expressions of one sentence against
// a reference date; *temporal.Tagger satisfies it.
type Tagger interface {
	Tag(text string, ref news.Date) []news.Mention
}

// DocResult is the outcome for one document.
type DocResult struct {
	Path   string
	Doc    *Document
	Counts Counts
	// Predicted are the tagger's mentions with offsets into Doc.Text.
	Predicted []news.Mention
}

// Result is the outcome of [Evaluate].
type Result struct {
	Counts Counts
	Scores Scores
	Docs   []DocResult
	// Errors holds one error per file that could not be read; those files
	// are not counted.
	Errors []error
}

// Files returns the .tml files under dir (at any depth), sorted.
func Files(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".tml") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeml: listing %s: %w", dir, err)
	}
	slices.Sort(out)
	return out, nil
}

// Evaluate reads each file, tags its sentences with tg against the
// document's creation date and scores the result. workers ≤ 0 means one per
// CPU. A file that cannot be read is recorded in Result.Errors and skipped;
// Evaluate itself fails only when ctx is cancelled.
func Evaluate(ctx context.Context, files []string, tg Tagger, workers int) (Result, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	docs := make([]DocResult, len(files))
	errs := make([]error, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(1, len(files))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				doc, err := ReadFile(files[i])
				if err != nil {
					errs[i] = err
					continue
				}
				pred := TagDocument(doc, tg)
				docs[i] = DocResult{Path: files[i], Doc: doc, Predicted: pred,
					Counts: Score(doc.Text, goldSpans(doc), predSpans(pred))}
			}
		}()
	}
	var cancelled error
feed:
	for i := range files {
		select {
		case jobs <- i:
		case <-ctx.Done():
			cancelled = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if cancelled == nil {
		cancelled = ctx.Err() // a ready worker may have won every select
	}
	if cancelled != nil {
		return Result{}, cancelled
	}
	var res Result
	for i := range files {
		if errs[i] != nil {
			res.Errors = append(res.Errors, errs[i])
			continue
		}
		res.Docs = append(res.Docs, docs[i])
		res.Counts = res.Counts.Add(docs[i].Counts)
	}
	res.Scores = res.Counts.Scores()
	return res, nil
}

// AnchoredTagger is a Tagger that reads a sentence as part of a running
// text, anaphoric expressions counting from anchor, the day the text named
// last (temporal.Tagger is one).
type AnchoredTagger interface {
	Tagger
	TagAnchored(text string, ref, anchor news.Date) []news.Mention
}

// TagDocument tags every sentence of doc.Text against doc.DCT and returns
// the mentions with offsets into doc.Text.
func TagDocument(doc *Document, tg Tagger) []news.Mention {
	var out []news.Mention
	at, anchored := tg.(AnchoredTagger)
	var anchor news.Date
	for _, s := range Sentences(doc.Text) {
		var ms []news.Mention
		if anchored {
			ms = at.TagAnchored(doc.Text[s[0]:s[1]], doc.DCT, anchor)
			anchor = temporal.Anchor(ms, anchor)
		} else {
			ms = tg.Tag(doc.Text[s[0]:s[1]], doc.DCT)
		}
		for _, m := range ms {
			m.Start += s[0]
			m.End += s[0]
			out = append(out, m)
		}
	}
	return out
}

func goldSpans(doc *Document) []Span {
	out := make([]Span, len(doc.Timexes))
	for i, t := range doc.Timexes {
		out[i] = Span{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value}
	}
	return out
}

func predSpans(ms []news.Mention) []Span {
	out := make([]Span, len(ms))
	for i, m := range ms {
		out[i] = Span{Start: m.Start, End: m.End, Type: string(m.Type), Value: m.Value}
	}
	return out
}

// IsDataset reports whether dir holds TimeML files, directly or in
// subfolders up to two levels down (TBAQ-cleaned/TimeBank/*.tml).
func IsDataset(dir string) bool {
	found := false
	root := filepath.Clean(dir)
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || found {
			return fs.SkipAll
		}
		if d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			if rel != "." && strings.Count(rel, string(filepath.Separator)) >= 2 {
				return fs.SkipDir
			}
			return nil
		}
		if strings.EqualFold(filepath.Ext(p), ".tml") {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}
