package quote

// This file holds the driver of direct attribution: [Extractor.direct]
// walks the quotations in order, takes the cue after or before each one,
// merges the pieces of a quote interrupted by its cue, widens a quotation
// embedded in a reported clause to that clause, and leaves cue-less
// quotations to [Extractor.uncued].

import "strings"

// quoteSetOff lists the marks that set a quotation off from the words
// before it in its sentence ("the rules he followed: "...," he said"), so
// that those words are no part of what the trailing cue reports.
const quoteSetOff = ":(-–—"

// direct attributes every quotation that has a cue, merging the pieces of a
// quote interrupted by its attribution, and attaching cue-less quotations
// that continue the previous speaker's quote. A quotation embedded in a
// reported clause ("he said the plan was "a disaster"") yields that whole
// clause as content, not marked Direct.
func (x *Extractor) direct() {
	d := &x.d
	owner := map[int]int{}
	last := -1    // index in x.out of the last direct attribution
	lastTok := -1 // last token of that attribution (content or cue)
	// sentence and end of the last quotation's cue when it followed the
	// quotation
	postCueSent, postCueTok := -1, -1
	var lastCue cue // the cue of the last attribution made
	for qi, q := range d.quotes {
		frag, ok := x.fragment(q)
		if !ok || x.markup(q) {
			continue
		}
		if last >= 0 && inSpans(x.out[last].Content, frag) || x.isHeld(q.open) {
			continue // already inside a reported clause
		}
		if sc, e, ok := x.signedLine(q); ok {
			// a pull quote signed on its last line
			a := x.newAttribution(sc)
			a.Content = []Span{d.span(q.first, x.trimEnd(q.first, e))}
			a.Direct = true
			a.Sentence = int(d.sent[q.first])
			x.out = append(x.out, a)
			last, lastTok = len(x.out)-1, q.last
			postCueSent = -1
			continue
		}
		prevSent, prevTok := postCueSent, postCueTok
		c, found := x.postCue(qi, q)
		if found && d.isPunct(q.open-1, ":,") {
			// `he warned, "...," Smith told NBC`: the cue that introduces
			// the quotation wins over the one after it.
			if pc, ok := x.preCue(qi, q); ok && pc.hasSpkr && pc.cstart == q.open && x.verb(pc.from) == vSpeech {
				found = false
			}
		}
		if found && (x.reportsOwnClause(c, q) || c.from > q.close && c.hasSpkr && c.speaker.from > 0 && d.low[c.speaker.from-1] == "as") {
			// `Although Doe admitted that they had "been friends," he
			// claimed they never met`: the cue after the quotation reports
			// a clause of its own, and `pledges to "...," as she did in
			// May` compares; the quotation keeps the cue of the clause
			// that holds it, when there is one.
			if pc, ok := x.preCue(qi, q); ok && pc.hasSpkr && pc.from < q.open && d.sent[pc.from] == d.sent[q.open] && pc.cstart <= q.open {
				found = false
			}
		}
		partAfter := false // a reporting participle follows q (see below)
		if found && c.from > q.close && d.low[c.from] != "according" && x.participle(c.from) && x.participleReports(c) {
			// `X said it was "a disaster," adding that ...`: the participle
			// reports what follows it; the quotation keeps the cue of the
			// clause that holds it (or that introduces it: `X said, "...,"
			// adding ...`).
			pc, ok := x.preCue(qi, q)
			if ok && pc.hasSpkr && d.sent[pc.from] == d.sent[q.open] && (pc.cstart == q.open || !d.isPunct(q.open-1, ":,")) {
				found, partAfter = false, true
			}
		}
		if found {
			if oc, ok := x.outerAccording(qi, c); ok {
				c = oc
			} else if oc, ok := x.outerReport(qi, c); ok {
				c = oc
			}
			postCueSent, postCueTok = int(d.sent[c.from]), c.to
		} else {
			postCueSent = -1
		}
		tail := q.last
		mixedFrom, mixedTo := -1, -1
		if found {
			// the rest of the cue's sentence is attribution detail
			tail = max(tail, d.sentEnd(c.to-1)-1)
			lo := d.sentBegin(q.open)
			if lastTok >= lo {
				lo = lastTok + 1
			}
			if x.countWords(lo, q.open) >= 3 && !d.isPunct(q.open-1, quoteSetOff) {
				mixedFrom = lo
			}
		} else {
			c, found = x.preCue(qi, q)
			if found && q.close >= 0 && c.cstart <= q.open && x.titleCase(q) && x.clauseStart(c.to, d.sentEnd(q.open)) > q.close {
				// `said Sunday on ABC's "This Week" that ...`: a title in
				// the phrase before "that"; the reported clause follows
				// it (see indirect).
				continue
			}
			if !found && q.close < 0 {
				// A quotation left open at its paragraph's end goes on in
				// the next paragraph's opening quotation: the cue after
				// that one reports both (`"... Monday. ¶ "Well, ...," she
				// said.`).
				if c, found = x.nextParagraphCue(qi); found {
					c.cstart = q.open
				}
			}
			if !found && qi > 0 && lastCue.hasSpkr {
				c, found = x.coordinatedVerb(lastCue, d.quotes[qi-1], q)
			}
			if idx, seen := owner[c.from]; found && seen {
				if pc, ok := x.embeddedParticiple(c, q); ok {
					// `"...," Smith said, adding that "...": the second
					// quotation sits in the participle's own reported
					// clause, a new attribution by the same speaker.
					c = pc
					goto mixed
				}
				// `"...," Smith said in March, "but ..."`: the second piece
				// of the quotation; a title in the cue's sentence (`said on
				// NBC's "Meet the Press."`) is no part of it.
				if !x.titleCase(q) {
					x.out[idx].Content = append(x.out[idx].Content, frag)
					last, lastTok = idx, max(lastTok, q.last)
				}
				continue
			}
		mixed:
			if found && c.cstart <= q.open && x.detailBefore(c.cstart, q.open) {
				// `Smith said on Monday, "..."`, `Smith said, in a speech to
				// supporters, "..."`: the words between the cue and the
				// quotation are attribution detail, not reported content.
				c.cstart = q.open
			}
			if found && c.cstart <= q.open && (x.countWords(c.cstart, q.open) > 0 || q.close >= 0 && x.countWords(q.close, d.sentEnd(q.close)) > 0) {
				// "he said the plan was "a disaster" for everyone."
				mixedFrom = c.cstart
				tail = d.sentEnd(q.open) - 1
				if q.close >= 0 {
					tail = d.sentEnd(q.close) - 1
				}
				mixedTo = x.clauseEnd(mixedFrom, tail+1)
				if q.close >= 0 && mixedTo > q.close+1 && partAfter {
					// `said it was "a disaster," adding that ...`: the
					// participle reports the rest.
					mixedTo = q.close + 1
				} else if q.close >= 0 && mixedTo > q.close+1 && x.closesClause(q) {
					// `he called it "a disaster," which ...`: the reported
					// clause ends with its quotation; the rest is held.
					x.held = append(x.held, [2]int{q.close + 1, mixedTo})
					mixedTo = q.close + 1
				}
				if q.close >= 0 && (x.verb(c.from) == vName && x.nameEnds(c, q) || x.lx.speechNoun[d.low[c.from]] && !x.verbAfterSubject(c)) {
					// `called him a "moderate," a subtle dig`: a name ends
					// with its quotation; so does a speech noun's (`his
					// claim that it was "a hoax" in 2012`), but not a verb
					// spelt like one (`she calls it "a hoax" for ...`).
					mixedTo = q.close + 1
					tail = q.close
				}
				if oc, comma, ok := x.trailingOuterCue(max(mixedTo, q.last+1), tail+1); ok && mixedFrom > d.sentBegin(c.from) && d.sent[c.from] == d.sent[comma] &&
					max(x.clauseFloor(q.open), lastTok+1) < comma {
					// `Roe noted "...", the Gazette reported.`: the cue
					// closing the sentence reports the whole clause, its
					// inner cue included (when the clause is not all
					// taken by an earlier quotation).
					c = oc
					mixedFrom = max(x.clauseFloor(q.open), lastTok+1)
					mixedTo = comma
				}
			}
		}
		if found {
			x.used[c.from] = true
			if idx, seen := owner[c.from]; seen && mixedFrom < 0 {
				x.out[idx].Content = append(x.out[idx].Content, frag)
				last, lastTok = idx, max(lastTok, tail)
				continue
			}
			a := x.newAttribution(c)
			a.Content = []Span{frag}
			a.Direct = true
			if mixedFrom >= 0 {
				end := q.last + 1
				if q.close < 0 {
					end = q.last
				}
				if mixedTo > end {
					end = mixedTo
				}
				a.Content = []Span{d.span(mixedFrom, end)}
				a.Direct = false
			}
			a.Sentence = int(d.sent[q.first])
			x.out = append(x.out, a)
			owner[c.from] = len(x.out) - 1
			lastCue = c
			last, lastTok = len(x.out)-1, tail
			continue
		}
		// "The risk," said Smith, an economist, "is that ...": the second
		// piece shares the cue of the first.
		if last >= 0 && prevSent >= 0 && int(d.sent[q.open]) == prevSent && q.open > prevTok && x.countWords(prevTok, q.open) <= 20 {
			if pc, ok := x.embeddedParticiple(cue{from: prevTok, to: prevTok + 1}, q); ok && x.out[last].Direct {
				// `"...," said Smith, adding that "...": a new
				// attribution by the same speaker, whose content is the
				// participle's clause.
				a := x.out[last]
				a.Cue = d.span(pc.from, pc.to)
				a.Verb = d.text[a.Cue.Start:a.Cue.End]
				tail := d.sentEnd(q.open) - 1
				if q.close >= 0 {
					tail = d.sentEnd(q.close) - 1
				}
				a.Content = []Span{d.span(pc.cstart, x.clauseEnd(pc.cstart, tail+1))}
				a.Direct = false
				a.Sentence = int(d.sent[q.first])
				x.used[pc.from] = true
				x.out = append(x.out, a)
				last, lastTok = len(x.out)-1, tail
				postCueSent = -1
				continue
			}
			x.out[last].Content = append(x.out[last].Content, frag)
			lastTok = max(lastTok, q.last)
			postCueSent = -1
			continue
		}
		if q.close >= 0 && q.close+1 < len(d.toks) && d.toks[q.close+1].kind == tWord && d.sent[q.close+1] == d.sent[q.close] {
			// `"You can't begin until you prove to people" that the border
			// is secure, he said.`: a cue closing the sentence reports the
			// quotation and the words that finish it.
			if oc, comma, ok := x.trailingOuterCue(q.close+1, d.sentEnd(q.close)); ok && !x.used[oc.from] {
				a := x.newAttribution(oc)
				a.Content = []Span{d.span(x.clauseFloor(q.open), comma)}
				a.Sentence = int(d.sent[q.first])
				x.used[oc.from] = true
				x.out = append(x.out, a)
				last, lastTok = len(x.out)-1, d.sentEnd(q.close)-1
				continue
			}
		}
		if last >= 0 && x.long(q) && x.continues(lastTok, q) {
			to := last
			if !x.out[last].Direct {
				// `"...," Smith said, saying X was "wrong." "More."`: the
				// quotation goes on with Smith's direct quote.
				for i := last - 1; i >= 0; i-- {
					if x.out[i].Direct && x.out[i].Source.Valid() && x.out[i].Source == x.out[last].Source {
						to = i
						break
					}
				}
			}
			x.out[to].Content = append(x.out[to].Content, frag)
			lastTok = q.last
			continue
		}
		if x.countWords(q.first, q.last) >= 4 {
			x.pending = append(x.pending, qi)
		}
	}
}

