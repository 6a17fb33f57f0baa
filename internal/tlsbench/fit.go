package tlsbench

import (
	"context"
	"fmt"
	"sync"

	"github.com/dateline-news/dateline/internal/learn"
	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/timeline"
	"github.com/dateline-news/dateline/internal/tlseval"
)

// Regularisation of the fitted models, on standardised features.
const (
	dateLambda     = 1.0
	sentenceLambda = 1.0
)

// maxPairsPerTask caps each task's pairwise examples so that tasks with
// many reference dates do not dominate the date model.
const maxPairsPerTask = 2000

// examples are the training examples of one task.
type examples struct {
	dateX, sentX [][]float64
	dateY, sentY []float64
	// hasSummary marks the candidate days (rows of dateX) that yield a
	// summary of one sentence; set only when asked for.
	hasSummary []bool
}

// taskExamples computes the examples of t under method m: every candidate
// day labelled 1 when it is a reference date, and every candidate sentence
// of each reference date labelled with its ROUGE-1 + ROUGE-2 F1 against
// that date's reference summary. withSummaries also fills hasSummary.
func taskExamples(m *timeline.Method, t *task, an *rouge.Analyzer, withSummaries bool) examples {
	var ex examples
	p := m.Prepare(t.topic.corpus, t.opts)
	days, X := p.DateFeatures()
	for i, d := range days {
		_, ok := t.ref[d]
		y := 0.0
		if ok {
			y = 1
		}
		ex.dateX = append(ex.dateX, X[i])
		ex.dateY = append(ex.dateY, y)
		if withSummaries {
			ex.hasSummary = append(ex.hasSummary, len(p.Summary(d, 1)) > 0)
		}
	}
	for _, d := range t.ref.Dates() {
		if !m.FitSentences {
			break
		}
		refProf := an.Profile(t.ref[d]...)
		texts, SX := p.SentenceFeatures(d)
		for i, s := range texts {
			c := rouge.Count(an.Profile(s), refProf)
			ex.sentX = append(ex.sentX, SX[i])
			ex.sentY = append(ex.sentY, fscore(c.Rouge1)+fscore(c.Rouge2))
		}
	}
	return ex
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
	return fitLambda(m, exs, dateLambda)
}

