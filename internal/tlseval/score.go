package tlseval

import (
	"slices"
	"strings"
	"sync"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/rouge"
)

// PRF is a precision, recall and F1 triple.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F         float64 `json:"f_score"`
}

// RougeScores are the ROUGE-1 and ROUGE-2 scores of one timeline metric.
type RougeScores struct {
	Rouge1 PRF `json:"rouge_1"`
	Rouge2 PRF `json:"rouge_2"`
}

// Result holds every metric for one predicted timeline. The JSON names
// are tilse's.
type Result struct {
	Concat      RougeScores `json:"concat"`
	Agreement   RougeScores `json:"agreement"`
	Align       RougeScores `json:"align_date_costs"`
	AlignPlus   RougeScores `json:"align_date_content_costs"`
	AlignPlusM1 RougeScores `json:"align_date_content_costs_many_to_one"`
	Dates       PRF         `json:"date_f1"`
}

// Metric names one of the timeline ROUGE variants of Martschat and
// Markert (2017).
type Metric int

// The metrics, in tilse's order.
const (
	// Concat compares the concatenations of all summaries.
	Concat Metric = iota
	// Agreement compares the summaries of equal dates.
	Agreement
	// Align aligns dates 1:1 by date distance and weights each pair by
	// 1/(days apart + 1).
	Align
	// AlignPlus aligns dates 1:1 by date distance times content
	// dissimilarity.
	AlignPlus
	// AlignPlusM1 aligns each date to its cheapest counterpart (many to
	// one) under AlignPlus costs; news-tls reports it as AR-1/AR-2.
	AlignPlusM1
)

// Metrics lists every Metric in order.
var Metrics = []Metric{Concat, Agreement, Align, AlignPlus, AlignPlusM1}

var metricNames = [...]string{"concat", "agreement", "align", "align+", "align+ m:1"}

// String returns the metric's name in the paper: "concat", "agreement",
// "align", "align+" or "align+ m:1".
func (m Metric) String() string {
	if m < 0 || int(m) >= len(metricNames) {
		return "Metric(?)"
	}
	return metricNames[m]
}

// Get returns the scores of metric m in res.
func (res *Result) Get(m Metric) RougeScores {
	switch m {
	case Concat:
		return res.Concat
	case Agreement:
		return res.Agreement
	case Align:
		return res.Align
	case AlignPlus:
		return res.AlignPlus
	default:
		return res.AlignPlusM1
	}
}

func (res *Result) set(m Metric, s RougeScores) {
	switch m {
	case Concat:
		res.Concat = s
	case Agreement:
		res.Agreement = s
	case Align:
		res.Align = s
	case AlignPlus:
		res.AlignPlus = s
	default:
		res.AlignPlusM1 = s
	}
}

// Reference is a ground truth of one or more reference timelines (tilse's
// GroundTruth), prepared once so that many predictions can be scored
// against it cheaply: the ROUGE profile of every reference summary, of
// every reference concatenation, and the unigram counts of the content
// cost are computed when it is made.
//
// A Reference is safe for concurrent use.
type Reference struct {
	an    *rouge.Analyzer
	vocab *vocab
	n     int         // number of reference timelines
	dates []news.Date // union of their dates, ascending
	ord   []int       // ordinals of dates
	index map[news.Date]int
	prof  [][]*rouge.Profile // [date][timeline]; empty where a timeline lacks the date
	bags  [][]bag            // [date][timeline] raw unigram counts for approxF1
	size  []int              // [date] Σ over timelines of their bag sizes
	model []rouge.Counts     // [date] counts of an empty peer: the model totals
	cat   []*rouge.Profile   // [timeline] concatenation of all its summaries
}

