package timeline

import (
	"math"
	"slices"
)

// DateFeatureNames names the columns of the date feature vectors, in order.
// Every feature is scaled to [0, 1] within one window (divided by its
// maximum over the candidate days), so weights carry over between corpora
// of different sizes.
var DateFeatureNames = []string{
	"mentions",            // eligible sentences mentioning the day
	"mention_docs",        // articles with such sentences
	"mentions_after",      // ... from articles published after the day
	"mentions_before",     // ... from articles published before the day
	"mentions_same_day",   // ... from articles published on the day
	"mention_docs_after",  // articles published after the day mentioning it
	"explicit_mentions",   // mentions written as explicit dates
	"mention_sources",     // distinct sources mentioning the day
	"published",           // articles published on the day
	"published_next",      // articles published the day after
	"month_mentions",      // sentences mentioning the day's month
	"mentions_any",        // mentions ignoring the keyword filter
	"log_mentions",        // log(1+mentions), scaled
	"log_published",       // log(1+published), scaled
	"mention_burst",       // mentions over the mean of the surrounding week
	"publication_burst",   // publications over the mean of the surrounding week
	"date_led_mentions",   // mentions that open their sentence ("April 22 - ...")
	"chronology_mentions", // mentions in articles that read like a chronology
	"late_docs",           // articles published 3+ days after the day that mention it
	"later_docs",          // articles published 14+ days after the day that mention it
}

// dateFeatures returns the candidate days of w (ascending) and one feature
// vector per day.
func (w *window) dateFeatures(scaling Scaling) ([]int32, [][]float64) {
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
		x[16] = float64(ds.dateFirst)
		x[17] = float64(ds.listed)
		x[18] = float64(ds.lateDocs)
		x[19] = float64(ds.laterDocs)
		X[i] = x
	}
	scaleColumns(X, scaling)
	return days, X
}

// Scaling is how date features are put on a common scale within a window.
type Scaling int

// The scalings.
const (
	// ScaleMax divides each feature by its maximum over the window.
	ScaleMax Scaling = iota
	// ScaleLogMax maps v to log(1+v)/log(1+max).
	ScaleLogMax
	// ScaleRank maps v to the share of candidate days with a smaller value.
	ScaleRank
)

func scaleColumns(X [][]float64, scaling Scaling) {
	if len(X) == 0 {
		return
	}
	nf := len(X[0])
	col := make([]float64, len(X))
	for j := 0; j < nf; j++ {
		var mx float64
		for i, x := range X {
			mx = math.Max(mx, x[j])
			col[i] = x[j]
		}
		if mx <= 0 {
			continue
		}
		switch scaling {
		case ScaleLogMax:
			lm := math.Log1p(mx)
			for _, x := range X {
				x[j] = math.Log1p(math.Max(x[j], 0)) / lm
			}
		case ScaleRank:
			sorted := slices.Clone(col)
			slices.Sort(sorted)
			n := float64(len(sorted))
			for _, x := range X {
				lo, _ := slices.BinarySearch(sorted, x[j])
				x[j] = float64(lo) / n
			}
		default:
			for _, x := range X {
				x[j] /= mx
			}
		}
	}
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

// singleFeature returns a date model that ranks by one feature.
func singleFeature(name string) *LinearModel {
	return weightedFeatures(map[string]float64{name: 1})
}

// weightedFeatures returns a date model with the given weights.
func weightedFeatures(ws map[string]float64) *LinearModel {
	w := make([]float64, len(DateFeatureNames))
	for name, v := range ws {
		i := slices.Index(DateFeatureNames, name)
		if i < 0 {
			panic("timeline: no date feature " + name)
		}
		w[i] = v
	}
	return &LinearModel{Features: DateFeatureNames, Weights: w}
}

// featureMask returns a mask over names that is true for the given ones.
func featureMask(names []string, keep ...string) []bool {
	m := make([]bool, len(names))
	for _, k := range keep {
		i := slices.Index(names, k)
		if i < 0 {
			panic("timeline: no feature " + k)
		}
		m[i] = true
	}
	return m
}
