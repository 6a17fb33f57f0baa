package quote

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/internal/entity"
)

// person is one name mention found in the text.
type person struct {
	from, to int    // tokens of the name (titles excluded)
	name     string // canonical name
	subject  bool   // opens its sentence (after an introductory phrase)
	speaker  bool   // the speaker mention of an attribution
}

// entityInfo gathers what the text says about one canonical entity.
type entityInfo struct {
	roles  map[string]bool // title and role words used with its name
	gender byte            // 'm', 'f' or 0
	// genderTried is set once the name's given name was looked up: the
	// answer does not change.
	genderTried bool
	titled      bool   // named after a title ("President", "Sen.")
	place       bool   // named after a preposition of place ("in Grand Isle")
	age         string // age given with the name ("Smith, 54,"), digits
}

// resolve sets Speaker on every attribution: names map to the fullest
// compatible name in the text; pronouns and role phrases ("the
// spokesman") to the most recent compatible person before them.
func (x *Extractor) resolve() {
	if len(x.out) == 0 {
		return
	}
	var res entity.Resolver
	x.mentionEnds = x.mentionEnds[:0]
	for _, a := range x.out {
		if a.Mention.Valid() {
			x.mentionEnds = append(x.mentionEnds, a.Mention.End)
		}
	}
	runs := x.nameRuns()
	// canon maps each run's text to its canonical name; a text recorded
	// once need not be recorded or resolved again.
	canon := make(map[string]string, len(runs))
	for _, r := range runs {
		t := x.text(r.from, r.to)
		if _, seen := canon[t]; !seen {
			canon[t] = ""
			res.Add(t)
		}
	}
	for t := range canon {
		canon[t] = res.Canonical(t)
	}
	people := make([]person, 0, len(runs))
	info := map[string]*entityInfo{}
	for _, r := range runs {
		name := canon[x.text(r.from, r.to)]
		if r.to-r.from == 1 && !x.isSpeakerToken(r.from) && !strings.Contains(name, " ") && !x.surnameLike(r.from) && !x.afterHonorific(r.from) {
			// A lone word opening its sentence, named nowhere in full,
			// that cannot be a surname: "Libyans fled", "NATO struck",
			// "Seventy died", "French officials ...". After an
			// honorific it is a surname whatever its ending ("Mrs.
			// Bakos", "Mr. Jones").
			continue
		}
		// A subject opens its sentence, or is a quotation's speaker
		// (""...," Governor Jane Roe told reporters").
		// A name in apposition to the sentence's opening phrase is its
		// subject too ("His deputy, Maria Lenz, disagreed").
		// So is a name completing an identity clause ("One man who
		// stayed is Omar Hadi").
		subject := x.opensClause(r.from) || x.isSpeakerToken(r.to-1) || x.openingAppositive(r.from, r.to) || x.copulaNamed(r.from)
		p := person{from: r.from, to: r.to, name: name, subject: subject, speaker: x.isSpeakerToken(r.to - 1)}
		people = append(people, p)
		ei := info[name]
		if ei == nil {
			ei = &entityInfo{roles: map[string]bool{}}
			info[name] = ei
		}
		x.collectRoles(r.from, r.to, ei)
		x.describedAs(r.to, ei)
		ei.place = ei.place || x.locative(r.from)
		if ei.gender == 0 && !ei.genderTried {
			ei.gender = entity.Gender(name) // "Angela Merkel"
			ei.genderTried = true
		}
	}
	// Names and role phrases first, then pronouns: a pronoun looks back
	// at the people left unnamed ("a woman", "the protester said").
	x.anon = x.anonPeople(x.anon[:0])
	for pass := range 2 {
		for i := range x.out {
			a := &x.out[i]
			if !a.Mention.Valid() {
				continue
			}
			from, to := x.tokenRange(a.Mention)
			if from < 0 || (to-from == 1 && x.isPronounSubject(from)) != (pass == 1) {
				continue
			}
			a.Speaker, a.Unnamed = x.resolveMention(from, to, people, info, &res)
			if pass == 0 && a.Speaker == "" {
				if g, ok := x.unnamedHead(from, to); ok && !slices.ContainsFunc(x.anon, func(p anonPerson) bool { return p.at == from }) {
					x.anon = append(x.anon, anonPerson{at: from, to: to, gender: g})
				}
			}
		}
		if pass == 0 {
			slices.SortFunc(x.anon, func(a, b anonPerson) int { return a.at - b.at })
		}
	}
}

// opensClause reports whether the name starting at token i is its
// sentence's subject: it opens the sentence or follows an introductory
// phrase closed by a comma ("On Tuesday, Smith addressed ..."), and it
// stands in no subordinate clause, after no preposition of place and
// after no "of".
func (x *Extractor) opensClause(i int) bool {
	d := &x.d
	if x.locative(i) || x.afterOf(i) {
		return false
	}
	if i <= d.sentBegin(i)+2 {
		return !x.openedBySubordinate(i)
	}
	// Past titles and their qualifiers: "French Defense Minister Jane
	// Roe", "Government spokesman Jan Roe".
	lo := x.clauseOpening(i)
	if i-lo > 6 {
		return false
	}
	for k := lo; k < i; k++ {
		if d.inQuote[k] != 0 || !(x.capWord(k) || x.isTitle(k) || x.personRole(k) || x.modifier(k) && d.toks[k].kind == tWord) {
			return false
		}
	}
	return true
}

