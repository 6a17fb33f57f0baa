// Package htmltext turns HTML into plain text lines, the form Article.Text
// takes: one line per block element (paragraph, heading, list item, ...),
// white space within a line collapsed, entities decoded, scripts, styles
// and frames dropped, soft hyphens removed and blank lines dropped.
//
// It serves two readers with one set of rules: [Fragment] reads a piece of
// markup as a token stream (a feed item's title or body, which may be
// plain text or broken HTML), and [Node] renders a parsed tree (the main
// content trafilatura extracts from a web page, including the element
// names trafilatura invents). [Tidy] and [TidyJoined] are the line
// clean-up both use, for text that was never HTML.
//
// It does not find the main content of a page, decode character sets or
// split sentences.
package htmltext
