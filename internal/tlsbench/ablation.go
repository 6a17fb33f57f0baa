package tlsbench

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/timeline"
)

// AblationRow is one variant's result in an ablation study.
type AblationRow struct {
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Fit         string  `json:"fit,omitempty"`
	Mean        Scores  `json:"mean"`
	Sentences   int     `json:"sentences"`
	Dangling    int     `json:"dangling_openings"`
	Predict     float64 `json:"predict_seconds"`
}

// Ablation evaluates each variant on the loaded benchmark (learned parts
// fit leave-one-topic-out, as in Evaluate).
func (b *Bench) Ablation(ctx context.Context, variants []timeline.Variant) ([]AblationRow, error) {
	var rows []AblationRow
	for _, v := range variants {
		rep, err := b.Evaluate(ctx, v.Method, "")
		if err != nil {
			return nil, fmt.Errorf("variant %s: %w", v.Name, err)
		}
		rows = append(rows, AblationRow{Name: v.Name, Description: v.Description, Fit: rep.Fit, Mean: rep.Mean,
			Sentences: rep.Sentences, Dangling: rep.Dangling,
			Predict: rep.Seconds.Predict - b.prepare.Seconds()})
		fmt.Fprintf(b.progress, "%-32s AR-1 %.4f AR-2 %.4f date %.4f\n", v.Name, rep.Mean.AR1.F, rep.Mean.AR2.F, rep.Mean.Date.F)
	}
	return rows, nil
}

// Train fits method m's learned models on every task of the benchmark and
// returns them as a model file for m.
func (b *Bench) Train(ctx context.Context, m *timeline.Method) (*timeline.ModelFile, error) {
	if !m.Learned {
		return nil, fmt.Errorf("method %s has nothing to train", m.Name)
	}
	exs := make([]examples, len(b.tasks))
	an := rouge.NewAnalyzer()
	if err := parallel(ctx, b.workers, len(b.tasks), func(i int) error {
		exs[i] = taskExamples(m, b.tasks[i], an, false)
		return nil
	}); err != nil {
		return nil, err
	}
	fm, err := fit(m, exs)
	if err != nil {
		return nil, err
	}
	if m.FitTopicWeight {
		scores, err := topicWeightScores(ctx, m, b.tasks, b.workers)
		if err != nil {
			return nil, err
		}
		fm.TopicWeight = chooseTopicWeight(scores, func(int) bool { return true })
	}
	return &timeline.ModelFile{
		Trained:     fmt.Sprintf("method %s, fit on all %d tasks of %d topics of %s", m.Name, len(b.tasks), len(b.topics), filepath.Base(b.dir)),
		DateModel:   fm.DateModel,
		TopicWeight: fm.TopicWeight,
	}, nil
}
