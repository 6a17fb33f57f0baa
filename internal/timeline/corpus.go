package timeline

import (
	"math"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/trim"
)

// Analyzer turns text into index terms (lowercased, stopwords removed,
// stemmed). Package text provides the standard one.
type Analyzer interface {
	// AppendTerms appends the terms of s to dst and returns the result.
	AppendTerms(dst []string, s string) []string
}

// Corpus is a set of annotated articles indexed for timeline selection.
// Building it costs one pass over every sentence; [Build] can then be called
// many times (different windows, queries, L and k) on the same Corpus.
// A Corpus is read-only after [NewCorpus] and safe for concurrent use.
type Corpus struct {
	articles []*news.Article
	pub      []int32 // publication day ordinal per article
	sents    []sentence
	artFirst []int32 // index in sents of each article's first sentence
	idf      []float32
	nterms   int
	// chronology marks articles that read like a timeline or factbox:
	// several sentences open with a date.
	chronology []bool
}

// openingBytes is how far into a sentence a date may start and still
// "open" it ("On April 20 , ...", "April 22 - ...").
const openingBytes = 4

// chronologyMin is how many date-led sentences make an article a
// chronology.
const chronologyMin = 3

// sentence is the indexed form of one news.Sentence.
type sentence struct {
	art  int32
	pos  int32  // index of the sentence in its article
	vec  sparse // L2-normalised tf-idf
	ntok int32  // number of index terms
	// days are the distinct day-level dates the sentence mentions, with the
	// index of the first mention of each in the news.Sentence's Mentions.
	days     []int32
	dayMent  []int16
	months   []int32 // first day of each distinct month-level mention
	explicit []bool  // per day: the mention was explicit, not relative
	// clock marks, per day, a day known only from a bare clock time
	// ("at 5:24 pm"); see Method.IgnoreClockTimes.
	clock []bool
	// lead is where the sentence's own text starts: past a headline or
	// caption glued in front of an article's first sentence (see
	// trim.LeadStart); 0 for every other sentence. The index terms and the
	// shown text use the part from lead on; the keyword filter and the
	// date mentions still see the whole line.
	lead int32
	// stamped: the sentence holds a time stamp (see timeStamp) and is not
	// its article's first line (whose stamp trim cuts), or a comment's
	// header (see commentHeader): the mark of a comment or a post rather
	// than of the story's text.
	stamped bool
	// fragment: the sentence is no statement a timeline can show (see
	// Statement): it starts mid-sentence, is written in capitals or asks a
	// question.
	fragment bool
	// caption: the sentence reads as a photo or video caption, a credit or
	// a pointer to other media (see Caption).
	caption bool
	// speaker is the resolved speaker of a quote in the sentence, if any.
	speaker string
	// dangling: the sentence opens with a pronoun or connective that
	// points outside it ("He added ...", "But ...").
	dangling bool
}

// sparse is a sparse vector with ascending ids.
type sparse struct {
	ids []int32
	w   []float32
}

// NewCorpus indexes articles. Articles must carry Sentences (and their
// Mentions); the slice and the articles must not be modified afterwards.
func NewCorpus(articles []*news.Article, an Analyzer) *Corpus {
	n := 0
	for _, a := range articles {
		n += len(a.Sentences)
	}
	c := &Corpus{articles: articles, sents: make([]sentence, 0, n),
		pub: make([]int32, 0, len(articles)), artFirst: make([]int32, 0, len(articles))}
	vocab := make(map[string]int32)
	var df []int32
	var terms []string
	var ids []int32
	speakers := corpusSpeakers(articles)
	// How the collection writes its words, for leads glued to a headline
	// with no opener word (trim.LeadStartIn).
	var wc trim.WordCase
	for _, a := range articles {
		for si := 1; si < len(a.Sentences); si++ {
			wc.Observe(a.Sentences[si].Text)
		}
	}
	for ai, a := range articles {
		c.pub = append(c.pub, int32(a.PubDate().Ordinal()))
		c.artFirst = append(c.artFirst, int32(len(c.sents)))
		for si := range a.Sentences {
			s := &a.Sentences[si]
			st := sentence{art: int32(ai), pos: int32(si), speaker: speakers(speakerOf(a, si))}
			if si == 0 || Fragment(s.Text) || mayLead(s.Text) && Fragment(trim.Sentence(s.Text, leaderOnly)) || trim.HasCredit(s.Text) || trim.OpensWithHeading(s.Text) {
				// An article's first line, a later line that starts
				// mid-sentence (past its dateline), one holding a photo
				// credit or one opening on a heading in capitals: each may
				// carry a headline, caption, credit or heading glued to the
				// sentence.
				st.lead = int32(trim.LeadStartIn(s.Text, &wc))
			}
			shown := s.Text[st.lead:]
			st.dangling = DanglingOpening(shown) || OpensQuotation(shown)
			st.fragment = !Statement(shown)
			st.caption = Caption(shown)
			terms = an.AppendTerms(terms[:0], shown)
			ids = ids[:0]
			for _, t := range terms {
				id, ok := vocab[t]
				if !ok {
					id = int32(len(vocab))
					vocab[t] = id
					df = append(df, 0)
				}
				ids = append(ids, id)
			}
			st.ntok = int32(len(ids))
			slices.Sort(ids)
			for _, id := range compactCount(ids, &st.vec) {
				df[id]++
			}
			for mi, m := range s.Mentions {
				switch m.Granularity {
				case news.GranDay:
					st.addDay(int32(m.Date.Ordinal()), mi, m)
					st.stamped = st.stamped || st.pos > 0 && timeStamp(s.Text, s.Mentions, mi)
				case news.GranMonth:
					o := int32(m.Date.Ordinal())
					if !slices.Contains(st.months, o) {
						st.months = append(st.months, o)
					}
				}
			}
			st.stamped = st.stamped || commentHeader(s.Text)
			c.sents = append(c.sents, st)
		}
	}
	c.nterms = len(vocab)
	c.chronology = make([]bool, len(articles))
	for ai, a := range articles {
		n := 0
		for _, s := range a.Sentences {
			for _, m := range s.Mentions {
				if m.Granularity == news.GranDay && m.Start <= openingBytes {
					n++
					break
				}
			}
		}
		c.chronology[ai] = n >= chronologyMin
	}
	ns := float64(len(c.sents)) + 1
	c.idf = make([]float32, len(df))
	for i, d := range df {
		c.idf[i] = float32(math.Log(ns / (float64(d) + 1)))
	}
	for i := range c.sents {
		v := &c.sents[i].vec
		var norm float64
		for j, id := range v.ids {
			v.w[j] *= c.idf[id]
			norm += float64(v.w[j]) * float64(v.w[j])
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for j := range v.w {
				v.w[j] *= inv
			}
		}
	}
	return c
}

