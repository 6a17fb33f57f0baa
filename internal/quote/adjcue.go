package quote

import "strings"

// This file holds the stance cues that are no verb: an adjective after a
// form of "be" ("Smith was adamant that ...", "the council is critical of
// ...") and "made no secret of" / "made no mention of".

// stanceAdj lists the adjectives that report a stance after "be", with
// the words that may introduce what the stance is about.
var stanceAdj = map[string]string{
	"adamant": "that about", "confident": "that", "convinced": "that", "hopeful": "that about",
	"optimistic": "that about", "pessimistic": "that about", "insistent": "that", "emphatic": "that",
	"doubtful": "that", "skeptical": "that of about", "sceptical": "that of about", "critical": "of",
	"wary": "of", "supportive": "of", "dismissive": "of", "worried": "that about", "concerned": "that about",
	"fearful": "that", "vocal": "about", "unequivocal": "that about",
}

// stanceBe lists the verb forms that link a subject to a stance adjective.
var stanceBe = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"remain": true, "remains": true, "remained": true, "'s": true, "’s": true,
}

// stanceNouns lists the nouns of "made no secret of" and "made no mention
// of".
var stanceNouns = map[string]bool{"secret": true, "mention": true}

// beliefNouns name a view held, which a possessor holds and "that"
// states ("her belief that ...").
var beliefNouns = map[string]bool{
	"belief": true, "view": true, "conviction": true, "concern": true, "fear": true, "hope": true, "suspicion": true,
}

// findingNouns name what a study, an inquiry or a speaker put out, which
// a possessor reports through "that" ("the inquiry's finding that ...",
// "the mayor's announcement that ...") as it does a speech noun's.
var findingNouns = map[string]bool{
	"finding": true, "findings": true, "conclusion": true, "announcement": true, "assurance": true,
	"assurances": true, "report": true, "reports": true,
}

// madeNouns are the nouns of "made the point that", "makes the case
// that", "made the argument that": the subject of "make" argues what
// follows.
var madeNouns = map[string]bool{"point": true, "case": true, "argument": true}

// madeCue adds the attribution of "made the point that ..." whose cue
// spans [cf, ct) and whose "that" is at th.
func (x *Extractor) madeCue(cf, ct, th int, covered []bool) {
	d := &x.d
	lo, hi := d.sentBegin(cf), d.sentEnd(cf)
	sp, ok := x.subjectBefore(cf, lo)
	if !ok || x.objectOfPrep(sp) || x.relative(sp) {
		return
	}
	cs := th + 1
	ce := x.coordEnd(cs, x.clauseEnd(cs, hi))
	if x.countWords(cs, ce) < 2 || anyCovered(covered, cs, ce) {
		return
	}
	x.addIndirect(cf, ct, sp, cs, ce, covered)
}

// answerNouns name a stance a possessor states, reported through "was
// that" or "is that" ("The senator's answer was that ...", "Her view is
// that ...") or a colon, as a speech noun's is.
var answerNouns = map[string]bool{
	"answer": true, "answers": true, "response": true, "reply": true, "explanation": true,
	"message": true, "point": true, "position": true, "advice": true, "verdict": true,
	"excuse": true, "defense": true, "defence": true, "justification": true, "rationale": true,
	"view": true, "conclusion": true, "assessment": true, "thinking": true,
}

// rumourNouns name a report, a rumour or a fear that may be nobody's
// ("There were reports that ...", "Speculation that ... grew"): with no
// possessor, they report their "that" clause with no source, as PolNeAR
// marks them.
var rumourNouns = map[string]bool{
	"report": true, "reports": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"speculation": true, "fears": true, "concerns": true, "worries": true, "allegation": true, "allegations": true, "claims": true,
}

// criticNouns name an attack, with the words that introduce its target
// ("his criticism of the plan", "her attacks on the mayor").
var criticNouns = map[string]string{"criticism": "of", "criticisms": "of", "attack": "on", "attacks": "on", "denunciation": "of", "condemnation": "of"}

// finiteEnd returns where what follows a noun cue [cs, ce) ends when the
// sentence's own verb follows it: before the nth finite verb (the second
// after "that": "her claim that X is wrong drew criticism"; the first
// after a noun phrase); ce when there is none.
func (x *Extractor) finiteEnd(cs, ce, nth int) int {
	d := &x.d
	n := 0
	for k := cs; k < ce; k++ {
		if d.toks[k].kind != tWord || !x.finiteLike(k) {
			continue
		}
		if n++; n == nth {
			return x.trimEnd(cs, k)
		}
		// "would not have": auxiliaries chain after an auxiliary; after
		// a full past verb one opens the next clause ("that managers
		// lied was denied").
		for k+1 < ce && d.toks[k+1].kind == tWord && (x.lx.aux[d.low[k+1]] && (x.lx.aux[d.low[k]] || !x.pastForm(k)) || x.lx.adverb[d.low[k+1]]) {
			k++
		}
		if k+1 < ce && x.lx.aux[d.low[k]] && d.toks[k+1].kind == tWord && d.toks[k+1].is(fLower) && x.pastForm(k+1) {
			k++ // "was balanced", "would be lost": a participle, no second verb
		}
	}
	return ce
}

