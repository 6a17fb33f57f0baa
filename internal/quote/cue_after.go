package quote

// This file holds the cues that follow a quotation: in its sentence
// ("...," he said / said Smith / according to Smith), with the speaker
// before or after the verb, a bare unlisted verb, "according to" closing
// the cue's sentence, and a signature line after the quotation's paragraph.

import "strings"

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
		} else if sp, ok := x.npAfter(c.to, hi); ok && !(sp.to < hi && d.low[sp.to] == "as" && d.toks[sp.to].kind == tWord && !x.isPronounSubject(sp.to+1)) && !x.subjectOfClause(sp, hi) {
			// (`"...," described the plan as ...` has an object, not a
			// speaker, after its verb, but in `"...," said Roe as she
			// left` "as" opens a clause of time; `a "fraud," said he
			// does not ...` reports a clause whose subject is the
			// pronoun.)
			sp.to = x.appositionEnd(sp.to, hi)
			c.speaker, c.hasSpkr = sp, true
			return c, true
		}
	}
	// Speaker first: "he said", "Smith, a spokesman, told reporters".
	for v := k; v < hi && v < k+32; v++ {
		if (x.verb(v) != vSpeech && !(open && x.trailingState(v, hi))) || x.isDet(v-1) && !x.standaloneSubject(v) {
			continue
		}
		sp, ok := x.subjectBefore(v, k)
		if ok && sp.from == k && sp.to == k+1 && (d.low[k] == "that" || d.low[k] == "which") {
			// `a "paperwork error" that was reported in ...`: a relative
			// clause about the quoted words, no cue of them
			break
		}
		if !open && !d.toks[k].is(fLower) && (!ok || sp.to != v || !x.shortTail(x.cueEnd(v), d.sentEnd(k)) && !x.participleTail(x.cueEnd(v), hi)) {
			// `"..." Smith said.` without the comma: only a bare cue, up
			// to the end of its sentence (`"..." Roe said Doe "..."`
			// reports the second quotation).
			return cue{}, false
		}
		if ok && sp.from > k && sp.from-k <= 4 && (x.allModifiers(k, sp.from) || open && x.titledHead(sp) && x.titleRun(k, sp.from)) {
			// "super PAC spokeswoman Jane Roe said": keep the modifiers
			// that npEndingAt trims when nothing determines them; after
			// the comma of a quotation a verb form may modify a title or
			// a role too ("state Sen. Jane Roe said", "former planning
			// director Jane Roe wrote").
			sp.from = k
		}
		if ok && open && sp.from > k+1 && (d.low[sp.from-1] == "in" || d.low[sp.from-1] == "of") && d.toks[sp.from-1].kind == tWord && x.isDet(sp.from) && x.cueCloses(v, hi) {
			// `"...," a voice in the video says`: a noun phrase and its
			// prepositional phrase, both determined, name the speaker
			// when the cue reports nothing of its own.
			if p, ok2 := x.npEndingAt(sp.from-2, k); ok2 && p.from == k && x.isDet(k) {
				sp = phrase{from: k, to: sp.to, mFrom: p.mFrom, mTo: p.mTo}
			}
		}
		if ok && sp.from > k+1 && (d.isPunct(sp.from-1, ",") || d.low[sp.from-1] == "and") {
			// "a longtime friend, Jane Roe, said"
			if p, ok2 := x.npAfter(k, sp.from-1); ok2 && p.to == sp.from-1 {
				sp.from = k
			}
		}
		if !ok || sp.from != k && !(open && sp.from == k+1 && d.low[k] == "as" && x.verb(v) == vSpeech) {
			// (`"...," as Cruz said on Monday, ...`: a comment clause
			// names the speaker)
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
		if c, ok := x.bareCue(k, hi); ok {
			return c, true
		}
		if d.isPunct(e, ",") && q.close+1 == k && q.open == d.sentBegin(q.open) {
			return x.verblessSpeaker(k, hi)
		}
	}
	return cue{}, false
}

