package quote

// This file holds quotations without a cue of their own: one that goes on
// with the previous speaker's quote, one joined to the attribution just
// before it, and the long ones left over, attributed to the subject of
// their sentence or to no one.

import "strings"

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
	// open is the attribution given here to a quotation left open at the
	// end of its paragraph, and openLast that quotation's end: the next
	// paragraph opening with a mark goes on with it.
	open, openLast := -1, -1
	for _, qi := range x.pending {
		q := d.quotes[qi]
		frag, _ := x.fragment(q)
		if anyCovered(covered, q.first, q.last) || x.titleCase(q) {
			continue
		}
		if open >= 0 && d.toks[q.open].is(fPara) && x.continues(openLast, q) {
			// `Smith said the plan had failed. ¶ "It was a mess. ¶ "We
			// lost it all."`: one quotation over two paragraphs.
			x.out[open].Content = append(x.out[open].Content, frag)
			if q.close >= 0 {
				open = -1
			} else {
				openLast = q.last
			}
			continue
		}
		open = -1
		if i := x.adjacentBefore(q); i >= 0 {
			// `He said the plan "failed" in May. "It was a mess."`: the
			// content now holds a quotation, so it is direct.
			x.out[i].Content = append(x.out[i].Content, frag)
			x.out[i].Direct = true
			continue
		}
		// "...." ¶ - Jane Roe.: a signature names the speaker, even after
		// another's quotation.
		sig, signed := x.signature(q)
		if i := x.paragraphBefore(q); i >= 0 && !signed {
			// `Smith said that the plan had failed. ¶ "It was a mess."`
			b := x.out[i]
			b.Content, b.Direct, b.Sentence = []Span{frag}, true, int(d.sent[q.first])
			x.out = append(x.out, b)
			if q.close < 0 {
				open, openLast = len(x.out)-1, q.last
			}
			continue
		}

		a := Attribution{Content: []Span{frag}, Direct: true, Cue: None, Source: None, Mention: None, Sentence: int(d.sent[q.first])}
		// `Smith agreed. "..."`, `..., Smith says. "..."`
		c, ok := sig, signed
		if !ok {
			c, ok = x.cueBefore(q)
		}
		if ok {
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
					if end > v+1 { // a sentence split inside the quotation can leave nothing
						a.Cue = d.span(v, v+1)
						a.Verb = d.text[a.Cue.Start:a.Cue.End]
						a.Content = []Span{d.span(v+1, end)}
					}
				}
			}
		}
		x.out = append(x.out, a)
	}
}

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
	if !d.toks[q.open].is(fPara) || q.open == 0 {
		return -1
	}
	if q.close < 0 && !(q.last < len(d.toks) && d.toks[q.last].is(fPara) && (d.toks[q.last].kind == tOpenQ || d.toks[q.last].kind == tCloseQ && d.toks[q.last].is(fStraight))) {
		// A quotation left open at the end of its paragraph fills it
		// only when the next paragraph goes on with a mark (the
		// convention for a quotation of several paragraphs); otherwise
		// its closing mark is missing and its cue may lie inside.
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