// coordinatedVerb returns, for quotation q, a cue at a verb that "and"
// joins to the clause of quotation p, reported by cue c, right after p
// closes in the same sentence: in `called the merger "a terrible deal"
// and ranked her among the worst CEOs "in the history of business"` the
// second quotation is reported by "ranked", with c's speaker.
func (x *Extractor) coordinatedVerb(c cue, p, q quotation) (cue, bool) {
	d := &x.d
	if p.close < 0 || p.close >= q.open || d.sent[p.close] != d.sent[q.open] {
		return cue{}, false
	}
	k := p.close + 1
	if d.isPunct(k, ",") {
		k++
	}
	if k+1 >= q.open || d.low[k] != "and" || d.toks[k].kind != tWord || !x.pastForm(k+1) || x.verb(k+1) != vNone {
		return cue{}, false
	}
	return cue{from: k + 1, to: k + 2, speaker: c.speaker, hasSpkr: true, cstart: k + 2}, true
}

// reportsOwnClause reports whether cue c, after quotation q with its
// speaker before its verb (`"...," he claimed`), goes on with a clause of
// its own ("he claimed they never met"), past its addressee if it has one.
func (x *Extractor) reportsOwnClause(c cue, q quotation) bool {
	if q.close < 0 || c.from <= q.close || !c.hasSpkr || c.speaker.from > c.from {
		return false
	}
	k := c.to
	if c.hasAddr && c.addr.to > k {
		k = c.addr.to
	}
	// "she recounted telling them": a gerund is part of the cue
	hi := x.d.sentEnd(c.from)
	return x.goesOn(k, hi) && !strings.HasSuffix(x.d.low[k], "ing") && (x.d.toks[k].is(fLower) || x.nameClause(k, hi))
}

