package quote

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/entity"
)

// bareClause lists the verbs (by first form) that take a clause without
// "that": "he said the plan failed", "she thinks it works".
var bareClause = map[string]bool{
	"say": true, "tell": true, "claim": true, "argue": true, "insist": true, "add": true, "note": true,
	"warn": true, "believe": true, "think": true, "suggest": true, "predict": true, "acknowledge": true,
	"admit": true, "explain": true, "write": true, "tweet": true, "report": true, "announce": true,
	"hope": true, "fear": true, "know": true, "feel": true, "expect": true, "worry": true, "figure": true,
	"realize": true, "assert": true, "contend": true, "maintain": true, "concede": true, "state": true,
	"declare": true, "boast": true, "complain": true, "recall": true, "reveal": true, "confirm": true,
	"deny": true, "guess": true, "suspect": true, "assume": true, "understand": true, "imagine": true,
	"agree": true, "allege": true, "charge": true, "estimate": true, "indicate": true, "promise": true,
	"vow": true, "pledge": true, "assure": true, "emphasize": true, "stress": true, "respond": true,
	"reply": true, "joke": true, "quip": true, "conclude": true, "observe": true, "remark": true,
	"continue": false, "find": true, "learn": true, "hear": true, "doubt": true, "reiterate": true,
	"show": true, "caution": true, "brag": true, "speculate": true, "hint": true, "imply": true,
	"signal": true, "forecast": true, "posit": true, "wonder": true,
}

// infinitive lists the verbs whose reported content can be an infinitive
// ("promised to refrain from ...").
var infinitive = map[string]bool{
	"promise": true, "vow": true, "pledge": true, "threaten": true, "plan": true, "want": true,
	"decide": true, "intend": true, "hope": true, "agree": true, "urge": true, "ask": true,
	"tell": true, "expect": true, "demand": true, "plead": true, "advise": true,
	"decline": true, "refuse": true,
}

// objectClause lists the verbs that report speech through their object
// ("accused him of lying", "called it a disaster").
var objectClause = map[string]bool{
	"accuse": true, "blame": true, "praise": true, "criticize": true, "attack": true, "mock": true,
	"describe": true, "call": true, "dub": true, "label": true, "term": true, "brand": true,
	"urge": true, "ask": true, "slam": true, "blast": true, "ridicule": true, "chide": true,
	"threaten": true, "warn": true, "tout": true, "deny": true, "confirm": true, "announce": true,
	"demand": true, "promise": true, "acknowledge": true, "admit": true, "predict": true,
	"defend": true, "reject": true, "endorse": true, "express": true, "voice": true, "highlight": true,
	"assail": true, "rebuke": true, "lambaste": true, "discuss": true, "invoke": true, "outline": true,
	"cite": true, "dismiss": true, "question": true, "condemn": true, "denounce": true, "deride": true,
	"decry": true, "hail": true, "lament": true, "bemoan": true, "echo": true, "reference": true, "liken": true,
	"mention": true, "thank": true, "recount": true, "refer": true, "clarify": true, "rebut": true, "scold": true,
}

// indirect finds reported speech and thought outside quotations: "X said
// (that) ...", "..., X said.", "according to X, ...".
func (x *Extractor) indirect() {
	d := &x.d
	n := len(d.toks)
	covered := x.coveredTokens()
	x.headlineColon(covered)
	// A cue closing its sentence after a comma ("..., according to Y.",
	// "..., Y reported.") reports the whole clause before it, a reporting
	// verb inside included: it goes first.
	for v := 0; v < n; v++ {
		if !x.used[v] && !covered[v] && d.toks[v].kind == tWord && d.inQuote[v] == 0 && x.outerTrailing(v) {
			x.indirectAt(v, covered)
		}
	}
	for v := 0; v < n; v++ {
		if x.used[v] || covered[v] || d.toks[v].kind != tWord || d.inQuote[v] != 0 {
			continue
		}
		x.indirectAt(v, covered)
	}
	x.stanceCues(covered)
}

// indirectAt tries the reporting cue at token v (see [Extractor.indirect]).
func (x *Extractor) indirectAt(v int, covered []bool) {
	d := &x.d
	n := len(d.toks)
	if d.low[v] == "according" && v+1 < n && d.low[v+1] == "to" {
		x.according(v, 2, covered)
		return
	}
	if x.perCue(v) {
		x.according(v, 1, covered)
		return
	}
	cls := x.verb(v)
	if cls == vNone || x.isDet(v-1) && !x.standaloneSubject(v) && !x.floatsBefore(v) || x.occasionNoun(v) {
		return
	}
	if v > 0 && d.low[v-1] == "to" {
		x.toReport(v, covered)
		return
	}
	lemma := x.lx.lemma[d.low[v]]
	lo, hi := d.sentBegin(v), d.sentEnd(v)
	ve := x.cueEnd(v)
	if cls == vName && x.namingParticiple(v, x.quoteAfter(ve)) {
		return // "a play called "...""
	}
	if cls == vSpeech && v > lo+1 && d.isPunct(v-1, ",") && !strings.HasSuffix(d.low[v], "ing") && x.interruptingVerbFirst(v, ve, lo, hi, covered) {
		return
	}
	sp, ok := x.clauseSubject(v)
	coord := false
	if !ok {
		sp, ok = x.subjectBefore(x.pastFloat(v, lo), lo)
		ok = ok && !x.objectOfPrep(sp)
		coord = ok
	}
	if !ok {
		// "Smith, 54, a ferry captain, said ...": a subject carrying
		// appositions, as before a quotation; a phrase with no comma
		// of its own ("..., a doctor, said") is only the last of them.
		sp, ok = x.appositiveSubject(lo, v)
		ok = ok && x.holdsComma(sp.from, sp.to-1)
	}
	if !ok {
		sp, ok = x.longSubject(x.pastFloat(v, lo), lo)
		coord = ok
	} else if l, ok2 := x.longSubject(v, lo); ok2 && l.from < sp.from && l.to == sp.to && !d.toks[sp.mTo-1].is(fCap) && !x.isRole(sp.mTo-1) {
		// "Majorities in all five groups say": the phrase the
		// object of the preposition belongs to.
		sp = l
	}
	if !ok {
		// "Friends and rivals say": a coordination of bare plurals.
		j := x.pastFloat(v, lo) - 1
		for j > lo && x.skippable(j) {
			j--
		}
		if k := x.conjunct(j, lo); k > lo+1 && d.low[k-1] == "and" {
			c := x.coordSubject(phrase{from: k, to: j + 1, mFrom: k, mTo: j + 1}, lo)
			ok = c.from < k
			sp = c
		}
	}
	if coord {
		sp = x.coordSubject(sp, lo)
	}
	for k := sp.mTo; ok && k+1 < sp.to; k++ {
		if d.isPunct(k, ",") && x.verb(k+1) != vNone && strings.HasSuffix(d.low[k+1], "ing") {
			// "The Gazette, citing records, reported ...": the
			// participle reports on its own; it is no apposition.
			sp.to = k
			break
		}
	}
	if ok && x.headless(sp) {
		return // "his recent reads", "in 10 states": no noun to speak
	}
	if ok && x.openingWordOnly(sp, v, lo) {
		return // "Amid reports that ...", "Growing fears that ...": a noun
	}
	if ok && cls == vName && x.namedThing(v, sp, lo) {
		return // "leads a program called Open Doors"
	}

	if ok && x.passive(v) {
		// "Smith was told by aides that ...": the agent speaks.
		subj := sp
		if sp, ok = x.agent(ve, hi); !ok {
			return
		}
		ve = sp.to
		if objectClause[lemma] && (ve == hi || ve+1 == hi && d.isPunct(ve, ".!")) && !x.isPronounSubject(subj.from) && !x.personLike(subj) && !anyCovered(covered, subj.from, subj.to) {
			// "The claim was denied by the company.": what the agent
			// reports through its object is the passive's subject.
			x.addIndirect(v, x.cueEnd(v), sp, subj.from, subj.to, covered)
			return
		}
	}
	// "The ferry, officials said on Monday, will resume ...": a cue set
	// off by commas inside the clause it reports, before that clause's
	// verb.
	thought := cls == vBelief && (ve >= hi || d.isPunct(ve, ".,;")) && v > 0 && !beForms[d.low[v-1]]
	ic := x.interruptComma(ve, hi)
	lead := ok && ic >= 0 && sp.from > lo+2 && d.isPunct(sp.from-1, ",") && (cls == vSpeech || thought) && x.leadClause(x.clauseFloor(v), sp.from-1, ic+1)
	if ok && ic >= 0 && (cls == vSpeech || cls == vBelief) && x.asOpener(sp.from-1, x.clauseFloor(v)) && (x.personLike(sp) || x.putIt(v, ve, sp)) {
		// "As Smith put it, the ferry is ...", "As one fisherman noted
		// on Monday, ...": the clause after the comma is what was
		// said. A subject that names no one ("As the day wore on,")
		// makes a clause of time.
		cs := ic + 1
		ce := x.coordEnd(cs, x.clauseEnd(cs, hi))
		if x.countWords(cs, ce) >= 2 && !anyCovered(covered, cs, ce) {
			x.addIndirect(v, ve, sp, cs, ce, covered)
		}
		return
	}
	if ok {
		// "X said (that) ..."
		cs := x.thatAhead(x.clauseStart(ve, hi), hi)
		pastPrep := false // a phrase of time or medium was passed
		if bareClause[lemma] {
			c0 := cs
			cs = x.pastPrepPhrase(cs, hi)
			pastPrep = cs != c0
		}
		if lead || x.closesAdverbial(sp, lo, ve) {
			cs = hi
		}
		// "..., the authority confirmed on Tuesday.": a short
		// prepositional tail is no reported clause.
		// "the inquiry announced yesterday by the minister": an agent
		// phrase is no reported clause either.
		// "said on Friday he had resigned" is a clause after its phrase
		// of time, however short.
		if cs < hi && x.clauseLike(cs, lemma, cls) && (pastPrep || !x.timeTail(v+1, x.tailEnd(v+1, hi))) && (d.low[cs] != "by" || x.afterComplementizer(cs)) {
			ce := x.coordEnd(cs, x.clauseEnd(cs, hi))
			if x.relative(sp) && d.isPunct(sp.from-1, ",") || x.subordinateSubject(sp, lo, true) || x.setOffParticiple(v, sp) {
				// "X, who declined to comment, said ...", "After a
				// survey showed the cracks had grown, the governor
				// ...": the relative or adverbial clause ends at its
				// closing comma.
				ce = x.commaEnd(cs, ce)
			}
			if x.relative(sp) && d.low[sp.from] == "who" && sp.from > lo && d.toks[sp.from-1].kind == tWord {
				// "A woman who said her son had been shot told
				// reporters ...": the report ends before the main verb.
				if m := x.mainVerbAfter(v, hi); m > cs && m < ce {
					ce = x.trimEnd(cs, m)
				}
			}
			if objectClause[lemma] {
				// "called him the founder of ISIS on Wednesday at a
				// rally": the time of the saying is no part of what
				// was said.
				ce = x.beforeCueTime(cs, ce)
				// "praised Smith, who has vowed to ...": the relative
				// clause reports Smith's own words, under its own cue.
				ce = x.beforeRelativeCue(cs, ce)
			}
			if (x.countWords(cs, ce) >= 2 || objectClause[lemma] && x.countWords(cs, ce) == 1) && !anyCovered(covered, cs, ce) {
				x.addIndirect(v, ve, sp, cs, ce, covered)
				return
			}
		}
		// "..., X said."
		// "..., records show.", "which, his advisers believe, would
		// ...": a belief verb trails or interrupts its clause too.
		// It ends there ("has shown little interest" is no cue).
		if sp.from > lo+2 && !d.isPunct(sp.from-1, ",") {
			// "..., election officials said.": lower-case modifiers the
			// speaker phrase left out after the comma belong to it.
			j := sp.from - 1
			for j > lo && j >= sp.from-3 && d.toks[j].is(fLower) && x.modifier(j) && !x.isDet(j) {
				j--
			}
			if j < sp.from-1 && d.isPunct(j, ",") {
				sp.from = j + 1
			}
		}
		if sp.from > lo+2 && d.isPunct(sp.from-1, ",") && (lead || x.shortTail(ve, x.tailEnd(ve, hi))) && (cls == vSpeech || thought) {
			ce, cs := sp.from-1, x.clauseFloor(v)
			// "Many of the closures, he said, have hurt ...": the cue
			// interrupts the clause it reports, which goes on after it.
			te := x.trimEnd(ic+1, hi)
			interrupts := ic >= 0 && te > ic+1 && x.leadClause(cs, ce, ic+1) &&
				!x.hasQuote(ic+1, te) && !anyCovered(covered, ic+1, te)
			if (interrupts || x.postClauseOK(cs, ce) && !(x.subordinateOnly(cs, ce) && x.goesOn(ve, hi))) && !anyCovered(covered, cs, ce) {
				x.addIndirect(v, ve, sp, cs, ce, covered)
				if interrupts {
					a := &x.out[len(x.out)-1]
					a.Content = append(a.Content, d.span(ic+1, te))
					for k := ic + 1; k < te; k++ {
						covered[k] = true
					}
				}
				return
			}
		}
	}
	// "..., said X."
	if cls == vSpeech && v > lo+2 && d.isPunct(v-1, ",") {
		// "..., said he isn't fit": a pronoun with a verb after it is
		// the subject of a reported clause, not a trailing speaker.
		// "..., said the bill was dead": nor is a noun phrase with an
		// auxiliary or a finite verb after it.
		if sp, ok := x.npAfter(ve, hi); ok && !(x.isPronounSubject(sp.from) && sp.to < hi && d.toks[sp.to].kind == tWord) && !(sp.to < hi && x.finiteLike(sp.to)) && (x.shortTail(sp.to, hi) || d.isPunct(sp.to, ",") && sp.to+1 < hi && (d.low[sp.to+1] == "who" || d.low[sp.to+1] == "whose")) {
			ce, cs := v-1, x.clauseFloor(v)
			if x.postClauseOK(cs, ce) && (x.holdsVerb(cs, ce) || x.hasQuote(cs, ce)) && !anyCovered(covered, cs, ce) {
				x.addIndirect(v, ve, sp, cs, ce, covered)
			}
		}
	}
}

