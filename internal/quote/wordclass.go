package quote

import "strings"

// This file precomputes, once per text, which of the hot word lists each
// token belongs to, so that the rules test a bit instead of hashing the
// same word into several maps again and again.

// wclass is a set of word-list memberships of one token.
type wclass uint16

const (
	cVerb       wclass = 1 << iota // a reporting verb form (lexicon verbs)
	cParticle                      // a phrasal reporting verb form (lexicon particle)
	cDet                           // a determiner
	cPronSubj                      // a subject pronoun
	cClauseB                       // a clause-boundary word
	cAux                           // an auxiliary
	cAdverb                        // an adverb
	cRole                          // a role noun (lexicon roles)
	cNPStop                        // npStop
	cNPLink                        // npLinks
	cIntro                         // introWords
	cSeem                          // seemForms
	cStance                        // a word opening a stance rule (stanceCues)
	cTitleKnown                    // cTitle has been computed (see isTitle)
	cTitle                         // a title word (entity.IsTitle)
)

// wordInfo is what the lexicon says about one lower-cased word.
type wordInfo struct {
	class wclass
	verb  verbClass
}

// buildWordInfo indexes the hot word lists of lx and of the package by
// word.
func buildWordInfo(lx *lexicon) map[string]wordInfo {
	m := map[string]wordInfo{}
	mark := func(set map[string]bool, c wclass) {
		for w, ok := range set {
			if ok {
				wi := m[w]
				wi.class |= c
				m[w] = wi
			}
		}
	}
	for w, v := range lx.verbs {
		wi := m[w]
		wi.verb = v
		if v != vNone {
			wi.class |= cVerb
		}
		m[w] = wi
	}
	for w := range lx.particle {
		wi := m[w]
		wi.class |= cParticle
		m[w] = wi
	}
	mark(lx.det, cDet)
	mark(lx.pronSubj, cPronSubj)
	mark(lx.clauseB, cClauseB)
	mark(lx.aux, cAux)
	mark(lx.adverb, cAdverb)
	mark(lx.roles, cRole)
	mark(npStop, cNPStop)
	mark(npLinks, cNPLink)
	mark(introWords, cIntro)
	mark(seemForms, cSeem)
	// stanceCues acts only on these words (see its switch).
	mark(lx.speechNoun, cStance)
	mark(beliefNouns, cStance)
	mark(findingNouns, cStance)
	mark(rumourNouns, cStance)
	mark(stanceNouns, cStance)
	mark(answerNouns, cStance)
	mark(madeNouns, cStance)
	for w, s := range stanceAdj {
		if s != "" {
			mark(map[string]bool{w: true}, cStance)
		}
	}
	for w, s := range criticNouns {
		if s != "" {
			mark(map[string]bool{w: true}, cStance)
		}
	}
	return m
}

// classify fills x.info with the word-list facts of every word token
// (other tokens belong to no list).
func (x *Extractor) classify() {
	d := &x.d
	x.info = grow(x.info, len(d.toks))
	for i, t := range d.toks {
		if t.kind == tWord {
			wi, ok := x.lx.info[d.low[i]]
			if !ok {
				// "co-director", "vice-chairman", "ex-minister": a role
				// behind a prefix is a role.
				w := d.low[i]
				if k := strings.IndexByte(w, '-'); k > 0 && rolePrefixes[w[:k]] && x.lx.info[w[k+1:]].class&cRole != 0 {
					wi.class |= cRole
				}
			}
			x.info[i] = wi
		}
	}
}

// rolePrefixes make a role word another role ("co-director").
var rolePrefixes = map[string]bool{"co": true, "vice": true, "ex": true}

// has reports whether token i is in range and belongs to one of the lists
// in c.
func (x *Extractor) has(i int, c wclass) bool {
	return i >= 0 && i < len(x.info) && x.info[i].class&c != 0
}