// PrepareReference prepares the ground truth made of the reference
// timelines tls. news-tls and tilse score against one reference timeline
// at a time; several make a multi-reference ground truth as in tilse's
// command-line tool.
func PrepareReference(tls ...Timeline) *Reference {
	r := &Reference{an: rouge.NewAnalyzer(), vocab: newVocab(), n: len(tls), index: make(map[news.Date]int)}
	for _, tl := range tls {
		for d := range tl {
			if _, ok := r.index[d]; !ok {
				r.index[d] = -1
				r.dates = append(r.dates, d)
			}
		}
	}
	slices.SortFunc(r.dates, news.Date.Compare)
	r.ord = make([]int, len(r.dates))
	r.prof = make([][]*rouge.Profile, len(r.dates))
	r.bags = make([][]bag, len(r.dates))
	r.size = make([]int, len(r.dates))
	r.model = make([]rouge.Counts, len(r.dates))
	for j, d := range r.dates {
		r.index[d] = j
		r.ord[j] = d.Ordinal()
		r.prof[j] = make([]*rouge.Profile, len(tls))
		r.bags[j] = make([]bag, len(tls))
		for x, tl := range tls {
			r.prof[j][x] = r.an.Profile(tl[d]...)
			r.bags[j][x] = r.vocab.bag(tl[d])
			r.size[j] += r.bags[j][x].total
		}
		r.model[j] = rouge.Count(nil, r.prof[j]...)
	}
	for x := range tls {
		parts := make([]*rouge.Profile, len(r.dates))
		for j := range r.dates {
			parts[j] = r.prof[j][x]
		}
		r.cat = append(r.cat, r.an.Concat(parts...))
	}
	return r
}

// Dates returns the reference dates (the union over the reference
// timelines), ascending. The slice must not be modified.
func (r *Reference) Dates() []news.Date { return r.dates }

// Timelines returns the number of reference timelines.
func (r *Reference) Timelines() int { return r.n }

// prediction is a predicted timeline prepared against one Reference.
type prediction struct {
	dates []news.Date
	ord   []int
	prof  []*rouge.Profile
	bags  []bag
	cat   *rouge.Profile
	// refIdx[i] is the index of dates[i] among the reference dates, or -1.
	refIdx []int
}

func (r *Reference) prepare(tl Timeline) *prediction {
	p := &prediction{dates: tl.Dates()}
	n := len(p.dates)
	p.ord = make([]int, n)
	p.prof = make([]*rouge.Profile, n)
	p.bags = make([]bag, n)
	p.refIdx = make([]int, n)
	for i, d := range p.dates {
		p.ord[i] = d.Ordinal()
		p.prof[i] = r.an.Profile(tl[d]...)
		p.bags[i] = r.vocab.bag(tl[d])
		if j, ok := r.index[d]; ok {
			p.refIdx[i] = j
		} else {
			p.refIdx[i] = -1
		}
	}
	p.cat = r.an.Concat(p.prof...)
	return p
}

// ScoreAll scores pred with every metric and the date F1.
func (r *Reference) ScoreAll(pred Timeline) Result {
	p := r.prepare(pred)
	var res Result
	res.Concat = r.concat(p)
	res.Agreement = r.agreement(p)
	dateCost := r.dateCosts(p)
	contentCost := r.contentCosts(p)
	res.Align = r.mapping(p, dateCost, true)
	res.AlignPlus = r.mapping(p, contentCost, true)
	res.AlignPlusM1 = r.mapping(p, contentCost, false)
	res.Dates = r.dateF1(p)
	return res
}

// Score scores pred with metric m.
func (r *Reference) Score(pred Timeline, m Metric) RougeScores {
	p := r.prepare(pred)
	switch m {
	case Concat:
		return r.concat(p)
	case Agreement:
		return r.agreement(p)
	case Align:
		return r.mapping(p, r.dateCosts(p), true)
	case AlignPlus:
		return r.mapping(p, r.contentCosts(p), true)
	default:
		return r.mapping(p, r.contentCosts(p), false)
	}
}

// AlignPlusM1 scores pred with the align+ m:1 metric (news-tls's AR-1 and
// AR-2) and the date F1, the two numbers the literature reports.
func (r *Reference) AlignPlusM1(pred Timeline) (RougeScores, PRF) {
	p := r.prepare(pred)
	return r.mapping(p, r.contentCosts(p), false), r.dateF1(p)
}

