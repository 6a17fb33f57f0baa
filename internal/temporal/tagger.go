package temporal

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// Options configure a [Tagger]. The zero value is the default.
type Options struct {
	// DatesOnly keeps only mentions that resolve to a calendar period
	// (Granularity other than GranNone): durations, sets, seasons, decades
	// and PRESENT_REF-style references are dropped.
	DatesOnly bool
}

// Tagger finds and normalises time expressions. It is immutable after
// [New] and safe for concurrent use.
type Tagger struct {
	lex  map[string]*entry
	opts Options
	pool sync.Pool // *[]token scratch buffers
}

// New returns a Tagger.
func New(opts Options) *Tagger {
	t := &Tagger{lex: buildLexicon(), opts: opts}
	t.pool.New = func() any { b := make([]token, 0, 64); return &b }
	return t
}

// Tag finds the time expressions in text (typically one sentence) and
// resolves them against ref, the publication date. Offsets in the returned
// mentions are byte offsets into text, and Text == text[Start:End]. Mentions
// do not overlap and come in text order.
//
// When ref is the zero Date, expressions whose value depends on it keep
// their type and extent but get a value with every digit replaced by X and
// no Date.
func (t *Tagger) Tag(text string, ref news.Date) []news.Mention {
	return t.TagAnchored(text, ref, news.Date{})
}

// TagAnchored is [Tagger.Tag] for a sentence of a running text: anchor is
// the day the text last named before it (see [Anchor]), the narrative's
// reference time. Anaphoric expressions — "two days later", "the next
// day", "the following day", "the previous day", "the following week" —
// count from the day named earlier in the same sentence, else from anchor,
// else from ref; everything else counts from ref, as in Tag.
func (t *Tagger) TagAnchored(text string, ref, anchor news.Date) []news.Mention {
	bp := t.pool.Get().(*[]token)
	toks, trig := t.tokenize(text, (*bp)[:0])
	var out []news.Mention
	if trig {
		p := parser{t: t, text: text, tk: toks, ref: ref, anchor: anchor}
		out = p.run()
	}
	if cap(toks) <= 1024 {
		*bp = toks[:0]
		t.pool.Put(bp)
	}
	return out
}

// parser holds the state of one Tag call.
type parser struct {
	t      *Tagger
	text   string
	tk     []token
	ref    news.Date
	anchor news.Date // the day the text named last before this sentence
	cur    news.Date // the day this sentence named last, so far
}

// narrative returns the day anaphoric expressions count from: the last
// day named in the sentence, else the text's anchor, else the reference
// (publication) date.
func (p *parser) narrative() news.Date {
	switch {
	case !p.cur.IsZero():
		return p.cur
	case !p.anchor.IsZero():
		return p.anchor
	}
	return p.ref
}

// Anchor returns the day a sentence's mentions leave as the narrative's
// reference time for the sentences after it: the last day-level date it
// names, or prev when it names none.
func Anchor(ms []news.Mention, prev news.Date) news.Date {
	for i := len(ms) - 1; i >= 0; i-- {
		if m := ms[i]; m.Granularity == news.GranDay && m.Type == news.TypeDate && !m.Date.IsZero() {
			return m.Date
		}
	}
	return prev
}

