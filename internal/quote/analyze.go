package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/entity"
)

// quotation is one span between a pair of double quotation marks.
type quotation struct {
	open  int // token index of the opening mark
	close int // token index of the closing mark; -1 when the paragraph ended first
	// first and last delimit the content tokens [first, last).
	first, last int
}

// doc is the analysis of one text: tokens, sentences and quotations.
type doc struct {
	text string
	toks []token
	low  []string // lower-cased word tokens ("" for others)
	sent []int32  // sentence index of each token
	// sentStart[i] is the first token of sentence i; len = sentences+1.
	sentStart []int
	quotes    []quotation
	inQuote   []int32 // index+1 of the quotation whose content holds the token, 0 if none
	// head is the number of tokens of the text's first line when that line
	// is a headline (a short line followed by more text), else 0;
	// headTitle says whether the headline is written in title case
	// ("Mayor Says City Will Rebuild Bridge").
	head      int
	headTitle bool
}

func (d *doc) reset(text string) {
	d.text = text
	d.toks = tokenize(text, d.toks, singleMarks(text))
	n := len(d.toks)
	d.low = grow(d.low, n)
	for i, t := range d.toks {
		if t.kind == tWord {
			d.low[i] = lowerASCII(text[t.start:t.end])
		} else {
			d.low[i] = punctForm(text[t.start:t.end])
		}
	}
	d.keepSurnames()
	d.pairQuotes()
	d.splitSentences()
	d.findHeadline()
}

// punctForm returns the form the rules compare for a punctuation token:
// the less common dashes some outlets set between clauses (the horizontal
// bar "―", the figure dash "‒", the two-em dash "⸺") are read as the em
// dash.
func punctForm(s string) string {
	switch s {
	case "―", "‒", "⸺", "⸻":
		return "—"
	}
	return s
}

// keepSurnames keeps the capital in the lower-cased form of a name that
// is also a function word, so that no word list takes it for the word:
// "May" after a given name ("Theresa May said", not "on Tuesday May 5")
// is no auxiliary and no month, nor is "Will" after a given name ("George
// Will wrote"), before a surname ("Will Estrada said") or inside a
// sentence before its verb ("which Will claims").
func (d *doc) keepSurnames() {
	for i := 0; i+2 < len(d.toks); i++ {
		// "Will Estrada, the chairman, said": the given name "Will"
		// before a surname that a comma or a finite verb follows, not the
		// auxiliary of a question ("Will Trump win?").
		if d.low[i] != "will" || !d.toks[i].is(fCap) || d.toks[i+1].kind != tWord {
			continue
		}
		if n := d.low[i+1]; i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].is(fLower) && d.toks[i+1].is(fLower) && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "s") || n == "said" || n == "told" || n == "wrote") {
			// "which Will claims ...": the columnist's surname inside
			// a sentence, before its verb
			d.low[i] = d.str(i)
			continue
		}
		if !d.toks[i+1].is(fCap) || pronounWord[d.low[i+1]] {
			continue
		}
		if n := d.low[i+2]; d.isPunct(i+2, ",).") || d.toks[i+2].kind == tWord && (strings.HasSuffix(n, "ed") || n == "said" || n == "told" || n == "wrote" || n == "has" || n == "is" || n == "was" || n == "says") {
			d.low[i] = d.str(i)
		}
	}
	for i := 1; i < len(d.toks); i++ {
		if d.low[i] != "may" && d.low[i] != "will" || !d.toks[i].is(fCap) || d.toks[i-1].kind != tWord || !d.toks[i-1].is(fCap) || entity.GivenName(d.str(i-1)) == 0 {
			continue
		}
		if i+1 < len(d.toks) && d.toks[i+1].kind == tWord && isNumber(d.low[i+1]) {
			continue
		}
		d.low[i] = d.str(i)
	}
}

// pronounWord holds the personal pronouns that may follow a capitalised
// auxiliary in a question ("Will They ...").
var pronounWord = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "you": true, "i": true}

