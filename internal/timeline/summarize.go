package timeline

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/trim"
)

// summarizer picks the sentences for each chosen day, remembering what it
// already chose so that no sentence (or near copy) is used twice.
type summarizer struct {
	w         *window
	m         *Method
	centroid  *dense
	sum       *dense
	topic     *dense // centroid of every eligible sentence in the window
	topicNorm float64
	used      []int32 // sentences chosen so far, any date
	x         []float64
	origins   map[int32]origin // per article, computed when first needed
}

func newSummarizer(w *window, m *Method) *summarizer {
	s := &summarizer{w: w, m: m, centroid: newDense(w.c.nterms), sum: newDense(w.c.nterms),
		topic: newDense(w.c.nterms), x: make([]float64, len(SentenceFeatureNames)),
		origins: make(map[int32]origin)}
	for si, ok := range w.eligible {
		if ok {
			s.topic.add(w.c.sents[si].vec, 1)
		}
	}
	s.topicNorm = math.Sqrt(s.topic.norm2())
	return s
}

// candidates returns the sentences that may summarise day d: eligible
// sentences mentioning it, and the leading sentences of articles published
// on it that mention no day.
func (s *summarizer) candidates(d int32) []int32 {
	c := s.w.c
	var out []int32
	if ds, ok := s.w.byDay[d]; ok {
		for _, si := range ds.ment {
			if !s.m.SkipBoundaryMentions || !s.boundaryMention(si, d) {
				out = append(out, si)
			}
		}
	}
	pubDays := []int32{d}
	if s.m.PubNextDay && s.w.opts.Entity == "" {
		// News lag: the day after's leads report the day's events. An
		// entity's timeline is mostly what was said, dated as published.
		pubDays = append(pubDays, d+1)
	}
	for _, pd := range pubDays {
		for _, ai := range s.w.pubOn[pd] {
			first := c.artFirst[ai]
			n := int32(len(c.articles[ai].Sentences))
			for p := int32(0); p < n && p < int32(s.m.PubSentences); p++ {
				si := first + p
				if s.w.eligible[si] && s.w.mentionedDays(&c.sents[si]) == 0 {
					out = append(out, si)
				}
			}
		}
	}
	return out
}

// boundaryMention reports whether sentence si names day d only as a
// boundary: right after "since", "until", "till", "before" or "after" (or
// those and "the" or "last": "since the 20 April explosion"; or "at
// least": "until at least Friday").
func (s *summarizer) boundaryMention(si, d int32) bool {
	st := &s.w.c.sents[si]
	i := slices.Index(st.days, d)
	if i < 0 {
		return false
	}
	sent := s.w.c.text(st)
	m := sent.Mentions[st.dayMent[i]]
	if m.Start > len(sent.Text) {
		return false
	}
	before := strings.TrimSpace(sent.Text[max(0, m.Start-32):m.Start])
	if at := strings.TrimSuffix(before, "at least"); at != before {
		before = strings.TrimSpace(at) // "until at least Friday"
	}
	w1 := lastWord(before)
	if boundaryWords[strings.ToLower(w1)] {
		return true
	}
	if w1 == "the" || w1 == "last" {
		return boundaryWords[strings.ToLower(lastWord(strings.TrimSpace(strings.TrimSuffix(before, w1))))]
	}
	return false
}

// boundaryWords open a phrase that bounds a span of time at a day.
var boundaryWords = map[string]bool{"since": true, "until": true, "till": true, "before": true, "after": true}