// nameClause reports whether a capitalised name at k is the subject of a
// clause: a finite verb follows it ("he claimed Smith lied"), where words
// glued on from a list of highlights or a dateline do not ("..., Boehner
// says Washington (CNN) --").
func (x *Extractor) nameClause(k, hi int) bool {
	d := &x.d
	for j := k; j < hi && j < k+4; j++ {
		if d.toks[j].kind != tWord {
			return false
		}
		if !x.capWord(j) {
			return j > k && x.finiteLike(j)
		}
	}
	return false
}

// nextParagraphCue returns the cue after the quotation that follows
// quotation qi when that one opens the next paragraph, qi being left open
// at the end of its own.
func (x *Extractor) nextParagraphCue(qi int) (cue, bool) {
	d := &x.d
	if qi+1 >= len(d.quotes) {
		return cue{}, false
	}
	n := d.quotes[qi+1]
	if !d.toks[n.open].is(fPara) || n.open <= d.quotes[qi].open {
		return cue{}, false
	}
	for k := d.quotes[qi].last; k < n.open; k++ {
		if d.toks[k].kind == tWord && d.inQuote[k] == 0 {
			return cue{}, false // words between: not one quotation
		}
	}
	return x.postCue(qi+1, n)
}

// inSpans reports whether s lies within one of spans.
func inSpans(spans []Span, s Span) bool {
	for _, c := range spans {
		if s.Start >= c.Start && s.End <= c.End {
			return true
		}
	}
	return false
}

