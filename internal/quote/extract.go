package quote

import (
	"strings"
)

// Span is a byte range [Start, End) in the text; Start is -1 for "none".
type Span struct {
	Start, End int
}

// None is the empty span.
var None = Span{-1, -1}

// Valid reports whether s is a real span.
func (s Span) Valid() bool { return s.Start >= 0 && s.End > s.Start }

// Attribution is one statement attributed to a source, in byte offsets of
// the text it was extracted from.
type Attribution struct {
	// Content holds the statement, one fragment per quotation (a quote
	// interrupted by "he said" has two), without the quotation marks for
	// direct quotes.
	Content []Span
	// Direct is true for quoted speech, false for reported speech.
	Direct bool
	// Cue locates the reporting words ("said", "according to", ":").
	Cue  Span
	Verb string
	// Source is the whole phrase designating the speaker, appositions
	// included ("Smith, a spokesman for the group,"); Mention is the part
	// of it that names the speaker ("Smith", "he", "the spokesman"). Both
	// are None when no speaker was found.
	Source  Span
	Mention Span
	// Speaker is the canonical entity Mention resolves to (the fullest
	// name in the text), empty when unresolved.
	Speaker string
	// Unnamed, when Mention is "he" or "she" pointing at a person the text
	// leaves unnamed, is the phrase that introduced them ("a woman in
	// Tripoli", "the protester"); Speaker is then empty.
	Unnamed string
	// Addressee is who was told ("told NBC News" -> "NBC News").
	Addressee string
	// Sentence is the index of the sentence where Content starts, as split
	// by this package.
	Sentence int
}

// Extractor finds attributions in texts. Its zero value is ready to use;
// it keeps buffers between calls, so reuse one per goroutine. It is not
// safe for concurrent use.
type Extractor struct {
	d    doc
	lx   *lexicon
	out  []Attribution
	used map[int]bool // cue tokens already used
	// pending are the quotations left without a cue by direct()
	pending []int
	// held are token ranges [from, to) cut off the end of a reported
	// clause (after the quotation that closes it): they belong to no
	// attribution, and no other attribution is looked for in them.
	held [][2]int
	// mentionEnds are the end offsets of the speaker mentions found
	mentionEnds []int
	// anon are the people mentioned without a name, in text order (see
	// anonPeople)
	anon []anonPerson
	// lowerWords holds the words d writes in lower case, filled on first
	// use in each text (lowerReady); see writtenLower.
	lowerWords map[string]bool
	lowerReady bool
	// info holds the word-list facts of each token of d
	info []wordInfo
}

// Extract returns the attributions in text, in text order. It is a
// convenience wrapper around a fresh [Extractor].
func Extract(text string) []Attribution {
	var x Extractor
	return x.Extract(text)
}

// Extract returns the attributions in text, in order of their content.
// The returned slice is freshly allocated.
func (x *Extractor) Extract(text string) []Attribution {
	if x.lx == nil {
		x.lx = getLexicon()
	}
	x.d.reset(text)
	x.classify()
	x.out = x.out[:0]
	if x.used == nil {
		x.used = map[int]bool{}
	}
	clear(x.used)
	x.pending = x.pending[:0]
	x.held = x.held[:0]
	x.lowerReady = false
	x.direct()
	x.parentheticalLead()
	x.indirect()
	x.seems()
	x.survey()
	x.uncued()
	x.resolve()
	x.contentStarts()
	x.dropEmpty()
	sortAttributions(x.out)
	out := make([]Attribution, len(x.out))
	copy(out, x.out)
	return out
}

// dropEmpty removes content fragments that hold no text and the
// attributions left without any: a rule whose clause bounds met (a
// sentence split inside a quotation, say) reports nothing.
func (x *Extractor) dropEmpty() {
	out := x.out[:0]
	for _, a := range x.out {
		content := a.Content[:0]
		for _, c := range a.Content {
			if c.Valid() && c.Start < c.End {
				content = append(content, c)
			}
		}
		if len(content) == 0 {
			continue
		}
		a.Content = content
		out = append(out, a)
	}
	x.out = out
}

func sortAttributions(a []Attribution) {
	// insertion sort: lists are short and nearly sorted
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].Content[0].Start < a[j-1].Content[0].Start; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// span returns the byte span of tokens [i, j).
func (d *doc) span(i, j int) Span {
	if i >= j {
		return None
	}
	return Span{int(d.toks[i].start), int(d.toks[j-1].end)}
}

func (d *doc) isPunct(i int, set string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tPunct {
		return false
	}
	return strings.Contains(set, d.low[i])
}

// bracket reports whether token i is an opening (open) or closing round
// bracket, also written as a Penn Treebank token ("-LRB-", "-RRB-").
func (d *doc) bracket(i int, open bool) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tPunct {
		return false
	}
	if open {
		return d.str(i) == "(" || d.str(i) == "-LRB-"
	}
	return d.str(i) == ")" || d.str(i) == "-RRB-"
}

