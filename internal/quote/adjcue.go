package quote

import "strings"

// This file holds the stance cues that are no verb: an adjective after a
// form of "be" ("Smith was adamant that ...", "the council is critical of
// ...") and "made no secret of" / "made no mention of".

// stanceAdj lists the adjectives that report a stance after "be", with
// the words that may introduce what the stance is about.
var stanceAdj = map[string]string{
	"adamant": "that about", "confident": "that", "convinced": "that", "hopeful": "that about",
	"optimistic": "that about", "pessimistic": "that about", "insistent": "that", "emphatic": "that",
	"doubtful": "that", "skeptical": "that of about", "sceptical": "that of about", "critical": "of",
	"wary": "of", "supportive": "of", "dismissive": "of", "worried": "that about", "concerned": "that about",
	"fearful": "that", "vocal": "about", "unequivocal": "that about",
}

// stanceBe lists the verb forms that link a subject to a stance adjective.
var stanceBe = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"remain": true, "remains": true, "remained": true, "'s": true, "’s": true,
}

// stanceNouns lists the nouns of "made no secret of" and "made no mention
// of".
var stanceNouns = map[string]bool{"secret": true, "mention": true}

// beliefNouns name a view held, which a possessor holds and "that"
// states ("her belief that ...").
var beliefNouns = map[string]bool{
	"belief": true, "view": true, "conviction": true, "concern": true, "fear": true, "hope": true, "suspicion": true,
}

// findingNouns name what a study, an inquiry or a speaker put out, which
// a possessor reports through "that" ("the inquiry's finding that ...",
// "the mayor's announcement that ...") as it does a speech noun's.
var findingNouns = map[string]bool{
	"finding": true, "findings": true, "conclusion": true, "announcement": true, "assurance": true,
	"assurances": true, "report": true, "reports": true,
}

// criticNouns name an attack, with the words that introduce its target
// ("his criticism of the plan", "her attacks on the mayor").
var criticNouns = map[string]string{"criticism": "of", "criticisms": "of", "attack": "on", "attacks": "on", "denunciation": "of", "condemnation": "of"}

// finiteEnd returns where what follows a noun cue [cs, ce) ends when the
// sentence's own verb follows it: before the nth finite verb (the second
// after "that": "her claim that X is wrong drew criticism"; the first
// after a noun phrase); ce when there is none.
func (x *Extractor) finiteEnd(cs, ce, nth int) int {
	d := &x.d
	n := 0
	for k := cs; k < ce; k++ {
		if d.toks[k].kind != tWord || !x.finiteLike(k) {
			continue
		}
		if n++; n == nth {
			return x.trimEnd(cs, k)
		}
		for k+1 < ce && d.toks[k+1].kind == tWord && (x.lx.aux[d.low[k+1]] || x.lx.adverb[d.low[k+1]]) {
			k++ // "would not have"
		}
		if k+1 < ce && x.lx.aux[d.low[k]] && d.toks[k+1].kind == tWord && d.toks[k+1].is(fLower) && x.pastForm(k+1) {
			k++ // "was balanced", "would be lost": a participle, no second verb
		}
	}
	return ce
}

// makeForms are the forms of "make".
var makeForms = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// stanceCues finds the stance adjectives and "made no secret of" outside
// the content found so far: the subject before the linking verb is the
// source, what follows "that", "of" or "about" the content.
func (x *Extractor) stanceCues(covered []bool) {
	d := &x.d
	n := len(d.toks)
	for a := 1; a+2 < n; a++ {
		t := d.toks[a]
		if t.kind != tWord || !t.is(fLower) || covered[a] || d.inQuote[a] != 0 || d.toks[a+1].kind != tWord {
			continue
		}
		w, next := d.low[a], d.low[a+1]
		cf, ct := 0, a+1
		switch {
		case stanceAdj[w] != "" && containsWord(stanceAdj[w], next):
			// "was adamant that", "has been critical of"
			b := a - 1
			for b > 0 && d.toks[b].kind == tWord && (x.lx.adverb[d.low[b]] || len(d.low[b]) > 4 && strings.HasSuffix(d.low[b], "ly")) {
				b--
			}
			if !stanceBe[d.low[b]] || d.toks[b].kind != tWord {
				continue
			}
			cf = b
		case (x.lx.speechNoun[w] || beliefNouns[w] || findingNouns[w]) && next == "that" || criticNouns[w] != "" && containsWord(criticNouns[w], next):
			// "Smith's insistence that ...", "her belief that ..."
			lo := d.sentBegin(a)
			sp, ok := x.possessor(a, lo)
			if !ok || sp.from > 0 && (d.low[sp.from-1] == "in" || x.verb(sp.from-1) != vNone) {
				continue
			}
			sp = x.withDeterminer(sp, lo)
			cs := a + 2
			ce := x.coordEnd(cs, x.clauseEnd(cs, d.sentEnd(a)))
			if next == "that" {
				ce = x.finiteEnd(cs, ce, 2)
			} else {
				ce = x.finiteEnd(cs, ce, 1) // "his criticism of the fees won ..."
			}
			if x.countWords(cs, ce) >= 3 && !anyCovered(covered, cs, ce) && !x.used[a] {
				x.addIndirect(a, a+1, sp, cs, ce, covered)
			}
			continue
		case stanceNouns[w] && next == "of" && d.low[a-1] == "no" && a >= 2 && makeForms[d.low[a-2]]:
			cf, ct = a-2, a+2
		default:
			continue
		}
		lo, hi := d.sentBegin(a), d.sentEnd(a)
		if cf <= lo || x.used[cf] {
			continue
		}
		sp, ok := x.subjectBefore(cf, lo)
		if !ok || x.objectOfPrep(sp) || x.relative(sp) {
			continue
		}
		if h := d.low[sp.mTo-1]; h == "it" || h == "this" || h == "that" || h == "there" {
			continue // "it is clear that": no one holds the stance
		}
		cs := a + 2
		ce := x.coordEnd(cs, x.clauseEnd(cs, hi))
		if x.countWords(cs, ce) < 2 || anyCovered(covered, cs, ce) {
			continue
		}
		x.addIndirect(cf, ct, sp, cs, ce, covered)
	}
}

// containsWord reports whether the space-separated list holds w.
func containsWord(list, w string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		if i == len(list) {
			break
		}
		list = list[i+1:]
	}
	return false
}
