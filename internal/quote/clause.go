package quote

import "strings"

// mainSubject finds who performs the clause that a participle or
// coordinated cue at token v hangs from ("Smith rejected the plan,
// saying ...", "as Smith echoed the charge, saying ...", "Smith said,
// adding ..."). It reads the sentence left to right, outside quotations,
// and keeps the subject of the last finite verb before v; a reporting
// verb ends the search, since what follows it is what was reported.
// Relative pronouns ("who", "which") never count as subjects. When strict,
// a subject that follows a preposition or a noun is only kept, marked
// weak, if there is no other.
func (x *Extractor) mainSubject(v int, strict bool) (phrase, bool) {
	return x.mainSubjectFrom(x.clauseFloor(v), v, strict, false)
}

// mainSubjectOf is [Extractor.mainSubject] for a participle or
// coordinated cue word at v; when mainOnly, the subject of a subordinate
// clause ("after he won") never replaces the one found before it, as a
// coordinated cue ("Smith left after he won and said") shares the main
// clause's subject. The search starts after a semicolon or dash that
// joins a second independent clause ([Extractor.joinedClauseFloor]).
func (x *Extractor) mainSubjectOf(v int, strict, mainOnly bool) (phrase, bool) {
	return x.mainSubjectFrom(x.joinedClauseFloor(x.clauseFloor(v), v), v, strict, mainOnly)
}

// mainSubjectFrom is [Extractor.mainSubjectOf] searching tokens after lo.
func (x *Extractor) mainSubjectFrom(lo, v int, strict, mainOnly bool) (phrase, bool) {
	d := &x.d
	var best, fallback, sub phrase
	found := false
	for k := lo + 1; k < v; k++ {
		if d.inQuote[k] != 0 || d.toks[k].kind != tWord || !d.toks[k].is(fLower) {
			continue
		}
		cls := x.verb(k)
		if cls != vNone && x.participle(k) {
			if found {
				break // "Smith blasted X, saying ... and adding"
			}
			continue
		}
		if cls == vNone && !x.finiteLike(k) || x.inIntro(k) || d.low[k-1] == "to" && d.toks[k-1].kind == tWord {
			// an infinitive is no finite verb ("Continuing to explain
			// his view, Smith rejected ..., saying")
			continue
		}
		sp, ok := x.subjectBefore(k, lo)
		if !ok && cls == vSpeech && !found {
			// "Sen. Roe (D-Pa.), said that he ...": a reporting verb
			// whose subject went unrecognised; what follows it was
			// reported, so its subject is no candidate.
			break
		}
		if !ok || x.relative(sp) {
			continue
		}
		if x.openingClause(lo, k, v) {
			// "When Smith asked about it, he laughed and said": the
			// opening clause's subject is kept only if no other is found.
			if !found && !sub.weak {
				sub, sub.weak = sp, true
			}
			continue
		}
		if strict && (cls != vNone || x.pastForm(k)) && !x.subjectSlot(sp.from, lo) {
			// "Netanyahu and other leaders shunned him, claiming": the
			// coordination stands in the subject's place (a plural noun
			// read as a verb, "other European leaders", has none)
			if c := x.coordSubject(sp, lo); c.from < sp.from && x.subjectSlot(c.from, lo) {
				sp = c
			}
		}
		if strict && !x.subjectSlot(sp.from, lo) {
			if !found && !fallback.weak {
				fallback = sp
				fallback.weak = true
			}
			continue
		}
		if found && sp.from > 0 && (complementizer[d.low[sp.from-1]] || mainOnly && subordinator[d.low[sp.from-1]]) {
			// "Smith rejected the claim that he was ..., saying", "Smith
			// left after he won and said": a subordinate clause's subject
			// does not replace the main one.
			continue
		}
		best, found = sp, true
		if cls != vNone && !x.passive(k) {
			// a passive reporting verb ("has been criticized for ...")
			// reports nothing its subject said: the search goes on
			if !mainOnly {
				if s2, ok := x.laterSubordinate(k, v); ok {
					best = s2
				}
			}
			if s2, ok := x.laterCoordinate(k, v); ok {
				best = s2
			}
			break
		}
	}
	if !found && fallback.weak {
		return fallback, true
	}
	if !found && sub.weak {
		sub.weak = false
		return sub, true
	}
	return best, found
}

