package tlsbench

import (
	"context"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/timeline"
)

// TestDateCeiling measures how far a linear date ranker over the date
// features can go on T17 when it is allowed to cheat: weights searched to
// maximise the date F1 of the very tasks scored (in-sample), one weight
// vector for all tasks and, looser still, one per task. Each search is a
// seeded random-restart hill climb on the macro date F1 (top-L candidate
// days with a summary, as the benchmark takes them). It is a measurement,
// not a check: it runs only when DATELINE_CEILING is set.
func TestDateCeiling(t *testing.T) {
	if os.Getenv("DATELINE_CEILING") == "" {
		t.Skip("set DATELINE_CEILING=1 to measure the in-sample ceiling of linear date rankers on T17")
	}
	dir := sharedtest.Dir(t, "data", "t17")
	ctx := context.Background()
	b, err := Load(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := timeline.Default()
	exs := make([]examples, len(b.tasks))
	if err := parallel(ctx, b.workers, len(b.tasks), func(i int) error {
		exs[i] = taskExamples(m, b.tasks[i], nil, true)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s := newSelector(b.topics, b.tasks, exs, 0)

	// The oracle: every reference date that is a candidate day with a
	// summary is chosen.
	var oP, oR float64
	for _, tk := range s.tasks {
		hit, cand := 0, 0
		for i, y := range tk.y {
			if tk.hasSum[i] {
				cand++
				if y > 0 {
					hit++
				}
			}
		}
		got := min(tk.l, cand)
		if got > 0 {
			oP += float64(hit) / float64(got)
			oR += float64(hit) / float64(tk.l)
		}
	}
	n := float64(len(s.tasks))
	t.Logf("oracle ranker (every reference date among the candidates first): date F1 %.4f", f1(PRF{P: oP / n, R: oR / n}))

	var defaults []int
	for i := range timeline.DateFeatureNames {
		if m.DateFeatureMask[i] {
			defaults = append(defaults, i)
		}
	}
	all := make([]int, len(timeline.DateFeatureNames))
	for i := range all {
		all[i] = i
	}
	every := make([]int, len(s.tasks))
	for i := range every {
		every[i] = i
	}
	var start []float64 // the previous set's best: all 20 start where 4 ended
	for _, set := range []struct {
		name  string
		feats []int
	}{{"the default's 4 features", defaults}, {"all 20 features", all}} {
		rng := rand.New(rand.NewPCG(1, uint64(len(set.feats))))
		w, f := climb(s, every, set.feats, start, rng, 40, 1000)
		start = w
		t.Logf("%s, one weight vector fit in-sample to all %d tasks: date F1 %.4f", set.name, len(s.tasks), f)
		for _, j := range set.feats {
			t.Logf("    %-20s %7.3f", timeline.DateFeatureNames[j], w[j])
		}
		var P, R float64
		for i := range s.tasks {
			w, _ := climb(s, []int{i}, set.feats, nil, rng, 20, 300)
			p, r := s.tasks[i].topL(w, set.feats)
			P, R = P+p, R+r
		}
		t.Logf("%s, weights fit in-sample to each task on its own: date F1 %.4f", set.name, f1(PRF{P: P / n, R: R / n}))
	}
}

// climb searches weights over feats maximising the macro date F1 of the
// given tasks: restarts starts (the first start, else all ones; then
// random), each improved by steps single-weight Gaussian moves kept when
// they do not lower it.
func climb(s *selector, tasks, feats []int, start []float64, rng *rand.Rand, restarts, steps int) ([]float64, float64) {
	score := func(w []float64) float64 {
		var P, R float64
		for _, i := range tasks {
			p, r := s.tasks[i].topL(w, feats)
			P, R = P+p, R+r
		}
		n := float64(len(tasks))
		return f1(PRF{P: P / n, R: R / n})
	}
	var best []float64
	bestF := -1.0
	for r := range restarts {
		w := make([]float64, s.width())
		for _, j := range feats {
			w[j] = 1
			if r > 0 {
				w[j] = rng.NormFloat64()
			}
		}
		if r == 0 && start != nil {
			copy(w, start)
		}
		cur := score(w)
		for range steps {
			j := feats[rng.IntN(len(feats))]
			old := w[j]
			w[j] += rng.NormFloat64() / 2
			if f := score(w); f >= cur {
				cur = f
			} else {
				w[j] = old
			}
		}
		if cur > bestF {
			best, bestF = slices.Clone(w), cur
		}
	}
	return best, bestF
}
