package quote

import "strings"

// mediumNouns name the occasion or channel of a saying ("said in a
// statement", "wrote in a letter"): a phrase headed by one tells how the
// words were said, not what.
var mediumNouns = map[string]bool{
	"statement": true, "statements": true, "interview": true, "interviews": true, "letter": true,
	"speech": true, "post": true, "tweet": true, "tweets": true, "email": true, "memo": true,
	"release": true, "video": true, "column": true, "remarks": true, "briefing": true,
	"conference": true, "hearing": true, "debate": true, "rally": true, "filing": true,
	"broadcast": true, "podcast": true, "report": true, "message": true, "appearance": true,
}

// pastPrepPhrase returns where a bare reported clause starts after a short
// prepositional phrase of time or medium that opens right after the cue,
// with no "that" ("said on Tuesday the ferry would resume", "said in a
// statement he had resigned", "wrote on Twitter they were ready"): the
// phrase tells when or how the words were said and is no part of them.
// The phrase opens on "on", "in", "at" or "during" and holds a time word,
// a month, a figure, a capitalised name or a noun of medium
// ([mediumNouns]), and no verb, "to" or -ing form. The clause opens after
// the phrase's noun on a subject pronoun before a finite verb, or on a
// determiner or a capitalised word with a finite verb a few words on.
// After "that" the phrase is part of the clause and k is kept; k is also
// returned when no such clause follows the phrase at k.
func (x *Extractor) pastPrepPhrase(k, hi int) int {
	d := &x.d
	if k <= 0 || k+2 >= hi || d.toks[k].kind != tWord || d.low[k-1] == "that" {
		return k
	}
	switch d.low[k] {
	case "on", "in", "during":
	case "at":
		if w := d.low[k+1]; w == "least" || w == "most" || w == "best" || w == "first" {
			return k // "at least seven of ..." opens the clause
		}
	default:
		return k
	}
	marked := false // the phrase holds a time, a name or a medium
	for j := k + 1; j < hi && j <= k+7; j++ {
		t := d.toks[j]
		w := d.low[j]
		if t.kind != tWord || d.inQuote[j] != 0 || w == "that" || w == "to" || x.lx.aux[w] || x.lx.clauseB[w] {
			return k
		}
		timeWord := x.lx.timeW[w] || monthNames[w] || isNumber(w)
		if marked && j >= k+2 && !x.isDet(j-1) && !afterPrep[d.low[j-1]] && !introPreps[d.low[j-1]] && !(timeWord && (t.is(fCap) || j+1 < hi && x.lx.timeW[d.low[j+1]])) {
			switch {
			case x.isPronounSubject(j) && w != "it" && w != "who" && j+1 < hi && d.toks[j+1].kind == tWord && x.finiteLike(j+1):
				return j // "said on Friday he met ..."
			case (x.lx.det[w] || t.is(fCap) && !d.toks[j-1].is(fCap)) && x.finiteAhead(j+1):
				return j // "said in a statement the ferry was safe"
			}
		}
		if x.isPronounSubject(j) || x.verb(j) != vNone && !t.is(fCap) && !mediumNouns[w] || strings.HasSuffix(w, "ing") && t.is(fLower) {
			return k
		}
		if timeWord || mediumNouns[w] || t.is(fCap) {
			marked = true
		}
	}
	return k
}

// holdsComma reports whether a comma or a dash (an apposition's mark)
// outside quotations lies in tokens [i, j).
func (x *Extractor) holdsComma(i, j int) bool {
	d := &x.d
	for k := max(i, 0); k < j && k < len(d.toks); k++ {
		if (d.isPunct(k, ",—–") || d.isPunct(k, "--") && d.str(k) == "--") && d.inQuote[k] == 0 {
			return true
		}
	}
	return false
}

// interruptComma returns the comma that closes a cue ending before token
// ve when the cue may interrupt its clause: the token at ve itself, or
// the comma after a short phrase of time ("he said on Monday, ...");
// -1 otherwise.
func (x *Extractor) interruptComma(ve, hi int) int {
	d := &x.d
	if ve >= hi {
		return -1
	}
	if d.isPunct(ve, ",") {
		return ve
	}
	for p := ve + 1; p < hi && p <= ve+6; p++ {
		if d.toks[p].kind != tWord {
			if d.isPunct(p, ",") && x.timeTail(ve, p) {
				return p
			}
			return -1
		}
	}
	return -1
}

// asOpener reports whether token i is an "as" opening the sentence part
// that starts at lo, alone or after a conjunction ("As Smith put it,",
// "But as the report noted,"): a cue in that clause reports the main
// clause after its comma.
func (x *Extractor) asOpener(i, lo int) bool {
	d := &x.d
	if i < lo || d.toks[i].kind != tWord || d.low[i] != "as" {
		return false
	}
	return i == lo || i == lo+1 && clauseConj[d.low[lo]]
}

// joinedReport reports whether the conjunction at token i, with no comma
// before it, joins a second speaker's report to a reported clause ("said
// the ferry was safe and Jones said it was not"): a subject and a speech
// verb follow, the subject opening on a capitalised word, a determiner, a
// subject pronoun or a pronoun of quantity. A name or a pronoun right
// before the conjunction makes it a coordinated subject instead ("Collins
// and Rep. Roe suggested", "he and Roe promised"), and so does a
// lower-case modifier after it ("current and former officials said").
func (x *Extractor) joinedReport(i, hi int) bool {
	d := &x.d
	if i+1 >= hi || x.capWord(i-1) || x.isPronounSubject(i-1) || objectPronoun[d.low[i-1]] {
		return false
	}
	j := i + 1
	if d.toks[j].kind != tWord || !(d.toks[j].is(fCap) || x.isDet(j) || x.isPronounSubject(j) || standalone[d.low[j]]) {
		return false
	}
	if _, _, ok := x.absoluteReport(j, hi, false); ok {
		// "Ryan saying he was "very encouraged" and Trump calling it
		// ...": a second absolute phrase with its own report
		return true
	}
	return x.reportStarts(j, hi)
}