// joinedClauseFloor returns the last token before v, not before lo, that
// ends an independent clause joined to the one holding v: a semicolon
// before a capitalised word, a subject pronoun or a determiner, or a lone
// dash (not one of a pair setting off an aside) before a capitalised word
// or a subject pronoun ("-- a sign of ..." goes on with the clause). In "Roe said the
// pier was safe; Varga disagreed, saying ..." the participle's subject is
// searched from "Varga" on. It returns lo when there is none.
func (x *Extractor) joinedClauseFloor(lo, v int) int {
	d := &x.d
	semi, dash, dashes := lo, lo, 0
	for k := lo + 1; k < v; k++ {
		if d.inQuote[k] != 0 || d.toks[k].kind != tPunct {
			continue
		}
		switch d.low[k] {
		case ";":
			if x.clauseOpener(k + 1) {
				semi = k
			}
		case "--", "—", "–":
			dash = k
			dashes++
		}
	}
	if dashes%2 == 1 && dash > semi && (x.isPronounSubject(dash+1) || x.capWord(dash+1)) {
		return dash
	}
	return semi
}

// clauseOpener reports whether token i may open an independent clause's
// subject: a capitalised word, a subject pronoun or a determiner other
// than "no" (not a verb going on with a list, "; was denounced by ...",
// nor "-- no different from ...").
func (x *Extractor) clauseOpener(i int) bool {
	return x.isPronounSubject(i) || x.capWord(i) || x.isDet(i) && x.d.low[i] != "no"
}