// setOffParticiple reports whether the cue at v is a participle set off by
// a comma right after its subject sp ("The report, citing new data,
// found ..."): what it reports ends at the next comma.
func (x *Extractor) setOffParticiple(v int, sp phrase) bool {
	d := &x.d
	return strings.HasSuffix(d.low[v], "ing") && d.toks[v].is(fLower) && sp.to == v-1 && d.isPunct(v-1, ",")
}

// interruptingVerbFirst handles a finite verb-first cue set off by commas
// before the verb of the clause it reports ("The ferry, said Varga, would
// resume in May.", "Prices, said Roe on Monday, will fall"): the clause's
// opening words and what follows the second comma are what was said.
func (x *Extractor) interruptingVerbFirst(v, ve, lo, hi int, covered []bool) bool {
	d := &x.d
	sp, ok := x.npAfter(ve, hi)
	if !ok || x.isPronounSubject(sp.from) || x.lx.timeW[d.low[sp.mTo-1]] || monthNames[d.low[sp.mTo-1]] {
		return false // "The deal, announced Friday, would ...": a participle
	}
	for k := sp.mTo; k < sp.to; k++ {
		if x.timeTail(k, sp.to) {
			sp.to = k // "said Roe on Monday": the time is the saying's
			break
		}
	}
	ic := -1
	for k := sp.to; k < hi && k <= sp.to+4; k++ {
		if d.isPunct(k, ",") {
			ic = k
			break
		}
	}
	if ic < 0 || ic > sp.to && !x.timeTail(sp.to, ic) {
		return false
	}
	cs, ce := x.clauseFloor(v), v-1
	te := x.trimEnd(ic+1, hi)
	if cs >= ce || te <= ic+1 || !x.leadClause(cs, ce, ic+1) || x.hasQuote(cs, te) || anyCovered(covered, cs, ce) || anyCovered(covered, ic+1, te) {
		return false
	}
	x.addIndirect(v, ve, sp, cs, ce, covered)
	a := &x.out[len(x.out)-1]
	a.Content = append(a.Content, d.span(ic+1, te))
	for k := ic + 1; k < te; k++ {
		covered[k] = true
	}
	return true
}

// according handles "according to X, ..." and "..., according to X.",
// and the same forms of "per" (w is the number of cue words).
func (x *Extractor) according(v, w int, covered []bool) {
	d := &x.d
	lo, hi := d.sentBegin(v), d.sentEnd(v)
	sp, ok := x.accordingSource(v+w, hi)
	if !ok {
		return
	}
	if v > lo+2 && d.isPunct(v-1, ",") {
		ce := v - 1
		if e := x.trimEnd(sp.from, hi); w == 1 && sp.to < e {
			// "..., per a report by the auditor.": the source runs to
			// the end of the sentence, when it holds no verb.
			for k := sp.to; k < e; k++ {
				if d.toks[k].kind != tWord || d.inQuote[k] != 0 || x.verb(k) != vNone || x.finiteLike(k) || k-sp.to > 8 {
					return
				}
			}
			sp.to = e
		}
		if x.countWords(lo, ce) >= 3 && !anyCovered(covered, lo, ce) {
			x.addIndirect(v, v+w, sp, lo, ce, covered)
		}
		return
	}
	if v == lo || v == lo+1 {
		sp.to = x.sourceToComma(sp.to, hi)
		cs := sp.to
		if cs < hi && d.isPunct(cs, ",") {
			cs++
		}
		ce := x.clauseEnd(cs, hi)
		if w == 1 && !d.isPunct(sp.to, ",") {
			return // "Per capita income rose": no cue
		}
		if x.countWords(cs, ce) >= 3 && !anyCovered(covered, cs, ce) {
			x.addIndirect(v, v+w, sp, cs, ce, covered)
		}
	}
}

// perCue reports whether the "per" at token v names a source as
// "according to" does: it opens its sentence or follows a comma, and a
// determiner or a capitalised word follows it ("Per the ministry, ...",
// "..., per a report by the auditor."), not a unit ("per capita", "per
// cent", "$5 per gallon").
func (x *Extractor) perCue(v int) bool {
	d := &x.d
	if d.low[v] != "per" || v+1 >= len(d.toks) || d.inQuote[v+1] != 0 || d.toks[v+1].kind != tWord {
		return false
	}
	lo := d.sentBegin(v)
	if v != lo && !d.isPunct(v-1, ",") {
		return false
	}
	return x.isDet(v+1) && d.low[v+1] != "each" && d.low[v+1] != "every" || x.capWord(v+1) && !x.isPronounSubject(v+1)
}

