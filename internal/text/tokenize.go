package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// The kinds of token.
const (
	// KindWord is a token with at least one letter: "Smith", "U.S.",
	// "pre-trial", "'s", "n't", "3rd".
	KindWord TokenKind = iota + 1
	// KindNumber is digits with inner separators: "2010", "3.5", "10,000".
	KindNumber
	// KindPunct is punctuation or a symbol: ",", "...", "(", "$".
	KindPunct
)

// String returns "word", "number" or "punct".
func (k TokenKind) String() string {
	switch k {
	case KindWord:
		return "word"
	case KindNumber:
		return "number"
	case KindPunct:
		return "punct"
	}
	return "invalid"
}

// Token is one token of a text.
type Token struct {
	// Text is the token as written, except that Penn Treebank escapes are
	// decoded: "-LRB-" → "(", "-RRB-" → ")", "``" and "''" → `"`.
	Text string
	// Start and End are byte offsets of the token in the input.
	Start, End int
	Kind       TokenKind
}

// Tokenize splits s into tokens, Penn Treebank style: punctuation is split
// off words, clitics become tokens of their own ("Jackson's" → "Jackson"
// "'s", "didn't" → "did" "n't"), while abbreviations ("Mr.", "U.S."),
// decimal numbers ("3.5", "10,000"), hyphenated words ("pre-trial"),
// "AT&T" and names like "O'Brien" stay whole. Already tokenized PTB text
// gives the same tokens as its raw form.
func Tokenize(s string) []Token {
	var out []Token
	for i := 0; ; {
		start, end, kind, norm := nextToken(s, i)
		if start < 0 {
			return out
		}
		t := Token{Text: s[start:end], Start: start, End: end, Kind: kind}
		if norm != "" {
			t.Text = norm
		}
		out = append(out, t)
		i = end
	}
}

// Words returns the texts of the word and number tokens of s, in order
// (punctuation dropped). See [Tokenize].
func Words(s string) []string {
	var out []string
	for i := 0; ; {
		start, end, kind, _ := nextToken(s, i)
		if start < 0 {
			return out
		}
		if kind != KindPunct {
			out = append(out, s[start:end])
		}
		i = end
	}
}

// Lower returns s in lowercase; it returns s itself, without allocating,
// when s has no uppercase letter.
func Lower(s string) string { return strings.ToLower(s) }

// ASCII character classes, indexed by byte (bytes ≥ 0x80 have none).
const (
	clsLetter uint8 = 1 << iota
	clsDigit
	clsSpace
	clsAlnum = clsLetter | clsDigit
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= clsLetter
		t[c-'a'+'A'] |= clsLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= clsDigit
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] |= clsSpace
	}
	return t
}()

// runeAt decodes the rune at s[i] with an ASCII fast path.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[byte(r)]&clsAlnum != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[byte(r)]&clsLetter != 0
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[byte(r)]&clsDigit != 0
	}
	return unicode.IsDigit(r)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[byte(r)]&clsSpace != 0
	}
	return unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// ptbEscapes are the Penn Treebank bracket and quote tokens.
var ptbEscapes = [...]struct{ tok, norm string }{
	{"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
	{"-LCB-", "{"}, {"-RCB-", "}"}, {"``", `"`}, {"''", `"`},
}

// clitics are the endings split off a word after an apostrophe ("n't" is
// handled apart).
func isClitic(s string) bool {
	switch strings.ToLower(s) {
	case "s", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}

// letterRun returns the length in bytes of the run of letters at s.
func letterRun(s string) int {
	n := 0
	for n < len(s) {
		r, sz := runeAt(s, n)
		if !isLetterRune(r) {
			break
		}
		n += sz
	}
	return n
}

// nextToken finds the first token at or after s[i]. It returns start < 0
// when there is none. norm is the decoded text of a PTB escape, else "".
func nextToken(s string, i int) (start, end int, kind TokenKind, norm string) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiClass[c]&clsSpace == 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, -1, 0, ""
	}
	start = i
	r, n := runeAt(s, i)
	switch {
	case isAlnum(r):
		end, kind = scanWord(s, i)
		return start, end, kind, ""
	case r == '-' || r == '`' || r == '\'':
		for _, e := range ptbEscapes {
			if strings.HasPrefix(s[i:], e.tok) {
				return start, i + len(e.tok), KindPunct, e.norm
			}
		}
	}
	if isApostrophe(r) {
		// A detached clitic ("Jackson 's" in PTB text, or the tail of a word
		// we split).
		if l := letterRun(s[i+n:]); l > 0 && isClitic(s[i+n:i+n+l]) {
			e := i + n + l
			if e == len(s) {
				return start, e, KindWord, ""
			}
			if r2, _ := runeAt(s, e); !isAlnum(r2) {
				return start, e, KindWord, ""
			}
		}
		if r == '\'' {
			return start, i + n, KindPunct, ""
		}
	}
	// Punctuation: a run of the same ASCII mark is one token ("...", "--").
	end = i + n
	if r < utf8.RuneSelf {
		for end < len(s) && rune(s[end]) == r {
			end++
		}
	}
	return start, end, KindPunct, ""
}

// scanWord scans a word or number starting at the alphanumeric s[i].
func scanWord(s string, i int) (end int, kind TokenKind) {
	start := i
	letters := false
	for i < len(s) {
		if cls := asciiClass[s[i]]; cls&clsAlnum != 0 {
			letters = letters || cls&clsLetter != 0
			i++
			continue
		}
		r, n := runeAt(s, i)
		if r >= utf8.RuneSelf && isAlnum(r) {
			if !letters && !isDigitRune(r) {
				letters = true
			}
			i += n
			continue
		}
		if i+n >= len(s) {
			break
		}
		next, _ := runeAt(s, i+n)
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == '.' && isAlnum(next):
			i += n
			continue
		case r == ',' && isDigitRune(prev) && isDigitRune(next):
			i += n
			continue
		case (r == '-' || r == '‐' || r == '&') && isAlnum(next):
			i += n
			continue
		case isApostrophe(r) && isLetterRune(next):
			l := letterRun(s[i+n:])
			after := i + n + l
			atEnd := after >= len(s)
			if !atEnd {
				a, _ := runeAt(s, after)
				atEnd = !isAlnum(a)
			}
			if atEnd && isClitic(s[i+n:after]) {
				return i, wordKind(letters)
			}
			if atEnd && (s[i+n:after] == "t" || s[i+n:after] == "T") && (prev == 'n' || prev == 'N') && i-1 > start {
				return i - 1, wordKind(letters) // "did|n't", "ca|n't"
			}
			i += n
			continue
		}
		break
	}
	// Keep the period of a known abbreviation or a dotted letter group.
	if i < len(s) && s[i] == '.' && letters {
		w := s[start:i]
		if classify(w) != abbrevNone {
			return i + 1, KindWord
		}
	}
	return i, wordKind(letters)
}

func wordKind(letters bool) TokenKind {
	if letters {
		return KindWord
	}
	return KindNumber
}

func toLowerRune(r rune) rune { return unicode.ToLower(r) }