// fitLambda is fit with the date model's penalty dateLam.
func fitLambda(m *timeline.Method, exs []examples, dateLam float64) (*timeline.Method, error) {
	var sX [][]float64
	var sY []float64
	for _, ex := range exs {
		sX, sY = append(sX, ex.sentX...), append(sY, ex.sentY...)
	}
	out := *m
	if m.FitDates {
		var pX [][]float64
		var pY []float64
		for _, ex := range exs {
			x, y := taskPairs(ex.dateX, ex.dateY)
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
		dm, err := learn.Logistic(pX, pY, dateLam)
		if err != nil {
			return nil, fmt.Errorf("fitting the date model: %w", err)
		}
		out.DateModel = &timeline.LinearModel{Features: timeline.DateFeatureNames, Weights: dm.Weights, Bias: dm.Bias}
	}
	if m.FitSentences {
		sm, err := learn.Ridge(sX, sY, sentenceLambda)
		if err != nil {
			return nil, fmt.Errorf("fitting the sentence model: %w", err)
		}
		out.SentenceModel = &timeline.LinearModel{Features: timeline.SentenceFeatureNames, Weights: sm.Weights, Bias: sm.Bias}
	}
	return &out, nil
}

// topicWeightScores returns, per task, the scores of m's summaries of the
// reference's own dates (oracle dates) at each value of
// timeline.TopicWeightGrid. They do not depend on the date model, so one
// pass serves every fold.
func topicWeightScores(ctx context.Context, m *timeline.Method, tasks []*task, workers int) ([][]Scores, error) {
	out := make([][]Scores, len(tasks))
	err := parallel(ctx, workers, len(tasks), func(i int) error {
		t := tasks[i]
		ref := tlseval.PrepareReference(t.ref)
		out[i] = make([]Scores, len(timeline.TopicWeightGrid))
		// One window serves every weight: the weight is read when a day is
		// summarised.
		mg := *m
		p := mg.Prepare(t.topic.corpus, t.opts)
		for g, tw := range timeline.TopicWeightGrid {
			mg.TopicWeight = tw
			pred := tlseval.Timeline{}
			for _, d := range t.ref.Dates() {
				if s := p.Summary(d, t.opts.Sentences); len(s) > 0 {
					pred[d] = s
				}
			}
			r, dd := ref.AlignPlusM1(pred)
			out[i][g] = Scores{AR1: fromTLS(r.Rouge1), AR2: fromTLS(r.Rouge2), Date: fromTLS(dd)}
		}
		return nil
	})
	return out, err
}

// chooseTopicWeight returns the value of timeline.TopicWeightGrid whose
// oracle-date summaries score the best mean AR-1 F (ties: the smaller
// weight) over the tasks selected by use.
func chooseTopicWeight(scores [][]Scores, use func(i int) bool) float64 {
	best, bestF := 0.0, -1.0
	for g, tw := range timeline.TopicWeightGrid {
		var rs []TaskResult
		for i, s := range scores {
			if use(i) {
				rs = append(rs, TaskResult{Scores: s[g]})
			}
		}
		if f := Mean(rs).AR1.F; f > bestF+1e-12 {
			best, bestF = tw, f
		}
	}
	return best
}

// leaveOneTopicOut returns, for each topic, m fit on the tasks of every
// other topic. With a nested protocol sel (and m.FitDates), the date
// features (and, for selRidge, the date model's penalty) are not m's but
// chosen on those other topics alone (see selector); the returned
// method's DateFeatureMask records them, and the map returned second
// holds each selection.
func leaveOneTopicOut(ctx context.Context, m *timeline.Method, topics []*topicData, tasks []*task, workers int, sel selection) (map[*topicData]*timeline.Method, map[*topicData]FeatureSelection, error) {
	if !m.FitDates {
		sel = selNone
	}
	nested := sel != selNone
	exs := make([]examples, len(tasks))
	an := rouge.NewAnalyzer()
	if err := parallel(ctx, workers, len(tasks), func(i int) error {
		exs[i] = taskExamples(m, tasks[i], an, nested)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	var twScores [][]Scores
	if m.FitTopicWeight {
		var err error
		if twScores, err = topicWeightScores(ctx, m, tasks, workers); err != nil {
			return nil, nil, err
		}
	}
	var sl *selector
	if nested {
		shadows := 0
		if sel == selProbe {
			shadows = shadowCopies
		}
		sl = newSelector(topics, tasks, exs, shadows)
	}
	out := make(map[*topicData]*timeline.Method, len(topics))
	inner := map[*topicData]FeatureSelection{}
	var mu sync.Mutex
	err := parallel(ctx, workers, len(topics), func(i int) error {
		var train []examples
		for j, t := range tasks {
			if t.topic != topics[i] {
				train = append(train, exs[j])
			}
		}
		mi, lam := m, dateLambda
		if nested {
			fs, feats, err := sl.choose(ctx, sel, i)
			if err != nil {
				return fmt.Errorf("topic %s: choosing date features: %w", topics[i].t.Name, err)
			}
			fs.Topic = topics[i].t.Name
			mm := *m
			mm.DateFeatureMask = make([]bool, len(timeline.DateFeatureNames))
			for _, c := range feats {
				mm.DateFeatureMask[c] = true
			}
			mi, lam = &mm, fs.Lambda
			mu.Lock()
			inner[topics[i]] = fs
			mu.Unlock()
		}
		fm, err := fitLambda(mi, train, lam)
		if err != nil {
			return fmt.Errorf("topic %s: %w", topics[i].t.Name, err)
		}
		if m.FitTopicWeight {
			fm.TopicWeight = chooseTopicWeight(twScores, func(j int) bool { return tasks[j].topic != topics[i] })
		}
		mu.Lock()
		out[topics[i]] = fm
		mu.Unlock()
		return nil
	})
	return out, inner, err
}

// taskPairs returns one task's pairwise date examples (see pairs), evenly
// thinned to at most about maxPairsPerTask.
func taskPairs(X [][]float64, y []float64) ([][]float64, []float64) {
	x, yy := pairs(X, y, 40)
	if len(x) > maxPairsPerTask {
		step := len(x) / maxPairsPerTask
		var sx [][]float64
		var sy []float64
		for i := 0; i < len(x); i += 2 * step {
			sx, sy = append(sx, x[i], x[i+1]), append(sy, yy[i], yy[i+1])
		}
		x, yy = sx, sy
	}
	return x, yy
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
