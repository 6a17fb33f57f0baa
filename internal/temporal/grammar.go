package temporal

import (
	"strconv"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// ---- token predicates -------------------------------------------------

func (p *parser) e(i int) *entry {
	if i < 0 || i >= len(p.tk) {
		return nil
	}
	return p.tk[i].lex
}

// is reports whether token i is the lexicon word w.
func (p *parser) is(i int, w string) bool {
	e := p.e(i)
	return e != nil && e.w == w
}

func (p *parser) has(i int, c class) bool {
	e := p.e(i)
	return e != nil && e.cls&c != 0
}

// pc reports whether token i is the ASCII punctuation ch.
func (p *parser) pc(i int, ch byte) bool {
	return i >= 0 && i < len(p.tk) && p.tk[i].kind == tPunct && p.tk[i].ch == ch
}

// glued reports whether token i directly follows token i-1 (no space).
func (p *parser) glued(i int) bool { return i > 0 && i < len(p.tk) && !p.tk[i].sp }

// hyphen reports whether token i is a hyphen joining i-1 and i+1.
func (p *parser) hyphen(i int) bool {
	return p.pc(i, '-') && p.glued(i) && p.glued(i+1)
}

// num returns the plain number at token i and its digit count.
func (p *parser) num(i int) (int, int, bool) {
	if i < 0 || i >= len(p.tk) || p.tk[i].kind != tNum || p.tk[i].n < 0 {
		return 0, 0, false
	}
	return p.tk[i].n, int(p.tk[i].nd), true
}

// month returns the month named by token i. Names that are also common
// words ("may", "march") need a capital.
func (p *parser) month(i int) (time.Month, bool) {
	e := p.e(i)
	if e == nil || e.cls&cMonth == 0 || e.needCap && !p.tk[i].upper {
		return 0, false
	}
	// A bare abbreviation without its dot is a month only when a day or year follows.
	return time.Month(e.num), true
}

func (p *parser) weekday(i int) (time.Weekday, bool) {
	e := p.e(i)
	if e == nil || e.cls&cWeekday == 0 || e.plural || e.needCap && !p.tk[i].upper {
		return 0, false
	}
	// "Sun", "Wed" are weekdays only as "Sun.", "Wed." ("Sun Microsystems").
	if len(e.w) <= 4 && !p.tk[i].dot {
		return 0, false
	}
	return e.wd, true
}

// ---- numbers ----------------------------------------------------------

// number reads a cardinal at i: digits ("3", "1.5", "5 1/2"), words ("two",
// "twenty four", "twenty-four", "a hundred"), "a"/"an"/"one" (1), "a couple
// of" (2) or a vague quantity ("several", "a few", "many", "some": -1).
// It returns the value, the index after it and ok.
func (p *parser) number(i int) (float64, int, bool) {
	if i >= len(p.tk) {
		return 0, i, false
	}
	tk := p.tk[i]
	if tk.kind == tNum {
		if tk.n >= 0 {
			n := float64(tk.n)
			// "5 1/2"
			if a, _, ok := p.num(i + 1); ok && a == 1 && p.pc(i+2, '/') && p.glued(i+2) {
				if b, _, ok := p.num(i + 3); ok && b == 2 && p.glued(i+3) {
					return n + 0.5, i + 4, true
				}
			}
			return n, i + 1, true
		}
		if f, err := strconv.ParseFloat(p.text[tk.s:tk.e], 64); err == nil {
			return f, i + 1, true
		}
		return 0, i, false
	}
	e := tk.lex
	if e == nil {
		return 0, i, false
	}
	switch {
	case e.w == "a" || e.w == "an":
		if p.is(i+1, "couple") && p.is(i+2, "of") {
			return 2, i + 3, true
		}
		if p.is(i+1, "few") {
			return -1, i + 2, true
		}
		if p.is(i+1, "hundred") || p.is(i+1, "dozen") || p.is(i+1, "thousand") {
			return float64(p.e(i + 1).num), i + 2, true
		}
		return 1, i + 1, true
	case e.cls&cVague != 0:
		j := i + 1
		if e.w == "couple" {
			if p.is(j, "of") {
				j++
			}
			return 2, j, true
		}
		return -1, j, true
	case e.cls&cCardinal != 0:
		n := e.num
		j := i + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			k := j
			if p.hyphen(k) {
				k++
			}
			if f := p.e(k); f != nil && f.cls&cCardinal != 0 && f.num >= 1 && f.num <= 9 {
				n += f.num
				j = k + 1
			}
		}
		if f := p.e(j); f != nil && f.cls&cCardinal != 0 && (f.num == 100 || f.num == 1000) && n < 100 {
			n *= f.num
			j++
		}
		return float64(n), j, true
	}
	return 0, i, false
}

// num1 reports whether token i is a number.
func (p *parser) num1(i int) bool { return i >= 0 && i < len(p.tk) && p.tk[i].kind == tNum }

// ordinal reads "third", "3rd", "twenty-first" at i.
func (p *parser) ordinal(i int) (int, int, bool) {
	if n, _, ok := p.num(i); ok {
		if e := p.e(i + 1); e != nil && p.glued(i+1) && (e.w == "st" || e.w == "nd" || e.w == "rd" || e.w == "th") {
			return n, i + 2, true
		}
		return 0, i, false
	}
	e := p.e(i)
	if e == nil {
		return 0, i, false
	}
	if e.cls&cOrdinal != 0 {
		return e.num, i + 1, true
	}
	if e.cls&cCardinal != 0 && e.num >= 20 && e.num <= 90 && e.num%10 == 0 && p.hyphen(i+1) {
		if f := p.e(i + 2); f != nil && f.cls&cOrdinal != 0 && f.num < 10 {
			return e.num + f.num, i + 3, true
		}
	}
	return 0, i, false
}

// dayNum reads a day of the month (1–31) at i: "2", "2nd", "second".
func (p *parser) dayNum(i int) (int, int, bool) {
	if n, nd, ok := p.num(i); ok && nd <= 2 && n >= 1 && n <= 31 {
		if e := p.e(i + 1); e != nil && p.glued(i+1) && (e.w == "st" || e.w == "nd" || e.w == "rd" || e.w == "th") {
			return n, i + 2, true
		}
		if p.glued(i+1) && p.tk[i+1].kind == tWord {
			return 0, i, false // "2pm", "3am"
		}
		return n, i + 1, true
	}
	if n, j, ok := p.ordinal(i); ok && n >= 1 && n <= 31 {
		return n, j, true
	}
	return 0, i, false
}

