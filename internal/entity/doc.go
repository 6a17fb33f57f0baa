// Package entity canonicalises the names of people and organisations
// mentioned in an article, so that name variants ("Mr Putin", "President
// Putin", "Vladimir Putin", "Putin") map to one entity whose canonical
// name is the fullest form seen.
//
// It works on name strings that a caller has already found (package quote
// finds them); it does not detect names in running text, and it does no
// cross-article linking beyond what [Aliases] and [Matcher] offer for
// selecting text that mentions a given name. The honorific and title list
// it strips is generic (lexicon in titles.txt) and names nobody; so is the
// list of given names [Gender] reads as a woman's or a man's
// (givennames.txt), which leaves out names used for both.
package entity
