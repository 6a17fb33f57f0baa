package entity

import (
	"strings"
	"unicode/utf8"
)

// Directory maps the speaker names of a whole corpus to canonical names, as
// [Resolver] does within one article. An article that only ever writes
// "Putin" leaves its quotes to "Putin"; across the corpus most of that
// speaker's quotes are under "Vladimir Putin", and the directory maps the
// one to the other.
//
// Across articles a surname is more often shared than within one, so the
// directory is more cautious than a Resolver. A name maps to a fuller one
// only when
//   - every fuller name it is compatible with can denote one person (each
//     pair of them is compatible one way or the other: "Clinton" stays
//     "Clinton" in a corpus with both "Hillary Clinton" and "Bill Clinton"),
//   - and the fuller name is used at least as often as the name itself
//     (so that a rare "George H. W. Bush" does not absorb a frequent
//     "George W. Bush", which it is compatible with), or at least half as
//     often when it only adds whole words, no initials ("Owen John
//     Dempsey" absorbs "Owen Dempsey").
//
// Among the fuller names the most used one is canonical (on a tie the one
// with more words, then the first added). The zero Directory is ready to
// use; it is not safe for concurrent use.
type Directory struct {
	names     []dirName
	index     map[string]int   // normalized name -> names index
	bySurname map[string][]int // lower-case surname -> names indexes
}

type dirName struct {
	name  string
	words []string
	uses  int
}

// Add records n uses of a name (n quotes attributed to it, say).
func (d *Directory) Add(name string, n int) {
	w := Words(name)
	if len(w) == 0 || n <= 0 {
		return
	}
	key := strings.Join(w, " ")
	if i, ok := d.index[key]; ok {
		d.names[i].uses += n
		return
	}
	if d.index == nil {
		d.index = map[string]int{}
		d.bySurname = map[string][]int{}
	}
	i := len(d.names)
	d.index[key] = i
	sur := strings.ToLower(surnameOf(w))
	d.bySurname[sur] = append(d.bySurname[sur], i)
	d.names = append(d.names, dirName{name: key, words: w})
	d.names[i].uses = n
}

// Len returns the number of distinct names recorded.
func (d *Directory) Len() int { return len(d.names) }

// Matching returns the recorded names that name can denote or be denoted
// by ([Same]), in the order they were added: "NOAA" finds "National
// Oceanic and Atmospheric Administration".
func (d *Directory) Matching(name string) []string {
	var out []string
	for _, n := range d.names {
		if Same(name, n.name) {
			out = append(out, n.name)
		}
	}
	return out
}

// Canonical returns the canonical form of name: a fuller name of the same
// person used at least as often (see [Directory]), or the normalized name
// itself. A name that is not a name (no words) comes back unchanged.
func (d *Directory) Canonical(name string) string {
	// A fuller name may itself map to a fuller one ("Dempsey" → "Owen
	// Dempsey" → "Owen John Dempsey"): follow the chain.
	c := d.canonical(name)
	for range 3 {
		next := d.canonical(c)
		if next == c {
			break
		}
		c = next
	}
	return c
}

func (d *Directory) canonical(name string) string {
	w := Words(name)
	if len(w) == 0 {
		return name
	}
	self := strings.Join(w, " ")
	uses := 0
	if i, ok := d.index[self]; ok {
		uses = d.names[i].uses
	}
	var fuller []int
	for _, i := range d.bySurname[strings.ToLower(surnameOf(w))] {
		if len(d.names[i].words) > len(w) && compatibleWords(w, d.names[i].words) {
			fuller = append(fuller, i)
		}
	}
	for a := range fuller {
		for b := a + 1; b < len(fuller); b++ {
			x, y := d.names[fuller[a]].words, d.names[fuller[b]].words
			if !compatibleWords(x, y) && !compatibleWords(y, x) {
				return self // two people
			}
		}
	}
	best := -1
	for _, i := range fuller {
		if best < 0 || better(d.names[i], d.names[best]) {
			best = i
		}
	}
	if best < 0 {
		return self
	}
	if b := d.names[best]; b.uses < uses && (2*b.uses < uses || !fullWordsAdded(w, b.words)) {
		return self
	}
	return d.names[best].name
}

// fullWordsAdded reports whether the words fuller adds to the compatible
// name w are whole words, no initials: "Owen John Dempsey" adds "John" to
// "Owen Dempsey", but "George H. W. Bush" adds "H." to "George W. Bush"
// and may be another person of the family.
func fullWordsAdded(w, fuller []string) bool {
	j := 0
	for _, f := range fuller {
		if j < len(w) && wordMatch(w[j], f) {
			j++
			continue
		}
		if utf8.RuneCountInString(strings.TrimSuffix(f, ".")) < 2 || strings.HasSuffix(f, ".") || isSuffix(f) {
			return false
		}
	}
	return true
}

// better reports whether a is a better canonical name than b: more used,
// then more words. Ties keep b (added earlier).
func better(a, b dirName) bool {
	if a.uses != b.uses {
		return a.uses > b.uses
	}
	return len(a.words) > len(b.words)
}