// yearNum reads a four-digit year at i.
func (p *parser) yearNum(i int) (int, int, bool) {
	if e := p.e(i); e != nil && (e.w == "nineteen" || e.w == "eighteen") {
		// Spoken years in transcripts: "nineteen ninety-six".
		if n, j, ok := p.number(i + 1); ok && n >= 10 && n <= 99 && p.tk[i+1].kind == tWord {
			return e.num*100 + int(n), j, true
		}
		return 0, i, false
	}
	n, nd, ok := p.num(i)
	if !ok || nd != 4 || n < 1000 || n > 2999 {
		return 0, i, false
	}
	if p.glued(i+1) && p.tk[i+1].kind == tWord {
		return 0, i, false // "1990s" is a decade, "2000m" a distance
	}
	return n, i + 1, true
}

// ---- tense ------------------------------------------------------------

// dir returns the tense direction for an expression spanning [i, j): +1
// when the nearest tense cue (left first, then right) is future, -1 when
// it is past, 0 when there is none.
func (p *parser) dir(i, j int) int {
	for k := i - 1; k >= 0; k-- {
		if d := p.cue(k); d != 0 {
			return d
		}
	}
	for k := j; k < len(p.tk); k++ {
		if d := p.cue(k); d != 0 {
			return d
		}
	}
	return 0
}

// cue is the tense cue of token k: +1 future, -1 past, 0 none.
func (p *parser) cue(k int) int {
	tk := p.tk[k]
	if tk.kind != tWord {
		return 0
	}
	e := tk.lex
	afterBe := func() bool {
		return p.is(k-1, "be") || p.is(k-1, "been") || p.is(k-1, "being") || p.is(k-1, "is") || p.is(k-1, "are")
	}
	if e != nil {
		switch {
		case e.w == "won" && p.pc(k+1, '\'') && p.glued(k+1) && k+2 < len(p.tk) && p.text[p.tk[k+2].s:p.tk[k+2].e] == "t":
			return 1 // "won't"
		case e.cls&cFuture != 0:
			switch e.w {
			case "going", "set", "due":
				if !p.is(k+1, "to") {
					return 0
				}
			case "next":
				return 0 // a modifier, resolved on its own
			}
			return 1
		case e.cls&cPast != 0:
			if e.w == "last" || e.w == "earlier" {
				return 0
			}
			if afterBe() {
				return 0
			}
			return -1
		}
		return 0
	}
	// Regular past tense and participles: "aired", "announced".
	w := p.text[tk.s:tk.e]
	if len(w) >= 4 && (w[len(w)-2]|0x20) == 'e' && (w[len(w)-1]|0x20) == 'd' && !tk.upper {
		if afterBe() {
			return 0
		}
		return -1
	}
	return 0
}

// ---- the matcher ------------------------------------------------------

// matchAt returns the longest expression starting at token i.
func (p *parser) matchAt(i int) (val, int, bool) {
	tk := p.tk[i]
	switch {
	case tk.kind == tWord && tk.lex == nil:
		return val{}, 0, false
	case tk.kind == tPunct && tk.ch != '\'':
		return val{}, 0, false
	}
	var best val
	bestJ := -1
	try := func(v val, j int, ok bool) {
		if ok && j > bestJ {
			best, bestJ = v, j
		}
	}
	try(p.point(i))
	try(p.twoDaysAway(i))
	try(p.sameDay(i))
	try(p.duration(i))
	try(p.clock(i))
	try(p.set(i))
	return best, bestJ, bestJ > i
}

// ---- points in time ---------------------------------------------------

// point matches a date-like expression with its optional determiner,
// position prefix ("early", "the end of") and part-of-day suffix.
func (p *parser) point(i int) (val, int, bool) {
	j := i
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	// Position prefixes.
	k, hasPos := p.posPrefix(j, the)
	if hasPos {
		if v, end, ok := p.core(k, false, true); ok {
			// "earlier this month" keeps its prefix, "earlier Friday" and
			// "later today" do not (TimeBank practice).
			if (p.is(j, "earlier") || p.is(j, "later")) && (v.gran == news.GranDay || v.gran == news.GranWeek || v.typ == news.TypeTime) {
				return val{}, 0, false
			}
			return p.podSuffix(v, end)
		}
		// "the end of the year"
		if p.is(k, "the") {
			if v, end, ok := p.core(k+1, true, true); ok {
				return p.podSuffix(v, end)
			}
		}
		if !the {
			return val{}, 0, false
		}
	}
	v, end, ok := p.core(j, the, false)
	if !ok {
		return val{}, 0, false
	}
	if the && p.prenominal(end) && p.modifierShape(j, end, v) {
		return val{}, 0, false // "the 1996 budget": the determiner belongs to the noun
	}
	return p.podSuffix(v, end)
}

// prenominal reports whether token j is a lower-case word the lexicon
// does not know, i.e. the noun an expression before it modifies ("the
// 1996 budget", "the eight-year war").
func (p *parser) prenominal(j int) bool {
	return j < len(p.tk) && p.tk[j].kind == tWord && p.tk[j].lex == nil && !p.tk[j].upper && p.tk[j].sp
}

// modifierShape reports whether tokens [i, j) can modify a noun: an
// explicit year or month ("the 1996 budget", "the January 1998 report") or
// a hyphenated form ("the third-quarter results"), with no "of" or comma.
func (p *parser) modifierShape(i, j int, v val) bool {
	hyph := false
	for k := i; k < j; k++ {
		if p.is(k, "of") || p.pc(k, ',') {
			return false
		}
		if p.pc(k, '-') {
			hyph = true
		}
	}
	return hyph || !v.rel
}

