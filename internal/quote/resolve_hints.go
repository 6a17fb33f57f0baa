package quote

import (
	"strings"

	"github.com/dateline-news/dateline/internal/entity"
)

// openingAppositive reports whether the name in tokens [from, to) stands in
// apposition to the noun phrase opening its sentence ("His deputy, Maria
// Lenz, disagreed", "The mayor's wife, Ana Roe, said"): it is then the
// sentence's subject. The opening phrase has at most eight words, starts
// with a determiner or a possessive, ends in a lower-case noun and holds
// no verb, auxiliary or clause word.
func (x *Extractor) openingAppositive(from, to int) bool {
	d := &x.d
	lo := d.sentBegin(from)
	if from-lo < 3 || from-lo > 9 || to >= len(d.toks) || !d.isPunct(from-1, ",") || !d.isPunct(to, ",") {
		return false
	}
	if !d.toks[from-2].is(fLower) {
		return false
	}
	owned := x.isDet(lo)
	for k := lo; k < from-2 && !owned; k++ {
		owned = isPossessive(d.low[k]) // "Ivo Roe's wife, Mila Roe,"
	}
	if !owned {
		return false
	}
	for k := lo; k < from-1; k++ {
		w := d.low[k]
		if d.toks[k].kind != tWord || d.inQuote[k] != 0 || x.verb(k) != vNone || x.lx.aux[w] || x.lx.past[w] ||
			len(w) >= 4 && strings.HasSuffix(w, "ed") || k > lo && x.lx.clauseB[w] {
			return false
		}
	}
	return true
}

// locative reports whether the name starting at token from follows a
// preposition of place ("in Grand Isle", "near Port Varn"): a name so
// placed is a place more often than a person.
func (x *Extractor) locative(from int) bool {
	return from > 0 && x.d.toks[from-1].kind == tWord && locativePreps[x.d.low[from-1]]
}

// afterOf reports whether the name starting at token from follows "of"
// ("Residents of Grand Isle fled"): it then modifies the noun before it
// and is not the sentence's subject.
func (x *Extractor) afterOf(from int) bool {
	return from > 0 && x.d.low[from-1] == "of"
}

// locativePreps are the prepositions that put a place after them.
var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "into": true, "across": true,
	"outside": true, "inside": true, "around": true, "throughout": true, "off": true, "along": true,
	"toward": true, "towards": true}

// acronym reports whether the name is one word written in capitals
// ("CNN", "NATO"): a body, never "he" or "she".
func acronym(name string) bool {
	for _, r := range name {
		if r == ' ' {
			return false
		}
	}
	return allCapitals(name)
}

// personRole reports whether token i is a role word for resolving a
// role phrase to a person ("the spokesman", "the coach"): a word of
// lexicon/roles.txt or one of speakerRoles. The extra words serve
// resolution only and never change which phrases are found as speakers.
func (x *Extractor) personRole(i int) bool {
	return x.isRole(i) || x.d.toks[i].kind == tWord && speakerRoles[x.d.low[i]]
}

// speakerRoles are occupations that name one person in a role phrase
// ("the coach said") beyond those of lexicon/roles.txt.
var speakerRoles = map[string]bool{"coach": true, "trainer": true, "captain": true, "pilot": true,
	"driver": true, "nurse": true, "banker": true, "farmer": true, "fisherman": true, "shopkeeper": true,
	"engineer": true, "detective": true, "colonel": true, "singer": true, "actor": true, "actress": true,
	"player": true, "striker": true, "referee": true, "chef": true, "priest": true, "imam": true,
	"bishop": true, "rabbi": true, "surgeon": true, "physician": true}

// bodyNouns name a body beyond those of the lexicon's non-person list:
// "the bank said" is the bank named before ("Harbor Bank"), never a person.
var bodyNouns = map[string]bool{"bank": true, "banks": true, "fund": true, "lender": true, "lenders": true,
	"insurer": true, "insurers": true, "regulator": true, "regulators": true, "broadcaster": true,
	"carrier": true, "club": true, "clubs": true, "hospital": true, "hospitals": true, "school": true,
	"schools": true}

// titleQualifier reports whether a capitalised run ending before token j
// qualifies the title at j ("French Defense Minister Jane Roe", "Senate
// Majority Leader"): it names an office, not a person.
func (x *Extractor) titleQualifier(j int) bool {
	return j < len(x.d.toks) && x.capWord(j) && x.isTitle(j) && x.d.inQuote[j] == 0
}

// headNoun reports whether lower-case token j heads a noun phrase that the
// capitalised word before it modifies ("Opposition officials", "Labour
// voters", "the Ministry's report"): a role, a group or a body.
func (x *Extractor) headNoun(j int) bool {
	w := x.d.low[j]
	return x.personRole(j) || groupNouns[w] || bodyNouns[w] || x.lx.nonPerson[w]
}

