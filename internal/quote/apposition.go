package quote

// This file holds speaker phrases carrying appositions: a speaker whose
// appositions stand between it and its cue (Smith, 31, a photographer,
// said), right after a quotation or before one, and the appositions that
// follow a verb-first cue (said Smith, a lawyer, who ...).

import "strings"

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
	if !ok || np.to >= hi {
		return cue{}, false
	}
	to := np.to
	if q := d.inQuote[min(to+1, len(d.toks)-1)]; to < hi && d.toks[to].kind == tOpenQ && q != 0 && d.quotes[q-1].open == to && d.quotes[q-1].close > to {
		// `Roe, the co-author of "Going Viral," said`: a short title
		// goes on with the apposition.
		if qq := d.quotes[q-1]; x.countWords(qq.first, qq.last) <= 4 {
			switch {
			case d.isPunct(qq.close-1, ","):
				to = qq.close - 1
			case qq.close+1 < hi && d.isPunct(qq.close+1, ","):
				to = qq.close + 1
			}
		}
	}
	if to < hi && d.toks[to].kind == tPunct && (d.isPunct(to, "—–") || d.str(to) == "--") {
		// "Jason Sims — a teacher from Mount Pleasant — says": an
		// apposition between dashes, the cue right after the second.
		// a relative clause in the aside may have its verb
		rel := to+1 < len(d.toks) && (d.low[to+1] == "who" || d.low[to+1] == "which")
		for j := to + 2; j+1 < hi && j <= to+16; j++ {
			if d.toks[j].kind == tWord {
				if d.inQuote[j] != 0 || x.finiteLike(j) && !rel {
					break
				}
				continue
			}
			if d.str(j) == d.str(to) {
				if v := j + 1; x.verb(v) == vSpeech && (v == target || target < 0) && !x.participle(v) {
					sp := phrase{from: k, to: j + 1, mFrom: np.mFrom, mTo: np.mTo}
					c := cue{from: v, to: x.cueEnd(v), speaker: sp, hasSpkr: true}
					x.addressee(&c, hi)
					return c, true
				}
				break
			}
			if !d.isPunct(j, ",.") {
				break
			}
		}
	}
	if to+1 < hi && d.isPunct(to, ".") && d.isPunct(to+1, ",") {
		// "Tom Hale, R-Ky., said": the phrase ends on an abbreviation
		to++
	}
	if !d.isPunct(to, ",") {
		return cue{}, false
	}
	clause := false // inside a relative clause or a participle phrase
	rel := -1       // the relative pronoun opening the current clause
	relVerb := false
	lastComma := to
	titleTail := false // in the words after a title's closing mark
	for v := to; v < hi && v < k+48; v++ {
		t := d.toks[v]
		switch {
		case t.kind == tOpenQ || t.kind == tCloseQ:
			if q := d.inQuote[min(v+1, len(d.toks)-1)]; t.kind == tOpenQ && q != 0 && x.countWords(d.quotes[q-1].first, d.quotes[q-1].last) > 4 {
				return cue{}, false
			}
			continue
		case d.isPunct(v, ","):
			clause, lastComma, rel, relVerb, titleTail = false, v, -1, false, false
			if v+1 < hi && d.closesQuotation(v+1) {
				// `Roe, the author of "Going Viral," said`: the title's
				// comma closes the apposition after its closing mark, or
				// the title's phrase goes on to the next comma (`"Going
				// Viral," about the spread of rumours, said`).
				lastComma, titleTail = v+1, true
				v++
			}
			continue
		case t.kind != tWord:
			if d.isPunct(v, ";:?!()") || d.isPunct(v, ".") && !d.isPunct(v+1, ",") {
				return cue{}, false // "Pa.," is an abbreviation, not an end
			}
			continue
		case d.inQuote[v] != 0:
			continue
		}
		w := stripClitic(d.low[v])
		if w == "who" || w == "whose" || w == "which" || strings.HasSuffix(w, "ing") && d.isPunct(v-1, ",") || x.participlePhrase(v) || askedAside[w] && d.isPunct(v-1, ",") && v+1 < hi && askedWhat[d.low[v+1]] {
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
		if (x.verb(v) != vNone || x.finiteLike(v)) && !titleTail {
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
		if k > lo && !d.isPunct(k-1, ",") && !(d.low[k-1] == "what" && d.toks[k-1].kind == tWord && x.capWord(k)) {
			continue // ("in what Jane Roe, the treasurer, called "...": a free relative's subject)
		}
		if c, ok := x.appositive(k, v); ok && c.from == v && x.personLike(c.speaker) {
			return c.speaker, true
		}
	}
	return phrase{}, false
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
		if d.isPunct(k, ",") && k+1 < hi && (d.low[k+1] == "according" || x.participle(k+1) && x.verb(k+1) != vNone || x.verb(k+1) == vSpeech || x.circumstance(k+1, hi)) {
			// (", on Monday", ", in a statement": when or how it was
			// said, no part of the apposition)
			return x.trimEnd(to, k)
		}
		k++
	}
	if k < hi && !d.isPunct(k, ".?!") && d.toks[k].kind != tOpenQ {
		return to // the sentence goes on: keep the phrase as it was
	}
	return x.trimEnd(to, k)
}

// participlePhrase reports whether token v opens a past participle phrase
// set off by a comma in an apposition (", flanked by aides,", ", dressed
// in red,", ", released Tuesday,"): a lower-case past form, not a
// reporting verb, right after a comma and before a preposition or a word
// of time.
func (x *Extractor) participlePhrase(v int) bool {
	d := &x.d
	if v == 0 || v+1 >= len(d.toks) || !d.isPunct(v-1, ",") || !d.toks[v].is(fLower) || x.verb(v) != vNone {
		return false
	}
	w := d.low[v]
	if !x.lx.past[w] && !(len(w) >= 4 && strings.HasSuffix(w, "ed")) {
		return false
	}
	n := d.low[v+1]
	return introPreps[n] || afterPrep[n] || x.lx.timeW[n] || monthNames[n]
}

// askedAside are the passive participles that open an aside between the
// speaker and the cue ("Jon Smith, asked whether he would run, said ..."):
// the question put to the speaker, no report of its own.
var askedAside = map[string]bool{"asked": true, "pressed": true, "questioned": true, "challenged": true}

// askedWhat are the words that open the question of such an aside ("asked
// whether", "pressed about", "asked by reporters"); "asked the crowd" is
// the verb of the sentence.
var askedWhat = map[string]bool{"whether": true, "if": true, "about": true, "what": true, "how": true, "why": true,
	"when": true, "where": true, "who": true, "by": true, "on": true, "for": true}
