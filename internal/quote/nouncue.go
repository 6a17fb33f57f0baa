package quote

import "strings"

// possessivePronouns name the owner of the noun they precede.
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true}

// nounCue finds a noun naming something said that introduces the
// quotation opening at o, with its speaker as possessor or "by" agent:
// `her remark that "..."`, `the senator's call for "..."`, `his statement
// on Monday that she "..."`, `the suggestion by the mayor that "..."`. The
// noun must come before any reporting verb nearer the quotation, and only
// a short phrase without a verb or punctuation may lie between the noun
// and "that". Tokens before lo are not searched.
func (x *Extractor) nounCue(lo, o int) (cue, bool) {
	d := &x.d
	for k := o - 1; k >= lo && k >= o-12; k-- {
		if d.toks[k].kind != tWord {
			if d.isPunct(k, ",") || d.isPunct(k, ":") && k == o-1 {
				continue
			}
			return cue{}, false
		}
		if !x.lx.speechNoun[d.low[k]] && !answerNouns[d.low[k]] || !d.toks[k].is(fLower) {
			if x.verb(k) != vNone && !x.isDet(k-1) {
				return cue{}, false // a nearer reporting verb decides
			}
			continue
		}
		cs, agentTo, ok := x.nounTail(k+1, o)
		if !ok {
			return cue{}, false
		}
		if !x.lx.speechNoun[d.low[k]] && !(k+2 < o && (d.low[k+1] == "was" || d.low[k+1] == "is") && d.low[k+2] == "that" || k+1 == o-1 && d.isPunct(k+1, ":")) {
			// an answer noun reports only through "was that" or a
			// colon ("her answer was that "...""); "his conclusion that
			// "..."" is the outer cue's.
			return cue{}, false
		}
		var sp phrase
		if agentTo > k+2 {
			sp, ok = x.npAfter(k+2, agentTo)
		} else {
			sp, ok = x.possessor(k, lo)
		}
		if !ok || sp.from > 0 && (d.low[sp.from-1] == "in" || x.verb(sp.from-1) != vNone) {
			// "said in his statement", "called Smith's remark ...": the
			// verb before the phrase reports it.
			return cue{}, false
		}
		if agentTo <= k+2 {
			sp = x.withDeterminer(sp, lo)
		}
		return cue{from: k, to: k + 1, speaker: sp, hasSpkr: true, cstart: cs}, true
	}
	return cue{}, false
}

// nounTail checks what lies between a speech noun and the quotation
// opening at o, from token i: nothing or a colon; a preposition such as
// "for" or "of" and at most a determiner (`call for a "..."`); or a short
// phrase ending in "that" (`remark during the debate that ...`), where a
// phrase opening with "by" names the speaker. It returns the first token
// of what was said and the end of the "by" phrase (i when there is none).
func (x *Extractor) nounTail(i, o int) (cstart, agentTo int, ok bool) {
	d := &x.d
	if i+1 == o && d.isPunct(i, ":") {
		return o, i, true
	}
	switch d.low[i] {
	case "for", "of", "about", "against":
		if i+1 == o || i+2 == o && x.isDet(i+1) {
			return o, i, true
		}
	}
	agentTo = i
	for k := i; k < o && k < i+10; k++ {
		if d.toks[k].kind != tWord {
			return 0, 0, false
		}
		w := d.low[k]
		if w == "that" {
			cs := k + 1
			if d.isPunct(cs, ",") {
				cs++
			}
			if d.low[i] == "by" {
				agentTo = k
			}
			return cs, agentTo, cs <= o && !x.twoFinite(cs, o)
		}
		if k > i && (x.lx.clauseB[w] || x.verb(k) != vNone || x.lx.aux[w]) || x.isPronounSubject(k) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// twoFinite reports whether tokens [i, j) hold two finite verbs, so that a
// clause after "that" has ended and the quotation belongs to the clause
// the noun phrase is subject of (`her claim that X is wrong is "absurd"`).
func (x *Extractor) twoFinite(i, j int) bool {
	n := 0
	for k := i; k < j; k++ {
		if x.d.toks[k].kind == tWord && x.finiteLike(k) {
			n++
			for k+1 < j && x.d.toks[k+1].kind == tWord && (x.lx.aux[x.d.low[k+1]] || x.lx.adverb[x.d.low[k+1]]) {
				k++ // "would not have"
			}
		}
	}
	return n >= 2
}

// possessor returns the owner of the speech noun at token k: a possessive
// pronoun or a name with "'s" right before it, past at most two modifiers
// ("her March comment", "Smith's lyrical rejection").
func (x *Extractor) possessor(k, lo int) (phrase, bool) {
	d := &x.d
	p := k - 1
	for n := 0; n < 2 && p > lo && (x.modifier(p) || x.lx.timeW[d.low[p]] || x.capWord(p)) && !isPossessive(d.low[p]) && !possessivePronouns[d.low[p]]; n++ {
		p--
	}
	if p < lo || d.toks[p].kind != tWord {
		return phrase{}, false
	}
	if possessivePronouns[d.low[p]] {
		return phrase{from: p, to: p + 1, mFrom: p, mTo: p + 1}, true
	}
	if !isPossessive(d.low[p]) {
		return phrase{}, false
	}
	return x.npEndingAt(p, lo)
}

// withDeterminer returns the possessor phrase sp with the determiner and
// modifiers before a lower-case possessive noun ("the agency's warning"
// gives "the agency's", as PolNeAR marks it); sp when there are none.
// Tokens before lo are not searched.
func (x *Extractor) withDeterminer(sp phrase, lo int) phrase {
	d := &x.d
	p := sp.from
	if sp.to != p+1 || !d.toks[p].is(fLower) || !isPossessive(d.low[p]) {
		return sp
	}
	for b := p - 1; b >= lo && b >= p-4 && d.toks[b].kind == tWord && d.inQuote[b] == 0; b-- {
		if x.isDet(b) && !x.complementizer(b) {
			sp.from = b
			return sp
		}
		if !x.modifier(b) || x.verb(b) != vNone {
			break
		}
	}
	return sp
}

// withPhrase returns the noun phrase ending at token j that follows "with"
// and performs the participle after it ("with many marchers chanting",
// "ends with a narrator saying"): a short run of words holding no verb,
// auxiliary or clause word other than "and" or "of".
func (x *Extractor) withPhrase(j int) (phrase, bool) {
	d := &x.d
	for k := j; k >= 0 && k >= j-8 && d.toks[k].kind == tWord && d.inQuote[k] == 0; k-- {
		w := d.low[k]
		if w == "with" {
			if k == j || d.sent[k] != d.sent[j] {
				return phrase{}, false
			}
			p := phrase{from: k + 1, to: j + 1}
			x.setMention(&p, j+1)
			return p, true
		}
		if w != "and" && w != "of" && (x.lx.clauseB[w] || x.lx.aux[w] || x.verb(k) != vNone || x.finiteLike(k)) {
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// participleAfterNoun reports whether the reporting verb form at token i
// is an -ing participle right after a noun, followed by a quotation or
// what introduces one ("a sign saying "..."", "a narrator saying: "..."",
// "an email asking, "...""), so a verb, not part of a compound noun.
func (x *Extractor) participleAfterNoun(i int) bool {
	d := &x.d
	if !strings.HasSuffix(d.low[i], "ing") || x.verb(i-1) != vNone {
		return false
	}
	k := i + 1
	if d.isPunct(k, ",:") {
		k++
	}
	return k < len(d.toks) && d.toks[k].kind == tOpenQ
}
