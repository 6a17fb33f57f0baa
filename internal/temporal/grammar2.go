package temporal

import (
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// ---- durations and "ago" ---------------------------------------------

// approx skips a quantity qualifier that belongs to a duration's extent:
// "about", "nearly", "more than", "at least", "up to", "just over".
func (p *parser) approx(j int) int {
	e := p.e(j)
	if e == nil {
		return j
	}
	switch e.w {
	case "just", "well", "only":
		if k := p.approx(j + 1); k > j+1 {
			return k
		}
		return j
	case "about", "around", "approximately", "nearly", "almost", "roughly", "over", "under":
		return j + 1
	case "more", "less", "fewer":
		if p.is(j+1, "than") {
			return j + 2
		}
	case "at":
		if p.is(j+1, "least") || p.is(j+1, "most") {
			return j + 2
		}
	case "up":
		if p.is(j+1, "to") {
			return j + 2
		}
	case "no":
		if (p.is(j+1, "more") || p.is(j+1, "less")) && p.is(j+2, "than") {
			return j + 3
		}
	}
	return j
}

// duration matches "three days", "the past two years", "two-year", "a
// year and a half", "nearly two weeks", "recent years", and the dates
// built on them: "two days ago", "a year earlier".
func (p *parser) duration(i int) (val, int, bool) {
	j := i
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	relw := ""
	if e := p.e(j); e != nil && (e.cls&cRel != 0 && (e.rel == rLast || e.rel == rNext || e.rel == rRecent) || e.w == "first" || e.w == "final" || e.w == "latest") {
		// "could last two days": the verb, not the modifier.
		if !(e.w == "last" && !the && p.has(j-1, cModal)) {
			relw = e.w
			j++
		}
	}
	if !the && relw == "" {
		j = p.approx(j)
	} else if relw != "" && (p.is(j, "several") || p.is(j, "few") || p.is(j, "couple")) {
		// "the past several years", "the next few days"
	}
	half := false
	if p.is(j, "half") && (p.is(j+1, "a") || p.is(j+1, "an")) {
		half = true
		j++
	}
	n, k, ok := p.number(j)
	if half && ok && n == 1 {
		n = 0.5
	}
	if !ok {
		// Bare plurals: "recent years", "the coming weeks", "for years".
		if u := p.e(j); u != nil && u.cls&cUnit != 0 && u.plural && u.unit != uWeekend {
			if relw != "" || p.is(i-1, "for") && j == i {
				if relw == "latest" || relw == "first" || relw == "final" {
					return val{}, 0, false
				}
				return durVal(-1, u.unit), j + 1, true
			}
		}
		return val{}, 0, false
	}
	if n < 0 && (p.is(j, "some") || p.is(j, "many")) && relw == "" && !the && k == j+1 && i == j {
		// "some days", "many years": too loose.
		return val{}, 0, false
	}
	if p.is(k, "more") || p.is(k, "additional") || p.is(k, "further") || p.is(k, "straight") || p.is(k, "consecutive") || p.is(k, "full") || p.is(k, "long") {
		k++
	}
	hy := false
	if p.hyphen(k) {
		hy = true
		k++
	}
	u := p.e(k)
	if u == nil || u.cls&cUnit == 0 || u.unit == uWeekend {
		return val{}, 0, false
	}
	// Singular "a second", "a quarter" are ordinals or fractions; "one quarter of".
	if n == 1 && !hy && (u.unit == uSecond && (p.is(j, "a") || p.is(j, "one")) || u.unit == uQuarter && p.is(k+1, "of")) {
		return val{}, 0, false
	}
	// Numbers before a singular unit need a hyphen or to be 1 ("five year low" is allowed).
	if n > 1 && !u.plural && !hy && p.tk[j].kind == tNum && !p.glued(k) {
		// "the 2010 year" is not a duration; "5 year" rare: accept only words.
		return val{}, 0, false
	}
	if p.tk[j].kind == tNum && p.tk[j].nd >= 4 && n > 1000 {
		return val{}, 0, false
	}
	k++
	// Ages ("65 years old", "a 65-year-old") and compounds ("a day-to-day
	// existence", "year-round") are not durations.
	if p.is(k, "old") || p.hyphen(k) && !p.is(k+1, "long") {
		return val{}, 0, false
	}
	// "a year and a half"
	if p.is(k, "and") && p.is(k+1, "a") && p.is(k+2, "half") && n >= 1 && n == float64(int(n)) {
		n += 0.5
		k += 3
	}
	// "a week or so", "two years or so"
	if p.is(k, "or") && p.is(k+1, "so") {
		k += 2
	}
	// "5,000 barrels a day", "$ 15,000 a month": a rate, i.e. a set.
	if n == 1 && !hy && relw == "" && k == j+2 && (p.is(j, "a") || p.is(j, "an") || p.is(j, "per")) && p.rateBefore(j) &&
		!p.has(k, cAgo) &&
		u.unit != uDecade && u.unit != uCentury && u.unit != uQuarter {
		return val{typ: news.TypeSet, v: durValue(1, u.unit)}, k, true
	}
	if !hy && n != 0 && relw == "" {
		// Dates built on a duration.
		if v, kk, ok := p.offsetDay(i, n, u.unit, k); ok {
			return v, kk, true
		}
		if v, kk, ok := p.agoExpr(n, u.unit, k); ok {
			return v, kk, true
		}
	}
	if relw == "latest" || relw == "final" || n == 0 {
		return val{}, 0, false
	}
	if the && hy && relw == "" && p.prenominal(k) {
		return val{}, 0, false // "the eight-year war"
	}
	return durVal(n, u.unit), k, true
}

// rateBefore reports whether the words before token j make "a <unit>" a
// rate: a number, a plural noun or a closing bracket right before it
// ("$ 5 a day", "barrels a day", "-RRB- a day", "twice a week").
func (p *parser) rateBefore(j int) bool {
	k := j - 1
	if k < 0 {
		return false
	}
	tk := p.tk[k]
	switch tk.kind {
	case tNum:
		return true
	case tPunct:
		return tk.ch == ')' || tk.ch == '%' || tk.ch == '-' && k > 0 && p.tk[k-1].kind == tWord && p.text[p.tk[k-1].s:p.tk[k-1].e] == "RRB"
	}
	if tk.kind == tPunct {
		return tk.ch == '%'
	}
	if e := tk.lex; e != nil {
		return e.w == "times" || e.w == "once" || e.w == "twice" || e.w == "percent" ||
			e.cls&cUnit != 0 && e.plural
	}
	w := p.text[tk.s:tk.e]
	switch w {
	case "million", "billion", "trillion", "thousand", "dollars", "cents", "euros", "pounds":
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !tk.upper
}

// offsetDay finishes "<n> <unit> ago today|yesterday|<weekday>" and "<n>
// <unit> from today|tomorrow|<weekday>" (the suffix at k; the duration
// starts at token i): a day counted from a day named from the publication
// date ("a week ago Tuesday" is the Tuesday before last, "a week from
// Friday" the Friday after next, "two weeks ago today").
// "For a week from Monday" is a period starting Monday, not a day.
func (p *parser) offsetDay(i int, n float64, u unit, k int) (val, int, bool) {
	if n < 1 || n != float64(int(n)) || u != uDay && u != uWeek && u != uFortnight && u != uMonth && u != uYear {
		return val{}, 0, false
	}
	step := -1
	switch {
	case p.is(k, "ago"):
	case p.is(k, "from") && !p.is(i-1, "for") && !p.is(i-1, "of"):
		step = 1
	default:
		return val{}, 0, false
	}
	j := k + 1
	var base news.Date
	switch {
	case p.is(j, "today"):
		base = p.ref
	case p.is(j, "yesterday") && step < 0:
		base = p.ref.AddDays(-1)
	case p.is(j, "tomorrow") && step > 0:
		base = p.ref.AddDays(1)
	default:
		wd, ok := p.weekday(j)
		if !ok {
			return val{}, 0, false
		}
		base = weekdayDate(p.ref, wd, step, false)
	}
	m := int(n) * step
	var d news.Date
	switch u {
	case uDay:
		d = base.AddDays(m)
	case uWeek:
		d = base.AddDays(7 * m)
	case uFortnight:
		d = base.AddDays(14 * m)
	case uMonth:
		d = news.NewDate(base.Year, base.Month+time.Month(m), min(base.Day, 28))
		if validDay(d.Year, d.Month, base.Day) {
			d = news.NewDate(d.Year, d.Month, base.Day)
		}
	case uYear:
		d = news.NewDate(base.Year+m, base.Month, min(base.Day, 28))
		if validDay(d.Year, d.Month, base.Day) {
			d = news.NewDate(d.Year, d.Month, base.Day)
		}
	}
	return dayVal(d, true), j + 1, true
}

// agoExpr finishes "<n> <unit> ago|earlier|from now|later" (the suffix at
// k) as a date relative to ref.
func (p *parser) agoExpr(n float64, u unit, k int) (val, int, bool) {
	step := 0
	end := k + 1
	switch {
	case p.is(k, "ago") || p.is(k, "earlier") && !p.is(k+1, "than"):
		step = -1
	case p.is(k, "from") && p.is(k+1, "now") || p.is(k, "hence"):
		step = 1
		if p.is(k, "from") {
			end = k + 2
		}
	case p.is(k, "later") && !p.is(k+1, "than"):
		step = 1
	default:
		return val{}, 0, false
	}
	if n < 0 {
		if step < 0 {
			return refVal("PAST_REF"), end, true
		}
		return refVal("FUTURE_REF"), end, true
	}
	ref := p.ref
	if step > 0 && p.is(k, "later") {
		// "Two days later" counts from the day the text named last; with
		// no such day it names no day (the publication date would put it
		// in the future, which news writes "in two days").
		if p.cur.IsZero() && p.anchor.IsZero() {
			return val{typ: news.TypeDate, v: "XXXX-XX-XX", rel: true}, end, true
		}
		ref = p.narrative()
	}
	m := int(n + 0.5)
	if n < 1 {
		m = 1
	}
	m *= step
	switch u {
	case uSecond, uMinute, uHour:
		return dayVal(ref, true), end, true
	case uDay:
		return dayVal(ref.AddDays(m), true), end, true
	case uWeek:
		return weekVal(ref.AddDays(7*m), true), end, true
	case uFortnight:
		return weekVal(ref.AddDays(14*m), true), end, true
	case uMonth:
		d := news.NewDate(ref.Year, ref.Month+time.Month(m), 1)
		return monthVal(d.Year, d.Month, true), end, true
	case uQuarter:
		d := news.NewDate(ref.Year, ref.Month+time.Month(3*m), 1)
		return quarterVal(d.Year, quarterOf(d.Month), true), end, true
	case uYear:
		if m == -1 {
			// In results news "a year ago" is the same quarter a year back
			// when the sentence is about a quarter.
			if q, ok := p.sentenceQuarter(); ok {
				return quarterVal(q.date.Year-1, quarterOf(q.date.Month), true), end, true
			}
		}
		return yearVal(ref.Year+m, true), end, true
	case uDecade:
		return decadeVal((ref.Year+10*m)/10*10, true), end, true
	case uCentury:
		return centuryVal((ref.Year+100*m)/100, true), end, true
	}
	return val{}, 0, false
}

// sentenceQuarter finds the quarter the sentence talks about: an explicit
// "third quarter" / "third-quarter" (of ref's year), or the reported
// quarter when "quarter" appears alone.
func (p *parser) sentenceQuarter() (val, bool) {
	for k := range p.tk {
		e := p.tk[k].lex
		if e == nil || e.w != "quarter" {
			continue
		}
		b := k - 1
		if p.pc(b, '-') {
			b--
		}
		if o, _, ok := p.ordinal(b); ok && o >= 1 && o <= 4 {
			return quarterVal(p.ref.Year, o, true), true
		}
		return p.reportedQuarter(k), true
	}
	return val{}, false
}

// ---- clock times ------------------------------------------------------

// clock matches "5 p.m.", "10:35 a.m. EST", "13:00 GMT", "noon", "4 in
// the morning", optionally followed by the day: "5 p.m. Friday", "noon
// Saturday", "5 p.m. EST, Nov. 6".
func (p *parser) clock(i int) (val, int, bool) {
	h, m, j, ok := p.clockTime(i)
	if !ok {
		return val{}, 0, false
	}
	v, k, ok := p.clockAfter(p.ref, i, true)
	_ = v
	if ok && k > j {
		return v, k, true
	}
	v = timeVal(p.ref, h, m, true)
	v.dayless = true
	return v, j, true
}

// clockTime reads a time of day at i and returns hour, minute and the
// index after it (including a time zone).
func (p *parser) clockTime(i int) (int, int, int, bool) {
	if e := p.e(i); e != nil && e.cls&cPartDay != 0 && (e.pod == "12" || e.pod == "24") {
		h := 12
		if e.pod == "24" {
			h = 24
		}
		return h, 0, p.zone(i + 1), true
	}
	h, hd, ok := p.num(i)
	if !ok || hd > 2 || h > 24 {
		return 0, 0, 0, false
	}
	j := i + 1
	m, colon := 0, false
	if p.pc(j, ':') && p.glued(j) && p.glued(j+1) {
		mm, md, ok := p.num(j + 1)
		if !ok || md != 2 || mm > 59 {
			return 0, 0, 0, false
		}
		m, colon = mm, true
		j += 2
		// seconds
		if p.pc(j, ':') && p.glued(j) && p.glued(j+1) {
			if _, sd, ok := p.num(j + 1); ok && sd == 2 {
				j += 2
			}
		}
	}
	if e := p.e(j); e != nil && e.cls&cMeridiem != 0 {
		if h < 1 || h > 12 {
			return 0, 0, 0, false
		}
		if e.w == "pm" && h != 12 {
			h += 12
		} else if e.w == "am" && h == 12 {
			h = 0
		}
		j++
		if p.pc(j, '.') && p.glued(j) && !p.tk[j-1].dot {
			// "p.m" followed by a separate dot is sentence punctuation: leave it.
		}
		return h, m, p.zone(j), true
	}
	if p.is(j, "o") && p.pc(j+1, '\'') && p.is(j+2, "clock") {
		return h, m, p.zone(j + 3), true
	}
	if p.is(j, "in") && p.is(j+1, "the") {
		if e := p.e(j + 2); e != nil && e.cls&cPartDay != 0 && !e.plural {
			switch e.pod {
			case "MO":
				if h == 12 {
					h = 0
				}
				return h, m, j + 3, h <= 12
			case "AF", "EV":
				if h < 12 {
					h += 12
				}
				return h, m, j + 3, true
			}
		}
	}
	if colon && h <= 24 {
		// 24-hour clock: 13:00, 09:42; a zone is optional.
		return h, m, p.zone(j), true
	}
	return 0, 0, 0, false
}

// zone skips a time-zone abbreviation at j.
func (p *parser) zone(j int) int {
	if e := p.e(j); e != nil && e.cls&cZone != 0 && p.tk[j].upper {
		return j + 1
	}
	return j
}

// clockAfter matches a clock time at i followed by a day reference, or —
// when day is not the reference date — a clock time at i following an
// explicit date ("2017-06-02 13:06"). needDay requires the day reference.
func (p *parser) clockAfter(day news.Date, i int, needDay bool) (val, int, bool) {
	h, m, j, ok := p.clockTime(i)
	if !ok {
		return val{}, 0, false
	}
	if !needDay {
		// "1999-01-22 13:06:18" needs a real clock (a colon).
		if !(p.pc(i+1, ':')) {
			return val{}, 0, false
		}
		return timeVal(day, h, m, false), j, true
	}
	k := j
	if p.pc(k, ',') {
		k++
	}
	if p.is(k, "on") {
		return val{}, 0, false
	}
	e := p.e(k)
	if e == nil {
		return val{}, 0, false
	}
	if e.cls&(cWeekday|cMonth|cDeictic) == 0 && !(e.w == "last" || e.w == "this" || e.w == "next") {
		return val{}, 0, false
	}
	v, kk, ok := p.core(k, false, false)
	if !ok || v.gran != news.GranDay {
		return val{}, 0, false
	}
	return timeVal(v.date, h, m, v.rel), kk, true
}

// ---- sets ---------------------------------------------------------------

// set matches "every week", "each year", "daily", "twice a week",
// "every Monday", "every two weeks", "on Mondays".
func (p *parser) set(i int) (val, int, bool) {
	e := p.e(i)
	if e == nil {
		return val{}, 0, false
	}
	sv := func(v string, j int) (val, int, bool) {
		return val{typ: news.TypeSet, v: v}, j, true
	}
	switch {
	case e.cls&cSetAdv != 0:
		switch e.w {
		case "nightly":
			return sv("XXXX-XX-XXTNI", i+1)
		}
		return sv(durValue(1, e.unit), i+1)
	case e.w == "every" || e.w == "each":
		j := i + 1
		n, other := 1.0, false
		if p.is(j, "other") {
			n, other = 2, true
			j++
		} else if nn, k, ok := p.number(j); ok && nn > 1 {
			n, j = nn, k
		}
		f := p.e(j)
		if f == nil {
			return val{}, 0, false
		}
		switch {
		case f.cls&cUnit != 0 && (n == 1 || other) != f.plural && f.unit != uWeekend:
			return sv(durValue(n, f.unit), j+1)
		case f.cls&cUnit != 0 && f.unit == uWeekend && !f.plural:
			return sv("XXXX-WXX-WE", j+1)
		case f.cls&cWeekday != 0 && !f.plural && n == 1:
			return sv("XXXX-WXX-"+string(rune('0'+isoWeekday(f.wd))), j+1)
		case f.cls&cMonth != 0 && n == 1 && p.tk[j].upper:
			return sv("XXXX-"+string(pad(nil, f.num, 2)), j+1)
		case f.cls&cSeason != 0 && n == 1:
			return sv("XXXX-"+f.season, j+1)
		case f.cls&cPartDay != 0 && n == 1 && f.pod != "12" && f.pod != "24" && !f.plural:
			return sv("XXXX-XX-XXT"+f.pod, j+1)
		}
	case e.w == "once" || e.w == "twice" || e.cls&cCardinal != 0 || p.tk[i].kind == tNum:
		j := i + 1
		if e.w != "once" && e.w != "twice" {
			if !p.is(j, "times") {
				return val{}, 0, false
			}
			j++
		}
		if p.is(j, "a") || p.is(j, "an") || p.is(j, "per") || p.is(j, "each") || p.is(j, "every") {
			if f := p.e(j + 1); f != nil && f.cls&cUnit != 0 && !f.plural && f.unit != uWeekend {
				return sv(durValue(1, f.unit), j+2)
			}
		}
	case e.w == "per":
		if f := p.e(i + 1); f != nil && f.cls&cUnit != 0 && !f.plural && f.unit != uWeekend && f.unit != uQuarter {
			return sv(durValue(1, f.unit), i+2)
		}
	case e.cls&cWeekday != 0 && e.plural && (p.is(i-1, "on") || p.is(i-1, "every")):
		return sv("XXXX-WXX-"+string(rune('0'+isoWeekday(e.wd))), i+1)
	}
	return val{}, 0, false
}

// isoWeekday numbers Monday 1 … Sunday 7.
func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}