// posPrefix skips "early", "late", "mid", "mid-", "earlier", "later",
// "sometime", "the end/beginning/start/middle of" (the determiner already
// consumed when the is true) and returns the index after it.
func (p *parser) posPrefix(j int, the bool) (int, bool) {
	e := p.e(j)
	if e == nil {
		return j, false
	}
	if e.w == "sometime" {
		return j + 1, true
	}
	if e.cls&cPos == 0 {
		return j, false
	}
	switch e.w {
	case "end", "beginning", "start", "middle":
		if the && p.is(j+1, "of") {
			return j + 2, true
		}
		return j, false
	case "mid":
		if p.hyphen(j + 1) {
			return j + 2, true
		}
		return j + 1, true
	case "early", "late":
		if p.hyphen(j + 1) {
			return j + 2, true
		}
		return j + 1, true
	case "earlier", "later":
		if the {
			return j, false
		}
		// "earlier this month", "later today", "earlier Sunday"
		return j + 1, true
	}
	return j, false
}

// podSuffix turns a day into a time of day when a part of day follows:
// "Friday morning", "yesterday afternoon".
func (p *parser) podSuffix(v val, j int) (val, int, bool) {
	if v.gran != news.GranDay || v.typ != news.TypeDate {
		return v, j, true
	}
	if e := p.e(j); e != nil && e.cls&cPartDay != 0 && e.pod != "12" && e.pod != "24" && !p.tk[j].upper || e != nil && e.cls&cPartDay != 0 && p.tk[j].upper && p.tk[j-1].upper {
		if e.w == "overnight" || e.w == "dawn" || e.w[len(e.w)-1] == 's' {
			return v, j, true
		}
		return podVal(v.date, e.pod, v.rel), j + 1, true
	}
	return v, j, true
}

// core matches the date-like expressions proper. the tells whether a
// determiner precedes (some expressions need it, some refuse it); pos
// tells whether a position prefix precedes.
func (p *parser) core(i int, the, pos bool) (val, int, bool) {
	if i >= len(p.tk) {
		return val{}, 0, false
	}
	tk := p.tk[i]
	if tk.kind == tNum {
		return p.numericStart(i, the, pos)
	}
	if tk.kind == tPunct {
		// '90s
		if tk.ch == '\'' && the {
			if n, nd, ok := p.num(i + 1); ok && nd == 2 && n%10 == 0 && p.glued(i+1) && p.is(i+2, "s") && p.glued(i+2) {
				return decadeVal(p.twoDigitYear(n), true), i + 3, true
			}
		}
		return val{}, 0, false
	}
	e := tk.lex
	if e == nil {
		return val{}, 0, false
	}
	if v, j, ok := p.phrase(i, the, pos); ok {
		return v, j, true
	}
	if e.w == "nineteen" || e.w == "eighteen" {
		if y, j, ok := p.yearNum(i); ok {
			return yearVal(y, false), j, true
		}
	}
	if wd, ok := p.weekday(i); ok && !the && !p.weekdayInName(i) {
		return p.weekdayExpr(i, wd, pos)
	}
	if _, ok := p.month(i); ok {
		if v, j, ok := p.monthExpr(i, the, pos); ok {
			return v, j, true
		}
	}
	if e.cls&cDeictic != 0 {
		if v, j, ok := p.deicticExpr(i, the, pos); ok {
			return v, j, true
		}
	}
	if e.cls&cRel != 0 {
		if v, j, ok := p.relExpr(i, the, pos); ok {
			return v, j, true
		}
	}
	if e.cls&(cOrdinal|cCardinal) != 0 || e.w == "fiscal" {
		if v, j, ok := p.ordinalExpr(i, the, pos); ok {
			return v, j, true
		}
	}
	if e.cls&cDecadeWord != 0 && (the || pos) {
		return decadeVal(p.twoDigitYear(e.num), true), i + 1, true
	}
	if e.cls&cSeason != 0 && (the || pos) {
		return p.seasonExpr(i, the, pos)
	}
	if e.cls&cUnit != 0 && e.unit == uWeekend && !e.plural && the {
		d := p.dir(i, i+1)
		ref := p.ref
		switch {
		case ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday:
		case d > 0:
		default:
			ref = ref.AddDays(-7)
		}
		return weekendVal(ref, true), i + 1, true
	}
	if e.hol != "" {
		return p.holiday(i)
	}
	return val{}, 0, false
}

// phrase matches fixed phrases and periods named by a bare unit after a
// determiner and a position ("the end of the year").
func (p *parser) phrase(i int, the, pos bool) (val, int, bool) {
	e := p.e(i)
	switch {
	case e.w == "year" && the && p.hyphen(i+1) && (p.is(i+2, "ago") || p.is(i+2, "earlier")) &&
		(p.is(i+3, "quarter") || p.is(i+3, "period")):
		// "the year-ago quarter", "the year-earlier period": the reported quarter a year back.
		v := p.reportedQuarter(i)
		return quarterVal(v.date.Year-1, quarterOf(v.date.Month), true), i + 4, true
	case e.w == "right" && p.is(i+1, "now") && !the && !pos:
		return refVal("PRESENT_REF"), i + 2, true
	case e.w == "these" && p.is(i+1, "days") && !the && !pos:
		return refVal("PRESENT_REF"), i + 2, true
	case e.w == "near" && the && !pos && (p.is(i+1, "future") || p.is(i+1, "term")):
		return refVal("FUTURE_REF"), i + 2, true
	case e.w == "year" && the && !pos:
		// "the year 2000", "the year two thousand"
		if y, j, ok := p.yearNum(i + 1); ok {
			return yearVal(y, false), j, true
		}
		if n, j, ok := p.number(i + 1); ok && n >= 1000 && n <= 2100 && n == float64(int(n)) {
			return yearVal(int(n), false), j, true
		}
	case e.cls&cUnit != 0 && !e.plural && the && pos:
		// "the end of the year", "the beginning of the month"
		ref := p.ref
		switch e.unit {
		case uYear:
			return yearVal(ref.Year, true), i + 1, true
		case uMonth:
			return monthVal(ref.Year, ref.Month, true), i + 1, true
		case uWeek:
			return weekVal(ref, true), i + 1, true
		case uQuarter:
			return quarterVal(ref.Year, quarterOf(ref.Month), true), i + 1, true
		}
	case e.cls&cUnit != 0 && e.unit == uQuarter && !e.plural && the && !pos:
		// "the quarter": in financial news the quarter just reported, or
		// the current one when the sentence looks ahead.
		return p.reportedQuarter(i), i + 1, true
	case e.w == "latest" && the && p.is(i+1, "quarter"):
		return p.reportedQuarter(i), i + 2, true
	}
	return val{}, 0, false
}