// clauseOpening returns where the main clause of the sentence holding
// token i starts: after a leading conjunction and an introductory phrase
// opened by an introductory word and closed by a comma within eight
// tokens ("On Tuesday, ...", "At the hospital, ...", "When Roe arrived,
// ..."), else the sentence's first word.
func (x *Extractor) clauseOpening(i int) int {
	d := &x.d
	lo := d.sentBegin(i)
	for lo < len(d.toks) && (d.toks[lo].kind == tOpenQ || d.isPunct(lo, "—–-(")) {
		lo++
	}
	if lo < len(d.toks) && (d.low[lo] == "but" || d.low[lo] == "and" || d.low[lo] == "so") {
		lo++
	}
	if lo >= len(d.toks) || !introWords[d.low[lo]] {
		return lo
	}
	for k := lo + 1; k < len(d.toks) && k <= lo+8 && d.sent[k] == d.sent[lo]; k++ {
		if d.toks[k].kind == tOpenQ || d.isPunct(k, ".;:?!") {
			break
		}
		if d.isPunct(k, ",") {
			return k + 1
		}
	}
	return lo
}

// nameRuns returns the runs of capitalised name words that look like
// openedBySubordinate reports whether a word before token i in its
// sentence opens a subordinate or participle clause ("Asked whether Smith
// should stay, he said ...", "When Smith arrived, ..."): a name there is
// no subject of the sentence.
func (x *Extractor) openedBySubordinate(i int) bool {
	d := &x.d
	lo := d.sentBegin(i)
	for k := lo; k < i; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		w := d.low[k]
		if x.lx.clauseB[w] || w == "whether" || x.participle(k) || k == lo && (strings.HasSuffix(w, "ed") || x.pastForm(k)) {
			return true
		}
	}
	return false
}

// person names: two words or more, or one word after a title.
func (x *Extractor) nameRuns() []phrase {
	d := &x.d
	var out []phrase
	n := len(d.toks)
	for i := 0; i < n; i++ {
		if !x.capWord(i) || x.isTitle(i) || d.inQuote[i] != 0 {
			continue
		}
		if zoneWords[d.str(i)] {
			continue // a time stamp's zone before a name: "10.28 BST Jane Roe said"
		}
		if k := x.officeHolder(i, n); k > i {
			i = k // "Secretary of State Jane Roe": the name after the department
		} else if i > 0 && d.low[i-1] == "the" {
			if k := x.officeHolder(i-1, n); k > i {
				i = k // "Chancellor of the Exchequer Jane Roe"
			}
		}
		j := i
		for j < n && x.capWord(j) && !x.isTitle(j) && d.inQuote[j] == 0 && (j == i || !d.toks[j].is(fPara)) {
			j++
			if isPossessive(d.low[j-1]) {
				break
			}
			if k := x.particles(j); k > j {
				j = k // "Ursula von der Leyen"
			}
		}
		i = x.nameStart(i, j)
		if x.dateline(i, j) || x.place(i, j) || x.titleQualifier(j) || x.inAcronymOrg(i, j) {
			i = j - 1
			continue
		}
		titled := i > 0 && x.isTitle(i-1)
		// A single name opening its sentence before a lower-case word
		// ("Putin spoke"): a likely person when it is not a role.
		// (Not a gerund or a participle: "Keeping your hands clean is
		// ...", "Muzzled by the ministry, ...".)
		// So is a surname named in full before, opening its sentence
		// before an apposition ("Brandt, a former soldier, ...").
		lone := j-i == 1 && (i == d.sentBegin(i) || i == x.clauseOpening(i)) && j < n && (d.toks[j].is(fLower) || d.isPunct(j, ",") && x.isDet(j+1) && x.surnameBefore(i)) && !x.isRole(i) && !x.orgLike(i, j) &&
			!x.lx.timeW[d.low[i]] && !monthNames[d.low[i]] && !x.lx.adverb[d.low[i]] && !strings.HasSuffix(d.low[i], "ing") &&
			!(strings.HasSuffix(d.low[i], "ed") && (d.low[j] == "by" || d.isPunct(j, ","))) &&
			!x.lx.demonym[d.low[i]] && !quantSubject[d.low[i]] && !freeRelatives[d.low[i]] && !x.headNoun(j) && !x.writtenLower(i) && !x.onlyOnce(i)
		if j-i >= 2 && j-i <= 4 && !x.orgLike(i, j) || titled && j-i <= 3 {
			out = append(out, phrase{from: i, to: j, mFrom: i, mTo: j})
		} else if j-i == 1 && (lone || x.isSpeakerToken(i)) {
			out = append(out, phrase{from: i, to: j, mFrom: i, mTo: j})
		}
		i = j - 1
	}
	return out
}

// freeRelatives open a clause that names no one ("Whoever leads with
// force, ...").
var freeRelatives = map[string]bool{"whoever": true, "whatever": true, "whichever": true, "whomever": true}

// particles returns the end of the lower-case name particles starting at
// token i ("von der", "de la", "bin") when a capitalised name word follows
// them within the same sentence, else i: the particles join the words
// around them into one name ("Ursula von der Leyen", "Ali bin Rashed").
func (x *Extractor) particles(i int) int {
	d := &x.d
	k := i
	for k < len(d.toks) && k < i+2 && d.toks[k].kind == tWord && d.inQuote[k] == 0 && nameParticles[d.str(k)] == byte(k-i+1) {
		k++
	}
	if k == i || !x.capWord(k) || d.inQuote[k] != 0 || d.sent[k] != d.sent[i] || x.isTitle(k) {
		return i
	}
	return k
}

// nameParticles are the lower-case words inside a person's name between
// given and family names: 1 for a first particle, 2 for one that only
// follows another ("von der", "de la").
var nameParticles = map[string]byte{"von": 1, "van": 1, "de": 1, "del": 1, "della": 1, "di": 1, "da": 1,
	"du": 1, "dos": 1, "das": 1, "bin": 1, "ibn": 1, "al": 1, "el": 1, "ter": 1, "ten": 1,
	"der": 2, "den": 2, "la": 2, "los": 2, "las": 2}

