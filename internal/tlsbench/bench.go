package tlsbench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
	"github.com/dateline-news/dateline/internal/tlseval"
)

// Options configure [Run].
type Options struct {
	// Method names the timeline method ("" for the default).
	Method string
	// PadDays widens each reference's span on both sides.
	PadDays int
	// Out, when set, is a folder that receives each predicted timeline in
	// the tilse text format.
	Out string
	// Workers bounds parallelism; 0 means one per CPU.
	Workers int
	// Progress receives one line per step; nil discards it.
	Progress io.Writer
}

// PRF is a precision, recall and F-score triple.
type PRF struct {
	P float64 `json:"p"`
	R float64 `json:"r"`
	F float64 `json:"f"`
}

// Scores are the three figures the literature reports.
type Scores struct {
	AR1  PRF `json:"ar1"`
	AR2  PRF `json:"ar2"`
	Date PRF `json:"date"`
}

// TaskResult is the outcome of one (topic, reference timeline) task.
type TaskResult struct {
	Topic    string `json:"topic"`
	Timeline string `json:"timeline"`
	Dates    int    `json:"l"`
	K        int    `json:"k"`
	Scores
}

// Seconds is where the time went.
type Seconds struct {
	Load     float64 `json:"load"`
	Predict  float64 `json:"predict"`
	Evaluate float64 `json:"evaluate"`
}

// Report is the result of [Run].
type Report struct {
	Dataset string       `json:"dataset"`
	Method  string       `json:"method"`
	PadDays int          `json:"pad_days"`
	Tasks   []TaskResult `json:"tasks"`
	Mean    Scores       `json:"mean"`
	Seconds Seconds      `json:"seconds"`
	// Documents is the reading summary ("read N documents: ...").
	Documents string `json:"documents"`
	// Skipped counts unusable input documents; their errors went to
	// Progress.
	Skipped int `json:"skipped"`
	// Warnings are problems found in the reference files.
	Warnings []string `json:"warnings,omitempty"`
}

// task is one reference timeline of a topic, ready to predict.
type task struct {
	topic *topicData
	name  string
	ref   tlseval.Timeline
	opts  timeline.Options
	pred  *timeline.Timeline
	res   TaskResult
}

type topicData struct {
	t      *corpus.Topic
	corpus *timeline.Corpus
}

// Detect reports whether dir holds a benchmark dataset Run can read.
func Detect(dir string) bool {
	_, ok := corpus.DetectDataset(dir)
	return ok
}