func (x *Extractor) addIndirect(cf, ct int, sp phrase, cs, ce int, covered []bool) {
	d := &x.d
	if ce <= cs {
		return // nothing reported: "'' One , spokesman said" left no clause
	}
	for k := cs; k < ce; k++ {
		covered[k] = true
	}
	if e := x.cueEnd(cf); ct > e && d.low[e] == "by" {
		ct = e // "was asked by the moderator whether": the agent is the speaker, not the cue
	}
	c := cue{from: cf, to: ct, speaker: sp, hasSpkr: true}
	x.addressee(&c, ce)
	a := x.newAttribution(c)
	a.Content = []Span{d.span(cs, ce)}
	a.Sentence = int(d.sent[cs])
	x.out = append(x.out, a)
	x.used[cf] = true
}

// clauseLike reports whether a reported clause can start at token i after
// a cue of the given lemma and class.
func (x *Extractor) clauseLike(i int, lemma string, cls verbClass) bool {
	d := &x.d
	if x.afterComplementizer(i) {
		return true
	}
	t := d.toks[i]
	if t.kind == tOpenQ {
		return true
	}
	if t.kind != tWord {
		return false
	}
	w := d.low[i]
	if w == "to" {
		return infinitive[lemma] || lemma == "refer" // "referring to the plan"
	}
	if objectClause[lemma] {
		// "Terrorist attacks in the capital", "sharpened attacks, while":
		// a verb taking its report as object reports nothing when a
		// preposition or conjunction follows it: the word is a noun or
		// its object is elsewhere.
		return !noObject[w]
	}
	if !bareClause[lemma] {
		return false
	}
	switch {
	case x.isPronounSubject(i) && w != "who", w == "there", w == "this", w == "these", w == "those":
		return true
	case x.isDet(i), t.is(fCap), isNumber(w):
		// "found a way", "has known Smith for years", "maintained a
		// lead": these verbs take an ordinary object, so a noun phrase
		// after them opens a clause only when a verb follows it.
		if lemma == "maintain" || objectFirst[lemma] && (w == "a" || w == "an" || w == "another" || lemma == "add" && isNumber(w)) {
			return x.finiteAhead(i + 1)
		}
		return true
	case (w == "more" || w == "fewer" || w == "less") && i+1 < len(d.toks) && d.low[i+1] == "than":
		// "said more than 1 million donors gave ...": a quantity opens
		// the clause when a finite verb follows it.
		return x.finiteAhead(i + 2)
	case x.approximate(i):
		// "said nearly 500 people had died"
		return x.finiteAhead(i + 1)
	case x.gerundSubject(i):
		// "said seeing them there was a relief": a gerund phrase is
		// the reported clause's subject when a finite verb follows.
		return true
	case cliticHost[stripClitic(w)] && stripClitic(w) != w:
		// "said that's what he expected", "say there's no way"
		return true
	case w == "if" || w == "whether" || w == "how" || w == "why" || w == "what" || w == "when" || w == "where" || w == "who" && x.negated(i-1):
		return true
	case i+1 < len(d.toks) && x.lx.aux[d.low[i+1]] && d.toks[i+1].kind == tWord && x.modifier(i):
		// "people should ...", "voters are ..."
		return true
	case x.lx.pronSubj[stripClitic(w)] && w != "who":
		// "she'll", "they're", "it's"
		return true
	case quantSubject[w] || t.is(fLower) && x.modifier(i):
		// "much of it was ...", "members of the court should ...",
		// "economic stagnation is ...": a lower-case noun phrase up to
		// its verb.
		// "says millions lost their homes", "said meeting participants
		// outlined ...": a bare lower-case noun phrase before a past
		// form.
		return x.auxAhead(i+1) || t.is(fLower) && x.pastAhead(i+1, bareClause[lemma] && lemma != "add")
	}
	return false
}

// approximators qualify a number ("nearly 500", "about two dozen").
var approximators = map[string]bool{"nearly": true, "almost": true, "about": true, "roughly": true,
	"around": true, "approximately": true, "over": true, "some": true, "only": true, "just": true}

// approximate reports whether token i qualifies the number after it
// ("nearly 500", "about two dozen"): the quantity's first word.
func (x *Extractor) approximate(i int) bool {
	d := &x.d
	return approximators[d.low[i]] && i+1 < len(d.toks) && (isNumber(d.low[i+1]) || numberWords[d.low[i+1]])
}

// noObject lists the words that cannot open the object of a verb that
// reports through its object ("attacks in", "praised while").
var noObject = map[string]bool{
	"in": true, "with": true, "like": true, "including": true, "while": true, "and": true,
	"or": true, "but": true, "during": true, "at": true, "from": true, "after": true, "before": true,
	"since": true, "amid": true, "despite": true, "until": true, "because": true,
}

// afterComplementizer reports whether token i follows the complementizer
// "that", possibly across punctuation ("said that, by then, ...").
func (x *Extractor) afterComplementizer(i int) bool {
	d := &x.d
	j := i - 1
	for j > 0 && j >= i-2 && d.isPunct(j, ",—–-") {
		j--
	}
	return j >= 0 && d.low[j] == "that" && d.toks[j].kind == tWord
}

// notGerund lists -ing words that are prepositions or pronouns, never a
// gerund opening a clause.
var notGerund = map[string]bool{
	"during": true, "according": true, "including": true, "regarding": true, "following": true,
	"nothing": true, "something": true, "anything": true, "everything": true, "concerning": true,
	"considering": true, "excluding": true, "notwithstanding": true, "pending": true, "thing": true,
	"being": true, "morning": true, "evening": true, "spring": true, "king": true, "string": true,
}

// gerundSubject reports whether a lower-case -ing form at i opens a gerund
// phrase that is the subject of a clause: a finite verb follows within a
// few words ("having him on the ticket puts them at risk").
func (x *Extractor) gerundSubject(i int) bool {
	d := &x.d
	w := d.low[i]
	if !d.toks[i].is(fLower) || len(w) < 6 || !strings.HasSuffix(w, "ing") || notGerund[w] {
		return false
	}
	return x.finiteAhead(i + 1)
}

// objectFirst lists the verbs taking a bare clause whose indefinite noun
// phrase or figure after them ("found a way", "knows a lot", "added
// another job to his resume", "added 900 jobs") is more often an
// ordinary object than a clause's subject; after "maintain" any noun
// phrase is ("maintained a lead", "maintains the title").
var objectFirst = map[string]bool{"find": true, "know": true, "add": true}

// finiteAhead reports whether a finite verb (an auxiliary or a past form)
// follows within a few words from i, before any punctuation or clause
// word: "found the budget was too small", not "found a way to cut it".
func (x *Extractor) finiteAhead(i int) bool {
	d := &x.d
	for k := i; k < len(d.toks) && k < i+8; k++ {
		if d.isPunct(k, "%") {
			continue // "found 40% of voters are ..."
		}
		if d.toks[k].kind != tWord || d.inQuote[k] != 0 || x.lx.clauseB[d.low[k]] || d.low[k] == "to" {
			return false
		}
		w := d.low[k]
		if x.lx.aux[w] && w != "not" && w != "n't" {
			return true
		}
		if k > i && x.capWord(k-1) && d.toks[k].is(fLower) && len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true // "found Smith leading by six points"
		}
		if d.toks[k].is(fLower) && !x.isDet(k-1) && (x.lx.past[w] || len(w) >= 4 && strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	return false
}

// pastAhead reports whether a past verb form follows within a few
// lower-case words from i, the words before it able to modify a noun;
// with present, also a present form in -s before a preposition, a
// determiner or "that" ("said social media success depends on ...").
func (x *Extractor) pastAhead(i int, present bool) bool {
	d := &x.d
	for k := i; k < len(d.toks) && k < i+3; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.is(fLower) || d.inQuote[k] != 0 {
			return false
		}
		w := d.low[k]
		if x.lx.past[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") {
			return true
		}
		if k > i && present && len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
			k+1 < len(d.toks) && d.toks[k+1].kind == tWord && (introPreps[d.low[k+1]] || afterPrep[d.low[k+1]] || x.isDet(k+1) || d.low[k+1] == "that") {
			return true // "said social media success depends on ..."
		}
		if !x.modifier(k) {
			return false
		}
	}
	return false
}

// quantSubject lists the pronouns of quantity that may open a reported
// clause ("said none of them were ...").
var quantSubject = map[string]bool{
	"much": true, "none": true, "nobody": true, "nothing": true, "everyone": true, "everybody": true,
	"everything": true, "someone": true, "somebody": true, "something": true, "anyone": true, "little": true,
}

// stripClitic returns w without a contracted auxiliary ("she'll" -> "she").
func stripClitic(w string) string {
	for _, c := range [...]string{"'ll", "’ll", "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m"} {
		if len(w) > len(c) && w[len(w)-len(c):] == c {
			return w[:len(w)-len(c)]
		}
	}
	return w
}

