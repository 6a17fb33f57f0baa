package rouge

import (
	_ "embed"
	"strings"
)

// stopwordsText is data/smart_common_words.txt of ROUGE-1.5.5 (the SMART
// stopword list plus news abbreviations), one entry a line.
//
//go:embed data/stopwords.txt
var stopwordsText string

// exceptionsText is the WordNet 2.0 exception database of ROUGE-1.5.5
// (data/WordNet-2.0.exc.db) dumped as "inflected\tbase" lines.
//
//go:embed data/wordnet_exceptions.tsv
var exceptionsText string

// stopwords and exceptions are parsed once and never modified.
var (
	stopwords  = parseStopwords(stopwordsText)
	exceptions = parseExceptions(exceptionsText)
)

func parseStopwords(text string) map[string]bool {
	set := make(map[string]bool)
	for _, line := range strings.Split(text, "\n") {
		if line != "" {
			set[line] = true
		}
	}
	return set
}

func parseExceptions(text string) map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(line, "\t")
		if ok {
			m[k] = v
		}
	}
	return m
}

// IsStopword reports whether the lowercase token w is on ROUGE's stopword
// list (removed with the -s option).
func IsStopword(w string) bool { return stopwords[w] }

// Lemma returns the base form of w from ROUGE's WordNet exception table
// ("children" → "child") and whether w is in the table.
func Lemma(w string) (string, bool) {
	v, ok := exceptions[w]
	return v, ok
}

// Process returns the form ROUGE-1.5.5 (with -m) counts for the lowercase
// token w that is not a stopword: w itself when it has at most 3 bytes,
// else its WordNet base form when it has one, else its [Stem].
func Process(w string) string {
	if len(w) <= 3 {
		return w
	}
	if v, ok := exceptions[w]; ok {
		return v
	}
	return Stem(w)
}
