package timeline

import (
	"github.com/dateline-news/dateline/internal/news"
)

// Prepared exposes a method's view of one window of a corpus: the
// candidate days and sentences with their feature vectors. It is what a
// learner needs to fit the method's models (see package tlsbench).
type Prepared struct {
	w *window
	s *summarizer
}

// Prepare computes the evidence of c within opts' window. The Prepared
// keeps m and reads its summary parameters (TopicWeight, Trim, ...) when a
// summary is asked for, so they may be changed between calls; the window's
// evidence is fixed here.
func (m *Method) Prepare(c *Corpus, opts Options) *Prepared {
	w := newWindow(c, opts.withDefaults(), m)
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
		texts[i] = p.s.display(si, d)
		X[i] = make([]float64, len(SentenceFeatureNames))
		p.s.sentenceFeatures(si, d, cNorm, X[i])
	}
	return texts, X
}

// Summary returns the k sentences the method would pick for day if it were
// the only day chosen (no redundancy with other days); nil when the day has
// no candidate.
func (p *Prepared) Summary(day news.Date, k int) []string {
	d := int32(day.Ordinal())
	_, pool, cNorm := p.s.pool(d)
	if len(pool) == 0 || cNorm == 0 {
		return nil
	}
	saved := p.s.used
	p.s.used = nil
	chosen := p.s.selectByCentroid(pool, cNorm, k)
	p.s.used = saved
	out := make([]string, len(chosen))
	for i, si := range chosen {
		out[i] = p.s.display(si, d)
	}
	return out
}