// nameStart returns where the name in the capitalised run [i, j) starts:
// past what a page glues before a name — a photo credit, a day, a month, an
// adverb, a clock's "PM" and zone, a word with digits (a commenter's
// handle), a hyphenated description or a body's initials ("Getty Images
// Bob Dudley", "Yesterday Barack Obama", "Now Jane Roe", "PM ET McCain",
// "London-based Jane Roe", "BP Tony Hayward"), a byline ending in a credit word ("By the CNN Wire Staff Obama
// says"), a role opening the sentence ("Spokesman Jay Carney") or a party
// label, maybe after a state ("Texas Republican Joe Barton"), or a place,
// a role, a word the text writes in lower case, an adjective of
// nationality or a noun for a doer before a given name ("Iraq George
// Galloway", "Rescuer Anthony Thomas", "CBS Sports NFL Insider Jason La
// Canfora"); a body's name keeps its words ("Republican State Leadership
// Committee").
func (x *Extractor) nameStart(i, j int) int {
	d := &x.d
	for j-i > 1 && (x.lx.credit[d.low[i]] || x.lx.timeW[d.low[i]] || monthNames[d.low[i]] && j-i > 2 || x.lx.adverb[d.low[i]] || d.low[i] == "tomorrow" ||
		zoneWords[d.str(i)] || d.str(i) == "AM" || d.str(i) == "PM" || describedBy(d.str(i)) || strings.ContainsAny(d.str(i), "0123456789")) {
		i++
	}
	if j-i > 2 && allCapitals(d.str(i)) && !x.orgLike(i, j) && !x.orgLike(i+1, j) {
		i++ // "BP Tony Hayward", "NOC Jan Roe": a body's initials before a name
	}
	if j-i >= 2 && i == x.clauseOpening(i) && !x.isTitle(i) && !x.orgLike(i, j) && !x.orgLike(i, i+2) && nameParticles[d.low[i]] == 0 && x.writtenLower(i) &&
		entity.Gender(d.str(i)+" "+d.str(i+1)) == 0 {
		// "Obviously McCain", "Let Obama": a word the text writes in
		// lower case opens the sentence before the name (not a given
		// name such as "Bill" or "Will").
		i++
	}
	for k := j - 2; k > i; k-- {
		if x.lx.credit[d.low[k]] {
			i = k + 1
			break
		}
	}
	if x.orgLike(i, j) {
		return i
	}
	if j-i >= 3 && x.personRole(i) {
		i++
	}
	// "Iraq George Galloway", "Astronaut Mark Kelly": a name starts at its
	// given name, past a place, a role, a word the text writes in lower
	// case or one it leaves out of the name elsewhere ("Newsweek John
	// McCain" beside "John McCain") glued before it; not an initial or a
	// name the lists do not know ("W. Andrew Terrill", "Mokhtar Ben Nasr").
	for j-i >= 3 && entity.GivenName(d.str(i)) == 0 && entity.GivenName(d.str(i+1)) != 0 && len(strings.TrimSuffix(d.str(i), ".")) > 1 && (x.glueWord(i) || x.namedWithout(i, j)) {
		i++
	}
	// Deeper in the run: "CBS Sports NFL Insider Jason La Canfora".
	for k := i + 2; k <= j-2; k++ {
		if entity.GivenName(d.str(k)) != 0 && entity.GivenName(d.str(k-1)) == 0 && len(strings.TrimSuffix(d.str(k-1), ".")) > 1 && x.glueWord(k-1) {
			i = k
			break
		}
	}
	for k := i; k <= i+1 && j-k >= 3; k++ {
		if x.lx.party[d.low[k]] {
			return k + 1
		}
	}
	return i
}

// namedWithout reports whether the text names the person of the run
// [i, j) without its first word elsewhere ("John McCain" beside "Newsweek
// John McCain" on a page that glues an outlet's name before it).
func (x *Extractor) namedWithout(i, j int) bool {
	d := &x.d
	rest := d.text[d.toks[i+1].start:d.toks[j-1].end]
	whole := d.text[d.toks[i].start:d.toks[j-1].end]
	return strings.Count(d.text, rest) > strings.Count(d.text, whole)
}

// glueWord reports whether the capitalised word at token i is no part of
// a name after it: a place, a role, a body or news agency, a word the text
// writes in lower case, an adjective of nationality or a noun for a doer.
func (x *Extractor) glueWord(i int) bool {
	d := &x.d
	return x.place(i, i+1) || x.personRole(i) || x.isRole(i) || x.lx.credit[d.low[i]] || x.in(x.lx.org, i) || x.writtenLower(i) ||
		x.lx.demonym[d.low[i]] || doerNoun(d.low[i])
}

// doerNoun reports whether lower-case w ends like a noun for what a person
// does ("vendor", "insider", "rescuer", "activist"): before a given name
// it describes the person and is no part of the name.
func doerNoun(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist"))
}

// describedBy reports whether w is a hyphenated description ending in a
// lower-case word ("London-based", "State-run", "American-born"): it may
// open a run of capitalised words but is no part of the name after it.
func describedBy(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	tail := w[k+1:]
	return tail[0] >= 'a' && tail[0] <= 'z'
}

