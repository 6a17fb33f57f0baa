package text

import (
	"strings"
	"unicode"
)

// QueryTerms splits a user's query into its terms: each "quoted phrase"
// (straight or curly quotes) is one term, every other word is a term of its
// own, and the boolean operators AND, OR and NOT (in capitals, as search
// syntax writes them) are dropped. Terms keep their inner punctuation
// ("clean-up", "U.S") but lose the punctuation around them, and a phrase's
// spaces are collapsed to one. An unclosed quote runs to the end of the
// query.
func QueryTerms(q string) []string {
	var terms []string
	add := func(s string, phrase bool) {
		s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || !phrase && (s == "AND" || s == "OR" || s == "NOT") {
			return
		}
		terms = append(terms, s)
	}
	inPhrase := false
	start := 0
	for i, r := range q {
		switch {
		case isQuote(r):
			if inPhrase {
				add(q[start:i], true)
			} else {
				for _, w := range strings.Fields(q[start:i]) {
					add(w, false)
				}
			}
			inPhrase = !inPhrase
			start = i + len(string(r))
		}
	}
	if inPhrase {
		add(q[start:], true)
	} else {
		for _, w := range strings.Fields(q[start:]) {
			add(w, false)
		}
	}
	return terms
}

func isQuote(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201d'
}