// auxAhead reports whether an auxiliary follows within a few words of i,
// with no punctuation, quotation or clause word before it (but a
// conjunction joining noun phrases): the verb of a
// clause whose subject starts before i.
func (x *Extractor) auxAhead(i int) bool {
	d := &x.d
	rel := false // inside a relative clause of the subject
	for k := i; k < len(d.toks) && k < i+12; k++ {
		if (d.low[k] == "and" || d.low[k] == "or") && k+1 < len(d.toks) && (x.isDet(k+1) || d.toks[k+1].is(fLower) && x.modifier(k+1)) {
			continue // "threats and the promotion of terrorism had ..."
		}
		if k > i && !rel && d.low[k] == "who" && d.toks[k].kind == tWord && k+1 < len(d.toks) && d.toks[k+1].is(fLower) && !x.lx.aux[d.low[k+1]] && x.verb(k+1) == vNone {
			// "foreign nationals who disrespect the authority can be
			// ...": the relative clause's own verb is passed
			rel = true
			continue
		}
		if rel && d.toks[k].kind == tWord && !x.lx.aux[d.low[k]] && !x.lx.clauseB[d.low[k]] {
			continue
		}
		if k >= i+8 && !rel {
			return false
		}
		if d.toks[k].kind != tWord || x.lx.clauseB[d.low[k]] || x.verb(k) != vNone {
			return false
		}
		if x.lx.aux[d.low[k]] {
			return true
		}
	}
	return false
}

// withReport returns, for "with" at token w opening an absolute phrase
// that reports someone's words ("with Smith calling it ..."), the end of
// its noun phrase and the reporting verb (see [Extractor.absoluteReport]).
// ok is false when w opens no such phrase.
func (x *Extractor) withReport(w, hi int) (np, v int, ok bool) {
	if w < 0 || w >= len(x.d.toks) || x.d.low[w] != "with" || x.d.toks[w].kind != tWord {
		return 0, 0, false
	}
	return x.absoluteReport(w+1, hi, true)
}

// absoluteReport returns, for an absolute phrase starting at token i that
// reports someone's words, the end of its noun phrase and its reporting
// verb: a noun phrase of at most six words with no verb in it, then a
// reporting verb in -ing ("Smith calling it ...", "the mayor saying ...")
// or "taking to" a medium before an infinitive cue ("Smith taking to
// Twitter to call ..."); an adverb before the verb is no part of the noun
// phrase ("Trump reportedly saying"). With preps, the noun phrase may hold
// prepositional phrases ("with sources at the hospital saying"); without,
// a preposition or conjunction ends the search ("and Tea Party activists
// for criticizing" is no absolute phrase). ok is false when there is none.
func (x *Extractor) absoluteReport(i, hi int, preps bool) (np, v int, ok bool) {
	d := &x.d
	if i >= hi || d.low[i] == "that" {
		return 0, 0, false // "and that continuing to back him was imperative": a clause
	}
	k := i
	for k < hi && k <= i+5 && d.toks[k].kind == tWord && d.inQuote[k] == 0 && !x.ingForm(k) {
		// lower-case words are a determiner opening the phrase, modifiers,
		// roles or an adverb before the verb; no verb, preposition or
		// conjunction ("and an end to chaos", "for criticizing")
		lw := d.toks[k].is(fLower)
		if lw && (x.pastForm(k) || x.verb(k) != vNone || x.lx.aux[d.low[k]]) {
			return 0, 0, false
		}
		if lw && !preps && !(x.isDet(k) && k == i || x.modifier(k) || x.isRole(k) || x.skippable(k)) {
			return 0, 0, false
		}
		k++
	}
	if k == i || k >= hi || !x.ingForm(k) {
		return 0, 0, false
	}
	np = k
	for np > i+1 && x.skippable(np-1) {
		np--
	}
	if c := x.verb(k); c == vSpeech || c == vName {
		return np, k, true
	}
	if d.low[k] != "taking" || k+1 >= hi || d.low[k+1] != "to" {
		return 0, 0, false
	}
	for j := k + 2; j+1 < hi && j <= k+6; j++ {
		if c := x.verb(j + 1); d.low[j] == "to" && (c == vSpeech || c == vName) {
			return np, j + 1, true
		}
	}
	return 0, 0, false
}

// clauseEnd returns where a reported clause starting at cs ends: the end of
// the sentence, or before a semicolon, a dash, a bracket, or a comma that
// introduces another cue (", adding ...", ", according to ...").
func (x *Extractor) clauseEnd(cs, hi int) int {
	d := &x.d
	// "said, if elected, she would ...", "noted that although it was
	// late, he wrote ...": a reported clause opening on a subordinator
	// goes on past the comma closing that subordinate clause, into the
	// main clause it depends on; a report there is part of what was said.
	open := x.opensAdverbial(cs, hi)
	for i := cs + 1; i < hi; i++ {
		if j := x.dashAside(i, hi); j > i {
			i = j // "every candidate - including Cruz - favored ..."
			continue
		}
		if d.isPunct(i, ";—–(") || d.isPunct(i, "--") {
			return x.trimEnd(cs, i)
		}
		if open && d.isPunct(i, ",") && d.inQuote[i] == 0 {
			open = false
			continue
		}
		// "..., although she made it clear that "...": a concessive or
		// causal clause with a subject of its own that carries a
		// quotation reports that subject's words, not the outer ones.
		if _, ok := x.quotingSubordinate(i, hi); ok && i > cs+1 {
			return x.trimEnd(cs, i)
		}
		if d.isPunct(i, ",") && i+1 < hi {
			if d.low[i+1] == "according" || x.verb(i+1) != vNone && len(d.low[i+1]) > 4 && d.low[i+1][len(d.low[i+1])-3:] == "ing" {
				return x.trimEnd(cs, i)
			}
			if _, _, ok := x.withReport(i+1, hi); ok {
				// "..., with Lewandowski calling Fields "delusional"": an
				// absolute phrase holding a report of its own
				return x.trimEnd(cs, i)
			}
		}
		if d.isPunct(i, ",") && d.inQuote[i] == 0 && i > cs+1 && d.low[i-1] != "that" && x.narratorAside(i+1, hi) {
			return x.trimEnd(cs, i)
		}
		// "..., Smith said about it, "...": another attribution.
		if d.isPunct(i, ",") && x.reportStarts(i+1, hi) {
			return x.trimEnd(cs, i)
		}
		// "..., while Smith said "...": a second speaker's report.
		if d.isPunct(i, ",") && i+2 < hi && d.toks[i+1].kind == tWord && reportJoins[d.low[i+1]] && x.reportStarts(i+2, hi) {
			return x.trimEnd(cs, i)
		}
		// "... and Jones said it was not": a second speaker's report
		// joined with no comma.
		if i > cs+1 && d.toks[i].kind == tWord && d.inQuote[i] == 0 && (d.low[i] == "and" || d.low[i] == "but" || d.low[i] == "while" || d.low[i] == "whereas") && x.joinedReport(i, hi) {
			return x.trimEnd(cs, i)
		}
		// "..., which he called "a disaster"": a second report.
		if d.isPunct(i, ",") && i+3 < hi && (d.low[i+1] == "which" || d.low[i+1] == "and" || d.low[i+1] == "but") && x.isPronounSubject(i+2) && x.verb(i+3) != vNone {
			return x.trimEnd(cs, i)
		}
		// "... and accused him of ...": a second reported act.
		if (d.low[i] == "and" || d.low[i] == "but") && d.toks[i].kind == tWord && i+1 < hi && d.inQuote[i] == 0 {
			j := i + 1
			for j < hi && x.skippable(j) {
				j++
			}
			if j < hi && x.verb(j) != vNone && !x.isDet(i-1) {
				return x.trimEnd(cs, i)
			}
		}
	}
	return x.trimEnd(cs, hi)
}

// narratorAside reports whether the words from token i, after a comma
// closing a reported clause, are the narrator's remark on how the report
// was made rather than part of it: "without" or "while" and an -ing form
// ("..., without giving details"), or "though" or "although", a subject
// pronoun, a verb (an auxiliary allowed) and "no" ("..., though she gave
// no date").
func (x *Extractor) narratorAside(i, hi int) bool {
	d := &x.d
	if i+2 >= hi || d.toks[i].kind != tWord || d.toks[i+1].kind != tWord || d.inQuote[i] != 0 {
		return false
	}
	switch d.low[i] {
	case "without", "while":
		w := d.low[i+1]
		return len(w) > 4 && strings.HasSuffix(w, "ing") && d.toks[i+1].is(fLower)
	case "though", "although":
		if !x.isPronounSubject(i+1) || !d.toks[i+2].is(fLower) {
			return false
		}
		j := i + 3
		if x.lx.aux[d.low[i+2]] {
			j++ // "though he has given no date"
		}
		return j < hi && d.low[j] == "no" && d.toks[j-1].kind == tWord && d.toks[j-1].is(fLower)
	}
	return false
}

// quotingSubordinate reports whether a subordinate clause of concession
// or cause opens at token i ("although", "though", "whereas" or "because"
// after a comma, or "even though"), has a subject pronoun and a verb of
// its own, and holds a quotation before its next comma or hi. It returns
// the clause's verb.
func (x *Extractor) quotingSubordinate(i, hi int) (int, bool) {
	d := &x.d
	if i < 1 || d.toks[i].kind != tWord || d.inQuote[i] != 0 {
		return 0, false
	}
	k := i
	switch {
	case d.low[i] == "even" && i+1 < hi && d.low[i+1] == "though":
		k = i + 1
	case d.isPunct(i-1, ",") && concessive[d.low[i]]:
	default:
		return 0, false
	}
	if k+2 >= hi || !x.isPronounSubject(k+1) || !d.toks[k+2].is(fLower) || x.verb(k+2) == vNone && !x.finiteLike(k+2) {
		return 0, false
	}
	for j := k + 3; j < hi; j++ {
		if d.toks[j].kind == tOpenQ {
			return k + 2, true
		}
		if d.isPunct(j, ",;:") && d.inQuote[j] == 0 {
			return 0, false
		}
	}
	return 0, false
}

