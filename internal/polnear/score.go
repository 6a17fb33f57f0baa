package polnear

import (
	"sort"
	"strings"
	"unicode"
)

// OverlapThreshold is the token-overlap ratio at which two content spans
// match (see [Score]).
const OverlapThreshold = 0.3

// quoteMarks are the characters that make a content span a direct quote.
const quoteMarks = "\"“”„‟«»"

// HasQuoteMark reports whether s contains a double quotation mark (straight,
// curly, low-9 or guillemet) or a Penn Treebank quote token (“ or ”).
func HasQuoteMark(s string) bool {
	return strings.ContainsAny(s, quoteMarks) || strings.Contains(s, "``") || strings.Contains(s, "''")
}

// PRF holds precision, recall and F1 (fractions 0..1) with the weighted
// counts they come from.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	// Correct, Predicted and Gold are the (annotator-weighted) counts.
	Correct   float64 `json:"correct"`
	Predicted float64 `json:"predicted"`
	Gold      float64 `json:"gold"`
}

func (m *PRF) finish() {
	m.P, m.R, m.F1 = 0, 0, 0
	if m.Predicted > 0 {
		m.P = m.Correct / m.Predicted
	}
	if m.Gold > 0 {
		m.R = m.Correct / m.Gold
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
}

func (m *PRF) add(o PRF, w float64) {
	m.Correct += w * o.Correct
	m.Predicted += w * o.Predicted
	m.Gold += w * o.Gold
}

// SpanScores is exact and overlap scoring of one kind of span.
type SpanScores struct {
	Exact   PRF `json:"exact"`
	Overlap PRF `json:"overlap"`
}

// Subset scores one subset of attributions (direct quotes, or all).
type Subset struct {
	// Quote scores the content spans.
	Quote SpanScores `json:"quote"`
	// Source scores the speaker spans of the attributions whose content
	// matched at overlap.
	Source SpanScores `json:"source"`
}

// Scores is the result of [Score]: direct quotes and all attributions.
type Scores struct {
	Direct Subset `json:"direct"`
	All    Subset `json:"all"`
}

// Finish computes P, R and F1 from the accumulated counts.
func (s *Scores) Finish() {
	for _, sub := range []*Subset{&s.Direct, &s.All} {
		for _, m := range []*PRF{&sub.Quote.Exact, &sub.Quote.Overlap, &sub.Source.Exact, &sub.Source.Overlap} {
			m.finish()
		}
	}
}

// Add accumulates o into s with weight w (counts only; call Finish after).
func (s *Scores) Add(o Scores, w float64) {
	for i, sub := range []*Subset{&s.Direct, &s.All} {
		osub := []Subset{o.Direct, o.All}[i]
		sub.Quote.Exact.add(osub.Quote.Exact, w)
		sub.Quote.Overlap.add(osub.Quote.Overlap, w)
		sub.Source.Exact.add(osub.Source.Exact, w)
		sub.Source.Overlap.add(osub.Source.Overlap, w)
	}
}

// Predicted is a predicted attribution for scoring: its content and source
// spans, and whether the extractor considers it a direct quote.
type Predicted struct {
	Attribution
	Direct bool
}

// Score compares the predicted attributions of one article with one gold
// annotation of it. The protocol:
//
//   - Spans are compared as sets of word tokens (maximal runs of letters
//     and digits) that they touch, so whitespace, punctuation and quotation
//     marks at the edges never matter and a discontinuous span is the union
//     of its fragments. Attributions whose content touches no word token
//     are ignored on both sides.
//   - A gold attribution is direct when the text of its content contains a
//     double quotation mark ([HasQuoteMark]); a predicted one when the
//     extractor says so or its content contains one. The "direct" subset
//     scores direct predictions against direct gold; "all" scores
//     everything against everything.
//   - Quote exact: a prediction is correct when its token set equals that
//     of a gold content; pairs are one-to-one.
//   - Quote overlap: a prediction and a gold content match when their
//     common tokens are at least [OverlapThreshold] of the larger of the
//     two sets (so both the token precision and the token recall of the
//     pair reach 0.3); pairs are made one-to-one, best ratio first.
//   - Source: over the pairs matched at quote overlap, a predicted source
//     is correct (exact) when its token set equals the gold Source's, and
//     (overlap) when the two share at least one token. Precision divides
//     by the predictions that name a source, recall by the gold
//     attributions that have one. For a pronoun speaker the gold Source is
//     the pronoun, so the predicted mention span is what is scored, not
//     the resolved entity.
func Score(text string, gold []Attribution, pred []Predicted) Scores {
	tk := newTokenIndex(text)
	var g, p []item
	for _, a := range gold {
		it := item{content: tk.set(a.Content), source: tk.set(a.Source), direct: HasQuoteMark(joinSpans(text, a.Content))}
		if len(it.content) > 0 {
			g = append(g, it)
		}
	}
	for _, a := range pred {
		it := item{content: tk.set(a.Content), source: tk.set(a.Source), direct: a.Direct || HasQuoteMark(joinSpans(text, a.Content))}
		if len(it.content) > 0 {
			p = append(p, it)
		}
	}
	var s Scores
	s.All = scoreSubset(g, p)
	s.Direct = scoreSubset(filterDirect(g), filterDirect(p))
	return s
}

type item struct {
	content, source []int
	direct          bool
}

func filterDirect(in []item) []item {
	var out []item
	for _, it := range in {
		if it.direct {
			out = append(out, it)
		}
	}
	return out
}

func scoreSubset(gold, pred []item) Subset {
	var s Subset
	s.Quote.Exact.Gold, s.Quote.Overlap.Gold = float64(len(gold)), float64(len(gold))
	s.Quote.Exact.Predicted, s.Quote.Overlap.Predicted = float64(len(pred)), float64(len(pred))
	for _, it := range gold {
		if len(it.source) > 0 {
			s.Source.Exact.Gold++
			s.Source.Overlap.Gold++
		}
	}
	for _, it := range pred {
		if len(it.source) > 0 {
			s.Source.Exact.Predicted++
			s.Source.Overlap.Predicted++
		}
	}
	// Exact: one-to-one equal token sets.
	usedG := make([]bool, len(gold))
	for _, p := range pred {
		for j, g := range gold {
			if !usedG[j] && equalInts(p.content, g.content) {
				usedG[j] = true
				s.Quote.Exact.Correct++
				break
			}
		}
	}
	// Overlap: candidate pairs above threshold, best ratio first.
	type pair struct {
		i, j  int
		ratio float64
	}
	var pairs []pair
	for i, p := range pred {
		for j, g := range gold {
			c := intersect(p.content, g.content)
			if c == 0 {
				continue
			}
			r := float64(c) / float64(max(len(p.content), len(g.content)))
			if r >= OverlapThreshold {
				pairs = append(pairs, pair{i, j, r})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].ratio > pairs[b].ratio })
	usedP := make([]bool, len(pred))
	clear(usedG)
	for _, pr := range pairs {
		if usedP[pr.i] || usedG[pr.j] {
			continue
		}
		usedP[pr.i], usedG[pr.j] = true, true
		s.Quote.Overlap.Correct++
		ps, gs := pred[pr.i].source, gold[pr.j].source
		if len(ps) == 0 || len(gs) == 0 {
			continue
		}
		if equalInts(ps, gs) {
			s.Source.Exact.Correct++
		}
		if intersect(ps, gs) > 0 {
			s.Source.Overlap.Correct++
		}
	}
	return s
}

func joinSpans(text string, spans []Span) string {
	var b strings.Builder
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		b.WriteString(text[sp.Start:sp.End])
		b.WriteByte(' ')
	}
	return b.String()
}

// tokenIndex holds the byte ranges of the word tokens of a text.
type tokenIndex struct {
	starts, ends []int
}

func newTokenIndex(text string) *tokenIndex {
	t := &tokenIndex{}
	in := false
	for i, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case w && !in:
			t.starts = append(t.starts, i)
			in = true
		case !w && in:
			t.ends = append(t.ends, i)
			in = false
		}
	}
	if in {
		t.ends = append(t.ends, len(text))
	}
	return t
}

// set returns the sorted indexes of the tokens that the spans touch.
func (t *tokenIndex) set(spans []Span) []int {
	var out []int
	for _, sp := range spans {
		// First token ending after sp.Start.
		i := sort.SearchInts(t.ends, sp.Start+1)
		for ; i < len(t.starts) && t.starts[i] < sp.End; i++ {
			out = append(out, i)
		}
	}
	if len(out) < 2 {
		return out
	}
	sort.Ints(out)
	k := 1
	for i := 1; i < len(out); i++ {
		if out[i] != out[k-1] {
			out[k] = out[i]
			k++
		}
	}
	return out[:k]
}

func intersect(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