// DateF1 scores the dates of pred against the reference dates:
// precision |pred ∩ ref|/|pred|, recall |pred ∩ ref|/|ref|, and F1.
func (r *Reference) DateF1(pred Timeline) PRF {
	shared := 0
	for d := range pred {
		if _, ok := r.index[d]; ok {
			shared++
		}
	}
	return datePRF(shared, len(pred), len(r.dates))
}

func (r *Reference) dateF1(p *prediction) PRF {
	shared := 0
	for _, j := range p.refIdx {
		if j >= 0 {
			shared++
		}
	}
	return datePRF(shared, len(p.dates), len(r.dates))
}

func datePRF(shared, nPred, nRef int) PRF {
	var s PRF
	if nPred > 0 {
		s.Precision = float64(shared) / float64(nPred)
	}
	if nRef > 0 {
		s.Recall = float64(shared) / float64(nRef)
	}
	s.F = fScore(s.Precision, s.Recall)
	return s
}

// fScore is tilse's get_f_score with beta 1: 2pr/(p+r), 0 when p+r is 0.
func fScore(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ratio is num/den, 0 when den is 0.
func ratio(num float64, den int) float64 {
	if den == 0 {
		return 0
	}
	return num / float64(den)
}

// accum sums the numerators and denominators of one ROUGE measure.
type accum struct {
	precNum, recNum float64
	precDen, recDen int
}

func (a accum) prf() PRF {
	p, r := ratio(a.precNum, a.precDen), ratio(a.recNum, a.recDen)
	return PRF{Precision: p, Recall: r, F: fScore(p, r)}
}

func scores(a1, a2 accum) RougeScores {
	return RougeScores{Rouge1: a1.prf(), Rouge2: a2.prf()}
}

// concat compares the concatenated summaries (tilse evaluate_concat).
// tilse divides by zero when the prediction or the references have no
// counted words; here those ratios are 0.
func (r *Reference) concat(p *prediction) RougeScores {
	c := rouge.Count(p.cat, r.cat...)
	a1 := accum{precNum: float64(c.Rouge1.Hit), recNum: float64(c.Rouge1.Hit), precDen: c.Rouge1.Peer, recDen: c.Rouge1.Model}
	a2 := accum{precNum: float64(c.Rouge2.Hit), recNum: float64(c.Rouge2.Hit), precDen: c.Rouge2.Peer, recDen: c.Rouge2.Model}
	return scores(a1, a2)
}

// agreement compares the summaries of each date in either timeline
// (tilse evaluate_agreement). All sums are of integers.
func (r *Reference) agreement(p *prediction) RougeScores {
	var a1, a2 accum
	var h1, h2 int
	for i, j := range p.refIdx {
		if j < 0 {
			c := r.unmatchedPred(p, i)
			a1.precDen += c.Rouge1.Peer
			a2.precDen += c.Rouge2.Peer
			continue
		}
		c := rouge.Count(p.prof[i], r.prof[j]...)
		h1 += c.Rouge1.Hit
		h2 += c.Rouge2.Hit
		a1.precDen += c.Rouge1.Peer
		a2.precDen += c.Rouge2.Peer
	}
	// A reference date missing from the prediction adds no hits, only
	// its model n-grams.
	for j := range r.dates {
		a1.recDen += r.model[j].Rouge1.Model
		a2.recDen += r.model[j].Rouge2.Model
	}
	a1.precNum, a1.recNum = float64(h1), float64(h1)
	a2.precNum, a2.recNum = float64(h2), float64(h2)
	return scores(a1, a2)
}

// unmatchedPred returns the counts of predicted date i against empty
// references: no hits, and its n-grams once per reference timeline.
func (r *Reference) unmatchedPred(p *prediction, i int) rouge.Counts {
	var c rouge.Counts
	c.Rouge1.Peer = r.n * p.prof[i].Unigrams()
	c.Rouge2.Peer = r.n * p.prof[i].Bigrams()
	return c
}

// dateCosts returns the align cost matrix, rows the predicted dates and
// columns the reference dates: 1 − 1/(days apart + 1).
func (r *Reference) dateCosts(p *prediction) []float64 {
	nc := len(r.dates)
	cost := make([]float64, len(p.dates)*nc)
	for i := range p.dates {
		for j := range r.dates {
			cost[i*nc+j] = dateFactor(p.ord[i], r.ord[j])
		}
	}
	return cost
}

// contentCosts returns the align+ cost matrix: the date cost times
// 1 − approxF1 of the two summaries.
func (r *Reference) contentCosts(p *prediction) []float64 {
	nc := len(r.dates)
	cost := make([]float64, len(p.dates)*nc)
	for i := range p.dates {
		for j := range r.dates {
			df := dateFactor(p.ord[i], r.ord[j])
			cost[i*nc+j] = df * (1 - r.approxF1(p.bags[i], j))
		}
	}
	return cost
}

func dateFactor(a, b int) float64 {
	return 1 - 1/float64(absInt(a-b)+1)
}

func weight(a, b int) float64 {
	return 1 / float64(absInt(a-b)+1)
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// approxF1 is tilse's compute_rouge_approximation of the predicted
// summary with bag pb against reference date j.
func (r *Reference) approxF1(pb bag, j int) float64 {
	match := 0
	for _, rb := range r.bags[j] {
		match += pb.hits(rb)
	}
	var prec, rec float64
	if d := r.n * pb.total; d != 0 {
		prec = float64(match) / float64(d)
	}
	if d := r.size[j]; d != 0 {
		rec = float64(match) / float64(d)
	}
	return fScore(prec, rec)
}

// mapping is tilse's _evaluate_per_day_mapping_micro with the given cost
// matrix (rows predicted dates, columns reference dates): a 1:1 optimal
// assignment (align, align+) or each row's cheapest column (align+ m:1).
func (r *Reference) mapping(p *prediction, cost []float64, oneToOne bool) RougeScores {
	np, nr := len(p.dates), len(r.dates)
	tcost := transposed(cost, np, nr)
	var precRows, precCols, recRows, recCols []int
	if oneToOne {
		precRows, precCols = linearSumAssignment(cost, np, nr)
		recRows, recCols = linearSumAssignment(tcost, nr, np)
	} else {
		precRows, precCols = argminRows(cost, np, nr)
		recRows, recCols = argminRows(tcost, nr, np)
	}

	var a1, a2 accum
	matched := make([]bool, max(np, nr))
	for k, i := range precRows {
		j := precCols[k]
		c := rouge.Count(p.prof[i], r.prof[j]...)
		w := weight(p.ord[i], r.ord[j])
		// float64(...) keeps each product rounded on its own (no fused
		// multiply-add), as in Python.
		a1.precNum += float64(w * float64(c.Rouge1.Hit))
		a2.precNum += float64(w * float64(c.Rouge2.Hit))
		a1.precDen += c.Rouge1.Peer
		a2.precDen += c.Rouge2.Peer
		matched[i] = true
	}
	for i := range np {
		if !matched[i] {
			c := r.unmatchedPred(p, i)
			a1.precDen += c.Rouge1.Peer
			a2.precDen += c.Rouge2.Peer
		}
	}

	clear(matched)
	for k, j := range recRows {
		i := recCols[k]
		c := rouge.Count(p.prof[i], r.prof[j]...)
		w := weight(p.ord[i], r.ord[j])
		a1.recNum += float64(w * float64(c.Rouge1.Hit))
		a2.recNum += float64(w * float64(c.Rouge2.Hit))
		a1.recDen += c.Rouge1.Model
		a2.recDen += c.Rouge2.Model
		matched[j] = true
	}
	for j := range nr {
		if !matched[j] {
			a1.recDen += r.model[j].Rouge1.Model
			a2.recDen += r.model[j].Rouge2.Model
		}
	}
	return scores(a1, a2)
}

func transposed(m []float64, nr, nc int) []float64 {
	t := make([]float64, len(m))
	for i := range nr {
		for j := range nc {
			t[j*nr+i] = m[i*nc+j]
		}
	}
	return t
}

// argminRows matches every row to its cheapest column, the first one on
// ties (numpy's argmin). Rows of a matrix without columns stay unmatched
// (numpy raises there).
func argminRows(cost []float64, nr, nc int) (rows, cols []int) {
	if nc == 0 {
		return nil, nil
	}
	rows = make([]int, nr)
	cols = make([]int, nr)
	for i := range nr {
		best := 0
		for j := 1; j < nc; j++ {
			if cost[i*nc+j] < cost[i*nc+best] {
				best = j
			}
		}
		rows[i], cols[i] = i, best
	}
	return rows, cols
}

// punctuation is Python's string.punctuation. approxF1 drops a token
// that is a substring of it ("tok in string.punctuation").
const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// bag is the multiset of raw tokens of a summary for approxF1: case kept,
// no stemming, punctuation tokens dropped. Tokens are numbered by a vocab.
type bag struct {
	toks  []tokCount // sorted by id
	total int
}

type tokCount struct {
	id uint32
	n  int32
}

// hits returns Σ_tok min(b[tok], o[tok]).
func (b bag) hits(o bag) int {
	h := 0
	x, y := b.toks, o.toks
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			h += int(min(x[i].n, y[j].n))
			i++
			j++
		}
	}
	return h
}