// findHeadline sets head and headTitle: a first line of at most 30 words,
// one sentence, with more text after it is a headline; it is in title case
// when at least 70% of its words are capitalised.
func (d *doc) findHeadline() {
	d.head, d.headTitle = 0, false
	end := len(d.toks)
	for i := 1; i < len(d.toks); i++ {
		if d.toks[i].is(fPara) {
			end = i
			break
		}
	}
	if end == len(d.toks) || d.sent[end-1] != 0 {
		return
	}
	words, caps := 0, 0
	for i := 0; i < end; i++ {
		if d.toks[i].kind != tWord {
			continue
		}
		words++
		if d.toks[i].is(fCap) {
			caps++
		}
	}
	if words < 3 || words > 30 {
		return
	}
	d.head = end
	d.headTitle = words >= 4 && caps*10 >= words*7
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (d *doc) str(i int) string { return d.text[d.toks[i].start:d.toks[i].end] }

// attached reports whether token i touches the previous token (no space).
func (d *doc) attached(i int) bool { return i > 0 && !d.toks[i].is(fSpace) }

// pairQuotes finds the quotations, paragraph by paragraph.
func (d *doc) pairQuotes() {
	d.quotes = d.quotes[:0]
	n := len(d.toks)
	d.inQuote = grow(d.inQuote, n)
	open := -1
	// nest counts the quotations of the other style (curly inside
	// straight or straight inside curly) opened inside the current one:
	// `"It is about “equal justice” now."` is one quotation.
	nest := 0
	emit := func(o, c, last int) {
		q := quotation{open: o, close: c, first: o + 1, last: last}
		if q.last > q.first {
			d.quotes = append(d.quotes, q)
		}
	}
	ptb := strings.Contains(d.text, "``")
	for i := 0; i < n; i++ {
		t := d.toks[i]
		if t.is(fPara) && open >= 0 && !d.runsOn(open, i) {
			emit(open, -1, i)
			open, nest = -1, 0
		}
		if t.kind != tOpenQ && t.kind != tCloseQ {
			continue
		}
		nextAttached := i+1 < n && !d.toks[i+1].is(fSpace) && !d.toks[i+1].is(fPara)
		opening := (t.is(fSpace) || i > 0 && d.toks[i-1].kind == tPunct && d.toks[i-1].end == t.start && isOpenPunct(d.low[i-1])) && nextAttached
		closing := !t.is(fSpace) && !nextAttached || !t.is(fSpace) && i+1 < n && d.toks[i+1].kind == tPunct
		if open >= 0 && t.is(fStraight) != d.toks[open].is(fStraight) {
			// A mark of the other style inside a quotation: an inner
			// quotation when it opens or closes one, else the end of
			// the outer one.
			innerOpen := opening && !closing && (t.is(fStraight) || t.kind == tOpenQ)
			if innerOpen {
				nest++
				continue
			}
			if nest > 0 && closing {
				nest--
				continue
			}
		}
		role := t.kind
		switch {
		case t.is(fStraight):
			if open >= 0 {
				role = tCloseQ
				if opening && !closing {
					role = tOpenQ
				}
			} else {
				role = tOpenQ
				if closing && !opening || ptb && d.str(i) == "''" {
					// (In Penn Treebank text `` opens and '' only
					// closes: a '' with no quotation open has lost its
					// opening mark and opens none.)
					role = tCloseQ
				}
			}
		case t.kind == tOpenQ && open >= 0 && closing && !opening:
			role = tCloseQ // a typo: an opening mark used to close
		case t.kind == tCloseQ && open < 0 && opening && !closing:
			role = tOpenQ
		case t.kind == tCloseQ && open < 0 && d.strayCloserPair(i):
			// `He says,” there are ...”`: a closing mark used to open,
			// as the next mark of its paragraph closes again.
			role = tOpenQ
		}
		if role == tOpenQ {
			if open >= 0 {
				emit(open, -1, i)
			}
			open, nest = i, 0
			continue
		}
		if open >= 0 {
			emit(open, i, i)
			open, nest = -1, 0
		}
	}
	if open >= 0 {
		emit(open, -1, n)
	}
	for qi, q := range d.quotes {
		for k := q.first; k < q.last; k++ {
			d.inQuote[k] = int32(qi + 1)
		}
	}
}

// runsOnLines is how many more line breaks a quotation left open at a line
// break may cross (see [doc.runsOn]).
const runsOnLines = 4

// runsOn reports whether the quotation opened at token open and left open
// before the line break at token i goes on past it: the next quotation mark, within a few lines,
// closes a quotation, and no line in between opens with a mark. Texts
// split one sentence per line (benchmark corpora, preprocessed dumps)
// break a quotation of several sentences over lines:
//
//	`` NATO are liars .
//	They are siding with Gaddafi , '' a rebel said .
//
// In text laid out in paragraphs the next paragraph of a quotation opens
// with a mark, and a closing mark before any opening one is the same
// quotation going on after a break the page put inside it.
func (d *doc) runsOn(open, i int) bool {
	breaks := 0
	blank := false
	for k := i; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.is(fPara) {
			if k > i {
				if breaks++; breaks > runsOnLines {
					return false
				}
			}
			blank = blank || k > 0 && strings.Count(d.text[d.toks[k-1].end:t.start], "\n") > 1
		}
		if t.kind != tOpenQ && t.kind != tCloseQ {
			continue
		}
		if t.is(fPara) {
			// A line opening with a mark: right after the break, a new
			// paragraph of the quotation (it ends here); lines later, in
			// text with no blank line between, the lines in between are
			// the rest of its paragraph, split one sentence per line.
			return k > i && !blank
		}
		if !t.is(fStraight) {
			return t.kind == tCloseQ
		}
		if d.str(k) == "''" && d.str(open) == "``" {
			// Penn Treebank marks: `` opens, '' closes.
			return true
		}
		nextAttached := k+1 < len(d.toks) && !d.toks[k+1].is(fSpace) && !d.toks[k+1].is(fPara)
		return !t.is(fSpace) && !nextAttached
	}
	return false
}