// surnameLike reports whether capitalised token i could be a surname used
// alone: not an abbreviation in capitals, not a plural, not a number word,
// not an adjective of nationality or direction and not a sentence adverb.
func (x *Extractor) surnameLike(i int) bool {
	w, lw := x.d.str(i), x.d.low[i]
	switch {
	case allCapitals(w), numberWords[lw], groupNouns[lw], x.lx.det[lw]:
		return false
	case strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss"):
		return false
	case len(lw) >= 7 && strings.HasSuffix(lw, "ly"), sentenceAdverbs[lw]:
		return false // "Certainly", "Maybe"
	case x.lx.demonym[lw]:
		return false // "Libyan", "Egyptian"
	}
	for _, suf := range []string{"ese", "ish", "ern", "ians", "ans"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	return true
}

// afterHonorific reports whether token i, not written in capitals, follows
// a personal honorific ("Mr.", "Mrs", "Dr."): it is then a surname. Ranks
// and offices do not count ("General Assembly", "former British").
func (x *Extractor) afterHonorific(i int) bool {
	return i > 0 && honorifics[strings.TrimSuffix(x.d.low[i-1], ".")] && !allCapitals(x.d.str(i))
}

// honorifics are the titles that only ever precede a person's name.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "sir": true, "dame": true}

// sentenceAdverbs open a sentence without ending in -ly.
var sentenceAdverbs = map[string]bool{"maybe": true, "perhaps": true, "yes": true, "please": true, "thanks": true, "indeed": true}

// allCapitals reports whether w is written in capitals and has at least
// two letters ("NATO").
func allCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// place reports whether the capitalised run [i, j) is a country, region or
// state ("Spain", "New Zealand"): it may be a source, but no person.
func (x *Extractor) place(i, j int) bool {
	if j-i >= 2 && x.lx.placeHead[x.d.low[j-1]] {
		return true // "Tahrir Square"
	}
	if !x.lx.placeFirst[x.d.low[i]] {
		return false
	}
	return x.lx.places[strings.ToLower(x.text(i, j))]
}

// zoneWords are the time zones that close a time stamp ("09.28 BST").
var zoneWords = map[string]bool{
	"GMT": true, "BST": true, "UTC": true, "CET": true, "CEST": true, "EST": true, "EDT": true,
	"CST": true, "CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true, "ET": true, "PT": true,
}

// dateline reports whether the capitalised run [i, j) is a wire story's
// dateline, a place name in capitals opening a paragraph before a comma or
// a bracket ("PORT CADDIS, March 4 (VPA) -"): a place, not a person.
func (x *Extractor) dateline(i, j int) bool {
	d := &x.d
	if !(i == 0 || d.toks[i].is(fPara)) || j >= len(d.toks) || !(d.isPunct(j, ",") || d.isPunct(j, "(")) {
		return false
	}
	for k := i; k < j; k++ {
		if w := d.str(k); strings.ToUpper(w) != w || len(w) < 2 {
			return false
		}
	}
	return true
}

// isSpeakerToken reports whether token i is the head of some
// attribution's mention (a bare surname used as a speaker: "Trump said").
func (x *Extractor) isSpeakerToken(i int) bool {
	return slices.Contains(x.mentionEnds, int(x.d.toks[i].end))
}

// orgLike reports whether a capitalised run names an organisation or a
// place rather than a person ("White House", "Democratic Party").
func (x *Extractor) orgLike(i, j int) bool {
	for k := i; k < j; k++ {
		if x.in(x.lx.org, k) {
			return true
		}
	}
	// "Estmere Water Authority", "Supreme Court": headed by a body's noun.
	return j-i >= 2 && x.lx.nonPerson[x.d.low[j-1]]
}

// collectRoles records the titles and role words around a name: the words
// right before it ("President", "campaign manager") and an apposition
// after it ("Smith, a spokesman for ...").
func (x *Extractor) collectRoles(from, to int, ei *entityInfo) {
	d := &x.d
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if d.toks[k].kind != tWord {
			break
		}
		w := strings.TrimSuffix(d.low[k], ".")
		if !x.isTitle(k) && !x.personRole(k) && !x.capWord(k) {
			break
		}
		if x.isTitle(k) || x.personRole(k) || (x.lx.party[w] || x.lx.demonym[w]) && !allCapitals(d.str(k)) {
			ei.roles[w] = true // "Michigan Republican Jon Marrow"
		}
		ei.titled = ei.titled || x.isTitle(k)
		switch w {
		case "mr", "sir", "father", "king", "prince", "congressman":
			ei.gender = 'm'
		case "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "chairwoman", "spokeswoman":
			ei.gender = 'f'
		}
	}
	if age := x.ageAt(from, to); age != "" {
		ei.age = age
	}
	if to+2 < len(d.toks) && d.isPunct(to, ",") && (x.isDet(to+1) || d.toks[to+1].is(fLower) && (x.personRole(to+1) || x.modifier(to+1))) {
		// "Jon Hale, the director,", "Jon Hale, acting director
		// general for health security,"
		for k := to + 1; k < len(d.toks) && k < to+6; k++ {
			if d.isPunct(k, ",.") {
				break
			}
			if x.personRole(k) {
				ei.roles[d.low[k]] = true
			}
		}
	}
}

// ageAt returns the age written with the name in tokens [from, to): in
// apposition ("Smith, 54,", "Smith (54)", "Smith, a 54-year-old nurse,")
// or before it ("54-year-old Smith"), as digits; "" when none is given.
func (x *Extractor) ageAt(from, to int) string {
	d := &x.d
	n := len(d.toks)
	if from > 0 {
		if age := yearsOld(d.low[from-1]); age != "" {
			return age
		}
	}
	if to+2 < n && (d.isPunct(to, ",") && d.isPunct(to+2, ",.;") || d.isPunct(to, "(") && d.isPunct(to+2, ")")) && isDigits(d.low[to+1]) {
		return d.low[to+1]
	}
	if to+2 < n && d.isPunct(to, ",") && (d.low[to+1] == "a" || d.low[to+1] == "an") {
		return yearsOld(d.low[to+2])
	}
	return ""
}

// yearsOld returns the age in an adjective like "54-year-old", or "".
func yearsOld(w string) string {
	age, ok := strings.CutSuffix(w, "-year-old")
	if !ok || !isDigits(age) {
		return ""
	}
	return age
}

