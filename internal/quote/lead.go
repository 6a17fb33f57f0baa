package quote

import "strings"

// parentheticalLead gives a cue that interrupts its sentence between
// commas the words before it: in "Cost estimates, he added, were "based
// on a prototype."" and "The documents indicate, he said, that "..."",
// what was said starts at the sentence start, and the words after the
// cue's closing comma belong to it too. The lead must hold no quotation
// and no other attribution's content, and must be the start of the clause
// the words after the cue finish (see leadClause): an opening phrase
// ("In a statement, he said, "..."", "Asked why, she said, "..."") is
// none of what was said.
func (x *Extractor) parentheticalLead() {
	d := &x.d
	for i := range x.out {
		a := &x.out[i]
		if !a.Cue.Valid() || !a.Source.Valid() || len(a.Content) == 0 {
			continue
		}
		cf, ct := x.tokenRange(a.Cue)
		sf, st := x.tokenRange(a.Source)
		if cf < 0 || sf < 0 {
			continue
		}
		from, to := min(cf, sf), max(ct, st)
		k1 := from - 1
		lo := d.sentBegin(from)
		if k1 <= lo || !d.isPunct(k1, ",") {
			continue
		}
		words := x.countWords(lo, k1)
		if words < 1 || words > 20 || x.hasQuote(lo, k1) {
			continue
		}
		// The cue's detail ("in a telephone interview") runs to a comma.
		k2 := -1
		for k := to; k < d.sentEnd(from) && k <= to+10; k++ {
			if d.isPunct(k, ",") {
				k2 = k
				break
			}
			if d.toks[k].kind != tWord {
				break
			}
		}
		if k2 < 0 {
			continue
		}
		c0, c1 := x.tokenRange(a.Content[0])
		if c0 >= to && c0 <= k2 && c1 > k2+1 {
			c0 = k2 + 1 // the content began in the cue's detail
		}
		if c0 < 0 || c0 <= k2 || d.sent[c0] != d.sent[from] || c0 > k2+8 || x.hasQuote(k2+1, c0-1) {
			continue
		}
		if !x.leadClause(lo, k1, k2+1) || x.overlapsOther(i, lo, k1) {
			continue
		}
		head := []Span{d.span(lo, x.trimEnd(lo, k1)), d.span(k2+1, c1)}
		a.Content = append(head, a.Content[1:]...)
	}
}

// hasQuote reports whether tokens [i, j) hold a quotation mark or quoted
// text.
func (x *Extractor) hasQuote(i, j int) bool {
	d := &x.d
	for k := max(i, 0); k < j && k < len(d.toks); k++ {
		if d.toks[k].kind == tOpenQ || d.toks[k].kind == tCloseQ || d.inQuote[k] != 0 {
			return true
		}
	}
	return false
}

// overlapsOther reports whether tokens [i, j) overlap the content of an
// attribution other than x.out[skip].
func (x *Extractor) overlapsOther(skip, i, j int) bool {
	d := &x.d
	s := d.span(i, j)
	for k, a := range x.out {
		if k == skip {
			continue
		}
		for _, c := range a.Content {
			if c.Start < s.End && s.Start < c.End {
				return true
			}
		}
	}
	return false
}

// leadClause reports whether tokens [lo, k1) start a clause that the words
// from token c finish: a subject before a verb ("Cost estimates, he
// added, were ...") or a subject and its verb before "that" ("The
// documents indicate, he said, that ...").
func (x *Extractor) leadClause(lo, k1, c int) bool {
	d := &x.d
	first := d.low[lo]
	if d.toks[lo].kind != tWord || introPreps[first] || x.lx.clauseB[first] || x.lx.adverb[first] ||
		strings.HasSuffix(first, "ing") && !x.gerundLead(lo, k1) || strings.HasSuffix(first, "ed") {
		return false
	}
	for c < len(d.toks) && d.toks[c].kind == tOpenQ {
		c++
	}
	if c >= len(d.toks) || d.toks[c].kind != tWord || !d.toks[c].is(fLower) {
		return false
	}
	w := d.low[c]
	if w == "that" {
		v := k1 - 1
		return v > lo && d.toks[v].is(fLower) && (x.lx.verbs[d.low[v]] != vNone || verbLike(d.low[v]))
	}
	return x.lx.aux[w] && w != "not" && w != "n't" || x.lx.past[w] || verbLike(w)
}

// gerundLead reports whether tokens [lo, k1) are a gerund phrase that can
// be a clause's subject ("Putting the show together, Butz said, allowed
// him ..."): an -ing form and its object, with no comma, verb or
// preposition of setting ("Speaking to reporters" is a participle of
// manner).
func (x *Extractor) gerundLead(lo, k1 int) bool {
	d := &x.d
	if k1-lo < 2 || k1-lo > 8 || x.verb(lo) == vSpeech {
		return false
	}
	for k := lo + 1; k < k1; k++ {
		if d.toks[k].kind != tWord || x.verb(k) != vNone || x.finiteLike(k) || introPreps[d.low[k]] {
			return false
		}
	}
	return true
}

// verbLike reports whether w has the ending of a finite verb ("-ed",
// "-s").
func verbLike(w string) bool {
	if len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