func (p *parser) run() []news.Mention {
	var out []news.Mention
	for i := 0; i < len(p.tk); {
		v, j, ok := p.matchAt(i)
		if !ok || j <= i {
			i++
			continue
		}
		// Trailing punctuation never ends an extent, except an abbreviation dot kept inside a word.
		m := news.Mention{Start: p.tk[i].s, End: p.tk[j-1].e, Type: v.typ, Value: v.v,
			Date: v.date, Granularity: v.gran, Relative: v.rel}
		// A clock time with no day of its own takes the day named earlier in the sentence.
		if v.dayless && !p.cur.IsZero() {
			m.Value, m.Date = dayValue(p.cur)+v.v[10:], p.cur
		}
		// The day named last: what a clock time or an anaphoric expression
		// after it counts from (without a reference date, relative days
		// have none).
		if v.gran == news.GranDay && (v.typ == news.TypeDate || p.namesDay(i, j)) && (!p.ref.IsZero() || !v.rel) {
			p.cur = v.date
		}
		if p.ref.IsZero() && v.rel {
			m.Value = strings.TrimPrefix(m.Value, "-")
			m.Value = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return 'X'
				}
				return r
			}, m.Value)
			m.Date, m.Granularity = news.Date{}, news.GranNone
		}
		if p.t.opts.DatesOnly && m.Granularity == news.GranNone {
			i = j
			continue
		}
		m.Text = p.text[m.Start:m.End]
		// "1-2 June", "between 3 and 5 March": the days listed before a
		// day-first date are mentions of their own.
		prevEnd := 0
		if len(out) > 0 {
			prevEnd = out[len(out)-1].End
		}
		out = p.rangeStart(out, m, i, prevEnd)
		out = append(out, m)
		i = j
		// "March 1-2", "April 20 to 22", "June 3 and 4": the range's last
		// day is a mention of its own.
		if m2, k, year, ok := p.rangeEnd(m, j); ok {
			if year {
				// "April 20 to 22, 2018": the year closing the range is the first day's too.
				first := &out[len(out)-1]
				first.Date = news.NewDate(m2.Date.Year, first.Date.Month, first.Date.Day)
				first.Value = dayValue(first.Date) + first.Value[10:]
			}
			out = append(out, m2)
			p.cur = m2.Date
			i = k
		}
	}
	return out
}

// rangeConnector reports whether token k joins two days of a range or
// list: a dash, "to", "until", "till", "through", "and", "or" (and, when
// comma is true, a comma).
func (p *parser) rangeConnector(k int, comma bool) bool {
	if p.pc(k, '-') || comma && p.pc(k, ',') {
		return true
	}
	e := p.e(k)
	if e == nil {
		return false
	}
	switch e.w {
	case "to", "until", "till", "through", "and", "or":
		return true
	}
	return false
}

// rangeEndsAt reports whether a day number ending a range may stand
// before token k: the end of the phrase or a function word, not a noun,
// unit, month or number that would make it a count ("June 3 and 4
// people", "June 3 to 4 p.m.", "June 3 and 4 July").
func (p *parser) rangeEndsAt(k int) bool {
	if k >= len(p.tk) {
		return true
	}
	tk := p.tk[k]
	switch tk.kind {
	case tPunct:
		switch tk.ch {
		case '%', '/', '$':
			return false
		case ':', '-':
			return tk.sp || k+1 < len(p.tk) && p.tk[k+1].sp
		}
		return true
	case tNum:
		return false
	}
	e := tk.lex
	if e == nil || e.cls&(cUnit|cMonth|cMeridiem|cCardinal|cOrdinal|cVague|cApprox|cWeekday|cPartDay) != 0 {
		return false
	}
	switch e.w {
	case "times", "percent", "of", "o", "th", "st", "nd", "rd", "s":
		return false
	}
	return e.cls&(cFunc|cPrep|cFuture|cPast|cTenseNeutral|cModal|cAgo) != 0
}

// rangeStart reads, before a day-first date m starting at token i ("22
// April"), the earlier days of a range or list within its month: "1-2
// June", "from 1 to 3 June", "3 and 5 March", "20, 21 and 22 April". It
// appends them to out as mentions of their own, none starting before
// byte prevEnd, and returns out.
func (p *parser) rangeStart(out []news.Mention, m news.Mention, i, prevEnd int) []news.Mention {
	if m.Granularity != news.GranDay || m.Type != news.TypeDate || p.tk[i].kind != tNum || p.tk[i].nd > 2 {
		return out
	}
	n0 := len(out)
	day, k := m.Date.Day, i-1
	for p.rangeConnector(k, len(out) > n0) {
		s := k - 1 // the earlier day number, with its ordinal suffix
		if p.has(s, cFunc) && p.glued(s) && p.tk[s].kind == tWord {
			s--
		}
		d, e, ok := p.dayNum(s)
		if !ok || e != k || d >= day || p.tk[s].kind != tNum || p.tk[s].s < prevEnd {
			break
		}
		// "1.5-2 June", "$3-5 June", "2016-1-2 June" are not day ranges,
		// nor "Jan 04-16 Sep 05" (a month's day or year before the dash).
		if s > 0 && (p.glued(s) && !p.pc(s-1, '(') || p.tk[s-1].kind == tNum || p.pc(s-1, '$')) {
			break
		}
		if _, ok := p.month(s - 1); ok {
			break
		}
		dt := news.NewDate(m.Date.Year, m.Date.Month, d)
		tk := p.tk[s]
		end := p.tk[e-1].e
		out = append(out, news.Mention{Start: tk.s, End: end, Text: p.text[tk.s:end], Type: news.TypeDate,
			Value: dayValue(dt), Date: dt, Granularity: news.GranDay, Relative: m.Relative})
		day, k = d, s-1
	}
	// Collected right to left: put them in text order.
	for a, b := n0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	if len(out) > n0 {
		p.cur = m.Date
	}
	return out
}

