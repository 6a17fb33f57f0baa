package quote

import "strings"

// openingAppositive reports whether the name in tokens [from, to) stands in
// apposition to the noun phrase opening its sentence ("His deputy, Maria
// Lenz, disagreed", "The mayor's wife, Ana Roe, said"): it is then the
// sentence's subject. The opening phrase has at most five words, starts
// with a determiner or a possessive, ends in a lower-case noun and holds
// no verb, auxiliary or clause word.
func (x *Extractor) openingAppositive(from, to int) bool {
	d := &x.d
	lo := d.sentBegin(from)
	if from-lo < 3 || from-lo > 6 || to >= len(d.toks) || !d.isPunct(from-1, ",") || !d.isPunct(to, ",") {
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
