package text

import (
	"strings"
	"unicode/utf8"

	snowball "github.com/kljensen/snowball/english"
)

// Stem returns the Snowball English (Porter2) stem of word, lowercased.
// It does not memoise; see [Analyzer] for repeated use.
func Stem(word string) string { return snowball.Stem(word, true) }

// Analyzer turns text into index terms: the lowercased words and numbers of
// a text, stopwords removed, words stemmed. It memoises the analysis of each
// distinct word it sees, so repeated use over a corpus costs little more
// than tokenizing.
//
// The zero Analyzer is ready to use. An Analyzer is not safe for concurrent
// use: give each goroutine its own. Its memory grows with the vocabulary of
// the text it has analysed.
type Analyzer struct {
	// terms maps a word, as written and lowercased, to its term; ""
	// means the word is dropped (a stopword).
	terms map[string]string
	buf   []byte
}

// NewAnalyzer returns an empty Analyzer.
func NewAnalyzer() *Analyzer { return &Analyzer{} }

// Terms returns the index terms of s in order, duplicates kept: the word
// and number tokens of s (see [Tokenize]), lowercased, stopwords and
// clitics removed, words stemmed. "The ministers' talks didn't resume" →
// ["minist", "talk", "resum"].
func (a *Analyzer) Terms(s string) []string { return a.AppendTerms(nil, s) }

// AppendTerms appends the index terms of s to dst and returns it.
func (a *Analyzer) AppendTerms(dst []string, s string) []string {
	for i := 0; ; {
		start, end, kind, _ := nextToken(s, i)
		if start < 0 {
			return dst
		}
		i = end
		if kind == KindPunct {
			continue
		}
		if t := a.term(s[start:end], kind); t != "" {
			dst = append(dst, t)
		}
	}
}

// Term returns the index term of one word ("Talks" → "talk") and false
// when the word is a stopword or has no letters or digits.
func (a *Analyzer) Term(word string) (string, bool) {
	start, end, kind, _ := nextToken(word, 0)
	if start < 0 || kind == KindPunct {
		return "", false
	}
	t := a.term(word[start:end], kind)
	return t, t != ""
}

// Len returns the number of distinct words memoised so far.
func (a *Analyzer) Len() int { return len(a.terms) }

// term analyses one token.
func (a *Analyzer) term(tok string, kind TokenKind) string {
	if a.terms == nil {
		a.terms = make(map[string]string, 1024)
	}
	// Most tokens recur as written: try them verbatim first.
	if t, ok := a.terms[tok]; ok {
		return t
	}
	a.buf = appendLower(a.buf[:0], tok)
	if t, ok := a.terms[string(a.buf)]; ok { // no allocation for the lookup
		a.terms[strings.Clone(tok)] = t
		return t
	}
	key := string(a.buf)
	defer func() {
		if key != tok {
			a.terms[strings.Clone(tok)] = a.terms[key]
		}
	}()
	t := ""
	switch {
	case stopwords[key]:
	case kind == KindNumber || strings.IndexByte(key, '.') >= 0:
		t = key // numbers and dotted acronyms ("u.s") are not stemmed
	default:
		t = snowball.Stem(key, true)
	}
	a.terms[key] = t
	return t
}

// appendLower appends s lowercased to dst, with typographic apostrophes
// made ASCII and a trailing abbreviation period dropped ("U.S." → "u.s").
func appendLower(dst []byte, s string) []byte {
	if len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '’', '‘':
			dst = append(dst, '\'')
		default:
			dst = utf8.AppendRune(dst, toLowerRune(r))
		}
		i += n
	}
	return dst
}