// Run runs the benchmark on the dataset in dir.
func Run(ctx context.Context, dir string, opts Options) (*Report, error) {
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	method, err := timeline.MethodByName(opts.Method)
	if err != nil {
		return nil, err
	}
	rep := &Report{Dataset: dir, Method: method.Name, PadDays: opts.PadDays}

	start := time.Now()
	fmt.Fprintf(progress, "loading %s\n", dir)
	ds, err := corpus.LoadDataset(ctx, dir, corpus.Options{Workers: workers})
	if err != nil {
		return nil, err
	}
	tally := ds.Tally()
	rep.Documents = tally.String()
	rep.Skipped = tally.SkippedTotal()
	for _, tp := range ds.Topics {
		for _, de := range tp.Skipped {
			fmt.Fprintln(progress, de)
		}
	}
	var tasks []*task
	var topics []*topicData
	for _, tp := range ds.Topics {
		td := &topicData{t: tp}
		topics = append(topics, td)
		for _, ref := range tp.References {
			tls, warns, err := tlseval.ReadFile(ref.Path)
			for _, w := range warns {
				rep.Warnings = append(rep.Warnings, w.Error())
			}
			if err != nil {
				return nil, fmt.Errorf("reference %s: %w", ref.Name, err)
			}
			for i, tl := range tls {
				name := ref.Name
				if len(tls) > 1 {
					name = fmt.Sprintf("%s#%d", ref.Name, i+1)
				}
				tasks = append(tasks, newTask(td, name, tl, opts.PadDays))
			}
		}
	}
	rep.Seconds.Load = time.Since(start).Seconds()
	fmt.Fprintf(progress, "%s; %d topics, %d tasks (%.1fs)\n", rep.Documents, len(topics), len(tasks), rep.Seconds.Load)

	start = time.Now()
	tagger := temporal.New(temporal.Options{})
	an := &annotate.Annotator{Tagger: tagger, Splitter: annotate.SplitFunc(text.Sentences)}
	for _, td := range topics {
		if err := an.All(ctx, td.t.Articles, workers); err != nil {
			return nil, err
		}
	}
	if err := parallel(ctx, workers, len(topics), func(i int) error {
		topics[i].corpus = timeline.NewCorpus(topics[i].t.Articles, text.NewAnalyzer())
		return nil
	}); err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "annotated and indexed (%.1fs)\n", time.Since(start).Seconds())
	if err := parallel(ctx, workers, len(tasks), func(i int) error {
		t := tasks[i]
		pred, err := timeline.Build(ctx, t.topic.corpus, method, t.opts)
		if err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		t.pred = pred
		fmt.Fprintf(progress, "predicted %s (L=%d k=%d)\n", t.name, t.opts.Dates, t.opts.Sentences)
		return nil
	}); err != nil {
		return nil, err
	}
	rep.Seconds.Predict = time.Since(start).Seconds()

	start = time.Now()
	if err := parallel(ctx, workers, len(tasks), func(i int) error {
		t := tasks[i]
		ref := tlseval.PrepareReference(t.ref)
		r, d := ref.AlignPlusM1(Prediction(t.pred))
		t.res.AR1 = fromTLS(r.Rouge1)
		t.res.AR2 = fromTLS(r.Rouge2)
		t.res.Date = fromTLS(d)
		return nil
	}); err != nil {
		return nil, err
	}
	rep.Seconds.Evaluate = time.Since(start).Seconds()

	for _, t := range tasks {
		rep.Tasks = append(rep.Tasks, t.res)
	}
	rep.Mean = Mean(rep.Tasks)
	if opts.Out != "" {
		if err := writeOut(opts.Out, tasks); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

func newTask(td *topicData, name string, ref tlseval.Timeline, pad int) *task {
	dates := ref.Dates()
	l := len(dates)
	k := roundHalfEven(float64(ref.Sentences()) / float64(max(l, 1)))
	from, to := news.Date{}, news.Date{}
	if l > 0 {
		from, to = dates[0].AddDays(-pad), dates[l-1].AddDays(pad)
	}
	t := &task{topic: td, name: name, ref: ref}
	t.opts = timeline.Options{Keywords: slices.Clone(td.t.Keywords), Query: strings.Join(td.t.Keywords, " "),
		Dates: l, Sentences: max(k, 1), From: from, To: to}
	t.res = TaskResult{Topic: td.t.Name, Timeline: name, Dates: l, K: max(k, 1)}
	return t
}

// Prediction converts a timeline to the form tlseval scores.
func Prediction(tl *timeline.Timeline) tlseval.Timeline {
	out := make(tlseval.Timeline, len(tl.Dates))
	for _, e := range tl.Dates {
		for _, it := range e.Summary {
			out[e.Date] = append(out[e.Date], it.Text)
		}
	}
	return out
}

// roundHalfEven rounds as Python 3's round does.
func roundHalfEven(x float64) int { return int(math.RoundToEven(x)) }

func fromTLS(p tlseval.PRF) PRF { return PRF{P: p.Precision, R: p.Recall, F: p.F} }

// Mean returns the macro average: mean P and mean R over tasks, F from
// those means.
func Mean(tasks []TaskResult) Scores {
	var s Scores
	if len(tasks) == 0 {
		return s
	}
	n := float64(len(tasks))
	for _, t := range tasks {
		s.AR1.P += t.AR1.P / n
		s.AR1.R += t.AR1.R / n
		s.AR2.P += t.AR2.P / n
		s.AR2.R += t.AR2.R / n
		s.Date.P += t.Date.P / n
		s.Date.R += t.Date.R / n
	}
	s.AR1.F, s.AR2.F, s.Date.F = f1(s.AR1), f1(s.AR2), f1(s.Date)
	return s
}

func f1(p PRF) float64 {
	if p.P+p.R == 0 {
		return 0
	}
	return 2 * p.P * p.R / (p.P + p.R)
}

// parallel runs fn(0..n-1) on up to workers goroutines and returns the
// first error.
func parallel(ctx context.Context, workers, n int, fn func(i int) error) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	next := make(chan int)
	for range min(workers, max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				if err := fn(i); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		})
	}
	for i := 0; i < n; i++ {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	return errors.Join(errs...)
}

func writeOut(dir string, tasks []*task) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, t := range tasks {
		name := strings.NewReplacer("/", "__", "#", "_").Replace(t.name)
		if !strings.HasSuffix(name, ".txt") {
			name += ".txt"
		}
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		err = tlseval.WriteText(f, Prediction(t.pred))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}