// concessive lists the subordinators of concession or cause whose clause,
// after a comma, is no part of the report before it when it quotes.
var concessive = map[string]bool{"although": true, "though": true, "whereas": true, "because": true}

// opensAdverbial reports whether the reported clause at cs (its "that"
// included or not) opens on a subordinator of condition or concession
// ("if", "although", "even though") whose clause closes on a comma before
// hi.
func (x *Extractor) opensAdverbial(cs, hi int) bool {
	d := &x.d
	k := cs
	if k < hi && d.low[k] == "that" {
		k++
	}
	if k+1 < hi && d.low[k] == "even" {
		k++
	}
	if k >= hi || d.toks[k].kind != tWord || !adverbialOpeners[d.low[k]] {
		return false
	}
	for i := k + 1; i < hi; i++ {
		if d.isPunct(i, ",") && d.inQuote[i] == 0 {
			return i > k+1
		}
	}
	return false
}

// adverbialOpeners are the subordinators whose clause may open a reported
// clause before its main clause ("said that if ..., he would ...").
var adverbialOpeners = map[string]bool{
	"if": true, "although": true, "though": true, "while": true, "because": true, "once": true, "unless": true,
}

// reportJoins are the conjunctions that may join a second speaker's
// report to a reported clause (", and Smith said", ", while Smith said").
var reportJoins = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "though": true, "although": true, "yet": true}

// reportStarts reports whether a new attribution starts at token i: a
// subject and a speech verb ("Smith said", "the senator added"), the
// subject starting at i.
func (x *Extractor) reportStarts(i, hi int) bool {
	d := &x.d
	for v := i + 1; v < hi && v <= i+8; v++ {
		if d.toks[v].kind != tWord {
			if d.isPunct(v, ",") {
				continue
			}
			return false
		}
		if x.verb(v) != vSpeech {
			continue
		}
		sp, ok := x.subjectBefore(v, i)
		return ok && sp.from == i && !x.relative(sp)
	}
	return false
}

// postClauseOK reports whether tokens [lo, ce) can be the clause reported
// by a cue after it: a few words, not just an introductory phrase ("In a
// speech, he declared:").
func (x *Extractor) postClauseOK(lo, ce int) bool {
	w := x.countWords(lo, ce)
	if w < 4 {
		return false
	}
	return w >= 10 || !introWords[x.d.low[lo]] || x.clauseAfterIntro(lo, ce)
}

// holdsVerb reports whether tokens [cs, ce) hold a finite verb outside
// quotation marks, as a reported clause does; a noun phrase with its
// apposition ("The director of the Centre, Ina Kirsch, told the AP ...")
// holds none.
func (x *Extractor) holdsVerb(cs, ce int) bool {
	d := &x.d
	for k := cs; k < ce; k++ {
		if d.toks[k].kind == tWord && d.inQuote[k] == 0 && d.toks[k].is(fLower) && (x.finiteLike(k) || x.lx.aux[d.low[k]] || x.verb(k) != vNone && !x.participle(k)) {
			return true
		}
	}
	return false
}

// subordinateOnly reports whether tokens [cs, ce) are an adverbial clause
// alone, opened by a subordinator and holding no comma ("When the
// moderator pointed out that ..., the candidate said ..."): when the cue
// goes on with a clause of its own, the words before it report nothing.
func (x *Extractor) subordinateOnly(cs, ce int) bool {
	d := &x.d
	if cs >= ce || !subordinators[d.low[cs]] || d.low[cs] == "as" || d.toks[cs].kind != tWord {
		return false
	}
	for k := cs + 1; k < ce; k++ {
		if d.isPunct(k, ",;:") && d.inQuote[k] == 0 {
			return false
		}
	}
	return true
}

// goesOn reports whether a cue ending at ve goes on with words of a clause
// of its own ("said families of the victims file lawsuits"), not a
// phrase of time or place or the sentence's end.
func (x *Extractor) goesOn(ve, hi int) bool {
	d := &x.d
	if ve >= hi || d.toks[ve].kind != tWord {
		return false
	}
	w := d.low[ve]
	return !introPreps[w] && !afterPrep[w] && !x.lx.timeW[w] && !x.lx.adverb[w] && w != "that"
}

// clauseAfterIntro reports whether tokens [lo, ce), which open on an
// introductory word, go on after its phrase's comma with a clause of their
// own ("In Ohio, the turnout was high"), not only the phrase ("After the
// meeting").
func (x *Extractor) clauseAfterIntro(lo, ce int) bool {
	d := &x.d
	for c := lo + 1; c < ce; c++ {
		if !d.isPunct(c, ",") {
			continue
		}
		if x.countWords(c+1, ce) < 3 {
			return false
		}
		for k := c + 2; k < ce; k++ {
			if d.toks[k].kind == tWord && d.toks[k].is(fLower) && x.finiteLike(k) {
				return true
			}
		}
		return false
	}
	return false
}

// shortTail reports whether tokens [i, hi) are only a short adverbial
// ("on Tuesday", "in a statement") before the end of the sentence.
func (x *Extractor) shortTail(i, hi int) bool {
	d := &x.d
	words := 0
	for k := i; k < hi; k++ {
		if d.low[k] == "that" || d.toks[k].kind == tOpenQ || x.verb(k) != vNone && !(k > i && mediumNouns[d.low[k]]) || d.isPunct(k, ":") {
			return false // ("in a video message": a noun of medium, no verb)
		}
		if d.toks[k].kind == tWord {
			words++
		}
	}
	return words <= 8
}

// coveredTokens marks the tokens inside the content of the attributions
// found so far.
func (x *Extractor) coveredTokens() []bool {
	d := &x.d
	cov := make([]bool, len(d.toks))
	for _, a := range x.out {
		for _, c := range a.Content {
			i := sort.Search(len(d.toks), func(i int) bool { return int(d.toks[i].start) >= c.Start })
			for ; i < len(d.toks) && int(d.toks[i].end) <= c.End; i++ {
				cov[i] = true
			}
		}
	}
	return cov
}

func anyCovered(cov []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if cov[k] {
			return true
		}
	}
	return false
}

// commaEnd returns the first comma outside quotations in [cs, ce), or ce.
func (x *Extractor) commaEnd(cs, ce int) int {
	d := &x.d
	for i := cs + 1; i < ce; i++ {
		if d.isPunct(i, ",") && d.inQuote[i] == 0 {
			return x.trimEnd(cs, i)
		}
	}
	return ce
}

// beforeCueTime returns where the object of a cue like "call" or
// "describe" in [cs, ce) ends: before a trailing phrase of time ("on
// Wednesday", "on Wednesday at a Florida rally") with no verb after it;
// ce when there is none.
func (x *Extractor) beforeCueTime(cs, ce int) int {
	d := &x.d
	for k := cs + 2; k+1 < ce; k++ {
		if d.low[k] != "on" && d.low[k] != "in" || d.inQuote[k] != 0 {
			continue
		}
		if w := d.low[k+1]; !x.lx.timeW[w] && !monthNames[w] || w == "this" || w == "last" || w == "next" || w == "earlier" {
			continue
		}
		if x.clauseVerbBefore(cs, k) {
			return ce
		}
		for j := k + 2; j < ce; j++ {
			if x.finiteLike(j) || x.verb(j) != vNone || d.toks[j].kind == tOpenQ {
				return ce
			}
		}
		if x.countWords(k, ce) > 8 {
			return ce
		}
		return x.trimEnd(cs, k)
	}
	return ce
}

// clauseVerbBefore reports whether tokens [cs, k) after a cue hold an
// auxiliary after a word of their own ("predicted the ferry would win"):
// what was said is then a clause, and a phrase of time ending it ("on
// Sunday") dates that clause, not the saying.
func (x *Extractor) clauseVerbBefore(cs, k int) bool {
	d := &x.d
	for j := cs + 1; j < k; j++ {
		if d.toks[j].kind == tWord && d.inQuote[j] == 0 && d.toks[j].is(fLower) && x.lx.aux[d.low[j]] && d.low[j] != "not" && d.low[j-1] != "to" {
			return true
		}
	}
	return false
}

// beforeRelativeCue returns where the object of a cue like "praise" in
// [cs, ce) ends when a relative clause after a comma holds a reporting
// verb of its own ("praised Smith, who has publicly vowed to ..."): at
// that comma, so that the relative pronoun speaks under its own verb; ce
// when there is none.
func (x *Extractor) beforeRelativeCue(cs, ce int) int {
	d := &x.d
	for r := cs + 1; r+1 < ce; r++ {
		if d.inQuote[r] != 0 || !d.isPunct(r-1, ",") || d.toks[r].kind != tWord {
			continue
		}
		if w := d.low[r]; w != "who" && w != "which" && w != "that" {
			continue
		}
		k := r + 1
		for k < ce && d.toks[k].kind == tWord && (x.lx.aux[d.low[k]] || x.lx.adverb[d.low[k]]) {
			k++
		}
		if k < ce && x.verb(k) == vSpeech && !x.participle(k) {
			return x.trimEnd(cs, r-1)
		}
		return ce
	}
	return ce
}

