package quote

// This file holds the tests on a quotation's own shape: its content span,
// markup values, quoted speech against quoted terms, titles and names.

// fragment returns the content span of q, without a trailing comma or
// colon.
func (x *Extractor) fragment(q quotation) (Span, bool) {
	d := &x.d
	last := q.last
	for last > q.first && d.isPunct(last-1, ",:;") {
		last--
	}
	if last <= q.first {
		return None, false
	}
	return d.span(q.first, last), true
}

// markup reports whether q is an attribute value in markup
// (`<tweet id="123">`) or holds no letters.
func (x *Extractor) markup(q quotation) bool {
	d := &x.d
	if d.isPunct(q.open-1, "=") {
		return true
	}
	for i := q.first; i < q.last; i++ {
		if d.toks[i].kind == tWord && (d.toks[i].is(fCap) || d.toks[i].is(fLower)) {
			return false
		}
	}
	return true
}

// long reports whether q looks like quoted speech rather than a quoted
// term: several words, or a whole sentence.
func (x *Extractor) long(q quotation) bool {
	d := &x.d
	words := 0
	for i := q.first; i < q.last; i++ {
		if d.toks[i].kind == tWord {
			words++
		}
	}
	if words >= 4 {
		return true
	}
	return words >= 2 && d.toks[q.first].is(fCap) && d.isPunct(q.last-1, ".?!")
}

// titleCase reports whether most words of q are capitalised, as in the
// title of a work or a slogan.
func (x *Extractor) titleCase(q quotation) bool {
	d := &x.d
	words, caps := 0, 0
	for i := q.first; i < q.last; i++ {
		if d.toks[i].kind != tWord || i > q.first && titleSmallWords[d.low[i]] && !d.toks[i].is(fCap) {
			continue // "State of the Union": small words stay lower case in titles
		}
		words++
		if d.toks[i].is(fCap) {
			caps++
		}
	}
	return caps*2 > words
}

// titleSmallWords are the words a title leaves in lower case.
var titleSmallWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true,
	"in": true, "on": true, "for": true, "to": true, "at": true, "by": true, "or": true}

// speechLike reports whether a quotation without a cue reads like
// something said rather than a title, slogan or quoted term: it is not in
// title case, and it has eight words or more or ends a sentence.
func (x *Extractor) speechLike(q quotation) bool {
	if x.titleCase(q) {
		return false
	}
	return x.countWords(q.first, q.last) >= 8 || x.d.isPunct(x.trimEnd(q.first, q.last), ".?!")
}

// namedInPhrase reports whether quotation q is a short name inside a noun
// or prepositional phrase (`on NBC's "Meet the Press,"`, `to chants of
// "No! No!,"`): it follows a possessive or a preposition in its sentence
// and is in title case or at most four words long. A cue after it reports
// something else.
func (x *Extractor) namedInPhrase(q quotation) bool {
	d := &x.d
	p := q.open - 1
	if p < 0 || d.toks[p].kind != tWord || d.sent[p] != d.sent[q.open] {
		return false
	}
	w := d.low[p]
	if !isPossessive(w) && !afterPrep[w] {
		return false
	}
	return x.titleCase(q) || x.countWords(q.first, q.last) <= 4
}
