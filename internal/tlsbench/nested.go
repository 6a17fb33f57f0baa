package tlsbench

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/dateline-news/dateline/internal/learn"
	"github.com/dateline-news/dateline/internal/timeline"
)

// FeatureSelection is the date features chosen for one held-out topic by
// nested forward selection.
type FeatureSelection struct {
	// Topic is the held-out topic.
	Topic string `json:"topic"`
	// Features are the chosen date features, in the order chosen.
	Features []string `json:"features"`
	// InnerDateF is the date F1 the features reached in the
	// leave-one-topic-out loop over the training topics.
	InnerDateF float64 `json:"inner_date_f"`
}

// maxNestedFeatures bounds how many date features forward selection
// picks.
const maxNestedFeatures = 6

// selector chooses the date features of a learned date ranker by forward
// selection, scored by leave-one-topic-out on training topics only. It
// holds each task's date features, labels and pairwise examples, which do
// not depend on the features chosen, computed once. A selector is safe for
// concurrent use.
type selector struct {
	tasks []selTask
	// cache holds fitted weights (over all features, zero where unused)
	// by the topics left out and the features used: inner folds of
	// different outer folds often fit the same model.
	cache sync.Map
}

// selTask is one task as the selector sees it.
type selTask struct {
	topic  int // index into the topics
	l      int // dates to choose
	X      [][]float64
	y      []float64
	hasSum []bool
	pX     [][]float64 // pairwise examples over all features, as fit uses
	pY     []float64
}

// newSelector prepares the tasks for selection; exs must carry
// hasSummary.
func newSelector(topics []*topicData, tasks []*task, exs []examples) *selector {
	s := &selector{tasks: make([]selTask, len(tasks))}
	for i, t := range tasks {
		pX, pY := taskPairs(exs[i].dateX, exs[i].dateY)
		s.tasks[i] = selTask{topic: slices.Index(topics, t.topic), l: t.opts.Dates,
			X: exs[i].dateX, y: exs[i].dateY, hasSum: exs[i].hasSummary, pX: pX, pY: pY}
	}
	return s
}

// forward chooses date features (column indices of
// timeline.DateFeatureNames) for a model to be used on topic held, looking
// only at the tasks of the other topics. Starting from none, it adds the
// feature that most raises the inner score (see innerScore; ties: the
// lower index) and stops when no feature raises it or maxNestedFeatures
// are chosen. It returns the features in the order chosen and their inner
// score.
func (s *selector) forward(ctx context.Context, held int) ([]int, float64, error) {
	var train []int
	for i, t := range s.tasks {
		if t.topic != held {
			train = append(train, i)
		}
	}
	if len(train) == 0 {
		return nil, 0, fmt.Errorf("no training tasks")
	}
	var chosen []int
	best := math.Inf(-1)
	for len(chosen) < maxNestedFeatures {
		bf, bj := best, -1
		for j := range timeline.DateFeatureNames {
			if slices.Contains(chosen, j) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			f, err := s.innerScore(held, train, append(slices.Clone(chosen), j))
			if err != nil {
				return nil, 0, err
			}
			if f > bf+1e-9 {
				bf, bj = f, j
			}
		}
		if bj < 0 {
			break
		}
		chosen, best = append(chosen, bj), bf
	}
	return chosen, best, nil
}

// innerScore is the date F1 (macro P and R over the train tasks, F from
// the means) of rankers over feats fit leave-one-topic-out within train:
// each task is scored by its top-L candidate days that have a summary,
// ranked by a model fit on the train tasks of the other topics. With a
// single training topic there is nothing to leave out and the tasks are
// scored in-sample.
func (s *selector) innerScore(held int, train []int, feats []int) (float64, error) {
	var topics []int
	for _, i := range train {
		if tp := s.tasks[i].topic; !slices.Contains(topics, tp) {
			topics = append(topics, tp)
		}
	}
	var P, R float64
	score := func(i int, w []float64) {
		p, r := s.tasks[i].topL(w, feats)
		P, R = P+p, R+r
	}
	if len(topics) < 2 {
		w, err := s.weights(held, -1, train, feats)
		if err != nil {
			return 0, err
		}
		for _, i := range train {
			score(i, w)
		}
	} else {
		for _, tp := range topics {
			var on []int
			for _, i := range train {
				if s.tasks[i].topic != tp {
					on = append(on, i)
				}
			}
			w, err := s.weights(held, tp, on, feats)
			if err != nil {
				return 0, err
			}
			for _, i := range train {
				if s.tasks[i].topic == tp {
					score(i, w)
				}
			}
		}
	}
	n := float64(len(train))
	P, R = P/n, R/n
	if P+R == 0 {
		return 0, nil
	}
	return 2 * P * R / (P + R), nil
}

// weights fits the pairwise date ranker over feats on the tasks on (all
// tasks but those of topics a and b) and returns its weights over every
// feature (all zero when those tasks have no pairwise example). Features
// are used in ascending order whatever the order of feats, so a model is
// the same however it was reached.
func (s *selector) weights(a, b int, on []int, feats []int) ([]float64, error) {
	fs := slices.Clone(feats)
	slices.Sort(fs)
	key := fmt.Sprint(min(a, b), max(a, b), fs)
	if w, ok := s.cache.Load(key); ok {
		return w.([]float64), nil
	}
	n := 0
	for _, i := range on {
		n += len(s.tasks[i].pX)
	}
	buf := make([]float64, n*len(fs))
	X := make([][]float64, 0, n)
	Y := make([]float64, 0, n)
	for _, i := range on {
		t := &s.tasks[i]
		for j, v := range t.pX {
			row := buf[:len(fs):len(fs)]
			buf = buf[len(fs):]
			for k, f := range fs {
				row[k] = v[f]
			}
			X, Y = append(X, row), append(Y, t.pY[j])
		}
	}
	w := make([]float64, len(timeline.DateFeatureNames))
	m, err := learn.Logistic(X, Y, dateLambda)
	switch {
	case errors.Is(err, learn.ErrNoData):
		// No reference date among the candidates of these tasks: nothing
		// to learn, every day scores alike.
	case err != nil:
		return nil, fmt.Errorf("fitting the date model on %v: %w", fs, err)
	default:
		for k, f := range fs {
			w[f] = m.Weights[k]
		}
	}
	s.cache.Store(key, w)
	return w, nil
}

// topL returns the date precision and recall of the task's top-L
// candidate days that have a summary, ranked by w over feats (ties: the
// earlier day, as timeline.Build breaks them).
func (t *selTask) topL(w []float64, feats []int) (p, r float64) {
	sc := make([]float64, len(t.X))
	for i, x := range t.X {
		for _, f := range feats {
			sc[i] += w[f] * x[f]
		}
	}
	order := make([]int, len(t.X))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return sc[order[a]] > sc[order[b]] })
	hit, got := 0, 0
	for _, i := range order {
		if got == t.l {
			break
		}
		if !t.hasSum[i] {
			continue
		}
		got++
		if t.y[i] > 0 {
			hit++
		}
	}
	if got == 0 || t.l == 0 {
		return 0, 0
	}
	return float64(hit) / float64(got), float64(hit) / float64(t.l)
}
