package entity

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed titles.txt
var titlesTxt string

var titles = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for l := range strings.SplitSeq(titlesTxt, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
})

// IsTitle reports whether word is an honorific or title that can precede a
// name ("Mr", "Mr.", "Sen.", "President", "former"), in any case.
func IsTitle(word string) bool {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	return titles()[w]
}

// Words splits a name into words, dropping titles at the front, a
// possessive ending ("Putin's"), commas and parenthesised parts
// ("(R-Texas)"). Initials keep their period ("George W. Bush" ->
// ["George", "W.", "Bush"]).
func Words(name string) []string {
	var out []string
	depth := 0
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		if strings.HasPrefix(f, "(") {
			depth++
		}
		if depth > 0 {
			if strings.HasSuffix(f, ")") {
				depth--
			}
			continue
		}
		f = trimPossessive(f)
		if f == "" {
			continue
		}
		out = append(out, f)
	}
	// Drop leading titles ("former Sen.", "President", "Mr.") but never
	// the last word: "President" alone stays.
	i := 0
	for i < len(out)-1 && IsTitle(out[i]) {
		i++
	}
	return out[i:]
}

func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// Normalize returns the name without titles, possessive or parenthesised
// parts, with single spaces: "Sen. Ted Cruz (R-Texas)" -> "Ted Cruz".
func Normalize(name string) string { return strings.Join(Words(name), " ") }

// Surname returns the last word of the normalized name, skipping a
// generational suffix ("Jr.", "III").
func Surname(name string) string { return surnameOf(Words(name)) }

func isSuffix(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// Compatible reports whether mention can refer to the entity named full:
// after normalization both share the surname, and every other word of the
// mention appears in full (an initial matches a word it begins); or the
// mention is the acronym of an organisation's name of three words or more.
// "Putin", "Mr. Putin" and "Vladimir Putin" are compatible with "Vladimir
// Vladimirovich Putin", "NOAA" with "National Oceanic and Atmospheric
// Administration"; "Bill Clinton" is not compatible with "Hillary
// Clinton", nor "Donald Trump" with "Donald Trump Jr.".
func Compatible(mention, full string) bool {
	mw, fw := Words(mention), Words(full)
	return compatibleWords(mw, fw) || len(mw) == 1 && acronymOf(mw[0], fw)
}

// acronymOf reports whether w, two to six capital letters, is made of the
// initials of the capitalised words of name, which has three words or more
// (its lower-case links, "of", "and", skipped).
func acronymOf(w string, name []string) bool {
	if len(w) < 2 || len(w) > 6 || len(name) < 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	var initials []byte
	for _, f := range name {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) && r < utf8.RuneSelf {
			initials = append(initials, byte(r))
		}
	}
	return string(initials) == w
}

func surnameOf(w []string) string {
	for len(w) > 1 && isSuffix(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return ""
	}
	if len(w) == 2 && familyNameFirst(w[1]) {
		return w[0] // "Ban Ki-moon" is Mr Ban
	}
	return w[len(w)-1]
}

// familyNameFirst reports whether w is a given name written the Korean
// way, two syllables joined by a hyphen with the second in lower case
// ("Ki-moon", "Jong-un"): the name it ends is written family name first.
// (A hyphenated surname capitalises both parts: "Bennett-Jones".)
func familyNameFirst(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	second, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(first) && unicode.IsLower(second) && strings.IndexByte(w[i+1:], '-') < 0
}

func compatibleWords(mw, fw []string) bool {
	if len(mw) == 0 || len(fw) == 0 || len(mw) > len(fw) {
		return false
	}
	if !strings.EqualFold(surnameOf(mw), surnameOf(fw)) {
		return false
	}
	// "Donald Trump" is not "Donald Trump Jr.".
	if isSuffix(fw[len(fw)-1]) != isSuffix(mw[len(mw)-1]) {
		return false
	}
	j := 0
	for _, m := range mw {
		found := false
		for ; j < len(fw); j++ {
			if wordMatch(m, fw[j]) {
				found = true
				j++
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func wordMatch(m, f string) bool {
	if strings.EqualFold(m, f) {
		return true
	}
	// Initial: "W." or "W" matches "Walker".
	mm := strings.TrimSuffix(m, ".")
	if utf8.RuneCountInString(mm) == 1 {
		r, _ := utf8.DecodeRuneInString(mm)
		fr, _ := utf8.DecodeRuneInString(f)
		return unicode.ToLower(r) == unicode.ToLower(fr)
	}
	return false
}

// Aliases returns the strings that can name the entity called name in
// running text, longest first: the normalized full name, first and last
// name without middle parts, and the surname alone. Titles are not listed:
// a text naming "President Putin" contains the alias "Putin".
func Aliases(name string) []string {
	w := Words(name)
	if len(w) == 0 {
		return nil
	}
	out := []string{strings.Join(w, " ")}
	sur := Surname(name)
	if len(w) > 2 {
		if fl := w[0] + " " + sur; fl != out[0] {
			out = append(out, fl)
		}
	}
	if len(w) > 1 && sur != out[0] {
		out = append(out, sur)
	}
	return out
}

// Resolver collects the name mentions of one article and maps each to its
// canonical form: the fullest compatible name seen in the article. It is
// not safe for concurrent use; use one per article. The zero Resolver is
// ready to use.
type Resolver struct {
	names     []string   // normalized, distinct, in order of first mention
	words     [][]string // Words of each name
	bySurname map[string][]int
}

// Add records a name mention.
func (r *Resolver) Add(mention string) {
	w := Words(mention)
	if len(w) == 0 {
		return
	}
	n := strings.Join(w, " ")
	key := strings.ToLower(surnameOf(w))
	for _, i := range r.bySurname[key] {
		if r.names[i] == n {
			return
		}
	}
	if r.bySurname == nil {
		r.bySurname = map[string][]int{}
	}
	r.bySurname[key] = append(r.bySurname[key], len(r.names))
	r.names = append(r.names, n)
	r.words = append(r.words, w)
}

// Canonical returns the fullest recorded name compatible with mention
// (most words; on a tie the first recorded), or the normalized mention
// itself when none is fuller.
func (r *Resolver) Canonical(mention string) string {
	mw := Words(mention)
	best, bw := strings.Join(mw, " "), len(mw)
	for _, i := range r.bySurname[strings.ToLower(surnameOf(mw))] {
		if n := len(r.words[i]); n > bw && compatibleWords(mw, r.words[i]) {
			best, bw = r.names[i], n
		}
	}
	return best
}

// Matcher finds mentions of one entity in text by any of its aliases,
// whole words only, case-sensitively (names are capitalised).
type Matcher struct {
	aliases []string
}

// NewMatcher returns a matcher for the entity called name.
func NewMatcher(name string) *Matcher { return &Matcher{aliases: Aliases(name)} }

// Match reports whether text mentions the entity.
func (m *Matcher) Match(text string) bool {
	for _, a := range m.aliases {
		for off := 0; ; {
			i := strings.Index(text[off:], a)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(a)
			if boundary(text, s, e) {
				return true
			}
			off = s + 1
		}
	}
	return false
}

// Same reports whether two names can denote the same entity: one is
// compatible with the other (in either direction).
func Same(a, b string) bool { return Compatible(a, b) || Compatible(b, a) }

func boundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
