package tlseval

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

// loadT17 reads the 19 Timeline17 reference timelines.
func loadT17(tb testing.TB) map[string]Timeline {
	tb.Helper()
	dir := sharedtest.Dir(tb, "data", "t17")
	files, err := filepath.Glob(filepath.Join(dir, "*", "timelines", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	out := make(map[string]Timeline)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		tl, warns, err := ReadText(f, fh)
		fh.Close()
		if err != nil {
			tb.Fatal(err)
		}
		for _, w := range warns {
			// Three T17 files give a date twice; tilse keeps the later
			// block, and so does ReadText.
			if !errors.Is(w, ErrDuplicateDate) {
				tb.Errorf("warning: %v", w)
			}
		}
		rel, _ := filepath.Rel(dir, f)
		out[rel] = tl
	}
	if len(out) != 19 {
		tb.Fatalf("found %d T17 reference timelines, want 19", len(out))
	}
	return out
}

// degrade makes a plausible imperfect prediction from a reference: every
// other date moved a day later, and only the first sentence of each day.
func degrade(tl Timeline) Timeline {
	pred := make(Timeline)
	for i, d := range tl.Dates() {
		if i%2 == 1 {
			d = d.AddDays(1)
		}
		if s := tl[d]; len(s) > 0 {
			pred[d] = s[:1]
		} else {
			pred[d] = []string{}
		}
	}
	return pred
}

func TestT17ReferencesScorePerfectlyAgainstThemselves(t *testing.T) {
	for name, tl := range loadT17(t) {
		t.Run(name, func(t *testing.T) {
			res := ScoreAll(tl, tl)
			one := PRF{1, 1, 1}
			for _, m := range Metrics {
				s := res.Get(m)
				if s.Rouge1 != one || s.Rouge2 != one {
					t.Errorf("%s: %+v, want all 1", m, s)
				}
			}
			if res.Dates != one {
				t.Errorf("dates: %+v, want all 1", res.Dates)
			}
		})
	}
}

func TestT17DegradedPrediction(t *testing.T) {
	refs := loadT17(t)
	var results []Result
	for _, tl := range refs {
		res := PrepareReference(tl).ScoreAll(degrade(tl))
		if res.AlignPlusM1.Rouge1.F <= 0 || res.AlignPlusM1.Rouge1.F >= 1 {
			t.Errorf("align+ m:1 ROUGE-1 F = %v, want strictly between 0 and 1", res.AlignPlusM1.Rouge1.F)
		}
		if res.Dates.Recall >= 1 {
			t.Errorf("date recall = %v for a prediction missing dates", res.Dates.Recall)
		}
		results = append(results, res)
	}
	avg := MacroAverage(results)
	t.Logf("degraded T17 macro average: AR-1 F %.4f, AR-2 F %.4f, date F1 %.4f",
		avg.AlignPlusM1.Rouge1.F, avg.AlignPlusM1.Rouge2.F, avg.Dates.F)
}

// BenchmarkT17 prepares the 19 T17 references and scores a prediction
// against each with every metric: the whole evaluation of one T17 run.
func BenchmarkT17(b *testing.B) {
	refs := loadT17(b)
	var tls, preds []Timeline
	for _, tl := range refs {
		tls = append(tls, tl)
		preds = append(preds, degrade(tl))
	}
	b.ResetTimer()
	for b.Loop() {
		var results []Result
		for k, tl := range tls {
			results = append(results, PrepareReference(tl).ScoreAll(preds[k]))
		}
		MacroAverage(results)
	}
}

// syntheticTimeline returns a timeline of n dates from start, every
// `step` days, each with k sentences of 25 tokens from a small news
// vocabulary; seed varies the text.
func syntheticTimeline(start news.Date, n, step, k, seed int) Timeline {
	words := []string{"The", "government", "forces", "protesters", "Cairo", "square", "announced",
		"an", "agreement", "oil", "spill", "company", "officials", "killed", "president", "talks",
		"ceasefire", "rebels", "city", "police", ",", "election", "vote", "reported", "minister", "."}
	tl := make(Timeline)
	for i := range n {
		var sents []string
		for s := range k {
			sent := ""
			for j := range 25 {
				w := words[(seed*7+i*13+s*17+j*5)%len(words)]
				if j%4 == 0 {
					w += string(rune('a' + (seed+i+j)%26))
				}
				sent += w + " "
			}
			sents = append(sents, sent+".")
		}
		tl[start.AddDays(i*step)] = sents
	}
	return tl
}

// BenchmarkScoreAll scores a 20-date, 2-sentence-per-date prediction
// against a 20-date reference with every metric (reference prepared once).
func BenchmarkScoreAll(b *testing.B) {
	start := news.NewDate(2011, 1, 25)
	ref := PrepareReference(syntheticTimeline(start, 20, 3, 2, 1))
	pred := syntheticTimeline(start.AddDays(1), 20, 2, 2, 2)
	b.ReportAllocs()
	for b.Loop() {
		ref.ScoreAll(pred)
	}
}

// BenchmarkAlignPlusM1 is the news-tls metric alone.
func BenchmarkAlignPlusM1(b *testing.B) {
	start := news.NewDate(2011, 1, 25)
	ref := PrepareReference(syntheticTimeline(start, 20, 3, 2, 1))
	pred := syntheticTimeline(start.AddDays(1), 20, 2, 2, 2)
	b.ReportAllocs()
	for b.Loop() {
		ref.AlignPlusM1(pred)
	}
}
