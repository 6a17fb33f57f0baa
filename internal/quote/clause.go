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
	d := &x.d
	lo := x.clauseFloor(v)
	var best, fallback phrase
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
		if cls == vNone && !x.finiteLike(k) || x.inIntro(k) {
			continue
		}
		sp, ok := x.subjectBefore(k, lo)
		if !ok || x.relative(sp) {
			continue
		}
		if strict && !x.subjectSlot(sp.from, lo) {
			if !found && !fallback.weak {
				fallback = sp
				fallback.weak = true
			}
			continue
		}
		if found && sp.from > 0 && d.low[sp.from-1] == "that" {
			continue // "Smith rejected the claim that he was ..., saying"
		}
		best, found = sp, true
		if cls != vNone {
			break
		}
	}
	if !found && fallback.weak {
		return fallback, true
	}
	return best, found
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
		case d.isPunct(k, "—–") || d.isPunct(k, "--"):
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
	switch x.d.low[sp.from] {
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