// reportedQuarter is the quarter before ref's, or ref's own in a
// future-tense sentence.
func (p *parser) reportedQuarter(i int) val {
	ref := p.ref
	q, y := quarterOf(ref.Month), ref.Year
	if p.dir(i, i+1) <= 0 {
		q--
		if q == 0 {
			q, y = 4, y-1
		}
	}
	return quarterVal(y, q, true)
}

// twoDigitYear turns "90" into the decade's full year next to ref: 1990.
func (p *parser) twoDigitYear(n int) int {
	c := p.ref.Year / 100 * 100
	if p.ref.IsZero() {
		c = 1900
	}
	y := c + n
	if y > p.ref.Year+10 {
		y -= 100
	}
	return y
}

// numericStart matches expressions that start with a number: years,
// decades, "2 June 2017", ISO and slashed dates.
func (p *parser) numericStart(i int, the, pos bool) (val, int, bool) {
	n, nd, ok := p.num(i)
	if !ok {
		return val{}, 0, false
	}
	// A number glued to the word before it is part of a name or code:
	// "word1999", "MH370", "X2016" ("Sept.30" keeps its dot).
	if p.glued(i) && p.tk[i-1].kind == tWord && !p.tk[i-1].dot {
		return val{}, 0, false
	}
	// ISO date 2017-06-02, optionally with a time "2017-06-02 13:06:18" or "T13:06".
	if nd == 4 && p.pc(i+1, '-') && p.glued(i+1) && p.glued(i+2) {
		if m, md, ok := p.num(i + 2); ok && md <= 2 && p.pc(i+3, '-') && p.glued(i+3) && p.glued(i+4) {
			if d, dd, ok := p.num(i + 4); ok && dd <= 2 && validDay(n, time.Month(m), d) {
				day := news.NewDate(n, time.Month(m), d)
				if v, j, ok := p.clockAfter(day, i+5, false); ok {
					return v, j, true
				}
				return dayVal(day, false), i + 5, true
			}
		}
		return val{}, 0, false
	}
	// Slashed dates: 6/2/2017, 2017/06/02, 12/05/1998 (only when unambiguous).
	if p.pc(i+1, '/') && p.glued(i+1) && p.glued(i+2) {
		if b, bd, ok := p.num(i + 2); ok && p.pc(i+3, '/') && p.glued(i+3) && p.glued(i+4) {
			if c, cd, ok := p.num(i + 4); ok {
				if d, ok := p.slashDate(n, nd, b, bd, c, cd); ok {
					if v, j, ok := p.clockAfter(d, i+5, false); ok {
						return v, j, true
					}
					return dayVal(d, false), i + 5, true
				}
			}
		}
		return val{}, 0, false
	}
	// Dotted dates: 19.03.2011 (day first, as written in Europe) and
	// 2011.03.19.
	if p.pc(i+1, '.') && p.glued(i+1) && p.num1(i+2) && p.glued(i+2) && p.pc(i+3, '.') && p.glued(i+3) && p.num1(i+4) && p.glued(i+4) {
		b, bd, ok1 := p.num(i + 2)
		c, cd, ok2 := p.num(i + 4)
		if ok1 && ok2 && bd <= 2 && !(p.pc(i-1, '.') && p.glued(i)) && !(p.pc(i+5, '.') && p.glued(i+5) && p.num1(i+6) && p.glued(i+6)) {
			switch {
			case nd <= 2 && cd == 4 && validDay(c, time.Month(b), n):
				return dayVal(news.NewDate(c, time.Month(b), n), false), i + 5, true
			case nd <= 2 && cd == 4 && n <= 12 && b > 12 && validDay(c, time.Month(n), b):
				return dayVal(news.NewDate(c, time.Month(n), b), false), i + 5, true // 3.15.2011
			case nd == 4 && cd <= 2 && validDay(n, time.Month(b), c):
				return dayVal(news.NewDate(n, time.Month(b), c), false), i + 5, true
			}
		}
		return val{}, 0, false
	}
	// Decades: 1990s, 1990's, 90s.
	if (nd == 4 || nd == 2 && (the || pos)) && n%10 == 0 && p.glued(i+1) {
		j := i + 1
		if p.pc(j, '\'') && p.glued(j+1) {
			j++
		}
		if p.is(j, "s") && (j+1 >= len(p.tk) || p.tk[j+1].sp || p.tk[j+1].kind == tPunct) {
			y := n
			if nd == 2 {
				y = p.twoDigitYear(n)
			}
			if y < 1000 || y > 2999 {
				return val{}, 0, false
			}
			return decadeVal(y, nd == 2), j + 1, true
		}
	}
	// Centuries: 20th century.
	if o, j, ok := p.ordinal(i); ok && o >= 1 && o <= 30 && p.is(j, "century") {
		return centuryVal(o-1, false), j + 1, true
	}
	// Day month [year]: 2 June 2017, 2nd of June, 2 June ("the 2nd of
	// June" keeps its determiner, "the 12 January earthquake" does not).
	if d, j, ok := p.dayNum(i); ok && (!the || j > i+1 || p.is(j, "of")) {
		k := j
		if p.is(k, "of") {
			k++
		}
		if m, ok := p.month(k); ok && (p.tk[k].upper || !p.e(k).needCtx) {
			return p.withYear(i, k+1, m, d)
		}
	}
	if the {
		if v, j, ok := p.dayOfMonth(i); ok {
			return v, j, true
		}
	}
	// A bare year.
	if y, j, ok := p.yearNum(i); ok && p.plausibleYear(i, y, the, pos) {
		return yearVal(y, false), j, true
	}
	return val{}, 0, false
}

