package quote

import (
	"strings"

	"github.com/dateline-news/dateline/internal/entity"
)

// phrase is a speaker phrase as token ranges: the whole phrase [from, to)
// and the mention inside it [mFrom, mTo).
type phrase struct {
	from, to   int
	mFrom, mTo int
	// weak marks a subject found where a subject is unlikely (after a
	// preposition or a noun; see subjectSlot): direct quotations keep
	// their cue but not such a speaker.
	weak bool
}

// words that may join the parts of a speaker phrase ("a spokesman for the
// campaign", "Sen. Maria Cantwell of Washington").
var npLinks = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true, "in": true, "on": true, "to": true}

// standalone lists the determiners that can name a speaker on their own
// ("said another", "others said").
var standalone = map[string]bool{"another": true, "one": true, "others": true, "some": true, "many": true, "several": true, "both": true, "most": true}

// words that never belong to a speaker phrase.
var npStop = map[string]bool{
	"not": true, "there": true, "here": true, "when": true, "where": true, "if": true,
	"because": true, "as": true, "than": true, "then": true, "also": true, "but": true,
	"or": true, "so": true, "that": true, "which": true, "what": true, "whom": true, "whose": true,
	"how": true, "why": true, "while": true, "after": true, "before": true, "since": true, "until": true,
	"by": true, "about": true, "into": true, "over": true, "under": true, "against": true, "between": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true,
	"might": true, "must": true, "did": true, "do": true, "does": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "you": true, "him": true, "them": true, "us": true, "me": true,
	"said": true, "says": true, "just": true, "even": true, "only": true, "very": true, "too": true,
	"like": true, "such": true, "out": true, "up": true, "down": true, "off": true, "through": true,
	"during": true, "who": true, "get": true, "got": true, "make": true, "made": true, "going": true,
}

func (x *Extractor) isPronounSubject(i int) bool {
	return x.has(i, cPronSubj) && x.d.toks[i].kind == tWord
}

func (x *Extractor) isDet(i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	if x.info[i].class&cDet != 0 {
		return true
	}
	return isPossessive(d.low[i])
}

func isPossessive(w string) bool {
	if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && cliticHost[w[:strings.LastIndexAny(w, "'’")]] {
		return false // "he's", "that's": a contracted "is" or "has"
	}
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’"))
}

// cliticHost lists the words whose "'s" is a contracted "is" or "has",
// never a possessive ("he's said", "that's why", "there's no plan").
var cliticHost = map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "there": true, "here": true, "what": true,
	"who": true, "where": true, "how": true, "let": true, "this": true, "everyone": true,
	"everybody": true, "nobody": true, "someone": true, "somebody": true, "nothing": true,
	"something": true, "everything": true, "when": true, "why": true,
}

// capWord reports whether token i is a capitalised word that can be part
// of a name (not a capitalised function word such as "But" or "The").
func (x *Extractor) capWord(i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord || !d.toks[i].is(fCap) {
		return false
	}
	w := d.low[i]
	if w == "us" && d.str(i) == "US" {
		return true // the country, not the pronoun
	}
	if x.info[i].class&(cNPStop|cNPLink|cIntro|cClauseB|cDet|cPronSubj) != 0 {
		return false
	}
	if x.info[i].verb != vNone && (i == 0 || d.toks[i].is(fPara) || d.sent[i] != d.sent[i-1]) {
		return false
	}
	return true
}

func (x *Extractor) isTitle(i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	// the answer is computed once per token, when first asked
	c := &x.info[i].class
	if *c&cTitleKnown == 0 {
		*c |= cTitleKnown
		if entity.IsTitle(d.low[i]) {
			*c |= cTitle
		}
	}
	return *c&cTitle != 0
}

func (x *Extractor) isRole(i int) bool {
	d := &x.d
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord && x.info[i].class&cRole != 0
}

// modifier reports whether token i may be a lower-case word inside a noun
// phrase ("billionaire", "real", "estate", "former").
func (x *Extractor) modifier(i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord || d.inQuote[i] != 0 {
		return false
	}
	w := d.low[i]
	c := x.info[i].class
	if c&(cNPStop|cNPLink|cClauseB|cAux|cAdverb) != 0 {
		return false
	}
	if x.info[i].verb != vNone && c&cRole == 0 {
		return false
	}
	if strings.HasSuffix(w, "ly") && c&cRole == 0 {
		return false
	}
	return true
}

// allModifiers reports whether tokens [i, j) are all lower-case words that
// may modify a noun ("former", "super", "deputy").
func (x *Extractor) allModifiers(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.modifier(k) && !x.isRole(k) || introWords[x.d.low[k]] || afterPrep[x.d.low[k]] {
			return false
		}
	}
	return true
}

// skippable reports whether token i can sit between a speaker and the cue
// ("he also said", "Smith told reporters Tuesday").
func (x *Extractor) skippable(i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	w := d.low[i]
	if x.lx.adverb[w] || x.lx.aux[w] || x.lx.timeW[w] {
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !d.toks[i].is(fCap)
}

// skippedTo reports whether all tokens in [i, j) can sit between a speaker
// and its cue ("also", "later").
func (x *Extractor) skippedTo(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.skippable(k) {
			return false
		}
	}
	return true
}

