package quote

// This file holds the cue found for a quotation and what every cue finder
// shares: turning a cue into an Attribution and reading the addressee of
// "told".

// cue is a found attribution cue for a quotation.
type cue struct {
	from, to int // cue tokens [from, to), empty for a cue without words; from is the key used to merge fragments
	speaker  phrase
	hasSpkr  bool
	addr     phrase
	hasAddr  bool
	// cstart is, for a cue before the quotation, the first token of what
	// was said (after the cue, its addressee and "that").
	cstart int
}

func (x *Extractor) newAttribution(c cue) Attribution {
	d := &x.d
	a := Attribution{Cue: d.span(c.from, c.to), Source: None, Mention: None}
	if a.Cue.Valid() {
		a.Verb = d.text[a.Cue.Start:a.Cue.End]
	}
	if c.hasSpkr && c.speaker.from < c.speaker.to {
		a.Source = d.span(c.speaker.from, c.speaker.to)
		a.Mention = d.span(c.speaker.mFrom, c.speaker.mTo)
	}
	if c.hasAddr {
		sp := d.span(c.addr.from, c.addr.to)
		a.Addressee = d.text[sp.Start:sp.End]
	}
	return a
}

// addressee fills c.addr for "told NBC News".
func (x *Extractor) addressee(c *cue, hi int) {
	d := &x.d
	if x.lx.lemma[d.low[c.from]] != "tell" {
		if p, ok := x.addressed(c.from, hi); ok {
			c.addr, c.hasAddr = p, true
		} else if p, ok := x.addressedTo(c.from, hi); ok {
			c.addr, c.hasAddr = p, true
		}
		return
	}
	if p, ok := x.addresseeAfter(c.to, hi); ok && !x.isPronounSubject(p.from) {
		c.addr, c.hasAddr = p, true
	} else if c.to < hi && d.toks[c.to].kind == tWord {
		switch d.low[c.to] {
		case "him", "her", "them", "me", "us", "reporters":
			c.addr, c.hasAddr = phrase{from: c.to, to: c.to + 1, mFrom: c.to, mTo: c.to + 1}, true
		}
	}
}

// addressedTo returns whom a cue verb at v addresses with "to" before
// "that": "admitted to the newspaper that" gives "the newspaper".
func (x *Extractor) addressedTo(v, hi int) (phrase, bool) {
	d := &x.d
	k := x.cueEnd(v)
	if k >= hi || !x.toAddressee(k, hi) {
		return phrase{}, false
	}
	p, ok := x.npAfter(k+1, hi)
	if e := x.bareAddressee(k+1, hi); !ok && e > k+1 {
		p, ok = phrase{from: k + 1, to: e, mFrom: k + 1, mTo: e}, true // "to friends"
	}
	if !ok {
		p = phrase{from: k + 1, to: k + 2, mFrom: k + 1, mTo: k + 2} // "to him"
	}
	if p.to >= hi || d.low[p.to] != "that" || d.toks[p.to].kind != tWord {
		return phrase{}, false
	}
	return p, true
}

// addressees are the verbs besides "tell" that name whom they address
// before what they report: "warned the council that ...", "assured voters
// that ...", "warned the board about ...".
var addressees = map[string]bool{
	"warn": true, "assure": true, "remind": true, "inform": true, "notify": true, "caution": true,
	"advise": true, "convince": true, "persuade": true, "promise": true,
}

// addressed returns the phrase a cue verb at v addresses when "that",
// "about" or "of" follows it straight after: "warned the council that"
// gives "the council".
func (x *Extractor) addressed(v, hi int) (phrase, bool) {
	d := &x.d
	if v < 0 || v >= len(d.toks) || !addressees[x.lx.lemma[d.low[v]]] {
		return phrase{}, false
	}
	k := x.cueEnd(v)
	p, ok := x.npAfter(k, hi)
	if !ok {
		if k < hi {
			switch d.low[k] {
			case "him", "her", "them", "me", "us", "reporters", "voters":
				p, ok = phrase{from: k, to: k + 1, mFrom: k, mTo: k + 1}, true
			}
		}
		if e := x.bareAddressee(k, hi); !ok && e > k {
			p, ok = phrase{from: k, to: e, mFrom: k, mTo: e}, true // "assured investors and regulators that"
		}
	}
	if !ok || p.to >= hi || d.low[p.to] != "that" && d.low[p.to] != "about" && d.low[p.to] != "of" || d.toks[p.to].kind != tWord {
		return phrase{}, false
	}
	return p, true
}
