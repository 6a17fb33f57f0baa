package tlsbench

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/timeline"
)

func TestExperiment(t *testing.T) {
	if os.Getenv("DL_EXP") == "" {
		t.Skip("experiment")
	}
	dir := sharedtest.Dir(t, "data", "t17")
	b, err := Load(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range experimentVariants() {
		rep, err := b.Evaluate(context.Background(), v.m, "")
		if err != nil {
			t.Fatal(err)
		}
		m := rep.Mean
		fmt.Printf("%-28s AR1 %.4f (P %.3f R %.3f) AR2 %.4f Date %.4f  (%.1fs)\n", v.name, m.AR1.F, m.AR1.P, m.AR1.R, m.AR2.F, m.Date.F, rep.Seconds.Predict)
	}
}

type variant struct {
	name string
	m    *timeline.Method
}

func experimentVariants() []variant {
	var vs []variant
	add := func(name string, f func(m *timeline.Method)) {
		m := timeline.Default()
		f(m)
		vs = append(vs, variant{name, m})
	}
	if os.Getenv("DL_SINGLE") != "" {
		vs = vs[:0]
		for i, n := range timeline.DateFeatureNames {
			add("only-"+n, func(m *timeline.Method) {
				*m = *timeline.Datewise()
				w := make([]float64, len(timeline.DateFeatureNames))
				w[i] = 1
				m.DateModel = &timeline.LinearModel{Features: timeline.DateFeatureNames, Weights: w}
			})
		}
		return vs
	}
	add("datewise", func(m *timeline.Method) { *m = *timeline.Datewise() })
	for _, sp := range []float64{0.5, 1, 2, 3, 4} {
		add(fmt.Sprintf("datewise-docs-spacing%.1f", sp), func(m *timeline.Method) {
			*m = *timeline.Datewise()
			w := make([]float64, len(timeline.DateFeatureNames))
			w[1] = 1
			m.DateModel = &timeline.LinearModel{Features: timeline.DateFeatureNames, Weights: w}
			m.Spacing = sp
		})
	}
	if os.Getenv("DL_QUICK") != "" {
		return vs
	}
	add("default", func(m *timeline.Method) {})
	add("learned-dates-only", func(m *timeline.Method) { m.SentenceModel = nil; m.FitSentences = false })
	add("learned-sents-only", func(m *timeline.Method) { m.FitDates = false; m.DateModel = timeline.Datewise().DateModel })
	return vs
}