// isDigits reports whether w is a non-empty run of ASCII digits.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// resolveMention resolves the mention in tokens [from, to): the canonical
// name it designates, or, for "he" or "she" pointing at a person the text
// leaves unnamed, no name and the phrase that introduced them.
func (x *Extractor) resolveMention(from, to int, people []person, info map[string]*entityInfo, res *entity.Resolver) (string, string) {
	d := &x.d
	if to-from == 1 && x.isPronounSubject(from) {
		switch d.low[from] {
		case "he", "she":
			g := byte('m')
			if d.low[from] == "she" {
				g = 'f'
			}
			if u, ok := x.unnamedNearer(from, g, people, info); ok {
				return "", x.description(u)
			}
			return x.antecedent(from, people, info, g, ""), ""
		case "who":
			// "Smith, who said": the name right before the comma.
			for _, p := range people {
				if p.to == from-1 && d.isPunct(from-1, ",") {
					return p.name, ""
				}
			}
		case "it", "they":
			return x.groupAntecedent(from, d.low[from] == "they", false), ""
		}
		return "", ""
	}
	if w := d.low[to-1]; from > 0 && x.capWord(to-1) && definite[d.str(from-1)] && (x.lx.party[w] || x.lx.demonym[w]) {
		// "the Michigan Democrat", "the American": a party or a
		// nationality is a role, not a name; it names the person it was
		// given to, else no one ("The Australian" is a title).
		return x.withRole(from, people, info, w), ""
	}
	if to-from >= 2 && (x.acronymOrg(to) == from || x.orgName(from, to) == from) {
		// "Centers for Disease Control and Prevention (CDC)", "Center
		// for Economic and Policy Research": an organisation's name
		// whole.
		return res.Canonical(x.text(from, to)), ""
	}
	// A name heading the mention ("President Vladimir Putin").
	for _, p := range people {
		if p.from >= from && p.to == to {
			return p.name, ""
		}
	}
	if x.capWord(to-1) && !x.cappedRole(from, to) {
		if to-from >= 2 && x.lx.placeHead[d.low[to-1]] {
			return "", "" // "Tahrir Square" says nothing
		}
		return res.Canonical(x.text(from, to)), ""
	}
	head := d.low[to-1]
	if x.lx.speechNoun[head] || ownWords[head] {
		// "Schumer's message was clear:", "Obama's response": what a
		// person said is theirs.
		if k := to - 2; k >= from && isPossessive(d.low[k]) && x.capWord(k) {
			i := k
			for i > from && x.capWord(i-1) && !x.isTitle(i-1) {
				i--
			}
			name := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(x.text(i, k+1), "'s"), "’s"), "'’")
			return res.Canonical(name), ""
		}
	}
	if x.lx.nonPerson[head] || bodyNouns[head] {
		// A body or a text: "the authority" is the Water Authority named
		// before; "the ministry's report", "Varsland's ministry" are
		// themselves the source; "the company, Gazprom," is the body
		// named in apposition.
		if to+1 < len(d.toks) && d.isPunct(to, ",") && x.capWord(to+1) {
			j := to + 1
			for j < len(d.toks) && x.capWord(j) {
				j++
			}
			if j < len(d.toks) && d.isPunct(j, ",") && !x.place(to+1, j) {
				return res.Canonical(x.text(to+1, j)), ""
			}
		}
		if x.isDet(from) && to-from == 2 {
			if name := x.namedBody(from, head); name != "" {
				return name, ""
			}
			if genericBodies[head] && definite[d.low[from]] {
				// "BP said ... "...," the company said": the body
				// named in the sentences before; a company is one
				// named by its initials or with a company word ("Acme
				// Corp.").
				name := x.groupAntecedent(from, false, true)
				if (head == "company" || head == "firm") && !companyName(name) {
					name = ""
				}
				if head == "company" || head == "firm" {
					// "Transocean said ... The company also said": a
					// one-word body acting as a clause's subject
					// nearer than the body found
					if n, at := x.subjectBody(from, people); n != "" && at > x.lastMention(from, name) {
						name = n
					}
				}
				return name, ""
			}
		}
		return "", ""
	}
	// A name in apposition: "Fennick's mayor, Ada Kestrel, said", "A
	// spokesman in London, Jan Roe, said".
	at := x.placeAfter(to)
	for _, p := range people {
		if p.from == at+1 && d.isPunct(at, ",") {
			return p.name, ""
		}
		if at > to && (d.isPunct(at, ",") && p.from > at+1 && p.from <= at+4 && x.onlyTitles(at+1, p.from) || p.from == at && x.isTitle(at-1)) {
			// "The leading US general in Haiti, Lt. Gen. Ken Keen,
			// said", also with no comma
			return p.name, ""
		}
	}
	if at = x.ofPhraseEnd(to); at > to {
		// "The chairman of the joint chiefs of staff, Admiral Mike
		// Mullen, said"
		for _, p := range people {
			if p.from >= at+1 && p.from <= at+3 && d.isPunct(at, ",") && x.onlyTitles(at+1, p.from) {
				return p.name, ""
			}
		}
	}
	// A name modifying the head: "Putin's spokesman" is not Putin.
	for _, p := range people {
		if p.from >= from && p.to < to {
			return "", ""
		}
	}
	// An age: "the 54-year-old" is the person whose age was given as 54
	// ("the 54-year-old leader" likewise); without one it stays
	// unresolved, as the most recent capitalised run is too often no
	// person at all.
	if x.isDet(from) && definite[d.low[from]] {
		for k := from + 1; k < to; k++ {
			age := yearsOld(d.low[k])
			if age == "" {
				continue
			}
			for i := len(people) - 1; i >= 0; i-- {
				if p := people[i]; p.from < from && info[p.name].age == age {
					return p.name, ""
				}
			}
		}
	}
	// A description given with a name: "the former soldier" after
	// "Brandt, a former soldier,".
	if name := x.describedHead(from, to, people, info); name != "" {
		return name, ""
	}
	// A role phrase: "the spokesman", "the Vermont senator" — one person,
	// named with a definite determiner ("few people", "many residents"
	// are no one in particular).
	if !x.personRole(to-1) || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") || groupNouns[head] || !x.isDet(from) || !definite[d.low[from]] {
		return "", ""
	}
	if k := x.introducedUnnamed(from, head); anonNouns[head] || k >= 0 {
		// "the woman", "the protester", or "the aide" after "a senior
		// aide": a person named with that role, else someone the text
		// leaves unnamed. After "a senior official", "the official" is
		// that unnamed person, not one named with the role before
		// ("Clinton is the most senior official ... A senior official
		// told ... the official said").
		return x.withRoleAfter(from, k, people, info, head), ""
	}
	for k := from + 1; k < to-1; k++ {
		if w := d.low[k]; x.lx.demonym[w] && x.capWord(k) {
			// "the Syrian president": the person named with that
			// nationality and that role first.
			for i := len(people) - 1; i >= 0; i-- {
				p := people[i]
				if ei := info[p.name]; p.from < from && ei != nil && ei.roles[w] && ei.roles[head] {
					return p.name, ""
				}
			}
			// Else one named with the role and no other nationality,
			// else the usual antecedent, not of another nationality.
			for i := len(people) - 1; i >= 0; i-- {
				p := people[i]
				if ei := info[p.name]; p.from < from && ei != nil && ei.roles[head] && !x.roleClash(ei, w+" "+head) {
					return p.name, ""
				}
			}
			return x.antecedent(from, people, info, 0, w+" "+head), ""
		}
	}
	return x.antecedent(from, people, info, 0, head), ""
}