// subjectBefore finds the speaker phrase that ends right before the cue at
// token v, not reaching before token lo.
func (x *Extractor) subjectBefore(v, lo int) (phrase, bool) {
	d := &x.d
	j := v - 1
	for j >= lo {
		// "Smith on Saturday criticized", "Smith late Tuesday said"
		if x.lx.timeW[d.low[j]] && d.toks[j].kind == tWord && j-1 >= lo && timePrep[d.low[j-1]] {
			j -= 2
			continue
		}
		// "has long argued": "long" after an auxiliary is an adverb
		if x.skippable(j) || d.low[j] == "long" && j-1 >= lo && x.lx.aux[d.low[j-1]] && d.toks[j-1].kind == tWord {
			j--
			continue
		}
		// "The ministry less than a month ago said"
		if k := x.agoStart(j, lo); k < j {
			j = k - 1
			continue
		}
		break
	}
	if j < lo || j > lo && d.low[j] == "to" && d.toks[j].kind == tWord && saidThing[d.low[j-1]] {
		// "had this to say", "has plenty to say": what is said stands
		// before the infinitive, not who says it ("led her to declare"
		// keeps its speaker)
		return phrase{}, false
	}
	if j > lo && d.low[j] == "to" && d.toks[j].kind == tWord && objectPronoun[d.low[j-1]] {
		// "led her to declare": the object pronoun alone
		return phrase{from: j - 1, to: j, mFrom: j - 1, mTo: j}, true
	}
	if x.isPronounSubject(j) {
		return phrase{from: j, to: j + 1, mFrom: j, mTo: j + 1}, true
	}
	if j-1 >= lo && x.theNumber(j) {
		// "the two said"
		return phrase{from: j - 1, to: j + 1, mFrom: j - 1, mTo: j + 1}, true
	}
	if standalone[d.low[j]] && d.toks[j].kind == tWord && (j == lo || d.isPunct(j-1, ",;:") || d.low[j-1] == "and" || d.low[j-1] == "but") {
		// "Several said ...", "...; most said ...": a determiner standing
		// alone as the subject
		return phrase{from: j, to: j + 1, mFrom: j, mTo: j + 1}, true
	}
	// "Forbes, however, says"
	if d.isPunct(j, ",") && j-2 >= lo && d.isPunct(j-2, ",") && x.skippable(j-1) {
		return x.npEndingAt(j-3, lo)
	}
	if d.isPunct(j, ",") {
		if sp, ok := x.interjectedBefore(j, lo); ok {
			return sp, true
		}
		// "Smith, a spokesman for the group, said"; "The ministry, which
		// oversees the ports, said", unless the relative clause belongs to
		// a longer apposition ("Jane Roe, director of the Fund, which ...,
		// said").
		which := -1
		for c := j - 1; c > lo && c >= j-30; c-- {
			if d.toks[c].kind == tOpenQ || d.toks[c].kind == tCloseQ || d.isPunct(c, ";?!") || d.isPunct(c, ".") && !x.partyLabelEnd(c) {
				// "Smith, R-Ky., said": a party label's stop ends no
				// sentence.
				break
			}
			if !d.isPunct(c, ",") {
				continue
			}
			if interjectsInSubject[d.low[c+1]] && d.toks[c+1].kind == tWord {
				if which < 0 {
					which = c
				}
				continue
			}
			if !x.appositionStart(c+1) && !(j-c <= 4 && x.capWord(c-1) && x.countWords(c+1, j) == j-c-1) {
				continue
			}
			head, ok := x.npEndingAt(c-1, lo)
			if !ok {
				return phrase{}, false
			}
			head = x.appositionHead(head, lo)
			head.to = j + 1
			return head, true
		}
		if which >= 0 {
			// "veterans interviewed this week, including Roe, said": a
			// time phrase is no head.
			if head, ok := x.npEndingAt(which-1, lo); ok && !x.lx.timeW[d.low[head.mTo-1]] {
				head.to = j + 1
				return head, true
			}
		}
		return phrase{}, false
	}
	if sp, ok := x.restrictiveRelative(j, v, lo); ok {
		return sp, true // "A man who asked not to be named said"
	}
	p, ok := x.npEndingAt(j, lo)
	if ok && d.bracket(j, false) {
		// "Jane Roe, spokesman for Acme Oil (ACO) told": the name the
		// apposition describes.
		p = x.appositionHead(p, lo)
	}
	pw := p // the agent of a "by", both parts of a coordination
	if ok {
		pw = x.coordAgent(p, lo)
	}
	b := pw.from - 1
	for ok && b > lo && (isNumber(d.low[b]) || writtenNumber(d.low[b])) {
		b-- // "A letter signed by 50 senators said"
	}
	if pp := x.participleBy(b, lo); ok && pp-1 >= lo {
		// "A letter from the group obtained by The Daily Planet warns":
		// the subject is what the participle describes. A work with
		// its author ("a poll released on Sunday by the Courier
		// shows") is the source whole, as after a bare "by" (workBy).
		if head, ok2 := x.npEndingAt(pp-1, lo); ok2 {
			if authoring[d.low[pp]] {
				head.to = pw.to
			}
			return head, true
		}
	}
	if ok {
		if head, ok2 := x.workBy(pw, lo); ok2 {
			return head, true
		}
	}
	if ok && p.from-3 >= lo && participlePreps[d.low[p.from-1]] && d.toks[p.from-1].kind == tWord && x.ingForm(p.from-2) {
		// "An official speaking to the Gazette said": the phrase the
		// participle hangs from speaks, not its object.
		if head, ok2 := x.npEndingAt(p.from-3, lo); ok2 && !x.isDet(head.to-1) {
			return head, true
		}
	}
	if ok && p.from-3 >= lo && postedPreps[d.low[p.from-1]] && d.toks[p.from-1].kind == tWord && d.toks[p.from-2].is(fLower) && x.pastForm(p.from-2) {
		// "A statement posted on the group's website said": the text
		// the participle describes says it, not where it was posted;
		// the speaker phrase is the whole noun phrase, its head the
		// text.
		if head, ok2 := x.npEndingAt(p.from-3, lo); ok2 && x.isDet(head.from) && !x.isDet(head.to-1) && x.lx.nonPerson[d.low[head.mTo-1]] {
			return phrase{from: head.from, to: p.to, mFrom: head.mFrom, mTo: head.mTo}, true
		}
	}
	return p, ok
}

