package quote

import "strings"

// anonPerson is a person the text mentions without a name: "a woman" opening
// a sentence, or a speaker phrase such as "the protester" that resolved to
// no named person. A later "he" or "she" is more likely that person than
// someone named before.
type anonPerson struct {
	at     int  // first token of the phrase
	to     int  // end of the phrase that describes the person
	gender byte // 'm', 'f' or 0 when the noun does not tell
}

// anonPeople appends to dst the unnamed people opening a clause: an
// indefinite determiner ("a", "an", "one", "another") or, for the nouns that
// name no office, a definite one ("the woman"), up to three modifiers and a
// singular person noun ("A woman in Tripoli says", "At the hospital, a
// woman who ...", "One witness told"), not followed by a name in apposition
// ("A spokesman, Jane Roe, said").
func (x *Extractor) anonPeople(dst []anonPerson) []anonPerson {
	d := &x.d
	for s := 0; s+1 < len(d.sentStart); s++ {
		lo := d.sentStart[s]
		if lo >= len(d.toks) {
			continue
		}
		i := x.clauseOpening(lo)
		if i >= len(d.toks) || d.inQuote[i] != 0 || d.toks[i].kind != tWord {
			continue
		}
		det := d.low[i]
		indefinite := det == "a" || det == "an" || det == "one" || det == "another" || possessiveDets[det]
		if !indefinite && !definite[det] {
			continue
		}
		h := i + 1
		for h < len(d.toks) && h < i+4 && d.sent[h] == d.sent[i] && d.inQuote[h] == 0 && !x.personNoun(h) &&
			(x.modifier(h) && !x.capWord(h) || indefinite && x.capWord(h) && !x.isTitle(h) && !x.namedInSentence(h)) {
			h++ // "One Louisiana resident", "a BP spokeswoman"
		}
		if h >= len(d.toks) || d.sent[h] != d.sent[i] || !x.personNoun(h) || x.capWord(h) {
			continue
		}
		w := d.low[h]
		if !indefinite && !anonNouns[w] {
			continue // "The president said": an office, resolved by its role
		}
		if to := x.placeAfter(h + 1); to+1 < len(d.toks) && d.isPunct(to, ",") && x.capWord(to+1) {
			continue // "A spokesman, Jane Roe, said", "A spokesman in London, Jan Roe, said"
		}
		if x.namedLater(h) || x.nameApposition(i) {
			continue // "One man who stayed is Omar Hadi", "... was Omar Hadi, a driver"
		}
		dst = append(dst, anonPerson{at: i, to: x.placeAfter(h + 1), gender: nounGender[w]})
	}
	return dst
}

// namedInSentence reports whether a name of two capitalised words or more
// stands between commas after token h in its sentence ("A UK-based activist
// who ..., Mahmoud Hamad, says"): the phrase before it is then named.
func (x *Extractor) namedInSentence(h int) bool {
	d := &x.d
	for k := h + 1; k+2 < len(d.toks) && d.sent[k] == d.sent[h]; k++ {
		if !d.isPunct(k, ",") || !x.capWord(k+1) || !x.capWord(k+2) {
			continue
		}
		j := k + 3
		for j < len(d.toks) && x.capWord(j) {
			j++
		}
		if j < len(d.toks) && d.isPunct(j, ",") {
			return true
		}
	}
	return false
}

// possessiveDets introduce a person by a relation, unnamed: "His wife
// stepped in", "Their lawyer said".
var possessiveDets = map[string]bool{"his": true, "her": true, "their": true, "our": true, "my": true}

// introducedUnnamed returns where the most recent earlier phrase headed
// by the noun head, before token at, introduced someone without a name
// ("A senior House aide said ... The aide also noted"): an indefinite
// determiner before it (maybe with modifiers) and no name in apposition
// after it; -1 when it did not.
func (x *Extractor) introducedUnnamed(at int, head string) int {
	d := &x.d
	for k := at - 1; k > 0; k-- {
		if d.low[k] != head || d.inQuote[k] != 0 || d.toks[k].kind != tWord {
			continue
		}
		if k+2 < len(d.toks) && d.isPunct(k+1, ",") && x.capWord(k+2) {
			return -1 // "a spokesman, Jane Roe,"
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			switch w := d.low[j]; {
			case w == "a" || w == "an" || w == "one" || w == "another":
				if x.describesName(j) {
					return -1 // "Brandt, a former soldier,": described with a name
				}
				return k
			case d.toks[j].kind != tWord || d.inQuote[j] != 0 || !x.capWord(j) && !x.modifier(j) && !x.isRole(j):
				return -1
			}
		}
		return -1
	}
	return -1
}

