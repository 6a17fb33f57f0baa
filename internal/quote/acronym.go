package quote

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
	if !d.isPunct(open, "(") || open+2 >= len(d.toks) || !d.isPunct(open+2, ")") || d.toks[open+1].kind != tWord {
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
		if d.isPunct(k, "(") {
			o := x.acronymOrg(k)
			return o >= 0 && o <= i
		}
		if d.toks[k].kind != tWord || !(x.capWord(k) || orgLinks[d.low[k]]) {
			return false
		}
	}
	return false
}