// isHeld reports whether token k lies in a held range.
func (x *Extractor) isHeld(k int) bool {
	for _, h := range x.held {
		if k >= h[0] && k < h[1] {
			return true
		}
	}
	return false
}

// verbAfterSubject reports whether cue c is a verb right after its
// speaker ("Smith calls", "the aide claims"), not a noun ("his claims").
func (x *Extractor) verbAfterSubject(c cue) bool {
	d := &x.d
	if !c.hasSpkr || c.speaker.to != c.from || c.from == 0 || x.verb(c.from) == vNone {
		return false
	}
	switch p := d.low[c.from-1]; p {
	case "his", "her", "its", "their", "our", "my", "your":
		return false
	default:
		return !isPossessive(p)
	}
}

// closesClause reports whether the reported clause holding quotation q
// ends with it: the quotation closes on its own punctuation (`"a
// disaster,"`, `"No!"`), or a time or contrast clause starts right after
// its closing mark (`"no opinion" when asked`, `"dead" before the vote`).
func (x *Extractor) closesClause(q quotation) bool {
	d := &x.d
	if k := q.close + 1; k+1 < len(d.toks) && (d.low[k] == "and" || d.low[k] == "but") && d.low[k+1] == "that" && d.sent[k] == d.sent[q.close] {
		// `said the plan was "a mess," and that ...`: a second reported
		// clause of the same cue
		return false
	}
	if q.close > q.first && d.isPunct(q.close-1, ",.!?") {
		return true
	}
	k := q.close + 1
	if k < len(d.toks) && d.isPunct(k, ",") {
		k++
	}
	if k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	return clauseAfter[d.low[k]]
}