// subordinators open an adverbial clause whose reported content ends at
// the clause's comma.
var subordinators = map[string]bool{
	"after": true, "when": true, "because": true, "since": true, "if": true, "before": true,
	"while": true, "although": true, "though": true, "once": true, "until": true, "unless": true, "as": true,
}

// dashAside returns the closing dash of an aside that a dash at i opens
// inside a clause, which goes on after it with a finite verb ("every
// candidate - including Cruz - favored ..."): a second dash of the same
// kind within ten words, with no other punctuation or quotation between,
// followed by a finite verb. It returns i when there is none.
func (x *Extractor) dashAside(i, hi int) int {
	d := &x.d
	if d.toks[i].kind != tPunct || !(d.isPunct(i, "—–") || d.isPunct(i, "--")) || d.inQuote[i] != 0 {
		return i
	}
	for j := i + 1; j < hi && j <= i+11; j++ {
		if d.toks[j].kind == tWord {
			continue
		}
		if d.low[j] == d.low[i] && j > i+1 && j+1 < hi && (x.finiteLike(j+1) || d.toks[j+1].kind == tWord && d.toks[j+1].is(fLower)) {
			return j
		}
		return i
	}
	return i
}

// closesAdverbial reports whether the cue ending at ve, with subject sp,
// closes an adverbial clause at a comma ("After the interview concluded,
// Maher said ..."): what follows is the main clause, not what was said.
// "As" is the exception: "as Smith noted, the ferry is ..." reports the
// clause after it.
func (x *Extractor) closesAdverbial(sp phrase, lo, ve int) bool {
	d := &x.d
	return sp.from > lo && d.low[sp.from-1] != "as" && subordinators[d.low[sp.from-1]] && ve < len(d.toks) && d.isPunct(ve, ",")
}

// subordinateSubject reports whether the subject sp opens an adverbial
// clause: a subordinating word right before it, or before a short phrase
// of time ahead of it ("Although in September she said ...", "When last
// week the mayor announced ..."). "As" counts unless asOK is false ("as
// Smith explained, ..." reports the clause after its comma).
func (x *Extractor) subordinateSubject(sp phrase, lo int, asOK bool) bool {
	d := &x.d
	j := sp.from - 1
	if j >= lo && !subordinators[d.low[j]] && d.toks[j].kind == tWord && (x.lx.timeW[d.low[j]] || monthNames[d.low[j]] || isNumber(d.low[j])) {
		k := j
		for k > lo && k > j-4 && d.toks[k].kind == tWord && !subordinators[d.low[k]] && (x.lx.timeW[d.low[k]] || monthNames[d.low[k]] || isNumber(d.low[k]) || x.isDet(k) || introPreps[d.low[k]]) {
			k--
		}
		if k < j && k >= lo && d.toks[k].kind == tWord && subordinators[d.low[k]] {
			j = k
		}
	}
	return j >= lo && d.toks[j].kind == tWord && subordinators[d.low[j]] && (asOK || d.low[j] != "as")
}

// timeTail reports whether tokens [i, hi) after a cue are a short
// prepositional phrase of time ("on Tuesday", "late on Friday", "in
// March"): when the cue closes its sentence, its content is before it.
func (x *Extractor) timeTail(i, hi int) bool {
	d := &x.d
	if !x.prepTail(i, hi) {
		return false
	}
	for k := i; k < hi; k++ {
		if x.lx.timeW[d.low[k]] || monthNames[d.low[k]] || isNumber(d.low[k]) {
			return true
		}
	}
	return false
}

// monthNames are the months, which date a phrase of time as weekdays do.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// tailEnd returns where the words after a cue that ends its clause stop:
// before a comma that opens a participle clause ("..., the service warned
// on Friday, raising fears ..."), else before the sentence's final
// punctuation.
func (x *Extractor) tailEnd(i, hi int) int {
	d := &x.d
	for k := i; k+1 < hi; k++ {
		if d.isPunct(k, ",") {
			if x.verb(k+1) != vNone && x.participle(k+1) || strings.HasSuffix(d.low[k+1], "ing") && d.toks[k+1].is(fLower) {
				return k
			}
			break
		}
	}
	return x.trimEnd(i, hi)
}

// thatAhead returns the token after a "that" a few words after cs when
// only an addressee, a time or an adverb stands before it ("told NBC last
// fall that ...", "revealed, somewhat reluctantly, that ...", "recognized
// long ago that ..."): the reported clause opens there. Otherwise it
// returns cs.
func (x *Extractor) thatAhead(cs, hi int) int {
	d := &x.d
	if cs > 0 && d.low[cs-1] == "that" {
		return cs
	}
	to := false
	for j := cs; j < hi && j < cs+8; j++ {
		t := d.toks[j]
		if d.inQuote[j] != 0 {
			return cs
		}
		w := d.low[j]
		if t.kind == tWord && w == "that" {
			if j == cs {
				return cs
			}
			return j + 1
		}
		switch {
		case j == cs && w == "to" && t.kind == tWord:
			// "complained to the network's host that ..."
			to = true
		case to && (x.isDet(j) || isPossessive(w) || x.modifier(j) && !strings.HasSuffix(w, "ing")) && t.kind == tWord:
		case d.isPunct(j, ",’'"):
		case t.kind != tWord:
			return cs
		case x.skippable(j) && !x.lx.aux[w], w == "ago", w == "long" && j+1 < hi && d.low[j+1] == "ago", w == "somewhat" || w == "rather" || w == "quite":
		case t.is(fCap) && x.verb(j) == vNone:
		case j > 0 && x.lx.timeW[d.low[j-1]] && t.is(fLower) && x.verb(j) == vNone:
			// "last fall", "this spring"
		default:
			return cs
		}
	}
	return cs
}

// timeModifier reports whether token j is a lower-case "late" or "early"
// before a word of time ("late Wednesday", "early on Friday"): part of a
// phrase of time, unlike the name "Early".
func (x *Extractor) timeModifier(j int) bool {
	d := &x.d
	if j+1 >= len(d.toks) || d.low[j] != "late" && d.low[j] != "early" || !d.toks[j].is(fLower) {
		return false
	}
	n := d.low[j+1]
	if n == "on" || n == "in" {
		if j+2 >= len(d.toks) {
			return false
		}
		n = d.low[j+2]
	}
	return x.lx.timeW[n] || monthNames[n]
}

// toReport handles a reporting verb after "to" that opens a clause with
// "that" or a question word ("continued to insist that ...", "has to show
// that ...", "refused to say who ..."): the subject of the verb governing
// the infinitive is the speaker.
func (x *Extractor) toReport(v int, covered []bool) {
	d := &x.d
	g := v - 2
	lo, hi := d.sentBegin(v), d.sentEnd(v)
	if g <= lo || !x.governsTo(g) {
		return
	}
	lemma := x.lx.lemma[d.low[v]]
	if !bareClause[lemma] && x.verb(v) != vSpeech {
		return
	}
	ve := x.cueEnd(v)
	cs := x.thatAhead(x.clauseStart(ve, hi), hi)
	if cs >= hi || !(d.low[cs-1] == "that" && d.toks[cs-1].kind == tWord || whWords[d.low[cs]] && cs == ve) {
		return
	}
	sp, ok := x.subjectBefore(g, lo)
	if !ok || x.objectOfPrep(sp) || x.relative(sp) {
		return
	}
	ce := x.clauseEnd(cs, hi)
	if x.countWords(cs, ce) >= 2 && !anyCovered(covered, cs, ce) {
		x.addIndirect(v, ve, sp, cs, ce, covered)
	}
}

// whWords open a reported question ("did not say who ...").
var whWords = map[string]bool{
	"who": true, "what": true, "why": true, "how": true, "whether": true, "when": true, "where": true, "if": true, "which": true,
}

// governsTo reports whether token g, right before "to", is a verb or an
// auxiliary that takes an infinitive ("continued to", "has to", "wants
// to", "declined to"), not a noun ("the right to").
func (x *Extractor) governsTo(g int) bool {
	d := &x.d
	t := d.toks[g]
	if t.kind != tWord || !t.is(fLower) || x.isDet(g-1) || d.inQuote[g] != 0 {
		return false
	}
	w := d.low[g]
	switch w {
	case "has", "have", "had", "going", "want", "wants", "wanted", "need", "needs", "needed", "try", "tries", "tried",
		"seem", "seems", "seemed", "appear", "appears", "appeared", "continue", "continues", "continued", "refuse",
		"refuses", "refused", "decline", "declines", "declined", "plan", "plans", "planned", "hope", "hopes", "hoped",
		"begin", "begins", "began", "start", "starts", "started", "used", "went", "expect", "expects", "expected",
		"ought", "able", "likely", "unlikely", "willing", "unwilling", "eager", "quick", "careful", "sure", "set":
		return true
	}
	return false
}

// negated reports whether the cue ending before token e is negated ("did
// not say", "won't say"): only then does "who" open a reported question
// rather than a relative clause.
func (x *Extractor) negated(e int) bool {
	d := &x.d
	for k := e - 1; k >= 0 && k >= e-4; k-- {
		switch w := d.low[k]; {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			return true
		case d.toks[k].kind != tWord:
			return false
		}
	}
	return false
}

