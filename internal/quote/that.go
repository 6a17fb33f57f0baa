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
		}
	}
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
