package temporal

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters; may hold inner dots ("p.m.", "U.S.") and a final abbreviation dot
	tNum                  // ASCII digits, possibly grouped ("5,000") or decimal ("3.5")
	tPunct                // one punctuation character
)

// token is one word, number or punctuation mark of the input.
type token struct {
	s, e  int // byte offsets
	kind  tokKind
	sp    bool // white space (or the start of text) precedes
	upper bool // first letter is upper case
	lex   *entry
	n     int  // value of a plain number (tNum without grouping/decimals), else -1
	nd    int8 // digits in a plain number
	ch    byte // the character of an ASCII tPunct
	dot   bool // a word token that ends with '.' ("Sept.", "p.m.")
}

// maxKey bounds the words looked up in the lexicon.
const maxKey = 16

// abbrevDot lists the lexicon words that may carry a final abbreviation
// dot into their token ("Sept." but not "May.").
func abbrevDot(e *entry) bool {
	if e == nil {
		return false
	}
	switch e.w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"min", "mins", "hr", "hrs", "yr", "yrs", "sec", "secs", "st":
		return true
	}
	return false
}

// tokenize splits text into tokens, appending to buf. It reports whether a
// trigger (a digit or a trigger word) was seen; callers skip the sentence
// when none was.
func (t *Tagger) tokenize(text string, buf []token) ([]token, bool) {
	trig := false
	sp := true
	dottedEnd := 0 // the end of a dotted number sequence being read
	var key [maxKey]byte
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			tk := token{s: i, kind: tNum, sp: sp, n: -1}
			if j-i <= 9 {
				tk.n = atoi(text[i:j])
				tk.nd = int8(j - i)
			}
			// Grouped thousands (5,000 and 1,500,000) and decimals (3.5)
			// are one token with no plain value.
			if j-i <= 3 {
				for j+3 < len(text) && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) &&
					isDigit(text[j+3]) && (j+4 == len(text) || !isDigit(text[j+4])) {
					j += 4
					tk.n, tk.nd = -1, 0
				}
			}
			// A decimal point, unless the number is part of a dotted
			// sequence ("19.03.2011"), whose parts stay separate tokens.
			if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) && i >= dottedEnd {
				f := j + 1
				for f < len(text) && isDigit(text[f]) {
					f++
				}
				if f+1 < len(text) && text[f] == '.' && isDigit(text[f+1]) {
					for dottedEnd = f + 1; dottedEnd < len(text) && (isDigit(text[dottedEnd]) ||
						text[dottedEnd] == '.' && dottedEnd+1 < len(text) && isDigit(text[dottedEnd+1])); dottedEnd++ {
					}
				} else {
					j = f
					tk.n, tk.nd = -1, 0
				}
			}
			tk.e = j
			buf = append(buf, tk)
			trig = true
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c) || c >= utf8.RuneSelf && isLetterAt(text, i):
			j := i
			ascii := true
			n := 0
			for j < len(text) {
				b := text[j]
				if b < utf8.RuneSelf {
					if !isASCIILetter(b) {
						break
					}
					if n < maxKey {
						key[n] = b | 0x20
					}
					n++
					j++
					continue
				}
				r, w := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				j += w
			}
			dotted := false
			// Dotted single-letter abbreviations: p.m., a.m., U.S.
			if ascii && j-i == 1 {
				for j+1 < len(text) && text[j] == '.' && isASCIILetter(text[j+1]) &&
					(j+2 == len(text) || !isASCIILetter(text[j+2]) && text[j+2] < utf8.RuneSelf) {
					if n < maxKey {
						key[n] = text[j+1] | 0x20
					}
					n++
					j += 2
					dotted = true
				}
			}
			tk := token{s: i, e: j, kind: tWord, sp: sp, n: -1, upper: c >= 'A' && c <= 'Z'}
			if ascii && n <= maxKey {
				tk.lex = t.lex[string(key[:n])]
			}
			// A final dot after dotted abbreviations ("p.m.") or known short forms ("Sept.").
			if j < len(text) && text[j] == '.' && (dotted || abbrevDot(tk.lex)) {
				tk.e = j + 1
				tk.dot = true
			}
			if e := tk.lex; e != nil && e.cls&triggers != 0 {
				if !e.needCap || tk.upper || e.cls&^(cMonth|cWeekday)&triggers != 0 {
					trig = true
				}
			}
			buf = append(buf, tk)
			i = tk.e
		default:
			w := 1
			if c >= utf8.RuneSelf {
				r, rw := utf8.DecodeRuneInString(text[i:])
				w = rw
				if unicode.IsSpace(r) {
					sp = true
					i += w
					continue
				}
			}
			tk := token{s: i, e: i + w, kind: tPunct, sp: sp, n: -1}
			if w == 1 {
				tk.ch = c
			} else if r, _ := utf8.DecodeRuneInString(text[i:]); r == '\u2019' || r == '\u2018' {
				tk.ch = '\''
			} else if r == '\u2013' || r == '\u2014' {
				tk.ch = '-'
			}
			buf = append(buf, tk)
			i += w
		}
		sp = false
	}
	return buf, trig
}

func isDigit(b byte) bool       { return b >= '0' && b <= '9' }
func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