// capRun reports whether tokens [i, j) are all capitalised words and no
// title.
func (x *Extractor) capRun(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.capWord(k) || x.isTitle(k) {
			return false
		}
	}
	return i < j
}

// saidThing lists the pronouns and quantifiers that stand for what is
// said before an infinitive cue ("had this to say", "had much to say").
var saidThing = map[string]bool{
	"this": true, "that": true, "these": true, "something": true, "nothing": true, "anything": true,
	"everything": true, "plenty": true, "much": true, "more": true, "little": true, "lot": true, "less": true,
}

// objectPronoun lists the object pronouns that may govern an infinitive
// cue as its speaker ("urged him to say").
var objectPronoun = map[string]bool{"her": true, "him": true, "them": true, "me": true, "us": true}

// participlePreps are the prepositions after a participle inside a
// speaker phrase ("a source speaking to the Gazette").
var participlePreps = map[string]bool{"to": true, "with": true, "for": true, "on": true}

// postedPreps are the prepositions of place or medium after a past
// participle that describes a text ("posted on", "published in").
var postedPreps = map[string]bool{"on": true, "in": true, "at": true, "to": true, "from": true}

// ingForm reports whether token i is a lower-case -ing word.
func (x *Extractor) ingForm(i int) bool {
	d := &x.d
	w := d.low[i]
	return d.toks[i].kind == tWord && d.toks[i].is(fLower) && len(w) > 5 && strings.HasSuffix(w, "ing")
}

// agoStart returns where a time phrase ending on "ago" at token j starts
// ("two weeks ago", "less than a month ago"), or j when there is none.
func (x *Extractor) agoStart(j, lo int) int {
	d := &x.d
	if d.low[j] != "ago" || d.toks[j].kind != tWord {
		return j
	}
	k := j
	for k-1 >= lo && k > j-6 && d.toks[k-1].kind == tWord && (isNumber(d.low[k-1]) || x.lx.timeW[d.low[k-1]] || agoWords[d.low[k-1]] || unitWords[d.low[k-1]]) {
		k--
	}
	if k == j {
		return j
	}
	return k
}

// agoWords may stand in a time phrase ending on "ago".
var agoWords = map[string]bool{
	"a": true, "an": true, "few": true, "several": true, "less": true, "more": true, "than": true,
	"about": true, "nearly": true, "almost": true, "just": true, "only": true, "some": true, "two": true,
	"many": true, "couple": true, "of": true,
}

// unitWords are the units of time counted before "ago".
var unitWords = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true,
}

// interjectedBefore finds the speaker before a phrase set off by commas
// that opens on a preposition or a subordinator right before the cue
// ("Smith, during a stop in Dayton, Ohio, said"): the phrase before it,
// when it names a person, a role or a group.
// The comma before the cue is at j.
func (x *Extractor) interjectedBefore(j, lo int) (phrase, bool) {
	d := &x.d
	for c := j - 1; c > lo && c >= j-20; c-- {
		if d.toks[c].kind == tOpenQ || d.toks[c].kind == tCloseQ || d.isPunct(c, ".;?!:") {
			break
		}
		if !d.isPunct(c, ",") {
			continue
		}
		if c+1 >= j || d.toks[c+1].kind != tWord || !d.toks[c+1].is(fLower) || !introPreps[d.low[c+1]] {
			continue
		}
		if d.toks[c-1].kind != tWord {
			return phrase{}, false
		}
		// "The plan, in its current form, said nothing": only a person,
		// a role or a group speaks here.
		sp, ok := x.npEndingAt(c-1, lo)
		if !ok || !x.personLike(sp) && !x.lx.org[d.low[sp.mTo-1]] {
			return phrase{}, false
		}
		return sp, true
	}
	return phrase{}, false
}

// partyLabelEnd reports whether the stop at token c closes a party
// label set off by commas ("Smith, R-Ky., said"): a capitalised word with
// a hyphen before it and a comma after it. A state after a place ("Dover,
// Del.,") is no such label.
func (x *Extractor) partyLabelEnd(c int) bool {
	d := &x.d
	return c > 0 && d.isPunct(c+1, ",") && d.toks[c-1].kind == tWord && x.capWord(c-1) && strings.Contains(d.low[c-1], "-")
}

// ordinalMod lists the ordinals that may modify a noun inside a speaker
// phrase ("the former first lady") though the lexicon lists them as
// adverbs.
var ordinalMod = map[string]bool{"first": true, "last": true}

// timePrep lists the words that make a time word before a verb an
// adverbial ("on Monday", "late Tuesday").
var timePrep = map[string]bool{"on": true, "late": true, "early": true, "last": true, "this": true, "earlier": true}

// interjectsInSubject open a phrase set off by commas that a subject
// carries before its cue without being its head: a relative clause or an
// example ("Six papers, including the Gazette, said").
var interjectsInSubject = map[string]bool{"which": true, "including": true, "like": true, "such": true}

