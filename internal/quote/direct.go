package quote

import "strings"

// cue is a found attribution cue for a quotation.
type cue struct {
	from, to int // cue tokens [from, to); from is the key used to merge fragments
	speaker  phrase
	hasSpkr  bool
	addr     phrase
	hasAddr  bool
	// cstart is, for a cue before the quotation, the first token of what
	// was said (after the cue, its addressee and "that").
	cstart int
}

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
	for qi, q := range d.quotes {
		frag, ok := x.fragment(q)
		if !ok || x.markup(q) {
			continue
		}
		if last >= 0 && inSpans(x.out[last].Content, frag) || x.isHeld(q.open) {
			continue // already inside a reported clause
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
		if found {
			if oc, ok := x.outerAccording(qi, c); ok {
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
			if idx, seen := owner[c.from]; found && seen {
				// `"...," Smith said in March, "but ..."`: the second piece
				// of the quotation; a title in the cue's sentence (`said on
				// NBC's "Meet the Press."`) is no part of it.
				if !x.titleCase(q) {
					x.out[idx].Content = append(x.out[idx].Content, frag)
					last, lastTok = idx, max(lastTok, q.last)
				}
				continue
			}
			if found && c.cstart <= q.open && (x.countWords(c.cstart, q.open) > 0 || q.close >= 0 && x.countWords(q.close, d.sentEnd(q.close)) > 0) {
				// "he said the plan was "a disaster" for everyone."
				mixedFrom = c.cstart
				tail = d.sentEnd(q.open) - 1
				if q.close >= 0 {
					tail = d.sentEnd(q.close) - 1
				}
				mixedTo = x.clauseEnd(mixedFrom, tail+1)
				if q.close >= 0 && mixedTo > q.close+1 && x.closesClause(q) {
					// `he called it "a disaster," which ...`: the reported
					// clause ends with its quotation; the rest is held.
					x.held = append(x.held, [2]int{q.close + 1, mixedTo})
					mixedTo = q.close + 1
				}
				if q.close >= 0 && (x.verb(c.from) == vName || x.lx.speechNoun[d.low[c.from]]) {
					// `called him a "moderate," a subtle dig`: a name ends
					// with its quotation.
					mixedTo = q.close + 1
					tail = q.close
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
			last, lastTok = len(x.out)-1, tail
			continue
		}
		// "The risk," said Smith, an economist, "is that ...": the second
		// piece shares the cue of the first.
		if last >= 0 && prevSent >= 0 && int(d.sent[q.open]) == prevSent && q.open > prevTok && x.countWords(prevTok, q.open) <= 20 {
			x.out[last].Content = append(x.out[last].Content, frag)
			lastTok = max(lastTok, q.last)
			postCueSent = -1
			continue
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

// uncued adds the long quotations left without a cue, unless they lie in
// reported speech found since: a quote with its speaker unknown, or the
// subject of its sentence when the quote is embedded in one ("The
// administration waves off the delay as having "minimal" impact"). When
// that subject is followed by a verb and more words before the quote, the
// content is the rest of the sentence after the verb, which is the cue
// (PolNeAR's convention for a quoted fragment inside a reported clause).
func (x *Extractor) uncued() {
	d := &x.d
	if len(x.pending) == 0 {
		return
	}
	covered := x.coveredTokens()
	for _, qi := range x.pending {
		q := d.quotes[qi]
		frag, _ := x.fragment(q)
		if anyCovered(covered, q.first, q.last) || x.titleCase(q) {
			continue
		}
		if i := x.adjacentBefore(q); i >= 0 {
			// `He said the plan "failed" in May. "It was a mess."`
			x.out[i].Content = append(x.out[i].Content, frag)
			continue
		}
		if i := x.paragraphBefore(q); i >= 0 {
			// `Smith said that the plan had failed. ¶ "It was a mess."`
			b := x.out[i]
			b.Content, b.Direct, b.Sentence = []Span{frag}, true, int(d.sent[q.first])
			x.out = append(x.out, b)
			continue
		}

		a := Attribution{Content: []Span{frag}, Direct: true, Cue: None, Source: None, Mention: None, Sentence: int(d.sent[q.first])}
		if c, ok := x.signature(q); ok {
			// "...." ¶ - Jane Roe.
			b := x.newAttribution(c)
			b.Content, b.Direct, b.Sentence = a.Content, true, a.Sentence
			x.out = append(x.out, b)
			continue
		}
		if c, ok := x.cueBefore(q); ok {
			// `Smith agreed. "..."`, `..., Smith says. "..."`
			b := x.newAttribution(c)
			b.Content, b.Direct, b.Sentence = a.Content, true, a.Sentence
			x.out = append(x.out, b)
			continue
		}
		if x.countWords(d.sentBegin(q.open), q.open) >= 2 && !x.titleCase(q) {
			sp, ok := x.mainSubject(q.open, true)
			if !ok || sp.weak || !x.personLike(sp) {
				sp, ok = x.sentenceSubject(q.open)
			}
			// a short quoted phrase needs its speaker's verb close by
			// ("She praised him as "..."") and no clause around that
			// speaker ("what he sees as "..."")
			if ok && !x.speechLike(q) && !x.nearSubject(sp, q.open) {
				ok = false
			}
			if ok && sp.to < q.open && x.personLike(sp) {
				a.Source = d.span(sp.from, sp.to)
				a.Mention = d.span(sp.mFrom, sp.mTo)
				if v := sp.to; v+1 < q.open && d.toks[v].kind == tWord && d.toks[v].is(fLower) {
					// `She applauded him for ... "over and over again."`:
					// the quotation is part of what follows the subject's
					// verb, and that whole clause is the content.
					end := x.trimEnd(q.open, d.sentEnd(q.open))
					if q.close >= 0 && end <= q.close {
						end = q.close + 1
					}
					a.Cue = d.span(v, v+1)
					a.Verb = d.text[a.Cue.Start:a.Cue.End]
					a.Content = []Span{d.span(v+1, end)}
				}
			}
		}
		x.out = append(x.out, a)
	}
}

// lastBefore returns the index in x.out of the attribution that ends last
// at or before byte offset pos (content, cue or source), and that end; -1
// when none does.
func (x *Extractor) lastBefore(pos int) (best, bestEnd int) {
	best, bestEnd = -1, -1
	for i, a := range x.out {
		end := a.Content[len(a.Content)-1].End
		end = max(end, a.Cue.End, a.Source.End)
		if end > pos || end <= bestEnd {
			continue
		}
		best, bestEnd = i, end
	}
	return best, bestEnd
}

// adjacentBefore returns the index in x.out of the attribution whose last
// sentence q follows in the same paragraph with nothing unquoted in
// between, or -1.
func (x *Extractor) adjacentBefore(q quotation) int {
	d := &x.d
	best, bestEnd := x.lastBefore(int(d.toks[q.open].start))
	if best < 0 {
		return -1
	}
	if d.toks[q.open].is(fPara) {
		return -1
	}
	e := q.open - 1
	for e >= 0 && int(d.toks[e].end) > bestEnd {
		e--
	}
	if e < 0 || d.sent[e] == d.sent[q.open] {
		return -1
	}
	// Only the rest of the attribution's sentence ("in an interview") and
	// the start of the quotation's own sentence ("Now, "...") may lie in
	// between.
	if d.sent[q.open] != d.sent[e]+1 || x.countWords(d.sentBegin(q.open), q.open) > 2 {
		return -1
	}
	for k := e + 1; k < q.open; k++ {
		if d.toks[k].is(fPara) {
			return -1
		}
	}
	return best
}

// paragraphBefore returns the index in x.out of the attribution with a
// speaker that ends the paragraph before q, when q opens its paragraph
// with no cue: a quotation set apart after reported speech ("Smith said
// the plan had failed. ¶ "It was a mess."") goes on with that speaker's
// words. It returns -1 when the attribution is not in the last sentence of
// that paragraph or anything unattributed follows it there.
func (x *Extractor) paragraphBefore(q quotation) int {
	d := &x.d
	if !d.toks[q.open].is(fPara) || q.open == 0 || q.close < 0 {
		return -1
	}
	// the quotation fills its paragraph: a speaker named after it is its own
	for k := q.close + 1; k < len(d.toks) && !d.toks[k].is(fPara); k++ {
		if d.toks[k].kind == tWord || d.toks[k].kind == tOpenQ {
			return -1
		}
	}
	best, bestEnd := x.lastBefore(int(d.toks[q.open].start))
	if best < 0 || !x.out[best].Source.Valid() || !x.out[best].Cue.Valid() || x.lx.lemma[strings.ToLower(x.out[best].Verb)] == "report" {
		return -1
	}
	// only punctuation may follow the attribution in its paragraph, and
	// its cue lies in the paragraph's last sentence
	for k := q.open - 1; k >= 0 && int(d.toks[k].end) > bestEnd; k-- {
		if d.toks[k].kind == tWord || d.toks[k].kind == tOpenQ {
			return -1
		}
	}
	last := d.sentBegin(q.open - 1)
	if x.out[best].Cue.Start < int(d.toks[last].start) {
		return -1
	}
	for k := last; k < q.open; k++ {
		if d.toks[k].is(fPara) && k != last {
			return -1
		}
	}
	return best
}

// cueBefore finds the cue of a quotation that opens its sentence in the
// sentence before it, when that sentence ends with a speaker and a bare
// speech verb ("Smith agreed.", "..., a spokesman says.") or a speech verb
// and its speaker ("..., said Smith."), in the same paragraph or ending
// the one before.
func (x *Extractor) cueBefore(q quotation) (cue, bool) {
	d := &x.d
	if q.open == 0 || d.sentBegin(q.open) != q.open {
		return cue{}, false
	}
	hi := q.open
	for hi > 0 && (d.toks[hi-1].kind == tCloseQ || d.isPunct(hi-1, ".:")) {
		hi--
	}
	if hi == 0 || hi == q.open || d.isPunct(hi, ":") && hi+1 != q.open {
		return cue{}, false
	}
	lo := d.sentBegin(hi - 1)
	if d.inQuote[hi-1] != 0 {
		return cue{}, false
	}
	for v := hi - 1; v >= lo && v >= hi-12; v-- {
		if d.toks[v].kind != tWord || d.inQuote[v] != 0 {
			if d.isPunct(v, ",") {
				continue
			}
			return cue{}, false
		}
		if x.verb(v) != vSpeech || x.participle(v) {
			continue
		}
		if x.lx.lemma[d.low[v]] == "report" {
			// "..., the Daily Planet reported." names where a report
			// appeared, not who speaks next.
			return cue{}, false
		}
		e := x.cueEnd(v)
		// "Smith agreed.", "Smith said in a statement."
		if sp, ok := x.subjectBefore(v, lo); ok && !x.relative(sp) && (x.skippedTo(e, hi) || x.prepTail(e, hi)) && (sp.from == lo || d.isPunct(sp.from-1, ",")) {
			return cue{from: v, to: e, speaker: sp, hasSpkr: true}, true
		}
		// "..., said Smith."
		if v > lo && d.isPunct(v-1, ",") {
			if sp, ok := x.npAfter(e, hi); ok && sp.to >= hi-1 {
				return cue{from: v, to: e, speaker: sp, hasSpkr: true}, true
			}
		}
		return cue{}, false
	}
	return cue{}, false
}

// prepTail reports whether tokens [i, hi) after a cue are a short
// prepositional phrase and nothing else ("in a statement", "on Twitter
// Tuesday").
func (x *Extractor) prepTail(i, hi int) bool {
	d := &x.d
	if i >= hi || !(introPreps[d.low[i]] || afterPrep[d.low[i]]) || d.low[i] == "by" {
		return false
	}
	for k := i; k < hi; k++ {
		if d.toks[k].kind != tWord {
			return false
		}
	}
	return hi-i <= 6 && x.shortTail(i, hi)
}

// signature finds a speaker signing a quotation that fills its paragraph
// on a line of its own after it: "- Jane Roe." or "— Jane Roe, in a
// speech".
func (x *Extractor) signature(q quotation) (cue, bool) {
	d := &x.d
	if q.close < 0 || !d.toks[q.open].is(fPara) {
		return cue{}, false
	}
	k := q.close + 1
	for k < len(d.toks) && !d.toks[k].is(fPara) {
		if d.toks[k].kind == tWord {
			return cue{}, false // the paragraph goes on
		}
		k++
	}
	if k+1 >= len(d.toks) || !(d.isPunct(k, "-—–") || d.isPunct(k, "--")) || !x.capWord(k+1) {
		return cue{}, false
	}
	sp, ok := x.npAfter(k+1, d.sentEnd(k+1))
	if !ok {
		return cue{}, false
	}
	return cue{from: k, to: k + 1, speaker: sp, hasSpkr: true}, true
}

// personLike reports whether a subject phrase can name who said a
// quotation that has no cue: a name, a role ("the spokesman") or a
// personal pronoun, not "it" or a thing ("the plan").
func (x *Extractor) personLike(sp phrase) bool {
	d := &x.d
	h := sp.mTo - 1
	if h < sp.mFrom {
		return false
	}
	switch d.low[h] {
	case "he", "she", "they", "i", "we":
		return true
	}
	return x.capWord(h) || x.isRole(h)
}

// speechLike reports whether a quotation without a cue reads like
// something said rather than a title, slogan or quoted term: it is not in
// title case, and it has eight words or more or ends a sentence.
func (x *Extractor) speechLike(q quotation) bool {
	if x.titleCase(q) {
		return false
	}
	return x.countWords(q.first, q.last) >= 8 || x.d.isPunct(x.trimEnd(q.first, q.last), ".?!")
}

// namedInPhrase reports whether quotation q is a short name inside a noun
// or prepositional phrase (`on NBC's "Meet the Press,"`, `to chants of
// "No! No!,"`): it follows a possessive or a preposition in its sentence
// and is in title case or at most four words long. A cue after it reports
// something else.
func (x *Extractor) namedInPhrase(q quotation) bool {
	d := &x.d
	p := q.open - 1
	if p < 0 || d.toks[p].kind != tWord || d.sent[p] != d.sent[q.open] {
		return false
	}
	w := d.low[p]
	if !isPossessive(w) && !afterPrep[w] {
		return false
	}
	return x.titleCase(q) || x.countWords(q.first, q.last) <= 4
}

// titleCase reports whether most words of q are capitalised, as in the
// title of a work or a slogan.
func (x *Extractor) titleCase(q quotation) bool {
	d := &x.d
	words, caps := 0, 0
	for i := q.first; i < q.last; i++ {
		if d.toks[i].kind != tWord {
			continue
		}
		words++
		if d.toks[i].is(fCap) {
			caps++
		}
	}
	return caps*2 > words
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

// countWords counts the word tokens in [i, j).
func (x *Extractor) countWords(i, j int) int {
	n := 0
	for k := max(i, 0); k < j; k++ {
		if x.d.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// trimEnd drops final sentence punctuation from the token range [i, j)
// and returns the new end.
func (x *Extractor) trimEnd(i, j int) int {
	d := &x.d
	for j > i+1 && d.isPunct(j-1, ".;:,!?…—–-") {
		j--
	}
	return j
}

// markup reports whether q is an attribute value in markup
// (`<tweet id="123">`) or holds no letters.
func (x *Extractor) markup(q quotation) bool {
	d := &x.d
	if d.isPunct(q.open-1, "=") {
		return true
	}
	for i := q.first; i < q.last; i++ {
		if d.toks[i].kind == tWord && (d.toks[i].is(fCap) || d.toks[i].is(fLower)) {
			return false
		}
	}
	return true
}

// fragment returns the content span of q, without a trailing comma or
// colon.
func (x *Extractor) fragment(q quotation) (Span, bool) {
	d := &x.d
	last := q.last
	for last > q.first && d.isPunct(last-1, ",:;") {
		last--
	}
	if last <= q.first {
		return None, false
	}
	return d.span(q.first, last), true
}

// long reports whether q looks like quoted speech rather than a quoted
// term: several words, or a whole sentence.
func (x *Extractor) long(q quotation) bool {
	d := &x.d
	words := 0
	for i := q.first; i < q.last; i++ {
		if d.toks[i].kind == tWord {
			words++
		}
	}
	if words >= 4 {
		return true
	}
	return words >= 2 && d.toks[q.first].is(fCap) && d.isPunct(q.last-1, ".?!")
}

// continues reports whether a cue-less quotation q goes on with the quote
// whose last token is lastTok: it starts a sentence in the same paragraph
// or opens the next paragraph, with no unquoted sentence in between.
func (x *Extractor) continues(lastTok int, q quotation) bool {
	d := &x.d
	// (A quotation left open at the end of its paragraph ends at the
	// first token of the next one, which may be q.open.)
	if lastTok < 0 || q.open < lastTok {
		return false
	}
	gap := 0
	for i := lastTok; i < q.open; i++ {
		if d.inQuote[i] == 0 && d.toks[i].kind == tWord {
			gap++
		}
	}
	if gap > 0 {
		return false
	}
	// A quotation opening a paragraph must be a sentence of its own, not
	// the start of one ("Boots on the ground" would be appropriate, ...).
	if d.toks[q.open].is(fPara) && q.close >= 0 && q.close+1 < len(d.toks) {
		next := d.toks[q.close+1]
		if !next.is(fPara) && d.sent[q.close+1] == d.sent[q.close] && next.kind != tOpenQ {
			return false
		}
	}
	return true
}

func (x *Extractor) newAttribution(c cue) Attribution {
	d := &x.d
	a := Attribution{Cue: d.span(c.from, c.to), Source: None, Mention: None}
	a.Verb = d.text[a.Cue.Start:a.Cue.End]
	if c.hasSpkr && c.speaker.from < c.speaker.to {
		a.Source = d.span(c.speaker.from, c.speaker.to)
		a.Mention = d.span(c.speaker.mFrom, c.speaker.mTo)
	}
	if c.hasAddr {
		sp := d.span(c.addr.from, c.addr.to)
		a.Addressee = d.text[sp.Start:sp.End]
	}
	return a
}

// sentEnd returns the token index where the sentence holding token i ends
// (i past the last token counts as the last token).
func (d *doc) sentEnd(i int) int { return d.sentStart[d.sent[min(i, len(d.sent)-1)]+1] }

// sentBegin returns the first token of the sentence holding token i.
func (d *doc) sentBegin(i int) int { return d.sentStart[d.sent[min(i, len(d.sent)-1)]] }

// postCue looks for an attribution right after the closing mark:
// `"...," he said`, `"...," said Smith`, `"...," according to Smith`.
func (x *Extractor) postCue(qi int, q quotation) (cue, bool) {
	d := &x.d
	if q.close < 0 {
		return cue{}, false
	}
	n := len(d.toks)
	k := q.close + 1
	if k >= n || d.toks[k].is(fPara) || x.namedInPhrase(q) {
		return cue{}, false
	}
	e := q.last - 1
	if e > q.first && (d.isPunct(e, "'’‘") || d.str(e) == "'") {
		e-- // `...,'"`: an inner quotation closed first
	}
	open := d.isPunct(e, ",?!—–-…") || d.low[e] == "..."
	if d.isPunct(k, ",—–") {
		open = true
		k++
	}
	if k >= n || d.toks[k].is(fPara) || d.toks[k].kind != tWord {
		return cue{}, false
	}
	if !open && !d.toks[k].is(fLower) && !x.capWord(k) {
		return cue{}, false
	}
	hi := d.sentEnd(k)
	if qi+1 < len(d.quotes) && d.quotes[qi+1].open < hi {
		hi = d.quotes[qi+1].open
	}
	// Verb first: "said Smith", "according to Smith".
	if c, ok := x.cueAt(k, hi); ok {
		if x.verb(c.from) != vNone && x.participle(c.from) {
			// `... a "ridiculous idea," adding that ...`: the subject of
			// the sentence.
			if sp, ok := x.clauseSubject(c.from); ok {
				c.speaker, c.hasSpkr = sp, !sp.weak
				return c, true
			}
		} else if sp, ok := x.npAfter(c.to, hi); ok {
			sp.to = x.appositionEnd(sp.to, hi)
			c.speaker, c.hasSpkr = sp, true
			return c, true
		}
	}
	// Speaker first: "he said", "Smith, a spokesman, told reporters".
	for v := k; v < hi && v < k+32; v++ {
		if x.verb(v) != vSpeech || x.isDet(v-1) {
			continue
		}
		sp, ok := x.subjectBefore(v, k)
		if !open && !d.toks[k].is(fLower) && (!ok || sp.to != v || !x.shortTail(x.cueEnd(v), hi) && !x.participleTail(x.cueEnd(v), hi)) {
			// `"..." Smith said.` without the comma: only a bare cue.
			return cue{}, false
		}
		if ok && sp.from > k && sp.from-k <= 3 && x.allModifiers(k, sp.from) {
			// "super PAC spokeswoman Jane Roe said": keep the modifiers
			// that npEndingAt trims when nothing determines them.
			sp.from = k
		}
		if ok && sp.from > k+1 && (d.isPunct(sp.from-1, ",") || d.low[sp.from-1] == "and") {
			// "a longtime friend, Jane Roe, said"
			if p, ok2 := x.npAfter(k, sp.from-1); ok2 && p.to == sp.from-1 {
				sp.from = k
			}
		}
		if !ok || sp.from != k {
			break
		}
		c := cue{from: v, to: x.cueEnd(v), speaker: sp, hasSpkr: true}
		x.addressee(&c, hi)
		if x.introducesNext(qi, e, c, hi) {
			return cue{}, false
		}
		return c, true
	}
	if open {
		if c, ok := x.appositiveSpeaker(k); ok {
			return c, true
		}
		if k+1 < hi && d.toks[k].is(fCap) && d.toks[k+1].is(fLower) && x.lx.verbs[d.low[k+1]] == vSpeech && d.inQuote[k+1] == 0 && !x.participle(k+1) && x.shortTail(x.cueEnd(k+1), hi) {
			// `"...," Read said.`: a capitalised word alone between the
			// quotation and its cue is the speaker's name, even when it
			// is also a common word.
			sp := phrase{from: k, to: k + 1, mFrom: k, mTo: k + 1}
			return cue{from: k + 1, to: x.cueEnd(k + 1), speaker: sp, hasSpkr: true}, true
		}
		return x.bareCue(k, hi)
	}
	return cue{}, false
}

// bareCue recognises, after a quotation that closes on a comma, question
// or exclamation mark, a whole short sentence rest made of a speaker and a
// past- or present-tense verb the lexicon does not list (`"...?" Smith
// pressed.`, `"...," reacted Smith.`): the comma inside the quotation
// marks that what follows is its attribution.
func (x *Extractor) bareCue(k, hi int) (cue, bool) {
	d := &x.d
	if hi < 1 || hi > len(d.toks) || !d.isPunct(hi-1, ".") {
		return cue{}, false
	}
	hi-- // the stop
	tense := func(v int) bool {
		w := d.low[v]
		return v < hi && d.toks[v].kind == tWord && d.toks[v].is(fLower) && x.verb(v) == vNone && len(w) > 3 &&
			(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) &&
			!x.in(x.lx.aux, v) && !x.isRole(v)
	}
	if tense(k) {
		// verb first: "reacted Smith."
		if sp, ok := x.npAfter(k+1, hi); ok && sp.from == k+1 && x.capWord(sp.from) && x.personLike(sp) && (sp.to == hi || x.appositionEnd(sp.to, hi) == hi) {
			sp.to = hi
			return cue{from: k, to: k + 1, speaker: sp, hasSpkr: true}, true
		}
		return cue{}, false
	}
	sp, ok := x.npAfter(k, hi)
	if !ok || sp.from != k || !tense(sp.to) || sp.to+1 != hi || !x.personLike(sp) {
		return cue{}, false
	}
	return cue{from: sp.to, to: sp.to + 1, speaker: sp, hasSpkr: true}, true
}

// introducesNext reports whether the cue c found after quotation qi, whose
// last inner token e ends a sentence (`"... the plan?" Doe writes back, "..."`),
// is followed only by a comma or colon and the next quotation of its
// sentence: the cue then introduces that next quotation, not qi.
func (x *Extractor) introducesNext(qi, e int, c cue, hi int) bool {
	d := &x.d
	if !d.isPunct(e, ".?!") || qi+1 >= len(d.quotes) || d.quotes[qi+1].open != hi {
		return false
	}
	k := c.to
	if c.hasAddr && c.addr.to > k {
		k = c.addr.to
	}
	// a few words may follow the verb: "writes back", "said in May"
	for n := 0; k < hi-1 && n < 4 && d.toks[k].kind == tWord && x.verb(k) == vNone; n++ {
		k++
	}
	return k == hi-1 && d.isPunct(k, ",:")
}

// participleTail reports whether the tokens from i on open a participle
// clause after a cue (", quoting a reporter", ", adding that ...").
func (x *Extractor) participleTail(i, hi int) bool {
	d := &x.d
	for i < hi && x.skippable(i) {
		i++
	}
	return i+1 < hi && d.isPunct(i, ",") && x.verb(i+1) != vNone && x.participle(i+1)
}

// appositiveSpeaker parses a speaker with several appositions before its
// cue, right after a quotation: `Jane Roe, 67, a retired nurse in Dover,
// Del., who voted twice, said`. The appositions may hold relative clauses,
// participle phrases and short quotations, but no other finite verb.
func (x *Extractor) appositiveSpeaker(k int) (cue, bool) {
	return x.appositive(k, -1)
}

// appositive is [Extractor.appositiveSpeaker] that also accepts, at token
// target (when not -1), a cue of any class.
func (x *Extractor) appositive(k, target int) (cue, bool) {
	d := &x.d
	hi := d.sentEnd(k)
	np, ok := x.npAfter(k, hi)
	if !ok || np.to >= hi || !d.isPunct(np.to, ",") {
		return cue{}, false
	}
	clause := false // inside a relative clause or a participle phrase
	rel := -1       // the relative pronoun opening the current clause
	relVerb := false
	lastComma := np.to
	for v := np.to; v < hi && v < k+48; v++ {
		t := d.toks[v]
		switch {
		case t.kind == tOpenQ || t.kind == tCloseQ:
			if q := d.inQuote[min(v+1, len(d.toks)-1)]; t.kind == tOpenQ && q != 0 && x.countWords(d.quotes[q-1].first, d.quotes[q-1].last) > 4 {
				return cue{}, false
			}
			continue
		case d.isPunct(v, ","):
			clause, lastComma, rel, relVerb = false, v, -1, false
			continue
		case t.kind != tWord:
			if d.isPunct(v, ";:?!()") || d.isPunct(v, ".") && !d.isPunct(v+1, ",") {
				return cue{}, false // "Pa.," is an abbreviation, not an end
			}
			continue
		case d.inQuote[v] != 0:
			continue
		}
		w := d.low[v]
		if w == "who" || w == "whose" || w == "which" || strings.HasSuffix(w, "ing") && d.isPunct(v-1, ",") {
			clause = true
			if w == "who" && target < 0 {
				rel, relVerb = v, false
			}
			continue
		}
		if clause {
			if rel >= 0 && relVerb && x.verb(v) == vSpeech && !x.participle(v) && (x.skippedTo(x.cueEnd(v), hi) || x.shortTail(x.cueEnd(v), hi)) {
				// `Jane Roe, the analyst who founded the site tweeted
				// Monday.`: a relative clause left without its closing
				// comma ends before the cue that ends the sentence.
				sp := phrase{from: k, to: v, mFrom: np.mFrom, mTo: np.mTo}
				return cue{from: v, to: x.cueEnd(v), speaker: sp, hasSpkr: true}, true
			}
			if rel >= 0 && v > rel && (x.verb(v) != vNone || x.finiteLike(v) || x.in(x.lx.aux, v)) {
				relVerb = true
			}
			continue
		}
		if (x.verb(v) == vSpeech || v == target) && x.skippedTo(lastComma+1, v) {
			sp := phrase{from: k, to: lastComma + 1, mFrom: np.mFrom, mTo: np.mTo}
			c := cue{from: v, to: x.cueEnd(v), speaker: sp, hasSpkr: true}
			x.addressee(&c, hi)
			return c, true
		}
		if x.verb(v) != vNone || x.finiteLike(v) {
			return cue{}, false
		}
	}
	return cue{}, false
}

// appositiveSubject finds a subject carrying appositions or a parenthetical
// phrase before the cue at token v ("Smith, 31, a photographer, said",
// "Mr. Smith, in an interview, said"): it starts the sentence part at lo,
// or follows an introductory phrase closed by a comma ("On Monday, Smith,
// a senator, called ..."), and names a person, a group or a role.
func (x *Extractor) appositiveSubject(lo, v int) (phrase, bool) {
	d := &x.d
	for k := lo; k < v; k++ {
		if k > lo && !d.isPunct(k-1, ",") {
			continue
		}
		if c, ok := x.appositive(k, v); ok && c.from == v && x.personLike(c.speaker) {
			return c.speaker, true
		}
	}
	return phrase{}, false
}

// skippedTo reports whether all tokens in [i, j) can sit between a speaker
// and its cue ("also", "later").
func (x *Extractor) skippedTo(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.skippable(k) {
			return false
		}
	}
	return true
}

// allModifiers reports whether tokens [i, j) are all lower-case words that
// may modify a noun ("former", "super", "deputy").
func (x *Extractor) allModifiers(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.modifier(k) && !x.isRole(k) || introWords[x.d.low[k]] || afterPrep[x.d.low[k]] {
			return false
		}
	}
	return true
}

// outerAccording finds "according to Y" closing the sentence of a cue
// that follows quotation qi (`"...," X said, according to Y.`): Y is then
// the source and "X said" part of what Y reports.
func (x *Extractor) outerAccording(qi int, c cue) (cue, bool) {
	d := &x.d
	hi := d.sentEnd(c.from)
	if qi+1 < len(d.quotes) && d.quotes[qi+1].open < hi {
		hi = d.quotes[qi+1].open
	}
	from := c.to
	if c.hasSpkr && c.speaker.to > from {
		from = c.speaker.to
	}
	for k := from; k+2 < hi; k++ {
		if d.isPunct(k, ",") && d.low[k+1] == "according" && d.low[k+2] == "to" {
			if sp, ok := x.accordingSource(k+3, hi); ok {
				return cue{from: k + 1, to: k + 3, speaker: sp, hasSpkr: true}, true
			}
			return cue{}, false
		}
	}
	return cue{}, false
}

// appositionEnd extends a speaker phrase that follows its cue (`said
// Smith, a lawyer, who ...`) over the appositions and relative clauses
// that describe it, up to the end of the sentence part before hi; it stops
// before another cue (", adding ...", ", according to ...").
func (x *Extractor) appositionEnd(to, hi int) int {
	d := &x.d
	if to >= hi || !d.isPunct(to, ",") {
		return to
	}
	k := to
	for k < hi {
		if d.isPunct(k, ";:.?!()") || d.toks[k].kind == tOpenQ || d.toks[k].kind == tCloseQ {
			break
		}
		if d.isPunct(k, ",") && k+1 < hi && (d.low[k+1] == "according" || x.participle(k+1) && x.verb(k+1) != vNone || x.verb(k+1) == vSpeech) {
			return x.trimEnd(to, k)
		}
		k++
	}
	if k < hi && !d.isPunct(k, ".?!") && d.toks[k].kind != tOpenQ {
		return to // the sentence goes on: keep the phrase as it was
	}
	return x.trimEnd(to, k)
}

// cueAt recognises a verb-first cue at token k: a speech verb or
// "according to".
func (x *Extractor) cueAt(k, hi int) (cue, bool) {
	d := &x.d
	if d.low[k] == "according" && k+1 < hi && d.low[k+1] == "to" {
		return cue{from: k, to: k + 2}, true
	}
	if x.verb(k) == vSpeech {
		c := cue{from: k, to: x.cueEnd(k)}
		return c, true
	}
	return cue{}, false
}

// addressee fills c.addr for "told NBC News".
func (x *Extractor) addressee(c *cue, hi int) {
	d := &x.d
	if x.lx.lemma[d.low[c.from]] != "tell" {
		return
	}
	if p, ok := x.npAfter(c.to, hi); ok && !x.isPronounSubject(p.from) {
		c.addr, c.hasAddr = p, true
	} else if c.to < hi && d.toks[c.to].kind == tWord {
		switch d.low[c.to] {
		case "him", "her", "them", "me", "us", "reporters":
			c.addr, c.hasAddr = phrase{from: c.to, to: c.to + 1, mFrom: c.to, mTo: c.to + 1}, true
		}
	}
}

// preCue looks for an attribution before the opening mark: `He said: "..."`,
// `Smith told reporters, "..."`, `According to Smith, "..."`, `Smith: "..."`.
func (x *Extractor) preCue(qi int, q quotation) (cue, bool) {
	d := &x.d
	o := q.open
	lo := d.sentBegin(o)
	if qi > 0 {
		if p := d.quotes[qi-1]; p.close >= lo && p.close < o {
			lo = p.close + 1
		}
	}
	if o <= lo {
		// "He declared:" ending the previous paragraph.
		if o == lo && o > 0 && d.isPunct(o-1, ":") && (qi == 0 || d.quotes[qi-1].open < d.sentBegin(o-1)) {
			lo = d.sentBegin(o - 1)
		} else {
			return cue{}, false
		}
	}
	// According to X, "..."
	for k := lo; k+1 < o; k++ {
		if d.low[k] == "according" && d.low[k+1] == "to" {
			if sp, ok := x.accordingSource(k+2, o); ok && (sp.to >= o-1 || d.isPunct(sp.to, ",")) {
				return cue{from: k, to: k + 2, speaker: sp, hasSpkr: true, cstart: o}, true
			}
		}
	}
	// Her remark that "...", his call for "..."
	if c, ok := x.nounCue(lo, o); ok {
		return c, true
	}
	j := o - 1
	if d.isPunct(j, ":,—–-") {
		j--
	} else if d.low[j] == "that" {
		j--
	}
	for v := j; v >= lo && v >= j-10; v-- {
		if d.isPunct(v, ".;?!()") || d.toks[v].kind == tOpenQ || d.toks[v].kind == tCloseQ {
			break
		}
		cls := x.verb(v)
		if cls != vSpeech && cls != vName || x.isDet(v-1) && !x.standaloneSubject(v) {
			continue
		}
		if cls == vName && x.namingParticiple(v, o) {
			continue // "a play called "...""
		}
		c := cue{from: v, to: x.cueEnd(v)}
		c.cstart = x.clauseStart(c.to, o+1)
		if sp, ok := x.clauseSubject(v); ok {
			c.speaker, c.hasSpkr = sp, !sp.weak
		} else if sp, ok := x.subjectBefore(v, lo); ok && !x.objectOfPrep(sp) {
			c.speaker, c.hasSpkr = sp, true
		} else if sp, ok := x.appositiveSubject(lo, v); ok {
			// "Smith, 31, a photographer, said the plan was "a disaster""
			c.speaker, c.hasSpkr = sp, true
		} else {
			continue
		}
		if x.passive(v) {
			// "Smith was asked by a moderator whether ...": the subject
			// was spoken to; the speaker is the agent, if named.
			c.speaker, c.hasSpkr = x.agent(c.to, o)
			if c.hasSpkr {
				c.cstart = x.clauseStart(c.speaker.to, o+1)
			}
		}
		if oc, ok := x.outerCue(lo, v, o); ok {
			c = oc
		} else if oc, ok := x.relativeOuter(lo, c, o); ok {
			c = oc
		}
		x.addressee(&c, o)
		return c, true
	}
	// "Smith said the plan, which ..., was "a disaster"": a reporting verb
	// farther back.
	if oc, ok := x.outerCue(lo, j-10, o); ok {
		x.addressee(&oc, o)
		return oc, true
	}
	// Said Smith, "...", also after an opening phrase: `But, said Smith,
	// "..."`, `In other words, explained Smith: "..."`.
	if d.isPunct(o-1, ",:") {
		for v := lo; v < o-2; v++ {
			if v > lo && !d.isPunct(v-1, ",") || x.verb(v) != vSpeech || x.participle(v) {
				continue
			}
			if sp, ok := x.npAfter(v+1, o-1); ok && sp.from == v+1 && sp.to >= o-2 {
				return cue{from: v, to: v + 1, speaker: sp, hasSpkr: true, cstart: o}, true
			}
		}
	}
	// Smith: "..."
	if d.isPunct(o-1, ":") && o-2 >= lo && (x.capWord(o-2) || x.isRole(o-2)) {
		// also "HEADLINE - Smith: "..."" and "More from the report: "...""
		sp, ok := x.npEndingAt(o-2, lo)
		for ok && sp.from-2 >= lo && d.low[sp.from-1] == "and" {
			// "Jane Roe and John Doe: "...""
			p, ok2 := x.npEndingAt(sp.from-2, lo)
			if !ok2 {
				break
			}
			sp.from = p.from
		}
		for k := sp.from; ok && k < o-2; k++ {
			if d.low[k] == "from" && d.toks[k].kind == tWord {
				sp.from = k + 1 // "More from the report:"
			}
		}
		if ok && (sp.from == lo || d.isPunct(sp.from-1, "-—–") || d.low[sp.from-1] == "from") {
			x.setMention(&sp, sp.to)
			return cue{from: o - 1, to: o, speaker: sp, hasSpkr: true, cstart: o}, true
		}
	}
	// Smith issued a statement: "...": the subject of the clause that the
	// colon closes introduces the quotation.
	if d.isPunct(o-1, ":") && o-2 >= lo && x.long(q) {
		sp, ok := x.mainSubject(o-1, false)
		if !ok {
			sp, ok = x.sentenceSubject(o - 1)
		}
		if ok && sp.to < o-1 && !x.relative(sp) {
			return cue{from: o - 1, to: o, speaker: sp, hasSpkr: true, cstart: o}, true
		}
	}
	return cue{}, false
}

// outerCue finds the first reporting verb in tokens [lo, hi) whose
// reported clause runs on to the quotation opening at o: in "Smith said
// the plan would "reiterate" ...", Smith's "said" reports everything
// after it, including any nearer cue. The verb must take a clause ("say",
// "argue", "believe"), have a subject that is not a relative pronoun, and
// be followed by what looks like a clause.
func (x *Extractor) outerCue(lo, hi, o int) (cue, bool) {
	d := &x.d
	for u := lo; u < hi; u++ {
		if d.toks[u].kind != tWord {
			if d.isPunct(u, ";:") {
				return cue{}, false
			}
			continue
		}
		cls := x.verb(u)
		if cls != vSpeech && cls != vBelief || x.isDet(u-1) || u > 0 && d.low[u-1] == "to" || x.inIntro(u) {
			continue
		}
		lemma := x.lx.lemma[d.low[u]]
		if !bareClause[lemma] {
			continue
		}
		sp, ok := x.clauseSubject(u)
		if !ok {
			sp, ok = x.subjectBefore(u, lo)
		}
		if !ok || x.relative(sp) {
			continue
		}
		end := x.cueEnd(u)
		if d.isPunct(end, ",") && x.parenthetical(end+1, o) {
			// "The documents indicate, he said, that ...": the
			// parenthetical cue reports the whole sentence.
			continue
		}
		cs := x.clauseStart(end, o+1)
		if cs <= o && !x.clauseLike(cs, lemma, cls) {
			// "declared in an interview with Reuters that ..."
			for k := cs; k < o && k < cs+8 && d.toks[k].kind == tWord && x.verb(k) == vNone; k++ {
				if d.low[k] == "that" {
					cs = k + 1
					break
				}
			}
		}
		if cs > o || !x.clauseLike(cs, lemma, cls) {
			continue
		}
		if cs < o && x.clauseEnd(cs, d.sentEnd(o)) <= o {
			continue // "said X and accused Y of "...": the clause ended
		}
		return cue{from: u, to: end, speaker: sp, hasSpkr: true, cstart: cs}, true
	}
	return cue{}, false
}

// introPreps are prepositions that open a sentence with a phrase, not a
// clause ("In interviews and letters, ...").
var introPreps = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "for": true, "with": true, "without": true,
	"under": true, "amid": true, "from": true, "by": true, "among": true, "throughout": true,
	"within": true, "upon": true, "across": true, "toward": true, "towards": true, "alongside": true,
	"despite": true, "unlike": true, "besides": true, "beyond": true, "regarding": true,
}

// inIntro reports whether token v lies in a prepositional phrase that
// opens its sentence and ends at a comma ("In interviews and letters,
// Smith has argued ..."): no word there is a cue or a clause's verb.
func (x *Extractor) inIntro(v int) bool {
	d := &x.d
	i := x.clauseFloor(v)
	for i < v && (d.toks[i].kind == tOpenQ || d.isPunct(i, "—–-(")) {
		i++
	}
	if i >= v || !introPreps[d.low[i]] {
		return false
	}
	for k := i + 1; k < v; k++ {
		if d.isPunct(k, ",;:") || d.toks[k].kind == tOpenQ || d.toks[k].kind == tCloseQ {
			return false
		}
	}
	for k := v + 1; k < len(d.toks) && k < v+12 && d.sent[k] == d.sent[v]; k++ {
		if d.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// clauseSubject finds the subject of the clause a cue hangs from when the
// cue is a participle ("Trump tweeted Monday, saying ...") or the second
// of two coordinated verbs ("He praised them but said ..."): the subject
// of the sentence.
func (x *Extractor) clauseSubject(v int) (phrase, bool) {
	d := &x.d
	j := v - 1
	for j >= 0 && x.skippable(j) {
		j--
	}
	w := d.low[v]
	comma := d.isPunct(j, ",") || j > 0 && d.toks[j].kind == tCloseQ && d.isPunct(j-1, ",")
	participle := len(w) > 4 && w[len(w)-3:] == "ing" && (comma || x.participle(v))
	coordinated := j >= 0 && d.toks[j].kind == tWord && (d.low[j] == "and" || d.low[j] == "but")
	if !participle && !coordinated {
		return phrase{}, false
	}
	if participle && !comma && j >= 0 && d.toks[j].kind == tWord {
		// "with Smith calling it ...", "Smith saying he was ...": the
		// phrase right before the participle performs it.
		if sp, ok := x.withPhrase(j); ok {
			return sp, true
		}
		if sp, ok := x.subjectBefore(v, x.clauseFloor(v)); ok && !x.relative(sp) && sp.to == j+1 && x.capWord(sp.mTo-1) && (sp.from == 0 || d.low[sp.from-1] == "with" || !afterPrep[d.low[sp.from-1]] && !x.isDet(sp.from-1)) {
			return sp, true
		}
	}
	if participle && comma {
		// `"...," he said, adding ...`: the subject of the cue before.
		k := j - 1
		if d.toks[j].kind == tCloseQ {
			k = j - 2
		}
		for k >= 0 && x.skippable(k) {
			k--
		}
		if x.verb(k) == vSpeech && !x.participle(k) {
			if sp, ok := x.subjectBefore(k, d.sentBegin(k)); ok && !x.relative(sp) {
				return sp, true
			}
		}
	}
	if sp, ok := x.mainSubjectOf(v, true, !participle); ok {
		return sp, true
	}
	return x.sentenceSubject(v)
}

// introWords open a sentence with an adverbial phrase that ends at the
// first comma ("In an interview Thursday, the senator said ...").
var introWords = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "when": true,
	"while": true, "as": true, "since": true, "asked": true, "speaking": true, "later": true,
	"earlier": true, "meanwhile": true, "however": true, "still": true, "yet": true, "instead": true,
	"for": true, "with": true, "without": true, "despite": true, "following": true, "under": true,
	"if": true, "although": true, "though": true, "because": true, "once": true, "then": true,
	"writing": true, "appearing": true, "responding": true, "addressing": true, "from": true,
	"amid": true, "alongside": true, "among": true, "throughout": true, "within": true, "upon": true,
	"unlike": true, "besides": true, "beyond": true, "across": true, "toward": true, "towards": true,
	"regarding": true, "given": true, "by": true, "until": true, "whether": true,
	"likewise": true, "indeed": true, "moreover": true, "nevertheless": true, "nonetheless": true,
	"separately": true, "similarly": true, "overall": true,
}

// sentenceSubject returns the speaker phrase that opens the sentence
// holding token v, skipping a leading conjunction and an introductory
// phrase.
func (x *Extractor) sentenceSubject(v int) (phrase, bool) {
	d := &x.d
	i := d.sentBegin(v)
	for i < v && (d.toks[i].kind == tOpenQ || d.isPunct(i, "—–-(")) {
		i++
	}
	if i < v && (d.low[i] == "but" || d.low[i] == "and" || d.low[i] == "so") {
		i++
	}
	if e := x.datelineEnd(i, v); e > i {
		i = e
	}
	// "Specifically, ...", "Immediately, ..."
	if i+1 < v && d.toks[i].kind == tWord && d.isPunct(i+1, ",") && (x.lx.adverb[d.low[i]] || strings.HasSuffix(d.low[i], "ly")) {
		i += 2
	}
	if i < v && introWords[d.low[i]] {
		k := i + 1
		for k < v && !d.isPunct(k, ",") {
			k++
		}
		if k >= v {
			return phrase{}, false
		}
		i = k + 1
	}
	if i >= v {
		return phrase{}, false
	}
	return x.npAfter(i, v)
}

// clauseStart returns the first token of what a cue ending before token k
// reports: after an addressee ("told reporters"), adverbials, "that" and
// punctuation. It does not go past hi.
func (x *Extractor) clauseStart(k, hi int) int {
	d := &x.d
	k0 := k
	if k > 0 && x.lx.lemma[d.low[k-1]] == "tell" {
		if p, ok := x.npAfter(k, hi); ok {
			k = p.to
		} else if k < hi && (d.low[k] == "him" || d.low[k] == "her" || d.low[k] == "them" || d.low[k] == "reporters" || d.low[k] == "me" || d.low[k] == "us") {
			k++
		}
	}
	if k0 > 0 && k < hi && (introPreps[d.low[k]] || afterPrep[d.low[k]]) && !strings.HasSuffix(d.low[k0-1], "ing") {
		// "wrote in a court filing that ...", `said on "Meet the Press"
		// that ...`: a short prepositional phrase before "that" is no
		// part of what is reported (after an -ing cue, PolNeAR keeps it).
		for j := k + 2; j < hi && j <= k+8; j++ {
			if d.toks[j].kind == tPunct {
				break
			}
			if d.low[j] == "that" && d.toks[j].kind == tWord {
				k = j
				break
			}
		}
	}
	for k < hi {
		switch {
		case x.skippable(k), d.isPunct(k, ",:—–-"), d.low[k] == "that" && d.toks[k].kind == tWord:
			k++
			continue
		}
		break
	}
	return k
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

// closesClause reports whether the reported clause holding quotation q
// ends with it: the quotation closes on its own punctuation (`"a
// disaster,"`, `"No!"`), or a time or contrast clause starts right after
// its closing mark (`"no opinion" when asked`, `"dead" before the vote`).
func (x *Extractor) closesClause(q quotation) bool {
	d := &x.d
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

// nearSubject reports whether the subject phrase sp of a short quotation
// opening at o is followed by its verb and at most five words before the
// quotation, and does not open a relative clause ("what he sees as").
func (x *Extractor) nearSubject(sp phrase, o int) bool {
	d := &x.d
	if sp.to >= o || d.toks[sp.to].kind != tWord || !d.toks[sp.to].is(fLower) || x.countWords(sp.to, o) > 5 {
		return false
	}
	if sp.from > 0 {
		switch d.low[sp.from-1] {
		case "what", "which", "who", "whom", "that":
			return false
		}
	}
	return true
}

// relativeWords open a relative or free relative clause whose verb may be
// a nested cue ("what he calls", "a surrogate who said").
var relativeWords = map[string]bool{"what": true, "who": true, "whom": true, "which": true}

// relativeStart returns the first token of the relative clause that the
// speaker phrase sp of a cue opens or sits in: "who" in "a surrogate who
// said", "what" in "what he calls", "in" in "in which he says"; ok is
// false when sp opens no such clause.
func (x *Extractor) relativeStart(sp phrase, lo int) (int, bool) {
	d := &x.d
	r := -1
	switch {
	case x.relative(sp):
		r = sp.from
	case sp.from-1 >= lo && d.toks[sp.from-1].kind == tWord && relativeWords[d.low[sp.from-1]]:
		r = sp.from - 1
	default:
		return 0, false
	}
	if r-1 >= lo && d.toks[r-1].kind == tWord && d.low[r] != "what" && npLinks[d.low[r-1]] {
		r-- // "in which he says"
	}
	return r, true
}

// relativeOuter finds the cue that a relative clause holding cue c
// belongs to: in "Smith railed against what he calls "..."" and "Smith
// disavowed remarks by a surrogate who said "..."", the nearest reporting
// verb before the clause, in the same clause of the sentence, reports the
// whole phrase, nested cue included (PolNeAR keeps one attribution per
// token, the outermost). The outer verb needs a subject that is no
// relative pronoun and must not be passive.
func (x *Extractor) relativeOuter(lo int, c cue, o int) (cue, bool) {
	d := &x.d
	if !c.hasSpkr {
		return cue{}, false
	}
	r, ok := x.relativeStart(c.speaker, lo)
	if !ok {
		return cue{}, false
	}
	for u := r - 1; u >= lo; u-- {
		if d.toks[u].kind != tWord {
			if d.isPunct(u, ".;:?!,()—–") || d.toks[u].kind == tOpenQ || d.toks[u].kind == tCloseQ {
				return cue{}, false
			}
			continue
		}
		if x.verb(u) != vSpeech || x.isDet(u-1) || x.inIntro(u) || x.passive(u) {
			continue
		}
		sp, ok := x.clauseSubject(u)
		if !ok || sp.weak {
			sp, ok = x.subjectBefore(u, lo)
		}
		if !ok || x.relative(sp) || sp.to > u {
			return cue{}, false
		}
		end := x.cueEnd(u)
		return cue{from: u, to: end, speaker: sp, hasSpkr: true, cstart: x.clauseStart(end, o+1)}, true
	}
	return cue{}, false
}

// accordingSource returns the phrase after "according to" that starts at
// token i: a speaker phrase, or, when there is none or it stops before a
// preposition, the words up to the next punctuation or quotation before
// hi ("according to excerpts of his speech released by the campaign",
// "according to a new survey of farmers"). The source of "according to"
// need not be a person.
func (x *Extractor) accordingSource(i, hi int) (phrase, bool) {
	d := &x.d
	sp, ok := x.npAfter(i, hi)
	if ok && (sp.to >= hi || d.toks[sp.to].kind != tWord || !npLinks[d.low[sp.to]]) {
		return sp, true
	}
	if i >= hi || d.toks[i].kind != tWord || x.verb(i) != vNone || x.lx.clauseB[d.low[i]] {
		return sp, ok
	}
	k := i
	for k < hi && k < i+15 && d.toks[k].kind == tWord && d.inQuote[k] == 0 {
		k++
	}
	if k == i+15 {
		return sp, ok
	}
	p := phrase{from: i, to: k}
	x.setMention(&p, k)
	return p, true
}

// parenthetical reports whether a parenthetical cue starts at token k and
// closes with a comma before token o: a subject, a reporting verb and its
// detail (", he said in an interview,").
func (x *Extractor) parenthetical(k, o int) bool {
	d := &x.d
	for v := k + 1; v < o && v <= k+4; v++ {
		if d.toks[v].kind != tWord {
			return false
		}
		if x.verb(v) != vSpeech || x.participle(v) {
			continue
		}
		sp, ok := x.subjectBefore(v, k)
		if !ok || sp.from != k {
			return false
		}
		for e := x.cueEnd(v); e < o && e <= v+10; e++ {
			if d.isPunct(e, ",") {
				return true
			}
			if d.toks[e].kind != tWord {
				return false
			}
		}
		return false
	}
	return false
}
