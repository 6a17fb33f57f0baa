package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Split returns the sentences of text as byte spans, in order. Spans never
// start or end with white space and never overlap; text outside them is
// white space only.
//
// A sentence ends:
//   - at '?', '!' or an ellipsis ("...", "…"), with any closing quotes and
//     brackets after it, when the next word does not start in lowercase;
//   - at '.', likewise, unless the period belongs to an abbreviation: titles
//     ("Mr.", "Gen.") end one only before "The", "He", "But" and the like,
//     a few others ("e.g.", "vs.") never;
//     "weak" abbreviations ("Inc.", "Jan.", "p.m.", "U.S.", initials) end one
//     only when the next word is a common sentence opener ("The", "He",
//     "But", ...) and never before a number ("Oct. 12");
//   - at a blank line;
//   - at a single line break, unless the next line starts with a lowercase
//     letter or the line ends with ',', ';', ':', '(' or '-' (wrapped prose).
//
// A period must be followed by white space, a closing quote or bracket, or
// the end of the text to end a sentence, so "3.5", "U.S.-led" and
// "example.com" never split. Penn Treebank tokens (a closing quote written
// as two apostrophes, "-RRB-", a detached " .") are understood.
func Split(text string) []Span { return AppendSpans(nil, text) }

// AppendSpans appends the sentence spans of text to dst and returns it.
// See [Split].
func AppendSpans(dst []Span, text string) []Span {
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(text[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if end > start {
			dst = append(dst, Span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if start < 0 {
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					i++
					continue
				}
			} else if r, n := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				i += n
				continue
			}
			start = i
		}
		switch {
		case c == '\n':
			if lineBreakEnds(text, start, i) {
				emit(i)
			}
			i++
		case c == '.' || c == '!' || c == '?' || (c == 0xE2 && strings.HasPrefix(text[i:], "…")):
			end, ok := boundaryAt(text, i)
			if ok {
				emit(end)
			}
			i = end
		default:
			i++
		}
	}
	emit(len(text))
	return dst
}

// Sentences splits text with [Split] and returns the sentences as
// news.Sentence values (Index, Start, End and Text filled).
func Sentences(text string) []news.Sentence {
	spans := Split(text)
	out := make([]news.Sentence, len(spans))
	for i, sp := range spans {
		out[i] = news.Sentence{Index: i, Start: sp.Start, End: sp.End, Text: text[sp.Start:sp.End]}
	}
	return out
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// lineBreakEnds reports whether the line break at text[i] ends the sentence
// that started at start.
func lineBreakEnds(text string, start, i int) bool {
	// Last non-blank character of the line.
	j := i
	for j > start && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	if j == start {
		return false // nothing on this line yet
	}
	// Paragraph break: the next line is blank.
	k := i + 1
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k++
	}
	if k >= len(text) || text[k] == '\n' {
		return true
	}
	switch text[j-1] {
	case ',', ';', ':', '(', '-':
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return !unicode.IsLower(r)
}

// closers may follow a sentence-final mark directly.
func closerAt(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '"', '\'', ')', ']', '}':
		return 1
	}
	for _, c := range [...]string{"”", "’", "»", "›"} {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}

// ptbCloserAt returns the length of a detached Penn Treebank closing token
// (two apostrophes, "-RRB-") at s, followed by white space or the end, or 0.
func ptbCloserAt(s string) int {
	for _, c := range [...]string{"''", "-RRB-", "-RSB-", "-RCB-", "”", "’"} {
		if strings.HasPrefix(s, c) && (len(s) == len(c) || s[len(c)] == ' ' || s[len(c)] == '\t' || s[len(c)] == '\n' || s[len(c)] == '\r') {
			return len(c)
		}
	}
	return 0
}

// openerAt returns the length of an opening quote or bracket at s, or 0.
func openerAt(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '"', '\'', '(', '[', '{':
		return 1
	case '`':
		if strings.HasPrefix(s, "``") {
			return 2
		}
		return 1
	case '-':
		for _, o := range [...]string{"-LRB-", "-LSB-", "-LCB-"} {
			if strings.HasPrefix(s, o) {
				return len(o)
			}
		}
		return 0
	}
	for _, o := range [...]string{"“", "‘", "«", "‹"} {
		if strings.HasPrefix(s, o) {
			return len(o)
		}
	}
	return 0
}