// vocab numbers raw tokens; it is shared by a Reference and the
// predictions scored against it.
type vocab struct {
	mu  sync.Mutex
	ids map[string]uint32
}

func newVocab() *vocab { return &vocab{ids: make(map[string]uint32)} }

func (v *vocab) bag(sentences []string) bag {
	n := 0
	for _, s := range sentences {
		n += len(s)
	}
	ids := make([]uint32, 0, n/4)
	v.mu.Lock()
	for _, s := range sentences {
		for tok := range strings.FieldsFuncSeq(s, rouge.IsSpace) {
			if strings.Contains(punctuation, tok) {
				continue
			}
			id, ok := v.ids[tok]
			if !ok {
				id = uint32(len(v.ids))
				v.ids[strings.Clone(tok)] = id
			}
			ids = append(ids, id)
		}
	}
	v.mu.Unlock()
	slices.Sort(ids)
	b := bag{total: len(ids)}
	distinct := 0
	for k := range ids {
		if k == 0 || ids[k] != ids[k-1] {
			distinct++
		}
	}
	b.toks = make([]tokCount, 0, distinct)
	for k := 0; k < len(ids); {
		l := k + 1
		for l < len(ids) && ids[l] == ids[k] {
			l++
		}
		b.toks = append(b.toks, tokCount{id: ids[k], n: int32(l - k)})
		k = l
	}
	return b
}