// appositionStart reports whether an apposition may start at token i.
func (x *Extractor) appositionStart(i int) bool {
	d := &x.d
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	w := d.low[i]
	if x.isDet(i) || x.isRole(i) || x.isTitle(i) || d.toks[i].is(fCap) || w == "who" || w == "whose" || stripClitic(w) == "who" || isNumber(w) || w == "former" || w == "then" {
		return true
	}
	if w == "now" && i+1 < len(d.toks) && isNumber(d.low[i+1]) {
		// "Smith, now 81 and retired, said": an age
		return true
	}
	// "deputy campaign manager for ..."
	for k := i; k < len(d.toks) && k < i+4 && x.modifier(k); k++ {
		if x.isRole(k + 1) {
			return true
		}
	}
	return false
}

// afterQuotation reports whether token i follows a quotation's closing
// mark (`"...," Jane Roe, the spokesman, said`).
func (x *Extractor) afterQuotation(i int) bool {
	d := &x.d
	if i < 1 {
		return false
	}
	t := d.toks[i-1]
	return t.kind == tCloseQ || t.kind == tOpenQ && t.is(fStraight) && d.inQuote[i-1] == 0
}

// appositionHead returns the phrase that head stands in apposition to,
// when head is a description or a body set off by a comma after a name:
// "Jane Roe, co-director of the Center for Policy Research, a think tank,
// said" names Jane Roe, not the Center. It returns head otherwise.
func (x *Extractor) appositionHead(head phrase, lo int) phrase {
	d := &x.d
	for range 3 {
		c := head.from - 1
		if c-1 < lo || !d.isPunct(c, ",") || !x.appositionStart(head.from) {
			return head
		}
		described := !d.toks[head.from].is(fCap) || x.orgLike(head.mFrom, head.mTo)
		if !described {
			return head
		}
		prev, ok := x.npEndingAt(c-1, lo)
		if !ok || !d.toks[prev.mTo-1].is(fCap) || x.orgLike(prev.mFrom, prev.mTo) || x.isDet(prev.from) ||
			x.lx.timeW[d.low[prev.mTo-1]] || monthNames[d.low[prev.mTo-1]] ||
			x.clauseOpening(prev.from) != prev.from && !d.isPunct(prev.from-1, ",") && !x.afterQuotation(prev.from) {
			// The name opens the clause: not an opening phrase ("On
			// Friday, the ambassador, Jane Roe, wrote", "Referring to
			// Roe, the minister, Ann Lee, said").
			return head
		}
		head = prev
	}
	return head
}

// titleModifier reports whether the lower-case word at i may open a
// speaker phrase before a title or a name ("former", "retired",
// "17-year-old"), given that the words after it up to the head are
// capitalised or roles.
func (x *Extractor) titleModifier(i int) bool {
	d := &x.d
	w := d.low[i]
	if !x.lx.titleMod[w] && !strings.HasSuffix(w, "-year-old") {
		return false
	}
	return i+1 < len(d.toks) && (x.capWord(i+1) || x.isRole(i+1) || x.isTitle(i+1))
}

// adjectiveLike reports whether a lower-case word looks like an adjective
// by its ending ("caustic", "snappy"-like words aside): a phrase ending in
// one ("a thunderous") lacks its noun and names no speaker.
func adjectiveLike(w string) bool {
	switch w {
	case "new", "old", "same", "other", "late", "own", "big", "little", "first", "last", "next":
		return true
	}
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"ous", "ive", "ful", "less", "able", "ible", "ish", "ical", "est"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return true
}

