package quote

// This file holds the names of organisations: the links inside them ("the
// Center for Economic and Policy Research") and the acronym in brackets that
// spells them ("the National Oceanic and Atmospheric Administration
// (NOAA)"). A body named again by a common noun ("the company") is
// resolved with the speakers (resolve.go, genericBodies).

import "unicode"

// orgLinks join the capitalised words of an organisation's name ("Centers
// for Disease Control and Prevention", "National Oceanic and Atmospheric
// Administration").
var orgLinks = map[string]bool{"and": true, "of": true, "for": true, "on": true, "&": true}

// acronymOrg reports where the name that the acronym in brackets at token
// open abbreviates starts ("National Oceanic and Atmospheric
// Administration (NOAA)"): the capitalised words and the links between
// them before the bracket, from the first word whose initial opens the
// acronym's letters in order ("CDC" for "Centers for Disease Control and
// Prevention"). It returns -1 when the bracket holds no acronym (one word
// of two to six capitals) or the words before it do not spell it.
func (x *Extractor) acronymOrg(open int) int {
	d := &x.d
	if !d.bracket(open, true) || open+2 >= len(d.toks) || !d.bracket(open+2, false) || d.toks[open+1].kind != tWord {
		return -1
	}
	acr := d.str(open + 1)
	if len(acr) < 2 || len(acr) > 6 {
		return -1
	}
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			return -1
		}
	}
	// The capitalised words before the bracket, nearest first.
	var caps []int
	for k := open - 1; k >= 0 && k >= open-12 && d.toks[k].kind == tWord && d.inQuote[k] == 0; k-- {
		if x.capWord(k) && !x.isTitle(k) {
			caps = append(caps, k)
			continue
		}
		if !orgLinks[d.low[k]] || len(caps) == 0 {
			break
		}
	}
	// The leftmost word from which the initials read as the acronym, or
	// begin with it.
	best := -1
	for n := 2; n <= len(caps); n++ {
		initials := make([]byte, 0, n)
		for m := n - 1; m >= 0; m-- {
			initials = append(initials, d.text[d.toks[caps[m]].start])
		}
		if len(initials) >= len(acr) && string(initials[:len(acr)]) == acr {
			best = caps[n-1]
		}
	}
	return best
}

// inAcronymOrg reports whether the capitalised run [i, j) is part of an
// organisation's name that an acronym in brackets spells ("Disease
// Control" in "the Centers for Disease Control and Prevention (CDC)"):
// no person.
func (x *Extractor) inAcronymOrg(i, j int) bool {
	d := &x.d
	for k := j; k < len(d.toks) && k < j+8; k++ {
		if d.bracket(k, true) {
			o := x.acronymOrg(k)
			return o >= 0 && o <= i
		}
		if d.toks[k].kind != tWord || !(x.capWord(k) || orgLinks[d.low[k]]) {
			return false
		}
	}
	return false
}

// orgNameBefore reports whether the capitalised word at token i ends the
// first part of an organisation's name joined by "and": capitalised words
// and links back from i reach a body's noun ("Center for Economic" in "the
// Center for Economic and Policy Research").
func (x *Extractor) orgNameBefore(i, lo int) bool {
	d := &x.d
	for k := i; k >= lo && k > i-6 && d.toks[k].kind == tWord; k-- {
		switch {
		case x.capWord(k):
			if x.in(x.lx.org, k) {
				return true
			}
		case !npLinks[d.low[k]]:
			return false
		}
	}
	return false
}

// orgName returns where the organisation's name filling tokens [from, to)
// starts, past a determiner: capitalised words joined by links ("of",
// "for", "and", "on", "the" after a link; not "in Miami"), a capitalised word last and a body's
// noun among them ("Center for Economic and Policy Research", "Bank of
// England"); -1 when the tokens are not such a name.
func (x *Extractor) orgName(from, to int) int {
	d := &x.d
	m := from
	if m < to && x.isDet(m) && !x.capWord(m) {
		m++
	}
	if to-m < 3 || !x.capWord(m) || !x.capWord(to-1) {
		return -1
	}
	links := 0
	for k := m; k < to; k++ {
		switch {
		case d.toks[k].kind != tWord || d.inQuote[k] != 0:
			return -1
		case (x.isTitle(k) || x.personRole(k)) && !x.in(x.lx.org, k):
			return -1 // "Harbour Board Chief of Staff Jane Roe"
		case x.capWord(k):
		case orgLinks[d.low[k]] || d.low[k] == "the" && orgLinks[d.low[k-1]]:
			links++
		default:
			return -1
		}
	}
	// The body's noun stands in the first run of capitalised words ("Bank
	// of America", not "Jane Roe of the Center for Policy Research"), or
	// anywhere when that run is joined by "and" ("National Oceanic and
	// Atmospheric Administration").
	first := m
	for first < to && x.capWord(first) {
		first++
	}
	if links == 0 {
		return -1
	}
	if x.orgLike(m, first) || x.lx.nonPerson[d.low[first-1]] || first < to && (d.low[first] == "and" || d.low[first] == "&") && x.orgLike(m, to) {
		return m
	}
	return -1
}

// orgNameAfter reports whether the capitalised words and links from token
// i (before hi) reach a body's noun: the rest of an organisation's name
// after an "and" ("Atmospheric Administration" in "the National Oceanic
// and Atmospheric Administration").
func (x *Extractor) orgNameAfter(i, hi int) bool {
	d := &x.d
	for k := i; k < hi && k < i+6 && d.toks[k].kind == tWord; k++ {
		switch {
		case x.capWord(k):
			if x.in(x.lx.org, k) {
				return true
			}
		case !orgLinks[d.low[k]] || k == i:
			return false
		}
	}
	return false
}

// orgHeads reports whether the organisation's name starting at token o
// heads the phrase starting at token i: it opens it, maybe after a
// determiner ("the Centers for ... (CDC)"), rather than following a name
// and a link ("Jane Roe of the Centers for ... (CDC)").
func (x *Extractor) orgHeads(i, o int) bool {
	return o == i || o == i+1 && x.isDet(i)
}