// ScoreAll scores pred against the ground truth made of refs with every
// metric. To score many predictions against the same references, use
// [PrepareReference] once and [Reference.ScoreAll].
func ScoreAll(pred Timeline, refs ...Timeline) Result {
	return PrepareReference(refs...).ScoreAll(pred)
}

// MacroAverage averages results over tasks as tilse and news-tls do: for
// every metric the mean precision and the mean recall (summed in the
// given order), and F1 computed from those two means, not the mean F1.
func MacroAverage(results []Result) Result {
	var avg Result
	if len(results) == 0 {
		return avg
	}
	for _, m := range Metrics {
		r1 := make([]PRF, len(results))
		r2 := make([]PRF, len(results))
		for k := range results {
			s := results[k].Get(m)
			r1[k], r2[k] = s.Rouge1, s.Rouge2
		}
		avg.set(m, RougeScores{Rouge1: AveragePRF(r1), Rouge2: AveragePRF(r2)})
	}
	dates := make([]PRF, len(results))
	for k := range results {
		dates[k] = results[k].Dates
	}
	avg.Dates = AveragePRF(dates)
	return avg
}

// AveragePRF returns the mean precision, the mean recall and the F1 of
// those means.
func AveragePRF(s []PRF) PRF {
	if len(s) == 0 {
		return PRF{}
	}
	var p, r float64
	for _, x := range s {
		p += x.Precision
		r += x.Recall
	}
	p /= float64(len(s))
	r /= float64(len(s))
	return PRF{Precision: p, Recall: r, F: fScore(p, r)}
}
