package quote

// This file holds the search for who performs a cue from its sentence: the
// subject of a participle or coordinated cue, the subject opening the
// sentence, and whether a phrase can name a speaker.

import "strings"

// clauseSubject finds the subject of the clause a cue hangs from when the
// cue is a participle ("Trump tweeted Monday, saying ...") or the second
// of two coordinated verbs ("He praised them but said ..."): the subject
// of the sentence.
func (x *Extractor) clauseSubject(v int) (phrase, bool) {
	d := &x.d
	j := v - 1
	for j >= 0 && x.skippable(j) {
		j--
	}
	w := d.low[v]
	comma := d.isPunct(j, ",") || j > 0 && d.toks[j].kind == tCloseQ && d.isPunct(j-1, ",")
	participle := len(w) > 4 && w[len(w)-3:] == "ing" && (comma || x.participle(v))
	coordinated := j >= 0 && d.toks[j].kind == tWord && (d.low[j] == "and" || d.low[j] == "but")
	if !participle && !coordinated {
		return phrase{}, false
	}
	if participle && !comma && j >= 0 && d.toks[j].kind == tWord {
		// "with Smith calling it ...", "Smith saying he was ...": the
		// phrase right before the participle performs it.
		if sp, ok := x.withPhrase(j); ok {
			return sp, true
		}
		if sp, ok := x.subjectBefore(v, x.clauseFloor(v)); ok && !x.relative(sp) && sp.to == j+1 && x.capWord(sp.mTo-1) && (sp.from == 0 || d.low[sp.from-1] == "with" || !afterPrep[d.low[sp.from-1]] && !x.isDet(sp.from-1)) {
			return sp, true
		}
	}
	if participle && comma {
		// `"...," he said, adding ...`: the subject of the cue before.
		k := j - 1
		if d.toks[j].kind == tCloseQ {
			k = j - 2
		}
		for k >= 0 && x.skippable(k) {
			k--
		}
		if x.verb(k) == vSpeech && !x.participle(k) {
			if sp, ok := x.subjectBefore(k, d.sentBegin(k)); ok && !x.relative(sp) {
				return sp, true
			}
		}
	}
	if sp, ok := x.mainSubjectOf(v, true, !participle); ok {
		return sp, true
	}
	return x.sentenceSubject(v)
}

// introWords open a sentence with an adverbial phrase that ends at the
// first comma ("In an interview Thursday, the senator said ...").
var introWords = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "when": true,
	"while": true, "as": true, "since": true, "asked": true, "speaking": true, "later": true,
	"earlier": true, "meanwhile": true, "however": true, "still": true, "yet": true, "instead": true,
	"for": true, "with": true, "without": true, "despite": true, "following": true, "under": true,
	"if": true, "although": true, "though": true, "because": true, "once": true, "then": true,
	"writing": true, "appearing": true, "responding": true, "addressing": true, "from": true,
	"amid": true, "alongside": true, "among": true, "throughout": true, "within": true, "upon": true,
	"unlike": true, "besides": true, "beyond": true, "across": true, "toward": true, "towards": true,
	"regarding": true, "given": true, "by": true, "until": true, "whether": true,
	"likewise": true, "indeed": true, "moreover": true, "nevertheless": true, "nonetheless": true,
	"separately": true, "similarly": true, "overall": true,
}

// sentenceSubject returns the speaker phrase that opens the sentence
// holding token v, skipping a leading conjunction and an introductory
// phrase.
func (x *Extractor) sentenceSubject(v int) (phrase, bool) {
	d := &x.d
	i := d.sentBegin(v)
	for i < v && (d.toks[i].kind == tOpenQ || d.isPunct(i, "—–-(")) {
		i++
	}
	if i < v && (d.low[i] == "but" || d.low[i] == "and" || d.low[i] == "so") {
		i++
	}
	if e := x.datelineEnd(i, v); e > i {
		i = e
	}
	// "Specifically, ...", "Immediately, ..."
	if i+1 < v && d.toks[i].kind == tWord && d.isPunct(i+1, ",") && (x.lx.adverb[d.low[i]] || strings.HasSuffix(d.low[i], "ly")) {
		i += 2
	}
	if i < v && introWords[d.low[i]] {
		k := i + 1
		for k < v && !d.isPunct(k, ",") {
			k++
		}
		if k >= v {
			return phrase{}, false
		}
		i = k + 1
	}
	if i >= v {
		return phrase{}, false
	}
	return x.npAfter(i, v)
}

// personLike reports whether a subject phrase can name who said a
// quotation that has no cue: a name, a role ("the spokesman") or a
// personal pronoun, not "it" or a thing ("the plan").
func (x *Extractor) personLike(sp phrase) bool {
	d := &x.d
	h := sp.mTo - 1
	if h < sp.mFrom {
		return false
	}
	switch d.low[h] {
	case "he", "she", "they", "i", "we":
		return true
	}
	return x.capWord(h) || x.isRole(h)
}