// makeForms are the forms of "make".
var makeForms = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// stanceCues finds the stance adjectives and "made no secret of" outside
// the content found so far: the subject before the linking verb is the
// source, what follows "that", "of" or "about" the content.
func (x *Extractor) stanceCues(covered []bool) {
	d := &x.d
	n := len(d.toks)
	for a := 0; a+2 < n; a++ {
		t := d.toks[a]
		if t.kind != tWord || x.info[a].class&cStance == 0 || covered[a] || d.inQuote[a] != 0 || d.toks[a+1].kind != tWord {
			continue // only the words in the lists of the switch below open a stance
		}
		w, next := d.low[a], d.low[a+1]
		if !t.is(fLower) && !(a == d.sentBegin(a) && rumourNouns[w]) || a == 0 && !rumourNouns[w] {
			continue // only a rumour noun may open its sentence ("Reports that ...")
		}
		cf, ct := 0, a+1
		th := a + 1 // the "that" or "by" after a noun
		if next != "that" && next != "by" && (x.lx.speechNoun[w] || findingNouns[w] || rumourNouns[w]) {
			if j := x.timeThenThat(a + 1); j > 0 {
				th, next = j, "that" // "reports on Monday that ..."
			}
		}
		if madeNouns[w] && next == "that" && a >= 2 && d.low[a-1] == "the" && makeForms[d.low[a-2]] {
			// "Gorka also made the point that ...": the subject argues.
			if cf, ct := a-2, a+1; cf > d.sentBegin(a) && !x.used[cf] {
				x.madeCue(cf, ct, a+1, covered)
			}
			continue
		}
		copula := false
		if (next == "was" || next == "is") && a+2 < n && d.low[a+2] == "that" && d.toks[a+2].kind == tWord &&
			(x.lx.speechNoun[w] || beliefNouns[w] || findingNouns[w] || answerNouns[w]) {
			// "The senator's answer was that ...": the possessor's.
			th, next, copula = a+2, "that", true
		}
		switch {
		case stanceAdj[w] != "" && containsWord(stanceAdj[w], next):
			// "was adamant that", "has been critical of"
			b := a - 1
			for b > 0 && d.toks[b].kind == tWord && (x.lx.adverb[d.low[b]] || len(d.low[b]) > 4 && strings.HasSuffix(d.low[b], "ly")) {
				b--
			}
			if !stanceBe[d.low[b]] || d.toks[b].kind != tWord {
				continue
			}
			cf = b
		case copula || (x.lx.speechNoun[w] || beliefNouns[w] || findingNouns[w] || rumourNouns[w]) && (next == "that" || next == "by") || criticNouns[w] != "" && containsWord(criticNouns[w], next):
			// "Smith's insistence that ...", "her belief that ..."
			lo := d.sentBegin(a)
			cs := th + 1
			sp, ok := x.possessor(a, lo)
			switch {
			case next == "by":
				// "The claim by Varga that ...": the agent speaks.
				sp, ok = x.agentThat(th+1, d.sentEnd(a))
				cs = sp.to + 1
			case copula && !ok:
				continue
			case !ok && next == "that" && rumourNouns[w]:
				// "There were reports that ...", "Fears that ... grew":
				// said or feared by no one named.
				sp, ok = phrase{}, x.sourceless(a, cs, lo)
			case !ok || sp.from > 0 && (d.low[sp.from-1] == "in" || x.verb(sp.from-1) != vNone):
				ok = false
			default:
				sp = x.withDeterminer(sp, lo)
			}
			if !ok {
				continue
			}
			ce := x.coordEnd(cs, x.clauseEnd(cs, d.sentEnd(a)))
			if sp.to == sp.from && x.inIntro(a) {
				ce = x.commaEnd(cs, ce) // "Amid reports that X, Y ...": up to the comma
			}
			if copula {
				// the sentence's own verb came before the clause
			} else if next == "that" || next == "by" {
				if sp.to == sp.from && x.gapped(cs, ce) {
					continue
				}
				ce = x.finiteEnd(cs, ce, 2)
			} else {
				ce = x.finiteEnd(cs, ce, 1) // "his criticism of the fees won ..."
			}
			minWords := 3
			if sp.to > sp.from && (next == "that" || next == "by") {
				minWords = 2 // "her claim that managers lied"
			}
			if x.countWords(cs, ce) >= minWords && !anyCovered(covered, cs, ce) && !x.used[a] {
				x.addIndirect(a, a+1, sp, cs, ce, covered)
			}
			continue
		case stanceNouns[w] && next == "of" && d.low[a-1] == "no" && a >= 2 && makeForms[d.low[a-2]]:
			cf, ct = a-2, a+2
		default:
			continue
		}
		lo, hi := d.sentBegin(a), d.sentEnd(a)
		if cf <= lo || x.used[cf] {
			continue
		}
		sp, ok := x.subjectBefore(cf, lo)
		if !ok || x.objectOfPrep(sp) || x.relative(sp) {
			continue
		}
		if h := d.low[sp.mTo-1]; h == "it" || h == "this" || h == "that" || h == "there" {
			continue // "it is clear that": no one holds the stance
		}
		cs := a + 2
		ce := x.coordEnd(cs, x.clauseEnd(cs, hi))
		if x.countWords(cs, ce) < 2 || anyCovered(covered, cs, ce) {
			continue
		}
		x.addIndirect(cf, ct, sp, cs, ce, covered)
	}
}

