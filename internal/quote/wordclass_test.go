package quote

import "testing"

// TestWordInfoMatchesLists checks that the precomputed word index agrees
// with every word list it summarises, for every word in any of them.
func TestWordInfoMatchesLists(t *testing.T) {
	lx := getLexicon()
	sets := []struct {
		name string
		c    wclass
		has  func(w string) bool
	}{
		{"verbs", cVerb, func(w string) bool { return lx.verbs[w] != vNone }},
		{"particle", cParticle, func(w string) bool { _, ok := lx.particle[w]; return ok }},
		{"det", cDet, func(w string) bool { return lx.det[w] }},
		{"pronSubj", cPronSubj, func(w string) bool { return lx.pronSubj[w] }},
		{"clauseB", cClauseB, func(w string) bool { return lx.clauseB[w] }},
		{"aux", cAux, func(w string) bool { return lx.aux[w] }},
		{"adverb", cAdverb, func(w string) bool { return lx.adverb[w] }},
		{"roles", cRole, func(w string) bool { return lx.roles[w] }},
		{"npStop", cNPStop, func(w string) bool { return npStop[w] }},
		{"npLinks", cNPLink, func(w string) bool { return npLinks[w] }},
		{"introWords", cIntro, func(w string) bool { return introWords[w] }},
		{"seemForms", cSeem, func(w string) bool { return seemForms[w] }},
		{"stance", cStance, func(w string) bool {
			return lx.speechNoun[w] || beliefNouns[w] || findingNouns[w] || rumourNouns[w] ||
				stanceNouns[w] || answerNouns[w] || madeNouns[w] || stanceAdj[w] != "" || criticNouns[w] != ""
		}},
	}
	words := map[string]bool{"": true, "zzyzx": true, ",": true}
	for w := range lx.info {
		words[w] = true
	}
	for _, m := range []map[string]bool{lx.det, lx.roles, npStop, introWords, seemForms, rumourNouns} {
		for w := range m {
			words[w] = true
		}
	}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			for w := range words {
				got := lx.info[w].class&s.c != 0
				if want := s.has(w); got != want {
					t.Errorf("%q: in index = %v, in list = %v", w, got, want)
				}
			}
		})
	}
	for w := range words {
		if got, want := lx.info[w].verb, lx.verbs[w]; got != want {
			t.Errorf("%q: verb class %v, want %v", w, got, want)
		}
	}
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "said", "Said", "U.S.", "MAYOR", "Zoë", "O’Brien", "co\u00adop", "AbC123"} {
		if got, want := lowerASCII(s), lowerSlow(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
