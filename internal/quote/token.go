package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tWord   tkind = iota // letters, digits and word-internal joiners
	tPunct               // any other visible character
	tOpenQ               // an opening double quotation mark
	tCloseQ              // a closing double quotation mark
)

// token flags
const (
	fCap      = 1 << iota // starts with an upper-case letter
	fPara                 // first token after a line break (or of the text)
	fSpace                // preceded by white space (or the start of the text)
	fAbbrev               // a word ending in an abbreviation period ("Mr.", "U.S.")
	fStraight             // a straight quotation mark (direction guessed)
	fLower                // starts with a lower-case letter
)

type token struct {
	start, end int32
	kind       tkind
	flags      uint8
}

func (t token) is(f uint8) bool { return t.flags&f != 0 }

// abbreviations that take a period and never end a sentence when followed
// by a capitalised word (titles, initials are handled separately).
var noSplitAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "prof": true,
	"rev": true, "st": true, "mt": true, "ft": true, "no": true, "vs": true, "v": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "maj": true, "cmdr": true,
	"sr": true, "jr": true, "fr": true, "pres": true, "supt": true, "det": true, "insp": true,
	"atty": true, "gens": true, "reps": true, "sens": true, "msgr": true,
}

// abbreviations that take a period but may end a sentence.
var splitAbbrev = map[string]bool{
	"inc": true, "co": true, "corp": true, "ltd": true, "etc": true, "al": true, "bros": true,
	"ave": true, "blvd": true, "dept": true, "est": true, "govt": true, "llc": true,
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// invisible reports whether r is white space or a format character
// (soft hyphen, byte-order mark, direction marks, joiners).
func invisible(r rune) bool {
	if r < utf8.RuneSelf {
		return unicode.IsSpace(r) // no ASCII format character
	}
	return unicode.IsSpace(r) || r == '\u00ad' || r == '\ufeff' || r == '\u200b' || unicode.Is(unicode.Cf, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '&', '\u00ad':
		return true
	}
	return false
}

// ptbBracket reports whether s opens with a Penn Treebank bracket token
// ("-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-").
func ptbBracket(s string) bool {
	if len(s) < 5 || s[0] != '-' || s[4] != '-' || s[3] != 'B' || s[2] != 'R' && s[2] != 'S' && s[2] != 'C' {
		return false
	}
	switch s[1] {
	case 'L', 'R':
	default:
		return false
	}
	if len(s) > 5 {
		r, _ := utf8.DecodeRuneInString(s[5:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

// tokenize splits text into tokens, appending to toks (reuse its storage).
// marks are the single quotation marks that open or close a quotation, by
// byte offset (see singleMarks); nil when the text quotes with double
// marks.
func tokenize(text string, toks []token, marks map[int]tkind) []token {
	toks = toks[:0]
	var flags uint8 = fPara | fSpace
	n := len(text)
	i := 0
	breaks := 0 // line breaks since the last token
	for i < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			flags |= fPara | fSpace
			if r != '\r' {
				breaks++
			}
			i += sz
			continue
		case invisible(r):
			// format characters (direction marks, joiners) are invisible
			flags |= fSpace
			i += sz
			continue
		}
		if breaks == 1 && len(toks) > 0 && (unicode.IsLower(r) || r == ',' || r == ';') && !endsStop(text[toks[len(toks)-1].start:toks[len(toks)-1].end]) {
			// A line that goes on with a lower-case word or a comma
			// after a line that ended with no stop: a sentence split
			// by mistake, as one-sentence-per-line text does inside
			// brackets ("Rep. Jane Roe -LRB- D-Mich . -RRB-" / "said
			// ..."). The line break is a space.
			flags &^= fPara
		}
		breaks = 0
		t := token{start: int32(i), flags: flags}
		flags = 0
		switch {
		case marks != nil && marks[i] != 0:
			t.kind = marks[i]
			t.end = int32(i + sz)
			i += sz
		case isWordRune(r):
			if unicode.IsUpper(r) {
				t.flags |= fCap
			} else if unicode.IsLower(r) {
				t.flags |= fLower
			}
			j := i + sz
			for j < n {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isJoiner(r2) || ((r2 == ',' || r2 == '.') && unicode.IsDigit(lastRune(text[:j]))) {
					// joiner only between word characters
					if j+s2 < n {
						r3, _ := utf8.DecodeRuneInString(text[j+s2:])
						if isWordRune(r3) && (r2 != ',' && r2 != '.' || unicode.IsDigit(r3)) {
							j += s2
							continue
						}
					}
				}
				break
			}
			// Abbreviation period: "Mr.", "U.S.", "J.".
			if j < n && text[j] == '.' {
				w := text[i:j]
				lw := lowerASCII(w)
				switch {
				case noSplitAbbrev[lw] || splitAbbrev[lw] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r):
					j++
					t.flags |= fAbbrev
				case j+1 < n && isLetterByte(text[j+1]) && j+2 < n && text[j+2] == '.':
					// U.S. / U.N. / a.m.
					for j+1 < n && isLetterByte(text[j+1]) && j+2 < n && text[j+2] == '.' {
						j += 2
					}
					j++
					t.flags |= fAbbrev
				}
			}
			if t.is(fLower) && articleName(text[i:j]) {
				// "al-Masri": a name behind an Arabic article
				t.flags = t.flags&^fLower | fCap
			}
			t.end = int32(j)
			t.kind = tWord
			i = j
		case r == '"':
			t.kind = tOpenQ
			t.flags |= fStraight
			t.end = int32(i + 1)
			i++
		case r == '“' || r == '„' || r == '«' || r == '‟':
			t.kind = tOpenQ
			t.end = int32(i + sz)
			i += sz
		case r == '”' || r == '»':
			t.kind = tCloseQ
			t.end = int32(i + sz)
			i += sz
		case r == '`' && i+1 < n && text[i+1] == '`':
			t.kind = tOpenQ
			t.end = int32(i + 2)
			i += 2
		case r == '\'' && i+1 < n && text[i+1] == '\'' && !(i+2 < n && text[i+2] == '\'' && i > 0 && !unicode.IsSpace(lastRune(text[:i]))):
			// Three apostrophes closing a quotation are "'" then "''": the
			// inner quotation closes first (the default case takes the "'").
			// Two apostrophes: a straight double quote in some house styles.
			t.kind = tOpenQ
			t.flags |= fStraight
			t.end = int32(i + 2)
			i += 2
		case r == '-' && ptbBracket(text[i:]):
			// "-LRB- Reuters -RRB-": a bracket in tokenized text, no
			// word ("RRB" is nobody's name).
			t.kind = tPunct
			t.end = int32(i + 5)
			i += 5
		default:
			t.kind = tPunct
			j := i + sz
			// keep runs of the same dash or dot together ("--", "...")
			if r == '-' || r == '.' {
				for j < n && rune(text[j]) == r {
					j++
				}
			}
			t.end = int32(j)
			i = j
		}
		toks = append(toks, t)
	}
	return toks
}

// endsStop reports whether token text s ends a sentence: a full stop, a
// question or exclamation mark, an ellipsis or a colon.
func endsStop(s string) bool {
	switch s {
	case ".", "!", "?", "...", "…", ":":
		return true
	}
	return strings.HasSuffix(s, "...")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// lowerASCII lower-cases s, allocating only when s has upper-case ASCII
// letters or non-ASCII bytes.
func lowerASCII(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return lowerSlow(s)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func lowerSlow(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch r {
		case '’':
			r = '\''
		case '\u00ad':
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// articleName reports whether w is a capitalised name behind a lower-case
// Arabic article joined by a hyphen ("al-Masri", "el-Amin", "ash-Shami"):
// the token is tagged as a capitalised word.
func articleName(w string) bool {
	a, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" {
		return false
	}
	switch a {
	case "al", "el", "ad", "ed", "ash", "as", "at", "az", "ar", "an":
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}