// dayOfMonth matches a day of the month named without its month, "on the
// 25th", after a preposition of time and before the end of the phrase ("the
// 3rd floor" and "the 12th time" are no days). The month is the narrative's
// or one next to it: the candidate nearest the narrative's reference time
// that agrees with the tense, counted from the publication date.
func (p *parser) dayOfMonth(i int) (val, int, bool) {
	if p.ref.IsZero() || !(p.is(i-2, "on") || p.is(i-2, "since") || p.is(i-2, "until") || p.is(i-2, "till") ||
		p.is(i-2, "by") || p.is(i-2, "from") || p.is(i-2, "before") || p.is(i-2, "after") || p.is(i-2, "through")) {
		return val{}, 0, false
	}
	n, nd, ok := p.num(i)
	if !ok || nd > 2 || n < 1 || n > 31 {
		return val{}, 0, false
	}
	e := p.e(i + 1)
	if e == nil || !p.glued(i+1) || e.w != "st" && e.w != "nd" && e.w != "rd" && e.w != "th" {
		return val{}, 0, false
	}
	j := i + 2
	if !p.phraseEnd(j) && !p.is(j, "and") && !p.is(j, "or") && !p.is(j, "when") && !p.is(j, "at") && !p.is(j, "but") {
		return val{}, 0, false
	}
	ref := p.narrative()
	dir := p.dir(i-1, j)
	best, bestDist, found := news.Date{}, 0, false
	for off := -1; off <= 1; off++ {
		y, m := ref.Year, ref.Month+time.Month(off)
		if m < time.January {
			y, m = y-1, time.December
		} else if m > time.December {
			y, m = y+1, time.January
		}
		if !validDay(y, m, n) {
			continue
		}
		d := news.NewDate(y, m, n)
		if dir < 0 && d.Ordinal() > p.ref.Ordinal()+1 || dir > 0 && d.Ordinal() < p.ref.Ordinal() {
			continue
		}
		dist := d.Ordinal() - ref.Ordinal()
		if dist < 0 {
			dist = -dist
		}
		if !found || dist < bestDist {
			best, bestDist, found = d, dist, true
		}
	}
	if !found {
		return val{}, 0, false
	}
	return dayVal(best, true), j, true
}

// plausibleYear filters four-digit numbers that are counts, not years.
func (p *parser) plausibleYear(i, y int, the, pos bool) bool {
	if y < 1500 || y > 2100 {
		return false
	}
	if p.pc(i-1, '$') || p.pc(i-1, '#') || p.pc(i+1, '%') ||
		p.pc(i-1, '/') && p.glued(i) || p.pc(i+1, '/') && p.glued(i+1) ||
		p.pc(i-1, '.') && p.glued(i) && p.glued(i-1) && p.num1(i-2) {
		return false
	}
	if e := p.e(i - 1); e != nil && e.cls&cApprox != 0 && e.w != "since" {
		return false
	}
	if e := p.e(i + 1); e != nil && (e.w == "percent" || e.cls&cUnit != 0 && !p.tk[i+1].upper) {
		return false
	}
	// "killed 2000 people", "sent 2000 troops": a count after a verb and
	// before a noun ("its 1990 invasion" is a year).
	if i > 0 && i+1 < len(p.tk) && p.tk[i+1].kind == tWord && p.tk[i+1].lex == nil && !p.tk[i+1].upper && !the && !pos {
		if p.cue(i-1) < 0 || p.has(i-1, cPast) {
			return false
		}
	}
	// "the 2010 election" is a year; "the 2000 people" would be rare: accept.
	return true
}

// slashDate reads a/b/c as a date when the reading is unambiguous: a year
// first (2017/06/02) or last (6/2/2017, 12/05/1998) with one part > 12 or
// both parts equal, or in month/day order otherwise when the day part
// exceeds 12.
func (p *parser) slashDate(a, ad, b, bd, c, cd int) (news.Date, bool) {
	switch {
	case ad == 4 && bd <= 2 && cd <= 2:
		if validDay(a, time.Month(b), c) {
			return news.NewDate(a, time.Month(b), c), true
		}
	case cd == 4 && ad <= 2 && bd <= 2:
		switch {
		case a > 12 && validDay(c, time.Month(b), a):
			return news.NewDate(c, time.Month(b), a), true
		case b > 12 && validDay(c, time.Month(a), b):
			return news.NewDate(c, time.Month(a), b), true
		case a == b && validDay(c, time.Month(a), b):
			return news.NewDate(c, time.Month(a), b), true
		}
	}
	return news.Date{}, false
}

// withYear finishes "<month> <day>" or "<day> <month>" (tokens [i, k)) with
// an optional ", 2017" / "2017" and resolves the year.
func (p *parser) withYear(i, k int, m time.Month, d int) (val, int, bool) {
	j := k
	if p.pc(j, ',') {
		j++
	}
	if y, jj, ok := p.yearNum(j); ok && validDay(y, m, d) {
		day := news.NewDate(y, m, d)
		return dayVal(day, false), jj, true
	}
	// "June 2 last year", "June 2 this year"
	if (p.is(k, "last") || p.is(k, "this") || p.is(k, "next")) && p.is(k+1, "year") {
		y := p.ref.Year + map[string]int{"last": -1, "this": 0, "next": 1}[p.e(k).w]
		if validDay(y, m, d) {
			return dayVal(news.NewDate(y, m, d), true), k + 2, true
		}
	}
	y := monthDayYear(p.ref, m, d, p.dir(i, k))
	if !validDay(y, m, d) {
		if !validDay(y-1, m, d) {
			return val{}, 0, false
		}
		y--
	}
	return dayVal(news.NewDate(y, m, d), true), k, true
}

