package webpage

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElems end a line of text.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Hr: true,
	atom.Figure: true, atom.Figcaption: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Main: true, atom.Aside: true, atom.Details: true, atom.Summary: true,
}

// trafilatura renames elements in its output tree ("head" for headings,
// "list"/"item", "lb" for line breaks, "quote"...): those are blocks too.
var blockNames = map[string]bool{
	"head": true, "list": true, "item": true, "lb": true, "quote": true, "row": true, "graphic": true,
}

// nodeText renders n as text: one line per block element, white space
// within a line collapsed, soft hyphens removed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			// Line breaks inside text are white space in HTML.
			b.WriteString(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(n.Data))
			return
		}
		// Elements trafilatura creates carry their name in Data only.
		a := n.DataAtom
		if n.Type == html.ElementNode && a == 0 {
			a = atom.Lookup([]byte(strings.ToLower(n.Data)))
		}
		switch {
		case n.Type != html.ElementNode:
		case a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template:
			return
		}
		// trafilatura trims the text around elements, so element
		// boundaries separate words (as in its own ContentText).
		sep := byte(' ')
		if n.Type == html.ElementNode && (blockElems[a] || blockNames[n.Data]) {
			sep = '\n'
		}
		if n.Type == html.ElementNode {
			b.WriteByte(sep)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte(sep)
		}
	}
	walk(n)
	return tidyLines(b.String())
}

// spaceBeforePunct matches a space that element boundaries left before
// closing punctuation.
var spaceBeforePunct = regexp.MustCompile(` ([,.;:!?)\]»”’])`)

// tidyLines collapses white space within lines, removes soft hyphens and
// drops empty lines.
func tidyLines(s string) string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, spaceBeforePunct.ReplaceAllString(l, "$1"))
		}
	}
	return strings.Join(out, "\n")
}

// dropTitle removes a leading line that repeats the title: Article.Text is
// the body only.
func dropTitle(text, title string) string {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return text
	}
	first, rest, _ := strings.Cut(text, "\n")
	if strings.EqualFold(first, title) {
		return rest
	}
	return text
}