// npEndingAt collects a noun phrase ending at token j (inclusive) going
// left, not before lo.
func (x *Extractor) npEndingAt(j, lo int) (phrase, bool) {
	d := &x.d
	end := j + 1
	org := -1 // where the organisation an acronym in brackets names starts
	if d.bracket(j, false) {
		// "Sen. Pat Toomey (R-Pa.)", "Sen. Pat Toomey -LRB- R-Pa . -RRB-"
		k := j - 1
		for k > lo && k >= j-8 && !d.bracket(k, true) {
			k--
		}
		if !d.bracket(k, true) {
			return phrase{}, false
		}
		if org = x.acronymOrg(k); org < lo {
			org = -1
		}
		j = k - 1
	}
	start := -1
	k := j
	for k >= lo && end-k <= 14 {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote[k] != 0 {
			break
		}
		w := d.low[k]
		switch {
		case start == k+1 && t.is(fLower) && isPossessive(w) && !x.lx.det[w] && k-1 >= lo && d.toks[k-1].kind == tWord:
			// "the prime minister's spokesman": a possessive noun inside
			// the phrase, whose own modifiers and determiner come first.
			start = k
			k--
		case x.isDet(k) && !x.capWord(k):
			if x.complementizer(k) {
				if x.reportBefore(k) {
					// "pointed out that Smith refers to": "that" opens
					// a reported clause, whose subject reports nothing.
					return phrase{}, false
				}
				// "so heated that Smith said": the phrase starts after
				// "that".
				k = -1
				break
			}
			start = k
			if k-2 >= lo && npLinks[d.low[k-1]] && d.toks[k-1].kind == tWord && (x.isRole(k-2) || x.capWord(k-2)) {
				k -= 2
				start = k
				k--
				continue
			}
			k = -1 // stop
		case start == k+1 && (monthNames[w] || x.lx.timeW[w]) && x.capWord(k+1) && k-1 >= lo && d.toks[k-1].kind == tWord && (introPreps[d.low[k-1]] || afterPrep[d.low[k-1]] || d.low[k-1] == "last" || d.low[k-1] == "this" || d.low[k-1] == "next"):
			// "In September Ada Morrow said", "On Monday Jane Roe
			// told": the time before the name is no part of it.
			k = -1
		case x.capWord(k) || t.is(fAbbrev) && x.isTitle(k) || isPossessive(w) && t.is(fCap):
			start = k
			k--
		case k == j && k-1 >= lo && x.isDet(k-1) && t.is(fLower) && !x.lx.aux[w] && !npStop[w]:
			// "the note says": a head noun that is also a verb form
			start = k
			k--
		case x.isRole(k) || x.modifier(k) || k-1 >= lo && npLinks[d.low[k-1]],
			start == k+1 && k-1 >= lo && x.isDet(k-1) && t.is(fLower) && !x.lx.aux[w]:
			// the last case: "a welcome message", a verb form used as a
			// modifier between a determiner and its noun
			start = k
			k--
		case start == k+1 && x.isRole(k+1) && t.is(fLower) && x.info[k].verb != vNone && !x.lx.aux[w] && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") &&
			k-1 >= lo && d.toks[k-1].kind == tWord && (isPossessive(d.low[k-1]) || x.capWord(k-1)):
			// "Trump's Virginia state director", "the White House press
			// secretary": a verb form used as a noun before a role
			start = k
			k--
		case ordinalMod[w] && start == k+1 && k-1 >= lo && t.is(fLower) && (x.isDet(k-1) || x.modifier(k-1) || x.capWord(k-1)):
			// "the former first lady": an ordinal inside the phrase,
			// although "first" alone before a verb is an adverb
			start = k
			k--
		case npLinks[w] && k-1 >= lo && start >= 0 && (x.isRole(k-1) || x.capWord(k-1)),
			w == "and" && start == k+1 && x.capWord(k-1) && (x.orgNameBefore(k-1, lo) || x.orgLike(start, end)):
			// the last: "the Center for Economic and Policy Research"
			start = k
			k--
		default:
			k = -1
		}
		if k == -1 {
			break
		}
	}
	if start < 0 {
		return phrase{}, false
	}
	// Trim leading links and lower-case modifiers that have no determiner
	// before them ("report the findings Smith said": keep "Smith"); a
	// figure determines "percent" ("74 percent said").
	for start < end && (npLinks[d.low[start]] || x.modifier(start) && !x.isRole(start) && !x.isDet(start) && !d.toks[start].is(fCap) && !x.titleModifier(start) && !(isNumber(d.low[start]) && start+1 < end && d.low[start+1] == "percent")) {
		start++
	}
	if org >= 0 {
		if start < 0 || org <= start || org == start+1 && x.isDet(start) {
			// "the National Oceanic and Atmospheric Administration (NOAA)"
			start = org
			if org-1 >= lo && d.low[org-1] == "the" {
				start = org - 1
			}
			if k := start - 1; k-1 >= lo && npLinks[d.low[k]] && d.toks[k].kind == tWord && x.capWord(k-1) && !x.isTitle(k-1) {
				// "Tom Roe of the Centers for ... (CDC)": Roe speaks.
				start, org = k-1, -1
				for start-1 >= lo && x.capWord(start-1) && d.inQuote[start-1] == 0 {
					start--
				}
			}
		} else {
			org = -1 // the phrase opens before the body's name
		}
	}
	if start > j {
		return phrase{}, false
	}
	for t := start; t < j; t++ {
		if npLinks[d.low[t]] && d.toks[t+1].is(fLower) && strings.HasSuffix(d.low[t+1], "ing") {
			// "accused her of making racist remarks", "chided Smith for
			// raising questions": a link to a gerund joins no speaker
			// phrase; the nouns after it are no cue.
			return phrase{}, false
		}
	}
	p := phrase{from: start, to: end}
	x.setMention(&p, j+1)
	if org >= 0 {
		p.mFrom, p.mTo = org, j+1
	}
	// A phrase whose head is a lower-case word that is neither a role nor
	// preceded by a determiner is not a speaker ("the results showed").
	h := p.mTo - 1
	// "Smith's aides say": a name's possessive determines the head too.
	determined := x.isDet(p.from) || p.from > 0 && x.complementizer(p.from-1) || x.percentShare(p.from, h) ||
		h > p.from && isPossessive(d.low[h-1]) && d.toks[h-1].is(fCap)
	if !d.toks[h].is(fCap) && !x.isRole(h) && (!determined || adjectiveLike(d.low[h])) {
		return phrase{}, false
	}
	return p, true
}

// officeHolder returns where the holder's name starts when token i opens
// the department of an office named with "of" ("Secretary of State Jane
// Roe", "Minister of Foreign Affairs Jane Roe", "Chancellor of the
// Exchequer Jane Roe"): past an optional "the" and the department's
// capitalised words, at a capitalised word that is no title; -1 when i
// opens no such department.
func (x *Extractor) officeHolder(i, limit int) int {
	d := &x.d
	if i < 2 || i >= limit || d.low[i-1] != "of" || !(x.isTitle(i-2) || x.isRole(i-2)) {
		return -1
	}
	k := i
	if d.low[k] == "the" {
		k++
	}
	n := 0
	for k < limit && x.capWord(k) && x.lx.portfolio[d.low[k]] {
		k++
		n++
	}
	if n == 0 || k >= limit || !x.capWord(k) || x.isTitle(k) {
		return -1
	}
	return k
}