// clauseAfter lists the conjunctions that open an adverbial clause of
// time or contrast after a quotation, ending the reported clause
// (`cried "No!" when asked`, `said it was "dead" before ...`).
var clauseAfter = map[string]bool{"when": true, "while": true, "before": true, "after": true, "whereas": true}

// participleReports reports whether the participle cue c is followed in
// its sentence by something it reports (", adding that ...", ", telling
// reporters "...""), not by a short tail of attribution detail.
func (x *Extractor) participleReports(c cue) bool {
	d := &x.d
	if c.to >= len(d.toks) {
		return false
	}
	return !x.shortTail(c.to, d.sentEnd(c.to))
}

// nameEnds reports whether the name that a naming cue c gives ends with
// its quotation q (`called him a "moderate," a subtle dig`): the
// quotation closes on its own punctuation or is followed by punctuation.
// A name that goes on (`called him a "liar" for insisting ...`) and "call
// for" (a demand, not a name) run to the end of the clause.
func (x *Extractor) nameEnds(c cue, q quotation) bool {
	d := &x.d
	if c.to < len(d.toks) && d.low[c.to] == "for" {
		return false
	}
	k := q.close + 1
	if k+1 < len(d.toks) && d.low[k] == "and" && x.pastForm(k+1) && !x.isPronounSubject(k+1) {
		return true // `called the merger "a terrible deal" and ranked ...`
	}
	return x.closesClause(q) || k >= len(d.toks) || d.toks[k].kind != tWord
}

// embeddedParticiple returns, for a quotation q that would join the quote
// of cue c as its second piece, the reporting participle between c and q
// whose clause holds q (`"...," Smith said, adding that "we ..."`), with
// c's speaker. The quotation must open inside that clause, after a word,
// not after a comma or colon that sets it off.
func (x *Extractor) embeddedParticiple(c cue, q quotation) (cue, bool) {
	d := &x.d
	o := q.open
	if o == 0 || d.toks[o-1].kind != tWord || c.to >= o || d.sent[c.from] != d.sent[o] {
		return cue{}, false
	}
	for v := o - 1; v >= c.to && v >= o-8; v-- {
		if d.isPunct(v, ".;?!()") || d.toks[v].kind == tOpenQ || d.toks[v].kind == tCloseQ {
			break
		}
		if !x.participle(v) || x.verb(v) != vSpeech {
			continue
		}
		pc := cue{from: v, to: x.cueEnd(v), speaker: c.speaker, hasSpkr: c.hasSpkr}
		pc.cstart = x.clauseStart(pc.to, o+1)
		if pc.cstart > o {
			return cue{}, false
		}
		return pc, true
	}
	return cue{}, false
}