// cappedRole reports whether the mention [from, to) is a role phrase
// written with capitals ("The President", "the Foreign Secretary"): a
// definite determiner, then role words and demonyms only, the last a
// person's role.
func (x *Extractor) cappedRole(from, to int) bool {
	d := &x.d
	if to-from < 2 || !definite[d.low[from]] || !x.personRole(to-1) {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !x.isRole(k) && !x.isTitle(k) && !x.lx.demonym[d.low[k]] && !x.lx.portfolio[d.low[k]] {
			return false
		}
	}
	return true
}

// ofPhraseEnd returns the comma that ends a short phrase with "of" after a
// role phrase ending at k ("the chairman of the joint chiefs of staff,"),
// or k when there is none.
func (x *Extractor) ofPhraseEnd(k int) int {
	d := &x.d
	if k+2 >= len(d.toks) || d.low[k] != "of" || d.toks[k].kind != tWord {
		return k
	}
	for j := k + 1; j < len(d.toks) && j <= k+8; j++ {
		if d.isPunct(j, ",") {
			if j > k+1 {
				return j
			}
			return k
		}
		if d.toks[j].kind != tWord || d.inQuote[j] != 0 || x.verb(j) != vNone || x.finiteLike(j) {
			return k
		}
	}
	return k
}

// onlyTitles reports whether tokens [i, j) are titles or roles before a
// name ("Admiral", "Lt. Gen."), or none. (titleRun, for a speaker phrase
// after a quotation, also takes modifiers and capitalised office words.)
func (x *Extractor) onlyTitles(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.isTitle(k) && !x.isRole(k) && !x.d.isPunct(k, ".") {
			return false
		}
	}
	return true
}

// ownWords are nouns for what a person said besides the lexicon's speech
// nouns: after a possessive name, that person speaks ("Obama's response").
var ownWords = map[string]bool{"message": true, "response": true, "reply": true, "answer": true, "words": true, "verdict": true, "tweet": true}

// genericBodies are the nouns by which news names again a body it named
// before ("the company", "the alliance"), whatever its name.
var genericBodies = map[string]bool{"company": true, "firm": true, "group": true, "organization": true,
	"organisation": true, "agency": true, "alliance": true, "coalition": true, "network": true,
	"charity": true, "union": true, "association": true}

// groupNouns are plural role nouns that do not end in -s.
var groupNouns = map[string]bool{"people": true, "men": true, "women": true, "children": true, "police": true,
	"staff": true, "clergy": true, "public": true, "spokesmen": true, "spokeswomen": true, "spokespeople": true,
	"congressmen": true, "congresswomen": true}

// definite are the determiners that make a role phrase point at someone
// already named ("the spokesman", "this official").
var definite = map[string]bool{"the": true, "this": true, "that": true}

// namedBody returns the most recent capitalised name before token at
// whose last word is head ("the Estmere Water Authority" for "the
// authority"), or "".
func (x *Extractor) namedBody(at int, head string) string {
	d := &x.d
	for k := at - 1; k > 0; k-- {
		if d.low[k] != head || !x.capWord(k) || d.inQuote[k] != 0 {
			continue
		}
		i := k
		for i > 0 && x.capWord(i-1) && d.inQuote[i-1] == 0 && k-i < 5 {
			i--
		}
		if i < k {
			return x.text(i, k+1)
		}
	}
	return ""
}

