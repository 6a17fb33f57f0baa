package tlsbench

import (
	"context"
	"fmt"
	"math/rand/v2"
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
				// The default protocol, ridge: every feature, a penalty
				// from the grid.
				if !slices.Equal(s.Features, timeline.DateFeatureNames) {
					t.Errorf("held out %s: features %v, want all of them", s.Topic, s.Features)
				}
				if !slices.Contains(ridgeGrid, s.Lambda) {
					t.Errorf("held out %s: lambda %g not in the grid %v", s.Topic, s.Lambda, ridgeGrid)
				}
				if s.InnerDateF <= 0 || s.InnerDateF > 1 {
					t.Errorf("held out %s: inner date F %v, want in (0, 1]", s.Topic, s.InnerDateF)
				}
				want := fmt.Sprintf("held out %s: date features all (ridge, lambda %g; inner date F", s.Topic, s.Lambda)
				if !strings.Contains(progress.String(), want) {
					t.Errorf("progress does not show %q:\n%s", want, progress.String())
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
		s := newSelector(topics, tasks, exs, 0)
		feats, f, err := s.forward(context.Background(), s.trainOf(0), false)
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

// synthBench is a small synthetic benchmark of three topics of two tasks
// of the given number of candidate days, every fourth a reference date:
// every column is seeded Gaussian noise (deterministic), and column good
// is raised by strength on reference dates.
func synthBench(days, good int, strength float64) ([]*topicData, []*task, []examples) {
	nf := len(timeline.DateFeatureNames)
	rng := rand.New(rand.NewPCG(1, 2))
	var topics []*topicData
	var tasks []*task
	var exs []examples
	for range 3 {
		td := &topicData{}
		topics = append(topics, td)
		for range 2 {
			var ex examples
			for d := range days {
				x := make([]float64, nf)
				for j := range x {
					x[j] = rng.NormFloat64()
				}
				y := 0.0
				if d%4 == 0 {
					y = 1
					x[good] += strength
				}
				ex.dateX, ex.dateY = append(ex.dateX, x), append(ex.dateY, y)
				ex.hasSummary = append(ex.hasSummary, true)
			}
			exs = append(exs, ex)
			tasks = append(tasks, &task{topic: td, opts: timeline.Options{Dates: days / 4}})
		}
	}
	return topics, tasks, exs
}

// TestRidgeSelection checks the ridge protocol on synthetic data: every
// feature is kept, and the penalty is the grid value with the best inner
// score (ties: the larger). The wanted penalties were read off the inner
// scores of each grid value on these data (12 days, signal 1: .667 .500
// .417 .417 .417 .417; signal .5: .333 .417 .417 .250 .250 .250; 20
// days, signal .5: .250 then .300 for every larger penalty).
func TestRidgeSelection(t *testing.T) {
	tests := []struct {
		name     string
		days     int
		strength float64
		want     float64
	}{
		{"strong signal: least penalty", 12, 1, 1},
		{"weak signal: tie of 10 and 100 goes to the larger", 12, 0.5, 100},
		{"weak signal, more days: largest of the tied", 20, 0.5, 1e5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			topics, tasks, exs := synthBench(tt.days, 3, tt.strength)
			s := newSelector(topics, tasks, exs, 0)
			fs, feats, err := s.choose(context.Background(), selRidge, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(feats) != len(timeline.DateFeatureNames) || !slices.Equal(fs.Features, timeline.DateFeatureNames) {
				t.Errorf("features %v, want all %d", fs.Features, len(timeline.DateFeatureNames))
			}
			if fs.Lambda != tt.want {
				t.Errorf("lambda %g, want %g", fs.Lambda, tt.want)
			}
			f, err := s.innerScore(s.trainOf(0), feats, fs.Lambda)
			if err != nil {
				t.Fatal(err)
			}
			if fs.InnerDateF != f {
				t.Errorf("inner date F %v, want the chosen penalty's %v", fs.InnerDateF, f)
			}
			if !strings.Contains(fs.How, "ridge") {
				t.Errorf("how = %q, want it to name ridge", fs.How)
			}
		})
	}
}

// TestAlternativeSelections checks the kept alternatives on synthetic
// data with one informative feature among noise: forward selection adds
// noise features after it (the instability the other protocols address),
// the shadow-feature rule stops after it, and bagged selection keeps it.
func TestAlternativeSelections(t *testing.T) {
	const good = 3
	topics, tasks, exs := synthBench(20, good, 1.5)
	s := newSelector(topics, tasks, exs, shadowCopies)
	tests := []struct {
		name  string
		sel   selection
		check func(feats []int) bool
		want  string
	}{
		{"forward", selForward, func(f []int) bool { return len(f) > 1 && f[0] == good }, "the good feature first, then noise"},
		{"probe", selProbe, func(f []int) bool { return slices.Equal(f, []int{good}) }, "the good feature alone"},
		{"bagged", selBagged, func(f []int) bool { return len(f) > 0 && f[0] == good }, "the good feature, most voted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, feats, err := s.choose(context.Background(), tt.sel, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(feats) {
				t.Errorf("chose %v (%s), want %s", feats, fs.How, tt.want)
			}
		})
	}
}