// verblessSpeaker recognises, after a quotation that opens its sentence
// and closes on a comma, a person's name and titles that end the
// paragraph with no verb (`"...," former policy director Jane Roe` and a
// new paragraph), as pasted emails and posts are signed. The name is the
// speaker; the cue is empty.
func (x *Extractor) verblessSpeaker(k, hi int) (cue, bool) {
	d := &x.d
	end := hi
	if end > k && d.isPunct(end-1, ".") {
		end--
	}
	if hi < len(d.toks) && !d.toks[hi].is(fPara) {
		return cue{}, false
	}
	if end-k > 10 || end <= k {
		return cue{}, false
	}
	sp, ok := x.npEndingAt(end-1, k)
	if ok && sp.from > k && x.titledHead(sp) && x.titleRun(k, sp.from) {
		sp.from = k // "former State policy planning director Jane Roe"
	}
	if !ok || sp.from != k || sp.to != end || sp.to-sp.from < 2 || !x.capWord(sp.mTo-1) || !x.personLike(sp) {
		return cue{}, false // (one word may be cut from a name: "Ret ." from "Ret. Gen. Jane Roe said")
	}
	return cue{from: sp.from, to: sp.from, speaker: sp, hasSpkr: true}, true
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

// outerReport finds a second cue closing the sentence of a cue that
// follows quotation qi (`"...," said Roe, a lawyer, the Gazette
// reported.`): its speaker reports both the quotation and Roe's words.
func (x *Extractor) outerReport(qi int, c cue) (cue, bool) {
	d := &x.d
	if !c.hasSpkr || c.from <= d.quotes[qi].close {
		return cue{}, false
	}
	hi := d.sentEnd(c.from)
	if qi+1 < len(d.quotes) && d.quotes[qi+1].open < hi {
		return cue{}, false
	}
	from := max(c.to, c.speaker.to)
	if oc, comma, ok := x.trailingOuterCue(from, hi); ok && comma >= from {
		return oc, true
	}
	return cue{}, false
}

// signature finds a speaker signing a quotation that opens its paragraph,
// after a dash that follows it on the same line or opens the next one:
// ""..." — Jane Roe, 54, nurse", or "- Jane Roe." on a line of its own.
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
		if d.isPunct(k, "—–") || d.isPunct(k, "--") {
			break // signed on the same line
		}
		k++
	}
	if k+1 >= len(d.toks) || !(d.isPunct(k, "-—–") || d.isPunct(k, "--")) || !x.capWord(k+1) {
		return cue{}, false
	}
	hi := d.sentEnd(k + 1)
	for e := k + 1; e < hi; e++ {
		if d.toks[e].is(fPara) {
			hi = e // the signature ends with its line
			break
		}
	}
	sp, ok := x.npAfter(k+1, hi)
	if !ok {
		return cue{}, false
	}
	// "— Tom Reed, 61, a baker": the signature's descriptions belong to it.
	sp.to = x.appositionEnd(sp.to, hi)
	return cue{from: k, to: k + 1, speaker: sp, hasSpkr: true}, true
}

// signedLine finds a quotation that opens its paragraph and whose last
// line, inside the closing mark, signs it: a name or a description with no
// verb after a line break, as pull quotes are set (`"We worry about
// balanced budgets. ¶ Jane Roe, Center for Economic Research."`). It
// returns the cue, whose speaker is that line, and where the line starts.
func (x *Extractor) signedLine(q quotation) (cue, int, bool) {
	d := &x.d
	if q.close < 0 || !d.toks[q.open].is(fPara) || q.close+1 < len(d.toks) && !d.toks[q.close+1].is(fPara) {
		return cue{}, 0, false // the signature's line ends with the closing mark
	}
	e := -1 // the last line break inside the quotation
	for k := q.close - 1; k > q.first; k-- {
		if d.toks[k].is(fPara) {
			e = k
			break
		}
	}
	if e < 0 || !d.isPunct(e-1, ".?!") || !x.capWord(e) && !x.isRole(e) {
		return cue{}, 0, false
	}
	end := q.close
	for end > e && d.isPunct(end-1, ".,") {
		end--
	}
	if end <= e || x.countWords(e, end) > 12 {
		return cue{}, 0, false
	}
	for k := e; k < end; k++ {
		t := d.toks[k]
		if t.kind != tWord && !d.isPunct(k, ",-'’.") || t.kind == tWord && (t.is(fLower) && (x.verb(k) != vNone || x.finiteLike(k) || x.lx.aux[d.low[k]] || x.isPronounSubject(k))) {
			return cue{}, 0, false // a sentence, not a signature
		}
	}
	sp := phrase{from: e, to: end, mFrom: e, mTo: end}
	for k := e + 1; k < end; k++ {
		if d.isPunct(k, ",") {
			name := true
			for j := e; j < k && name; j++ {
				name = x.capWord(j) || x.isTitle(j)
			}
			if name {
				sp.mFrom, sp.mTo = e, k // "Jane Roe, Center for ..."
			}
			break
		}
	}
	if !x.personLike(sp) && !x.isRole(sp.mTo-1) {
		return cue{}, 0, false
	}
	return cue{from: e, to: e, speaker: sp, hasSpkr: true}, e, true
}

