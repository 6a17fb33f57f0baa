// Package trim shortens an extracted news sentence without rewriting it:
// it removes the parts that carry no event content — a leading dateline or
// byline ("CAIRO, Egypt (CNN) --", "WASHINGTON | Sun May 2, 2010 9:05 am
// EDT"), live-blog update stamps, parentheticals and, optionally, a trailing
// attribution (", officials said.").
//
// It also finds where an article's lead starts when a page scrape glued a
// headline, standfirst, photo caption or credit in front of it (LeadStart),
// and, given how a collection of text writes its words (WordCase), where a
// lead opens on a common word no list of sentence openers holds
// (LeadStartIn).
//
// The result is always the original text with spans deleted, never new
// words, so a trimmed sentence is still an extract of its source. Both raw
// text and Penn Treebank tokenized text (-LRB- ... -RRB-, “ ”) are
// handled.
package trim