// monthExpr matches expressions led by a month name.
func (p *parser) monthExpr(i int, the, pos bool) (val, int, bool) {
	m, _ := p.month(i)
	e := p.e(i)
	j := i + 1
	abbr := len(e.w) <= 4 && e.w != "may" && e.w != "june" && e.w != "july"
	if p.tk[i].dot {
		abbr = true
	}
	if !the {
		// Month day[, year]
		if d, k, ok := p.dayNum(j); ok && !p.is(k, "percent") && !p.pc(k, '%') && !(p.pc(k, ':') && p.glued(k)) {
			return p.withYear(i, k, m, d)
		}
	}
	// Month [,|of] year
	k := j
	if p.pc(k, ',') || p.is(k, "of") {
		k++
	}
	if y, kk, ok := p.yearNum(k); ok {
		return monthVal(y, m, false), kk, true
	}
	// "June last year", "January this year"
	if (p.is(j, "last") || p.is(j, "this") || p.is(j, "next")) && p.is(j+1, "year") {
		y := p.ref.Year + map[string]int{"last": -1, "this": 0, "next": 1}[p.e(j).w]
		return monthVal(y, m, true), j + 2, true
	}
	// A bare month: abbreviations and ambiguous names need a context.
	if the {
		return val{}, 0, false
	}
	if abbr && !p.tk[i].dot && e.w != "sept" {
		return val{}, 0, false
	}
	if e.needCtx && !pos && !p.monthContext(i) {
		return val{}, 0, false
	}
	y := monthYear(p.ref, m, p.dir(i, j))
	return monthVal(y, m, true), j, true
}

// monthContext reports whether the word before a bare month makes it a
// month: "in May", "since March", "last May".
func (p *parser) monthContext(i int) bool {
	e := p.e(i - 1)
	return e != nil && e.cls&cPrep != 0
}

// weekdayInName reports whether the weekday at i is part of a name after
// "the": "the Sunday Times", "The Sunday Telegraph" — a capitalised word
// that is no time word follows it.
func (p *parser) weekdayInName(i int) bool {
	j := i + 1
	return p.is(i-1, "the") && j < len(p.tk) && p.tk[j].kind == tWord && p.tk[j].upper &&
		!p.has(j, cMonth|cWeekday|cCardinal|cOrdinal|cUnit|cPartDay|cDeictic|cRel|cPos|cAgo|cMeridiem|cZone|cHoliday)
}

// weekdayExpr matches expressions led by a weekday: "Friday", "Friday,
// June 2", "Monday, Oct. 26", "Friday June 2, 2017".
func (p *parser) weekdayExpr(i int, wd time.Weekday, pos bool) (val, int, bool) {
	j := i + 1 // an abbreviation's dot is part of its token ("Fri.")
	k := j
	if p.pc(k, ',') {
		k++
	}
	if _, ok := p.month(k); ok {
		if v, kk, ok := p.monthExpr(k, false, false); ok && v.gran == news.GranDay {
			v.rel = v.rel || false
			return v, kk, true
		}
	}
	if d, kk, ok := p.dayNum(k); ok {
		if p.is(kk, "of") {
			kk++
		}
		if m, ok := p.month(kk); ok {
			return p.withYear(i, kk+1, m, d)
		}
	}
	// "Thursday next week", "Monday of last week": that weekday of the
	// named week (weeks run Monday to Sunday).
	k = j
	if p.is(k, "of") {
		k++
	}
	if p.is(k+1, "week") {
		shift, ok := 0, true
		switch {
		case p.is(k, "last"):
			shift = -1
		case p.is(k, "next"):
			shift = 1
		case !p.is(k, "this"):
			ok = false
		}
		if ok {
			monday := p.ref.AddDays(-((int(p.ref.Weekday()) + 6) % 7))
			return dayVal(monday.AddDays(7*shift+(int(wd)+6)%7), true), k + 2, true
		}
	}
	// "Wednesday last" (British): last Wednesday, when "last" ends the phrase.
	if p.is(j, "last") && (p.phraseEnd(j+1) || p.is(j+1, "and") || p.is(j+1, "when") || p.is(j+1, "but")) {
		return dayVal(weekdayDate(p.ref, wd, -1, true), true), j + 1, true
	}
	d := weekdayDate(p.ref, wd, p.dir(i, j), false)
	return dayVal(d, true), j, true
}

// deicticExpr matches today, yesterday, now, recently, the past, the
// future, and their combinations.
func (p *parser) deicticExpr(i int, the, pos bool) (val, int, bool) {
	e := p.e(i)
	ref := p.ref
	switch e.deictic {
	case dToday:
		if the {
			return val{}, 0, false
		}
		if e.w == "today's" {
			return dayVal(ref, true), i + 1, true
		}
		return dayVal(ref, true), i + 1, true
	case dYesterday, dTomorrow:
		if the {
			return val{}, 0, false
		}
		d := ref.AddDays(-1)
		if e.deictic == dTomorrow {
			d = ref.AddDays(1)
		}
		return dayVal(d, true), i + 1, true
	case dTonight:
		if the {
			return val{}, 0, false
		}
		return podVal(ref, "NI", true), i + 1, true
	case dNow:
		if the || pos {
			return val{}, 0, false
		}
		return refVal("PRESENT_REF"), i + 1, true
	case dRecent:
		if the || pos {
			return val{}, 0, false
		}
		if e.w == "recent" {
			return val{}, 0, false // an adjective: see durations ("recent years")
		}
		return refVal("PAST_REF"), i + 1, true
	case dFuture:
		if e.w == "future" {
			if the {
				return refVal("FUTURE_REF"), i + 1, true
			}
			return val{}, 0, false
		}
		if the || pos {
			return val{}, 0, false
		}
		return refVal("FUTURE_REF"), i + 1, true
	case dPast:
		// "the past" alone; "the past week" is a relative expression.
		if the && !p.has(i+1, cUnit|cCardinal|cVague|cSeason|cWeekday) && !p.has(i+1, cOrdinal) && p.tk[min(i+1, len(p.tk)-1)].kind != tNum {
			return refVal("PAST_REF"), i + 1, true
		}
	case dCurrent:
		// "current" as an adjective alone is too loose; "the current year" is relative.
	}
	return val{}, 0, false
}

// twoDaysAway matches "the day before yesterday" and "the day after
// tomorrow".
func (p *parser) twoDaysAway(i int) (val, int, bool) {
	if !p.is(i, "the") || !p.is(i+1, "day") {
		return val{}, 0, false
	}
	switch {
	case p.is(i+2, "before") && p.is(i+3, "yesterday"):
		return p.dayRel(-2), i + 4, true
	case p.is(i+2, "after") && p.is(i+3, "tomorrow"):
		return p.dayRel(2), i + 4, true
	}
	return val{}, 0, false
}