// setMention sets the mention inside p: the capitalised name at the head
// of the phrase, or the phrase up to its head noun.
func (x *Extractor) setMention(p *phrase, limit int) {
	d := &x.d
	if m := x.orgName(p.from, limit); m >= 0 {
		// "the Center for Economic and Policy Research": a body's name
		// with its links is the mention whole.
		p.mFrom, p.mTo = m, limit
		return
	}
	headEnd := limit
	for i := p.from + 1; i < limit; i++ {
		if npLinks[d.low[i]] || d.isPunct(i, ",") || d.bracket(i, true) {
			headEnd = i
			break
		}
	}
	// "The Bank of England's chief economist": a possessive after the
	// link makes what follows it the head.
	for i := headEnd; i+1 < limit && !d.isPunct(i, ",") && !d.bracket(i, true); i++ {
		if isPossessive(d.low[i]) && d.toks[i+1].kind == tWord {
			p.mFrom, p.mTo = p.from, limit
			if x.capWord(limit-1) && !x.isTitle(limit-1) {
				// "Varsland's John Smith": the name is the mention
				m := limit - 1
				for m-1 > i && x.capWord(m-1) && !x.isTitle(m-1) {
					m--
				}
				p.mFrom = m
			}
			return
		}
	}
	h := headEnd - 1
	if h < p.from {
		h = p.from
	}
	if headEnd < limit && d.low[headEnd] == "of" {
		// "Secretary of State Jane Roe": the office's holder is the
		// mention, when the phrase ends on the name.
		if m := x.officeHolder(headEnd+1, limit); m >= 0 && x.capRun(m, limit) {
			p.mFrom, p.mTo = m, limit
			return
		}
		// "chief of staff Jane Roe": the same in lower case
		if m := x.ofRoleName(headEnd+1, limit, false); m > 0 && d.toks[headEnd-1].is(fLower) && x.capRun(m, limit) {
			p.mFrom, p.mTo = m, limit
			return
		}
	}
	if x.capWord(h) && !x.isTitle(h) {
		m := h
		for m-1 >= p.from && x.capWord(m-1) && !x.isTitle(m-1) && !isPossessive(d.low[m-1]) {
			m--
		}
		if h+1-m >= 3 && x.isRole(m) && !x.orgLike(m, h+1) {
			m++ // "Spokesman Jay Carney": a role opening the sentence
		}
		for k := h - 1; k >= m; k-- {
			if x.lx.credit[d.low[k]] {
				m = k + 1 // "the CNN Wire Staff Jane Roe": past the byline
				break
			}
		}
		p.mFrom, p.mTo = m, h+1
		return
	}
	p.mFrom, p.mTo = p.from, h+1
}