// antecedent returns the most recent person before token at, preferring
// one whose recorded roles include role (when given), of compatible
// gender, and a sentence subject within the last three sentences.
func (x *Extractor) antecedent(at int, people []person, info map[string]*entityInfo, gender byte, role string) string {
	d := &x.d
	compatible := func(p person) bool {
		ei := info[p.name]
		if ei != nil && ei.gender == 0 && !ei.titled && (ei.place || acronym(p.name)) {
			// "he", "she" or "the ambassador" is no place named after
			// "in" or "near" ("Grand Isle") and no body named in
			// capitals ("CNN", "U.S.").
			return false
		}
		if x.pluralNoun(p) {
			// "he" or "the minister" is one person, not "Officials"
			// opening a sentence.
			return false
		}
		if p.to-p.from == 1 && x.lx.credit[d.low[p.from]] {
			return false // nor a news agency ("viewed by Reuters")
		}
		return ei == nil || gender == 0 || ei.gender == 0 || ei.gender == gender
	}
	if role != "" {
		for i := len(people) - 1; i >= 0; i-- {
			p := people[i]
			if p.from < at && info[p.name] != nil && info[p.name].roles[role] {
				return p.name
			}
		}
	}
	// A person known to be of the pronoun's gender (by a title or a given
	// name), or of unknown gender but named after a title ("President
	// Recep Tayyip Erdogan"), comes before any other capitalised run: many
	// of those are no person at all ("Deepwater Horizon", "Grand Isle").
	known := func(p person) bool {
		ei := info[p.name]
		if gender == 0 || ei == nil {
			return gender == 0
		}
		return ei.gender == gender || ei.gender == 0 && ei.titled
	}
	tiers := []func(person) bool{known, compatible}
	if gender == 0 {
		tiers = tiers[1:]
	}
	for _, ok := range tiers {
		for i := len(people) - 1; i >= 0; i-- {
			p := people[i]
			if p.from >= at {
				continue
			}
			if d.sent[at]-d.sent[p.from] > 3 {
				break
			}
			if !ok(p) {
				if p.speaker && compatible(p) && strings.Contains(p.name, " ") && !x.orgLike(p.from, p.to) && d.sent[at]-d.sent[p.from] <= 2 &&
					!(p.from > 0 && (afterPrep[d.low[p.from-1]] || orgLinks[d.low[p.from-1]])) {
					// The speaker just quoted, named in full (not
					// inside a phrase after a preposition: "with Acme
					// Healthcare"), comes before a farther person known
					// to be of the pronoun's gender: "..., Lee Nordyke
					// says. ... "...," he says."
					return p.name
				}
				continue
			}
			if p.subject && !x.roleClash(info[p.name], role) && (role == "" || !x.orgLike(p.from, p.to) && !acronym(p.name)) {
				return p.name // (a body such as "State TV" or "U.S." holds no office)
			}
		}
	}
	if role != "" {
		// A role phrase names someone in the sentences just before or
		// no one: "the chief prosecutor" is not whoever was named last.
		return ""
	}
	for _, ok := range tiers {
		for i := len(people) - 1; i >= 0; i-- {
			p := people[i]
			if p.from < at && ok(p) {
				return p.name
			}
		}
	}
	return ""
}