// sameDay matches the anaphoric days "that day", "the same day", and "the
// day before" / "the day after" ending a phrase ("The day before, ...";
// not "the day before the vote", whose anchor is an event): days counted
// from the narrative's reference time.
func (p *parser) sameDay(i int) (val, int, bool) {
	switch {
	case p.is(i, "that") && p.is(i+1, "day"):
		return dayVal(p.narrative(), true), i + 2, true
	case p.is(i, "that") && p.has(i+1, cPartDay) && !p.e(i+1).plural && p.e(i+1).pod != "12" && p.e(i+1).pod != "24" &&
		!p.is(i+1, "overnight") && !p.is(i+1, "dawn"):
		// "that night", "that morning": a part of the narrative's day.
		return podVal(p.narrative(), p.e(i+1).pod, true), i + 2, true
	case p.is(i, "the") && p.is(i+1, "same") && p.is(i+2, "day"):
		return dayVal(p.narrative(), true), i + 3, true
	case p.is(i, "the") && p.is(i+1, "day") && (p.is(i+2, "before") || p.is(i+2, "after")) && p.phraseEnd(i+3):
		step := -1
		if p.is(i+2, "after") {
			step = 1
		}
		return dayVal(p.narrative().AddDays(step), true), i + 3, true
	}
	return val{}, 0, false
}

// phraseEnd reports whether token j ends a phrase: the end of the text or
// punctuation other than an apostrophe.
func (p *parser) phraseEnd(j int) bool {
	return j >= len(p.tk) || p.tk[j].kind == tPunct && p.tk[j].ch != '\''
}

// dayRel is the day n days from the reference, or an unresolved day
// without one.
func (p *parser) dayRel(n int) val {
	return dayVal(p.ref.AddDays(n), true)
}

// relExpr matches "last week", "next Tuesday", "this summer", "the past
// year", "this past Friday", "last night".
func (p *parser) relExpr(i int, the, pos bool) (val, int, bool) {
	e := p.e(i)
	r := e.rel
	j := i + 1
	if e.w == "that" || e.w == "these" || e.w == "recent" {
		return val{}, 0, false
	}
	// "this past Friday", "this coming Monday"
	if e.w == "this" && (p.is(j, "past") || p.is(j, "coming")) {
		r = p.e(j).rel
		j++
	}
	anaphoric := e.w == "previous" || e.w == "preceding" || e.w == "prior" || e.w == "following"
	if anaphoric && !the {
		return val{}, 0, false
	}
	if the && r == rNext && p.has(j, cUnit|cWeekday) && !p.e(j).plural &&
		(p.has(j, cWeekday) || p.e(j).unit == uDay) {
		anaphoric = true // "the next day", "the next Monday"
	}
	if r == rCurrent && !the {
		// "current year" without "the" is rare; "the current quarter".
		if !p.has(j, cUnit) {
			return val{}, 0, false
		}
	}
	if the && r == rThis {
		return val{}, 0, false
	}
	f := p.e(j)
	if f == nil {
		// "next 2 years" is a duration.
		return val{}, 0, false
	}
	ref := p.ref
	if anaphoric {
		ref = p.narrative()
	}
	step := 0
	switch r {
	case rLast:
		step = -1
	case rNext:
		step = 1
	}
	switch {
	case f.cls&cUnit != 0 && !f.plural:
		if the && !anaphoric && r != rLast && r != rCurrent {
			return val{}, 0, false
		}
		switch f.unit {
		case uDay:
			if anaphoric {
				// "the previous day", "the following day": anaphoric; the
				// reference date is the best anchor a sentence offers.
				return dayVal(ref.AddDays(step), true), j + 1, true
			}
			return val{}, 0, false
		case uWeek:
			return weekVal(ref.AddDays(7*step), true), j + 1, true
		case uWeekend:
			return weekendVal(ref.AddDays(7*step), true), j + 1, true
		case uMonth:
			d := news.NewDate(ref.Year, ref.Month+time.Month(step), 1)
			return monthVal(d.Year, d.Month, true), j + 1, true
		case uQuarter:
			q := quarterOf(ref.Month) + step
			y := ref.Year
			if q < 1 {
				q, y = 4, y-1
			} else if q > 4 {
				q, y = 1, y+1
			}
			return quarterVal(y, q, true), j + 1, true
		case uYear:
			return yearVal(ref.Year+step, true), j + 1, true
		case uDecade:
			if r == rLast && !the && e.w == "past" {
				return val{}, 0, false // "past decade" is a duration
			}
			return decadeVal(ref.Year/10*10+10*step, true), j + 1, true
		case uCentury:
			if step != 0 {
				return val{}, 0, false
			}
			return centuryVal(ref.Year/100, true), j + 1, true
		}
	case f.cls&cWeekday != 0 && !f.plural && (!the || anaphoric):
		var d news.Date
		switch {
		case r == rLast:
			d = weekdayDate(ref, f.wd, -1, true)
		case r == rNext:
			d = weekdayDate(ref, f.wd, 1, true)
		case r == rThis && e.w == "this":
			d = thisWeekday(ref, f.wd, p.dir(i, j+1))
		default:
			d = weekdayDate(ref, f.wd, p.dir(i, j+1), false)
		}
		return dayVal(d, true), j + 1, true
	case f.cls&cMonth != 0 && !the && (p.tk[j].upper || !f.needCap):
		m := time.Month(f.num)
		var y int
		switch r {
		case rLast:
			y = ref.Year
			if m >= ref.Month {
				y--
			}
		case rNext:
			y = ref.Year
			if m <= ref.Month {
				y++
			}
		default:
			y = ref.Year
		}
		return monthVal(y, m, true), j + 1, true
	case f.cls&cSeason != 0 && !the:
		var y int
		switch r {
		case rLast:
			y = seasonYear(ref, f.season, -1)
			if y == seasonYear(ref, f.season, 1) {
				y--
			}
		case rNext:
			y = seasonYear(ref, f.season, 1)
			if y == seasonYear(ref, f.season, -1) {
				y++
			}
		default:
			y = ref.Year
			if f.season == "WI" && ref.Month <= time.February {
				y--
			}
		}
		return seasonVal(y, f.season, true), j + 1, true
	case f.cls&cPartDay != 0 && !the && !f.plural:
		switch {
		case r == rThis && f.pod != "12" && f.pod != "24" && f.w != "overnight" && f.w != "dawn":
			return podVal(ref, f.pod, true), j + 1, true
		case r == rLast && f.pod == "NI" && f.w == "night":
			return podVal(ref.AddDays(-1), "NI", true), j + 1, true
		}
	}
	return val{}, 0, false
}

