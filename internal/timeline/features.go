package timeline

import "math"

// DateFeatureNames names the columns of the date feature vectors, in order.
// Every feature is scaled to [0, 1] within one window (divided by its
// maximum over the candidate days), so weights carry over between corpora
// of different sizes.
var DateFeatureNames = []string{
	"mentions",           // eligible sentences mentioning the day
	"mention_docs",       // articles with such sentences
	"mentions_after",     // ... from articles published after the day
	"mentions_before",    // ... from articles published before the day
	"mentions_same_day",  // ... from articles published on the day
	"mention_docs_after", // articles published after the day mentioning it
	"explicit_mentions",  // mentions written as explicit dates
	"mention_sources",    // distinct sources mentioning the day
	"published",          // articles published on the day
	"published_next",     // articles published the day after
	"month_mentions",     // sentences mentioning the day's month
	"mentions_any",       // mentions ignoring the keyword filter
	"log_mentions",       // log(1+mentions), scaled
	"log_published",      // log(1+published), scaled
	"mention_burst",      // mentions over the mean of the surrounding week
	"publication_burst",  // publications over the mean of the surrounding week
}

// dateFeatures returns the candidate days of w (ascending) and one feature
// vector per day.
func (w *window) dateFeatures() ([]int32, [][]float64) {
	days := w.days()
	nf := len(DateFeatureNames)
	X := make([][]float64, len(days))
	for i, d := range days {
		ds := w.byDay[d]
		x := make([]float64, nf)
		x[0] = float64(len(ds.ment))
		x[1] = float64(ds.docs)
		x[2] = float64(ds.after)
		x[3] = float64(ds.before)
		x[4] = float64(ds.same)
		x[5] = float64(ds.afterDocs)
		x[6] = float64(ds.explicit)
		x[7] = float64(ds.sources)
		x[8] = float64(ds.published)
		x[9] = float64(ds.pubNext)
		x[10] = float64(ds.monthMent)
		x[11] = float64(ds.mentAll)
		x[12] = math.Log1p(x[0])
		x[13] = math.Log1p(x[8])
		var mSum, pSum float64
		for o := int32(-3); o <= 3; o++ {
			if o == 0 {
				continue
			}
			if n, ok := w.byDay[d+o]; ok {
				mSum += float64(len(n.ment))
				pSum += float64(n.published)
			}
		}
		x[14] = x[0] / (1 + mSum/6)
		x[15] = x[8] / (1 + pSum/6)
		X[i] = x
	}
	for j := 0; j < nf; j++ {
		var mx float64
		for _, x := range X {
			mx = math.Max(mx, x[j])
		}
		if mx > 0 {
			for _, x := range X {
				x[j] /= mx
			}
		}
	}
	return days, X
}

// LinearModel scores feature vectors: Bias + Σ Weights[i]·x[i].
type LinearModel struct {
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
}

// Score returns the model's score for x.
func (m *LinearModel) Score(x []float64) float64 {
	s := m.Bias
	for i, w := range m.Weights {
		if i < len(x) {
			s += w * x[i]
		}
	}
	return s
}

// mentionCountModel ranks days by the number of sentences mentioning them,
// the simple baseline the Datewise paper reports as nearly as good as its
// learned ranker.
func mentionCountModel() *LinearModel {
	w := make([]float64, len(DateFeatureNames))
	w[0] = 1
	return &LinearModel{Features: DateFeatureNames, Weights: w}
}
