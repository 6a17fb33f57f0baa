package timeline

import (
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/trim"
)

// Prepared exposes a method's view of one window of a corpus: the
// candidate days and sentences with their feature vectors. It is what a
// learner needs to fit the method's models (see package tlsbench).
type Prepared struct {
	w *window
	s *summarizer
}

// Prepare computes the evidence of c within opts' window.
func (m *Method) Prepare(c *Corpus, opts Options) *Prepared {
	w := newWindow(c, opts.withDefaults())
	return &Prepared{w: w, s: newSummarizer(w, m)}
}

// DateFeatures returns the candidate days (ascending) and their feature
// vectors (columns as in DateFeatureNames).
func (p *Prepared) DateFeatures() ([]news.Date, [][]float64) {
	days, X := p.w.dateFeatures(p.s.m.DateScaling)
	out := make([]news.Date, len(days))
	for i, d := range days {
		out[i] = news.DateFromOrdinal(int(d))
	}
	return out, X
}

// SentenceFeatures returns the sentences that may summarise day and their
// feature vectors (columns as in SentenceFeatureNames).
func (p *Prepared) SentenceFeatures(day news.Date) ([]string, [][]float64) {
	d := int32(day.Ordinal())
	_, pool, cNorm := p.s.pool(d)
	texts := make([]string, len(pool))
	X := make([][]float64, len(pool))
	for i, si := range pool {
		texts[i] = trim.Sentence(p.w.c.text(&p.w.c.sents[si]).Text, p.s.m.Trim)
		X[i] = make([]float64, len(SentenceFeatureNames))
		p.s.sentenceFeatures(si, d, cNorm, X[i])
	}
	return texts, X
}

// DaySummary returns the sentence the centroid selection would pick for
// day, ignoring what other days chose; "" when the day has no candidate.
func (p *Prepared) DaySummary(day news.Date) string {
	d := int32(day.Ordinal())
	_, pool, cNorm := p.s.pool(d)
	if len(pool) == 0 || cNorm == 0 {
		return ""
	}
	best, bestScore := int32(-1), -1.0
	for _, si := range pool {
		if sc := p.s.centroid.dot(p.w.c.sents[si].vec); sc > bestScore {
			best, bestScore = si, sc
		}
	}
	return trim.Sentence(p.w.c.text(&p.w.c.sents[best]).Text, p.s.m.Trim)
}