// writtenLower reports whether the capitalised word at token i, opening
// its sentence, is written in lower case elsewhere in the text
// ("Violence flared ..." beside "the violence"): a common word, no name.
func (x *Extractor) writtenLower(i int) bool {
	d := &x.d
	if !x.lowerReady {
		if x.lowerWords == nil {
			x.lowerWords = map[string]bool{}
		}
		clear(x.lowerWords)
		for k := range d.toks {
			if d.toks[k].kind == tWord && d.toks[k].is(fLower) {
				x.lowerWords[d.low[k]] = true
			}
		}
		x.lowerReady = true
	}
	return !d.toks[i].is(fLower) && x.lowerWords[d.low[i]]
}

// onlyOnce reports whether the capitalised word at token i, opening its
// sentence, occurs nowhere else in the text and no verb follows it. News
// introduces a person by their full name and then uses the surname; a
// capitalised word written once, before a word that is no verb ("Nearly
// all are doomed", "Soccer matches were cancelled", "Heavy gunfire was
// heard"), is a common word opening the sentence, unless it is a given
// name. A name used once before its verb ("Putin spoke") stays a name.
func (x *Extractor) onlyOnce(i int) bool {
	d := &x.d
	if i+1 >= len(d.toks) || entity.GivenName(d.str(i)) != 0 {
		return false
	}
	w := d.low[i+1]
	if x.lx.past[w] || x.lx.aux[w] || x.lx.verbs[w] != 0 || x.lx.lemma[w] != "" || strings.HasSuffix(w, "ed") {
		return false
	}
	// Few words open a sentence this way: a scan is cheaper than
	// counting every capitalised word of the text.
	s := d.str(i)
	for k := range d.toks {
		if k != i && d.toks[k].kind == tWord && d.toks[k].is(fCap) && d.str(k) == s {
			return false
		}
	}
	return true
}

// describedAs records the description given right after the name ending
// before token to, in apposition ("Brandt, a former soldier,", "Brandt,
// 57, a retired welder,") or in an identity clause ("Kraus is the town's
// only doctor"): the lower-case noun heading it, whatever the word
// ("soldier", "welder"), and a party or nationality word in it ("Marrow,
// a Michigan Democrat,"). A definite phrase with that head ("the former
// soldier", "the Michigan Democrat") then names that person.
func (x *Extractor) describedAs(to int, ei *entityInfo) {
	d := &x.d
	n := len(d.toks)
	k := to
	identity := false
	switch {
	case k+3 < n && d.isPunct(k, ",") && isDigits(d.low[k+1]) && d.isPunct(k+2, ","):
		k += 3 // past an age: "Brandt, 57, a retired welder"
	case k+1 < n && d.isPunct(k, ","):
		k++
	case k+1 < n && d.toks[k].kind == tWord && (d.low[k] == "is" || d.low[k] == "was"):
		k++
		identity = true
	default:
		return
	}
	if party := partyLabel(d.str(k)); party != "" && k > to {
		ei.roles[party] = true // "Marrow, D-Mich.,"
		return
	}
	if !x.isDet(k) || d.inQuote[k] != 0 {
		return
	}
	head, label := -1, ""
	for j := k + 1; j < n && j <= k+6 && d.sent[j] == d.sent[k] && d.inQuote[j] == 0 && d.toks[j].kind == tWord; j++ {
		if !x.modifier(j) && !x.capWord(j) {
			break
		}
		if identity && (rankWords[d.low[j]] || strings.HasSuffix(d.low[j], "est")) {
			return // "Clinton is the most senior official": a rank, no description
		}
		if x.capWord(j) && (x.lx.party[d.low[j]] || x.lx.demonym[d.low[j]]) {
			label = d.low[j] // "a Michigan Democrat", "an American aid worker"
		}
		head = j
		if j+1 < n && (d.low[j+1] == "'s" || d.low[j+1] == "’s") {
			head = -1 // "the country 's president": a possessor, no head
			j++
		}
	}
	if head < 0 {
		return
	}
	w := d.low[head]
	if label == w {
		ei.roles[w] = true // "the Republican from Ohio"
		return
	}
	if !d.toks[head].is(fLower) || genericPerson[w] || x.lx.nonPerson[w] || bodyNouns[w] || groupNouns[w] || isPossessive(w) || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return
	}
	for i := 1; i+4 <= len(w); i++ {
		if x.lx.nonPerson[w[i:]] {
			return // "newsletter", "headquarters"
		}
	}
	ei.roles[w] = true
	if label != "" && (x.personNoun(head) || agentNoun(w)) {
		ei.roles[label] = true // of a person: "the Ghanaian diplomat", not "the Syrian Observatory"
	}
}

// rankWords put a person in a rank rather than describe them ("is the
// first woman", "was the last official").
var rankWords = map[string]bool{"most": true, "first": true, "last": true, "latest": true, "only": true, "second": true}

// genericPerson are nouns that describe no one in particular: "the man"
// after "Smith, a man who ..." is too often someone else.
var genericPerson = map[string]bool{"man": true, "woman": true, "person": true, "guy": true, "one": true, "people": true}