// npAfter collects a speaker phrase starting at token i ("said Smith, a
// spokesman for the group."), not reaching hi.
func (x *Extractor) npAfter(i, hi int) (phrase, bool) {
	d := &x.d
	for i < hi && x.skippable(i) && !d.toks[i].is(fCap) {
		i++
	}
	if i >= hi {
		return phrase{}, false
	}
	if x.isPronounSubject(i) {
		return phrase{from: i, to: i + 1, mFrom: i, mTo: i + 1}, true
	}
	if d.low[i] == "that" {
		return phrase{}, false // "..., said that the records show": a clause, no speaker
	}
	k := i
	if x.isDet(k) {
		k++
	}
	for k < hi && d.toks[k].kind == tWord && d.inQuote[k] == 0 && d.low[k] != "whether" {
		// ("asked by the moderator whether ...": "whether" opens the
		// question)
		w := d.low[k]
		switch {
		case x.capWord(k) || x.isTitle(k) && d.toks[k].is(fCap) || x.isRole(k) || isPossessive(w):
			k++
			continue
		case x.modifier(k) && k+1 < hi && (x.modifier(k+1) || x.capWord(k+1) || x.isRole(k+1)):
			k++
			continue
		case k > i && k+1 < hi && d.toks[k].is(fLower) && x.info[k].verb != vNone && !x.lx.aux[w] && x.isRole(k+1) && (x.capWord(k-1) || isPossessive(d.low[k-1])):
			// "Minnesota state delegate Mary Susan": a verb form used as a
			// noun before a role (as in npEndingAt)
			k++
			continue
		case k+2 < hi && x.modifier(k) && d.toks[k].is(fLower) && d.low[k+1] == "of" && x.ofRoleName(k+2, hi, false) > 0:
			// "said master of ceremonies Jane Roe": the same after a
			// noun that is no listed role.
			k = x.ofRoleName(k+2, hi, false)
			continue
		case k > i && x.occasionNoun(k):
			// "told a Senate hearing that ...": the occasion's noun
			// closes the phrase.
			k++
		case x.modifier(k) && k > i && x.isDet(i) && !x.isDet(k) && !adjectiveLike(w):
			// "the designer", "the printed slate card": a determiner and
			// its noun, and what a link after it names ("the head of the
			// Water Council").
			k++
			if k < hi && npLinks[d.low[k]] {
				continue
			}
		case w == "of" && k > i && d.toks[k-1].is(fLower) && x.ofRoleName(k+1, hi, x.isRole(k-1)) > 0:
			// "said chief of staff Jane Roe": an office named with "of"
			// in lower case before its holder's name, or alone after a
			// role ("said the chief of staff.").
			k = x.ofRoleName(k+1, hi, x.isRole(k-1))
			continue
		case w == "and" && k > i && x.capWord(k-1) && k+1 < hi && x.capWord(k+1) && (x.orgNameAfter(k+1, hi) || x.orgNameBefore(k-1, i)):
			// "said the National Oceanic and Atmospheric
			// Administration", "the Department of Energy and Climate
			// Change": a link inside a body's name.
			k++
			continue
		case npLinks[w] && k > i && k+1 < hi && (x.capWord(k-1) || x.isRole(k-1)) && x.circumstance(k, hi):
			// "said Varga on Sunday", "said the mayor in a statement":
			// when or how it was said, no part of the speaker.
		case npLinks[w] && k > i && k+1 < hi && (x.capWord(k+1) || x.isDet(k+1) || x.isRole(k+1)):
			link := k
			k++
			if x.isDet(k) {
				k++
			}
			if k >= hi || !(x.capWord(k) || x.isRole(k) || x.modifier(k) && k+1 < hi && (x.capWord(k+1) || x.isRole(k+1))) {
				// "said Ann Lee at the time": the link opens no part of
				// the name.
				k = link
				break
			}
			continue
		}
		break
	}
	org := -1
	for e := k; e < hi && e < k+8 && d.toks[e].kind == tWord && (x.capWord(e) || orgLinks[d.low[e]]); e++ {
		// "said the National Oceanic and Atmospheric Administration
		// (NOAA)": the links of a name that an acronym spells.
		if d.bracket(e+1, true) {
			if o := x.acronymOrg(e + 1); o >= i && o < k && x.orgHeads(i, o) {
				org, k = o, e+1
			}
			break
		}
	}
	if org < 0 && k < hi && d.bracket(k, true) {
		if o := x.acronymOrg(k); o >= i && x.orgHeads(i, o) {
			org = o
		}
	}
	orgEnd := k
	if k < hi && d.bracket(k, true) {
		e := k + 1
		for e < hi && e < k+8 && !d.bracket(e, false) {
			e++
		}
		if e < hi && d.bracket(e, false) {
			k = e + 1
		}
	}
	if k == i+1 && x.isDet(i) && (k >= hi || d.toks[k].kind != tWord) && standalone[d.low[i]] {
		// "said another", "tweeted one"
		return phrase{from: i, to: k, mFrom: i, mTo: k}, true
	}
	if k == i || k == i+1 && x.isDet(i) {
		return phrase{}, false
	}
	p := phrase{from: i, to: k}
	x.setMention(&p, k)
	if org >= 0 {
		p.mFrom, p.mTo = org, orgEnd
	}
	h := p.mTo - 1
	if !d.toks[h].is(fCap) && !x.isRole(h) && !(h > i && x.isDet(i) && (x.modifier(h) || x.occasionNoun(h))) && !(x.isDet(h) && h+1 < k && d.low[h+1] == "of") {
		return phrase{}, false
	}
	// Apposition up to the next comma or the end: "Smith, a spokesman for X".
	if k+1 < hi && d.isPunct(k, ",") && x.appositionStart(k+1) {
		e := k + 1
		clause := false
		for e < hi && !d.isPunct(e, ",;.?!") && d.toks[e].kind != tOpenQ && d.toks[e].kind != tCloseQ {
			if x.verb(e) != vNone || x.in(x.lx.aux, e) {
				clause = true
				break
			}
			e++
		}
		if !clause {
			p.to = e
		}
	}
	return p, true
}

// ofRoleName returns where the name starts when the lower-case words
// from token i, after the "of" of an office ("chief of staff", "secretary
// of state"), are one or two nouns followed by a capitalised name that is
// no title or time word; with bare set, a role's office may also end the
// phrase there ("said the chief of staff."). It returns 0 otherwise.
func (x *Extractor) ofRoleName(i, hi int, bare bool) int {
	d := &x.d
	for k := i; k < i+3; k++ {
		if k > i && (k >= hi || d.toks[k].kind == tPunct && d.isPunct(k, ",.;:")) {
			if bare {
				return k
			}
			return 0
		}
		if k >= hi {
			return 0
		}
		if x.capWord(k) && !x.isTitle(k) && !x.lx.timeW[d.low[k]] {
			if k == i {
				return 0
			}
			return k
		}
		w := d.low[k]
		if d.toks[k].kind != tWord || !d.toks[k].is(fLower) || npStop[w] || npLinks[w] || x.lx.det[w] || x.lx.aux[w] || x.lx.clauseB[w] || x.lx.pronSubj[w] || x.lx.timeW[w] || x.lx.adverb[w] {
			return 0
		}
	}
	return 0
}