// trailingOuterCue finds a cue that closes the sentence part [from, hi)
// after its last comma: "..., according to Y.", "..., reported Y." or
// "..., Y reported on Monday.". It returns the cue, with Y as speaker,
// and the index of that comma.
func (x *Extractor) trailingOuterCue(from, hi int) (cue, int, bool) {
	d := &x.d
	if from < 0 || from >= hi || hi > len(d.toks) {
		return cue{}, 0, false
	}
	e := x.trimEnd(from, hi)
	k := e - 1
	for k >= from && !d.isPunct(k, ",;:") {
		if d.toks[k].kind != tWord && d.toks[k].kind != tPunct || d.inQuote[k] != 0 {
			return cue{}, 0, false
		}
		k--
	}
	if k < from || k+1 >= e || !d.isPunct(k, ",") || x.countWords(k+1, e) > 9 {
		return cue{}, 0, false
	}
	v := k + 1
	if d.low[v] == "according" && v+2 < e && d.low[v+1] == "to" {
		sp, ok := x.accordingSource(v+2, hi)
		if !ok || x.countWords(sp.to, e) > 0 {
			return cue{}, 0, false
		}
		return cue{from: v, to: v + 2, speaker: sp, hasSpkr: true}, k, true
	}
	if x.verb(v) == vSpeech && !x.participle(v) && x.lx.lemma[d.low[v]] != "tell" && x.lx.lemma[d.low[v]] != "ask" {
		// "..., reported the Gazette." ("told reporters" names no speaker)
		ve := x.cueEnd(v)
		sp, ok := x.npAfter(ve, e)
		if !ok || !x.shortTail(sp.to, e) || x.isPronounSubject(sp.from) {
			return cue{}, 0, false
		}
		return cue{from: v, to: ve, speaker: sp, hasSpkr: true}, k, true
	}
	for t := v + 1; t < e; t++ {
		if d.toks[t].kind != tWord || !d.toks[t].is(fLower) || x.verb(t) != vSpeech || x.participle(t) {
			continue
		}
		// "..., the Gazette reported."
		sp, ok := x.subjectBefore(t, v)
		te := x.cueEnd(t)
		if !ok || sp.from != v || x.relative(sp) || !x.shortTail(te, e) {
			return cue{}, 0, false
		}
		return cue{from: t, to: te, speaker: sp, hasSpkr: true}, k, true
	}
	return cue{}, 0, false
}

// titledHead reports whether the phrase sp opens on a title, a role or a
// capitalised word: a head that lower-case modifiers before it may qualify.
func (x *Extractor) titledHead(sp phrase) bool {
	return x.isTitle(sp.from) || x.isRole(sp.from) || x.capWord(sp.from)
}

// attributiveRun reports whether tokens [i, j) are lower-case words that
// may stand before a noun: no function word, adverb, auxiliary, pronoun or
// determiner, though a verb form is allowed ("state", "planning").
func (x *Extractor) attributiveRun(i, j int) bool {
	d := &x.d
	for k := i; k < j; k++ {
		w := d.low[k]
		if d.toks[k].kind != tWord || !d.toks[k].is(fLower) || d.inQuote[k] != 0 || npStop[w] || npLinks[w] || x.lx.clauseB[w] ||
			x.lx.aux[w] || x.lx.adverb[w] || introWords[w] || afterPrep[w] || x.isDet(k) || x.isPronounSubject(k) || w == "and" ||
			strings.HasSuffix(w, "ly") || x.verb(k) == vSpeech {
			return false
		}
	}
	return true
}

// titleRun reports whether tokens [i, j) can all stand before a title in
// a speaker's description: modifiers, roles, attributive words and
// capitalised names of offices ("former State policy planning").
func (x *Extractor) titleRun(i, j int) bool {
	d := &x.d
	for k := i; k < j; k++ {
		if !(x.capWord(k) && !afterPrep[d.low[k]]) && !x.allModifiers(k, k+1) && !x.attributiveRun(k, k+1) {
			return false
		}
	}
	return true
}

// trailingState reports whether "state" or "states" at v, in the cue after
// a quotation closed on a comma, is the verb: it ends its clause or takes a
// prepositional phrase (`"...," the report states.`, `"...," the group
// states in its letter`), where elsewhere it reads as the noun.
func (x *Extractor) trailingState(v, hi int) bool {
	d := &x.d
	if w := d.low[v]; (w != "state" && w != "states") || d.toks[v].kind != tWord || !d.toks[v].is(fLower) || d.inQuote[v] != 0 || v+1 >= hi && v+1 >= len(d.toks) {
		return false
	}
	if v+1 >= len(d.toks) || v+1 >= hi {
		return true
	}
	return d.isPunct(v+1, ".,;") || d.toks[v+1].kind == tWord && afterPrep[d.low[v+1]]
}

// cueCloses reports whether the cue verb at v takes no object or clause:
// what follows it ends the clause or opens a prepositional or time phrase
// ("says.", "said in a statement", "wrote Monday").
func (x *Extractor) cueCloses(v, hi int) bool {
	d := &x.d
	e := x.cueEnd(v)
	if e >= hi || e >= len(d.toks) {
		return true
	}
	return d.isPunct(e, ".,;") || d.toks[e].kind == tWord && (afterPrep[d.low[e]] || x.lx.timeW[d.low[e]])
}

// subjectOfClause reports whether the phrase sp after a verb-first cue
// opens the clause the cue reports rather than naming its speaker: a lone
// subject pronoun followed by a word of its clause ("said he does not
// expect ...") or a noun phrase followed by an auxiliary (`Manafort, citing
// "...," said the candidate could win`). The verb then reports that
// clause and does not close the quotation before it.
func (x *Extractor) subjectOfClause(sp phrase, hi int) bool {
	d := &x.d
	if sp.to < hi && d.toks[sp.to].kind == tWord && d.inQuote[sp.to] == 0 && x.lx.aux[d.low[sp.to]] && d.low[sp.to] != "to" {
		return true
	}
	return sp.to == sp.from+1 && sp.to < hi && x.lx.pronSubj[d.low[sp.from]] && d.toks[sp.to].kind == tWord
}
