package rouge

import (
	"regexp"
	"strings"
)

// The measure tests of the Porter stemmer, written as the regular
// expressions of the Perl stemmer inside ROUGE-1.5.5. They are matched for
// yes/no only, where RE2 and Perl backtracking agree. Letters: a consonant
// is any letter but a, e, i, o, u; y starts a vowel run after a consonant
// run but never extends one.
const (
	consonant    = `[^aeiou]`
	vowel        = `[aeiouy]`
	consonantRun = consonant + `[^aeiouy]*`
	vowelRun     = vowel + `[aeiou]*`
)

var (
	// measureAbove0 matches a stem with m > 0: [C]VC...
	measureAbove0 = regexp.MustCompile(`^(` + consonantRun + `)?` + vowelRun + consonantRun)
	// measureIs1 matches a stem with m = 1: [C]VC[V]
	measureIs1 = regexp.MustCompile(`^(` + consonantRun + `)?` + vowelRun + consonantRun + `(` + vowelRun + `)?$`)
	// measureAbove1 matches a stem with m > 1: [C]VCVC...
	measureAbove1 = regexp.MustCompile(`^(` + consonantRun + `)?` + vowelRun + consonantRun + vowelRun + consonantRun)
	// hasVowel matches a stem that contains a vowel.
	hasVowel = regexp.MustCompile(`^(` + consonantRun + `)?` + vowel)
	// shortCVC matches a whole stem of the form consonant run, vowel,
	// consonant other than w, x or y (Porter's *o on a one-syllable stem).
	shortCVC = regexp.MustCompile(`^` + consonantRun + vowel + `[^aeiouwxy]$`)
)

// suffixRule replaces a suffix by another when the rest passes a test.
type suffixRule struct{ from, to string }

// Step 2 and step 3 rules. Within a step the longest matching suffix is
// chosen (the rules are tried longest first); when its stem fails the
// measure test no shorter suffix is tried.
var (
	step2Rules = sortedRules([]suffixRule{
		{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
		{"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"},
		{"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
		{"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
		{"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
		{"logi", "log"},
	})
	step3Rules = sortedRules([]suffixRule{
		{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
		{"ical", "ic"}, {"ful", ""}, {"ness", ""},
	})
	// step4Suffixes is the first group of step 4. Lin's 2004 version of
	// the ROUGE stemmer moved "ment" and "ent" out of it into their own
	// steps that run after this one (see stem).
	step4Suffixes = sortedSuffixes([]string{
		"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
		"ou", "ism", "ate", "iti", "ous", "ive", "ize",
	})
)

// sortedRules orders rules longest suffix first, so that the first match is
// the longest one (the leftmost match of the Perl alternation).
func sortedRules(rules []suffixRule) []suffixRule {
	out := append([]suffixRule(nil), rules...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].from) > len(out[j-1].from); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func sortedSuffixes(s []string) []string {
	rules := make([]suffixRule, len(s))
	for i, x := range s {
		rules[i] = suffixRule{from: x}
	}
	rules = sortedRules(rules)
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r.from
	}
	return out
}

// Stem returns the Porter stem of the lowercase word w as computed by the
// stemmer of ROUGE-1.5.5: Porter (1980) with the "bli"→"ble" and
// "logi"→"log" step-2 variants, an initial y treated as a consonant, and
// Chin-Yew Lin's 2004 change to step 4, in which "ment", then "ent" or
// "sion"/"tion", are stripped one after another after the other step-4
// suffixes instead of only the longest suffix (so "agreement" gives
// "agreem"). Words shorter than 3 bytes are returned unchanged.
//
// Stem does not apply the WordNet exception table nor the rule that only
// words longer than 3 bytes are stemmed; [Analyzer] does both.
func Stem(w string) string {
	if len(w) < 3 {
		return w
	}
	initialY := w[0] == 'y'
	if initialY {
		w = "Y" + w[1:]
	}

	// Step 1a: plurals.
	switch {
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ies"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && len(w) >= 2 && w[len(w)-2] != 's':
		w = w[:len(w)-1]
	}

	// Step 1b: -eed, -ed, -ing.
	if strings.HasSuffix(w, "eed") {
		if measureAbove0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if stem, ok := cutAny(w, "ed", "ing"); ok && hasVowel.MatchString(stem) {
		w = stem
		switch {
		case strings.HasSuffix(w, "at"), strings.HasSuffix(w, "bl"), strings.HasSuffix(w, "iz"):
			w += "e"
		case endsInDoubleConsonant(w):
			w = w[:len(w)-1]
		case shortCVC.MatchString(w):
			w += "e"
		}
	}

	// Step 1c: y -> i after a vowel in the stem.
	if stem, ok := strings.CutSuffix(w, "y"); ok && hasVowel.MatchString(stem) {
		w = stem + "i"
	}

	// Steps 2 and 3: double and single suffixes, m > 0.
	w = applyRules(w, step2Rules)
	w = applyRules(w, step3Rules)

	// Step 4, in Lin's form: three removals tried in sequence, each with
	// m > 1 on what remains.
	for _, suf := range step4Suffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			if measureAbove1.MatchString(stem) {
				w = stem
			}
			break
		}
	}
	if stem, ok := strings.CutSuffix(w, "ment"); ok && measureAbove1.MatchString(stem) {
		w = stem
	}
	if stem, ok := strings.CutSuffix(w, "ent"); ok {
		if measureAbove1.MatchString(stem) {
			w = stem
		}
	} else if strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "tion") {
		if stem := w[:len(w)-3]; measureAbove1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5a: final e.
	if stem, ok := strings.CutSuffix(w, "e"); ok {
		if measureAbove1.MatchString(stem) || (measureIs1.MatchString(stem) && !shortCVC.MatchString(stem)) {
			w = stem
		}
	}
	// Step 5b: -ll with m > 1.
	if strings.HasSuffix(w, "ll") && measureAbove1.MatchString(w) {
		w = w[:len(w)-1]
	}

	if initialY {
		w = "y" + w[1:]
	}
	return w
}

// cutAny removes the first of the suffixes that w ends with.
func cutAny(w string, suffixes ...string) (string, bool) {
	for _, s := range suffixes {
		if stem, ok := strings.CutSuffix(w, s); ok {
			return stem, true
		}
	}
	return w, false
}

// endsInDoubleConsonant reports whether w ends in two equal bytes other
// than a vowel, y, l, s or z.
func endsInDoubleConsonant(w string) bool {
	n := len(w)
	if n < 2 || w[n-1] != w[n-2] {
		return false
	}
	return !strings.ContainsRune("aeiouylsz", rune(w[n-1]))
}

// applyRules applies the rule for the longest suffix of w, if its stem has
// m > 0.
func applyRules(w string, rules []suffixRule) string {
	for _, r := range rules {
		if stem, ok := strings.CutSuffix(w, r.from); ok {
			if measureAbove0.MatchString(stem) {
				return stem + r.to
			}
			return w
		}
	}
	return w
}
