package rouge

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// literalTokens is ROUGE's reading of one sentence done step by step as
// the spec describes it (pyrouge writing, SEE regex, Perl tokenization),
// to check the one-pass scanner against.
func literalTokens(sentence string) []string {
	fields := Fields(sentence)
	for i, f := range fields {
		fields[i] = strings.ReplaceAll(f, "^", "&circ;")
	}
	text := strings.Join(fields, " ")
	if i := strings.IndexByte(text, '<'); i >= 0 {
		text = text[:i]
	}
	b := []byte(text)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	text = strings.ReplaceAll(string(b), "-", " - ")
	text = nonToken.ReplaceAllString(text, " ")
	var out []string
	for _, tok := range strings.Fields(text) {
		if tok != "-" {
			out = append(out, tok)
		}
	}
	return out
}

var nonToken = regexp.MustCompile(`[^A-Za-z0-9\-]`)

// FuzzScanTokens checks the one-pass tokenizer against the literal
// pipeline, and that stemming never panics.
func FuzzScanTokens(f *testing.F) {
	for _, s := range []string{
		"The agreement was signed", "alpha < bravo", "<b> x", "x^y", "Zürich", "well-known",
		"a\x1cb\u00a0c", "  ", "U.S. $ 2,000 -- ''", "ÀB\xffc^<",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		scanTokens(s, nil, func(tok []byte) { got = append(got, string(tok)) })
		if want := literalTokens(s); !slices.Equal(got, want) {
			t.Fatalf("scanTokens(%q) = %q, literal pipeline %q", s, got, want)
		}
		for _, tok := range got {
			Process(tok)
		}
	})
}
