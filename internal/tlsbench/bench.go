package tlsbench

import (
	"context"
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/quote"
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
	// NestedSelection: a method that fits a date model does not use its
	// DateFeatureMask; for each held-out topic its date model is fit over
	// every date feature with the L2 penalty chosen from a fixed grid by
	// leave-one-topic-out on the other topics only.
	NestedSelection bool

	// selection is the nested protocol (zero: the default, see
	// defaultSelection); set by tests that compare protocols.
	selection selection
	// dropRate, when positive, drops each article with this probability,
	// decided by a hash of dropSeed and the article's ID: a perturbation
	// for measuring how steady the figures are (tests only).
	dropRate float64
	dropSeed uint64
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
	// Sentences is the number of sentences predicted; Dangling how many of
	// them open with an unresolved pronoun or connective and no speaker.
	Sentences int `json:"sentences"`
	Dangling  int `json:"dangling_openings"`
}

// Seconds is where the time went.
type Seconds struct {
	Load     float64 `json:"load"`
	Predict  float64 `json:"predict"`
	Evaluate float64 `json:"evaluate"`
}

// Report is the result of [Run].
type Report struct {
	Dataset string `json:"dataset"`
	Method  string `json:"method"`
	// Fit says how learned models were fit: "leave-one-topic-out", or
	// empty when the method's shipped models were used.
	Fit     string       `json:"fit,omitempty"`
	PadDays int          `json:"pad_days"`
	Tasks   []TaskResult `json:"tasks"`
	Mean    Scores       `json:"mean"`
	// Sentences and Dangling total the tasks' counts.
	Sentences int     `json:"sentences"`
	Dangling  int     `json:"dangling_openings"`
	Seconds   Seconds `json:"seconds"`
	// Documents is the reading summary ("read N documents: ...").
	Documents string `json:"documents"`
	// Skipped counts unusable input documents; their errors went to
	// Progress.
	Skipped int `json:"skipped"`
	// Warnings are problems found in the reference files.
	Warnings []string `json:"warnings,omitempty"`
	// DateFeatures are the date features chosen per held-out topic when
	// Options.NestedSelection is set.
	DateFeatures []FeatureSelection `json:"date_features,omitempty"`
}

