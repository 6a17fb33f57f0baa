package quote

import "strings"

// Restrictive relative clauses in a subject: "A man who said his son had
// been shot told reporters ..." holds two reports. The relative clause's
// speech verb reports only up to the main clause's verb ("his son had
// been shot"), and that verb's subject is the noun phrase with its
// relative clause ("A man who said his son had been shot"), "a man" naming
// the speaker. "Residents who fled the town said ..." is the same subject
// with a relative clause that reports nothing.

// verbGroupEnd returns the last token of the verb group whose finite verb
// is at k: auxiliaries and adverbs after it, an infinitive ("asked not to
// be named"), and one participle or base form after an auxiliary ("had
// been shot", "will ruin"). After a full verb that is no auxiliary the
// group ends, but for adverbs and an infinitive.
func (x *Extractor) verbGroupEnd(k, hi int) int {
	d := &x.d
	aux := x.lx.aux[d.low[k]]
	for k+1 < hi && d.toks[k+1].kind == tWord && d.toks[k+1].is(fLower) {
		w := d.low[k+1]
		switch {
		case x.lx.adverb[w] || w == "not" || w == "n't":
			k++
		case aux && x.lx.aux[w]:
			k++
		case w == "to" && k+2 < hi && d.toks[k+2].kind == tWord && d.toks[k+2].is(fLower) && !x.isDet(k+2):
			k += 2 // "declined to be named", "plans to go"
			aux = x.lx.aux[d.low[k]]
		case aux:
			return k + 1 // "had been shot", "will ruin"
		default:
			return k
		}
	}
	return k
}

// mainVerbAfter returns the finite verb of the main clause that follows
// the restrictive relative clause whose verb is at rv, or -1 when it is
// not clear: the first finite verb after the relative's own verb group
// when that verb takes no reported clause, else the first one after the
// reported clause's own verb. A finite verb right after a subject pronoun,
// or after a short noun phrase that follows a verb taking a bare clause
// ("knew the bridge was"), opens a clause nested in the report, not the
// main one. Punctuation or a word opening another clause ("and", "when",
// "which") before the main verb makes it unclear.
func (x *Extractor) mainVerbAfter(rv, hi int) int {
	d := &x.d
	need := 1 // finite verbs still to pass before the main one
	if bareClause[x.lx.lemma[d.low[rv]]] && x.verb(rv) != vNone {
		need = 2
	}
	last := rv // the finite verb of the group last passed
	k := x.verbGroupEnd(rv, hi)
	gap := 0 // words since that group
	for k++; k < hi; k++ {
		if d.toks[k].kind == tOpenQ || d.toks[k].kind == tCloseQ {
			continue
		}
		if d.toks[k].kind != tWord {
			return -1
		}
		w := d.low[k]
		if x.lx.clauseB[w] && d.toks[k].is(fLower) {
			if w == "that" && gap == 0 && need == 2 && last == rv {
				continue // "said that ..."
			}
			return -1
		}
		if !x.mainCandidate(k) {
			gap++
			continue
		}
		nested := last != rv && (x.isPronounSubject(k-1) || bareClause[x.lx.lemma[d.low[last]]] && gap > 0 && gap <= 3)
		if need == 2 || nested {
			if !nested {
				need = 1
			}
			last, gap = k, 0
			k = x.verbGroupEnd(k, hi)
			continue
		}
		return k
	}
	return -1
}

// restrictiveRelative returns the noun phrase and restrictive relative
// clause that are the subject of the main verb v, when the phrase before
// v (ending at token j) closes a "who" clause with no comma before it and
// v is the main verb after that clause: "A man who asked not to be named
// said", "Voters who said the economy mattered most backed".
func (x *Extractor) restrictiveRelative(j, v, lo int) (phrase, bool) {
	d := &x.d
	r := j
	for ; r > lo && j-r < 24; r-- {
		if d.toks[r].kind == tWord && d.low[r] == "who" && d.toks[r].is(fLower) {
			break
		}
		if d.toks[r].kind != tWord && d.toks[r].kind != tOpenQ && d.toks[r].kind != tCloseQ {
			return phrase{}, false
		}
	}
	if r <= lo || d.low[r] != "who" || r+1 > j || d.toks[r-1].kind != tWord {
		return phrase{}, false
	}
	rv := r + 1
	for rv < j && d.toks[rv].kind == tWord && (x.lx.adverb[d.low[rv]] || d.low[rv] == "not") {
		rv++
	}
	if rv > j || !d.toks[rv].is(fLower) {
		return phrase{}, false
	}
	m := x.mainVerbAfter(rv, d.sentEnd(v))
	if m < 0 || m > v || !x.skippedTo(m, v) {
		return phrase{}, false
	}
	head, ok := x.npEndingAt(r-1, lo)
	if !ok || x.relative(head) || x.isPronounSubject(head.mTo-1) {
		return phrase{}, false
	}
	head.to = j + 1
	return head, true
}

// mainCandidate reports whether token k may be a finite verb of a clause
// after a relative clause: an auxiliary, a past form, or an "-s" form of a
// reporting verb ("says"; "supporters" after a name is a noun), neither a
// hyphenated word ("so-called") nor after an infinitive ("to help
// spread").
func (x *Extractor) mainCandidate(k int) bool {
	d := &x.d
	w := d.low[k]
	if !x.finiteLike(k) || d.low[k-1] == "to" || k >= 2 && d.low[k-2] == "to" || strings.Contains(w, "-") {
		return false
	}
	return x.lx.aux[w] || x.pastForm(k) || x.verb(k) != vNone
}
