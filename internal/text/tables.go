package text

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed data/abbreviations.txt
var abbreviationsTxt string

//go:embed data/starters.txt
var startersTxt string

//go:embed data/stopwords.txt
var stopwordsTxt string

// abbrevClass says how a period after an abbreviation behaves.
type abbrevClass uint8

const (
	abbrevNone abbrevClass = iota
	// abbrevTitle is written before a name: never ends a sentence.
	abbrevTitle
	// abbrevStrong never ends a sentence in news prose.
	abbrevStrong
	// abbrevWeak ends a sentence only before a common sentence opener.
	abbrevWeak
)

// Immutable tables, filled once from the embedded files.
var (
	abbreviations = parseAbbreviations(abbreviationsTxt)
	starters      = parseWordSet(startersTxt)
	stopwords     = parseWordSet(stopwordsTxt)
)

// lines yields the non-empty, non-comment lines of an embedded table.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func parseWordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lines(s) {
		m[l] = true
	}
	return m
}

func parseAbbreviations(s string) map[string]abbrevClass {
	m := make(map[string]abbrevClass)
	class := abbrevNone
	for _, l := range lines(s) {
		switch l {
		case "[title]":
			class = abbrevTitle
		case "[strong]":
			class = abbrevStrong
		case "[weak]":
			class = abbrevWeak
		default:
			if class == abbrevNone {
				panic("text: abbreviations.txt: entry " + l + " before any section")
			}
			m[l] = class
		}
	}
	return m
}

// Stopwords returns the embedded stopword list, sorted.
func Stopwords() []string {
	out := lines(stopwordsTxt)
	slices.Sort(out)
	return slices.Compact(out)
}

// IsStopword reports whether w, already lowercased, is an English stopword
// (including split-off clitics such as "'s" and "n't").
func IsStopword(w string) bool { return stopwords[w] }
