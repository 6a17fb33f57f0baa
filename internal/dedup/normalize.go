package dedup

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// trace collects the normalisations applied to one text, for Explain. A nil
// *trace records nothing and costs nothing.
type trace struct {
	events []string
	seen   map[string]bool
}

func (tr *trace) add(format string, args ...any) {
	if tr == nil {
		return
	}
	e := fmt.Sprintf(format, args...)
	if tr.seen == nil {
		tr.seen = map[string]bool{}
	}
	if !tr.seen[e] {
		tr.seen[e] = true
		tr.events = append(tr.events, e)
	}
}

// normalize turns the tokens of a cleaned text into comparison terms:
// table phrases and organisation names are replaced by one canonical term,
// stopwords and filler words are dropped, the rest is stemmed and mapped
// through the synonym table. src is the text the tokens came from (for the
// trace). terms is appended to and returned.
func normalize(src string, toks []token, terms []string, tr *trace) []string {
	t := loadTables()
	toks = t.replacePhrases(src, toks, tr)
	toks = t.collapseNames(src, toks, tr)
	for _, tk := range toks {
		switch {
		case tk.drop:
			continue
		case tk.prot:
			terms = append(terms, tk.text)
			continue
		case tk.caps:
			if c, ok := t.raw[tk.text]; ok {
				if c.drop {
					continue
				}
				if c.term != tk.text {
					tr.add("synonym %q → %s", src[tk.off:tk.end], c.term)
				}
				terms = append(terms, c.term)
				continue
			}
			terms = append(terms, tk.text)
			continue
		}
		if t.stop[tk.text] {
			continue
		}
		st := stem(tk.text)
		if c, ok := t.words[st]; ok {
			if c.drop {
				continue
			}
			if c.term != st && c.term != tk.text {
				tr.add("synonym %q → %s", src[tk.off:tk.end], c.term)
			}
			terms = append(terms, c.term)
			continue
		}
		terms = append(terms, st)
	}
	return terms
}

// replacePhrases replaces multi-word table variants ("north atlantic treaty
// organisation", "prior to") by their canonical term, in place.
func (t *tables) replacePhrases(src string, toks []token, tr *trace) []token {
	out := toks[:0]
	for i := 0; i < len(toks); {
		ps := t.phrases[toks[i].text]
		matched := false
		for _, p := range ps {
			if i+len(p.words) > len(toks) {
				continue
			}
			ok := true
			for j, w := range p.words {
				if toks[i+j].text != w || (j > 0 && toks[i+j].brk) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			last := toks[i+len(p.words)-1]
			nt := token{text: p.canon.term, off: toks[i].off, end: last.end, brk: toks[i].brk, poss: last.poss, prot: true, drop: p.canon.drop}
			if !p.canon.drop {
				tr.add("phrase %q → %s", src[nt.off:nt.end], p.canon.term)
			}
			out = append(out, nt)
			i += len(p.words)
			// "North Atlantic Treaty Organisation (NATO)": the acronym
			// restates the phrase.
			if i < len(toks) && toks[i].caps && toks[i].text == p.canon.term {
				i++
			}
			matched = true
			break
		}
		if !matched {
			out = append(out, toks[i])
			i++
		}
	}
	return out
}

// isName reports whether tk can be part of a capitalised name.
func isName(tk token) bool {
	return tk.cap && !tk.caps && !tk.prot && tk.text != "" && !isDigitStart(tk.text)
}

func isDigitStart(s string) bool { return s[0] >= '0' && s[0] <= '9' }

// collapseNames replaces runs of capitalised words that name an
// organisation by their initials ("World Trade Organisation" → "wto"), so
// that the expanded name and the acronym compare equal. A run qualifies when
// it has two or more words and contains an organisation head word
// ("Organisation", "Bureau", "Union") or its initials are also written as an
// all-capitals word in the same text. A following parenthesised acronym
// equal to the initials ("... Organisation (WTO)") is dropped.
func (t *tables) collapseNames(src string, toks []token, tr *trace) []token {
	var acr map[string]bool
	for _, tk := range toks {
		if tk.caps {
			if acr == nil {
				acr = map[string]bool{}
			}
			acr[tk.text] = true
		}
	}
	out := toks[:0]
	for i := 0; i < len(toks); {
		if !isName(toks[i]) {
			out = append(out, toks[i])
			i++
			continue
		}
		// Extend the run over names and inner connectors, stopping at
		// punctuation and after a possessive.
		j := i + 1
		lastName := i
		for j < len(toks) && !toks[j].brk && !toks[j-1].poss {
			if isName(toks[j]) {
				lastName = j
			} else if !(connectors[toks[j].text] && !toks[j].cap) {
				break
			}
			j++
		}
		end := lastName + 1
		// Leading capitalised function words ("The", "In") are not part
		// of the name.
		start := i
		for start < end && (t.stop[toks[start].text] || connectors[toks[start].text]) {
			out = append(out, toks[start])
			start++
		}
		var initials []byte
		head := false
		names := 0
		for k := start; k < end; k++ {
			if connectors[toks[k].text] && !toks[k].cap {
				continue
			}
			names++
			r, _ := utf8.DecodeRuneInString(toks[k].text)
			initials = utf8.AppendRune(initials, r)
			if t.orgHeads[toks[k].text] {
				head = true
			}
		}
		a := string(initials)
		if names >= 2 && (head || acr[a]) {
			nt := token{text: a, off: toks[start].off, end: toks[end-1].end, brk: toks[start].brk, poss: toks[end-1].poss, prot: true}
			tr.add("name %q → %s", src[nt.off:nt.end], a)
			out = append(out, nt)
			if end < len(toks) && toks[end].caps && toks[end].text == a {
				end++
			}
		} else {
			out = append(out, toks[start:end]...)
		}
		i = end
	}
	return out
}

// terms returns the comparison terms of text after cleaning, with the
// agency it credits. It is the whole normalisation pipeline.
func terms(text string, tr *trace) (ts []string, wire string) {
	body, wire := clean(text, tr)
	toks := tokenize(body, nil)
	return normalize(body, toks, nil, tr), wire
}

// joinTerms is a readable form of a shingle.
func joinTerms(ts []string) string { return strings.Join(ts, " ") }
