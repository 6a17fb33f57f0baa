package entity

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed givennames.txt
var givenNamesTxt string

// givenNames maps a lowercase given name to 'f' or 'm'.
var givenNames = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	var g byte
	for l := range strings.SplitSeq(givenNamesTxt, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case l == "[f]":
			g = 'f'
		case l == "[m]":
			g = 'm'
		default:
			for _, w := range strings.Fields(l) {
				m[w] = g
			}
		}
	}
	return m
})

// Gender returns 'f' or 'm' when the first word of name, after its titles,
// is a given name usually read as a woman's or a man's ("Angela Merkel",
// "President Barack Obama"), and 0 when it is not a known given name or is
// used for both ("Robin Cook", "Putin").
func Gender(name string) byte {
	w := Words(name)
	if len(w) < 2 {
		return 0 // a lone word is more often a surname than a given name
	}
	return givenNames()[strings.ToLower(w[0])]
}

// GivenName returns 'f' or 'm' when word alone is a given name usually read
// as a woman's or a man's ("Sarah", "Omar"), else 0.
func GivenName(word string) byte { return givenNames()[strings.ToLower(word)] }
