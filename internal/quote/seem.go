package quote

// This file handles the evidential "seem": "The plan seems to work" reports
// an impression, not a speaker's words.

// seemForms are the forms of "seem", whose subject and infinitive make up
// what is presented as likely.
var seemForms = map[string]bool{"seem": true, "seems": true, "seemed": true}

// seems finds "X seem(s/ed) to ..." outside quotations and attributions
// already found: the content is the subject and the infinitive clause ("The
// plan | to be working"), the cue the verb, with no speaker.
func (x *Extractor) seems() {
	d := &x.d
	var covered []bool
	for v := 1; v+1 < len(d.toks); v++ {
		if x.info[v].class&cSeem == 0 || d.toks[v].kind != tWord || d.inQuote[v] != 0 || x.used[v] || d.low[v+1] != "to" {
			continue
		}
		if covered == nil {
			covered = x.coveredTokens()
		}
		lo, hi := d.sentBegin(v), d.sentEnd(v)
		j := v - 1
		for j >= lo && x.skippable(j) {
			j--
		}
		if j < lo || d.toks[j].kind != tWord || covered[j] {
			continue
		}
		sp, ok := x.subjectBefore(v, lo)
		if l, ok2 := x.longSubject(v, lo); ok2 && (!ok || l.from < sp.from) {
			sp, ok = l, true
		}
		if !ok {
			continue
		}
		ce := x.clauseEnd(v+1, hi)
		if x.countWords(v+1, ce) < 3 || anyCovered(covered, v+1, ce) || anyCovered(covered, sp.from, j+1) {
			continue
		}
		a := x.newAttribution(cue{from: v, to: v + 1})
		a.Content = []Span{d.span(sp.from, j+1), d.span(v+1, ce)}
		a.Sentence = int(d.sent[sp.from])
		x.out = append(x.out, a)
		x.used[v] = true
		for k := sp.from; k < ce; k++ {
			covered[k] = true
		}
	}
}