// complementizer reports whether a lower-case "that" at token k opens a
// clause rather than determining a noun: the word after it is a name, a
// plural noun or a gerund ("that Smith", "that voters", "that keeping
// him"), which a demonstrative "that" cannot determine.
func (x *Extractor) complementizer(k int) bool {
	d := &x.d
	if d.low[k] != "that" || !d.toks[k].is(fLower) || k+1 >= len(d.toks) || d.toks[k+1].kind != tWord {
		return false
	}
	w := d.low[k+1]
	if x.capWord(k + 1) {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"))
}

// reportBefore reports whether a reporting verb or a noun naming
// something said comes before token k in its clause, at most eight words
// back ("pointed out in a memo that").
func (x *Extractor) reportBefore(k int) bool {
	d := &x.d
	for t := k - 1; t >= 0 && t >= k-8 && d.sent[t] == d.sent[k]; t-- {
		if d.toks[t].kind != tWord {
			return false
		}
		if x.verb(t) != vNone || x.lx.speechNoun[d.low[t]] {
			return true
		}
	}
	return false
}

// percentShare reports whether tokens [from, h] are a share of people: a number
// and "percent" ("Forty percent", "40 percent"), which speak as a group in
// polls.
func (x *Extractor) percentShare(from, h int) bool {
	d := &x.d
	return h == from+1 && (d.low[h] == "percent" || d.low[h] == "%") && (isNumber(d.low[from]) || writtenNumber(d.low[from]))
}

// writtenNumber reports whether w is a number written out, hyphenated
// ones too ("forty", "twenty-four").
func writtenNumber(w string) bool {
	if numberWords[w] {
		return true
	}
	parts := strings.Split(w, "-")
	if len(parts) != 2 || !numberWords[parts[0]] {
		return false
	}
	switch parts[1] {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine":
		return true
	}
	return false
}

// numberWords are numbers written out: they open a share ("Forty percent
// said") and name no one ("Seventy died").
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
}

// circumstance reports whether the prepositional phrase opening on
// token k, after a name or a role, ("on Sunday", "in a statement", "on Tuesday in Dunmore") tells
// when or how something was said: "on", "in", "at" or "during", at most a
// determiner and a modifier, then a time word, a month, a year or a
// lower-case noun of medium ([mediumNouns]).
func (x *Extractor) circumstance(k, hi int) bool {
	d := &x.d
	switch d.low[k] {
	case "on", "in", "at", "during":
	default:
		return false
	}
	j := k + 1
	if j < hi && x.isDet(j) {
		j++
	}
	for n := 0; n < 2 && j < hi && d.toks[j].kind == tWord; n, j = n+1, j+1 {
		w := d.low[j]
		if x.lx.timeW[w] || monthNames[w] || isNumber(w) && len(w) == 4 || mediumNouns[w] && d.toks[j].is(fLower) {
			return true
		}
		if !d.toks[j].is(fLower) {
			return false
		}
	}
	return false
}

// coordAgent returns the agent phrase p widened to a coordination of two
// after "by" ("a study by Varga and Moreau found" gives "Varga and
// Moreau"), so that the work phrase holds both authors; p otherwise.
// Tokens before lo are not searched.
func (x *Extractor) coordAgent(p phrase, lo int) phrase {
	d := &x.d
	if p.from-3 < lo || d.low[p.from-1] != "and" || d.toks[p.from-1].kind != tWord {
		return p
	}
	q, ok := x.npEndingAt(p.from-2, lo)
	if !ok || q.from-1 < lo || d.low[q.from-1] != "by" || d.toks[q.from-1].kind != tWord {
		return p
	}
	return phrase{from: q.from, to: p.to, mFrom: q.mFrom, mTo: q.mTo}
}

// authoring lists the participles that name who made a work ("a survey
// conducted by", "a report published by").
var authoring = map[string]bool{
	"conducted": true, "published": true, "released": true, "commissioned": true, "compiled": true,
	"written": true, "produced": true, "issued": true, "prepared": true, "authored": true, "led": true,
}

// participleBy returns the lower-case past participle before the "by" at
// token b, past a short phrase of time between them ("obtained by",
// "released on Sunday by", "published last week by"), or -1 when there is
// none. Tokens before lo are not searched.
func (x *Extractor) participleBy(b, lo int) int {
	d := &x.d
	if b-2 < lo || d.low[b] != "by" || d.toks[b].kind != tWord {
		return -1
	}
	k := b - 1
	timed := false
	for k > lo && b-k <= 3 && d.toks[k].kind == tWord && (x.lx.timeW[d.low[k]] || monthNames[d.low[k]] || timeOpeners[d.low[k]]) {
		timed = timed || x.lx.timeW[d.low[k]] || monthNames[d.low[k]]
		k--
	}
	if k < b-1 && !timed || d.toks[k].kind != tWord || !d.toks[k].is(fLower) || !x.pastForm(k) {
		return -1
	}
	return k
}

// workBy returns the phrase naming a work and its author when the agent
// phrase p follows "by" and a determined lower-case noun that opens its
// clause ("A survey by the Gazette found", "A 2019 study of 500 boats by
// Dunmore University concluded"): the whole phrase, as PolNeAR marks
// it, with the agent's name as mention. Tokens before lo are not
// searched.
func (x *Extractor) workBy(p phrase, lo int) (phrase, bool) {
	d := &x.d
	b := p.from - 1
	if b-2 < lo || d.low[b] != "by" || d.toks[b].kind != tWord || !d.toks[b-1].is(fLower) || d.toks[b-1].kind != tWord || x.pastForm(b-1) {
		return phrase{}, false
	}
	head, ok := x.npEndingAt(b-1, lo)
	if ok && head.from-2 >= lo && d.low[head.from-1] == "of" && !x.isDet(head.from) {
		// "a survey of 500 fishermen by ..."
		if h2, ok2 := x.npEndingAt(head.from-2, lo); ok2 {
			head = h2
		}
	}
	if !ok || !x.isDet(head.from) || !d.toks[head.mTo-1].is(fLower) {
		return phrase{}, false
	}
	if f := head.from; f > lo && !d.isPunct(f-1, ",;:") && !clauseConj[d.low[f-1]] {
		return phrase{}, false
	}
	return phrase{from: head.from, to: p.to, mFrom: p.mFrom, mTo: p.mTo}, true
}