// task is one reference timeline of a topic, ready to predict.
type task struct {
	topic *topicData
	name  string
	ref   tlseval.Timeline
	opts  timeline.Options
	res   TaskResult // identity fields only; scores are filled per run
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

// Bench is a dataset loaded, annotated and indexed, ready to run methods
// on. A Bench is safe for concurrent use by several Evaluate calls.
type Bench struct {
	dir      string
	pad      int
	nested   bool
	sel      selection
	workers  int
	progress io.Writer
	topics   []*topicData
	tasks    []*task
	load     time.Duration // reading the dataset
	prepare  time.Duration // annotating and indexing
	docs     string
	skipped  int
	warnings []string
}

// Load reads the dataset in dir and the reference timelines, annotates the
// articles and indexes each topic.
func Load(ctx context.Context, dir string, opts Options) (*Bench, error) {
	b := &Bench{dir: dir, pad: opts.PadDays, nested: opts.NestedSelection, sel: opts.selection, workers: opts.Workers, progress: opts.Progress}
	if b.progress == nil {
		b.progress = io.Discard
	} else {
		// Tasks are predicted and fit in parallel: one line per write,
		// never two writes at once.
		b.progress = &syncWriter{w: b.progress}
	}
	if b.workers <= 0 {
		b.workers = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	fmt.Fprintf(b.progress, "loading %s\n", dir)
	ds, err := corpus.LoadDataset(ctx, dir, corpus.Options{Workers: b.workers})
	if err != nil {
		return nil, err
	}
	tally := ds.Tally()
	b.docs = tally.String()
	b.skipped = tally.SkippedTotal()
	for _, tp := range ds.Topics {
		for _, de := range tp.Skipped {
			fmt.Fprintln(b.progress, de)
		}
	}
	if opts.dropRate > 0 {
		for _, tp := range ds.Topics {
			tp.Articles = slices.DeleteFunc(tp.Articles, func(a *news.Article) bool {
				return dropped(opts.dropSeed, a.ID, opts.dropRate)
			})
		}
	}
	for _, tp := range ds.Topics {
		td := &topicData{t: tp}
		b.topics = append(b.topics, td)
		for _, ref := range tp.References {
			tls, warns, err := tlseval.ReadFile(ref.Path)
			for _, w := range warns {
				b.warnings = append(b.warnings, w.Error())
			}
			if err != nil {
				return nil, fmt.Errorf("reference %s: %w", ref.Name, err)
			}
			for i, tl := range tls {
				name := ref.Name
				if len(tls) > 1 {
					name = fmt.Sprintf("%s#%d", ref.Name, i+1)
				}
				b.tasks = append(b.tasks, newTask(td, name, tl, opts.PadDays))
			}
		}
	}
	b.load = time.Since(start)
	fmt.Fprintf(b.progress, "%s; %d topics, %d tasks (%.1fs)\n", b.docs, len(b.topics), len(b.tasks), b.load.Seconds())

	start = time.Now()
	an := &annotate.Annotator{Tagger: temporal.New(temporal.Options{}), Splitter: annotate.SplitFunc(text.Sentences), Quotes: annotate.QuoteFunc(quote.Annotate)}
	for _, td := range b.topics {
		if err := an.All(ctx, td.t.Articles, b.workers); err != nil {
			return nil, err
		}
	}
	if err := parallel(ctx, b.workers, len(b.topics), func(i int) error {
		b.topics[i].corpus = timeline.NewCorpus(b.topics[i].t.Articles, text.NewAnalyzer())
		return nil
	}); err != nil {
		return nil, err
	}
	b.prepare = time.Since(start)
	fmt.Fprintf(b.progress, "annotated and indexed (%.1fs)\n", b.prepare.Seconds())
	return b, nil
}

// Run runs the benchmark with the method named opts.Method on the dataset
// in dir.
func Run(ctx context.Context, dir string, opts Options) (*Report, error) {
	method, err := timeline.MethodByName(opts.Method)
	if err != nil {
		return nil, err
	}
	if opts.NestedSelection && !(method.Learned && method.FitDates) {
		return nil, fmt.Errorf("nested feature selection: method %s fits no date model", method.Name)
	}
	b, err := Load(ctx, dir, opts)
	if err != nil {
		return nil, err
	}
	return b.Evaluate(ctx, method, opts.Out)
}

// Evaluate predicts every task with method m and scores the predictions.
// A learned method is refit leave-one-topic-out first (its date features
// chosen within each fold when the Bench was loaded with
// Options.NestedSelection). When out is not
// empty, each prediction is written there in the tilse text format.
// The report's load time is the dataset's; its predict time includes
// annotation, indexing, fitting and prediction.
func (b *Bench) Evaluate(ctx context.Context, method *timeline.Method, out string) (*Report, error) {
	rep := &Report{Dataset: b.dir, Method: method.Name, PadDays: b.pad, Documents: b.docs,
		Skipped: b.skipped, Warnings: b.warnings}
	rep.Seconds.Load = b.load.Seconds()
	start := time.Now()
	preds := make([]*timeline.Timeline, len(b.tasks))
	methods := map[*topicData]*timeline.Method{}
	if method.Learned && len(b.topics) > 1 {
		sel := selNone
		if b.nested && method.FitDates {
			sel = b.sel
			if sel == selNone {
				sel = defaultSelection
			}
		}
		nested := sel != selNone
		var sels map[*topicData]FeatureSelection
		var err error
		if methods, sels, err = leaveOneTopicOut(ctx, method, b.topics, b.tasks, b.workers, sel); err != nil {
			return nil, err
		}
		rep.Fit = "leave-one-topic-out"
		if nested {
			rep.Fit = fmt.Sprintf("leave-one-topic-out, date features and penalty chosen in each fold (%s)", sel)
		}
		fmt.Fprintf(b.progress, "fit %d leave-one-topic-out models (%.1fs)\n", len(methods), time.Since(start).Seconds())
		if method.FitTopicWeight {
			for _, td := range b.topics {
				fmt.Fprintf(b.progress, "  held out %s: topic weight %.2f\n", td.t.Name, methods[td].TopicWeight)
			}
		}
		for _, td := range b.topics {
			if s, ok := sels[td]; ok {
				rep.DateFeatures = append(rep.DateFeatures, s)
				feats := strings.Join(s.Features, ",")
				if len(s.Features) == len(timeline.DateFeatureNames) {
					feats = "all"
				}
				fmt.Fprintf(b.progress, "  held out %s: date features %s (%s; inner date F %.4f)\n", td.t.Name, feats, s.How, s.InnerDateF)
			}
		}
	}
	if err := parallel(ctx, b.workers, len(b.tasks), func(i int) error {
		t := b.tasks[i]
		m := method
		if fm, ok := methods[t.topic]; ok {
			m = fm
		}
		pred, err := timeline.Build(ctx, t.topic.corpus, m, t.opts)
		if err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		preds[i] = pred
		fmt.Fprintf(b.progress, "predicted %s (L=%d k=%d)\n", t.name, t.opts.Dates, t.opts.Sentences)
		return nil
	}); err != nil {
		return nil, err
	}
	rep.Seconds.Predict = (b.prepare + time.Since(start)).Seconds()

	start = time.Now()
	results := make([]TaskResult, len(b.tasks))
	if err := parallel(ctx, b.workers, len(b.tasks), func(i int) error {
		t := b.tasks[i]
		ref := tlseval.PrepareReference(t.ref)
		r, d := ref.AlignPlusM1(Prediction(preds[i]))
		res := t.res
		res.AR1, res.AR2, res.Date = fromTLS(r.Rouge1), fromTLS(r.Rouge2), fromTLS(d)
		for _, e := range preds[i].Dates {
			for _, it := range e.Summary {
				res.Sentences++
				if it.Speaker == "" && timeline.DanglingOpening(it.Text) {
					res.Dangling++
				}
			}
		}
		results[i] = res
		return nil
	}); err != nil {
		return nil, err
	}
	rep.Seconds.Evaluate = time.Since(start).Seconds()
	rep.Tasks = results
	rep.Mean = Mean(rep.Tasks)
	for _, r := range results {
		rep.Sentences += r.Sentences
		rep.Dangling += r.Dangling
	}
	if out != "" {
		if err := writeOut(out, b.tasks, preds); err != nil {
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
		texts := make([]string, 0, len(e.Summary))
		for _, it := range e.Summary {
			texts = append(texts, it.Text)
		}
		out[e.Date] = texts
	}
	return out
}

// syncWriter serialises the writes of parallel workers to w.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
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

func writeOut(dir string, tasks []*task, preds []*timeline.Timeline) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, t := range tasks {
		name := strings.NewReplacer("/", "__", "#", "_").Replace(t.name)
		if !strings.HasSuffix(name, ".txt") {
			name += ".txt"
		}
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		err = tlseval.WriteText(f, Prediction(preds[i]))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}
