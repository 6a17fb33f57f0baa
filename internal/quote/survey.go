package quote

// surveyNouns are the heads of a phrase naming a poll: "In a new poll of
// voters, 40 percent said ..." reports what the poll found.
var surveyNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true}

// survey attributes a sentence opening with "In" and a phrase naming a poll
// ("In a Post-ABC News poll released Sunday, 8 percent of voters said
// ...") to that poll: its cue is "In" and its content the rest of the
// sentence. Attributions found inside that rest whose speakers are shares
// of the respondents ("8 percent of voters") give way to it; one with
// another speaker ("In an online poll, the firm found ...") keeps the
// sentence and the poll gets nothing.
func (x *Extractor) survey() {
	d := &x.d
	for s := 0; s+1 < len(d.sentStart); s++ {
		lo, hi := d.sentStart[s], d.sentStart[s+1]
		if hi-lo < 6 || d.low[lo] != "in" || d.toks[lo].kind != tWord || !x.isDet(lo+1) || x.used[lo] {
			continue
		}
		comma, poll := -1, false
		for k := lo + 1; k < hi && k <= lo+16; k++ {
			if d.toks[k].kind != tWord {
				if d.isPunct(k, ",") {
					comma = k
					break
				}
				if !d.isPunct(k, "-/'’&.") {
					break
				}
				continue
			}
			poll = poll || surveyNouns[d.low[k]]
		}
		if comma < 0 || !poll {
			continue
		}
		// ", conducted in May," goes with the poll.
		srcEnd := comma
		if comma+1 < hi && d.toks[comma+1].is(fLower) && x.pastForm(comma+1) && x.verb(comma+1) == vNone {
			for k := comma + 2; k < hi && k <= comma+10; k++ {
				if d.isPunct(k, ",") {
					srcEnd, comma = k, k
					break
				}
				if d.toks[k].kind != tWord {
					break
				}
			}
		}
		cs, ce := comma+1, x.trimEnd(comma+1, hi)
		if x.countWords(cs, ce) < 3 {
			continue
		}
		direct, ok := x.surveyInner(cs, ce)
		if !ok {
			continue
		}
		x.dropInside(cs, ce)
		sp := phrase{from: lo + 1, to: srcEnd}
		x.setMention(&sp, srcEnd)
		a := x.newAttribution(cue{from: lo, to: lo + 1, speaker: sp, hasSpkr: true})
		a.Content = []Span{d.span(cs, ce)}
		a.Direct = direct
		a.Sentence = s
		x.out = append(x.out, a)
		x.used[lo] = true
	}
}

// surveyInner reports whether the attributions whose content lies in
// tokens [cs, ce) may give way to a poll's (none has a speaker other than
// a share of respondents), and whether one of them is a direct quote.
func (x *Extractor) surveyInner(cs, ce int) (direct, ok bool) {
	d := &x.d
	lo, hi := d.toks[cs].start, d.toks[ce-1].end
	for _, a := range x.out {
		if int(lo) > a.Content[0].Start || a.Content[len(a.Content)-1].End > int(hi) {
			continue
		}
		if a.Source.Valid() && !x.share(a.Source) {
			return false, false
		}
		direct = direct || a.Direct
	}
	return direct, true
}

// share reports whether the phrase at span s counts respondents ("40
// percent of voters", "a majority of Democrats").
func (x *Extractor) share(s Span) bool {
	from, to := x.tokenRange(s)
	// The speaker may be the noun after the share ("40 percent of
	// voters" gives "voters").
	if from > 2 && x.d.low[from-1] == "of" {
		from = max(from-4, 0)
	}
	for k := from; k < to; k++ {
		switch w := x.d.low[k]; {
		case isNumber(w), w == "percent", w == "%", w == "majority", w == "half", w == "third", w == "quarter":
			return true
		}
	}
	return false
}

// dropInside removes the attributions whose content lies in tokens
// [cs, ce).
func (x *Extractor) dropInside(cs, ce int) {
	d := &x.d
	lo, hi := int(d.toks[cs].start), int(d.toks[ce-1].end)
	out := x.out[:0]
	for _, a := range x.out {
		if lo <= a.Content[0].Start && a.Content[len(a.Content)-1].End <= hi {
			continue
		}
		out = append(out, a)
	}
	x.out = out
}
