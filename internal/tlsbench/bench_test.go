package tlsbench

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/timeline"
)

// writeNewsTLS writes the demo corpus as a news-tls layout dataset of two
// topics: the story as written, and the same story shifted by a year (so
// that leave-one-topic-out fitting has something to fit on).
func writeNewsTLS(t *testing.T) string {
	t.Helper()
	return writeNewsTLSYears(t, 2)
}

// writeNewsTLSYears writes the demo corpus as a news-tls layout dataset of
// n topics: the story as written, and the same story shifted by one year
// more for each further topic.
func writeNewsTLSYears(t *testing.T, n int) string {
	t.Helper()
	type topic struct {
		name  string
		shift int
	}
	topics := []topic{{"lowen", 0}}
	for y := 1; y < n; y++ {
		name := "lowen-next-year"
		if y > 1 {
			name = fmt.Sprintf("lowen-plus-%d-years", y)
		}
		topics = append(topics, topic{name, 365 * y})
	}
	arts, err := demo.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for _, topic := range topics {
		dir := filepath.Join(root, topic.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, "articles.preprocessed.jsonl.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		enc := json.NewEncoder(zw)
		for _, a := range arts {
			body := a.Text
			if topic.shift != 0 {
				body = strings.ReplaceAll(body, "2025", fmt.Sprint(2025+topic.shift/365))
			}
			rec := map[string]any{"id": a.ID, "title": a.Title, "text": body,
				"time": a.Published.AddDate(0, 0, topic.shift).Format(time.RFC3339)}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		var ref [][]any
		for _, ev := range demo.KeyEvents() {
			d := ev.Date.AddDays(topic.shift)
			ref = append(ref, []any{d.String() + " 00:00:00", []string{ev.Summary}})
		}
		line, _ := json.Marshal(ref)
		if err := os.WriteFile(filepath.Join(dir, "timelines.jsonl"), append(line, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		kw, _ := json.Marshal(demo.Keywords())
		if err := os.WriteFile(filepath.Join(dir, "keywords.json"), kw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestRunNewsTLSLayout(t *testing.T) {
	dir := writeNewsTLS(t)
	if !Detect(dir) {
		t.Fatalf("Detect(%s) = false", dir)
	}
	out := t.TempDir()
	for _, method := range []string{"datewise", "dateline"} {
		t.Run(method, func(t *testing.T) {
			rep, err := Run(context.Background(), dir, Options{Method: method, PadDays: 7, Out: out})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Tasks) != 2 {
				t.Fatalf("%d tasks, want 2", len(rep.Tasks))
			}
			if method == "dateline" && rep.Fit != "leave-one-topic-out" {
				t.Errorf("fit = %q, want leave-one-topic-out", rep.Fit)
			}
			for _, tr := range rep.Tasks {
				if tr.Dates != len(demo.KeyEvents()) || tr.K != 1 {
					t.Errorf("%s: L=%d k=%d, want L=%d k=1", tr.Timeline, tr.Dates, tr.K, len(demo.KeyEvents()))
				}
				// The story was written around its key dates: a working
				// pipeline finds well over half of them.
				if tr.Date.F < 0.6 || tr.AR1.F <= 0 || tr.AR1.F > 1 {
					t.Errorf("%s: scores %+v", tr.Timeline, tr.Scores)
				}
			}
			if rep.PadDays != 7 || rep.Skipped != 0 {
				t.Errorf("report: pad %d skipped %d", rep.PadDays, rep.Skipped)
			}
			files, _ := filepath.Glob(filepath.Join(out, "*.txt"))
			if len(files) != 2 {
				t.Errorf("--out wrote %d files, want 2", len(files))
			}
		})
	}
}

func TestMeanIsMacro(t *testing.T) {
	tasks := []TaskResult{
		{Scores: Scores{AR1: PRF{P: 0.2, R: 0.4}}},
		{Scores: Scores{AR1: PRF{P: 0.4, R: 0.0}}},
	}
	m := Mean(tasks)
	// Mean P .3, mean R .2, F from the means (not the mean of the Fs).
	if math.Abs(m.AR1.P-0.3) > 1e-12 || math.Abs(m.AR1.R-0.2) > 1e-12 || math.Abs(m.AR1.F-0.24) > 1e-12 {
		t.Fatalf("Mean = %+v", m.AR1)
	}
}

func TestRoundHalfEven(t *testing.T) {
	for in, want := range map[float64]int{0.5: 0, 1.5: 2, 2.5: 2, 2.51: 3, 3.0: 3} {
		if got := roundHalfEven(in); got != want {
			t.Errorf("roundHalfEven(%v) = %d, want %d", in, got, want)
		}
	}
}

func TestPairs(t *testing.T) {
	X := [][]float64{{1}, {0}, {0.5}, {0.2}}
	y := []float64{1, 0, 0, 0}
	pX, pY := pairs(X, y, 2)
	if len(pX) != len(pY) || len(pX) == 0 {
		t.Fatalf("pairs gave %d examples", len(pX))
	}
	for i := 0; i < len(pX); i += 2 {
		if pY[i] != 1 || pY[i+1] != 0 || pX[i][0] != -pX[i+1][0] || pX[i][0] <= 0 {
			t.Errorf("pair %d: %v/%v %v/%v", i, pX[i], pY[i], pX[i+1], pY[i+1])
		}
	}
}

// TestT17 runs the whole benchmark when the data is present: all 19 tasks,
// and the default method at least at the published Datewise level.
func TestT17(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("the full T17 run is skipped in -short mode and under the race detector")
	}
	dir := sharedtest.Dir(t, "data", "t17")
	ctx := context.Background()
	b, err := Load(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := b.Evaluate(ctx, timeline.Default(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Tasks) != 19 {
		t.Fatalf("%d tasks, want 19", len(rep.Tasks))
	}
	m := rep.Mean
	if m.AR1.F < 0.120 || m.AR2.F < 0.035 || m.Date.F < 0.544 {
		t.Errorf("below Datewise (.120/.035/.544): %.4f/%.4f/%.4f", m.AR1.F, m.AR2.F, m.Date.F)
	}
	if !strings.Contains(rep.Documents, "25 empty") {
		t.Errorf("reading summary %q does not report the 25 empty files", rep.Documents)
	}

	// The models shipped in the binary are what "dateline train" fits on
	// T17 with this build: a change to the annotation or the features
	// that moves the fit must come with refit models.
	mf, err := b.Train(ctx, timeline.Default())
	if err != nil {
		t.Fatal(err)
	}
	shipped := timeline.Default()
	if mf.TopicWeight != shipped.TopicWeight {
		t.Errorf("topic weight: refit %v, shipped %v", mf.TopicWeight, shipped.TopicWeight)
	}
	for i, w := range mf.DateModel.Weights {
		if math.Abs(w-shipped.DateModel.Weights[i]) > 1e-3 {
			t.Errorf("date model weight %s: refit %.6f, shipped %.6f; run: dateline train --dataset ../shared/data/t17 --out internal/timeline/models/default.json",
				timeline.DateFeatureNames[i], w, shipped.DateModel.Weights[i])
		}
	}
}

func TestChooseTopicWeight(t *testing.T) {
	g := len(timeline.TopicWeightGrid)
	s := func(fs ...float64) []Scores {
		out := make([]Scores, g)
		for i, f := range fs {
			out[i].AR1 = PRF{P: f, R: f, F: f}
		}
		return out
	}
	scores := [][]Scores{
		s(0.10, 0.12, 0.11, 0.09, 0.08), // task 0 prefers the second weight
		s(0.20, 0.18, 0.22, 0.21, 0.19), // task 1 prefers the third
		s(0.30, 0.30, 0.30, 0.30, 0.30), // task 2 is indifferent
	}
	tests := []struct {
		name string
		use  func(int) bool
		want float64
	}{
		{"task 0 only", func(i int) bool { return i == 0 }, timeline.TopicWeightGrid[1]},
		{"task 1 only", func(i int) bool { return i == 1 }, timeline.TopicWeightGrid[2]},
		{"tie takes the smallest", func(i int) bool { return i == 2 }, timeline.TopicWeightGrid[0]},
		{"all: best mean", func(int) bool { return true }, timeline.TopicWeightGrid[2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseTopicWeight(scores, tt.use); got != tt.want {
				t.Errorf("chooseTopicWeight = %v, want %v", got, tt.want)
			}
		})
	}
}