// strayCloserPair reports whether the closing mark at token i, met
// outside any quotation, is followed in its paragraph by another closing
// mark with no opening mark in between and words in between, so that the
// two enclose a quotation.
func (d *doc) strayCloserPair(i int) bool {
	words := 0
	for k := i + 1; k < len(d.toks) && !d.toks[k].is(fPara); k++ {
		switch d.toks[k].kind {
		case tWord:
			words++
		case tOpenQ:
			return false
		case tCloseQ:
			return words > 0 && !d.toks[k].is(fSpace)
		}
	}
	return false
}

func isOpenPunct(s string) bool {
	switch s {
	case "(", "[", "{", "—", "–", "-", "--", ":", "/":
		return true
	}
	return false
}

// splitSentences fills sent and sentStart. A sentence ends at a line break,
// or after . ! ? (and any closing marks or brackets) when the next token
// is capitalised, a digit or an opening quotation mark.
func (d *doc) splitSentences() {
	n := len(d.toks)
	d.sent = grow(d.sent, n)
	d.sentStart = append(d.sentStart[:0], 0)
	s := int32(0)
	for i := 0; i < n; i++ {
		if i > 0 && d.toks[i].is(fPara) {
			s++
			d.sentStart = append(d.sentStart, i)
		}
		d.sent[i] = s
		if !d.endsSentence(i) {
			continue
		}
		j := i + 1
		for j < n && !d.toks[j].is(fPara) && !d.toks[j].is(fSpace) && (d.toks[j].kind == tCloseQ || d.toks[j].kind == tOpenQ && d.toks[j].is(fStraight) || d.str(j) == ")" || d.str(j) == "’" || d.str(j) == "'") {
			d.sent[j] = s
			j++
		}
		i = j - 1
		if j >= n || d.toks[j].is(fPara) {
			continue
		}
		if d.startsSentence(j) {
			s++
			d.sentStart = append(d.sentStart, j)
		}
	}
	d.sentStart = append(d.sentStart, n)
}

// sentenceOpeners are capitalised closed-class words that, after a dotted
// acronym, start a new sentence rather than continue a name.
var sentenceOpeners = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"the": true, "this": true, "that": true, "these": true, "those": true, "there": true,
	"but": true, "and": true, "his": true, "her": true, "their": true, "its": true, "our": true,
}

func (d *doc) endsSentence(i int) bool {
	t := d.toks[i]
	switch t.kind {
	case tPunct:
		switch d.str(i) {
		case ".", "!", "?", "…", "...", "?!", "!!":
			return true
		}
	case tWord:
		if t.is(fAbbrev) {
			w := d.low[i]
			base := w[:len(w)-1]
			if splitAbbrev[base] {
				return true
			}
			// "... in the U.S. He says": a dotted acronym followed by a
			// capitalised pronoun or function word that opens sentences.
			acronym := strings.Contains(base, ".") || len(base) == 1 && i > 0 && !t.is(fSpace) && d.toks[i-1].is(fAbbrev)
			return acronym && i+1 < len(d.toks) && d.toks[i+1].is(fSpace) && !d.toks[i+1].is(fLower) && sentenceOpeners[d.low[i+1]]
		}
	}
	return false
}

func (d *doc) startsSentence(j int) bool {
	t := d.toks[j]
	if !t.is(fSpace) {
		return false
	}
	switch t.kind {
	case tOpenQ:
		return true
	case tWord:
		r, _ := utf8.DecodeRuneInString(d.text[t.start:])
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	case tPunct:
		s := d.low[j]
		return s == "(" || s == "[" || s == "—" || s == "-"
	}
	return false
}

// sentEnd returns the token index where the sentence holding token i ends
// (i past the last token counts as the last token).
func (d *doc) sentEnd(i int) int { return d.sentStart[d.sent[min(i, len(d.sent)-1)]+1] }

// sentBegin returns the first token of the sentence holding token i.
func (d *doc) sentBegin(i int) int { return d.sentStart[d.sent[min(i, len(d.sent)-1)]] }

// closesQuotation reports whether token i is the closing mark of a
// quotation: one of the last few opened before i (one nested in another
// opens after it and closes first).
func (d *doc) closesQuotation(i int) bool {
	k := sort.Search(len(d.quotes), func(j int) bool { return d.quotes[j].open >= i })
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if d.quotes[j].close == i {
			return true
		}
	}
	return false
}
