package tlsbench

import (
	"cmp"
	"context"
	"slices"

	"fmt"
	"github.com/dateline-news/dateline/internal/news"
	"math"
	"sync"

	"github.com/dateline-news/dateline/internal/learn"
	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Regularisation of the fitted models, on standardised features.
const (
	dateLambda     = 1.0
	sentenceLambda = 1.0
	termLambda     = 1.0
)

// maxPairsPerTask caps each task's pairwise examples so that tasks with
// many reference dates do not dominate the date model.
const maxPairsPerTask = 2000

// examples are the training examples of one task.
type examples struct {
	dateX, sentX [][]float64
	dateY, sentY []float64
	// sentDay numbers the reference date each sentence example belongs to.
	sentDay []int
	// termX and termY are the term examples: candidate terms of the
	// reference dates, labelled 1 when the date's reference uses them.
	termX [][]float64
	termY []float64
}

// taskExamples computes the examples of t under method m: every candidate
// day labelled 1 when it is a reference date, and every candidate sentence
// of each reference date labelled with its ROUGE-1 + ROUGE-2 F1 against
// that date's reference summary.
func taskExamples(m *timeline.Method, t *task, an *rouge.Analyzer) examples {
	var ex examples
	p := m.Prepare(t.topic.corpus, t.opts)
	days, X := p.DateFeatures()
	for i, d := range days {
		_, ok := t.ref[d]
		y := 0.0
		if ok {
			y = 1
		} else if m.GradedDates {
			for _, r := range t.ref.Dates() {
				if delta := abs(d.Ordinal() - r.Ordinal()); delta <= 3 {
					y = math.Max(y, 1/float64(delta+1))
				}
			}
		}
		ex.dateX = append(ex.dateX, X[i])
		ex.dateY = append(ex.dateY, y)
	}
	if m.FitTerms {
		ta := text.NewAnalyzer()
		for _, d := range t.ref.Dates() {
			var want []string
			for _, s := range t.ref[d] {
				want = ta.AppendTerms(want, s)
			}
			TX, in := p.TermFeatures(d, want)
			for i, x := range TX {
				y := 0.0
				if in[i] {
					y = 1
				}
				ex.termX = append(ex.termX, x)
				ex.termY = append(ex.termY, y)
			}
		}
	}
	if m.FitSentences {
		refDates := t.ref.Dates()
		profs := make([]*rouge.Profile, len(refDates))
		for i, r := range refDates {
			profs[i] = an.Profile(t.ref[r]...)
		}
		for di, d := range sentenceDays(days, X, refDates, t.opts.Dates) {
			texts, SX := p.SentenceFeatures(d)
			for i, s := range texts {
				sp := an.Profile(s)
				var y float64
				for ri, r := range refDates {
					delta := d.Ordinal() - r.Ordinal()
					if delta < -maxLabelDelta || delta > maxLabelDelta {
						continue
					}
					c := rouge.Count(sp, profs[ri])
					w := 1 / float64(abs(delta)+1)
					y = math.Max(y, w*(shareF(c.Rouge1, t.opts.Sentences)+shareF(c.Rouge2, t.opts.Sentences)))
				}
				ex.sentX = append(ex.sentX, SX[i])
				ex.sentY = append(ex.sentY, y)
				ex.sentDay = append(ex.sentDay, di)
			}
		}
	}
	return ex
}

// shareF is the F1 of one of k summary sentences against its share (1/k)
// of the reference summary.
func shareF(c rouge.NCounts, k int) float64 {
	if c.Hit == 0 {
		return 0
	}
	p := float64(c.Hit) / float64(c.Peer)
	r := math.Min(1, float64(c.Hit)*float64(k)/float64(c.Model))
	return 2 * p * r / (p + r)
}

func fscore(c rouge.NCounts) float64 {
	if c.Hit == 0 {
		return 0
	}
	p := float64(c.Hit) / float64(c.Peer)
	r := float64(c.Hit) / float64(c.Model)
	return 2 * p * r / (p + r)
}

// Fit fits m's date and sentence models on the examples of the given
// tasks and returns a copy of m using them.
func fit(m *timeline.Method, exs []examples) (*timeline.Method, error) {
	var dX, sX [][]float64
	var dY, sY []float64
	for _, ex := range exs {
		dX, dY = append(dX, ex.dateX...), append(dY, ex.dateY...)
		sX, sY = append(sX, ex.sentX...), append(sY, ex.sentY...)
	}
	out := *m
	if m.FitDates {
		var pX [][]float64
		var pY []float64
		for _, ex := range exs {
			x, y := pairs(ex.dateX, ex.dateY, 40)
			if len(x) > maxPairsPerTask {
				step := len(x) / maxPairsPerTask
				var sx [][]float64
				var sy []float64
				for i := 0; i < len(x); i += 2 * step {
					sx, sy = append(sx, x[i], x[i+1]), append(sy, y[i], y[i+1])
				}
				x, y = sx, sy
			}
			if m.DateFeatureMask != nil {
				for _, v := range x {
					for k := range v {
						if !m.DateFeatureMask[k] {
							v[k] = 0
						}
					}
				}
			}
			pX, pY = append(pX, x...), append(pY, y...)
		}
		dm, err := learn.Logistic(pX, pY, dateLambda)
		if err != nil {
			return nil, fmt.Errorf("fitting the date model: %w", err)
		}
		out.DateModel = &timeline.LinearModel{Features: timeline.DateFeatureNames, Weights: dm.Weights, Bias: dm.Bias}
	}
	if m.FitTerms {
		var tX [][]float64
		var tY []float64
		for _, ex := range exs {
			tX, tY = append(tX, ex.termX...), append(tY, ex.termY...)
		}
		tm, err := learn.Logistic(tX, tY, termLambda)
		if err != nil {
			return nil, fmt.Errorf("fitting the term model: %w", err)
		}
		out.TermModel = &timeline.LinearModel{Features: timeline.TermFeatureNames, Weights: tm.Weights, Bias: tm.Bias}
	}
	if m.FitSentences {
		var pX [][]float64
		var pY []float64
		for _, ex := range exs {
			x, y := sentencePairs(ex, maxSentencePairsPerDay)
			pX, pY = append(pX, x...), append(pY, y...)
		}
		sm, err := learn.Logistic(pX, pY, sentenceLambda)
		if err != nil {
			return nil, fmt.Errorf("fitting the sentence model: %w", err)
		}
		out.SentenceModel = &timeline.LinearModel{Features: timeline.SentenceFeatureNames, Weights: sm.Weights, Bias: sm.Bias}
	}
	return &out, nil
}

// leaveOneTopicOut returns, for each topic, m fit on the tasks of every
// other topic.
func leaveOneTopicOut(ctx context.Context, m *timeline.Method, topics []*topicData, tasks []*task, workers int) (map[*topicData]*timeline.Method, error) {
	exs := make([]examples, len(tasks))
	an := rouge.NewAnalyzer()
	if err := parallel(ctx, workers, len(tasks), func(i int) error {
		exs[i] = taskExamples(m, tasks[i], an)
		return nil
	}); err != nil {
		return nil, err
	}
	out := make(map[*topicData]*timeline.Method, len(topics))
	var mu sync.Mutex
	err := parallel(ctx, workers, len(topics), func(i int) error {
		var train []examples
		for j, t := range tasks {
			if t.topic != topics[i] {
				train = append(train, exs[j])
			}
		}
		fm, err := fit(m, train)
		if err != nil {
			return fmt.Errorf("topic %s: %w", topics[i].t.Name, err)
		}
		mu.Lock()
		out[topics[i]] = fm
		mu.Unlock()
		return nil
	})
	return out, err
}

// pairs turns one task's labelled days into pairwise ranking examples: for
// each positive day and up to maxNeg negative days (evenly spaced through
// the list, deterministic), the feature difference labelled 1 and its
// negation labelled 0.
func pairs(X [][]float64, y []float64, maxNeg int) ([][]float64, []float64) {
	var pos, neg []int
	for i, v := range y {
		if v > 0 {
			pos = append(pos, i)
		} else {
			neg = append(neg, i)
		}
	}
	if graded(y) {
		return gradedPairs(X, y, maxNeg)
	}
	step := 1
	if len(neg) > maxNeg {
		step = len(neg) / maxNeg
	}
	var pX [][]float64
	var pY []float64
	for pi, p := range pos {
		for j := pi % step; j < len(neg); j += step {
			n := neg[j]
			d := make([]float64, len(X[p]))
			e := make([]float64, len(X[p]))
			for k := range d {
				d[k] = X[p][k] - X[n][k]
				e[k] = -d[k]
			}
			pX = append(pX, d, e)
			pY = append(pY, 1, 0)
		}
	}
	return pX, pY
}

// maxSentencePairsPerDay caps the pairwise examples of one reference date.
const maxSentencePairsPerDay = 200

// sentencePairs turns one task's labelled candidate sentences into pairwise
// ranking examples within each reference date: for pairs of candidates of
// the same date with different labels, the feature difference labelled 1
// when the first is better, and its negation with the opposite label.
// A date's pairs are thinned evenly to at most maxPairs.
func sentencePairs(ex examples, maxPairs int) ([][]float64, []float64) {
	var pX [][]float64
	var pY []float64
	for lo := 0; lo < len(ex.sentDay); {
		hi := lo
		for hi < len(ex.sentDay) && ex.sentDay[hi] == ex.sentDay[lo] {
			hi++
		}
		n := hi - lo
		step := max(1, n*(n-1)/2/maxPairs)
		c := 0
		for i := lo; i < hi; i++ {
			for j := i + 1; j < hi; j++ {
				if ex.sentY[i] == ex.sentY[j] {
					continue
				}
				if c++; c%step != 0 {
					continue
				}
				d := make([]float64, len(ex.sentX[i]))
				e := make([]float64, len(d))
				for k := range d {
					d[k] = ex.sentX[i][k] - ex.sentX[j][k]
					e[k] = -d[k]
				}
				lab := 0.0
				if ex.sentY[i] > ex.sentY[j] {
					lab = 1
				}
				pX, pY = append(pX, d, e), append(pY, lab, 1-lab)
			}
		}
		lo = hi
	}
	return pX, pY
}

// maxLabelDelta is how far (days) a reference date may be from a candidate
// day and still label its sentences.
const maxLabelDelta = 3

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sentenceDays returns the days whose candidate sentences become training
// examples: the reference dates and the top 1.5·l candidate days by
// mention_docs (a fixed, unfitted ranking), as the method will summarise
// both reference days and days near them.
func sentenceDays(days []news.Date, X [][]float64, refDates []news.Date, l int) []news.Date {
	j := slices.Index(timeline.DateFeatureNames, "mention_docs")
	idx := make([]int, len(days))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(X[b][j], X[a][j]) })
	out := slices.Clone(refDates)
	for _, i := range idx[:min(len(idx), l*3/2)] {
		if !slices.Contains(out, days[i]) {
			out = append(out, days[i])
		}
	}
	return out
}

func graded(y []float64) bool {
	for _, v := range y {
		if v > 0 && v < 1 {
			return true
		}
	}
	return false
}

// gradedPairs: for each day with y > 0, up to maxNeg days with a lower y.
func gradedPairs(X [][]float64, y []float64, maxNeg int) ([][]float64, []float64) {
	var pX [][]float64
	var pY []float64
	for i := range y {
		if y[i] == 0 {
			continue
		}
		var lower []int
		for j := range y {
			if y[j] < y[i] {
				lower = append(lower, j)
			}
		}
		step := max(1, len(lower)/maxNeg)
		for k := i % step; k < len(lower); k += step {
			j := lower[k]
			d := make([]float64, len(X[i]))
			e := make([]float64, len(X[i]))
			for f := range d {
				d[f] = X[i][f] - X[j][f]
				e[f] = -d[f]
			}
			pX = append(pX, d, e)
			pY = append(pY, 1, 0)
		}
	}
	return pX, pY
}
