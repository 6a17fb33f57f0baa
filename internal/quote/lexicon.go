package quote

import (
	_ "embed"
	"strings"
	"sync"
)

// Verb classes (see lexicon/verbs.txt).
type verbClass uint8

const (
	vNone   verbClass = iota
	vSpeech           // said, told, wrote: direct and reported speech
	vBelief           // believes, thinks: reported thought only
	vName             // called, dubbed: names what was said
)

//go:embed lexicon/verbs.txt
var verbsTxt string

//go:embed lexicon/roles.txt
var rolesTxt string

//go:embed lexicon/places.txt
var placesTxt string

//go:embed lexicon/words.txt
var wordsTxt string

// lexicon holds the word lists, read once from the embedded files and never
// modified afterwards.
type lexicon struct {
	verbs map[string]verbClass
	// lemma maps each verb form to its first form ("said" -> "say").
	lemma map[string]string
	roles map[string]bool
	sets  map[string]map[string]bool
	// frequently used sets, also in sets
	pronSubj, det, clauseB, aux, adverb, timeW, org map[string]bool
	// progressive holds the words before an -ing form that make it a
	// tense, not a participle clause ("was saying", "kept saying"); past
	// the irregular past forms; titleMod the modifiers that may open a
	// speaker phrase ("former", "retired").
	progressive, past, titleMod map[string]bool
	// speechNoun holds the nouns that name something said and take its
	// speaker as possessor ("her remark that ...", "his call for ...").
	speechNoun map[string]bool
	// nonPerson holds the nouns that name a body or a text, not a person
	// ("the ministry", "the report"): a phrase they head is not resolved
	// to a person.
	nonPerson map[string]bool
	// places holds the names of countries, regions and states, lower case
	// ("spain", "new zealand"): no person.
	places map[string]bool
	// placeFirst holds the first words of places.
	placeFirst map[string]bool
	// demonym holds the adjectives of nationality formed from one-word
	// places ("libyan", "egyptian", "iraqi") and the irregular ones of
	// words.txt ("british", "turkish"): a modifier, no person.
	demonym map[string]bool
	// portfolio holds the words that name a government department after
	// "Secretary of", "Minister of" ("State", "Defense", "Foreign
	// Affairs"): part of the office, not of the holder's name.
	portfolio map[string]bool
	// placeHead holds the nouns that end a place's name ("Tahrir Square",
	// "Gulf Coast") and no surname or metonym ("Kevin Beach", "Downing
	// Street" may speak): no person.
	placeHead map[string]bool
	// party holds the party labels that may stand before a name
	// ("Republican Joe Barton").
	party map[string]bool
	// credit holds the words of photo credits ("Getty Images", "AP") that
	// a page may glue before a name.
	credit map[string]bool
	// particle maps the forms of a phrasal reporting verb to the particle
	// it needs ("shot" -> "back"); the pair is a speech cue.
	particle map[string]string
	// info indexes the hot word lists by word (see wordclass.go).
	info map[string]wordInfo
}

var getLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{
		verbs:      map[string]verbClass{},
		lemma:      map[string]string{},
		roles:      map[string]bool{},
		sets:       map[string]map[string]bool{},
		particle:   map[string]string{},
		places:     map[string]bool{},
		placeFirst: map[string]bool{},
		demonym:    map[string]bool{},
	}
	for _, line := range lines(placesTxt) {
		name := strings.ToLower(line)
		lx.places[name] = true
		lx.placeFirst[strings.Fields(name)[0]] = true
		addDemonyms(lx.demonym, name)
	}
	for _, line := range lines(verbsTxt) {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		if f[0] == "phrasal" && len(f) >= 3 {
			for _, w := range f[2:] {
				lx.particle[w] = f[1]
				lx.lemma[w] = f[2]
			}
			continue
		}
		c := map[string]verbClass{"speech": vSpeech, "belief": vBelief, "name": vName}[f[0]]
		for _, w := range f[1:] {
			if _, seen := lx.verbs[w]; !seen {
				lx.verbs[w] = c
				lx.lemma[w] = f[1]
			}
		}
	}
	for _, line := range lines(rolesTxt) {
		for _, w := range strings.Fields(line) {
			lx.roles[w] = true
		}
	}
	var cur map[string]bool
	for _, line := range lines(wordsTxt) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = map[string]bool{}
			lx.sets[line[1:len(line)-1]] = cur
			continue
		}
		for _, w := range strings.Fields(line) {
			if cur != nil {
				cur[w] = true
			}
		}
	}
	lx.pronSubj, lx.det, lx.clauseB = lx.sets["pronoun-subject"], lx.sets["determiner"], lx.sets["clause-boundary"]
	lx.aux, lx.adverb, lx.timeW, lx.org = lx.sets["auxiliary"], lx.sets["adverb"], lx.sets["time"], lx.sets["org"]
	lx.progressive, lx.past, lx.titleMod = lx.sets["progressive"], lx.sets["past"], lx.sets["title-modifier"]
	lx.speechNoun, lx.nonPerson = lx.sets["speech-noun"], lx.sets["non-person"]
	for w := range lx.sets["demonym"] {
		lx.demonym[w] = true // the irregular ones: "British", "Turkish"
	}
	lx.portfolio, lx.credit, lx.placeHead = lx.sets["portfolio"], lx.sets["credit"], lx.sets["place-head"]
	lx.party = lx.sets["party"]
	lx.info = buildWordInfo(lx)
	return lx
})

// addDemonyms adds to set the adjectives of nationality that English
// regularly forms from a one-word place name: Libya → Libyan, Egypt →
// Egyptian, Mexico → Mexican, Iraq → Iraqi. Irregular ones (Spanish,
// Chinese, French) end in -ish, -ese or -ch and are told by their ending.
func addDemonyms(set map[string]bool, place string) {
	if strings.Contains(place, " ") || len(place) < 4 {
		return
	}
	stem := place[:len(place)-1]
	for _, w := range []string{place + "n", place + "an", place + "ian", place + "i", stem + "an", stem + "ian"} {
		set[w] = true
	}
}

// lines returns the non-empty, non-comment lines of s, trimmed.
func lines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}
