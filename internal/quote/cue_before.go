package quote

// This file holds the cues that precede a quotation: in its sentence (He
// said: "...", According to Smith, "...", Smith: "..."), the outer
// reporting verb whose clause holds the quotation, the cue a relative
// clause belongs to, where the reported clause starts, and the cue that
// ends the sentence before a quotation opening its own.

import "strings"

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
	if sp, ok := x.dashLabel(lo, o); ok {
		// "Pollsters agree - Carl Bialik: "..."": the name the dash
		// sets off labels the quotation, before any cue ahead of it.
		return cue{from: o - 1, to: o, speaker: sp, hasSpkr: true, cstart: o}, true
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
		if sv, ok := x.quotingSubordinate(v, d.sentEnd(o)); ok && sv < o {
			// "..., because he thought it "...": the subordinate
			// clause's subject speaks, not the main clause's.
			sp := phrase{from: sv - 1, to: sv, mFrom: sv - 1, mTo: sv}
			c := cue{from: sv, to: x.cueEnd(sv), speaker: sp, hasSpkr: true}
			c.cstart = x.clauseStart(c.to, o+1)
			return c, true
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
		if sp, ok := x.withSubject(v, lo); ok {
			// "..., with Lewandowski taking to Twitter to call Fields
			// "delusional"": the absolute phrase's own report, no part
			// of the clause before it
			c.speaker, c.hasSpkr = sp, true
			x.addressee(&c, o)
			return c, true
		}
		if sp, ok := x.clauseSubject(v); ok {
			c.speaker, c.hasSpkr = sp, !sp.weak
		} else if sp, ok := x.subjectBefore(v, lo); ok && !x.objectOfPrep(sp) {
			c.speaker, c.hasSpkr = sp, true
		} else if sp, ok := x.appositiveSubject(lo, v); ok {
			// "Smith, 31, a photographer, said the plan was "a disaster""
			c.speaker, c.hasSpkr = sp, true
		} else if sp, ok := x.mainSubjectOf(v, true, true); ok && !sp.weak && x.subjectControlled(v, lo) && sp.to < v-1 {
			// "Roe took to Twitter to call Doe "delusional"": the
			// infinitive's subject is its clause's.
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
	// also "HEADLINE - Smith: "..."" and "More from the report: "...""
	if sp, ok := x.colonLabel(lo, o); ok && (sp.from == lo || d.isPunct(sp.from-1, "-—–") || d.low[sp.from-1] == "from") {
		return cue{from: o - 1, to: o, speaker: sp, hasSpkr: true, cstart: o}, true
	}
	// HEADLINE IN CAPITALS "...": a digest item quoting the story its
	// heading names.
	if sp, ok := x.capsHeading(lo, o); ok {
		return cue{from: o, to: o, speaker: sp, hasSpkr: true, cstart: o}, true
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

// colonLabel returns the name that ends at the colon before the
// quotation opening at o ("Jane Roe: "..."", "Jane Roe and John Doe:
// "...""), after "from" if one comes before it ("More from the report:"),
// if there is one after lo.
func (x *Extractor) colonLabel(lo, o int) (phrase, bool) {
	d := &x.d
	if !d.isPunct(o-1, ":") || o-2 < lo || !x.capWord(o-2) && !x.isRole(o-2) {
		return phrase{}, false
	}
	sp, ok := x.npEndingAt(o-2, lo)
	for ok && sp.from-2 >= lo && d.low[sp.from-1] == "and" {
		p, ok2 := x.npEndingAt(sp.from-2, lo)
		if !ok2 {
			break
		}
		sp.from = p.from
	}
	for k := sp.from; ok && k < o-2; k++ {
		if d.low[k] == "from" && d.toks[k].kind == tWord {
			sp.from = k + 1
		}
	}
	if !ok {
		return phrase{}, false
	}
	x.setMention(&sp, sp.to)
	return sp, true
}

// dashLabel returns the name between a dash and the colon before the
// quotation opening at o, as digests label the quotations they collect
// ("Pollsters agree - Carl Bialik: "...""), if there is one after lo.
func (x *Extractor) dashLabel(lo, o int) (phrase, bool) {
	d := &x.d
	sp, ok := x.colonLabel(lo, o)
	if !ok || !x.capWord(o-2) {
		return phrase{}, false
	}
	// the dash may come before "More from" as well as before the name
	k := sp.from - 1
	if k-1 > lo && d.low[k] == "from" {
		k -= 2
	}
	if k <= lo || !d.isPunct(k, "-—–") {
		return phrase{}, false
	}
	return sp, true
}

// subjectControlled reports whether the cue at v is an infinitive whose
// subject is its clause's: after a verb of trying or wanting ("wanted to
// call"), "went on to say", or a short phrase of place after the verb
// ("took to Twitter to call"). After an object ("leading advisers to
// counter") the object is the subject; that is not handled here.
func (x *Extractor) subjectControlled(v, lo int) bool {
	d := &x.d
	if v-2 <= lo || d.low[v-1] != "to" || d.toks[v-1].kind != tWord {
		return false
	}
	g := v - 2
	switch {
	case x.governsTo(g), d.low[g] == "on" && x.pastForm(g-1):
		return true
	case x.capWord(g) && g-1 > lo && (d.low[g-1] == "to" || d.low[g-1] == "on") && x.pastForm(g-2):
		return true // "took to Twitter to call", "went on Fox to say"
	}
	return false
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
	if ok && sp.to+1 < hi && d.low[sp.to] == "by" && d.toks[sp.to].kind == tWord && d.toks[sp.mTo-1].is(fLower) {
		// "according to a survey by the Gazette": the work and its
		// author.
		if ag, ok2 := x.npAfter(sp.to+1, hi); ok2 {
			sp.to, sp.mFrom, sp.mTo = ag.to, ag.mFrom, ag.mTo
		}
	}
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
		end := x.cueEnd(u)
		if !ok || x.relative(sp) || x.closesAdverbial(sp, lo, end) {
			continue
		}
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
		if cs < o && x.subordinateSubject(sp, lo, false) && x.commaEnd(cs, o) < o {
			continue // "Although she said X, she said Y "...": the adverbial clause ended at its comma
		}
		return cue{from: u, to: end, speaker: sp, hasSpkr: true, cstart: cs}, true
	}
	return cue{}, false
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

// clauseStart returns the first token of what a cue ending before token k
// reports: after an addressee ("told reporters"), adverbials, "that" and
// punctuation. It does not go past hi.
func (x *Extractor) clauseStart(k, hi int) int {
	d := &x.d
	k0 := k
	if k > 0 && x.lx.lemma[d.low[k-1]] == "tell" {
		if p, ok := x.addresseeAfter(k, hi); ok {
			k = p.to
		} else if k < hi && (d.low[k] == "him" || d.low[k] == "her" || d.low[k] == "them" || d.low[k] == "reporters" || d.low[k] == "me" || d.low[k] == "us") {
			k++
		} else if e := x.bareAddressee(k, hi); e > k {
			k = e // "told investors that ..."
		}
	} else if k > 0 {
		if p, ok := x.addressed(k-1, hi); ok {
			k = p.to // "warned the council that ..."
		}
	}
	if k0 > 0 && k+2 < hi && d.isPunct(k, ",") {
		// "stated, while testifying before Congress, that ...": an aside
		// set off by commas before "that".
		for j := k + 2; j < hi && j <= k+14; j++ {
			if d.toks[j].kind == tWord && (d.inQuote[j] != 0 || x.finiteLike(j) && !x.participle(j)) || d.toks[j].kind != tWord && !d.isPunct(j, ",") {
				break
			}
			if d.isPunct(j, ",") {
				if j+1 < hi && d.low[j+1] == "that" && d.toks[j+1].kind == tWord {
					k = j + 1
				}
				break
			}
		}
	}
	if k0 > 0 {
		k = x.prepBeforeThat(k, hi)
	}
	for k < hi {
		switch {
		case d.low[k] == "that" && d.toks[k].kind == tWord:
			return x.afterThat(k+1, hi)
		case x.skippable(k) && !x.demonstrativeSubject(k, hi) && !x.approximate(k), d.isPunct(k, ",:—–-"), x.timeModifier(k):
			k++
			if k0 > 0 && k < hi && k > k0 {
				// "said Sunday on ABC's "This Week" that ..."
				k = x.prepBeforeThat(k, hi)
			}
			continue
		}
		break
	}
	return k
}

// addresseeAfter returns the noun phrase after "tell" at k-1 that names
// whom was told: a possessive pronoun right after a name in it opens the
// reported clause instead ("told the AP her group never worked ...").
func (x *Extractor) addresseeAfter(k, hi int) (phrase, bool) {
	p, ok := x.npAfter(k, hi)
	if !ok {
		return p, false
	}
	for j := p.from + 1; j < p.to; j++ {
		// after a name ("told the AP her group", "told Winfrey his
		// father"), not inside a prepositional phrase ("told the session
		// of her agency's congress", "aboard his boat")
		if possessivePronouns[x.d.low[j]] && x.capWord(j-1) {
			p.to = j
			if p.mTo > j {
				p.mFrom, p.mTo = p.from, j
			}
			break
		}
	}
	return p, true
}

// prepBeforeThat returns where "that" follows a short prepositional phrase
// opening at k ("wrote in a court filing that ...", `said on "Meet the
// Press" that ...`, "saying in a tweet that ..."): the phrase is no part of
// what is reported. It returns k when there is none.
func (x *Extractor) prepBeforeThat(k, hi int) int {
	d := &x.d
	if k >= hi || !introPreps[d.low[k]] && !afterPrep[d.low[k]] && !x.toAddressee(k, hi) {
		return k
	}
	for j := k + 2; j < hi && j <= k+8; j++ {
		if d.toks[j].kind == tPunct {
			break
		}
		if d.low[j] == "that" && d.toks[j].kind == tWord {
			return j
		}
	}
	return k
}

// withSubject returns the noun phrase of an absolute "with" phrase that
// reports through the cue at v ("with Smith calling it ...", "with Smith
// taking to Twitter to call ..."; see [Extractor.withReport]), the "with"
// at most eight tokens before v and not before lo.
func (x *Extractor) withSubject(v, lo int) (phrase, bool) {
	d := &x.d
	for w := v - 2; w >= lo && w >= v-8; w-- {
		if d.low[w] != "with" || d.toks[w].kind != tWord {
			continue
		}
		np, cv, ok := x.withReport(w, v+1)
		if !ok || cv != v {
			return phrase{}, false
		}
		p := phrase{from: w + 1, to: np}
		x.setMention(&p, np)
		return p, true
	}
	return phrase{}, false
}

// toAddressee reports whether token k is "to" before whom a cue
// addresses ("admitted to the newspaper that", "said to reporters that",
// "confessed to friends that"), not an infinitive ("said to have argued").
func (x *Extractor) toAddressee(k, hi int) bool {
	d := &x.d
	if d.low[k] != "to" || k+1 >= hi || d.toks[k+1].kind != tWord {
		return false
	}
	switch n := d.low[k+1]; {
	case n == "him" || n == "her" || n == "them" || n == "me" || n == "us" || n == "reporters":
		return true
	case x.lx.det[n] || isPossessive(n) || x.capWord(k+1):
		return true
	}
	// "confessed to friends that": one plural noun right before "that"
	// (in "to pick up delegates in states that", "that" opens a relative
	// clause)
	return k+2 < hi && x.bareAddressee(k+1, hi) == k+2 && d.low[k+2] == "that"
}

// demonstrativeSubject reports whether the time word at token k is a
// determiner or pronoun opening the reported clause rather than a phrase
// of time ("said this was a mistake", "said this plan would fail"; not
// "said this week ...", "said last year ..."): no time word follows it
// and a finite verb comes a few words on ("said this in May" keeps
// "this" as the object it is).
func (x *Extractor) demonstrativeSubject(k, hi int) bool {
	d := &x.d
	if !x.lx.det[d.low[k]] || k+1 >= hi {
		return false
	}
	n := d.low[k+1]
	return d.toks[k+1].kind == tWord && !x.lx.timeW[n] && !monthNames[n] && n != "spring" && n != "summer" && n != "fall" && n != "autumn" && n != "winter" && n != "season" && n != "time" && n != "past" && x.finiteAhead(k+1)
}

// bareAddressee returns the end of a bare plural addressee of "tell"
// starting at k ("told investors that", "told fellow lawmakers on Monday
// that", "told senators the virus would spread"): up to two lower-case
// modifiers and a lower-case plural, followed by "that", a preposition or
// a clause; k when there is none.
func (x *Extractor) bareAddressee(k, hi int) int {
	d := &x.d
	for j := k; j < hi && j < k+5; j++ {
		w := d.low[j]
		if j > k && w == "and" && j+1 < hi && d.toks[j+1].is(fLower) && d.toks[j-1].is(fLower) && strings.HasSuffix(d.low[j-1], "s") {
			continue // "investors and regulators that ..."
		}
		if d.toks[j].kind != tWord || !d.toks[j].is(fLower) || x.verb(j) != vNone || x.lx.aux[w] || x.isDet(j) || w == "that" {
			return k
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && j+1 < hi &&
			((d.low[j+1] == "that" || introPreps[d.low[j+1]]) && d.toks[j+1].kind == tWord || x.clauseOpensAt(j+1, hi)) {
			return j + 1
		}
	}
	return k
}

// clauseOpensAt reports whether a clause with no "that" opens at token k:
// a pronoun subject before a finite verb ("told senators it would
// spread"), or a determiner whose noun phrase a finite verb follows ("told
// senators the virus would spread").
func (x *Extractor) clauseOpensAt(k, hi int) bool {
	d := &x.d
	if k+1 >= hi || d.toks[k].kind != tWord {
		return false
	}
	if x.isPronounSubject(k) && d.low[k] != "who" {
		return x.finiteLike(k + 1)
	}
	return x.isDet(k) && x.finiteAhead(k+1)
}

// afterThat returns where a reported clause opens after its complementizer
// "that" (which ends at k): right there, so that an adverb opening the
// clause stays in it ("said that even then ..."), past punctuation; or at
// a second "that" when an auxiliary follows it, the demonstrative being
// the clause's subject ("said that that was the case"). A "that" followed
// by an auxiliary ("said that is unlikely") is itself the subject: the
// clause opens at it.
func (x *Extractor) afterThat(k, hi int) int {
	d := &x.d
	if k < hi && x.lx.aux[d.low[k]] && d.toks[k].kind == tWord {
		return k - 1
	}
	for k < hi && d.isPunct(k, ",:—–-") {
		k++
	}
	if k+1 < hi && d.low[k] == "that" && d.toks[k].kind == tWord && x.lx.aux[d.low[k+1]] && d.toks[k+1].kind == tWord {
		return k
	}
	return k
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

// capsHeading finds a heading in capitals that fills its paragraph from
// token lo up to the quotation opening at o ("STORM HITS THE COAST
// "..."") with at least three words: the phrase naming the quoted story.
func (x *Extractor) capsHeading(lo, o int) (phrase, bool) {
	d := &x.d
	if lo >= o || lo > 0 && !d.toks[lo].is(fPara) {
		return phrase{}, false
	}
	words := 0
	for k := lo; k < o; k++ {
		if d.toks[k].kind != tWord {
			if !d.isPunct(k, ",’'‘:-") {
				return phrase{}, false
			}
			continue
		}
		w := d.str(k)
		if strings.ToUpper(w) != w || strings.ToLower(w) == w && !isNumber(w) {
			return phrase{}, false
		}
		words++
	}
	if words < 3 || d.toks[o-1].kind != tWord {
		return phrase{}, false
	}
	return phrase{from: lo, to: o, mFrom: lo, mTo: o}, true
}