// afterPrep lists the prepositions after which a verb form is a noun or
// a gerund, never a finite reporting verb.
var afterPrep = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true, "in": true, "on": true, "by": true, "about": true, "under": true, "into": true}

func (x *Extractor) verb(i int) verbClass {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord || d.inQuote[i] != 0 {
		return vNone
	}
	// A capitalised verb form inside a sentence is a name ("United States").
	// In a title-case headline every word is capitalised, verbs too.
	if d.toks[i].is(fCap) && i > 0 && d.sent[i-1] == d.sent[i] && d.toks[i-1].kind != tOpenQ && !d.isPunct(i-1, ":—–(") && !(i < d.head && d.headTitle) {
		return vNone
	}
	c := x.info[i].verb
	if c == vNone && x.info[i].class&cParticle != 0 && i+1 < len(d.toks) && d.low[i+1] == x.lx.particle[d.low[i]] && d.toks[i+1].kind == tWord && x.particleEnd(i+2) {
		c = vSpeech
	}
	// "state" before a bare noun modifies it ("GOP state leaders", "state
	// lawmakers"): the verb takes a clause, an object or punctuation.
	if c != vNone && (d.low[i] == "state" || d.low[i] == "states") && i+1 < len(d.toks) && d.toks[i+1].kind == tWord && d.toks[i+1].is(fLower) && !x.isDet(i+1) && !x.isPronounSubject(i+1) && d.low[i+1] != "that" && (x.isRole(i+1) || x.modifier(i+1)) {
		return vNone
	}
	// "state" reports only what follows "that" or a colon ("states that
	// the fee will rise"); elsewhere it is the noun ("in 10 states",
	// "state Sen. Smith").
	if c != vNone && (d.low[i] == "state" || d.low[i] == "states") && !(i+1 < len(d.toks) && (d.low[i+1] == "that" || d.isPunct(i+1, ":"))) {
		return vNone
	}
	// A ruling verb ("ruled", "decreed", "held") reports only a "that"
	// clause, past a short phrase of time ("ruled on Monday that"):
	// "ruled for forty years", "held a meeting" report nothing.
	if c != vNone && thatOnly[d.low[i]] && !x.thatFollows(i) {
		return vNone
	}
	if c != vNone && x.askedOfSpeaker(i) {
		return vNone
	}
	if c != vNone && x.standaloneSubject(i) && x.theNumber(i-1) {
		return c // "the two write"
	}
	// After a determiner the word is a noun ("the attacks", "his remarks"),
	// and after a preposition too ("secretary of state").
	if c != vNone && i > 0 && d.low[i-1] != "that" && (x.isDet(i-1) && !x.standaloneSubject(i) && !x.floatsBefore(i) || afterPrep[d.low[i-1]] && !strings.HasSuffix(d.low[i], "ing")) {
		return vNone
	}
	// After a determiner and a modifier that is not a noun able to speak,
	// a present form is a noun too ("a snappy retort", "his recent
	// remarks", "the deadly attacks": an -ly word there is an adjective);
	// "the campaign says" and "the crowd chanted" stay verbs.
	if c != vNone && i > 1 && x.isDet(i-2) && d.toks[i-1].is(fLower) && (x.modifier(i-1) || strings.HasSuffix(d.low[i-1], "ly") || x.info[i-1].verb != vNone && !x.pastForm(i-1)) && !x.isRole(i-1) && !x.pastForm(i) && !verbOnly[d.low[i]] && !x.participleAfterNoun(i) && !x.pluralAgrees(i) {
		return vNone
	}
	// "the charged term", "the revised plan": a present form after a
	// determiner and a past participle, before a comma or a preposition,
	// is the noun they modify ("the wounded say "..."" keeps its verb).
	if c != vNone && i > 1 && x.isDet(i-2) && d.toks[i-1].is(fLower) && strings.HasSuffix(d.low[i-1], "ed") && x.pastForm(i-1) && !x.pastForm(i) && !strings.HasSuffix(d.low[i], "ing") && !verbOnly[d.low[i]] && !x.pluralAgrees(i) && !x.participleAfterNoun(i) && d.toks[i-1].kind == tWord &&
		i+1 < len(d.toks) && (d.isPunct(i+1, ",;)") || d.toks[i+1].kind == tWord && afterPrep[d.low[i+1]]) {
		return vNone
	}
	// "the reality show", "the nightclub attack": a present
	// form after a lower-case non-role noun that follows a determiner
	// through at most two more modifiers or names.
	if c != vNone && i > 2 && d.toks[i-1].is(fLower) && x.modifier(i-1) && !x.isRole(i-1) && !x.pastForm(i) && !verbOnly[d.low[i]] && !x.participleAfterNoun(i) && !x.pluralAgrees(i) && !x.floatsBefore(i) && d.low[i-1] != "percent" {
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if x.isDet(k) {
				return vNone
			}
			if !(x.modifier(k) || x.capWord(k)) || x.isRole(k) {
				break
			}
		}
	}
	// "the Benghazi attack", "the reality TV show": a bare form after a
	// singular name that follows a determiner, possibly through a
	// modifier, is a noun ("the Democrats say" keeps its verb).
	if c != vNone && i > 1 && x.capWord(i-1) && !strings.HasSuffix(d.low[i-1], "s") && bareForm(d.low[i]) && !x.pastForm(i) && !verbOnly[d.low[i]] {
		for k := i - 2; k >= 0 && k >= i-3; k-- {
			if x.isDet(k) && !isPossessive(d.low[k]) {
				return vNone
			}
			if !x.modifier(k) && !x.capWord(k) || x.isRole(k) {
				break
			}
		}
	}
	return c
}