// daysIn returns the number of days in d's month.
func daysIn(d news.Date) int {
	return time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// rangeEnd reads, after a day mention m that ends in its day number before
// token j, the end of a day range or list within its month: "March 1-2",
// "April 20 to 22", "between March 3 and 5", "June 3 or 4". It returns the
// last day as a mention, the index after it, and whether a year closing
// the range ("April 20 to 22, 2018") dates both days; m's own year must
// then have been inferred.
func (p *parser) rangeEnd(m news.Mention, j int) (news.Mention, int, bool, bool) {
	last := j - 1
	if last >= 1 && p.tk[last].kind == tWord && p.glued(last) && p.tk[last-1].kind == tNum && p.has(last, cFunc) {
		last-- // "April 20th to 22nd"
	}
	if m.Granularity != news.GranDay || m.Type != news.TypeDate || j < 1 || p.tk[last].kind != tNum || !p.rangeConnector(j, false) {
		return news.Mention{}, 0, false, false
	}
	hy := p.hyphen(j)
	n, k, ok := p.dayNum(j + 1)
	if !ok || p.tk[j+1].kind != tNum || p.tk[j+1].nd > 2 || n <= m.Date.Day || n > daysIn(m.Date) {
		return news.Mention{}, 0, false, false
	}
	if hy {
		// "1-2-3" or "1-2pm" are not day ranges.
		if k < len(p.tk) && p.glued(k) && !p.pc(k, ',') && !p.pc(k, '.') {
			return news.Mention{}, 0, false, false
		}
	} else if !p.rangeEndsAt(k) {
		return news.Mention{}, 0, false, false
	}
	y, year := m.Date.Year, false
	kk := k
	if p.pc(kk, ',') {
		kk++
	}
	if yy, k2, ok := p.yearNum(kk); ok && m.Relative && validDay(yy, m.Date.Month, n) {
		y, year, k = yy, true, k2
	}
	d := news.NewDate(y, m.Date.Month, n)
	s, e := p.tk[j+1].s, p.tk[k-1].e
	return news.Mention{Start: s, End: e, Text: p.text[s:e], Type: news.TypeDate,
		Value: dayValue(d), Date: d, Granularity: news.GranDay, Relative: m.Relative && !year}, k, year, true
}

// namesDay reports whether tokens [i, j) name a day themselves (a weekday,
// a month, a deictic day word).
func (p *parser) namesDay(i, j int) bool {
	for k := i; k < j; k++ {
		if e := p.tk[k].lex; e != nil && (e.cls&(cWeekday|cMonth) != 0 ||
			e.deictic == dToday || e.deictic == dYesterday || e.deictic == dTomorrow || e.deictic == dTonight) {
			return true
		}
		if p.tk[k].kind == tNum && p.tk[k].nd == 4 {
			return true
		}
	}
	return false
}

// validUTF8Boundary is used by tests: it reports whether i is a rune
// boundary of s in the sense of a range loop over s.
func validUTF8Boundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return i == 0 || i == len(s)
	}
	for k := 0; k < len(s); {
		if k == i {
			return true
		}
		if k > i {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return false
}
