package trim

import (
	"strings"
	"unicode"
)

// A photo credit glued in front of a lead takes one of three shapes:
//
//	Photograph : Jane Roe\/Agency The minister said ...       (a credit word and a colon)
//	-LRB- AP Photo\/Jane Roe -RRB- -LRB- Jane Roe - AP -RRB- The minister said ...
//	REUTERS\/Jane Roe The minister said ...                    (an agency's slash credit)
//
// creditLead finds where the text after the last of them starts.

// creditWords introduce a photo credit ("Photograph: Jane Roe/Agency").
var creditWords = map[string]bool{
	"photograph": true, "photographs": true, "photo": true, "photos": true, "picture": true,
	"pictures": true, "image": true, "images": true, "credit": true, "illustration": true,
}

// agencyTails are words that end a picture agency's name after the slash
// of a credit ("Jane Roe/Getty Images", "Jane Roe/Associated Press").
var agencyTails = map[string]bool{"Images": true, "images": true, "Press": true, "Pictures": true, "Photos": true}

// creditLead returns the index of the token where the text after the last
// photo credit in toks starts, or -1 when toks has no credit followed by a
// capitalised word.
func creditLead(toks []string) int {
	lead := -1
	if l := bracketCredits(toks); l > 0 {
		lead = l
	}
	if len(toks) > 1 && (slashAgency(toks[0]) || allCaps(toks[0]) && slashAgency(toks[1])) {
		// "REUTERS\/Jane Roe ...", "AP Photo\/Jane Roe ..."
		if l := namesEnd(toks, 0); l > 0 {
			lead = l
		}
	}
	for j := 0; j+1 < len(toks); j++ {
		if k := creditAt(toks, j); k > 0 && k > lead {
			if l := namesEnd(toks, k); l > 0 {
				lead = l
			}
		}
	}
	if lead < 0 || lead >= len(toks) || !capitalised(toks[lead]) && !isOpeningQuote(toks[lead]) {
		return -1
	}
	return lead
}

// namesEnd returns the index of the token after the credit's names that
// start at toks[k]: after the last slash-joined name and an agency word
// following it ("Jane Roe\/Getty Images"), or after the surname following
// an agency's slash credit ("REUTERS\/Jane Roe"); without a slash, before
// a sentence opener among the names, else after a lone abbreviation
// ("AP"), else after two names when a third follows ("Jane Roe Ministers
// said ..." → "Ministers"). It returns -1 when it cannot tell.
func namesEnd(toks []string, k int) int {
	end := k // the run of capitalised names toks[k:end]
	for end < len(toks) {
		t := toks[end]
		if capitalised(t) || strings.Contains(t, "/") ||
			end > k && nameLinks[t] && end+1 < len(toks) && capitalised(toks[end+1]) {
			end++
			continue
		}
		break
	}
	if end == k {
		return -1
	}
	for m := end - 1; m >= k; m-- {
		if !strings.Contains(toks[m], "/") {
			continue
		}
		l := m + 1
		// An agency word ("... /Getty Images") or, after an agency's own
		// credit, a surname ("REUTERS/Jane Roe"), when a capitalised lead
		// still follows.
		if l+1 < len(toks) && capitalised(toks[l+1]) &&
			(agencyTails[toks[l]] || slashAgency(toks[m]) && l < end && !openers[toks[l]]) {
			l++
		}
		return l
	}
	for m := k + 1; m < end; m++ {
		if openers[toks[m]] {
			return m
		}
	}
	if end > k+1 && allCaps(toks[k]) {
		return k + 1
	}
	if end >= k+3 {
		return k + 2
	}
	return -1
}

// nameLinks are lower-case words inside names ("Centers for Disease
// Control", "Marco di Lauro").
var nameLinks = map[string]bool{
	"of": true, "for": true, "de": true, "di": true, "da": true, "van": true, "von": true,
	"der": true, "du": true, "la": true, "le": true, "and": true, "&": true,
}

// bracketCredits returns the index of the token after the bracketed
// credits that open toks ("-LRB- AP Photo\/Jane Roe -RRB- -LRB- Jane Roe -
// AP -RRB-"), or -1.
func bracketCredits(toks []string) int {
	i, lead := 0, -1
	for i < len(toks) && isOpen(toks[i]) {
		j := i + 1
		for j < len(toks) && !isClose(toks[j]) && j-i <= 12 {
			j++
		}
		if j >= len(toks) || !isClose(toks[j]) || !creditInside(toks[i+1:j]) {
			break
		}
		i = j + 1
		lead = i
	}
	return lead
}

// creditInside: a bracket's tokens read as a credit — a credit word, a
// slash credit, or a name followed by a dash and an abbreviation ("Jane
// Roe - AP").
func creditInside(in []string) bool {
	for _, t := range in {
		if creditWords[strings.ToLower(t)] || strings.Contains(t, "/") && capitalised(t) {
			return true
		}
	}
	n := len(in)
	return n >= 3 && isDash(in[n-2]) && allCaps(in[n-1])
}

// slashAgency: the token is a credit that starts with an agency in
// capitals ("REUTERS\/Jane", "AFP\/Getty", "AP Photo\/Jane" has it in its
// second token).
func slashAgency(t string) bool {
	i := strings.IndexAny(t, `\/`)
	if i <= 0 {
		return false
	}
	return allCaps(t[:i]) || creditWords[strings.ToLower(t[:i])]
}

// creditAt returns the index of the token after a credit word and its
// colon at toks[j] ("Photograph :" or "Photograph:"), or -1.
func creditAt(toks []string, j int) int {
	w := toks[j]
	k := j + 1
	if k < len(toks) && toks[k] == ":" {
		k++
	} else if strings.HasSuffix(w, ":") {
		w = w[:len(w)-1]
	} else {
		return -1
	}
	if !creditWords[strings.ToLower(w)] || k >= len(toks) {
		return -1
	}
	return k
}

// HasCredit reports whether s holds a photo credit after which a glued
// lead may start (see LeadStart).
func HasCredit(s string) bool {
	if !strings.ContainsAny(s, ":/") {
		return false
	}
	return creditLead(strings.Fields(s)) > 0
}

// allCaps: the token is an abbreviation of two or more capitals ("AP").
func allCaps(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

func isOpeningQuote(t string) bool { return t == "``" || t == "\u201c" || t == `"` }