// boundaryAt examines the sentence-final mark starting at text[i] and
// returns where scanning resumes and whether a sentence ends there (in which
// case end is the end of the sentence, after any closing quotes).
func boundaryAt(text string, i int) (end int, ok bool) {
	j := i
	dots, strongMark := 0, false
	for j < len(text) {
		switch {
		case text[j] == '.':
			dots++
			j++
			continue
		case text[j] == '!' || text[j] == '?':
			strongMark = true
			j++
			continue
		case strings.HasPrefix(text[j:], "…"):
			dots += 3
			j += len("…")
			continue
		}
		break
	}
	// Closing quotes and brackets, attached or (PTB) detached.
	k := j
	closed := false
	for {
		if n := closerAt(text[k:]); n > 0 {
			k += n
			closed = true
			continue
		}
		m := k
		for m < len(text) && (text[m] == ' ' || text[m] == '\t') {
			m++
		}
		if m > k {
			if n := ptbCloserAt(text[m:]); n > 0 {
				k = m + n
				closed = true
				continue
			}
		}
		break
	}
	if k == len(text) {
		return k, true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsSpace(r) {
		return j, false // "3.5", "U.S.-led", "example.com"
	}
	// The next word, past white space and opening quotes or brackets.
	m := k
	for m < len(text) {
		r, n := utf8.DecodeRuneInString(text[m:])
		if !unicode.IsSpace(r) {
			break
		}
		m += n
	}
	opened := false
	for m < len(text) {
		n := openerAt(text[m:])
		if n == 0 {
			break
		}
		opened = true
		m += n
		for m < len(text) && (text[m] == ' ' || text[m] == '\t') {
			m++
		}
	}
	if m >= len(text) {
		return k, true
	}
	next, _ := utf8.DecodeRuneInString(text[m:])
	if unicode.IsLower(next) {
		return k, false
	}
	if strongMark || dots > 1 {
		return k, true
	}
	word := prevWord(text, i)
	if word == "" {
		return k, true // a detached PTB period: "end ."
	}
	class := classify(word)
	if closed {
		return k, class != abbrevTitle
	}
	switch class {
	case abbrevTitle:
		// A title is followed by a name, not by "The" or "He".
		return k, titleBreakers[strings.ToLower(leadingWord(text[m:]))]
	case abbrevStrong:
		return k, false
	case abbrevWeak:
		if unicode.IsDigit(next) {
			return k, false
		}
		if opened && unicode.IsUpper(next) {
			return k, true
		}
		return k, starters[strings.ToLower(leadingWord(text[m:]))]
	}
	return k, true
}

// titleBreakers are the words that, after a title abbreviation ("Sec.",
// "Gen."), show that it closed a sentence: no name is spelt like them.
var titleBreakers = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"but": true, "this": true, "there": true, "these": true, "those": true,
}

// prevWord returns the non-space run before the period at text[i], without
// leading quotes or brackets.
func prevWord(text string, i int) string {
	b := i
	for b > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	w := text[b:i]
	for {
		n := openerAt(w)
		if n == 0 {
			return w
		}
		w = w[n:]
	}
}

// leadingWord returns the run of letters at the start of s.
func leadingWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// classify says whether word (the text before a period) is an abbreviation.
func classify(word string) abbrevClass {
	lw := Lower(word)
	if c, ok := abbreviations[lw]; ok {
		return c
	}
	if isLetterGroup(word) {
		return abbrevWeak
	}
	return abbrevNone
}

// isLetterGroup reports whether w is a single letter or single letters
// joined by periods ("J", "U.S", "a.m", "D.C").
func isLetterGroup(w string) bool {
	expectLetter := true
	n := 0
	for _, r := range w {
		if expectLetter {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
		expectLetter = !expectLetter
	}
	return n > 0 && !expectLetter
}