// laterSubordinate finds, for a participle cue at v hanging from a
// reporting verb at k that reports no clause, the person-like subject of
// a subordinate clause between them: in "Roe spoke as the crowd gathered
// outside, chanting ..." the crowd chants. A "that" after k (the verb
// reports a clause) stops the search.
func (x *Extractor) laterSubordinate(k, v int) (phrase, bool) {
	d := &x.d
	for t := k + 1; t < v; t++ {
		if d.inQuote[t] != 0 || d.isPunct(t, ";:.") || d.toks[t].kind == tOpenQ {
			return phrase{}, false
		}
		if d.toks[t].kind != tWord {
			continue
		}
		if d.low[t] == "that" || complementizer[d.low[t]] && d.low[t] != "where" {
			return phrase{}, false
		}
		if !simultaneous[d.low[t]] {
			continue
		}
		for k2 := t + 2; k2 < v; k2++ {
			if d.isPunct(k2, ",;:") || d.toks[k2].kind != tWord {
				break
			}
			if !d.toks[k2].is(fLower) || x.verb(k2) == vNone && !x.finiteLike(k2) || x.participle(k2) {
				continue
			}
			sp, ok := x.subjectBefore(k2, t+1)
			if !ok || sp.from < t+1 || x.relative(sp) || !x.personLike(sp) {
				return phrase{}, false
			}
			return sp, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// laterCoordinate finds, for a cue at v hanging from a verb at k, the
// subject of a clause coordinated after k's that has its own subject and
// finite verb: in "Roe called for a vote, and the league denounced it and
// said ..." the league speaks, and so does "he" in "Roe asked twice and
// he smiled and said ...". The clause opens on "and" or "but" after a
// comma, or on one followed by a subject pronoun; a "that" or another
// clause-opening word between k and it (the clause is reported or
// subordinate) stops the search.
func (x *Extractor) laterCoordinate(k, v int) (phrase, bool) {
	d := &x.d
	var found phrase
	ok := false
	for t := k + 1; t < v-1; t++ {
		if d.inQuote[t] != 0 || d.isPunct(t, ";:.") || d.toks[t].kind == tOpenQ || d.toks[t].kind == tCloseQ {
			return phrase{}, false
		}
		if d.toks[t].kind != tWord {
			continue
		}
		w := d.low[t]
		if w == "that" || complementizer[w] || subordinator[w] || w == "who" || w == "which" {
			return found, ok
		}
		if w != "and" && w != "but" {
			continue
		}
		comma := d.isPunct(t-1, ",")
		if !comma && !x.isPronounSubject(t+1) {
			continue
		}
		for k2 := t + 2; k2 < v; k2++ {
			if d.isPunct(k2, ";:.") || d.inQuote[k2] != 0 || d.toks[k2].kind != tWord && d.toks[k2].kind != tPunct || k2-t > 12 {
				break
			}
			if d.toks[k2].kind != tWord || !d.toks[k2].is(fLower) || x.verb(k2) == vNone && !x.finiteLike(k2) || x.participle(k2) {
				continue
			}
			sp, good := x.subjectBefore(k2, t+1)
			if good && sp.from > t && !x.relative(sp) && !x.isDet(sp.mTo-1) {
				found, ok = sp, true
				t = k2
			}
			break
		}
	}
	return found, ok
}

// simultaneous lists the subordinators of a clause whose action goes on
// while the main one happens, so that a participle after it may be done
// by its subject ("as Roe spoke, chanting"), unlike "after Roe won".
var simultaneous = map[string]bool{"as": true, "while": true, "when": true, "where": true}

// openingClause reports whether token k lies in a subordinate clause that
// opens the sentence part starting at lo and ends at a comma before token
// v ("When Smith asked about it, ...").
func (x *Extractor) openingClause(lo, k, v int) bool {
	d := &x.d
	i := lo
	for i < k && (d.toks[i].kind == tOpenQ || d.low[i] == "but" || d.low[i] == "and" || d.isPunct(i, "—–-(")) {
		i++
	}
	if i >= k || d.toks[i].kind != tWord || !subordinator[d.low[i]] {
		return false
	}
	for j := i + 1; j < k; j++ {
		if d.isPunct(j, ",;:") {
			return false
		}
	}
	for j := k + 1; j < v; j++ {
		if d.isPunct(j, ",") {
			return true
		}
	}
	return false
}

// complementizer lists the words that open a clause serving as an object
// ("rejected the claim that he ...", "gave no details about how he ..."):
// its subject never performs the clause a cue hangs from.
var complementizer = map[string]bool{"that": true, "how": true, "what": true, "why": true, "whether": true, "where": true}

// subordinator lists the conjunctions that open a subordinate clause
// inside a sentence.
var subordinator = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "because": true, "since": true,
	"although": true, "though": true, "if": true, "unless": true, "until": true, "once": true,
	"whereas": true, "as": true,
}

// subjectSlot reports whether a phrase starting at token i can be the
// subject of a clause: it opens the sentence part (at lo or after
// punctuation or a quotation mark) or follows a conjunction, a
// subordinator or an adverb, not a preposition, a verb or a noun ("for a
// psychology class called ...", "on TV, declaring ...").
func (x *Extractor) subjectSlot(i, lo int) bool {
	d := &x.d
	j := i - 1
	if j < lo || d.toks[j].kind != tWord {
		return true
	}
	w := d.low[j]
	return x.lx.clauseB[w] || x.lx.adverb[w] && w != "of" || x.skippable(j)
}

// clauseFloor returns the first token of the sentence holding v that a
// subject may start at: after a dateline ("WASHINGTON (AP) —").
func (x *Extractor) clauseFloor(v int) int {
	d := &x.d
	lo := d.sentBegin(v)
	if e := x.datelineEnd(lo, v); e > lo {
		lo = e
	}
	return lo
}

// datelineEnd returns the token after a dateline opening the sentence at
// lo ("WASHINGTON —", "LA CROSSE, Wis. (AP) --"): capitalised words,
// abbreviations, numbers and commas or brackets, then a dash. It returns
// lo when there is none.
func (x *Extractor) datelineEnd(lo, hi int) int {
	d := &x.d
	for k := lo; k < hi && k < lo+12; k++ {
		t := d.toks[k]
		switch {
		case d.isPunct(k, "—–") || d.isPunct(k, "--") || d.isPunct(k, "-") && k > lo && d.isPunct(k-1, ")"):
			// A hyphen ends a dateline only after the agency's bracket:
			// "PORT CADDIS, March 4 (VPA) - ...".
			if k == lo {
				return lo
			}
			return k + 1
		case t.kind == tWord && (t.is(fCap) || isNumber(d.low[k])):
		case d.isPunct(k, ",.()"):
		default:
			return lo
		}
	}
	return lo
}

// relative reports whether a subject phrase is a bare relative pronoun.
func (x *Extractor) relative(sp phrase) bool {
	if sp.to-sp.from != 1 {
		return false
	}
	switch stripClitic(x.d.low[sp.from]) {
	case "who", "which", "that":
		return true
	}
	return false
}

// participle reports whether the verb form at token k is an -ing form
// used as a participle clause rather than a progressive tense ("was
// saying", "kept saying").
func (x *Extractor) participle(k int) bool {
	d := &x.d
	w := d.low[k]
	if len(w) <= 4 || !strings.HasSuffix(w, "ing") {
		return false
	}
	j := k - 1
	for j >= 0 && d.toks[j].kind == tWord && x.lx.adverb[d.low[j]] {
		j--
	}
	if j < 0 || d.toks[j].kind != tWord {
		return true
	}
	return !x.lx.aux[d.low[j]] && !x.lx.progressive[d.low[j]]
}

// finiteLike reports whether the lower-case word at token k may be a
// finite verb: an auxiliary, a past form ("-ed" or irregular), or a
// present "-s" form right after a name or a pronoun.
func (x *Extractor) finiteLike(k int) bool {
	d := &x.d
	w := d.low[k]
	if k == 0 || !d.toks[k].is(fLower) || d.low[k-1] == "to" || x.isDet(k-1) {
		return false
	}
	if x.lx.aux[w] || x.lx.past[w] {
		return w != "not" && w != "n't"
	}
	if len(w) >= 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	if len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		p := k - 1
		return d.toks[p].kind == tWord && (x.capWord(p) && !isPossessive(d.low[p]) || x.isPronounSubject(p))
	}
	return false
}

// beForms are the forms of "be" that make a following past participle
// passive ("was asked", "has been called").
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// passive reports whether the reporting verb at token v is a passive past
// participle ("Smith was asked", "the plan has been called"): its subject
// is who was spoken to or about, not the speaker. "is quoted as saying"
// and "was reported to have said", whose subject does speak, are not; a
// belief verb before "to" is ("is expected to", "is believed to").
func (x *Extractor) passive(v int) bool {
	d := &x.d
	w := d.low[v]
	if strings.HasSuffix(w, "ing") || !x.pastForm(v) {
		return false
	}
	j := v - 1
	for j >= 0 && d.toks[j].kind == tWord && (x.lx.adverb[d.low[j]] || strings.HasSuffix(d.low[j], "ly") && len(d.low[j]) > 4) {
		j--
	}
	if j < 0 || d.toks[j].kind != tWord || !beForms[d.low[j]] {
		return false
	}
	k := x.cueEnd(v)
	if k < len(d.toks) && d.low[k] == "to" && (x.verb(v) == vBelief || toldTo[x.lx.lemma[w]]) {
		// "the storm is expected to ...": no one named expects it; "they
		// were told to leave": they were spoken to.
		return true
	}
	return k >= len(d.toks) || d.low[k] != "as" && d.low[k] != "to"
}

// toldTo are the verbs whose passive before "to" names who was spoken to:
// "they were told to leave", "she was asked to resign".
var toldTo = map[string]bool{"tell": true, "ask": true, "urge": true, "order": true, "instruct": true, "advise": true, "warn": true}

// agent returns the phrase after "by" that follows a passive cue ending
// before token k ("was asked by the moderator"), not reaching hi.
func (x *Extractor) agent(k, hi int) (phrase, bool) {
	d := &x.d
	for k < hi && x.skippable(k) {
		k++
	}
	if k+1 >= hi || d.low[k] != "by" || d.toks[k].kind != tWord {
		return phrase{}, false
	}
	return x.npAfter(k+1, hi)
}

// namingParticiple reports whether the naming verb at token v is a past
// participle that names a thing right before it ("a play called "...",
// "a group, dubbed the "..."") rather than a speaker's verb ("Smith
// called it "..."): it follows a lower-case noun (or that noun and a
// comma) and the quotation opening at o follows it, at most after a
// determiner.
func (x *Extractor) namingParticiple(v, o int) bool {
	d := &x.d
	if !strings.HasSuffix(d.low[v], "ed") {
		return false
	}
	e := x.cueEnd(v)
	if e != o && !(x.isDet(e) && e+1 == o) {
		return false
	}
	n := v - 1
	if d.isPunct(n, ",") {
		n--
	}
	if n < 0 || d.toks[n].kind != tWord || !d.toks[n].is(fLower) || x.isRole(n) || x.isPronounSubject(n) {
		return false
	}
	// "an adaptation of a show called "...": a noun that is also a verb
	// form, determined and governed by a preposition, is no subject.
	return x.modifier(n) || n >= 2 && x.isDet(n-1) && !x.isPronounSubject(n-1) && d.toks[n-2].kind == tWord && afterPrep[d.low[n-2]]
}

// objectOfPrep reports whether a speaker phrase with a lower-case head is
// the object of a preposition ("who has in the past described"), so not
// the subject of the verb after it.
func (x *Extractor) objectOfPrep(sp phrase) bool {
	d := &x.d
	if sp.from < 1 || d.toks[sp.mTo-1].is(fCap) || x.isRole(sp.mTo-1) {
		return false
	}
	return d.toks[sp.from-1].kind == tWord && introPreps[d.low[sp.from-1]]
}

// quoteAfter returns the opening mark at token k, or after a determiner
// at k, or -1.
func (x *Extractor) quoteAfter(k int) int {
	d := &x.d
	if x.isDet(k) {
		k++
	}
	if k < len(d.toks) && d.toks[k].kind == tOpenQ {
		return k
	}
	return -1
}

// detailBefore reports whether the words [from, o) between a cue and the
// quotation opening at o are attribution detail set off by a comma or
// colon before the quotation: a prepositional phrase, a time word, an
// adverb or a participle phrase ("on Monday", "in a speech to
// supporters", "smiling broadly"), with no "that", finite verb or other
// quotation in them. Such words are no part of the reported content.
func (x *Extractor) detailBefore(from, o int) bool {
	d := &x.d
	if from >= o-1 || !d.isPunct(o-1, ",:") {
		return false
	}
	n := 0
	for k := from; k < o-1; k++ {
		switch d.toks[k].kind {
		case tWord:
			n++
			w := d.low[k]
			if w == "that" || x.lx.clauseB[w] && k > from || x.finiteLike(k) || x.verb(k) == vSpeech && !x.participle(k) {
				return false
			}
		case tOpenQ, tCloseQ:
			return false
		}
	}
	if n == 0 || n > 12 {
		return false
	}
	w := d.low[from]
	return introPreps[w] || afterPrep[w] || x.lx.timeW[w] || x.lx.adverb[w] || x.participle(from) || from > 0 && d.isPunct(from-1, ",")
}
