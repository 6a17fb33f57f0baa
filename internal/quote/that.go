package quote

// This file holds the last boundary step: a particle that completes the
// cue verb is not part of what was said ("called for a ban" reports "a
// ban", "went on to say, "..."" reports the quotation). The complementizer
// "that" of a reported clause stays out of the content too ("said that the
// plan failed" reports "the plan failed"): PolNeAR's annotators include
// it, and its exact-match scores would rise, but a quote shown to a user
// reads better without it.

import "sort"

// cueParticles are the prepositions that complete a reporting verb right
// before what it reports ("call for", "call on", "warn of", "talk about").
var cueParticles = map[string]bool{"for": true, "on": true, "about": true, "against": true}

// contentStarts adjusts the start of the first content piece of every
// attribution with a cue: it drops a particle or "to say" that directly
// follows the cue verb.
func (x *Extractor) contentStarts() {
	d := &x.d
	for i := range x.out {
		a := &x.out[i]
		if len(a.Content) == 0 || !a.Cue.Valid() {
			continue
		}
		first := 0
		for j, c := range a.Content {
			if c.Start < a.Content[first].Start {
				first = j
			}
		}
		c := &a.Content[first]
		k := sort.Search(len(d.toks), func(t int) bool { return int(d.toks[t].start) >= c.Start })
		if k == 0 || k >= len(d.toks) || int(d.toks[k].start) != c.Start {
			continue
		}
		if e, ok := x.particleAfterCue(k, a.Cue.End, c.End); ok {
			c.Start = e
			k = sort.Search(len(d.toks), func(t int) bool { return int(d.toks[t].start) >= e })
		}
		if e, ok := x.programmeBefore(k, c.End); ok {
			c.Start = e
		}
	}
}

// timeAfterTitle lists the words that open a time phrase between a
// programme's title and the reported clause ("on Sunday", "last week").
var timeAfterTitle = map[string]bool{"on": true, "last": true, "this": true, "late": true, "early": true}

// partOfDay lists the words that may end such a time phrase.
var partOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// programmeBefore returns where content starting at token k begins once
// the programme or publication the words were said on is left out
// (`told ABC's "This Week" on Sunday that the plan failed` reports "the
// plan failed"): capitalised words ending in a possessive, a quoted title,
// an optional time phrase and "that". ok is false when the content does not
// open that way or nothing would be left before end.
func (x *Extractor) programmeBefore(k, end int) (int, bool) {
	d := &x.d
	i := k
	if i < len(d.toks) && d.low[i] == "the" {
		i++
	}
	n := 0
	for i < len(d.toks) && d.toks[i].kind == tWord && d.toks[i].is(fCap) && n < 4 {
		i++
		n++
		if isPossessive(d.low[i-1]) {
			break
		}
	}
	if n == 0 || !isPossessive(d.low[i-1]) || i+1 >= len(d.toks) || d.toks[i].kind != tOpenQ {
		return 0, false
	}
	qi := d.inQuote[i+1]
	if qi == 0 {
		return 0, false
	}
	q := d.quotes[qi-1]
	if q.open != i || q.close < 0 || x.countWords(q.first, q.last) > 6 {
		return 0, false
	}
	j := q.close + 1
	if j < len(d.toks) && d.isPunct(j, ",") {
		j++
	}
	if j+1 < len(d.toks) && timeAfterTitle[d.low[j]] && d.toks[j+1].kind == tWord {
		j += 2
		if j < len(d.toks) && partOfDay[d.low[j]] {
			j++
		}
	}
	if j+1 >= len(d.toks) || d.low[j] != "that" || d.sent[j] != d.sent[k] || int(d.toks[j+1].start) >= end {
		return 0, false
	}
	return int(d.toks[j+1].start), true
}

// particleAfterCue returns where content starting at token k begins once
// a particle ("for", "on") or "to say" that directly follows the cue
// verb is left out; ok is false when there is none or nothing would be
// left before end.
func (x *Extractor) particleAfterCue(k, cueEnd, end int) (int, bool) {
	d := &x.d
	if d.toks[k].kind != tWord || k == 0 || int(d.toks[k-1].end) != cueEnd {
		return 0, false
	}
	n := k + 1
	switch {
	case cueParticles[d.low[k]]:
	case d.low[k] == "to" && k+1 < len(d.toks) && d.low[k+1] == "say":
		n = k + 2
	case d.low[k] == "to" && x.lx.lemma[d.low[k-1]] == "refer":
		// "referring to the plan" reports "the plan"
	default:
		return 0, false
	}
	for n < len(d.toks) && d.isPunct(n, ",:") {
		n++
	}
	if n >= len(d.toks) || int(d.toks[n].start) >= end {
		return 0, false
	}
	return int(d.toks[n].start), true
}
