package tlsbench

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/timeline"
)

func TestNestedSelection(t *testing.T) {
	// Two topics: each fold's selection sees one training topic, scored
	// in-sample (TestForwardDeterministic covers the inner
	// leave-one-topic-out).
	tests := []struct {
		name   string
		topics int
	}{
		{"two topics", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeNewsTLSYears(t, tt.topics)
			var progress strings.Builder
			rep, err := Run(context.Background(), dir, Options{PadDays: 7, NestedSelection: true, Progress: &progress})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Tasks) != tt.topics {
				t.Fatalf("%d tasks, want %d", len(rep.Tasks), tt.topics)
			}
			if !strings.Contains(rep.Fit, "chosen in each fold") {
				t.Errorf("fit = %q, want nested leave-one-topic-out", rep.Fit)
			}
			if len(rep.DateFeatures) != tt.topics {
				t.Fatalf("%d feature selections, want one per topic (%d): %+v", len(rep.DateFeatures), tt.topics, rep.DateFeatures)
			}
			seen := map[string]bool{}
			for _, s := range rep.DateFeatures {
				seen[s.Topic] = true
				if len(s.Features) == 0 || len(s.Features) > maxNestedFeatures {
					t.Errorf("held out %s: %d features %v, want 1..%d", s.Topic, len(s.Features), s.Features, maxNestedFeatures)
				}
				for _, f := range s.Features {
					if !slices.Contains(timeline.DateFeatureNames, f) {
						t.Errorf("held out %s: unknown feature %q", s.Topic, f)
					}
				}
				if s.InnerDateF <= 0 || s.InnerDateF > 1 {
					t.Errorf("held out %s: inner date F %v, want in (0, 1]", s.Topic, s.InnerDateF)
				}
				if !strings.Contains(progress.String(), "held out "+s.Topic+": date features "+strings.Join(s.Features, ",")) {
					t.Errorf("progress does not show the features of %s:\n%s", s.Topic, progress.String())
				}
			}
			if len(seen) != tt.topics {
				t.Errorf("selections for topics %v, want %d distinct", seen, tt.topics)
			}
			for _, tr := range rep.Tasks {
				// Features chosen on one small topic rank less well than the
				// default's, but still find a good part of the key dates.
				if tr.Date.F < 0.3 || tr.AR1.F <= 0 || tr.AR1.F > 1 {
					t.Errorf("%s: scores %+v", tr.Timeline, tr.Scores)
				}
			}
		})
	}
}

func TestNestedSelectionNeedsDateModel(t *testing.T) {
	dir := writeNewsTLS(t)
	if _, err := Run(context.Background(), dir, Options{Method: "datewise", NestedSelection: true}); err == nil {
		t.Fatal("nested selection with an unfitted method: no error")
	}
}

// TestForwardDeterministic runs the selection twice on a small synthetic
// benchmark where one feature separates the reference days and checks
// that it is chosen first, and identically both times.
func TestForwardDeterministic(t *testing.T) {
	nf := len(timeline.DateFeatureNames)
	const good = 3
	var topics []*topicData
	var tasks []*task
	var exs []examples
	for tp := range 3 {
		td := &topicData{}
		topics = append(topics, td)
		for k := range 2 {
			var ex examples
			for d := range 30 {
				x := make([]float64, nf)
				for j := range x {
					// Deterministic noise in every column.
					x[j] = float64((d*7+j*13+tp*5+k*3)%17) / 17
				}
				y := 0.0
				if d%5 == 0 {
					y = 1
					x[good] += 1
				}
				ex.dateX, ex.dateY = append(ex.dateX, x), append(ex.dateY, y)
				ex.hasSummary = append(ex.hasSummary, true)
			}
			exs = append(exs, ex)
			tasks = append(tasks, &task{topic: td, opts: timeline.Options{Dates: 6}})
		}
	}
	var first []int
	for run := range 2 {
		s := newSelector(topics, tasks, exs)
		feats, f, err := s.forward(context.Background(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(feats) == 0 || feats[0] != good || f != 1 {
			t.Errorf("run %d: chose %v (inner F %v), want %d first and F 1", run, feats, f, good)
		}
		if run == 0 {
			first = feats
		} else if !slices.Equal(feats, first) {
			t.Errorf("run 1 chose %v, run 0 %v", feats, first)
		}
	}
}