// leaderOnly trims a leading dateline, byline or stamp and nothing else.
var leaderOnly = trim.Options{Datelines: true, MinWords: 1}

// mayLead reports whether s may open with a dateline, byline or stamp that
// trim cuts: one ends in a dash, a colon or a bar standing alone within
// its first bytes.
func mayLead(s string) bool {
	head := s[:min(len(s), 120)]
	for _, sep := range leaderSeps {
		if strings.Contains(head, sep) {
			return true
		}
	}
	return false
}

var leaderSeps = []string{" - ", " -- ", " : ", " | ", " — ", " – "}

// addDay records the day-level mention mi of the sentence. A day already
// recorded keeps its first mention, unless that was a bare clock time and
// this one is not.
func (st *sentence) addDay(o int32, mi int, m news.Mention) {
	clock := bareClock(m)
	if i := slices.Index(st.days, o); i >= 0 {
		if st.clock[i] && !clock {
			st.dayMent[i], st.explicit[i], st.clock[i] = int16(mi), !m.Relative, false
		}
		return
	}
	st.days = append(st.days, o)
	st.dayMent = append(st.dayMent, int16(mi))
	st.explicit = append(st.explicit, !m.Relative)
	st.clock = append(st.clock, clock)
}

// compactCount turns sorted ids with repeats into distinct ids, storing
// term frequencies into v. It returns the distinct ids.
func compactCount(ids []int32, v *sparse) []int32 {
	for i := 0; i < len(ids); {
		j := i
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		v.ids = append(v.ids, ids[i])
		v.w = append(v.w, float32(1+math.Log(float64(j-i))))
		i = j
	}
	return v.ids
}

// Len returns the number of articles in c.
func (c *Corpus) Len() int { return len(c.articles) }

// Articles returns the indexed articles; the caller must not modify them.
func (c *Corpus) Articles() []*news.Article { return c.articles }

func (c *Corpus) text(s *sentence) *news.Sentence {
	return &c.articles[s.art].Sentences[s.pos]
}

// dense is a reusable dense accumulator over the vocabulary.
type dense struct {
	w       []float32
	touched []int32
}

func newDense(n int) *dense { return &dense{w: make([]float32, n)} }

func (d *dense) add(v sparse, scale float32) {
	for j, id := range v.ids {
		if d.w[id] == 0 {
			d.touched = append(d.touched, id)
		}
		d.w[id] += v.w[j] * scale
	}
}

// addDense adds e, scaled, to d.
func (d *dense) addDense(e *dense, scale float32) {
	for _, id := range e.touched {
		if d.w[id] == 0 {
			d.touched = append(d.touched, id)
		}
		d.w[id] += e.w[id] * scale
	}
}

func (d *dense) dot(v sparse) float64 {
	var s float64
	for j, id := range v.ids {
		s += float64(d.w[id]) * float64(v.w[j])
	}
	return s
}

func (d *dense) norm2() float64 {
	var s float64
	for _, id := range d.touched {
		s += float64(d.w[id]) * float64(d.w[id])
	}
	return s
}

func (d *dense) reset() {
	for _, id := range d.touched {
		d.w[id] = 0
	}
	d.touched = d.touched[:0]
}

func dot(a, b sparse) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += float64(a.w[i]) * float64(b.w[j])
			i++
			j++
		}
	}
	return s
}

// corpusSpeakers returns a function giving a speaker's name as the corpus
// names it (entity.Directory over every quote's speaker).
func corpusSpeakers(articles []*news.Article) func(string) string {
	var dir entity.Directory
	for _, a := range articles {
		for _, q := range a.Quotes {
			dir.Add(q.Speaker, 1)
		}
	}
	memo := map[string]string{"": ""}
	return func(name string) string {
		c, ok := memo[name]
		if !ok {
			c = dir.Canonical(name)
			memo[name] = c
		}
		return c
	}
}

// speakerOf returns the resolved speaker of the first direct quote that
// starts in sentence si of a, or "".
func speakerOf(a *news.Article, si int) string {
	for _, q := range a.Quotes {
		if q.Sentence == si && q.Direct && q.Speaker != "" {
			return q.Speaker
		}
	}
	return ""
}