// pool sets the centroid of d's candidates and returns the candidates that
// may be chosen (length bounds), deduplicated, with the centroid's norm.
func (s *summarizer) pool(d int32) (cands, pool []int32, cNorm float64) {
	c := s.w.c
	cands = s.candidates(d)
	s.centroid.reset()
	for _, si := range cands {
		s.centroid.add(c.sents[si].vec, 1)
	}
	cNorm = math.Sqrt(s.centroid.norm2())
	if tw := s.m.TopicWeight; tw > 0 && cNorm > 0 && s.topicNorm > 0 {
		// Both at unit length: target = c/|c| + tw·t/|t|, scaled by |c|.
		s.centroid.addDense(s.topic, float32(tw*cNorm/s.topicNorm))
		cNorm = math.Sqrt(s.centroid.norm2())
	}
	for _, si := range cands {
		st := &c.sents[si]
		if int(st.ntok) < s.m.MinTokens || int(st.ntok) > s.m.MaxTokens || s.m.SkipStamped && st.stamped || s.m.SkipCaptions && st.caption {
			continue
		}
		if s.m.Coherent {
			if dangling, fragment := s.opening(si, d); fragment || dangling && st.speaker == "" {
				continue
			}
		}
		pool = append(pool, si)
	}
	slices.Sort(pool)
	return cands, slices.Compact(pool), cNorm
}

func (s *summarizer) summarize(d int32, k int) []Item {
	cands, pool, cNorm := s.pool(d)
	if cNorm == 0 && s.topicNorm == 0 {
		// Every eligible sentence has a zero tf-idf vector: each word is
		// in every sentence (one sentence, or copies of one). Similarity
		// says nothing, so the sentences are taken in order rather than
		// the timeline left empty.
		cNorm = 1
	}
	if len(pool) == 0 || cNorm == 0 {
		return nil
	}
	var chosen []int32
	if s.m.SentenceModel != nil {
		chosen = s.selectByModel(d, pool, cNorm, k)
	} else {
		chosen = s.selectByCentroid(pool, cNorm, k)
	}
	items := make([]Item, 0, len(chosen))
	for _, si := range chosen {
		items = append(items, s.item(si, d, cands))
	}
	return items
}

// selectByModel takes the k best-scoring sentences that do not repeat one
// already chosen.
func (s *summarizer) selectByModel(d int32, pool []int32, cNorm float64, k int) []int32 {
	scores := make([]float64, len(pool))
	for i, si := range pool {
		s.sentenceFeatures(si, d, cNorm, s.x)
		scores[i] = s.m.SentenceModel.Score(s.x)
	}
	order := make([]int, len(pool))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case scores[a] > scores[b]:
			return -1
		case scores[a] < scores[b]:
			return 1
		}
		return 0
	})
	var chosen []int32
	for _, i := range order {
		if len(chosen) == k {
			break
		}
		if si := pool[i]; !s.redundant(si) {
			chosen = append(chosen, si)
			s.used = append(s.used, si)
		}
	}
	return chosen
}

// selectByCentroid greedily adds the sentence that brings the selection's
// sum closest (by cosine) to the candidates' centroid, skipping sentences
// that repeat one already chosen. Redundancy is checked lazily, best score
// first, since it is the costly test.
func (s *summarizer) selectByCentroid(pool []int32, cNorm float64, k int) []int32 {
	c := s.w.c
	s.sum.reset()
	var chosen []int32
	var sumDotC, sumNorm2 float64
	order := make([]int, len(pool))
	scores := make([]float64, len(pool))
	skip := make([]bool, len(pool))
	for len(chosen) < k {
		order = order[:0]
		for i, si := range pool {
			if skip[i] {
				continue
			}
			v := c.sents[si].vec
			num := sumDotC + s.centroid.dot(v)
			n2 := sumNorm2 + 2*s.sum.dot(v) + 1
			scores[i] = num / (math.Sqrt(n2) * cNorm)
			order = append(order, i)
		}
		slices.SortStableFunc(order, func(a, b int) int {
			switch {
			case scores[a] > scores[b]:
				return -1
			case scores[a] < scores[b]:
				return 1
			}
			return int(pool[a] - pool[b])
		})
		best := -1
		for _, i := range order {
			skip[i] = true
			if !s.redundant(pool[i]) {
				best = i
				break
			}
		}
		if best < 0 {
			break
		}
		v := c.sents[pool[best]].vec
		sumDotC += s.centroid.dot(v)
		sumNorm2 += 2*s.sum.dot(v) + 1
		s.sum.add(v, 1)
		chosen = append(chosen, pool[best])
		s.used = append(s.used, pool[best])
	}
	return chosen
}