// containsWord reports whether the space-separated list holds w.
func containsWord(list, w string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		if i == len(list) {
			break
		}
		list = list[i+1:]
	}
	return false
}

// agentThat returns the "by" agent of a speech noun, from token i up to a
// "that" that opens a clause ("the claim by Varga that the ferry ...").
func (x *Extractor) agentThat(i, hi int) (phrase, bool) {
	d := &x.d
	sp, ok := x.npAfter(i, hi)
	if !ok || sp.to+1 >= hi || d.low[sp.to] != "that" || d.toks[sp.to].kind != tWord || x.startsClauseVerb(sp.to+1) {
		return phrase{}, false
	}
	return sp, true
}

// timeThenThat returns the "that" closing a short phrase of time that
// opens at token i, right after a noun ("reports on Monday that",
// "rumours last week that", "claims in March that"), or -1 when there is
// none: up to three words, opening on "on", "in", "last", "this",
// "earlier", "late" or "early", holding a time word or a month and no
// verb.
func (x *Extractor) timeThenThat(i int) int {
	d := &x.d
	if i >= len(d.toks) || d.toks[i].kind != tWord || !timeOpeners[d.low[i]] {
		return -1
	}
	timed := false
	for k := i; k < len(d.toks) && k <= i+3; k++ {
		if d.toks[k].kind != tWord || d.inQuote[k] != 0 {
			return -1
		}
		w := d.low[k]
		if w == "that" {
			if !timed || k == i {
				return -1
			}
			return k
		}
		if k > i && (x.verb(k) != vNone || x.lx.aux[w] || x.lx.clauseB[w]) {
			return -1
		}
		if k > i && (x.lx.timeW[w] || monthNames[w]) {
			timed = true
		}
	}
	return -1
}

// timeOpeners open a phrase of time between a noun and its "that".
var timeOpeners = map[string]bool{"on": true, "in": true, "last": true, "this": true, "earlier": true, "late": true, "early": true}

// sourceless reports whether the rumour noun at token a, with no
// possessor, stands where no one is named as its source: at the start of
// its clause with at most an article and modifiers before it ("Reports
// that ...", "Persistent rumors that ..."), or after "there" and a form of
// "be" or a preposition ("There were reports that", "amid reports
// that"), and whether what follows "that" opens a clause of its own, not
// a relative one ("reports that reached the ministry").
func (x *Extractor) sourceless(a, cs, lo int) bool {
	d := &x.d
	if x.startsClauseVerb(cs) {
		return false
	}
	b := a - 1
	for b >= lo && b > a-4 && d.toks[b].kind == tWord && d.toks[b].is(fLower|fCap) && (x.modifier(b) || x.lx.adverb[d.low[b]]) && x.verb(b) == vNone && !x.isDet(b) {
		b--
	}
	if b >= lo && (d.low[b] == "the" || d.low[b] == "new") {
		b--
	}
	if b < lo || d.isPunct(b, ",;:") || clauseConj[d.low[b]] {
		return true
	}
	switch w := d.low[b]; {
	case stanceBe[w] || w == "been" || w == "also":
		return b > lo && (d.low[b-1] == "there" || b-1 > lo && d.low[b-2] == "there")
	case introPreps[w] || afterPrep[w] || w == "amid" || w == "despite" || w == "on":
		return d.toks[b].kind == tWord
	}
	return false
}

// startsClauseVerb reports whether token i, right after a "that", is a
// verb, an auxiliary or an adverb, so that "that" opens a relative clause
// ("reports that reached ...", "claims that have ...").
func (x *Extractor) startsClauseVerb(i int) bool {
	d := &x.d
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return true
	}
	w := d.low[i]
	return x.lx.aux[w] || x.lx.adverb[w] || x.verb(i) != vNone || x.lx.past[w] || len(w) >= 4 && strings.HasSuffix(w, "ed")
}

// gapped reports whether the clause [cs, ce) after "that" lacks the
// object of its verb, so that "that" opened a relative clause ("the
// reports that the ministry published were long"): its first finite verb
// is a past form, no auxiliary, followed right away by an auxiliary.
func (x *Extractor) gapped(cs, ce int) bool {
	d := &x.d
	for k := cs; k+1 < ce; k++ {
		if d.toks[k].kind != tWord || !x.finiteLike(k) {
			continue
		}
		return !x.lx.aux[d.low[k]] && d.toks[k+1].kind == tWord && x.lx.aux[d.low[k+1]]
	}
	return false
}