// pluralNoun reports whether p is a capitalised plural of a role or person
// noun ("Officials said", "Residents fled"), a plural the text also writes
// in lower case, or a plural group noun ("Police"): a group, not one
// person.
func (x *Extractor) pluralNoun(p person) bool {
	if p.to-p.from != 1 {
		return false
	}
	w := x.d.low[p.from]
	if groupNouns[w] {
		return true
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	one := strings.TrimSuffix(w, "s")
	if strings.HasSuffix(w, "ies") {
		one = strings.TrimSuffix(w, "ies") + "y" // "authorities"
	}
	return x.lx.roles[w] || x.lx.roles[one] || speakerRoles[one] || anonNouns[one] || x.writtenLower(p.from)
}

// offices map the words for an elected or appointed office, or a post
// that speaks for one ("spokesman"), to the office, titles and nouns alike
// ("Sen." and "senator").
var offices = map[string]string{
	"sen": "senator", "senator": "senator",
	"rep": "representative", "representative": "representative", "congressman": "representative", "congresswoman": "representative",
	"gov": "governor", "governor": "governor",
	"president": "president", "pres": "president",
	"mayor": "mayor", "premier": "premier", "chancellor": "chancellor",
	"minister": "minister", "ambassador": "ambassador", "judge": "judge", "sheriff": "sheriff",
	"secretary": "secretary", "director": "director",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
}

// roleClash reports whether a person is no antecedent of a role phrase
// because they were named with another office ("the senator" is not "Rep.
// Adam Schiff") or another nationality ("the Turkish president" is not
// "Syrian President Bashar al-Assad"). role is the phrase's head, after
// its nationality when it has one ("turkish president").
func (x *Extractor) roleClash(ei *entityInfo, role string) bool {
	if ei == nil {
		return false
	}
	nat, head := "", role
	if i := strings.IndexByte(role, ' '); i > 0 {
		nat, head = role[:i], role[i+1:]
	}
	want := offices[head]
	for r := range ei.roles {
		if o := offices[r]; want != "" && o != "" && o != want {
			return true
		}
		if nat != "" && x.lx.demonym[r] && r != nat {
			return true
		}
	}
	return false
}

// withRole returns the most recent person before token at whose recorded
// roles include role, or "".
func (x *Extractor) withRole(at int, people []person, info map[string]*entityInfo, role string) string {
	return x.withRoleAfter(at, -1, people, info, role)
}

// withRoleAfter is withRole for a person named after token lo.
func (x *Extractor) withRoleAfter(at, lo int, people []person, info map[string]*entityInfo, role string) string {
	for i := len(people) - 1; i >= 0 && people[i].from > lo; i-- {
		p := people[i]
		if p.from < at && info[p.name] != nil && info[p.name].roles[role] && !acronym(p.name) {
			return p.name // ("U.S. President Barack Obama" gives "U.S." no office)
		}
	}
	return ""
}

// groupAntecedent resolves "it" or "they" (plural) at token at to the
// most recent organisation named in the three sentences before it ("the
// Justice Department", "NATO"), preferring sentence subjects; "they" also
// takes a capitalised plural group ("Democrats"). With body set it
// resolves a body named again by a common noun ("the company"), which is
// no time zone, country or label. It returns "" when there is none.
func (x *Extractor) groupAntecedent(at int, plural, body bool) string {
	d := &x.d
	lo := d.sentStart[max(int(d.sent[at])-3, 0)]
	best, bestSubj := "", false
	for i := lo; i < at; i++ {
		if d.inQuote[i] != 0 || !x.capWord(i) {
			continue
		}
		j := i
		for j < at && j < i+6 && x.capWord(j) && d.inQuote[j] == 0 {
			j++
		}
		if x.orgLike(i, j) {
			// the links of a body's name: "International Organization
			// for Migration"
			for k := j; k+1 < at && orgLinks[d.low[k]] && d.low[k] != "and" && d.toks[k].kind == tWord; {
				e := k + 1
				if d.low[e] == "the" {
					e++
				}
				if e >= at || !x.capWord(e) || x.isTitle(e) || x.lx.timeW[d.low[e]] || monthNames[d.low[e]] {
					break // (not "on Friday")
				}
				for e < at && x.capWord(e) && !x.isTitle(e) && d.inQuote[e] == 0 {
					e++
				}
				j, k = e, e
			}
		}
		w := d.text[d.toks[i].start:d.toks[i].end]
		// An acronym; for a body, no time zone, country, dateline, label
		// or news agency ("ET", "US", "EMPIRE, La. --", "NEW :", "AFP").
		acr := j-i == 1 && len(w) >= 2 && strings.ToUpper(w) == w && !x.isPronounSubject(i) && !x.inCapitals(i) &&
			!(body && (zoneWords[w] || x.place(i, j) || x.dateline(i, j) || d.isPunct(j, ":") || x.lx.credit[d.low[i]]))
		group := x.orgLike(i, j) || acr
		if !group && plural && j-i == 1 && strings.HasSuffix(d.low[i], "s") && x.isRole(i) {
			group = true // "Democrats"
		}
		if group {
			subj := i <= d.sentBegin(i)+2
			if best == "" || subj || !bestSubj {
				best, bestSubj = x.text(i, j), subj
			}
		}
		i = j - 1
	}
	return best
}

// subjectBody returns the last one-word name in the three sentences before
// token at that acts as a clause's subject, as a company does ("Transocean
// said", "Halliburton also criticised"): a capitalised word opening its
// sentence or following a comma or "but", followed by a past form, an
// auxiliary or a reporting verb, that names no person the text knows, no
// place, title, time or common word; and where it stands. It returns ""
// and -1 when there is none.
func (x *Extractor) subjectBody(at int, people []person) (string, int) {
	d := &x.d
	lo := d.sentStart[max(int(d.sent[at])-3, 0)]
	name, where := "", -1
	for i := lo; i+1 < at; i++ {
		if d.inQuote[i] != 0 || !x.capWord(i) || x.capWord(i+1) || x.isTitle(i) || x.lx.timeW[d.low[i]] || monthNames[d.low[i]] || x.isPronounSubject(i) {
			continue
		}
		if i > lo && x.capWord(i-1) {
			continue // the end of a longer name
		}
		opens := i == d.sentBegin(i) || d.isPunct(i-1, ",") && !x.capWord(i-2) || d.low[i-1] == "but"
		k := i + 1
		for k < at && x.skippable(k) && !x.lx.aux[d.low[k]] {
			k++ // "Transocean also said"
		}
		// a past form, an auxiliary or a reporting verb follows; a
		// plural ("Crews pumped", "Officials said") is a common noun
		// opening its sentence, a number word no name
		verb := k < at && d.toks[k].is(fLower) && (x.pastForm(k) || x.lx.aux[d.low[k]] || x.verb(k) != vNone && !x.participle(k) && !strings.HasSuffix(d.low[k], "s"))
		w := d.low[i]
		if !opens || !verb || strings.HasSuffix(w, "s") || numberWords[w] || x.place(i, i+1) || entity.GivenName(x.text(i, i+1)) != 0 || x.writtenLower(i) {
			continue
		}
		// a person named in full somewhere ("Obama" for "Barack Obama")
		person := entity.Gender(x.text(i, i+1)) != 0
		for _, p := range people {
			if (p.from <= i && i < p.to || strings.HasSuffix(p.name, " "+x.text(i, i+1))) && strings.Contains(p.name, " ") {
				person = true
				break
			}
		}
		if !person {
			name, where = x.text(i, i+1), i
		}
	}
	return name, where
}

// lastMention returns the last token before at, in the three sentences
// before it, where name is written; -1 when it is not.
func (x *Extractor) lastMention(at int, name string) int {
	d := &x.d
	if name == "" {
		return -1
	}
	lo := d.sentStart[max(int(d.sent[at])-3, 0)]
	last := -1
	for i := lo; i < at; i++ {
		if int(d.toks[i].start)+len(name) <= len(d.text) && d.text[d.toks[i].start:int(d.toks[i].start)+len(name)] == name {
			last = i
		}
	}
	return last
}

// companyName reports whether name names a company: by its initials
// ("BP", "GM") or with a company word ("Acme Corp.", "Varn Holdings").
func companyName(name string) bool {
	if name == "" {
		return false
	}
	if !strings.Contains(name, " ") {
		return acronym(name)
	}
	last := strings.ToLower(strings.TrimSuffix(name[strings.LastIndexByte(name, ' ')+1:], "."))
	return companyWords[last]
}

// companyWords end the names of companies.
var companyWords = map[string]bool{"inc": true, "corp": true, "corporation": true, "co": true, "company": true,
	"ltd": true, "plc": true, "llc": true, "group": true, "holdings": true, "industries": true, "ag": true, "sa": true}

// inCapitals reports whether the word at token i stands beside another
// word written in capitals: a heading ("BP RUNS OUT OF CASH"), not an
// acronym.
func (x *Extractor) inCapitals(i int) bool {
	d := &x.d
	caps := func(k int) bool {
		return k >= 0 && k < len(d.toks) && d.toks[k].kind == tWord && d.inQuote[k] == 0 && len(d.str(k)) >= 2 && allCapitals(d.str(k))
	}
	return caps(i-1) || caps(i+1)
}

// text returns the text of tokens [i, j).
func (x *Extractor) text(i, j int) string {
	sp := x.d.span(i, j)
	if !sp.Valid() {
		return ""
	}
	return x.d.text[sp.Start:sp.End]
}

// tokenRange returns the tokens covered by s, or -1, -1.
func (x *Extractor) tokenRange(s Span) (int, int) {
	toks := x.d.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(toks[m].start) < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	from := lo
	to := from
	for to < len(toks) && int(toks[to].end) <= s.End {
		to++
	}
	if to == from {
		return -1, -1
	}
	return from, to
}