// askedOfSpeaker reports whether the past form of a verb whose object is
// the one who answers ("asked", "pressed", "questioned") at token i is a
// passive participle rather than a cue: set off by a comma after a noun
// and opening a question or topic ("Roe, asked about the pier, said ...",
// "The minister, asked whether ..., replied") before a comma and a speech
// verb later in its sentence, or asking for anonymity ("an official who
// asked not to be named").
func (x *Extractor) askedOfSpeaker(i int) bool {
	d := &x.d
	switch d.low[i] {
	case "asked", "pressed", "questioned":
	default:
		return false
	}
	if i+3 < len(d.toks) && d.low[i+1] == "not" && d.low[i+2] == "to" && d.low[i+3] == "be" {
		return true
	}
	if i < 2 || i+1 >= len(d.toks) || !d.isPunct(i-1, ",") || d.toks[i-2].kind != tWord || !askedTopic[d.low[i+1]] {
		return false
	}
	end := d.sentEnd(i)
	for k := i + 2; k+1 < end; k++ {
		if d.toks[k].kind == tOpenQ {
			return false
		}
		if d.isPunct(k, ",") && d.toks[k+1].kind == tWord && d.toks[k+1].is(fLower) && x.lx.verbs[d.low[k+1]] == vSpeech {
			return true
		}
	}
	return false
}

// askedTopic lists the words that open the topic or question of a
// passive "asked" ("asked about", "asked whether").
var askedTopic = map[string]bool{
	"about": true, "whether": true, "if": true, "why": true, "how": true, "what": true, "when": true,
	"where": true, "who": true, "by": true, "to": true, "on": true, "for": true, "again": true,
}

