package timeml

import "strings"

// Sentences cuts text into sentence spans [start, end) with a simple rule:
// a line break followed by a blank line ends a sentence, and so does '.',
// '?' or '!' (optionally followed by closing quotes or brackets) when white
// space and then an upper-case letter, an opening quote or a bracket
// follow, unless the word before the full stop is a known abbreviation or
// looks like one ("U.S.", "p.m.", a single letter). Spans are trimmed of
// surrounding white space; empty spans are dropped.
//
// It exists only to give the tagger sentence-sized inputs for TimeML
// documents; it is not a general sentence splitter.
func Sentences(text string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			// A blank line (possibly with spaces) ends the sentence.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(i)
				i = j
			}
		case c == '.' || c == '?' || c == '!':
			j := i + 1
			for j < len(text) && strings.IndexByte("\"')]", text[j]) >= 0 {
				j++
			}
			k := j
			for k < len(text) && isSpace(text[k]) {
				k++
			}
			if k == j || k >= len(text) {
				continue
			}
			n := text[k]
			if !(n >= 'A' && n <= 'Z' || n == '"' || n == '\'' || n == '(' || n == '`') {
				continue
			}
			if c == '.' && isAbbrev(text[:i]) {
				continue
			}
			emit(j)
		}
	}
	emit(len(text))
	return out
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "maj": true,
	"sgt": true, "capt": true, "prof": true, "rev": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true,
	"fri": true, "sat": true, "sun": true, "ft": true, "mt": true, "gens": true, "messrs": true,
}

// isAbbrev reports whether the word ending text (just before a full stop)
// is an abbreviation.
func isAbbrev(text string) bool {
	j := len(text)
	i := j
	for i > 0 && (isLetter(text[i-1]) || text[i-1] == '.') {
		i--
	}
	w := text[i:j]
	if w == "" {
		return false
	}
	if len(w) == 1 || strings.IndexByte(w, '.') >= 0 {
		return true
	}
	return abbrevs[strings.ToLower(w)]
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