// opening reports whether sentence si, as it would be shown under day d,
// opens with an unresolved pronoun or a connective (dangling), or in the
// middle of a sentence (fragment).
func (s *summarizer) opening(si, d int32) (dangling, fragment bool) {
	st := &s.w.c.sents[si]
	if s.m.Trim == (trim.Options{}) && !s.m.CutDayMentions {
		return st.dangling, st.fragment
	}
	shown := s.display(si, d)
	return DanglingOpening(shown) || OpensQuotation(shown), !Statement(shown)
}

// display returns sentence si as it is shown under day d: without the
// mentions of d (Method.CutDayMentions), trimmed (Method.Trim).
func (s *summarizer) display(si, d int32) string {
	st := &s.w.c.sents[si]
	sent := s.w.c.text(st)
	text, ms := sent.Text, sent.Mentions
	if st.lead > 0 {
		text, ms = text[st.lead:], shiftMentions(ms, int(st.lead))
	}
	if s.m.CutDayMentions {
		text = cutDayMention(text, ms, news.DateFromOrdinal(int(d)))
	}
	return trim.Sentence(text, s.m.Trim)
}

// redundant reports whether sentence si repeats one already chosen.
func (s *summarizer) redundant(si int32) bool {
	c := s.w.c
	v := c.sents[si].vec
	for _, u := range s.used {
		if u == si || dot(c.sents[u].vec, v) > s.m.Redundancy {
			return true
		}
	}
	return false
}

func (s *summarizer) item(si, d int32, cands []int32) Item {
	c := s.w.c
	st := &c.sents[si]
	a := c.articles[st.art]
	it := Item{
		Text:      s.display(si, d),
		Doc:       a.ID,
		Source:    a.Source,
		URL:       a.URL,
		Title:     a.Title,
		Published: a.PubDate(),
		DatedBy:   "publication",
		Speaker:   st.speaker,
	}
	if i := s.w.dayIndex(st, d); i >= 0 {
		m := c.text(st).Mentions[st.dayMent[i]]
		it.DatedBy = fmt.Sprintf("mention '%s'", m.Text)
	} else if c.pub[st.art] == d+1 {
		it.DatedBy = "publication the next day"
	}
	docs := []string{a.ID}
	arts := []int32{st.art}
	for _, o := range cands {
		oa := c.articles[c.sents[o].art]
		if o == si || slices.Contains(docs, oa.ID) {
			continue
		}
		if dot(c.sents[o].vec, st.vec) >= s.m.CopyThreshold {
			docs = append(docs, oa.ID)
			arts = append(arts, c.sents[o].art)
		}
	}
	it.Docs = docs
	it.Sources = len(docs)
	it.Independent = s.independent(arts)
	return it
}

// independent counts the independent articles among arts: copies credited
// to one news agency, or reprints of one body, count once (dedup.Origin).
func (s *summarizer) independent(arts []int32) int {
	if len(arts) == 1 {
		return 1
	}
	wires := make([]string, len(arts))
	bodies := make([]uint64, len(arts))
	for i, ai := range arts {
		o, ok := s.origins[ai]
		if !ok {
			a := s.w.c.articles[ai]
			o.wire, o.body = dedup.Origin(a.Text, a.Source)
			s.origins[ai] = o
		}
		wires[i], bodies[i] = o.wire, o.body
	}
	return dedup.Independent(wires, bodies)
}

// origin is an article's agency credit and body hash.
type origin struct {
	wire string
	body uint64
}

// shiftMentions returns the mentions of ms that start at or after off,
// with offsets relative to off.
func shiftMentions(ms []news.Mention, off int) []news.Mention {
	var out []news.Mention
	for _, m := range ms {
		if m.Start >= off {
			m.Start -= off
			m.End -= off
			out = append(out, m)
		}
	}
	return out
}