// headlineColon handles a headline of the form "Speaker: what was said"
// ("Mayor Jones: Bridge Will Reopen in May"): a short name or role before
// the colon, not a label in capitals ("BREAKING:") nor a label word
// ("Analysis:", "Watch:"), and a clause of three words or more after it.
func (x *Extractor) headlineColon(covered []bool) {
	d := &x.d
	c := -1
	for i := 1; i < d.head; i++ {
		if d.isPunct(i, ":") && d.inQuote[i] == 0 {
			c = i
			break
		}
	}
	if c < 0 || c > 8 || !d.toks[0].is(fCap) {
		return
	}
	upper := 0
	for i := 0; i < c; i++ {
		t := d.toks[i]
		if t.kind != tWord {
			if !d.isPunct(i, ".-’'") {
				return
			}
			continue
		}
		w := d.low[i]
		if headLabels[w] || x.lx.aux[w] || x.lx.pronSubj[w] || x.lx.clauseB[w] || x.verb(i) != vNone && !t.is(fCap) {
			return
		}
		if s := d.str(i); len(s) > 1 && strings.ToUpper(s) == s {
			upper++
		}
	}
	words := x.countWords(0, c)
	if words == 0 || words > 6 || upper >= 2 {
		return
	}
	if words == 1 && c == 1 && x.shoutLabel(0) {
		return
	}
	cs, ce := c+1, x.trimEnd(c+1, d.head)
	if x.countWords(cs, ce) < 3 || anyCovered(covered, cs, ce) {
		return
	}
	sp := phrase{from: 0, to: c, mFrom: 0, mTo: c}
	x.addIndirect(c, c+1, sp, cs, ce, covered)
}

// shoutLabel reports whether the lone word at i before a headline's colon
// is a label, not a speaker: a word in capitals of four letters or more
// that is no name ("UPDATE:", "SHOCKING:"), or a past participle
// ("Revealed:", "Confirmed:").
func (x *Extractor) shoutLabel(i int) bool {
	d := &x.d
	s, w := d.str(i), d.low[i]
	if len(s) >= 4 && strings.ToUpper(s) == s && !x.lx.roles[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && x.pastForm(i)
}

// headLabels are the words of headline labels that name a kind of
// article, not a speaker ("Analysis:", "Live updates:", "Watch:").
var headLabels = map[string]bool{
	"breaking": true, "exclusive": true, "watch": true, "video": true, "videos": true, "update": true, "updates": true,
	"analysis": true, "opinion": true, "editorial": true, "commentary": true, "review": true, "live": true,
	"latest": true, "photos": true, "photo": true, "explainer": true, "factbox": true, "timeline": true,
	"interview": true, "podcast": true, "transcript": true, "correction": true, "op-ed": true, "letters": true,
	"listen": true,
}

// longSubject finds a subject the speaker rules leave out: a noun phrase
// with a lower-case head and a prepositional complement that opens its
// sentence or follows a comma ("Majorities in all five states say",
// "Supporters of the new tax say", "one in three said").
func (x *Extractor) longSubject(v, lo int) (phrase, bool) {
	d := &x.d
	j := v - 1
	for j >= lo && (x.skippable(j) || d.low[j] == "here") {
		j--
	}
	if j < lo || d.toks[j].kind != tWord || d.inQuote[j] != 0 || !d.toks[j].is(fLower) && !isNumber(d.low[j]) {
		return phrase{}, false
	}
	k, link := j, -1
	stop := false
	for k >= lo && j-k < 12 && !stop {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote[k] != 0 {
			if d.isPunct(k, "-%") && k > lo && d.attached(k) {
				k--
				continue
			}
			break
		}
		w := d.low[k]
		switch {
		case npLinks[w] && w != "to" && k < j:
			link = k
		case x.isDet(k), x.modifier(k), x.capWord(k), isNumber(w), standalone[w], quantSubject[w]:
		case x.lx.verbs[w] != vNone && t.is(fLower) && k > lo && (x.isDet(k-1) || isNumber(d.low[k-1]) || x.modifier(k-1)):
			// "in all five states": a verb form used as a noun
		default:
			stop = true
			continue
		}
		k--
	}
	if stop && k == j {
		return phrase{}, false
	}
	from := k + 1
	for from < j && (d.isPunct(from, "-%") || npLinks[d.low[from]]) {
		from++
	}
	// "But public records show": a sentence-initial conjunction opens
	// the clause as a comma does.
	opener := from == lo+1 && clauseConj[d.low[lo]]
	if from > lo && !d.isPunct(from-1, ",") && !opener || !d.toks[from].is(fLower) && !d.toks[from].is(fCap) && !isNumber(d.low[from]) {
		return phrase{}, false
	}
	if link <= from {
		// "Cement makers argue", "Many farm owners say": with no
		// preposition, a plural head opening its clause (the sentence,
		// or after a comma or an opening conjunction).
		w := d.low[j]
		if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || !x.modifier(j) || x.lx.aux[w] {
			return phrase{}, false
		}
		link = j + 1
	}
	if from == lo && d.toks[from].is(fCap) && x.lx.clauseB[d.low[from]] {
		return phrase{}, false // "While ...", "Because ..."
	}
	return phrase{from: from, to: j + 1, mFrom: from, mTo: link}, true
}

// clauseConj lists the conjunctions that may open a sentence before its
// subject ("But", "And", "Yet").
var clauseConj = map[string]bool{"but": true, "and": true, "yet": true, "so": true}

// coordEnd returns where a reported clause [cs, ce) ends before a comma
// that opens a clause of the narrator's own ("..., but it heralded ...");
// ce when there is none.
func (x *Extractor) coordEnd(cs, ce int) int {
	d := &x.d
	listed := false
	for i := cs + 2; i+1 < ce; i++ {
		if !d.isPunct(i, ",") || d.inQuote[i] != 0 || d.toks[i+1].kind != tWord {
			continue
		}
		switch d.low[i+1] {
		default:
			listed = true
		case "but", "yet":
			if i+2 < ce && x.lx.aux[d.low[i+2]] && d.toks[i+2].kind == tWord {
				// "..., but should never be ignored": the reported
				// clause's subject goes on.
				continue
			}
			return x.trimEnd(cs, i)
		case "and":
			// ", and he ...", ", and has since ...": a clause or a
			// predicate of its own, not a list item or "that" clause.
			if i+2 < ce && (x.isPronounSubject(i+2) && d.low[i+2] != "it" || x.lx.aux[d.low[i+2]] && d.toks[i+2].kind == tWord) {
				return x.trimEnd(cs, i)
			}
			// ", and the league denounced ...": a noun phrase and a
			// finite verb of its own, unless it ends a list of clauses
			// ("the roads were mended, and the school was open").
			if !listed && x.clauseAfterAnd(i+1, ce) {
				return x.trimEnd(cs, i)
			}
		}
	}
	return ce
}

// clauseAfterAnd reports whether the "and" at token t opens a clause with
// a subject of its own, a name or a noun phrase with a determiner, and a
// finite verb right after it before token end ("and the league
// denounced", not "and the fans" or "and the fans' cheers").
func (x *Extractor) clauseAfterAnd(t, end int) bool {
	d := &x.d
	if t+2 >= end || !x.isDet(t+1) && !x.capWord(t+1) {
		return false
	}
	for k := t + 2; k < end && k-t <= 10; k++ {
		if d.toks[k].kind != tWord || d.inQuote[k] != 0 {
			return false
		}
		if !d.toks[k].is(fLower) || x.verb(k) == vNone && !x.finiteLike(k) || x.participle(k) {
			continue
		}
		sp, ok := x.subjectBefore(k, t+1)
		return ok && sp.from > t && !x.relative(sp) && !x.isDet(sp.mTo-1)
	}
	return false
}

// floating lists the quantifiers that may float between a plural subject
// and its verb ("the two leaders both said", "economists all agree").
var floating = map[string]bool{"both": true, "all": true}

// floatsBefore reports whether token i-1 is a floating quantifier after a
// subject's head (a name, a role or a plural noun), so that token i is a
// verb, not a noun after a determiner ("Smith and Jones both said").
func (x *Extractor) floatsBefore(i int) bool {
	d := &x.d
	if i < 2 || !floating[d.low[i-1]] || d.toks[i-1].kind != tWord || d.toks[i-2].kind != tWord || d.sent[i-2] != d.sent[i] || d.inQuote[i-2] != 0 {
		return false
	}
	w := d.low[i-2]
	if x.isDet(i-2) || npStop[w] || x.lx.aux[w] {
		return false
	}
	return x.capWord(i-2) || x.isRole(i-2) || x.isPronounSubject(i-2) && w != "it" || d.toks[i-2].is(fLower) && len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss")
}

// pastFloat returns the token before which a subject is searched for the
// cue at v: before a floating quantifier ("Smith and Jones both said"),
// else v.
func (x *Extractor) pastFloat(v, lo int) int {
	if v-1 > lo && x.floatsBefore(v) {
		return v - 1
	}
	return v
}

// coordSubject widens a subject to the coordination it closes ("Smith and
// Jones said", "Friends, neighbours and rivals say"): each conjunct a name,
// a role or a plural noun with its modifiers, the whole opening its
// sentence or following a comma. The mention stays the last conjunct.
func (x *Extractor) coordSubject(sp phrase, lo int) phrase {
	d := &x.d
	conj := func(j int) int { return x.conjunct(j, lo) }
	from := sp.from
	if k := conj(sp.mTo - 1); k >= 0 && k < from && sp.mTo == sp.to {
		from = k
	}
	if from-2 < lo || d.low[from-1] != "and" || d.toks[from-1].kind != tWord {
		return sp
	}
	k := conj(from - 2)
	if k < 0 {
		return sp
	}
	for k-2 >= lo && d.isPunct(k-1, ",") {
		k2 := conj(k - 2)
		if k2 < 0 {
			break
		}
		k = k2
	}
	if k > lo && !d.isPunct(k-1, ",") {
		return sp
	}
	sp.from = k
	return sp
}

// conjunct returns where the conjunct of a coordinated subject that ends
// at token j starts (not before lo), or -1 when no name, role or plural
// noun ends there.
func (x *Extractor) conjunct(j, lo int) int {
	d := &x.d
	{
		if j < lo || d.toks[j].kind != tWord || d.inQuote[j] != 0 {
			return -1
		}
		w := d.low[j]
		plural := d.toks[j].is(fLower) && len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && x.modifier(j)
		if !x.capWord(j) && !x.isRole(j) && !plural || x.lx.aux[w] || npStop[w] || x.isPronounSubject(j) {
			return -1
		}
		k := j
		for k-1 >= lo && d.toks[k-1].kind == tWord && d.inQuote[k-1] == 0 && d.low[k-1] != "and" && !npStop[d.low[k-1]] && !x.lx.aux[d.low[k-1]] &&
			(x.capWord(k-1) || x.isRole(k-1) || x.modifier(k-1) || x.isTitle(k-1) || x.isDet(k-1) && !x.complementizer(k-1)) {
			k--
			if x.isDet(k) {
				break
			}
		}
		return k
	}
}

// headlessEnd lists the determiners that cannot end a noun phrase: a
// subject ending on one ("a", "his") has lost its noun to the cue word,
// which is then a noun itself.
var headlessEnd = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "every": true, "each": true, "no": true,
}

