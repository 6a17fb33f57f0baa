package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the input.
type token struct {
	text string // lowercased; apostrophes, hyphens and acronym dots removed
	off  int    // byte offset of the word in the tokenized string
	end  int
	cap  bool // first letter upper case ("Union", "NATO")
	caps bool // two or more letters, all upper case ("NATO", "U.S.")
	brk  bool // punctuation (not just spaces) stands between this word and the previous one
	poss bool // the word carried a possessive "'s"
	// Set by normalisation:
	prot bool // a canonical form from the tables or an acronym: never stemmed or dropped as a stopword
	drop bool // a filler word to drop
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
func isHyphen(r rune) bool     { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits s into words, appending them to buf. URLs, e-mail
// addresses and @handles are skipped.
func tokenize(s string, buf []token) []token {
	i := 0
	brk := false
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			if r == '@' {
				i = skipField(s, i)
				brk = true
				continue
			}
			if !unicode.IsSpace(r) {
				brk = true
			}
			i += w
			continue
		}
		start := i
		end, next, poss := scanWord(s, i)
		i = next
		if strings.HasPrefix(s[end:], "://") || (end < len(s) && s[end] == '@') {
			i = skipField(s, end)
			brk = true
			continue
		}
		raw := s[start:end]
		if strings.IndexByte(raw, '.') >= 0 {
			if isDottedAcronym(raw) && !poss && end < len(s) && s[end] == '.' {
				i = end + 1 // the final dot of "U.S." belongs to the word
			}
			buf = appendDotted(buf, raw, start, brk, poss)
		} else {
			buf = append(buf, makeToken(raw, start, brk, poss))
		}
		brk = false
	}
	return buf
}

// skipField returns the index of the next whitespace at or after i.
func skipField(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += w
	}
	return i
}

// scanWord reads the word starting at i. It returns the end of the word,
// the index to continue from (past a possessive "'s") and whether the
// possessive was there.
func scanWord(s string, i int) (end, next int, poss bool) {
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			i += w
			continue
		}
		if !(isApostrophe(r) || isHyphen(r) || r == '.' || r == ',') {
			break
		}
		nr, nw := utf8.DecodeRuneInString(s[i+w:])
		if !isWordRune(nr) {
			break
		}
		if isApostrophe(r) && (nr == 's' || nr == 'S') {
			if after := i + w + nw; after >= len(s) || !isWordRuneAt(s, after) {
				return i, after, true
			}
		}
		if r == ',' {
			// Only as a thousands separator: 1,000.
			pr, _ := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsDigit(pr) || !unicode.IsDigit(nr) {
				break
			}
		}
		i += w
	}
	return i, i, false
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// isDottedAcronym reports whether raw is single letters joined by dots
// ("U.S", "e.g").
func isDottedAcronym(raw string) bool {
	for _, p := range strings.Split(raw, ".") {
		if utf8.RuneCountInString(p) != 1 || !unicode.IsLetter(firstRune(p)) {
			return false
		}
	}
	return true
}

// appendDotted handles a word with inner dots: "U.S" is an acronym, "3.5" a
// decimal number, "www.example.com" a host name (dropped) and "end.The" two
// words.
func appendDotted(buf []token, raw string, off int, brk, poss bool) []token {
	if isDottedAcronym(raw) {
		t := makeToken(strings.ReplaceAll(raw, ".", ""), off, brk, poss)
		t.end = off + len(raw)
		return append(buf, t)
	}
	low := strings.ToLower(raw)
	if strings.HasPrefix(low, "www.") || hasHostSuffix(low) {
		return buf
	}
	// Split at dots that are not decimal points.
	start := 0
	for i := 0; i <= len(raw); i++ {
		if i < len(raw) && (raw[i] != '.' || isDecimalPoint(raw, i)) {
			continue
		}
		if i > start {
			buf = append(buf, makeToken(raw[start:i], off+start, brk || start > 0, poss && i == len(raw)))
		}
		start = i + 1
	}
	return buf
}

func isDecimalPoint(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9'
}

func hasHostSuffix(s string) bool {
	for _, suf := range []string{".com", ".org", ".net", ".co.uk", ".gov", ".edu", ".html", ".htm"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// makeToken builds the token for raw, a word of letters and digits with
// possible inner apostrophes, hyphens and thousands commas.
func makeToken(raw string, off int, brk, poss bool) token {
	t := token{off: off, end: off + len(raw), brk: brk, poss: poss}
	plain := true // lowercase ASCII letters and digits only
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			plain = false
			break
		}
	}
	if plain {
		t.text = raw
		return t
	}
	var b strings.Builder
	b.Grow(len(raw))
	letters, upper := 0, 0
	first := true
	for _, r := range raw {
		if r == '.' {
			b.WriteByte('.') // a decimal point; other dots were split off
			continue
		}
		if !isWordRune(r) {
			continue // apostrophe, hyphen, comma
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if first {
					t.cap = true
				}
			}
		}
		first = false
		b.WriteRune(unicode.ToLower(r))
	}
	t.text = b.String()
	t.caps = letters >= 2 && upper == letters
	return t
}