// description returns the phrase that introduced the unnamed person u,
// its determiner in lower case when it opened a sentence ("the woman",
// not "The woman"), or "" when the phrase opens on no determiner.
func (x *Extractor) description(u anonPerson) string {
	d := &x.d
	if d.toks[u.at].kind != tWord || !x.isDet(u.at) && !possessiveDets[d.low[u.at]] && d.low[u.at] != "one" && d.low[u.at] != "another" {
		return "" // "BP senior vice president": a title, maybe of someone named later
	}
	for k := u.at + 1; k < u.to && k < len(d.toks); k++ {
		if x.isDet(k) || d.low[u.at] != "the" && k == u.at+1 && (strings.HasSuffix(d.low[k], "ed") || strings.HasSuffix(d.low[k], "es")) {
			return "" // "that includes a soldier", "this caused his father": no phrase
		}
	}
	s := x.text(u.at, u.to)
	if w := d.str(u.at); w != d.low[u.at] && len(w) == len(d.low[u.at]) {
		s = d.low[u.at] + s[len(w):]
	}
	return s
}

// placeAfter returns the end of a phrase of place or origin starting at
// token k ("in Tripoli", "of Misrata", "from the town of Fennick" is not
// one): "in", "from" or "of" and one to three capitalised words, else k.
func (x *Extractor) placeAfter(k int) int {
	d := &x.d
	if k+1 >= len(d.toks) || d.toks[k].kind != tWord || d.inQuote[k] != 0 {
		return k
	}
	switch d.low[k] {
	case "in", "from", "of":
	default:
		return k
	}
	j := k + 1
	for j < len(d.toks) && j < k+4 && x.capWord(j) && d.inQuote[j] == 0 && d.sent[j] == d.sent[k] {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// unnamedHead reports whether the speaker phrase in tokens [from, to),
// which resolved to no name, designates one person by a noun ("the
// protester", "a senior official"), and that person's gender when the noun
// tells it.
func (x *Extractor) unnamedHead(from, to int) (byte, bool) {
	h := to - 1
	if h < from || x.capWord(h) || !x.personNoun(h) {
		return 0, false
	}
	return nounGender[x.d.low[h]], true
}

// personNoun reports whether token i is a singular noun designating one
// person ("woman", "protester", "spokesman", "official").
func (x *Extractor) personNoun(i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	w := d.low[i]
	if anonNouns[w] {
		return true
	}
	if !x.personRole(i) || groupNouns[w] || x.lx.nonPerson[w] || bodyNouns[w] {
		return false
	}
	return !(len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's')
}

// unnamedNearer returns the unnamed person of a gender compatible with g
// mentioned last before token at, when there is one in its sentence or the two before,
// with no named sentence subject of that gender between them (named
// people are given by their first tokens and genders): "A woman in
// Tripoli says she ..." is about the woman, not about the last person
// named.
func (x *Extractor) unnamedNearer(at int, g byte, people []person, info map[string]*entityInfo) (anonPerson, bool) {
	d := &x.d
	u := -1
	for k := len(x.anon) - 1; k >= 0; k-- {
		a := x.anon[k]
		if a.at >= at {
			continue
		}
		if d.sent[at]-d.sent[a.at] > 2 {
			break
		}
		if a.gender == 0 || a.gender == g {
			u = k
			break
		}
	}
	if u < 0 {
		return anonPerson{}, false
	}
	for _, p := range people {
		if p.from <= x.anon[u].at || p.from >= at || !p.subject {
			continue
		}
		if ei := info[p.name]; ei == nil || ei.gender == 0 || ei.gender == g {
			return anonPerson{}, false
		}
	}
	return x.anon[u], true
}

// anonNouns are the nouns for people whom news writing leaves unnamed
// ("a woman", "the protester", "one witness"): a definite phrase they head
// points back at such a person, not at the last one named, unless a named
// person was given that role ("Jane Roe, a protester, ...").
var anonNouns = map[string]bool{
	"woman": true, "man": true, "girl": true, "boy": true, "mother": true, "father": true,
	"wife": true, "husband": true, "son": true, "daughter": true, "sister": true, "brother": true,
	"widow": true, "protester": true, "protestor": true, "demonstrator": true, "resident": true,
	"witness": true, "eyewitness": true, "source": true, "student": true, "teacher": true,
	"worker": true, "employee": true, "doctor": true, "nurse": true, "soldier": true,
	"officer": true, "policeman": true, "policewoman": true, "veteran": true, "owner": true,
	"friend": true, "neighbor": true, "neighbour": true, "voter": true, "supporter": true,
	"activist": true, "survivor": true, "victim": true, "refugee": true, "fighter": true,
	"rebel": true, "gunman": true, "passenger": true, "driver": true, "farmer": true,
	"fisherman": true, "shopkeeper": true, "customer": true, "patient": true, "villager": true,
	"relative": true, "official": true, "insider": true, "observer": true,
}

// nounGender is the gender a person noun tells.
var nounGender = map[string]byte{
	"woman": 'f', "girl": 'f', "mother": 'f', "wife": 'f', "daughter": 'f', "sister": 'f',
	"widow": 'f', "spokeswoman": 'f', "chairwoman": 'f', "businesswoman": 'f',
	"congresswoman": 'f', "policewoman": 'f', "queen": 'f', "princess": 'f', "actress": 'f',
	"man": 'm', "boy": 'm', "father": 'm', "husband": 'm', "son": 'm', "brother": 'm',
	"spokesman": 'm', "chairman": 'm', "businessman": 'm', "congressman": 'm',
	"policeman": 'm', "king": 'm', "prince": 'm', "fisherman": 'm', "gunman": 'm',
}