// headless reports whether the subject phrase sp ends on a determiner, a
// possessive or a figure ("the nearly 1,600", "ABC's"): the cue after it
// is the noun the phrase lacks. A contracted "is" or "has" ("he's") is no
// possessive.
func (x *Extractor) headless(sp phrase) bool {
	d := &x.d
	j := sp.to - 1
	if j < 0 || j >= len(d.toks) || d.toks[j].kind != tWord {
		return false // "Smith, 70,": an apposition ends the phrase
	}
	w := d.low[j]
	if isNumber(w) && strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		// "six in 10 say" is a share, "the nearly 1,600" lacks its noun
		return j > sp.from && !npLinks[d.low[j-1]] && d.low[j-1] != "out"
	}
	return headlessEnd[w] || isPossessive(w)
}

// namedThing reports whether the naming verb at token v is a past
// participle giving the name of the indefinite noun phrase sp before it,
// which is the object of a verb or a preposition and so not the subject
// of v: "runs a charity called Open Doors", "joined a group called the
// Friends of the Park".
func (x *Extractor) namedThing(v int, sp phrase, lo int) bool {
	d := &x.d
	if !strings.HasSuffix(d.low[v], "ed") || sp.to != v {
		return false
	}
	e := x.cueEnd(v)
	if x.isDet(e) {
		e++
	}
	if e >= len(d.toks) || d.toks[e].kind != tWord || !d.toks[e].is(fCap) {
		return false
	}
	if !x.subjectSlot(sp.from, lo) && indefinite[d.low[sp.from]] {
		return true
	}
	// "A new group called Fair Roads, led by ...", "another called
	// Open Skies, which ...": an indefinite noun with a lower-case head
	// is named, even as a subject, when the name ends on a comma or a
	// verb of its own ("A man called Smith a liar" keeps its cue).
	k := e
	for k < len(d.toks) && d.toks[k].kind == tWord && (d.toks[k].is(fCap) || isNumber(d.low[k])) && !isPossessive(d.low[k]) {
		k++
	}
	if k >= len(d.toks) || !(d.isPunct(k, ",;") || d.toks[k].kind == tWord && (x.lx.aux[d.low[k]] || x.pastForm(k))) {
		return false
	}
	h := v - 1
	if indefinite[d.low[h]] && h == sp.from {
		return true
	}
	if !d.toks[h].is(fLower) || !x.modifier(h) || x.isPronounSubject(h) {
		return false
	}
	for k := h - 1; k >= sp.from && k >= h-3; k-- {
		if indefinite[d.low[k]] {
			return true
		}
		if !x.modifier(k) && !x.capWord(k) || x.isRole(k) {
			return false
		}
	}
	return false
}

// indefinite lists the words opening an indefinite noun phrase.
var indefinite = map[string]bool{"a": true, "an": true, "one": true, "another": true}

// outerTrailing reports whether token v is a reporting cue that closes
// its sentence after a comma ("..., according to the survey.", "..., the
// paper reported.", "..., said the paper.") while the clause before that
// comma holds a reporting verb of its own ("Most voters say they ...,
// according to a poll."): the outer cue reports that whole clause.
func (x *Extractor) outerTrailing(v int) bool {
	d := &x.d
	n := len(d.toks)
	according := d.low[v] == "according" && v+1 < n && d.low[v+1] == "to"
	if !according && x.verb(v) != vSpeech {
		return false
	}
	lo, hi := d.sentBegin(v), d.sentEnd(v)
	e := x.trimEnd(v, hi)
	if e-v > 24 || x.countWords(v, e) > 9 {
		return false
	}
	for k := v; k < e; k++ {
		if d.isPunct(k, ",;:") || d.toks[k].kind != tWord && d.toks[k].kind != tPunct || d.inQuote[k] != 0 {
			return false
		}
	}
	// the comma before the cue or before its subject
	c := v - 1
	for c > lo && v-c <= 6 && !d.isPunct(c, ",") {
		if d.toks[c].kind != tWord || d.inQuote[c] != 0 {
			return false
		}
		c--
	}
	if c <= lo || !d.isPunct(c, ",") || according && c != v-1 || x.countWords(lo, c) < 4 {
		return false
	}
	for k := lo; k < c; k++ {
		if d.inQuote[k] == 0 && d.toks[k].kind == tWord && d.toks[k].is(fLower) && x.verb(k) == vSpeech && !x.participle(k) {
			return true
		}
	}
	return false
}

// sourceToComma returns where the source of an opening "according to"
// ends when the noun phrase found stops at token i short of the comma that
// closes the phrase ("According to a study by Roe and Lee, ...",
// "According to a report based on census data, ..."): that comma, when
// it comes within a few words holding no reporting verb, auxiliary,
// pronoun or quotation; i otherwise.
func (x *Extractor) sourceToComma(i, hi int) int {
	d := &x.d
	for k := i; k < hi && k < i+10; k++ {
		if d.isPunct(k, ",") {
			if k > i && x.countWords(k+1, hi) >= 3 {
				return k
			}
			return i
		}
		w := d.low[k]
		if w == "and" && x.capWord(k+1) {
			continue // "by Roe and Lee"
		}
		if d.toks[k].kind != tWord || d.inQuote[k] != 0 || x.verb(k) != vNone || x.lx.aux[w] || x.lx.clauseB[w] || x.isPronounSubject(k) {
			return i
		}
	}
	return i
}

// openingWordOnly reports whether the subject sp of the cue word at v is
// the lone word opening its sentence and that word is a preposition, or
// an -ing form before a cue word that is also a noun of speech, rumour or
// belief ("Amid reports that ...", "Growing fears that ..."): the cue
// word is then a noun, not a verb with that word as its subject.
func (x *Extractor) openingWordOnly(sp phrase, v, lo int) bool {
	d := &x.d
	if sp.from != lo || sp.to != sp.from+1 || d.toks[sp.from].kind != tWord || !d.toks[sp.from].is(fCap) {
		return false
	}
	w, c := d.low[sp.from], d.low[v]
	if introPreps[w] {
		return !strings.HasSuffix(c, "ing") // "Besides attacking X, ..." is a gerund
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && x.verb(sp.from) == vNone && (rumourNouns[c] || x.lx.speechNoun[c] || beliefNouns[c])
}

// putIt reports whether the cue [v, ve) is "put it" after a determined
// noun ("As one fisherman put it,"): no one but a speaker puts it, so the
// noun need name no listed role.
func (x *Extractor) putIt(v, ve int, sp phrase) bool {
	d := &x.d
	return ve == v+2 && d.low[v] == "put" && d.low[v+1] == "it" && x.isDet(sp.from) && sp.mTo-sp.mFrom >= 2 && d.toks[sp.mTo-1].is(fLower)
}

// occasionNoun reports whether the -ing form at v is the noun of an
// occasion inside a noun phrase ("told a Senate hearing that ...", "told a
// closed-door U.N. Security Council hearing that ..."): a noun of medium
// ([mediumNouns]) after modifiers and capitalised words that follow a
// determiner. A person or a person's role among them makes it a verb
// again ("with the President hearing that ...").
func (x *Extractor) occasionNoun(v int) bool {
	d := &x.d
	if !mediumNouns[d.low[v]] || !strings.HasSuffix(d.low[v], "ing") {
		return false
	}
	lo := d.sentBegin(v)
	for j := v - 1; j >= lo && j > v-7; j-- {
		switch {
		case x.isDet(j):
			return j < v-1
		case d.toks[j].kind != tWord || x.isRole(j) && !x.lx.nonPerson[d.low[j]] || entity.GivenName(d.str(j)) > 0:
			return false
		case d.toks[j].is(fCap), x.modifier(j):
		default:
			return false
		}
	}
	return false
}
