package trim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordCase counts how a collection of text writes its words: in lower
// case inside a sentence ("rescue teams"), or capitalised after a
// lower-case word ("in Haiti"). A word the collection writes in lower case
// nearly always is a common word, and capitalised after a lower-case word
// it opens a sentence: LeadStartIn uses that to find a lead glued to a
// headline with no opener word ("... survivors in Haiti rubble Rescue teams
// searching through the rubble ..."). The zero value is ready to use; it
// is not safe for concurrent use while it observes.
type WordCase struct {
	lower   map[string]int32
	capital map[string]int32
}

// Minimum evidence for Common: a word seen at least commonMinLower times
// in lower case inside sentences, and capitalised after a lower-case word
// at most once in commonCapRatio of those.
const (
	commonMinLower = 5
	commonCapRatio = 10
)

// Observe counts the words of one line of running text. Its first word is
// not counted: a line's start is capitalised whatever the word.
func (wc *WordCase) Observe(line string) {
	if wc.lower == nil {
		wc.lower, wc.capital = make(map[string]int32), make(map[string]int32)
	}
	prevLower := false
	first := true
	for f := range strings.FieldsSeq(line) {
		if first {
			first = false
			prevLower = plainLower(f)
			continue
		}
		switch {
		case plainLower(f):
			wc.lower[f]++
			prevLower = true
			continue
		case prevLower && plainCapitalised(f):
			wc.capital[strings.ToLower(f)]++
		}
		prevLower = false
	}
}

// Common reports whether w (in any case) is a word the observed text
// writes in lower case: seen at least five times in lower case inside a
// sentence, and capitalised after a lower-case word at most a tenth as
// often.
func (wc *WordCase) Common(w string) bool {
	if wc == nil || wc.lower == nil {
		return false
	}
	lw := strings.ToLower(w)
	n := wc.lower[lw]
	return n >= commonMinLower && wc.capital[lw]*commonCapRatio <= n
}

// plainLower reports whether t is a word in lower case: letters, maybe a
// hyphen or an apostrophe inside, and no apostrophe first ("'s").
func plainLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLower(r) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLower(r) && r != '-' && r != '\'' && r != '\u2019' {
			return false
		}
	}
	return true
}

// plainCapitalised reports whether t is a capitalised word of two letters
// or more with the rest in lower case ("Rescue", not "BBC" or "McCain").
func plainCapitalised(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || n == len(t) {
		return false
	}
	for _, r := range t[n:] {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}