// bareForm reports whether w is a verb's base form rather than a past,
// "-s" or "-ing" form.
func bareForm(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// standaloneSubject reports whether the verb form at token i follows a
// determiner that stands alone as its subject ("several said", "most
// say"): the determiner opens its clause and the form is past or one that
// is never a noun.
func (x *Extractor) standaloneSubject(i int) bool {
	d := &x.d
	if x.theNumber(i-1) && (x.pastForm(i) || !strings.HasSuffix(d.low[i], "s")) {
		// "the two said", `"...," the three write`: a number after "the"
		// stands for people named before; the verb agrees with a plural.
		return true
	}
	if i < 1 || !standalone[d.low[i-1]] && d.low[i-1] != "few" || !x.pastForm(i) && !verbOnly[d.low[i]] && d.low[i] != "say" && !x.clauseAfter(i) {
		return false
	}
	j := i - 1
	return j == 0 || d.sent[j-1] != d.sent[j] || d.isPunct(j-1, ",;:") || d.low[j-1] == "and" || d.low[j-1] == "but"
}

// thatOnly lists the forms of ruling verbs, which report a clause only
// through "that" (see [Extractor.thatFollows]); "ruling" and "holding"
// are left out, as they are mostly nouns ("a ruling that paved the way").
var thatOnly = map[string]bool{
	"rule": true, "rules": true, "ruled": true,
	"decree": true, "decrees": true, "decreed": true, "decreeing": true,
	"determine": true, "determines": true, "determined": true, "determining": true,
	"hold": true, "holds": true, "held": true,
}

// thatFollows reports whether "that" follows token i, right after it or
// past a short phrase of time or place made of prepositions, time words,
// numbers and capitalised words ("ruled on Monday that", "held in
// Dunmore last week that").
func (x *Extractor) thatFollows(i int) bool {
	d := &x.d
	for k := i + 1; k < len(d.toks) && k <= i+5 && d.toks[k].kind == tWord; k++ {
		w := d.low[k]
		if w == "that" {
			return d.sent[k] == d.sent[i]
		}
		if !afterPrep[w] && !x.lx.timeW[w] && !isNumber(w) && !x.capWord(k) && w != "last" && w != "this" && w != "the" {
			return false
		}
	}
	return false
}

// verbOnly lists present forms of reporting verbs that are never nouns,
// so "the note says" keeps its verb.
var verbOnly = map[string]bool{
	"says": true, "writes": true, "adds": true, "tells": true, "argues": true, "concludes": true,
	"suggests": true, "explains": true, "insists": true, "warns": true, "contends": true,
	"declares": true, "reads": true, "asserts": true, "recalls": true, "predicts": true,
	"acknowledges": true, "admits": true, "continues": true, "shows": true, "finds": true,
}

// particleEnd reports whether token k may follow the particle of a
// phrasal cue: punctuation, the end, or a word that starts what was said
// or its circumstances ("shot back that", "pushed back on"), not a noun
// ("goes on recess").
func (x *Extractor) particleEnd(k int) bool {
	d := &x.d
	if k >= len(d.toks) || d.toks[k].kind != tWord || d.toks[k].is(fPara) {
		return true
	}
	return afterParticle[d.low[k]] || x.isDet(k) || x.isPronounSubject(k) || d.toks[k].is(fCap)
}

// afterParticle lists the words that may follow the particle of a phrasal
// cue.
var afterParticle = map[string]bool{
	"that": true, "to": true, "at": true, "on": true, "with": true, "in": true, "against": true,
	"about": true, "by": true, "when": true, "as": true, "after": true, "before": true, "saying": true,
	"and": true, "but": true, "during": true, "while": true, "later": true, "again": true,
}

// pastForm reports whether the word at i is a past tense form ("said",
// "chanted").
func (x *Extractor) pastForm(i int) bool {
	w := x.d.low[i]
	return strings.HasSuffix(w, "ed") || x.lx.past[w]
}

// cueEnd returns the token after the cue verb at i: after its particle
// for a phrasal verb ("shot back").
func (x *Extractor) cueEnd(i int) int {
	d := &x.d
	if p, ok := x.lx.particle[d.low[i]]; ok && i+1 < len(d.toks) && d.low[i+1] == p {
		return i + 2
	}
	return i + 1
}

func (x *Extractor) in(set map[string]bool, i int) bool {
	d := &x.d
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	return set[d.low[i]]
}

// countWords counts the word tokens in [i, j).
func (x *Extractor) countWords(i, j int) int {
	n := 0
	for k := max(i, 0); k < j; k++ {
		if x.d.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// trimEnd drops final sentence punctuation from the token range [i, j)
// and returns the new end.
func (x *Extractor) trimEnd(i, j int) int {
	d := &x.d
	for j > i+1 && d.isPunct(j-1, ".;:,!?…—–-") {
		j--
	}
	return j
}

// clauseAfter reports whether the present form at token i of a verb that
// takes a bare clause has a clause's subject right after it ("many fear
// Smith will ...", "some believe they ..."), so that it is a verb, not a
// noun after a quantity word.
func (x *Extractor) clauseAfter(i int) bool {
	d := &x.d
	if i+2 >= len(d.toks) || !bareClause[x.lx.lemma[d.low[i]]] || d.toks[i+1].kind != tWord {
		return false
	}
	// "most believe that ...", "few think the plan ...": "that" or a
	// determiner opens the clause too.
	return x.isPronounSubject(i+1) && d.low[i+1] != "who" || x.capWord(i+1) && d.toks[i+2].kind == tWord ||
		d.low[i+1] == "that" || x.isDet(i+1) && !isPossessive(d.low[i+1]) && d.toks[i+2].kind == tWord
}

// pluralAgrees reports whether the base form of a verb at token i follows
// a plural noun it agrees with ("the researchers say", "her confidants
// argue"): a verb, where a singular noun would make it a noun ("a snappy
// retort").
func (x *Extractor) pluralAgrees(i int) bool {
	d := &x.d
	w, p := d.low[i], d.low[i-1]
	return x.lx.lemma[w] == w && len(p) > 3 && p[len(p)-1] == 's' && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "us") && !isPossessive(p)
}

// theNumber reports whether token j is a number word after "the" that
// stands alone as a noun phrase ("the two", "the three"), opening its
// sentence or following punctuation, a quotation or "and"/"but".
func (x *Extractor) theNumber(j int) bool {
	d := &x.d
	if j < 1 || j >= len(d.toks) || !numberWords[d.low[j]] || d.low[j-1] != "the" || d.toks[j].kind != tWord || d.toks[j-1].kind != tWord || d.inQuote[j] != 0 {
		return false
	}
	k := j - 1
	return k == 0 || d.sent[k-1] != d.sent[k] || d.toks[k-1].kind != tWord || d.low[k-1] == "and" || d.low[k-1] == "but"
}