// ordinalExpr matches quarters and halves: "the third quarter",
// "third-quarter", "the first half of 2010", "fiscal 1989", "the 20th
// century".
func (p *parser) ordinalExpr(i int, the, pos bool) (val, int, bool) {
	j := i
	if p.is(j, "fiscal") {
		j++
		if y, k, ok := p.yearNum(j); ok {
			return yearVal(y, false), k, true
		}
	}
	o, k, ok := p.ordinal(j)
	if !ok {
		return val{}, 0, false
	}
	if p.hyphen(k) {
		k++
	}
	if p.is(k, "century") {
		if o < 1 || o > 30 {
			return val{}, 0, false
		}
		return centuryVal(o-1, false), k + 1, true
	}
	isQ := p.is(k, "quarter")
	isH := p.is(k, "half")
	if !isQ && !isH || isQ && (o < 1 || o > 4) || isH && (o < 1 || o > 2) {
		return val{}, 0, false
	}
	if isH && !the {
		return val{}, 0, false
	}
	k++
	// "of 2010", "of this year", "of last year", "of fiscal 1990"
	y, rel := p.ref.Year, true
	kk := k
	if p.is(kk, "of") {
		kk++
		if p.is(kk, "fiscal") {
			kk++
		}
		if yy, k3, ok := p.yearNum(kk); ok {
			y, rel, k = yy, false, k3
		} else if (p.is(kk, "last") || p.is(kk, "this") || p.is(kk, "next")) && p.is(kk+1, "year") {
			y += map[string]int{"last": -1, "this": 0, "next": 1}[p.e(kk).w]
			k = kk + 2
		} else if p.is(kk, "the") && p.is(kk+1, "year") {
			k = kk + 2
		}
	} else if yy, k3, ok := p.yearNum(kk); ok {
		y, rel, k = yy, false, k3
	}
	if isH {
		return halfVal(y, o, rel), k, true
	}
	return quarterVal(y, o, rel), k, true
}

// seasonExpr matches "the summer", "summer 2010", "the summer of 2010",
// "early spring".
func (p *parser) seasonExpr(i int, the, pos bool) (val, int, bool) {
	e := p.e(i)
	s := e.season
	j := i + 1
	if p.is(j, "of") {
		if y, k, ok := p.yearNum(j + 1); ok {
			return seasonVal(y, s, false), k, true
		}
		if e.w == "fall" || e.w == "spring" {
			return val{}, 0, false // "the fall of Baghdad"
		}
	}
	if y, k, ok := p.yearNum(j); ok {
		return seasonVal(y, s, false), k, true
	}
	if e.w == "fall" && !pos && !(p.is(i-1, "the") && p.has(i-2, cPrep)) {
		return val{}, 0, false // "took the fall", "the fall the bully"
	}
	if p.tk[i].upper && !p.is(i-1, "the") {
		return val{}, 0, false // "Arab Spring"
	}
	return seasonVal(seasonYear(p.ref, s, p.dir(i, j)), s, true), j, true
}

// holiday matches a few fixed and computed holidays: Christmas, New
// Year's Day, Easter, Thanksgiving.
func (p *parser) holiday(i int) (val, int, bool) {
	e := p.e(i)
	j := i + 1
	var m time.Month
	var day int
	var fn func(y int) news.Date
	switch e.hol {
	case "christmas":
		m, day = time.December, 25
		if p.is(j, "eve") {
			day = 24
			j++
		} else if p.is(j, "day") {
			j++
		}
	case "new":
		if !p.tk[i].upper || !p.is(j, "year") || !p.pc(j+1, '\'') || !p.is(j+2, "s") {
			return val{}, 0, false
		}
		j += 3
		switch {
		case p.is(j, "eve"):
			m, day = time.December, 31
		case p.is(j, "day"):
			m, day = time.January, 1
		default:
			return val{}, 0, false
		}
		j++
	case "halloween":
		m, day = time.October, 31
	case "valentine":
		if !p.pc(j, '\'') || !p.is(j+1, "s") || !p.is(j+2, "day") {
			return val{}, 0, false
		}
		m, day, j = time.February, 14, j+3
	case "independence":
		if !p.tk[i].upper || !p.is(j, "day") {
			return val{}, 0, false
		}
		m, day, j = time.July, 4, j+1
	case "easter":
		if !p.tk[i].upper {
			return val{}, 0, false
		}
		fn = easter
		if p.is(j, "sunday") {
			j++
		}
	case "thanksgiving":
		fn = func(y int) news.Date {
			d := news.NewDate(y, time.November, 1)
			return d.AddDays((int(time.Thursday)-int(d.Weekday())+7)%7 + 21)
		}
		if p.is(j, "day") {
			j++
		}
	default:
		return val{}, 0, false
	}
	if fn == nil {
		fn = func(y int) news.Date { return news.NewDate(y, m, day) }
	}
	// An explicit year: "Christmas 2010".
	if y, k, ok := p.yearNum(j); ok {
		return dayVal(fn(y), false), k, true
	}
	d := p.dir(i, j)
	ref := p.ref
	best := fn(ref.Year)
	switch {
	case d > 0 && best.Before(ref):
		best = fn(ref.Year + 1)
	case d <= 0 && best.After(ref.AddDays(1)):
		// Past or unknown: the latest one not after ref, unless the coming one is much nearer.
		prev := fn(ref.Year - 1)
		if d < 0 || best.Ordinal()-ref.Ordinal() > ref.Ordinal()-prev.Ordinal() {
			best = prev
		}
	}
	return dayVal(best, true), j, true
}

// easter returns Western Easter Sunday of year y (anonymous Gregorian
// algorithm).
func easter(y int) news.Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return news.NewDate(y, time.Month(month), day)
}