// describesName reports whether the determiner at token j opens an
// apposition to a name ("Brandt, a former soldier", "Brandt, 57, a
// welder"): a comma before it follows a capitalised word that is no day,
// month or time word, in a run after no preposition of place and no
// introductory word ("In Rome, a spokesman said" introduces someone).
func (x *Extractor) describesName(j int) bool {
	d := &x.d
	if j < 2 || !d.isPunct(j-1, ",") {
		return false
	}
	k := j - 2
	if k >= 2 && isDigits(d.low[k]) && d.isPunct(k-1, ",") {
		k -= 2
	}
	if !x.capWord(k) || x.lx.timeW[d.low[k]] || monthNames[d.low[k]] || d.inQuote[k] != 0 {
		return false
	}
	for k > 0 && x.capWord(k-1) && d.inQuote[k-1] == 0 {
		k--
	}
	return !x.locative(k) && !x.afterOf(k) && !introWords[d.low[k]] // not "In Rome, a spokesman"
}

// describedHead returns the person whose description ([Extractor.describedAs])
// was headed by the word ending the definite phrase in tokens [from, to)
// when that word is no role of the lexicon but looks like a noun for a
// person ("the former soldier", "the welder", "the psychiatrist"), else
// "": such a phrase names someone so described or no one.
func (x *Extractor) describedHead(from, to int, people []person, info map[string]*entityInfo) string {
	d := &x.d
	if to-from < 2 || !x.isDet(from) || !definite[d.low[from]] || !d.toks[to-1].is(fLower) || x.personRole(to-1) || !agentNoun(d.low[to-1]) {
		return ""
	}
	return x.withRole(from, people, info, d.low[to-1])
}

// copulaNamed reports whether the name starting at token from completes an
// identity clause about someone first described without a name ("One man
// who stayed is Omar Hadi", "Among those waiting was Omar Hadi"): it is
// then that clause's subject, and the unnamed phrase is no one apart.
func (x *Extractor) copulaNamed(from int) bool {
	d := &x.d
	if from < 2 || d.toks[from-1].kind != tWord || d.low[from-1] != "is" && d.low[from-1] != "was" {
		return false
	}
	lo := d.sentBegin(from)
	switch d.low[lo] {
	case "one", "a", "an", "another", "among":
		return true
	}
	return false
}

// namedLater reports whether the unnamed phrase whose head is token h is
// named in its own sentence by an identity clause ("One man who believes
// the war is here is Omar Hadi"): a copula followed by a name.
func (x *Extractor) namedLater(h int) bool {
	d := &x.d
	for k := h + 1; k+1 < len(d.toks) && d.sent[k] == d.sent[h]; k++ {
		if d.inQuote[k] != 0 || d.toks[k].kind != tWord {
			continue
		}
		if (d.low[k] == "is" || d.low[k] == "was") && x.capWord(k+1) && !x.isTitle(k+1) && d.inQuote[k+1] == 0 && x.copulaNamed(k+1) {
			return true
		}
	}
	return false
}

// nameApposition reports whether the phrase opening at token i follows a
// comma closing a name of two words or more that no preposition of place
// or "of" introduces ("Among those waiting was Omar Hadi, a taxi driver"):
// it describes that person and is no one apart.
func (x *Extractor) nameApposition(i int) bool {
	d := &x.d
	if i < 3 || !d.isPunct(i-1, ",") || !x.capWord(i-2) || d.inQuote[i-2] != 0 {
		return false
	}
	k := i - 2
	for k > 0 && x.capWord(k-1) && d.inQuote[k-1] == 0 && d.sent[k-1] == d.sent[i] {
		k--
	}
	return i-1-k >= 2 && !x.locative(k) && !x.afterOf(k)
}

// surnameBefore reports whether the capitalised word at token i ended a
// name of two words or more earlier in the text ("Hugo Brandt ...
// Brandt"): used alone, it is that person's surname.
func (x *Extractor) surnameBefore(i int) bool {
	d := &x.d
	for k := 1; k < i; k++ {
		if d.low[k] == d.low[i] && d.inQuote[k] == 0 && x.capWord(k) && x.capWord(k-1) && d.inQuote[k-1] == 0 && !x.isTitle(k-1) {
			return true
		}
	}
	return false
}

// agentNoun reports whether w ends like a noun for a person by what they
// do or are ("soldier", "welder", "translator", "psychiatrist",
// "historian", "attendant", "trustee"), unlike "aid", "law" or "month".
func agentNoun(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "eer", "ive", "ic", "vet", "ess"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// partyLabel returns the party a newswire label names ("D-Mich." gives
// "democrat", "R-Ky." "republican"), or "".
func partyLabel(w string) string {
	if len(w) < 4 || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return ""
	}
	switch w[0] {
	case 'D':
		return "democrat"
	case 'R':
		return "republican"
	}
	return ""
}
